"""Topics of the bundled demo case (four outlets on the Halvik hospital strike)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import ingest
from analysis.model import Article, Edits
from analysis.pipeline import Analysis, analyze
from tests.demo_case import PLANTED_CONFLICTS, PLANTED_CORROBORATIONS


@pytest.fixture(scope="module")
def demo_articles(sample_paths: list[Path]) -> list[Article]:
    loaded = ingest.load([str(p) for p in sample_paths])
    assert len(loaded.articles) == 4
    return loaded.articles


@pytest.fixture(scope="module")
def demo(demo_articles: list[Article]) -> Analysis:
    return analyze(demo_articles)


def statement(table: pd.DataFrame, fragment: str) -> pd.Series:
    found = table[table["text"].str.contains(fragment, regex=False)]
    assert len(found) >= 1, fragment
    return found.iloc[0]


def topic_terms(analysis: Analysis, fragment: str) -> str:
    tid = statement(analysis.statements, fragment)["topic_id"]
    row = analysis.topics.set_index("id").loc[tid]
    return " ".join([row["label"], *row["terms"]]).lower()


def test_planted_conflicts_mostly_share_a_topic(demo: Analysis) -> None:
    pairs = [(a, b) for _, a, b in PLANTED_CONFLICTS] + list(PLANTED_CORROBORATIONS)
    shared = [
        statement(demo.statements, a)["topic_id"] == statement(demo.statements, b)["topic_id"]
        for a, b in pairs
    ]
    assert sum(shared) >= len(pairs) - 1, list(zip(pairs, shared, strict=True))


def test_topics_are_about_the_event_subjects(demo: Analysis) -> None:
    assert "refugee" in topic_terms(demo, "About a million refugees are moving")
    assert "talks" in topic_terms(demo, "talks with Valdoria would take place in Geneva")
    assert "geneva" in topic_terms(demo, "talks with Valdoria would take place in Geneva")
    # The talks and the refugees are different subjects.
    talks = statement(demo.statements, "talks with Kersia would take place in Geneva")["topic_id"]
    refugees = statement(demo.statements, "no evidence of a refugee flow")["topic_id"]
    assert talks != refugees
    assert 4 <= len(demo.topics) <= 12


def test_speakers_and_reporting_verbs_are_not_topic_words(demo: Analysis) -> None:
    words = " ".join([*demo.topics["label"], *(" ".join(t) for t in demo.topics["terms"])]).lower().split()
    for banned in ("varnov", "krall", "malek", "arslan", "lindqvist", "oskarov", "said", "told", "denied"):
        assert banned not in words


def test_every_statement_has_a_topic_and_the_matrix_counts_them(demo: Analysis) -> None:
    assert (demo.statements["topic_id"] >= 0).all()
    assert list(demo.matrix.columns) == [a.id for a in demo.articles]
    assert int(demo.matrix.to_numpy().sum()) == len(demo.statements)


def test_rename_survives_adding_the_fourth_article(demo_articles: list[Article]) -> None:
    first = analyze(demo_articles[:3])
    talks = statement(first.statements, "talks with Kersia would take place in Geneva")["topic_id"]
    anchor = first.topics.set_index("id").loc[talks, "anchor"]
    edits = Edits(topic_renames={anchor: "Geneva talks"})
    later = analyze(demo_articles, edits)
    tid = statement(later.statements, "talks with Kersia would take place in Geneva")["topic_id"]
    assert later.topics.set_index("id").loc[tid, "label"] == "Geneva talks"
