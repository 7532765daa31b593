"""ClaimFinder on articles we wrote: ranking, corroborations, decisions that survive re-analysis."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claims import ClaimFinder, pair_key
from analysis.model import Article, Edits, Format, Statement, content_id
from analysis.progress import Cancelled, CancelToken
from analysis.tables import CLAIM_COLUMNS, statements_frame

# Three outlets on one fictional flood-barrier collapse; each tuple is (outlet, side, statements).
CASE = [
    (
        "North Herald",
        "North",
        [
            "Saboteurs from the river militia blew up the flood barrier at Orsk on Monday, officials said.",
            "The governor said four residents were killed when the water reached the lower town.",
            "There is no evidence of an evacuation of the lower town, the governor's office said.",
            "The regional council said repair talks would begin in Lendt on Friday.",
        ],
    ),
    (
        "South Courier",
        "South",
        [
            "The mayor said that northern engineers blew up the flood barrier at Orsk.",
            "At least 40 residents were killed when the water reached the lower town, the mayor said.",
            "Thousands of residents are fleeing the lower town, the mayor said.",
            "The mayor said repair talks would begin in Lendt on Friday.",
        ],
    ),
    (
        "River Wire",
        "",
        [
            "The water damaged the school, the clinic and the bridge, rescuers said.",
            "Heavy rain is expected in the hills on Wednesday.",
        ],
    ),
    (
        "Relief Agency",
        "",
        [
            "The water damaged the school and the clinic, the agency said.",
        ],
    ),
]


def build(case: list[tuple[str, str, list[str]]]) -> tuple[pd.DataFrame, list[Article]]:
    articles, statements = [], []
    for outlet, side, sentences in case:
        text = " ".join(sentences)
        article = Article(content_id(text), f"{outlet}.txt", Format.TEXT, text, source=outlet, side=side)
        articles.append(article)
        for sentence in sentences:
            start = text.index(sentence)
            statements.append(
                Statement(
                    Statement.make_id(article.id, start), article.id, start, start + len(sentence), sentence
                )
            )
    return statements_frame(statements, articles), articles


@pytest.fixture(scope="module")
def case() -> tuple[pd.DataFrame, list[Article]]:
    return build(CASE)


@pytest.fixture(scope="module")
def finder(case: tuple[pd.DataFrame, list[Article]]) -> ClaimFinder:
    table, articles = case
    return ClaimFinder().fit(table, articles)


def statement_id(table: pd.DataFrame, fragment: str) -> str:
    found = table[table["text"].str.contains(fragment, regex=False)]
    assert len(found) == 1, fragment
    return str(found["id"].iloc[0])


def row_of(frame: pd.DataFrame, table: pd.DataFrame, first: str, second: str) -> pd.Series:
    a, b = statement_id(table, first), statement_id(table, second)
    hit = frame[((frame["a"] == a) & (frame["b"] == b)) | ((frame["a"] == b) & (frame["b"] == a))]
    assert len(hit) == 1, (first, second, frame[["kind", "explanation"]])
    return hit.iloc[0]


@pytest.mark.parametrize(
    ("kind", "first", "second"),
    [
        ("blame", "Saboteurs from the river militia", "northern engineers blew up"),
        ("numbers", "four residents were killed", "At least 40 residents"),
        ("denial", "no evidence of an evacuation", "Thousands of residents are fleeing"),
        ("omission", "the school, the clinic and the bridge", "the school and the clinic"),
    ],
)
def test_planted_conflicts_are_found_with_their_kind(
    finder: ClaimFinder, case: tuple[pd.DataFrame, list[Article]], kind: str, first: str, second: str
) -> None:
    row = row_of(finder.claims_, case[0], first, second)
    assert row["kind"] == kind
    assert 0 < row["score"] <= 1


def test_corroboration_across_sides(finder: ClaimFinder, case: tuple[pd.DataFrame, list[Article]]) -> None:
    row = row_of(finder.agreements_, case[0], "regional council said repair talks", "mayor said repair talks")
    assert row["kind"] == "corroboration"
    assert "North" in row["explanation"]
    assert "South" in row["explanation"]
    conflicts = finder.claims_
    talks = {statement_id(case[0], "regional council"), statement_id(case[0], "mayor said repair")}
    assert not (conflicts["a"].isin(talks) & conflicts["b"].isin(talks)).any()


def test_tables_have_the_shared_columns_and_are_ranked(finder: ClaimFinder) -> None:
    for frame in (finder.claims_, finder.agreements_):
        assert list(frame.columns)[: len(CLAIM_COLUMNS)] == CLAIM_COLUMNS
        assert list(frame["score"]) == sorted(frame["score"], reverse=True)
        assert set(frame["decision"]) <= {"open"}
    assert list(finder.alignments_.columns) == ["a", "b", "similarity"]
    ids = set(finder.alignments_["a"]) | set(finder.alignments_["b"])
    assert ids  # the weather statement aligns with nothing, the rest do
    assert all(finder.alignments_["similarity"] >= finder.align_threshold)


def test_the_weather_is_not_a_claim(finder: ClaimFinder, case: tuple[pd.DataFrame, list[Article]]) -> None:
    weather = statement_id(case[0], "Heavy rain")
    for frame in (finder.claims_, finder.agreements_):
        assert weather not in set(frame["a"]) | set(frame["b"])


def test_incompatible_figures_outrank_mild_differences() -> None:
    table, articles = build(
        [
            ("A", "x", ["Six civilians were killed in the shelling of the market."]),
            ("B", "y", ["At least 30 civilians were killed in the shelling of the market."]),
            (
                "C",
                "z",
                [
                    "About 5,000 people fled the shelling of the market.",
                    "About 5,500 people fled the market.",
                ],
            ),
        ]
    )
    claims = ClaimFinder().fit(table, articles).claims_
    kinds = list(claims["kind"])
    assert kinds[0] == "numbers"
    assert "30" in claims["explanation"].iloc[0]


def test_decisions_and_notes_survive_reanalysis(case: tuple[pd.DataFrame, list[Article]]) -> None:
    table, articles = case
    first = ClaimFinder().fit(table, articles)
    top = first.claims_.iloc[0]
    key = pair_key(top["a"], top["b"])
    edits = Edits(claim_decisions={key: "dismissed"}, claim_notes={key: "checked with the agency"})
    claims, _ = first.decided(edits)
    assert claims.iloc[-1]["decision"] == "dismissed"
    assert claims.iloc[-1]["note"] == "checked with the agency"
    assert pair_key(claims.iloc[-1]["a"], claims.iloc[-1]["b"]) == key
    # A fresh analysis of the same articles (statement order shuffled) keeps the decision.
    again, _ = ClaimFinder().fit(table.sample(frac=1, random_state=3), articles).decided(edits)
    dismissed = again[again["decision"] == "dismissed"]
    assert [pair_key(a, b) for a, b in zip(dismissed["a"], dismissed["b"], strict=True)] == [key]
    assert again.iloc[-1]["decision"] == "dismissed"
    confirmed, _ = first.decided(Edits(claim_decisions={key: "confirmed"}))
    assert confirmed.iloc[0]["decision"] == "confirmed"


def test_empty_and_single_article_inputs() -> None:
    table, articles = build([("A", "", ["Six civilians were killed.", "No one was killed, the army said."])])
    finder = ClaimFinder().fit(table, articles)
    assert finder.claims_.empty
    assert finder.agreements_.empty
    assert finder.alignments_.empty
    empty = table.iloc[0:0]
    finder = ClaimFinder().fit(empty, [])
    assert finder.claims_.empty
    assert list(finder.claims_.columns)[:7] == CLAIM_COLUMNS
    assert finder.decided(Edits())[0].empty


def test_progress_is_reported_and_cancellation_stops_the_work(
    case: tuple[pd.DataFrame, list[Article]],
) -> None:
    table, articles = case
    seen: list[float] = []
    ClaimFinder().fit(table, articles, progress=lambda fraction, message: seen.append(fraction))
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    token = CancelToken()

    def stop_midway(fraction: float, message: str) -> None:
        if fraction > 0.3:
            token.cancel()

    with pytest.raises(Cancelled):
        ClaimFinder().fit(table, articles, progress=token.wrap(stop_midway))
