"""Which panels the window shows, where, and how they are built.

Panels live in :mod:`desktop.panels` (one a module, each ``Panel(session, parent=None)``).
The registry imports them by name so that the window composes whatever exists: a missing
module leaves its place empty, a panel that fails to import or build shows the reason in
its place instead of taking the window down.
"""

from __future__ import annotations

import importlib
import logging
import traceback
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.session import Session

log = logging.getLogger(__name__)

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


@dataclass(frozen=True)
class PanelSpec:
    """One panel: its key, where its class lives, its title, dock area and shortcut."""

    key: str
    module: str
    cls: str
    title: str
    area: Qt.DockWidgetArea | None = None
    """Dock area; ``None`` for the central panel."""
    shortcut: str = ""


COMPARE = PanelSpec("compare", "desktop.panels.compare", "ComparePanel", "Compare")
FILTERS = PanelSpec("filters", "desktop.panels.filters", "FilterBar", "Filters")
DOCKED = (
    PanelSpec("sources", "desktop.panels.sources", "SourcesPanel", "Sources", LEFT, "Ctrl+1"),
    PanelSpec("topics", "desktop.panels.topics", "TopicsPanel", "Topics", LEFT, "Ctrl+2"),
    PanelSpec("reader", "desktop.panels.reader", "ReaderPanel", "Reader", RIGHT, "Ctrl+3"),
    PanelSpec("claims", "desktop.panels.claims", "ClaimsPanel", "Claims", BOTTOM, "Ctrl+4"),
    PanelSpec("speakers", "desktop.panels.speakers", "SpeakersPanel", "Speakers", BOTTOM, "Ctrl+5"),
    PanelSpec("timeline", "desktop.panels.timeline", "TimelinePanel", "Timeline", BOTTOM, "Ctrl+6"),
)
"""Docked panels in menu order; panels sharing the bottom area are tabbed."""


def panel_class(spec: PanelSpec) -> type[QWidget] | None:
    """Import the panel's class; ``None`` when its module does not exist (yet).

    Raises
    ------
    Exception
        Whatever the module raised when it exists but is broken.
    """
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
    found = getattr(module, spec.cls, None)
    return found if isinstance(found, type) and issubclass(found, QWidget) else None


def _broken(spec: PanelSpec, parent: QWidget | None) -> QLabel:
    label = QLabel(f"The {spec.title} panel could not be shown.\n{traceback.format_exc(limit=3)}", parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def build_panel(spec: PanelSpec, session: Session, parent: QWidget | None = None) -> QWidget | None:
    """Build the panel for ``session``; ``None`` when it does not exist."""
    try:
        cls = panel_class(spec)
        if cls is None:
            return None
        widget = cls(session, parent)  # type: ignore[arg-type]  # panels take (session, parent)
    except Exception:  # a broken panel must not take the window down; its place says why
        log.exception("panel %s failed", spec.key)
        return _broken(spec, parent)
    widget.setObjectName(f"{spec.key}Panel")
    if not widget.accessibleName():
        widget.setAccessibleName(spec.title)
    return widget
