"""The topic step on many statements: every statement placed, memory bounded, time near-linear."""

from __future__ import annotations

import time
import tracemalloc

import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from analysis.model import Article, Edits, Format
from analysis.topics import TopicModel
from tests.analysis.test_topics_cluster import synthetic


def table_of(n_topics: int, per_topic: int, n_articles: int) -> tuple[pd.DataFrame, list[Article], list[int]]:
    texts, truth = synthetic(n_topics, per_topic, seed=7)
    articles = [Article(f"art{i:05d}", f"a{i}.txt", Format.TEXT, "") for i in range(n_articles)]
    rows = [
        {
            "id": f"art{i % n_articles:05d}:{i}",
            "article_id": f"art{i % n_articles:05d}",
            "start": i,
            "paragraph": i // n_articles + 1,
            "text": text,
        }
        for i, text in enumerate(texts)
    ]
    return pd.DataFrame(rows), articles, truth.tolist()


def test_thousands_of_statements_take_the_sampled_path() -> None:
    table, articles, truth = table_of(12, 300, 200)
    start = time.perf_counter()
    model = TopicModel().fit(table, articles)
    labelled, result = model.apply(table, Edits())
    assert time.perf_counter() - start < 60
    assert (labelled["topic_id"] >= 0).all()
    assert adjusted_rand_score(truth, labelled["topic_id"]) > 0.9
    assert list(result.matrix.columns) == [a.id for a in articles]


@pytest.mark.stress
def test_sixty_thousand_statements_in_bounded_time_and_memory() -> None:
    table, articles, truth = table_of(150, 400, 2000)
    tracemalloc.start()
    start = time.perf_counter()
    labelled, result = TopicModel().fit(table, articles).apply(table, Edits())
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert (labelled["topic_id"] >= 0).all()
    assert adjusted_rand_score(truth, labelled["topic_id"]) > 0.8
    assert peak < 2e9, f"peak {peak / 1e6:.0f} MB"
    assert seconds < 120, f"{seconds:.1f} s"
    assert len(result.topics) >= 50
