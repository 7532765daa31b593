"""A grid of statement cards: one column per source, cells packed from the top.

The compare view (statements of one topic) and the timeline (dated events) both show
sources side by side; this base model holds the column-major cells and serves the roles
the :class:`~desktop.widgets.card.StatementCardDelegate` paints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.models.index import AnalysisIndex, Link, StatementRow
from desktop.models.roles import ROOT, Role
from desktop.widgets.labels import CLAIM_KIND_WORDS, commitment_word, kind_word

_Index = QModelIndex | QPersistentModelIndex


class Cell(NamedTuple):
    """One card: its statement, an optional caption and the statement's claim links."""

    row: StatementRow
    caption: str = ""
    links: tuple[Link, ...] = ()


@dataclass(frozen=True, slots=True)
class Column:
    """One source column: the header and its cards from the top."""

    article_id: str
    title: str
    subtitle: str
    tooltip: str
    cards: dict[int, Cell]
    """Row number -> card; rows without one are gaps (the timeline lines dates up across sources)."""


class GridModel(QAbstractTableModel):
    """Columns of :class:`Cell` s; subclasses fill them with :meth:`set_columns`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = []
        self._rows = 0
        self._where: dict[str, tuple[int, int]] = {}
        self._linked: dict[str, str] = {}
        self._index: AnalysisIndex | None = None
        self.empty_text = ""

    # -- content -----------------------------------------------------------------------
    def set_columns(self, index: AnalysisIndex | None, columns: list[Column]) -> None:
        """Replace every cell at once (one reset, never row by row)."""
        self.beginResetModel()
        self._index = index
        self._columns = columns
        self._rows = max((max(c.cards, default=-1) + 1 for c in columns), default=0)
        self._where = {
            cell.row.id: (r, c) for c, column in enumerate(columns) for r, cell in column.cards.items()
        }
        self._linked = {k: v for k, v in self._linked.items() if k in self._where}
        self.endResetModel()

    def columns(self) -> list[Column]:
        """Return the current columns."""
        return list(self._columns)

    def locate(self, statement_id: str) -> QModelIndex:
        """Return the cell showing a statement (invalid when it is not shown)."""
        found = self._where.get(statement_id)
        return self.index(*found) if found else QModelIndex()

    def cell(self, index: _Index) -> Cell | None:
        """Return the card at ``index`` (``None`` for an empty cell)."""
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        return self._columns[index.column()].cards.get(index.row())

    def set_linked(self, linked: dict[str, str]) -> None:
        """Mark counterparts of the selection: statement id -> claim kind."""
        touched = set(self._linked) | set(linked)
        self._linked = {k: v for k, v in linked.items() if k in self._where}
        for statement_id in touched:
            where = self._where.get(statement_id)
            if where:
                changed = self.index(*where)
                self.dataChanged.emit(changed, changed, [Role.LINKED])

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: _Index = ROOT) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if self.cell(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.row.text
        if role == Role.STATEMENT:
            return cell.row
        if role in (Role.KEY, Role.SORT):
            return cell.row.id
        if role == Role.LINKS:
            return cell.links
        if role == Role.LINKED:
            return self._linked.get(cell.row.id, "")
        if role == Role.CAPTION:
            return cell.caption
        if role == Role.SPEAKER_ID:
            return cell.row.speaker_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{_speaker(cell.row)} {commitment_word(cell.row.commitment)}: {cell.row.text}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{column.title}\n{column.subtitle}" if column.subtitle else column.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tooltip
            if role == Role.KEY:
                return column.article_id
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return self.row_label(section)
        return None

    def row_label(self, row: int) -> str:
        """Return the vertical header text of a row (none by default)."""
        return ""

    def _tooltip(self, cell: Cell) -> str:
        row = cell.row
        source = self._index.sources.get(row.article_id, row.source) if self._index else row.source
        lines = [
            f"<p style='white-space:pre-wrap'>{_escape(row.text)}</p>",
            f"<p><b>{_escape(_speaker(row))}</b>"
            + (f" — <i>{_escape(row.cue)}</i>" if row.cue else "")
            + f" ({commitment_word(row.commitment)}, {kind_word(row.kind)})<br>"
            + f"{_escape(source)}, paragraph {row.paragraph}, characters {row.start}–{row.end}</p>",
        ]
        for link in cell.links:
            other = self._index.by_id.get(link.other) if self._index else None
            where = self._index.sources.get(other.article_id, "") if self._index and other else ""
            verb = "Competes with" if link.competing else "Agrees with"
            kind = CLAIM_KIND_WORDS.get(link.kind, link.kind)
            lines.append(f"<p><b>{kind}</b>: {verb} {_escape(where)}. {_escape(link.explanation)}</p>")
        return "".join(lines)


def _speaker(row: StatementRow) -> str:
    return row.speaker_name or row.speaker or "the outlet"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
