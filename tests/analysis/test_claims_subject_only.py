"""Negations that share only a subject, or negate what ought not be, another one of something
or one kind of a thing, with what the other line asserts: sentences we wrote."""

from __future__ import annotations

import pytest

from analysis.claim_lists import item_lists
from analysis.conflicts import denial, read
from analysis.polarity import stance


@pytest.mark.parametrize(
    ("negative", "positive"),
    [
        # BASIL: "But the Weekly Standard editor was not alone." / "prompted William Kristol, editor
        # of the Weekly Standard, to call for Mr. Steele's resignation".
        (
            "But the Harbour Gazette editor was not alone.",
            "Krall's remarks prompted Ana Vell, editor of the Harbour Gazette, to call for his resignation.",
        ),
        # BASIL: "this job offer issue is not my focus" / "he alluded to a job offer early in his run".
        (
            "“This job offer issue is not my focus,” Vell said.",
            "Krall brought the issue to the surface when he alluded to a job offer in his first run.",
        ),
    ],
)
def test_a_negated_word_the_other_never_uses_with_only_the_subject_shared(
    negative: str, positive: str
) -> None:
    assert stance(negative).negation == "not"
    assert denial(read(negative, "A"), read(positive, "B")) is None


def test_a_subject_shared_still_denies_when_the_negated_word_is_asserted() -> None:
    alone = read("The Harbour Gazette editor was not alone in the building.", "A")
    said_alone = read("The Harbour Gazette editor was alone in the building, the guard said.", "B")
    assert denial(alone, said_alone) is not None
    # A disputing word is no plain negator: its refuted report need not repeat it.
    denied = read("The harbour board denied that the Gazette editor was paid by Krall.", "A")
    paid = read("Krall paid the Gazette editor for favourable coverage, the records show.", "B")
    assert denial(denied, paid) is not None


@pytest.mark.parametrize(
    "text",
    [
        "But one of them shouldn't be the chairman of the harbour board.",
        "Such attacks on the harbour are totally unacceptable and must not be repeated, Vell said.",
        "The harbour board ought not to approve the new fees, Krall argued.",
    ],
)
def test_what_ought_not_to_be_states_no_fact(text: str) -> None:
    assert stance(text).negation == ""


def test_an_inference_with_must_not_have_stays_a_negation() -> None:
    assert stance("Krall must not have known about the harbour fees.").negation == "not"
    assert stance("Krall should not have been arrested, his lawyer said.").negation == "not"


def test_a_comparison_with_not_as_is_no_denial() -> None:
    # BASIL: "knots of bystanders along the inaugural parade route were not as thick".
    thin = read("The crowds along the harbour parade route were not as thick as in 2009.", "A")
    parade = read("The new mayor headed later to the harbour parade along the route.", "B")
    assert stance(thin.text).negation == ""
    assert denial(thin, parade) is None
    # "not as a …" names a role, and stays a negation.
    assert stance("Krall was not hired as a pilot.").negation == "not"


def test_another_one_of_a_thing_is_not_the_one_the_other_line_reports() -> None:
    # BASIL: "They swore they would never stand by another government shutdown." / "we have
    # reached a deal to end the shutdown and reopen the federal government".
    another = read("They swore they would never stand by another harbour shutdown.", "A")
    ended = read("“We have reached a deal to end the harbour shutdown,” Krall said.", "B")
    assert denial(another, ended) is None
    again = read("Krall said there would be another harbour shutdown next month.", "B")
    assert denial(another, again) is not None


def test_one_kind_of_a_thing_is_not_its_contrasting_kind() -> None:
    # BASIL: "Florida has no state income tax." / "the Clintons paid an effective federal tax rate".
    state = read("Valdoria has no state income tax.", "A")
    federal = read("The Krall family paid an effective federal income tax rate of 35.7 percent.", "B")
    assert denial(state, federal) is None
    same_kind = read("Valdoria has a state income tax of 5 percent, the budget office said.", "B")
    assert denial(state, same_kind) is not None


def test_a_list_of_manners_lists_no_things() -> None:
    # BASIL: "Whoever, directly or indirectly, promises any employment …" listed "Whoever".
    assert item_lists("Whoever, directly or indirectly, promises any harbour contract is fined.") == []
    kept = item_lists("Megyn Kelly and Ana Vell hosted the harbour debate.")
    assert [lst.heads[:1] for lst in kept] == [("kelly",)]
    assert item_lists("The talks drew the family and its closest ally.")[0].heads == ("family", "ally")
