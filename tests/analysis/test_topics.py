"""TopicModel on small events we wrote: topics, matrix, gaps, distinctive words."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest

from analysis.model import Edits
from analysis.progress import Cancelled
from analysis.tables import STATEMENT_COLUMNS, empty
from analysis.topic_tables import GAP_COLUMNS, TOPIC_COLUMNS
from analysis.topics import TopicModel, TopicResult
from tests.analysis.test_topics_corpus import MARROW_TIMES, RIVER_HERALD, VALLEY_POST, Corpus, corpus


def run(flood: Corpus, edits: Edits | None = None, **params: object) -> tuple[pd.DataFrame, TopicResult]:
    model = TopicModel(**params).fit(flood.table, flood.articles)  # type: ignore[arg-type]
    return model.apply(flood.table, edits or Edits())


def topic_of(table: pd.DataFrame) -> dict[str, int]:
    return dict(zip(table["id"], table["topic_id"], strict=True))


def test_topics_follow_subjects_not_speakers() -> None:
    flood = corpus()
    table, result = run(flood)
    by_topic: dict[int, Counter[str]] = {}
    for sid, tid in topic_of(table).items():
        by_topic.setdefault(tid, Counter())[flood.subject[sid]] += 1
    # Every topic is about one subject (the one short filler line may ride along).
    for counts in by_topic.values():
        assert counts.most_common(1)[0][1] >= sum(counts.values()) - 1
    assert {c.most_common(1)[0][0] for c in by_topic.values()} == {"toll", "evacuation", "dam", "aid"}
    # The mayor speaks on three subjects and is found in three topics.
    brandt = table[table["speaker"].str.contains("Brandt")]
    assert brandt["topic_id"].nunique() >= 3
    assert len(result.topics) <= 6


def test_labels_and_terms_carry_no_speakers_or_reporting_verbs() -> None:
    _, result = run(corpus())
    words = " ".join([*result.topics["label"], *(" ".join(t) for t in result.topics["terms"])]).lower()
    for banned in ("brandt", "ilse", "mayor", "said", "denied", "vellum"):
        assert banned not in words.split()
    dam = result.topics[result.topics["terms"].map(lambda t: "dam" in t)]
    assert len(dam) == 1
    assert "dam" in dam["label"].iloc[0].lower()
    for label in result.topics["label"]:
        assert 2 <= len(label.split(", ")) <= 4


def test_given_number_of_topics_is_kept() -> None:
    _, result = run(corpus(), n_topics=3)
    assert len(result.topics) == 3
    _, edited = run(corpus(), edits=Edits(n_topics=2), n_topics=2)
    assert len(edited.topics) == 2


def test_same_statements_give_the_same_topics() -> None:
    first_table, first = run(corpus())
    second_table, second = run(corpus())
    assert first_table["topic_id"].tolist() == second_table["topic_id"].tolist()
    pd.testing.assert_frame_equal(first.topics, second.topics)
    pd.testing.assert_frame_equal(first.distinctive, second.distinctive)


def test_tiny_statements_never_make_a_topic_of_their_own() -> None:
    flood = corpus(
        {
            "River Herald": [*RIVER_HERALD, ("aid", "Yes.", "", ""), ("aid", "No comment.", "", "")],
            "Valley Post": [*VALLEY_POST, ("dam", "Really?", "", "")],
            "Marrow Times": MARROW_TIMES,
        }
    )
    table, result = run(flood)
    tiny = {flood.ids(t) for t in ("Yes.", "No comment.", "Really?", "Ok.")}
    for members in result.topics["statement_ids"]:
        assert not set(members) <= tiny
    placed = table[table["id"].isin(tiny)]
    assert (placed["topic_id"] >= 0).all()


def test_tables_have_the_documented_shapes() -> None:
    flood = corpus()
    table, result = run(flood)
    assert list(table.columns) == STATEMENT_COLUMNS
    assert list(result.topics.columns) == TOPIC_COLUMNS
    assert result.topics["id"].tolist() == list(range(len(result.topics)))
    assert list(result.matrix.columns) == [a.id for a in flood.articles]
    assert result.matrix.index.tolist() == result.topics["id"].tolist()
    assert int(result.matrix.to_numpy().sum()) == int((table["topic_id"] >= 0).sum())
    order = {sid: i for i, sid in enumerate(table["id"])}
    for row in result.topics.itertuples():
        assert row.size == len(row.statement_ids) == result.matrix.loc[row.id].sum()
        assert row.anchor in row.statement_ids
        assert [order[s] for s in row.statement_ids] == sorted(order[s] for s in row.statement_ids)
        assert row.sources == [a.source for a in flood.articles if result.matrix.loc[row.id, a.id] > 0]
        assert row.articles == len(row.sources)
        assert row.auto_label == row.label
        assert not row.renamed


def test_most_covered_topics_come_first() -> None:
    _, result = run(corpus())
    keys = list(zip(-result.topics["articles"], -result.topics["size"], strict=True))
    assert keys == sorted(keys)


def test_a_source_silent_on_a_topic_is_a_gap() -> None:
    flood = corpus(
        {
            "River Herald": RIVER_HERALD,
            "Valley Post": [line for line in VALLEY_POST if line[0] != "aid"],
            "Marrow Times": MARROW_TIMES,
        }
    )
    table, result = run(flood)
    assert list(result.gaps.columns) == GAP_COLUMNS
    aid = topic_of(table)[flood.ids("Insurers estimated")]
    post = flood.articles[1]
    gap = result.gaps[(result.gaps["topic_id"] == aid) & (result.gaps["article_id"] == post.id)]
    assert len(gap) == 1
    assert gap["message"].iloc[0].startswith("Valley Post is silent on")
    covered = result.matrix.to_numpy() > 0
    for row in result.gaps.itertuples():
        assert not covered[row.topic_id, [a.id for a in flood.articles].index(row.article_id)]


def test_no_gaps_when_every_source_speaks_on_every_topic() -> None:
    _, result = run(corpus(), n_topics=2)
    assert (result.matrix.to_numpy() > 0).all()
    assert result.gaps.empty


def test_distinctive_words_set_a_telling_apart() -> None:
    flood = corpus()
    table, result = run(flood)
    dam = topic_of(table)[flood.ids("record rainfall")]
    times = flood.articles[2].id
    row = result.distinctive[
        (result.distinctive["topic_id"] == dam) & (result.distinctive["article_id"] == times)
    ]
    assert "rainfall" in row["terms"].iloc[0]
    for words, scores in zip(result.distinctive["terms"], result.distinctive["scores"], strict=True):
        assert 1 <= len(words) <= 5
        assert scores == sorted(scores, reverse=True)
    herald = result.distinctive[result.distinctive["article_id"] == flood.articles[0].id]
    assert not any("rainfall" in words for words in herald["terms"])


def test_progress_is_reported_and_cancellation_stops_the_fit() -> None:
    flood = corpus()
    seen: list[float] = []
    TopicModel().fit(flood.table, flood.articles, progress=lambda f, m: seen.append(f))
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    assert seen == sorted(seen)

    def cancel(fraction: float, message: str) -> None:
        if fraction > 0.3:
            raise Cancelled(message)

    with pytest.raises(Cancelled):
        TopicModel().fit(flood.table, flood.articles, progress=cancel)


def test_no_statements_give_empty_tables() -> None:
    flood = corpus()
    none = empty(STATEMENT_COLUMNS)
    table, result = TopicModel().fit(none, flood.articles).apply(none, Edits())
    assert table.empty
    assert result.topics.empty
    assert result.gaps.empty
    assert result.distinctive.empty
    assert list(result.matrix.columns) == [a.id for a in flood.articles]


def test_statements_unknown_to_the_fit_get_no_topic() -> None:
    flood = corpus()
    model = TopicModel().fit(flood.table.iloc[:-3], flood.articles)
    table, result = model.apply(flood.table, Edits())
    assert (table["topic_id"].iloc[-3:] == -1).all()
    assert not set(table["id"].iloc[-3:]) & {s for ids in result.topics["statement_ids"] for s in ids}
    assert np.array_equal(table["topic_id"].iloc[:-3] >= 0, np.ones(len(table) - 3, dtype=bool))
