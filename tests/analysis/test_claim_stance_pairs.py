"""Opposite-stance claims (analysis.claim_stance_pairs) on a small case we wrote."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.align_context import ArticleContext
from analysis.claim_stance_pairs import SMALL_CASE, article_sides, case_reach, spread
from analysis.claims import ClaimFinder
from tests.analysis.test_claims import build

CASE = [
    ("Valley Post", "pro", ["Orchard growers find the new motorway beneficial for their markets."]),
    ("Ridge Daily", "contra", ["Orchard growers find the new motorway harmful for their markets."]),
    (
        "Town Courier",
        "contra",
        ["Residents insist the motorway should be stopped before construction begins in spring."],
    ),
    ("River News", "pro", ["Traffic on the motorway bridge resumed after a short closure, residents said."]),
]


def fitted(case: list[tuple[str, str, list[str]]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    table, articles = build(case)
    return table, ClaimFinder().fit(table, articles).claims_


def sources(table: pd.DataFrame, claims: pd.DataFrame, wording: str) -> set[frozenset[str]]:
    source = dict(zip(table["id"], table["source"], strict=True))
    rows = claims[claims["explanation"].str.contains(wording, regex=False)]
    return {frozenset((source[a], source[b])) for a, b in zip(rows["a"], rows["b"], strict=True)}


def test_opposite_judgements_of_one_subject_are_flagged_with_both_cues() -> None:
    table, claims = fitted(CASE)
    pairs = sources(table, claims, "opposite")
    assert frozenset(("Valley Post", "Ridge Daily")) in pairs  # aligned
    assert frozenset(("Valley Post", "Town Courier")) in pairs  # not aligned: the sides of the case
    assert frozenset(("Ridge Daily", "Town Courier")) not in pairs  # one side
    row = claims[claims["explanation"].str.contains("“should be stopped”", regex=False)].iloc[0]
    assert row["explanation"].startswith("opposite stances on “motorway”")
    assert "calls it bad" in row["explanation"]
    assert "“beneficial”" in row["explanation"]
    assert row["kind"] == "framing"


def test_a_report_that_judges_nothing_only_echoes_a_side_it_repeats() -> None:
    table, claims = fitted(CASE)
    assert sources(table, claims, "River News echoes Town Courier") == {
        frozenset(("River News", "Valley Post"))
    }
    echo = claims[claims["explanation"].str.contains("echoes", regex=False)]["score"].max()
    assert echo < claims[~claims["explanation"].str.contains("echoes", regex=False)]["score"].min()


def test_an_article_that_says_both_takes_no_side() -> None:
    mixed = [
        *CASE[:2],
        (
            "Hill Gazette",
            "",
            [
                "Anglers say the motorway is harmful to the river.",
                "Shop owners say the motorway is beneficial for trade.",
            ],
        ),
    ]
    table, claims = fitted(mixed)
    assert not any("Hill Gazette" in pair for pair in sources(table, claims, "opposite stances"))


def test_aligned_statements_of_an_article_that_says_both_take_no_sides() -> None:
    # Two aligned lines judging in opposite ways are no competing claim by themselves:
    # "warnings about the threat" / "ignoring the threat" in one BASIL case, "the patch
    # prevents attacks" / "the flaw exploits users" in an ECB+ one. Only sides count.
    table, claims = fitted(
        [
            (
                "Hill Gazette",
                "",
                [
                    "Harbour officials say the new levy protects fishermen from price swings.",
                    "The storm badly damaged the harbour wall on Monday.",
                ],
            ),
            ("Ridge Daily", "contra", ["The union says the new levy hurts fishermen."]),
        ]
    )
    assert sources(table, claims, "opposite") == set()


def test_aligned_lines_take_sides_only_when_one_retells_the_other() -> None:
    # ECB+'s browser-flaw event: the patch protects, the flaw is exploited; two things judged.
    table, claims = fitted(
        [
            (
                "Valley Post",
                "pro",
                [
                    "Microsoft says the emergency patch released on Tuesday protects users "
                    "of Internet Explorer."
                ],
            ),
            (
                "Ridge Daily",
                "contra",
                [
                    "Criminals exploit a flaw in Internet Explorer to infect users, researchers "
                    "said on Tuesday."
                ],
            ),
        ]
    )
    assert sources(table, claims, "opposite") == set()
    # The same line with its judging word swapped takes sides (CASE's growers do too).
    table, claims = fitted(
        [
            ("Valley Post", "pro", ["The emergency patch protects users of Internet Explorer."]),
            ("Ridge Daily", "contra", ["The emergency patch harms users of Internet Explorer."]),
        ]
    )
    assert sources(table, claims, "opposite stances") == {frozenset(("Valley Post", "Ridge Daily"))}


def test_one_speakers_two_remarks_take_no_sides_against_each_other() -> None:
    table, articles = build(
        [
            ("Valley Post", "pro", ["“The new harbour levy is fair to the fishermen,” Marek said."]),
            ("Ridge Daily", "contra", ["“The new harbour levy hurts the fishermen,” Marek said."]),
        ]
    )
    apart = ClaimFinder().fit(table, articles).claims_
    assert sources(table, apart, "opposite") == {frozenset(("Valley Post", "Ridge Daily"))}
    table["speaker"], table["speaker_id"] = "Marek", "marek"
    one = ClaimFinder().fit(table, articles).claims_
    assert sources(table, one, "opposite") == set()


def test_stance_claims_rank_below_a_factual_conflict() -> None:
    case = [
        *CASE[:3],
        ("Valley Post", "pro", ["Six workers were injured when the motorway bridge collapsed."]),
        ("Ridge Daily", "contra", ["At least 40 workers were injured when the motorway bridge collapsed."]),
    ]
    _table, claims = fitted(case)
    stance = claims["explanation"].str.contains("opposite stances", regex=False)
    assert stance.any()
    assert (~stance).any()
    assert claims.loc[~stance, "score"].max() > claims.loc[stance, "score"].max()


def test_article_sides_need_consistent_statements() -> None:
    score = np.array([0.5, 0.25, -0.5, 0.5, -0.25, 0.0])  # article 2 leans one way, too little
    groups = np.array([0, 0, 1, 2, 2, 3])
    sides = article_sides(score, groups, 4)
    assert sides.sign.tolist() == [1, -1, 0, 0]
    assert sides.voice.tolist() == [0, 2, -1, -1]
    assert sides.strength[0] == 0.5  # its strongest statement, fully consistent


def test_only_small_connected_groups_of_articles_are_one_case() -> None:
    n = SMALL_CASE + 4
    rows = [0, 1, *range(3, n - 1)]
    cols = [1, 2, *range(4, n)]
    matrix = sp.csr_matrix((np.full(len(rows), 0.3), (rows, cols)), shape=(n, n))
    reach = case_reach(ArticleContext(sp.csr_matrix(matrix + matrix.T)))
    assert reach[0, 2]
    assert reach[2, 0]
    assert not reach[3].nnz  # a chain of more than SMALL_CASE articles is a corpus, not a case


def test_spread_discounts_repeats_down_to_a_floor() -> None:
    rows = [{"a": "x", "b": f"y{k}", "score": 0.5} for k in range(12)]
    scores = sorted((float(r["score"]) for r in spread(rows)), reverse=True)
    assert scores[0] == 0.5
    assert scores[1] == 0.4
    assert min(scores) == 0.15  # never below 0.3 of its score
