"""Negation as news prints it: typographic apostrophes, "not just", "without": sentences we wrote."""

from __future__ import annotations

import pytest

from analysis.claim_blame import blames
from analysis.claim_lists import item_lists
from analysis.claim_stance import judge
from analysis.claim_text import content
from analysis.claim_words import content_lemmas
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.polarity import stance


def kinds(first: str, second: str, similarity: float = 0.3) -> list[ClaimKind]:
    found = compare(read(first, "A", content(first)), read(second, "B", content(second)), similarity)
    return [f.kind for f in found]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_contraction_negates_with_either_apostrophe(apostrophe: str) -> None:
    found = stance(f"The army didn{apostrophe}t shell the hospital in Halvik on Tuesday.")
    assert found.negation == "didn't"
    assert found.polarity == -1
    assert ClaimKind.DENIAL in kinds(
        f"The army didn{apostrophe}t shell the hospital in Halvik on Tuesday.",
        "The army shelled the hospital in Halvik on Tuesday.",
    )


@pytest.mark.parametrize("word", ["just", "only", "merely"])
def test_not_just_asserts_what_it_names(word: str) -> None:
    text = f"Stopping the smugglers isn't {word} about saving the herds — it's about our security."
    assert stance(text).polarity == 1
    assert kinds(text, "Stopping the smugglers is about saving the herds and our security.") == []


def test_one_quote_printed_with_two_kinds_of_apostrophe_does_not_compete_with_itself() -> None:
    straight = "Stopping the smugglers isn't just about saving the herds — it's about our security."
    curly = "“Stopping the smugglers isn’t just about saving the herds ― it’s about our security.”"
    assert kinds(straight, curly, 0.9) == []


def test_without_negates_only_its_object() -> None:
    found = stance("The plan includes 23 steps the mayor took without council action.")
    assert found.scope == "without council action"
    assert (
        kinds(
            "The plan includes 23 steps the mayor took without council action.",
            "Because the measures need council approval, the mayor is adding 23 executive actions.",
        )
        == []
    )


def test_without_still_denies_the_phrase_the_other_report_asserts() -> None:
    assert ClaimKind.DENIAL in kinds(
        "The convoy passed the checkpoint without incident.",
        "There was an incident at the checkpoint as the convoy passed.",
    )


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_negated_act_blames_no_one_with_either_apostrophe(apostrophe: str) -> None:
    assert blames(f"Government forces haven{apostrophe}t shelled the hospital.") == []
    assert blames("Government forces have shelled the hospital.") != []


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_negated_judgement_turns_with_either_apostrophe(apostrophe: str) -> None:
    assert judge(f"The plan isn{apostrophe}t good for the city.").score < 0
    assert judge("The plan is good for the city.").score > 0


def test_a_pair_opened_by_both_is_a_list_of_two() -> None:
    text = (
        "The director said that even when reserve funds run out, "
        "both Lisk Port and Varn Airport will have funds."
    )
    assert [found.heads for found in item_lists(text)] == [("port", "airport")]


def test_a_coordination_inside_a_name_is_no_list() -> None:
    text = "Dana Krall of the Committee to Protect Ports and Airports said the levy was unfair."
    assert item_lists(text) == []
    assert [f.heads for f in item_lists("Cuts to Ports and Airports were announced.")] == [
        ("port", "airport")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Officials dismissed the reports as propaganda.",
        "Officials dismissed the strike as a provocation.",
        "Surgeons dismissed the photo as fake.",
    ],
)
def test_dismissing_as_an_untruth_denies(text: str) -> None:
    assert stance(text).frame == "denied"


def test_dismissing_a_thing_as_a_kind_of_thing_denies_no_report() -> None:
    found = stance("Krall had dismissed the mayor’s politics as being based in “a phony theology.”")
    assert found.frame == ""
    assert found.polarity == 1


def test_what_is_unclear_is_not_asserted() -> None:
    assert (
        kinds(
            "The mayor said it was unclear whether there was a direct link between the gunman and militia.",
            "Officials say there is no evidence of a direct link between the gunman and the militia.",
        )
        == []
    )


def test_a_title_is_a_referent_not_a_claim() -> None:
    assert (
        kinds(
            "In a recording obtained by the Lisk Herald, the governor went on to curse out Duman.",
            "Duman denied to the Lisk Herald that he ever called the governor a liar.",
        )
        == []
    )
    assert ClaimKind.DENIAL in kinds(
        "The governor signed the levy on Monday.", "The governor did not sign the levy."
    )


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_contractions_are_no_content_words(apostrophe: str) -> None:
    text = f"We{apostrophe}re asking, we don{apostrophe}t know, they{apostrophe}ll go."
    assert content_lemmas(text) == {"ask", "know", "go"}
    assert (
        kinds(
            "“No, not $2.5 billion, no — we’re asking for $5.6 billion,” the mayor said.",
            "“We’re asking the mayor to open the port,” she told reporters.",
        )
        == []
    )


def test_a_denial_excerpt_shows_a_typographic_negation() -> None:
    negative = (
        "Officials on Monday said, in a statement published late at night after the meeting, "
        "that the army didn’t shell the hospital."
    )
    found = compare(read(negative, "A", content(negative)), read("The army shelled the hospital.", "B"), 0.5)
    assert "didn’t shell" in found[0].explanation


@pytest.mark.parametrize("nobody", ["No one", "No-one", "No - one", "Nobody"])
def test_no_one_negates_however_it_is_spelled(nobody: str) -> None:
    # ECB+'s fire reports: "No-one has been injured" was read as an assertion and set
    # against "No - one was injured in the fire" as a denial.
    assert stance(f"{nobody} was injured in the fire at the depot.").polarity == -1
    assert (
        kinds(f"{nobody} was injured in the fire at the depot.", "No-one was injured in the depot fire.")
        == []
    )
    assert ClaimKind.DENIAL in kinds(
        f"{nobody} was injured in the fire at the depot.",
        "Two workers were injured in the fire at the depot.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Well, the apology is better late than never, the coach said.",
        "Photos of the singer in torn jeans or none at all helped pave the way for the label.",
        "I never dreamed I would be the club's leading scorer, Okafor said.",
    ],
)
def test_idioms_with_a_negator_assert(text: str) -> None:
    assert stance(text).polarity == 1


def test_a_negator_beside_the_idioms_words_still_negates() -> None:
    assert stance("The singer never wore torn jeans on stage.").polarity == -1
    assert stance("The club has never before been fined.").polarity == -1


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # ECB+'s Watergate, football and casting events: each was a denial of what it tells.
        ("It wasn't until May 30 that the family revealed his name.", 1),
        ("The visitors didn't take their first lead until the fourth quarter.", 1),
        ("It is not the first time Okafor has appeared on the show.", 1),
        ("The rebels will not negotiate until the army withdraws.", -1),  # a refusal, not a past
        ("The army did not shell the town, until now.", -1),
    ],
)
def test_not_until_and_not_the_first_time_assert(text: str, polarity: int) -> None:
    assert stance(text).polarity == polarity
