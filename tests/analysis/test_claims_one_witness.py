"""Two outlets quoting one speaker, negations that only suppose: sentences we wrote.

Found reading BASIL's three-outlet events as an analyst would: one politician's two
remarks, told by two outlets, were flagged as a denial of each other; a negation inside an
"if" clause was read as a denial; a negation whose verb and object the other statement
never uses was flagged because the two shared words of a later clause.
"""

from __future__ import annotations

import pandas as pd

from analysis.claims import ClaimFinder
from analysis.conflicts import denial, read
from analysis.polarity import stance
from tests.analysis.test_claims import build

FERRY = "The islanders do not need a new ferry timetable before the summer, Vance said."
FERRY_TOO = "Vance said a new ferry timetable for the islanders would start before the summer."
SANK = "Vance said 12 fishing boats sank in the storm."
SANK_TOO = "Vance said that 40 fishing boats sank in the storm."


def claims_between(speakers: tuple[str, str]) -> pd.DataFrame:
    """Claims of two one-article outlets whose statements are given ``speakers``' ids."""
    table, articles = build([("Harbour Post", "", [FERRY, SANK]), ("Island Wire", "", [FERRY_TOO, SANK_TOO])])
    table["speaker_id"] = [speakers[0], speakers[0], speakers[1], speakers[1]]
    table["speaker"] = table["speaker_id"]
    claims = ClaimFinder().fit(table, articles).claims_
    texts = table.set_index("id")["text"]
    return claims.assign(first=claims["a"].map(texts), second=claims["b"].map(texts))


def kinds_of(claims: pd.DataFrame, sentence: str) -> set[str]:
    return set(claims[(claims["first"] == sentence) | (claims["second"] == sentence)]["kind"])


def test_one_speakers_two_remarks_are_no_denial_but_their_figures_still_differ() -> None:
    two = claims_between(("p:vance", "p:okafor"))
    assert "denial" in kinds_of(two, FERRY)  # two speakers: a denial
    one = claims_between(("p:vance", "p:vance"))
    assert "denial" not in kinds_of(one, FERRY)
    # Two outlets giving one speaker two different tolls is the outlets' conflict.
    assert "numbers" in kinds_of(one, SANK)


def test_a_negation_in_a_condition_denies_nothing() -> None:
    supposed = "If the convoy is not cleared by Friday, the army will close the border road."
    told = "The convoy was cleared by the army on Friday."
    assert stance(supposed).hedged
    assert denial(read(supposed, "A"), read(told, "B")) is None
    flat = "The convoy was not cleared by Friday, the army said."
    assert denial(read(flat, "A"), read(told, "B")) is not None


def test_a_negated_act_on_another_object_is_no_denial() -> None:
    # Shared words stand in a later clause; the negated act and its object stand nowhere.
    retiring = (
        "The mayor said she would not seek a second term after reports that her office paid for a party "
        "with city money."
    )
    repaid = "The mayor's office repaid the city money spent on the party."
    assert denial(read(retiring, "A"), read(repaid, "B")) is None
    # The act told in other words, its object shared: still a denial, ranked lower.
    assert (
        denial(
            read("The mayor did not write the letter to the harbour board.", "A"),
            read("The mayor drafted the letter to the harbour board.", "B"),
        )
        is not None
    )


def test_what_was_only_believed_is_no_assertion_to_deny() -> None:
    # FNC-1's zombie-cat stories: "Believed Dead" and "Left For Dead" assert no death.
    alive = read("Bart is not dead, his owner said.", "A")
    for told in (
        "Buried Kitten Believed Dead Walks Home",
        "Cat Claws Out Of Grave After Being Left For Dead",
    ):
        assert denial(alive, read(told, "B")) is None, told
    assert denial(alive, read("Bart the kitten is dead, the vet said.", "B")) is not None
    # What someone was expected to do (BASIL: "Biden won't attend" / "would be expected to attend").
    absent = read("The vice president won't attend the harbour summit.", "A")
    expected = "The vice president, who as host would be expected to attend the harbour summit, is abroad."
    assert denial(absent, read(expected, "B")) is None
    assert denial(absent, read("The vice president will attend the harbour summit.", "B")) is not None


def test_what_was_only_wanted_or_planned_is_no_assertion_to_deny() -> None:
    # BASIL: "No members or staff were harmed" / "bad actors out there looking to do harm".
    unharmed = read("No members or staff were harmed in the shooting at the harbour office.", "A")
    for told in (
        "There are bad actors out there looking to do harm to members and their staff.",
        "The gunmen planned to harm members of the harbour office staff.",
    ):
        assert denial(unharmed, read(told, "B")) is None, told
    harmed = "Two members of the harbour office staff were harmed in the shooting."
    assert denial(unharmed, read(harmed, "B")) is not None
    # The predicate of a negated subject counts as much as a negated word does.
    intact = read("No bridges were destroyed in the flood.", "A")
    assert denial(intact, read("Rebels threatened to destroy the bridges before the flood.", "B")) is None
    assert denial(intact, read("The flood destroyed two bridges.", "B")) is not None
    # An attempt is no mere plan (Emergent: "caught trying to enter" / "not entering").
    crossing = read("Smugglers were caught trying to cross the harbour border at night.", "B")
    assert denial(read("Smugglers are not crossing the harbour border, the chief said.", "A"), crossing)


def test_a_negation_inside_what_may_be_denies_nothing() -> None:
    # BASIL: "warned there could be other packages not yet intercepted" / "the ongoing investigation".
    warned = read(
        "Vell said the inquiry was ongoing and warned there could be other parcels not yet found.", "A"
    )
    helping = read(
        "The harbour police said they were helping the ongoing inquiry into the parcels found.", "B"
    )
    assert denial(warned, helping) is None
    assert denial(
        read("The inquiry found that the parcels were not found by the harbour police.", "A"), helping
    )


def test_a_negated_subject_s_verb_must_act_on_what_the_other_says() -> None:
    # BASIL: "no senator had called him to ask him to stay in the race" / "the first senator to call on
    # Akin to withdraw from the race": calling for opposite things.
    stay = read("Krall admitted that no senator had called him to ask him to stay in the harbour race.", "A")
    withdraw = read("Vell was the first senator to call on Krall to withdraw from the harbour race.", "B")
    assert denial(stay, withdraw) is None
    asked = read("Three senators called Krall to ask him to stay in the harbour race.", "B")
    assert denial(stay, asked) is not None


def test_failing_to_find_evidence_negates_as_finding_none_does() -> None:
    # BASIL: "He claimed his personal opinions did not affect his work" / "… failed to produce a
    # shred of evidence that Special Agent Strzok's personal views ever affected his work": agreement.
    said = read("Krall claimed his personal opinions did not affect his work.", "A")
    inquiry = (
        "An inquiry failed to produce a shred of evidence that Krall's personal opinions affected his work."
    )
    assert read(inquiry, "B").polarity < 0
    assert denial(said, read(inquiry, "B")) is None
    assert read("The talks failed to produce a deal on the harbour.", "B").polarity > 0  # no finding
    assert denial(said, read("Krall's personal opinions affected his work, the inquiry found.", "B"))


def test_never_before_and_a_first_time_agree() -> None:
    never = read("In two terms, the mayor had never had a veto overridden by the harbour council.", "A")
    first = read(
        "It is the first time the harbour council has had the votes to override the mayor's veto.", "B"
    )
    assert denial(never, first) is None
    assert denial(never, read("The harbour council overrode the mayor's veto twice last year.", "B"))


def test_what_others_urge_someone_to_do_is_no_assertion_that_he_did() -> None:
    refused = read("Krall has not stepped down from the harbour race despite loud calls.", "A")
    urged = read("Five harbour senators urged Krall to step down from the race on Monday.", "B")
    assert denial(refused, urged) is None
