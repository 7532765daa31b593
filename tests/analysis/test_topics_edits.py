"""Analyst topic edits: rename, merge, split, move; each survives a re-analysis."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.model import Edits
from analysis.topic_edits import apply_topic_edits
from analysis.topics import TopicModel, TopicResult
from tests.analysis.test_topics_corpus import LATE_EDITION, SOURCES, Corpus, corpus

IDS = ["a:0", "a:10", "a:20", "b:0", "b:10", "b:20"]
BASE = np.array([0, 0, 1, 1, 2, 2])


def test_split_merge_move_rename_replay_in_order() -> None:
    edits = Edits(
        topic_splits=[["a:10", "gone:5"]],
        topic_merges=[["b:0", "b:10"]],
        statement_moves={"a:0": "b:20"},
        topic_renames={"b:0": "Blame", "a:0": "First"},
    )
    result = apply_topic_edits(IDS, BASE, edits)
    labels = result.labels
    split = labels[1]
    assert split not in BASE
    assert (labels == split).sum() == 1
    assert labels[2] == labels[3] == labels[4] == labels[5]
    # a:0 moved to the merged topic; its old topic keeps the name given through a:0.
    assert labels[0] == labels[5]
    assert result.renames[labels[3]] == "Blame"
    assert result.renames[result.before_moves[0]] == "First"
    assert result.before_moves[0] == 0
    assert result.anchors[split] == "a:10"
    assert result.moved == {"a:0"}


def test_edits_naming_vanished_statements_are_skipped() -> None:
    edits = Edits(
        topic_splits=[["x:1"]],
        topic_merges=[["x:2", "a:0"]],
        statement_moves={"x:3": "a:0", "a:0": "x:4"},
        topic_renames={"x:5": "Lost"},
    )
    result = apply_topic_edits(IDS, BASE, edits)
    assert np.array_equal(result.labels, BASE)
    assert result.renames == {}
    assert result.moved == set()


def test_a_later_rename_of_the_same_topic_wins() -> None:
    result = apply_topic_edits(IDS, BASE, Edits(topic_renames={"a:0": "Old", "a:10": "New"}))
    assert result.renames == {0: "New"}
    assert result.anchors[0] == "a:0"


def fitted(flood: Corpus, edits: Edits) -> tuple[pd.DataFrame, TopicResult]:
    return TopicModel(n_topics=edits.n_topics).fit(flood.table, flood.articles).apply(flood.table, edits)


def topic_holding(table: pd.DataFrame, result: TopicResult, statement_id: str) -> pd.Series:
    tid = int(table.loc[table["id"] == statement_id, "topic_id"].iloc[0])
    return result.topics.set_index("id").loc[tid]


def before_and_after(edits_for: object) -> tuple[Corpus, Corpus, pd.DataFrame, TopicResult]:
    """Analyse three sources, make edits from what the analyst saw, add a fourth source."""
    first = corpus()
    table, result = fitted(first, Edits())
    edits = edits_for(first, table, result)  # type: ignore[operator]
    later = corpus({**SOURCES, "Late Edition": LATE_EDITION})
    after_table, after = fitted(later, edits)
    return first, later, after_table, after


def test_rename_survives_adding_an_article() -> None:
    def rename(flood: Corpus, table: pd.DataFrame, result: TopicResult) -> Edits:
        anchor = topic_holding(table, result, flood.ids("record rainfall"))["anchor"]
        return Edits(topic_renames={anchor: "Who let the dam fail"})

    _first, later, table, result = before_and_after(rename)
    topic = topic_holding(table, result, later.ids("record rainfall"))
    assert topic["label"] == "Who let the dam fail"
    assert topic["renamed"]
    assert topic["auto_label"] != "Who let the dam fail"
    assert (result.topics["label"] == "Who let the dam fail").sum() == 1


def test_merge_survives_adding_an_article() -> None:
    def merge(flood: Corpus, table: pd.DataFrame, result: TopicResult) -> Edits:
        dam = topic_holding(table, result, flood.ids("record rainfall"))["anchor"]
        aid = topic_holding(table, result, flood.ids("Insurers estimated"))["anchor"]
        return Edits(topic_merges=[[dam, aid]])

    _, later, table, result = before_and_after(merge)
    merged = topic_holding(table, result, later.ids("record rainfall"))
    assert later.ids("Insurers estimated") in merged["statement_ids"]
    subjects = {later.subject[s] for s in merged["statement_ids"]}
    assert subjects == {"dam", "aid"}


def test_split_survives_adding_an_article() -> None:
    denials = ["The dam operator Vellum Power denied", "Vellum Power denied neglecting"]

    def split(flood: Corpus, table: pd.DataFrame, result: TopicResult) -> Edits:
        return Edits(topic_splits=[[flood.ids(d) for d in denials]])

    _, later, table, result = before_and_after(split)
    topic = topic_holding(table, result, later.ids(denials[0]))
    assert sorted(topic["statement_ids"]) == sorted(later.ids(d) for d in denials)
    assert topic["anchor"] == later.ids(denials[0])


def test_move_survives_adding_an_article() -> None:
    def move(flood: Corpus, table: pd.DataFrame, result: TopicResult) -> Edits:
        dam = topic_holding(table, result, flood.ids("record rainfall"))["anchor"]
        return Edits(statement_moves={flood.ids("Insurers estimated"): dam})

    _, later, table, result = before_and_after(move)
    dam = topic_holding(table, result, later.ids("record rainfall"))
    assert later.ids("Insurers estimated") in dam["statement_ids"]
    moved = table.loc[table["id"] == later.ids("Insurers estimated"), "topic_id"].iloc[0]
    assert moved == dam.name


def test_fixed_topic_count_survives_adding_an_article() -> None:
    _, _, _, result = before_and_after(lambda flood, table, result: Edits(n_topics=3))
    assert len(result.topics) == 3


def test_anchor_is_kept_for_later_edits_of_an_edited_topic() -> None:
    flood = corpus()
    table, result = fitted(flood, Edits())
    anchor = topic_holding(table, result, flood.ids("record rainfall"))["anchor"]
    renamed_table, renamed = fitted(flood, Edits(topic_renames={anchor: "Dam"}))
    assert topic_holding(renamed_table, renamed, flood.ids("record rainfall"))["anchor"] == anchor
