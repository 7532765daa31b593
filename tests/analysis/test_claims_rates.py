"""Rates against totals and street addresses are no rival figures: sentences we wrote.

Found reading ECB+ events (a baseball contract, a shooting): "$22 million per season"
was set against a deal "worth $184 million", and "the 12000 block" against "the 12500
block" of one street.
"""

from __future__ import annotations

from analysis.claim_context import is_rate
from analysis.claim_text import content
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.quantities import quantities


def kinds(first: str, second: str, similarity: float = 0.3) -> list[ClaimKind]:
    a, b = read(first, "A", content(first)), read(second, "B", content(second))
    return [f.kind for f in compare(a, b, similarity)]


TOTAL = "The Harbour Club offered Ivo Brandt an eight-year deal worth $184 million, the agent said."


def test_a_rate_is_no_rival_of_a_total() -> None:
    rate = "The Harbour Club still offers Ivo Brandt an eight-year deal worth roughly $22 million per season."
    assert is_rate(rate, quantities(rate)[-1])
    assert not is_rate(TOTAL, quantities(TOTAL)[-1])
    assert ClaimKind.NUMBERS not in kinds(TOTAL, rate)
    annual = "Ivo Brandt wants an average annual value of more than $21 million from the Harbour Club."
    assert ClaimKind.NUMBERS not in kinds(annual, TOTAL)


def test_two_rates_or_two_totals_still_compete() -> None:
    assert ClaimKind.NUMBERS in kinds(
        "The Harbour Club offered Ivo Brandt $20 million per season.",
        "The Harbour Club offered Ivo Brandt $35 million per season, his agent said.",
    )
    assert ClaimKind.NUMBERS in kinds(TOTAL, "The Harbour Club offered Ivo Brandt a deal worth $90 million.")


def test_street_blocks_are_addresses_not_counts() -> None:
    assert ClaimKind.NUMBERS not in kinds(
        "The deputy was shot outside an apartment in the 12000 block of Elm Street.",
        "The deputy followed the suspect to an apartment in the 12500 block of Elm Street.",
    )
