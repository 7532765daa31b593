"""Timeline: date expressions resolved against the article date, per source."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from analysis.model import Article, Format, Statement, content_id
from analysis.tables import TIMELINE_COLUMNS, statements_frame
from analysis.timeline import _EXPRESSION, _expression_spans, build_timeline, resolve

THURSDAY = "2026-03-12T09:30:00+03:00"  # a Thursday


def timeline_of(sentences: list[str], date: str = THURSDAY, source: str = "Wire") -> pd.DataFrame:
    text = " ".join(sentences)
    article = Article(content_id(text + date), "a.txt", Format.TEXT, text, source=source, date=date)
    statements = []
    for sentence in sentences:
        start = text.index(sentence)
        statements.append(
            Statement(
                Statement.make_id(article.id, start), article.id, start, start + len(sentence), sentence
            )
        )
    return build_timeline(statements_frame(statements, [article]), [article])


@pytest.mark.parametrize(
    ("sentence", "expression", "date", "precision"),
    [
        ("The hospital was shelled on Wednesday.", "on Wednesday", "2026-03-11", "day"),
        ("The ministry said on Thursday that it would respond.", "on Thursday", "2026-03-12", "day"),
        ("Corridors would open on Friday, the centre said.", "on Friday", "2026-03-13", "day"),
        ("The parties agreed last year to withdraw heavy weapons.", "last year", "2025", "year"),
        ("The talks would take place in Geneva on March 16.", "March 16", "2026-03-16", "day"),
        ("About 900,000 people have fled since December.", "since December", "2025-12", "month"),
        ("He became party leader in 2024.", "in 2024", "2024", "year"),
        ("The ceasefire was signed on 3 February 2025.", "3 February 2025", "2025-02-03", "day"),
        ("The convoy was hit yesterday.", "yesterday", "2026-03-11", "day"),
        ("The clinic closed two weeks ago.", "two weeks ago", "2026-02-26", "day"),
    ],
)
def test_expressions_resolve_against_the_article_date(
    sentence: str, expression: str, date: str, precision: str
) -> None:
    events = timeline_of([sentence])
    assert list(events["expression"]) == [expression]
    assert list(events["date"]) == [date]
    assert list(events["precision"]) == [precision]


def test_events_keep_their_span_statement_and_source() -> None:
    sentences = ["The talks were postponed.", "Troops entered the town on Wednesday, officials said."]
    events = timeline_of(sentences, source="Valdoria Daily")
    assert list(events.columns)[: len(TIMELINE_COLUMNS)] == TIMELINE_COLUMNS
    row = events.iloc[0]
    text = " ".join(sentences)
    assert text[row["start"] : row["end"]] == "on Wednesday"
    assert row["source"] == "Valdoria Daily"
    assert row["text"] == sentences[1]
    assert row["statement_id"].endswith(f":{text.index(sentences[1])}")


def test_events_are_ordered_by_date() -> None:
    events = timeline_of(["Talks begin on March 16.", "The strike came on Wednesday.", "It began in 2024."])
    assert list(events["date"]) == sorted(events["date"])


def test_undated_article_keeps_only_absolute_dates() -> None:
    events = timeline_of(
        ["The strike came on Wednesday.", "The treaty was signed on 3 February 2025."], date=""
    )
    assert list(events["date"]) == ["2025-02-03"]


def test_numbers_and_words_that_are_not_dates() -> None:
    events = timeline_of(["Some 2000 people marched.", "The May Day rally was peaceful.", "Six were hurt."])
    assert events.empty


def test_resolution_is_fast_on_a_long_article() -> None:
    sentences = [
        f"Officials said {i} shells hit the town on Wednesday and talks open on March 16." for i in range(400)
    ]
    started = time.perf_counter()
    events = timeline_of(sentences)
    assert len(events) == 800
    assert time.perf_counter() - started < 5


def test_resolve_caches_and_handles_garbage() -> None:
    assert resolve("on Blursday", None, False) is None
    assert resolve("March 16", None, True) is None  # no year, no article date: unknowable


@pytest.mark.parametrize(
    "text",
    [
        "The MINISTRY said on WEDNESDAY that talks begin March 16, 2026.",
        "“We left last week,” she said – two days ago – in mid-march.",
        "Crews arrived at İzmir on Monday; the 2nd of June 2019 is long past.",
        "Officials said on ſunday that the vote was early April 2021…",
        "Since 2019-05-04 and until next month, from Jan. 3rd nothing moved.",
        "He spoke of a year ago and an hour ago, in 1998 and in 3000.",
    ],
)
def test_lower_case_fast_path_finds_the_same_expressions(text: str) -> None:
    # The case-sensitive twin over lower-cased text must match exactly what the
    # case-blind expression matches, including where it falls back (İ, ſ).
    assert _expression_spans(text) == [m.span() for m in _EXPRESSION.finditer(text)]
    assert _expression_spans(text)
