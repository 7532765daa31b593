"""Stance signals on sentences we wrote: contrary words, judgements, refuting words, refuting articles."""

from __future__ import annotations

import pytest

from analysis.claim_contrary import contrary_words
from analysis.claim_refutes import refutes_a_report
from analysis.claim_stance import judge
from analysis.claim_text import content
from analysis.claim_words import content_lemmas
from analysis.claims import ClaimFinder
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.polarity import stance
from tests.analysis.test_claims import build


def kinds(first: str, second: str, similarity: float = 0.3) -> list[ClaimKind]:
    a, b = read(first, "A", content(first)), read(second, "B", content(second))
    return [f.kind for f in compare(a, b, similarity)]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The woman with three breasts is a fake.", -1),
        ("Police said the photo was a fake, and the story spread anyway.", -1),
        ("He was arrested with a fake passport.", 1),  # a fake thing, not a refutation
        ("The myth predicts the boy will change at midnight.", 1),  # a legend named, not a lie called
        ("Scientists cast doubt on claims that a meteorite hit the town.", -1),
        ("There is no doubt the convoy was hit.", 1),
        ("The ministry did not deny that its aircraft struck the hospital.", 1),
        ("The newspaper retracted its story about the professor.", -1),
        ("The video of the rescue is bullshit, a witness said.", -1),
    ],
)
def test_refuting_and_doubting_words(text: str, polarity: int) -> None:
    assert stance(text).polarity == polarity


def test_a_negated_confirmation_asserts_nothing() -> None:
    assert stance("The army would not confirm that the bridge was destroyed.").hedged


def test_contrary_words_compete_without_any_negation() -> None:
    assert kinds(
        "Kurdish fighter Rehana was killed by the militants near Kobani.",
        "Kurdish fighter Rehana is alive and fighting near Kobani.",
    ) == [ClaimKind.DENIAL]
    assert kinds(
        "The dead in the Halvik market on Tuesday were civilians shopping for bread.",
        "The dead in the Halvik market on Tuesday were militants, the army said.",
    ) == [ClaimKind.DENIAL]


def test_negated_contrary_words_agree() -> None:
    # "not dead" is "alive": no denial and no contrary claim.
    assert kinds("Rehana is not dead, her unit said.", "Rehana is alive and fighting, her unit said.") == []


def test_contrary_words_need_a_shared_subject() -> None:
    assert kinds("The hostages were freed on Monday.", "Two soldiers were killed in the north.") == []
    assert contrary_words(content_lemmas("the survivors and the dead"), content_lemmas("the dead")) is None


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # One game told from each side: the loser before "lose", after "win over".
        (
            "Orsk lose 2-1 to Lendt in the cup final on Sunday.",
            "Lendt clinch the cup final with a win over Orsk on Sunday.",
        ),
        # Where someone lived is not whether.
        (
            "Climber Ivo Okafor, who had been living and working in Orsk, fell on Mount Halvik on Sunday.",
            "Climber Ivo Okafor died on Mount Halvik on Sunday after a fall.",
        ),
        # What might be is no account of what is.
        (
            "The cyclist in the Orsk crash might be alive if the driver had stopped on Route 9, police said.",
            "The cyclist in the Orsk crash was killed on Route 9 by a hit-and-run driver.",
        ),
    ],
)
def test_contrary_words_in_other_roles_or_senses_agree(first: str, second: str) -> None:
    assert kinds(first, second) == []


def test_judge_reads_judgement_and_negation() -> None:
    assert judge("The deal protects workers").score > 0
    assert judge("The deal hurts workers").score < 0
    assert judge("The deal is not effective").score < 0
    assert judge("The deal was signed on Monday").score == 0


def test_a_judgement_alone_is_no_factual_conflict_of_a_pair() -> None:
    # Read alone, "protects" and "hampers" say too little of what each judges in a news
    # report ("warnings about the threat of attacks" / "ignoring the threat environment"):
    # opposite stances are the sides of a case (analysis.claim_stance_pairs), not a pair check.
    a = read("Net neutrality protects consumers from higher fees.", "A")
    b = read("Net neutrality hampers investment by consumers.", "B")
    assert compare(a, b, 0.3) == []
    assert (
        compare(
            read("The C.I.A. sent warnings about the threat of attacks on the port.", "A"),
            read("The review faults officials for ignoring the threat of attacks on the port.", "B"),
            0.5,
        )
        == []
    )


def test_refuting_words_refute_whatever_they_restate() -> None:
    assert refutes_a_report(read("The picture of a woman with three breasts is a hoax.", "A"))
    assert refutes_a_report(read("Officials denied reports that the dam had burst.", "A"))
    assert not refutes_a_report(read("Egypt rejected the proposal.", "A"))  # a proposal is no report


def test_a_refuting_article_disputes_the_related_report_but_not_its_own_kind() -> None:
    table, articles = build(
        [
            ("Daily Wave", "", ["A surfer rode a wave taller than a ten storey building off Nazare."]),
            (
                "Fact Desk",
                "",
                [
                    "Pictures of a surfer on a ten storey wave off Nazare spread online.",
                    "The picture is a hoax, oceanographers said.",
                ],
            ),
            ("Sea Watch", "", ["The Nazare ten storey wave picture is a hoax."]),
        ]
    )
    claims = ClaimFinder().fit(table, articles).claims_
    source = dict(zip(table["id"], table["source"], strict=True))
    pairs = {frozenset((source[a], source[b])) for a, b in zip(claims["a"], claims["b"], strict=True)}
    assert frozenset(("Daily Wave", "Fact Desk")) in pairs
    assert frozenset(("Daily Wave", "Sea Watch")) in pairs
    # Two articles that both call the picture a hoax agree, whatever the first also retells.
    assert frozenset(("Fact Desk", "Sea Watch")) not in pairs


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Congress rejected the president's veto of the bill.", 1),  # a veto is no report
        ("The ministry rejected claims that its aircraft struck the clinic.", -1),
        ("The coach was dismissed after the defeat.", 1),  # fired, not disputed
        ("The judge denied bail to the suspect.", 1),
        ("The suspect denied the allegations against him.", -1),
        ("He gave false statements to investigators.", 1),  # a kind of statement, not a refutation
        ("He was convicted of fraud in 2011.", 1),
        ("The whole thing was a fraud.", -1),
        ("The leads signed on and, no doubt, the sequel will follow.", 1),
        ("They now have protections previously denied to them under the old law.", 1),  # kept from them
        ("The ministry denied to reporters that its aircraft struck the clinic.", -1),
        # Lifting a duty says nothing did not happen.
        ("Couples do not have to file amended returns.", 1),
        ("Couples need not file again, and they will not be required to pay twice.", 1),
        ("Couples did not file again.", -1),
        # A choice turned down is no fact denied.
        ("He announced his decision to not seek re-election.", 1),
        ("The mayor decided not to run again.", 1),
        ("The mayor did not run again.", -1),
        # The narrator's word on the speaker's own claims disputes nobody else's report.
        ("Krall repeated his false claims about the pier.", 1),
        ("Officials said the claims about the pier were false.", -1),
    ],
)
def test_frames_and_refuting_words_need_a_claim(text: str, polarity: int) -> None:
    assert stance(text).polarity == polarity


def test_blame_needs_actors_that_are_singled_out() -> None:
    from analysis.claim_blame import blames, conflicting_blame

    # "He" and "the driver" may well be the man another outlet names: no blame conflict.
    assert (
        conflicting_blame(
            blames("He shot and killed the judge."), blames("Nichols shot and killed the judge.")
        )
        is None
    )
    # Two spellings of one actor are one actor.
    assert (
        conflicting_blame(
            blames("Angry protesters in Thessaloniki targeted banks."),
            blames("Angry protestors in Thessaloniki targeted banks."),
        )
        is None
    )
    found = conflicting_blame(
        blames("Kersian artillery shelled the hospital."),
        blames("The Tessel Liberation Front shelled the hospital."),
    )
    assert found is not None


def test_web_addresses_hold_no_counts() -> None:
    assert read("http://example.org/2013/07/02/quake-hits-town-1-dead-290335", "A").quantities == ()
    assert read("One man was killed in the quake.", "A").quantities != ()


def test_figures_of_other_years_count_other_events() -> None:
    assert kinds(
        "The earthquake in Bam killed 26,000 people in 2003.",
        "The earthquake in Bam killed 31,000 people in 2003.",
    ) == [ClaimKind.NUMBERS]
    assert (
        kinds(
            "The earthquake in Bam killed 26,000 people in 2003.",
            "The earthquake in Bam killed 600 people in 2005.",
        )
        == []
    )


def test_contrary_words_in_different_roles_do_not_compete() -> None:
    # The militants are the attackers and the civilians the victims: two parties, one account.
    assert ClaimKind.DENIAL not in kinds(
        "Militants of the Tessel front shelled the central hospital in Halvik on Wednesday.",
        "At least 20 civilians were killed when shells hit the central hospital in Halvik on Wednesday.",
    )
    # The same two words saying what one party was do compete.
    assert kinds(
        "Those killed in the shelling of Halvik were civilians, the mayor said.",
        "Those killed in the shelling of Halvik were militants, the army said.",
    ) == [ClaimKind.DENIAL]


def test_a_judgement_mixing_praise_and_blame_judges_nothing() -> None:
    assert judge("His remarks were offensive and wrong").score < 0
    assert judge("His remarks were wrong, and he should do what is best for the port").score == 0


def test_a_denial_sharing_only_names_denies_nothing_the_other_says() -> None:
    never = "“I have worked beside Mara for years, and I have never met Tomas Velder,” said Ines Lind."
    assert kinds(never, "“The richest thing about Tomas Velder is his pride,” Mara Osk said.") == []
    # A title-case headline's capitals are no names.
    assert ClaimKind.DENIAL in kinds(
        "Harbour Master Did Not Close The Port", "The harbour master closed the port."
    )
