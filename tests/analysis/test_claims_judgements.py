"""Judgements found reading BASIL cases: a charge judges ill, names and cuts judge nothing.

Sentences we wrote."""

from __future__ import annotations

import pytest

from analysis.claim_senses import not_judging
from analysis.claim_stance import JUDGING, judge
from analysis.claim_text import content
from analysis.claim_words import content_lemmas
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.polarity import stance
from tests.analysis.test_claim_stance_pairs import fitted


def test_a_charge_judges_ill_whatever_its_charge_says() -> None:
    accused = "Activists accused Senator Krall of capitulating to protect colleagues facing re-election."
    assert judge(accused).score < 0
    assert judge("The law protects workers.").score > 0
    # Not blaming judges nothing; a contrast after the charge is read again.
    assert judge("She did not blame the senators for the deal, which protects workers.").score == 0
    assert judge("He blamed the storm, but said the new dam protects the town.").score > 0


def test_two_charges_against_one_senator_are_no_opposite_stances() -> None:
    _table, claims = fitted(
        [
            (
                "Valley Post",
                "pro",
                [
                    "Most senators, including Senator Anton Krall, voted to let the port deport workers, "
                    "threatening their families, the group said."
                ],
            ),
            (
                "Ridge Daily",
                "contra",
                [
                    "Activists accused Senator Anton Krall and the senators of capitulating "
                    "to protect colleagues."
                ],
            ),
        ]
    )
    assert not claims["explanation"].str.contains("opposite", regex=False).any()


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        ("Krall appeared to call on the Justice Department to look at the charges.", "justice"),
        ("The Safe Harbour Trust met on Tuesday to discuss the budget.", "safe"),
        ("Fifteen states passed consumer protection laws this year.", "protection"),
        ("Rother is pushing the group to accept benefit cuts.", "benefit"),
        ("The savings in the Affordable Care Act pay for the new clinics.", "affordable"),
        # Found in BASIL's court and tax events: judges, a crime and entitlements praise nothing.
        ("That split among the justices raised the prospect of a divided ruling.", "justice"),
        ("He was charged with obstruction of justice in May.", "justice"),
        ("The ruling lets married couples receive the same tax benefits.", "benefit"),
        ("Unemployment benefits run out in May for 40,000 dockers.", "benefit"),
    ],
)
def test_a_judging_word_in_a_name_or_a_cut_judges_nothing(text: str, dropped: str) -> None:
    lemmas = frozenset(content_lemmas(text))
    assert dropped in lemmas & JUDGING
    assert dropped in not_judging(lemmas & JUDGING, text)
    assert judge(text).score == 0


def test_a_judging_word_used_plainly_still_judges() -> None:
    assert judge("The ruling was a victory for justice, the Justice Department said.").score > 0
    assert judge("The new port benefits the dockers.").score > 0
    assert judge("Protecting workers is good.").score > 0
    assert judge("A responsible port authority protects its workers.").score > 0
    assert judge("Halvik Telecom is responsible for all internet lines on the island.").score == 0


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        # Turning down a veto or an offer disputes no report, whatever the cue's class.
        ("Congress on Wednesday overwhelmingly rejected the president's veto of the port bill.", ""),
        ("Lawmakers rejected the offer before Krall even announced it on Saturday.", ""),
        # A rejected claim is denied, and a denial the word lists do not know still counts.
        ("The ministry rejected claims that the port was closed.", "denied"),
        ("Critics slammed the plan.", "denied"),
    ],
)
def test_refusing_a_thing_is_no_denial_even_when_attribution_says_denial(text: str, frame: str) -> None:
    assert stance(text, "", "denial").frame == frame


def test_a_rejected_veto_competes_with_no_account_of_the_vote() -> None:
    vote = "The House voted later on Wednesday to override the veto, and the port bill became law."
    rejected = "Congress on Wednesday overwhelmingly rejected the president's veto of the port bill."
    found = compare(
        read(vote, "A", content(vote)),
        read(rejected, "Congress", "the president's veto of the port bill", "rejected", "denial"),
        0.6,
    )
    assert ClaimKind.DENIAL not in [f.kind for f in found]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Lind said it was possible that the firm could refute the claims at a trial.", True),
        ("The company might deny the reports.", True),
        ("The firm refuted the claims.", False),
        ("The ministry denied the reports, which could hurt it.", False),
    ],
)
def test_a_denial_that_may_come_denies_nothing_yet(text: str, hedged: bool) -> None:
    found = stance(text)
    assert found.frame == "denied"
    assert found.hedged is hedged
