"""The loaded sources: outlet, side, title, date, language, statements and load problems."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from analysis.display import safe_name
from analysis.model import Article, LoadError
from desktop.models.index import AnalysisIndex, source_label
from desktop.models.roles import Role
from desktop.models.rows import RowsModel

MIME = "application/x-parallax-article-ids"
"""Mime type of source rows dragged within the list (reordering)."""

_Index = QModelIndex | QPersistentModelIndex
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][\d:.+\-Z]*)?)?)?$")
_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d")


def normalise_date(text: str) -> str | None:
    """Return ``text`` as an ISO 8601 date (``""`` clears it), or ``None`` when unreadable."""
    text = text.strip()
    if not text or _ISO.match(text):
        return text
    for pattern in _FORMATS:
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            continue
    return None


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One loaded article, or one input that failed to load (``problem`` set, no id)."""

    article_id: str
    position: int
    outlet: str
    side: str
    title: str
    date: str
    language: str
    statements: int | None
    shown: int | None
    notes: str
    problem: str = ""
    path: str = ""


COLUMNS = ("#", "Outlet", "Side", "Title", "Date", "Language", "Statements", "Notes")
OUTLET, SIDE, TITLE, DATE, STATEMENTS = 1, 2, 3, 4, 6
EDITABLE = {OUTLET: "source", SIDE: "side", TITLE: "title", DATE: "date"}
"""Editable column -> the :meth:`Session.set_source_field` name it writes."""


def _notes(article: Article, count: int | None, names: dict[str, str]) -> str:
    notes = []
    if article.copy_of:
        notes.append(f"near-copy of {names.get(article.copy_of, 'another source')}")
    if count == 0:
        notes.append("no statements found")
    if not article.date:
        notes.append("no date")
    return "; ".join(notes)


def source_rows(
    articles: Sequence[Article],
    index: AnalysisIndex | None,
    visible: frozenset[str] | None,
    problems: Sequence[LoadError] = (),
) -> list[SourceRow]:
    """Return one row per article (already edited and ordered), then one per problem."""
    names = {a.id: source_label(a) for a in articles}
    rows = []
    for position, article in enumerate(articles, start=1):
        found = index.by_article.get(article.id) if index is not None else None
        count = len(found) if found is not None else (0 if index is not None else None)
        shown = None
        if found is not None and visible is not None:
            shown = sum(1 for s in found if s.id in visible)
        rows.append(
            SourceRow(
                article.id,
                position,
                names[article.id],
                article.side,
                article.title,
                article.date,
                article.language,
                count,
                shown,
                _notes(article, count, names),
                path=article.path,
            )
        )
    for problem in problems:
        rows.append(
            SourceRow("", 0, problem.path, "", "", "", "", None, None, "", problem.message, problem.path)
        )
    return rows


class SourcesModel(RowsModel[SourceRow]):
    """Sources table; edits go out through :attr:`edited`, reorders through :attr:`moved`."""

    headers = COLUMNS
    header_tips = (
        "Position (drag rows or use the arrows to reorder)",
        "The outlet; double-click to rename",
        "The side or label you give this source (e.g. state media, UN); double-click to edit",
        "The article's title",
        "Publication date (ISO 8601, e.g. 2026-03-11)",
        "Detected language",
        "Statements found (shown / all when filters are on)",
        "Load problems and remarks",
    )
    edited = Signal(str, str, str)  # article id, field, value
    moved = Signal(list)  # article ids in the new order

    def key(self, record: SourceRow) -> object:
        return record.article_id or f"problem:{record.path}"

    def display(self, record: SourceRow, column: int) -> Any:
        if record.problem:
            return {0: "⚠", OUTLET: safe_name(record.outlet), TITLE: "Could not load", 7: record.problem}.get(
                column, ""
            )
        values = (
            record.position,
            record.outlet,
            record.side,
            record.title,
            record.date,
            record.language,
            _count_text(record),
            record.notes,
        )
        value = values[column]
        return safe_name(value) if isinstance(value, str) else value

    def extra(self, record: SourceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            if record.problem:
                return f"{safe_name(record.path)}\n{record.problem}"
            return "\n".join(safe_name(p) for p in (record.title, record.path, record.notes) if p) or None
        if role == Qt.ItemDataRole.EditRole:
            return self.display(record, column)
        if role == Role.SORT and column == STATEMENTS:
            return record.statements or 0
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, STATEMENTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        record = self.row(index)
        if record is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if record.problem:
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.row(index)
        if record is None or record.problem or index.column() not in EDITABLE:
            return False
        text = str(value).strip()
        if index.column() == DATE:
            date = normalise_date(text)
            if date is None:
                return False
            text = date
        if text == self.display(record, index.column()):
            return False
        self.edited.emit(record.article_id, EDITABLE[index.column()], text)
        return True

    # -- reordering by drag and drop ---------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = []
        for index in indexes:
            record = self.row(index)
            if record is not None and record.article_id and record.article_id not in ids:
                ids.append(record.article_id)
        mime = QMimeData()
        mime.setData(MIME, "\n".join(ids).encode("utf-8"))
        return mime

    def article_ids(self) -> list[str]:
        """Return the loaded articles' ids in the shown order."""
        return [r.article_id for r in self._rows if r.article_id]

    def move(self, ids: Sequence[str], before: int) -> list[str]:
        """Return the order with ``ids`` moved before row ``before`` (-1: to the end), and announce it."""
        order = self.article_ids()
        target = order[before] if 0 <= before < len(order) else None
        while target in ids:
            following = order.index(target) + 1  # type: ignore[arg-type]
            target = order[following] if following < len(order) else None
        rest = [a for a in order if a not in ids]
        at = rest.index(target) if target is not None else len(rest)
        moving = [a for a in order if a in ids]
        new = rest[:at] + moving + rest[at:]
        if new != order:
            self.moved.emit(new)
        return new


def _count_text(record: SourceRow) -> str:
    if record.statements is None:
        return "…"
    if record.shown is not None:
        return f"{record.shown} / {record.statements}"
    return str(record.statements)
