"""Comparing two parsed quantities: do they count one thing, and how far apart are they."""

from __future__ import annotations

import math

from analysis.claim_words import PERSON_NOUNS
from analysis.quantities import Quantity


def disagreement(a: Quantity, b: Quantity) -> float:
    """How far apart two comparable quantities are, as a log ratio.

    Returns
    -------
    float
        ``0`` when the figures agree; for ranges that do not overlap, ``1 + gap`` where
        ``gap`` is the natural log of the ratio across the gap ("six" vs "at least 20"
        gives about 2.2); for overlapping ranges with different figures, the log ratio
        of the figures below 1 ("about 900,000" vs "about a million" gives about 0.1).
    """
    if a.value == b.value:
        return 0.0
    lo, hi = (a, b) if a.high < b.low else (b, a)
    if lo.high < hi.low:
        return 1.0 + math.log(max(hi.low, 1e-9) / max(lo.high, 1e-9))
    small, large = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
    return min(math.log(large / small), 0.99)


# Person nouns that count everyone ("12 people"), unlike a group ("two women", "30 civilians").
GROUPS_OF_ALL = frozenset(["", "person", "people", "casualty", "victim", "body", "individual"])


def part_of(part: Quantity, whole: Quantity) -> bool:
    """Whether ``part`` may count a group among ``whole``: "seven children" among "50 people".

    A count of a group no larger than the count of all agrees with it; only a larger one
    ("60 children" of "40 people") is impossible.
    """
    return whole.thing in GROUPS_OF_ALL and part.thing not in GROUPS_OF_ALL and part.value <= whole.value


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities count the same thing."""
    if not a.key or a.key != b.key:
        return False
    # Both name a thing that is not a person: it must be the same thing ("tank" vs "tank").
    if a.thing and b.thing and a.thing not in PERSON_NOUNS and b.thing not in PERSON_NOUNS:
        return a.thing == b.thing
    # "two women" and "one man" count two groups of the dead, not one group twice.
    return a.thing == b.thing or a.thing in GROUPS_OF_ALL or b.thing in GROUPS_OF_ALL
