"""Tolls of other months, an unknown reason, crowd sizes: sentences we wrote.

Found reading ECB+ events (two quakes on one island, a bank bombing): a September quake's
toll was set against Sunday's, and "he did not know why the officers took it inside"
denied that they took it. Crowd sizes, which organisers and police dispute at every
march, were not compared at all.
"""

from __future__ import annotations

from analysis.claim_text import content
from analysis.conflicts import compare, read
from analysis.model import ClaimKind


def kinds(first: str, second: str, similarity: float = 0.3) -> list[ClaimKind]:
    a, b = read(first, "A", content(first)), read(second, "B", content(second))
    return [f.kind for f in compare(a, b, similarity)]


def test_tolls_of_different_months_do_not_compete() -> None:
    assert ClaimKind.NUMBERS not in kinds(
        "A quake struck the port city in September, killing at least 40 people.",
        "An earthquake hit the island in November, killing five people.",
    )
    # Without two different months the tolls still compete, and "march" is no month.
    assert ClaimKind.NUMBERS in kinds(
        "A quake struck the port city in September, killing at least 40 people.",
        "The quake that struck the port city in September killed 12 people, officials said.",
    )


def test_not_knowing_why_denies_nothing() -> None:
    assert ClaimKind.DENIAL not in kinds(
        "Lieutenant Hale said he did not know why the officers took the bomb inside.",
        "Police said a bank clerk found the bomb and officers took it inside.",
    )
    assert ClaimKind.DENIAL in kinds(
        "The officers did not take the bomb inside, the lieutenant said.",
        "Police said a bank clerk found the bomb and officers took it inside.",
    )


def test_crowd_sizes_compete() -> None:
    assert ClaimKind.NUMBERS in kinds(
        "Some 50,000 people joined the march against the dam, organisers said.",
        "Police said 20,000 people joined the march against the dam.",
    )
    assert ClaimKind.NUMBERS in kinds(
        "About 300 people attended the funeral in Halvik on Monday.",
        "More than 2,000 mourners attended the funeral in Halvik, the family said.",
    )


def test_responsible_for_is_a_role_not_praise() -> None:
    assert ClaimKind.FRAMING not in kinds(
        "Halvik Telecom is responsible for all internet lines and the three mobile operators on the island.",
        "Services of the three mobile operators on the island were disrupted, with internet lines cut.",
    )
