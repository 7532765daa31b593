"""Sums of money: what each sum is for, and hedges before the currency sign. Sentences we wrote."""

from __future__ import annotations

from analysis.claim_text import content
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.quantities import quantities


def kinds(first: str, second: str, similarity: float = 0.5) -> list[ClaimKind]:
    found = compare(read(first, "A", content(first)), read(second, "B", content(second)), similarity)
    return [f.kind for f in found]


def test_a_hedge_before_the_currency_sign_widens_the_sum() -> None:
    (found,) = quantities("The couple earned roughly $141 million last year.")
    assert found.text == "roughly $141 million"
    assert found.low < 139e6 < found.high
    assert (
        kinds(
            "The couple earned roughly $141 million from speeches.",
            "The couple earned $139 million from speeches.",
        )
        == []
    )


def test_a_sum_earned_is_not_a_sum_paid_in_the_next_clause() -> None:
    earned = "The Marek couple earned $141 million and paid $44 million in federal taxes from 2007."
    paid = "Tax returns show the Mareks have paid $43 million in federal taxes since 2007."
    assert kinds(earned, paid) == []


def test_one_act_told_with_two_sums_still_competes() -> None:
    assert kinds(
        "The Mareks paid $44 million in federal taxes since 2007.",
        "The Mareks paid $12 million in federal taxes since 2007.",
    ) == [ClaimKind.NUMBERS]


def test_trillions_are_a_scale() -> None:
    (fund,) = quantities("The port's $2.6 trillion trust fund will run dry.")
    assert fund.value == 2.6e12
    (vague,) = quantities("Trillions of dollars are at stake.")
    assert 2e12 <= vague.low < vague.high < 1e13


def test_a_fund_is_not_the_sum_needed_on_top_of_it() -> None:
    assert ClaimKind.NUMBERS not in kinds(
        "Tax increases alone can't keep the program's $2.6 trillion trust fund from running out of money.",
        "The program's funds run dry by 2036, and $6.5 trillion in additional money will be needed.",
    )


def test_sums_from_or_for_different_things_are_two_sums() -> None:
    # Found in BASIL's budget and emergency events; the sentences are ours.
    assert (
        kinds(
            "The ministry will tap $2.5 billion from the coastal defence programme.",
            "The ministry will tap $600 million from a customs forfeiture fund.",
        )
        == []
    )
    # The next sentence does not tell what a sum is for ("… from the port budget. Why? To pay …").
    assert (
        kinds(
            "The mayor cut $16 million from the port budget. Why? To pay for the stadium.",
            "The council would cut $21 million from school meals to pay for the stadium.",
        )
        == []
    )
    # One thing, two sums: still a conflict.
    assert ClaimKind.NUMBERS in kinds(
        "The ministry will tap $2.5 billion from the coastal defence programme.",
        "The ministry will tap $900 million from the coastal defence programme, aides said.",
    )


def test_a_sum_both_give_is_no_rival_of_the_others_other_sum() -> None:
    assert (
        kinds(
            "That money includes about $600 million from the customs forfeiture fund.",
            "The ministry will tap $2.5 billion from the defence programme and $600 million from a customs "
            "forfeiture fund.",
        )
        == []
    )
