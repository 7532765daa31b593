"""Item data roles shared by the models, delegates and panels."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QModelIndex, Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    """Custom roles; each model documents which ones it serves."""

    KEY = _BASE + 1
    """The stable key of the row or cell: statement id, article id, topic id, claim key."""
    STATEMENT = _BASE + 2
    """The :class:`~desktop.models.index.StatementRow` of a cell."""
    LINKS = _BASE + 3
    """Claim links of a statement (tuple of :class:`~desktop.models.index.Link`)."""
    LINKED = _BASE + 4
    """Claim kind when the cell is a counterpart of the current selection, else ``""``."""
    CAPTION = _BASE + 5
    """A small line shown above the card text (e.g. the date expression on the timeline)."""
    COVERAGE = _BASE + 6
    """Per-source statement counts of a topic, in source order."""
    SORT = _BASE + 7
    """A value to sort by when the display text does not sort well."""
    SPEAKER_ID = _BASE + 8
    """The canonical speaker id (colour chips)."""


ROOT = QModelIndex()
"""The invisible root index (a module-level default argument for ``rowCount`` and friends)."""
