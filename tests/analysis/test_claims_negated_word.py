"""What a negation negates, counts that are parts, lists told twice: sentences we wrote.

Each case is an error class found reading ECB+ events as an analyst would (a fire at a
dairy, a cross-border bombing, a riot, a corporate takeover): the sentences here are
ours, written to have the same shape.
"""

from __future__ import annotations

import pytest

from analysis.claim_refutes import refutes_a_report
from analysis.claim_text import content
from analysis.conflicts import HEAD_UNSEEN, compare, denial, numbers, omission, read
from analysis.model import ClaimKind
from analysis.polarity import stance
from analysis.quantities import quantities


def kinds(first: str, second: str, similarity: float = 0.3) -> list[ClaimKind]:
    a, b = read(first, "A", content(first)), read(second, "B", content(second))
    return [f.kind for f in compare(a, b, similarity)]


def strength(first: str, second: str) -> float:
    found = denial(read(first, "A"), read(second, "B"))
    return found.strength if found is not None else 0.0


def test_a_denial_of_another_act_is_less_sure_than_of_the_same_act() -> None:
    seen = strength("The council did not sell the old mill.", "The council sold the old mill.")
    unseen = strength("The council did not repair the old mill.", "The council sold the old mill.")
    assert seen > 0
    assert unseen <= seen * HEAD_UNSEEN + 1e-9
    # A different word may still be a synonym: the denial stays, ranked lower.
    assert ClaimKind.DENIAL in kinds(
        "No, the mayor did not write that letter about the harbour fees.",
        "The mayor drafted a letter about the harbour fees.",
    )


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Their goal wasn't saving the old warehouse.", "saving"),
        ("There is no evidence of a refugee flow.", "refugee"),
        ("No one was hurt.", "hurt"),
        ("The army did not get involved in the clashes.", "involved"),
        ("The rumours are not true.", ""),  # the whole report is denied
        ("The report is false.", ""),
    ],
)
def test_the_negated_word(text: str, head: str) -> None:
    assert stance(text).head == head


def test_a_negated_second_conjunct_says_nothing_of_the_first() -> None:
    assert (
        kinds(
            "The warehouse was empty and not in use at the time of the fire.",
            "The warehouse had long been empty.",
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "There have been lingering disputes over the border and the oil revenue.",
        "The dispute with the neighbouring state goes back years.",
        "The board voted to deny it further loans.",
        "There have been no casualties or fatalities confirmed as a result of the bombing.",
    ],
)
def test_no_report_is_disputed_or_confirmed(text: str) -> None:
    assert stance(text).frame == ""


def test_a_refuting_word_scopes_over_its_own_clause() -> None:
    reading = read(
        "“All accusations against our republic are baseless, but meant to justify an invasion of "
        "the south,” President Kiro said.",
        "Kiro",
    )
    assert "accusation" in reading.scope_lemmas
    assert "invasion" not in reading.scope_lemmas


def test_a_bare_denial_does_not_deny_its_own_subject() -> None:
    reading = read("The army, which has been fighting rebels near the border, has denied the claims.", "army")
    assert reading.scope_lemmas == frozenset()
    assert refutes_a_report(reading)  # paired by the refutation step instead
    assert (
        kinds(
            "The army, which has been fighting rebels near the border, has denied the claims.",
            "Since the fighting with the rebels began, thousands have fled across the border.",
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "Had we ignored the farm back then, there would be no dairy industry.",
        "If the port had stayed open, there would be no shortage.",
        "It is the duty of us all to not take the step into the void.",
        "He decided not to run for the council.",
    ],
)
def test_what_would_be_or_is_chosen_asserts_no_fact(text: str) -> None:
    found = stance(text)
    assert found.hedged
    assert found.polarity == 1


def test_a_duty_and_its_restatement_do_not_compete() -> None:
    assert (
        kinds(
            "It is the duty of us all to not take the step into the void.",
            "“We are all responsible so that it does not take the step into the void,” the president said.",
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The province is not unfamiliar with power cuts.",
        "We will see more mergers, not fewer.",
        "Police raided the farm after a tip that turned out to be a hoax.",
    ],
)
def test_sentences_that_assert(text: str) -> None:
    reading = read(text, "A")
    assert reading.polarity == 1
    assert not refutes_a_report(reading)


def test_a_conditional_asserts_nothing_to_deny() -> None:
    assert (
        kinds(
            "The diary says: “If the town knew what I was doing, they would hang me from the tallest tree.”",
            "But no, we do not hang anyone from the tallest tree any more.",
        )
        == []
    )


def test_counts_of_two_groups_are_no_rival_totals() -> None:
    def finding(a: str, b: str) -> object:
        return numbers(read(a, "A"), read(b, "B"))

    assert (
        finding(
            "Police said two women and one man died in the bank.", "A firebomb killed two women and a man."
        )
        is None
    )
    assert (
        finding(
            "The three clerks, a man and two women, died when the bank burned.",
            "Three people died when the bank burned.",
        )
        is None
    )
    assert (
        finding("Police said 12 people were injured in the riots.", "Police said 18 people were injured.")
        is not None
    )


def test_a_count_of_people_ends_at_the_noun() -> None:
    (q,) = quantities("Soon after more than 200 people set off from the vigil site.")
    assert q.thing == "people"
    (home,) = quantities("Six civilian homes were hit.")
    assert home.thing == "home"


def test_sums_of_money_for_two_acts_do_not_compete() -> None:
    assert (
        numbers(
            read("Varga took at least $120,000 of that money for his own use, prosecutors said.", "A"),
            read("The state pumped another $600,000 in public money into the dairy.", "B"),
        )
        is None
    )


def test_an_item_said_anyway_or_a_total_is_no_omission() -> None:
    def finding(a: str, b: str) -> object:
        return omission(read(a, "A"), read(b, "B"))

    assert (
        finding(
            "Youths threw stones at shops in the capital, Tarsa, and students tried to enter parliament.",
            "Youths threw stones at shops in the capital Tarsa and students tried to enter parliament.",
        )
        is None
    )
    assert (
        finding(
            "Police said at least three people, a man and two women, were killed in the attack.",
            "Two women and a man were killed during the protest.",
        )
        is None
    )
    assert (
        finding("The strikes hit Saraqib, Taftanaz and the bridge.", "The strikes hit Saraqib and Taftanaz.")
        is not None
    )
