"""The timeline grid: dated events, one row band per date and one column per source."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from desktop.models.grid import Cell, Column, GridModel
from desktop.models.index import AnalysisIndex, StatementRow, passes

if TYPE_CHECKING:  # pandas loads with the first analysis, not with the window
    import pandas as pd


def _event_row(
    index: AnalysisIndex, statement_id: str, article_id: str, source: str, text: str
) -> StatementRow:
    """Return the statement behind an event (a bare row when the statement is unknown)."""
    found = index.by_id.get(statement_id)
    if found is not None:
        return found
    return StatementRow(
        statement_id, article_id, source, "", 0, 0, 0, text, "", "", "", "", "narrative", "neutral", -1
    )


def timeline_columns(
    index: AnalysisIndex, events: pd.DataFrame, visible: frozenset[str] | None
) -> tuple[list[Column], list[str]]:
    """Return the columns and the date of each row.

    Every date gets as many rows as its busiest source needs, so one row band holds one
    date and sources line up by date across columns.
    """
    if visible is None:  # asked for after every analysis: build once per index
        return index.memo(("timeline", id(events)), lambda: _timeline_columns(index, events, None))
    return _timeline_columns(index, events, visible)


def _timeline_columns(
    index: AnalysisIndex, events: pd.DataFrame, visible: frozenset[str] | None
) -> tuple[list[Column], list[str]]:
    by_date: dict[str, dict[str, list[Cell]]] = defaultdict(lambda: defaultdict(list))
    records = zip(
        *(events[c].tolist() for c in ("statement_id", "article_id", "source", "date", "expression", "text")),
        strict=True,
    )
    seen: set[str] = set()
    for statement_id, article_id, source, date, expression, text in records:
        if not passes(visible, str(statement_id)):
            continue
        row = _event_row(index, str(statement_id), str(article_id), str(source), str(text))
        by_date[str(date)][str(article_id)].append(Cell(row, caption=f"{date} · “{expression}”"))
        seen.add(str(article_id))
    dates = sorted(by_date)
    present = [a.id for a in index.articles if a.id in seen]
    cards: dict[str, dict[int, Cell]] = {a: {} for a in present}
    row_dates: list[str] = []
    for date in dates:
        top = len(row_dates)
        lanes = by_date[date]
        for article_id, found in lanes.items():
            cards[article_id].update(enumerate(found, start=top))
        row_dates.extend([date] * max(len(v) for v in lanes.values()))
    columns = [
        Column(a, index.sources.get(a, a), _count(len(cards[a])), index.sources.get(a, a), cards[a])
        for a in present
    ]
    return columns, row_dates


def _count(n: int) -> str:
    return f"{n} event{'s' if n != 1 else ''}"


class TimelineModel(GridModel):
    """Dated events per source, rows grouped by date (vertical header shows the date)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._dates: list[str] = []

    def show_events(
        self, index: AnalysisIndex | None, events: pd.DataFrame, visible: frozenset[str] | None
    ) -> None:
        """Fill the grid with the events that pass the filters."""
        columns, self._dates = timeline_columns(index, events, visible) if index is not None else ([], [])
        self.set_columns(index, columns)

    def row_label(self, row: int) -> str:
        if row >= len(self._dates):
            return ""
        date = self._dates[row]
        return date if row == 0 or self._dates[row - 1] != date else ""
