"""Lazy reading for claims: costly details only where a pair can use them, never a different result."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.claim_reading import add_details, needed_details, read_cores
from analysis.claim_rows import SAME_SPEAKER, Meta, claim_row, metas
from analysis.claims import ClaimFinder
from analysis.conflicts import BLAMES, FIGURES, LISTS, Finding, compare, read
from analysis.model import ClaimKind
from analysis.progress import silent
from tests.analysis.test_claims import CASE, build

SENTENCES = [
    "At least 40 residents were killed when the water reached the lower town.",  # figures
    "Four residents were killed when the water reached the lower town.",  # figures
    "The water damaged the school, the clinic and the bridge.",  # a list
    "The water damaged the school and the bridge.",  # a list
    "Saboteurs from the river militia blew up the flood barrier.",  # an act: blame
    "Heavy rain is expected in the hills.",  # nothing costly
]


def _meta(k: int, text: str) -> Meta:
    return Meta(f"s{k}", f"Outlet {k}", "", "", f"Voice {k}", text, text, "", "")


def _pairs(edges: list[tuple[int, int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    i, j, s = zip(*edges, strict=True)
    return np.array(i, dtype=np.int64), np.array(j, dtype=np.int64), np.array(s, dtype=np.float32)


def test_core_reading_with_all_its_details_is_the_full_reading() -> None:
    meta = [_meta(k, t) for k, t in enumerate(SENTENCES)]
    cores, may = read_cores(meta, silent)
    full = add_details(cores, may, silent)
    assert full == [read(m.text, m.voice, m.reported) for m in meta]
    assert may.tolist() == [FIGURES | BLAMES, FIGURES | BLAMES, LISTS | BLAMES, LISTS | BLAMES, BLAMES, 0]
    assert not cores[0].quantities  # the core reading leaves the figures unread


def test_details_are_read_only_for_pairs_that_both_may_hold_them() -> None:
    meta = [_meta(k, t) for k, t in enumerate(SENTENCES)]
    _, may = read_cores(meta, silent)
    # Two figure statements; a list against a statement with nothing costly; a list
    # against a blame ("damaged" and "blew up" are both acts, only one side has a list).
    needed = needed_details(may, _pairs([(0, 1, 0.5), (2, 5, 0.5), (3, 4, 0.05)]), 0.1, 0.15)
    assert needed.tolist() == [FIGURES | BLAMES, FIGURES | BLAMES, 0, BLAMES, BLAMES, 0]


def test_figures_wait_for_a_pair_aligned_enough_to_compare_them() -> None:
    meta = [_meta(k, t) for k, t in enumerate(SENTENCES[:2])]
    _, may = read_cores(meta, silent)
    assert not (needed_details(may, _pairs([(0, 1, 0.05)]), 0.1, 0.15) & FIGURES).any()
    lazy = add_details(
        read_cores(meta, silent)[0], needed_details(may, _pairs([(0, 1, 0.3)]), 0.1, 0.15), silent
    )
    assert compare(lazy[0], lazy[1], 0.3) == compare(
        read(meta[0].text, "Voice 0"), read(meta[1].text, "Voice 1"), 0.3
    )
    assert compare(lazy[0], lazy[1], 0.3)  # "at least 40" against "four" killed


def test_claim_finder_finds_the_figure_conflict_with_lazy_reading() -> None:
    statements, articles = build(CASE)
    claims = ClaimFinder().fit(statements, articles).claims_
    numbers = claims[claims["kind"] == "numbers"]
    assert len(numbers) == 1  # "four residents were killed" against "at least 40"
    assert {numbers["a"].iloc[0], numbers["b"].iloc[0]} <= set(statements["id"])


def test_one_speaker_against_themselves_ranks_lower_except_for_figures_and_omissions() -> None:
    def meta(k: int, speaker_id: str) -> Meta:
        return Meta(f"s{k}", f"Outlet {k}", "", speaker_id, f"Voice {k}", "text", "text", "", "")

    for kind, halved in [(ClaimKind.DENIAL, True), (ClaimKind.FRAMING, True), (ClaimKind.NUMBERS, False)]:
        found = [Finding(kind, 0.8, "why")]
        apart = claim_row(meta(1, "krall"), meta(2, "lind"), found, 0.4)["score"]
        alike = claim_row(meta(1, "krall"), meta(2, "krall"), found, 0.4)["score"]
        assert alike == pytest.approx(apart * (SAME_SPEAKER if halved else 1.0), abs=1e-3)


def test_an_unresolved_pronoun_is_shown_as_one_not_as_a_name() -> None:
    table = pd.DataFrame(
        {
            "id": ["s1"],
            "source": ["Harbour Post"],
            "speaker": ["he"],
            "speaker_id": [""],
            "text": ["He lied."],
        }
    )
    assert metas(table)[0].voice == "someone the article calls “he” (Harbour Post)"
