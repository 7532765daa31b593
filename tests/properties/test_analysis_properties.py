"""Properties of the whole analysis (issue 8): for any articles, ``analyze`` keeps its contract.

Articles are generated (see :mod:`tests.properties.texts`): random Unicode, quote soup,
numbers, names, noise lines, very short and very long texts, several articles, near
copies, arbitrary paragraph and noise spans. For each set the analysis must raise
nothing, keep every span exact and clear of noise, refer only to things that exist,
and give the same tables when run again from scratch. ``make test`` runs a quick
profile; ``make stress`` many more examples.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from analysis.model import Article, Format, content_id
from analysis.pipeline import StatementCache, analyze
from tests.properties.invariants import assert_same, check_all
from tests.properties.texts import article_sets

QUICK = settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
LONG = settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))


def analysis_keeps_its_contract(articles: list[Article]) -> None:
    """Analyse twice from scratch; both runs keep every invariant and are equal."""
    first = analyze(articles, cache=StatementCache())
    check_all(first, articles)
    assert_same(first, analyze(articles, cache=StatementCache()))


@QUICK
@given(articles=article_sets())
def test_analysis_keeps_its_contract(articles: list[Article]) -> None:
    analysis_keeps_its_contract(articles)


@settings(QUICK, max_examples=25)
@given(articles=article_sets(max_articles=1))
def test_one_article_alone(articles: list[Article]) -> None:
    analysis_keeps_its_contract(articles)


def test_overlapping_paragraphs_give_each_statement_once() -> None:
    """A damaged project can hold overlapping paragraph spans; no text may be read twice."""
    text = "The mayor said the bridge was safe. Police denied that 12 people died."
    article = Article(
        id=content_id(text),
        path="a.txt",
        format=Format.TEXT,
        text=text,
        paragraphs=((0, 70), (0, 35), (20, 50)),
    )
    analysis = analyze([article])
    check_all(analysis, [article])
    assert [row.text for row in analysis.statements.itertuples()] == [
        "The mayor said the bridge was safe.",
        "Police denied that 12 people died.",
    ]


@pytest.mark.stress
@LONG
@given(articles=article_sets(max_articles=6))
def test_analysis_keeps_its_contract_at_length(articles: list[Article]) -> None:
    analysis_keeps_its_contract(articles)
