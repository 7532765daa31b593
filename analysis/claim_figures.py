"""Figures for one thing that differ: "six killed" against "at least 20 dead"."""

from __future__ import annotations

from analysis.claim_context import (
    PEOPLE_KEYS,
    a_count,
    elsewhere,
    is_rate,
    other_times,
    part_of_a_sum,
    past,
    same_act,
)
from analysis.claim_types import Finding, Reading
from analysis.model import ClaimKind
from analysis.quantities import Quantity
from analysis.quantity_compare import comparable, disagreement, part_of

# Figures closer than this (as a log ratio, ~5%) are the same figure told differently.
SAME_FIGURE = 0.05
# Reports of one count rarely differ fiftyfold; figures further apart count different things.
MAX_RATIO = 50.0
PEOPLE_SIMILARITY = 0.1
THING_SIMILARITY = 0.15
# Figures of anything but people (killed, injured, displaced ...) differ with less weight.
OTHER_COUNTS = 0.8
# Figures located at a place the other statement's article never names: likely another incident.
ELSEWHERE = 0.5


def numbers(a: Reading, b: Reading, similarity: float = 1.0) -> Finding | None:
    """Figures for the same thing that differ; far apart figures score higher.

    Casualty and displacement figures are compared whenever the two statements share a
    little wording (their articles were already judged to report one event); figures for
    anything else only when the statements are clearly aligned, since "41-yard
    touchdown" and "7-yard touchdown" are two plays, not two accounts of one.
    """
    if not a.quantities or not b.quantities or similarity < PEOPLE_SIMILARITY:
        return None
    if (
        other_times(a.when, b.when)
        or past(a.when, b.when, b.article_year)
        or past(b.when, a.when, a.article_year)
    ):
        return None  # "26,000 died in Bam in 2003" does not dispute a toll of 2012
    if "another" in (a.count_scope, b.count_scope) or a.count_scope != b.count_scope:
        return None  # another strike's dead, or the war's, are no rival toll of this strike
    best: tuple[float, Quantity, Quantity] | None = None
    # A figure both statements give is settled, on either side: "$334 million, including $281
    # million in cash" and "$281 million in cash": the other figure is another quantity (the
    # whole), no rival; nor is "$600 million from the fund" a rival of the other's "$2.5 billion".
    agreeing = [[agree(qa, qb) for qb in b.quantities] for qa in a.quantities]
    counts_b = [
        (qb, is_rate(b.text, qb))
        for k, qb in enumerate(b.quantities)
        if a_count(b.text, qb) and not any(row[k] for row in agreeing)
    ]
    for qa, row in zip(a.quantities, agreeing, strict=True):
        if (qa.key not in PEOPLE_KEYS and similarity < THING_SIMILARITY) or not a_count(a.text, qa):
            continue
        if any(row):
            continue
        rate = is_rate(a.text, qa)
        matches = [
            (disagreement(qa, qb), qb)
            for qb, rate_b in counts_b
            if comparable(qa, qb)
            and rate == rate_b
            and _plausible(qa, qb)
            and same_act(a.text, qa, b.text, qb)
            and (qa.thing == qb.thing or not (part_of_a_sum(a.text, qa) or part_of_a_sum(b.text, qb)))
            and not (part_of(qa, qb) or part_of(qb, qa))
        ]
        if not matches:
            continue
        gap, qb = min(matches, key=lambda m: m[0])  # the closest figure is its counterpart
        if best is None or gap > best[0]:
            best = (gap, qa, qb)
    if best is None or best[0] < SAME_FIGURE:
        return None
    gap, qa, qb = best
    strength = 0.75 + 0.25 * min(1.0, (gap - 1) / 1.5) if gap >= 1 else 0.15 + 0.45 * gap
    if qa.key not in PEOPLE_KEYS:
        strength *= OTHER_COUNTS  # casualty and displacement figures are what sides dispute
    if elsewhere(a.places, b.article_places) or elsewhere(b.places, a.article_places):
        strength *= ELSEWHERE  # "… a school in Khan Younis": a place the other report never names
    how = "incompatible figures" if gap >= 1 else "different figures"
    return Finding(
        ClaimKind.NUMBERS,
        strength,
        f"{how} for {qa.key}: {a.voice} says “{qa.text}”, {b.voice} says “{qb.text}”",
    )


def agree(qa: Quantity, qb: Quantity) -> bool:
    """Whether two figures give one count of one thing, told differently or not at all."""
    return comparable(qa, qb) and disagreement(qa, qb) < SAME_FIGURE


def _plausible(qa: Quantity, qb: Quantity) -> bool:
    small, large = sorted((max(qa.value, 1e-9), max(qb.value, 1e-9)))
    return large / small <= MAX_RATIO
