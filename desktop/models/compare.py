"""The compare grid: for one topic, each source's statements in reading order."""

from __future__ import annotations

from html import escape

from analysis.display import safe_name
from desktop.models.grid import Cell, Column, GridModel
from desktop.models.index import AnalysisIndex

ALL_TOPICS = -1


def topic_columns(index: AnalysisIndex, topic_id: int, visible: frozenset[str] | None) -> list[Column]:
    """Return one column per source that says something on the topic (all topics for -1).

    Sources stay in the analyst's order; statements in each keep their reading order so
    a column reads like a condensed article.
    """
    per_article = index.memo(("topic cells", topic_id), lambda: topic_cells(index, topic_id))
    columns = []
    for article in index.articles:
        cells = per_article.get(article.id, [])
        if visible is not None:
            cells = [cell for cell in cells if cell.row.id in visible]
        if not cells:
            continue
        competing = sum(1 for cell in cells if any(link.competing for link in cell.links))
        count = f"{len(cells)} statement{'s' if len(cells) != 1 else ''}"
        parts = [p for p in (article.side, count, f"⚔ {competing}" if competing else "") if p]
        tooltip = "<br>".join(
            p
            for p in (
                f"<b>{escape(index.sources[article.id])}</b>",
                escape(safe_name(article.title)),
                escape(article.date),
                escape(safe_name(article.url)),
            )
            if p
        )
        columns.append(
            Column(article.id, index.sources[article.id], " · ".join(parts), tooltip, dict(enumerate(cells)))
        )
    return columns


def topic_cells(index: AnalysisIndex, topic_id: int) -> dict[str, list[Cell]]:
    """Return the topic's cards per article in reading order (all topics for -1), unfiltered."""
    wanted = index.statements if topic_id == ALL_TOPICS else index.by_topic.get(topic_id, [])
    per_article: dict[str, list[Cell]] = {}
    for row in wanted:
        per_article.setdefault(row.article_id, []).append(Cell(row, "", tuple(index.links.get(row.id, ()))))
    for cells in per_article.values():
        cells.sort(key=lambda cell: cell.row.start)
    return per_article


def silent_sources(index: AnalysisIndex, columns: list[Column]) -> list[str]:
    """Return the sources with nothing (visible) on the topic: the coverage gaps."""
    shown = {c.article_id for c in columns}
    return [index.sources[a.id] for a in index.articles if a.id not in shown]


class CompareModel(GridModel):
    """Statements of one topic, one column per source (see :func:`topic_columns`)."""

    def show_topic(self, index: AnalysisIndex | None, topic_id: int, visible: frozenset[str] | None) -> None:
        """Fill the grid with the topic's statements that pass the filters."""
        self.set_columns(index, topic_columns(index, topic_id, visible) if index else [])
