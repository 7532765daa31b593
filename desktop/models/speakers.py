"""Canonical speakers with type, aliases, statement counts and the sources quoting them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.models.index import AnalysisIndex, column_values, str_column
from desktop.models.roles import Role
from desktop.models.rows import RowsModel
from desktop.widgets.colors import speaker_color

if TYPE_CHECKING:  # pandas loads with the first analysis, not with the window
    import pandas as pd

_Index = QModelIndex | QPersistentModelIndex
NAME, TYPE, ALIASES, COUNT, SOURCES = range(5)


class SpeakerRow(NamedTuple):
    """One canonical speaker."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    affiliation: str
    count: int
    shown: int
    sources: tuple[str, ...]


def speaker_rows(
    index: AnalysisIndex, frame: pd.DataFrame, visible: frozenset[str] | None
) -> list[SpeakerRow]:
    """Return the speakers, most quoted first; with filters on, only those with statements shown.

    The unfiltered rows are built once per analysis; a filter only recounts the statements
    it lets through.
    """
    every = index.memo(("speaker rows", id(frame)), lambda: _speaker_rows(index, frame))
    if visible is None:
        return list(every)
    shown: dict[str, int] = {}
    for statement_id in visible:
        speaker_id = index.by_id[statement_id].speaker_id
        if speaker_id:
            shown[speaker_id] = shown.get(speaker_id, 0) + 1
    rows = [row._replace(shown=shown[row.id]) for row in every if row.id in shown]
    rows.sort(key=lambda r: (-r.shown, r.name.casefold()))
    return rows


def _speaker_rows(index: AnalysisIndex, frame: pd.DataFrame) -> list[SpeakerRow]:
    totals: dict[str, int] = {}
    quoted_by: dict[str, set[str]] = {}
    for s in index.statements:
        if s.speaker_id:
            totals[s.speaker_id] = totals.get(s.speaker_id, 0) + 1
            quoted_by.setdefault(s.speaker_id, set()).add(index.sources.get(s.article_id, s.source))
    rows = []
    for sid, name, kind, aliases, affiliation in zip(
        str_column(frame, "id"),
        str_column(frame, "name"),
        str_column(frame, "type"),
        column_values(frame, "aliases", ()),
        str_column(frame, "affiliation"),
        strict=True,
    ):
        others = tuple(str(a) for a in aliases if str(a) != name)
        count = totals.get(sid, 0)
        sources = tuple(sorted(quoted_by.get(sid, ())))
        rows.append(SpeakerRow(sid, name, kind, others, affiliation, count, count, sources))
    rows.sort(key=lambda r: (-r.shown, r.name.casefold()))
    return rows


class SpeakersModel(RowsModel[SpeakerRow]):
    """Speakers table; a name edit goes out through :attr:`renamed` (speaker id, name)."""

    headers = ("Speaker", "Type", "Also called", "Statements", "Quoted by")
    header_tips = (
        "Canonical name; double-click to rename",
        "Person, institution, government, media or anonymous",
        "Other ways the articles name this speaker",
        "Statements attributed (shown / all when filters are on)",
        "Sources quoting this speaker",
    )
    renamed = Signal(str, str)

    def key(self, record: SpeakerRow) -> object:
        return record.id

    def display(self, record: SpeakerRow, column: int) -> Any:
        if column == NAME:
            return record.name
        if column == TYPE:
            return record.type
        if column == ALIASES:
            return ", ".join(record.aliases)
        if column == COUNT:
            return str(record.count) if record.shown == record.count else f"{record.shown} / {record.count}"
        if column == SOURCES:
            return ", ".join(record.sources)
        return ""

    def extra(self, record: SpeakerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return speaker_color(record.id)
        if role == Role.SPEAKER_ID:
            return record.id
        if role == Role.SORT:
            return {COUNT: record.shown}.get(column)
        if role == Qt.ItemDataRole.EditRole and column == NAME:
            return record.name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [record.name]
            if record.affiliation:
                lines.append(record.affiliation)
            if record.aliases:
                lines.append("Also called: " + ", ".join(record.aliases))
            lines.append("Quoted by: " + (", ".join(record.sources) or "nobody"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.row(index)
        name = str(value).strip()
        if record is None or index.column() != NAME or not name or name == record.name:
            return False
        self.renamed.emit(record.id, name)
        return True
