"""End to end on the bundled demo case: the planted competing claims come out on top.

The four Halvik articles are loaded with the real loader and analysed through
:func:`analysis.pipeline.analyze`, with each outlet's side from ``resources/demo.json``
applied as the analyst would (``Edits.sources``). The answer key is tests/demo_case.py.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.case import demo_case
from analysis.claims import pair_key
from analysis.ingest import load
from analysis.model import Edits
from analysis.pipeline import Analysis, analyze
from tests.demo_case import NOT_COMPETING, PLANTED_AGREEMENTS, PLANTED_CONFLICTS, PLANTED_CORROBORATIONS

TOP = 10


def demo_edits(articles: list, **more: object) -> Edits:  # type: ignore[type-arg]
    return demo_case().edits(articles, Edits(**more))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def loaded(sample_paths: list[Path]) -> list:  # type: ignore[type-arg]
    result = load([str(p) for p in sample_paths])
    assert not result.errors
    return result.articles


@pytest.fixture(scope="module")
def analysis(loaded: list) -> Analysis:  # type: ignore[type-arg]
    return analyze(loaded, demo_edits(loaded))


def ids_with(analysis: Analysis, fragment: str) -> set[str]:
    found = set(
        analysis.statements.loc[analysis.statements["text"].str.contains(fragment, regex=False), "id"]
    )
    assert found, f"no statement contains {fragment!r}"
    return found


def rows_between(frame: pd.DataFrame, first: set[str], second: set[str]) -> pd.DataFrame:
    forward = frame["a"].isin(first) & frame["b"].isin(second)
    backward = frame["a"].isin(second) & frame["b"].isin(first)
    return frame[forward | backward]


def test_every_side_is_applied(analysis: Analysis) -> None:
    assert {a.side for a in analysis.articles} == {"Kersian state", "Valdorian", "Wire", "UN"}


@pytest.mark.parametrize(
    ("kind", "first", "second"), PLANTED_CONFLICTS, ids=[c[0] + ":" + c[1][:20] for c in PLANTED_CONFLICTS]
)
def test_planted_conflict_is_in_the_top_ten_with_its_kind(
    analysis: Analysis, kind: str, first: str, second: str
) -> None:
    top = analysis.claims.head(TOP)
    hit = rows_between(top, ids_with(analysis, first), ids_with(analysis, second))
    assert not hit.empty, f"{kind} not in the top {TOP}:\n" + "\n".join(top["explanation"])
    assert kind in set(hit["kind"])


@pytest.mark.parametrize(("first", "second"), PLANTED_CORROBORATIONS)
def test_planted_corroboration_is_listed(analysis: Analysis, first: str, second: str) -> None:
    hit = rows_between(analysis.agreements, ids_with(analysis, first), ids_with(analysis, second))
    assert list(hit["kind"]) == ["corroboration"]
    sides = {"Kersian state", "Valdorian"}
    assert all(side in hit["explanation"].iloc[0] for side in sides)


@pytest.mark.parametrize(("first", "second"), PLANTED_AGREEMENTS)
def test_planted_agreement_is_never_a_conflict(analysis: Analysis, first: str, second: str) -> None:
    assert rows_between(analysis.claims, ids_with(analysis, first), ids_with(analysis, second)).empty


@pytest.mark.parametrize(("first", "second"), NOT_COMPETING)
def test_unrelated_statements_never_compete(analysis: Analysis, first: str, second: str) -> None:
    found = rows_between(analysis.claims, ids_with(analysis, first), ids_with(analysis, second))
    assert found.empty, "\n".join(found["explanation"])


def test_explanations_name_both_sides(analysis: Analysis) -> None:
    by_id = dict(zip(analysis.statements["id"], analysis.statements["source"], strict=True))
    for row in analysis.claims.head(TOP).itertuples():
        assert by_id[row.a] in row.explanation
        assert by_id[row.b] in row.explanation


def test_dismissal_survives_reanalysis(loaded: list, analysis: Analysis) -> None:  # type: ignore[type-arg]
    top = analysis.claims.iloc[0]
    key = pair_key(top["a"], top["b"])
    again = analyze(loaded, demo_edits(loaded, claim_decisions={key: "dismissed"}, claim_notes={key: "seen"}))
    last = again.claims.iloc[-1]
    assert pair_key(last["a"], last["b"]) == key
    assert (last["decision"], last["note"]) == ("dismissed", "seen")
    assert len(again.claims) == len(analysis.claims)


def test_timeline_dates_the_strike_and_the_talks(analysis: Analysis) -> None:
    events = analysis.timeline
    strike = events[events["expression"].str.contains("Wednesday")]
    talks = events[events["expression"].str.contains("March 16")]
    assert set(strike["date"]) == {"2026-03-11"}
    assert set(talks["date"]) == {"2026-03-16"}
    assert set(talks["source"]) >= {"KSB World", "Valdoria Daily"}
