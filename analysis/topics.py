"""Topics. PLACEHOLDER until the topics work lands: one topic holding everything."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.model import Article, Edits
from analysis.progress import Progress, silent


@dataclass(frozen=True)
class TopicResult:
    """Topic tables: topics, source x topic matrix, coverage gaps, distinctive terms."""

    topics: pd.DataFrame
    matrix: pd.DataFrame
    gaps: pd.DataFrame
    distinctive: pd.DataFrame


class TopicModel:
    """Group statements by topic (placeholder)."""

    def __init__(self, n_topics: int | None = None, random_state: int = 0) -> None:
        self.n_topics = n_topics
        self.random_state = random_state

    def fit(
        self, statements: pd.DataFrame, articles: Sequence[Article], progress: Progress = silent
    ) -> TopicModel:
        """Learn topics from the statement table."""
        self.articles_ = list(articles)
        return self

    def apply(self, statements: pd.DataFrame, edits: Edits) -> tuple[pd.DataFrame, TopicResult]:
        """Return the statement table with ``topic_id`` and the topic tables."""
        table = statements.copy()
        table["topic_id"] = 0
        topics = pd.DataFrame(
            [
                {
                    "id": 0,
                    "label": "All statements",
                    "terms": [],
                    "statement_ids": list(table["id"]),
                    "anchor": "",
                    "size": len(table),
                }
            ]
        )
        matrix = table.groupby(["topic_id", "article_id"]).size().unstack(fill_value=0)
        empty = pd.DataFrame({"topic_id": [], "article_id": [], "source": [], "message": []})
        return table, TopicResult(
            topics, matrix, empty, pd.DataFrame({"topic_id": [], "article_id": [], "terms": []})
        )
