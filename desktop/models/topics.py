"""Topics with their labels and per-source coverage."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from desktop.models.compare import ALL_TOPICS
from desktop.models.index import AnalysisIndex, column_values, int_column, str_column
from desktop.models.roles import Role
from desktop.models.rows import RowsModel

if TYPE_CHECKING:  # pandas loads with the first analysis, not with the window
    import pandas as pd

_Index = QModelIndex | QPersistentModelIndex
LABEL, COUNT, COVERAGE, SOURCES = 0, 1, 2, 3
ALL_LABEL = "All topics"


class TopicRow(NamedTuple):
    """One topic: label, anchor (the key edits use), terms and per-source counts."""

    id: int
    label: str
    anchor: str
    terms: tuple[str, ...]
    total: int
    shown: int
    coverage: tuple[int, ...]
    sources: tuple[str, ...]
    gaps: tuple[str, ...]


def topic_rows(
    index: AnalysisIndex, topics: pd.DataFrame, gaps: pd.DataFrame, visible: frozenset[str] | None
) -> list[TopicRow]:
    """Return "All topics" then one row per topic; with filters on, topics with nothing shown are left out.

    The unfiltered rows are built once per analysis; a filter only recounts the statements
    it lets through.
    """
    every = index.memo(("topic rows", id(topics)), lambda: _topic_rows(index, topics, gaps))
    if visible is None or not every:
        return list(every)
    position = {a.id: n for n, a in enumerate(index.articles)}
    counts: dict[int, list[int]] = {}
    for statement_id in visible:
        row = index.by_id[statement_id]
        counts.setdefault(row.topic_id, [0] * len(position))[position[row.article_id]] += 1
    rows = [
        topic._replace(shown=sum(counts[topic.id]), coverage=tuple(counts[topic.id]))
        for topic in every[1:]
        if topic.id in counts
    ]
    return [_all_topics(rows, len(index.statements), every[0].sources), *rows] if rows else rows


def _topic_rows(index: AnalysisIndex, topics: pd.DataFrame, gaps: pd.DataFrame) -> list[TopicRow]:
    order = [a.id for a in index.articles]
    names = tuple(index.sources[a] for a in order)
    gap_notes: dict[int, list[str]] = {}
    for topic_id, message in zip(int_column(gaps, "topic_id"), str_column(gaps, "message"), strict=True):
        gap_notes.setdefault(topic_id, []).append(message)
    rows = []
    for topic_id, label, anchor, terms in zip(
        int_column(topics, "id"),
        str_column(topics, "label"),
        str_column(topics, "anchor"),
        column_values(topics, "terms", ()),
        strict=True,
    ):
        statements = index.by_topic.get(topic_id, [])
        counts = dict.fromkeys(order, 0)
        for s in statements:
            if s.article_id in counts:
                counts[s.article_id] += 1
        coverage = tuple(counts[a] for a in order)
        terms = tuple(str(t) for t in terms)
        notes = tuple(gap_notes.get(topic_id, ()))
        rows.append(
            TopicRow(topic_id, label, anchor, terms, len(statements), sum(coverage), coverage, names, notes)
        )
    return [_all_topics(rows, len(index.statements), names), *rows] if rows else rows


def _all_topics(rows: list[TopicRow], total: int, names: tuple[str, ...]) -> TopicRow:
    """Return the row that stands for every topic at once (the compare view then shows all)."""
    coverage = tuple(sum(r.coverage[i] for r in rows) for i in range(len(names)))
    return TopicRow(ALL_TOPICS, ALL_LABEL, "", (), total, sum(coverage), coverage, names, ())


class TopicsModel(RowsModel[TopicRow]):
    """Topics table; a label edit goes out through :attr:`renamed` (anchor, label)."""

    headers = ("Topic", "Count", "Coverage", "Sources")
    header_tips = (
        "The topic's label; double-click to rename",
        "Statements on this topic (shown / all when filters are on)",
        "How much each source says on the topic, in source order; a hollow dot is silence",
        "How many sources speak on the topic",
    )
    renamed = Signal(str, str)

    def key(self, record: TopicRow) -> object:
        return record.id

    def sorted_rows(self, rows: list[TopicRow], column: int, order: Qt.SortOrder) -> list[TopicRow]:
        """Sort the topics; "All topics" stays on top either way."""
        pinned = [r for r in rows if r.id == ALL_TOPICS]
        return pinned + super().sorted_rows([r for r in rows if r.id != ALL_TOPICS], column, order)

    def display(self, record: TopicRow, column: int) -> Any:
        if column == LABEL:
            return record.label
        if column == COUNT:
            return str(record.total) if record.shown == record.total else f"{record.shown} / {record.total}"
        if column == SOURCES:
            return f"{sum(1 for c in record.coverage if c)} / {len(record.coverage)}"
        return ""

    def extra(self, record: TopicRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and record.id == ALL_TOPICS:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Role.COVERAGE:
            return record.coverage
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(record)
        if role == Qt.ItemDataRole.EditRole and column == LABEL:
            return record.label
        if role == Role.SORT:
            return {
                COUNT: record.shown,
                COVERAGE: sum(1 for c in record.coverage if c),
                SOURCES: sum(1 for c in record.coverage if c),
            }.get(column, record.label.casefold())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COUNT, SOURCES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        record = self.row(index)
        if index.column() == LABEL and record is not None and record.id != ALL_TOPICS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        record = self.row(index)
        label = str(value).strip()
        if (
            record is None
            or record.id == ALL_TOPICS
            or index.column() != LABEL
            or label in ("", record.label)
        ):
            return False
        self.renamed.emit(record.anchor, label)
        return True


def _tooltip(record: TopicRow) -> str:
    lines = [f"<b>{record.label}</b>"]
    if record.terms:
        lines.append("Key terms: " + ", ".join(record.terms[:10]))
    lines.append(
        "<br>".join(f"{name}: {count}" for name, count in zip(record.sources, record.coverage, strict=True))
    )
    lines.extend(f"<i>{note}</i>" for note in record.gaps)
    return "<br>".join(lines)
