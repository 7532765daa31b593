"""Span arithmetic: the parts of a span left uncovered by sorted holes."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from analysis.spans import uncovered


def test_gaps_between_holes() -> None:
    assert uncovered(0, 20, [(3, 5), (8, 12)]) == [(0, 3), (5, 8), (12, 20)]


def test_overlapping_and_outside_holes() -> None:
    assert uncovered(10, 30, [(0, 12), (11, 15), (14, 18), (25, 40), (50, 60)]) == [(18, 25)]


def test_fully_covered_and_empty_span() -> None:
    assert uncovered(5, 10, [(0, 20)]) == []
    assert uncovered(5, 5, []) == []


spans = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda p: (min(p), max(p) + 1))


@given(st.integers(0, 50), st.integers(0, 30), st.lists(spans, max_size=8))
def test_matches_character_sets(start: int, length: int, holes: list[tuple[int, int]]) -> None:
    end = start + length
    holes.sort()
    got = uncovered(start, end, holes)
    covered = {i for h_start, h_end in holes for i in range(h_start, h_end)}
    assert {i for s, e in got for i in range(s, e)} == set(range(start, end)) - covered
    assert all(s < e for s, e in got)  # no empty gaps
    assert all(a[1] < b[0] for a, b in pairwise(got))  # ordered, apart
