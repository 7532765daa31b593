"""The claim detectors on sentences we wrote: polarity, denial, framing, blame, omission, numbers."""

from __future__ import annotations

import pytest

from analysis.claim_blame import blames, conflicting_blame
from analysis.claim_lists import find_omission, item_lists
from analysis.claim_text import content
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.polarity import stance


def kinds(first: str, second: str) -> list[ClaimKind]:
    return [f.kind for f in compare(read(first, "A", content(first)), read(second, "B", content(second)))]


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("There is no evidence of a refugee flow towards the border, the spokeswoman said.", -1),
        ("Our forces did not conduct any strikes on the town that day.", -1),
        ("The army never entered the village.", -1),
        ("The report of a massacre is false, the ministry said.", -1),
        ("The ministry denied that its aircraft struck the hospital.", -1),
        ("The ministry denied that its aircraft did not strike the hospital.", 1),
        ("About a million refugees are moving towards the border.", 1),
        ("Not only the hospital but also two schools were damaged.", 1),
        ("There is no doubt the convoy was hit.", 1),
        ("The UN confirmed that the hospital had been struck.", 1),
        ("The patient had yet to regain consciousness.", -1),
        ('The lone "no" vote came from the opposition leader.', 1),
        ("The source was not one person, but probably a group of officials.", 1),
        ("Surgeons dismissed the story as a hoax.", -1),
    ],
)
def test_polarity(text: str, polarity: int) -> None:
    assert stance(text).polarity == polarity


def test_frames_and_attribution_commitment() -> None:
    assert stance("The ministry denied that its aircraft struck the hospital.").frame == "denied"
    assert stance("The UN confirmed that the hospital had been struck.").frame == "confirmed"
    # A denial the word lists miss still counts when attribution marked it.
    assert stance("The ministry pushed back on reports of a strike.", commitment="denial").polarity == -1


def test_denial_against_assertion() -> None:
    assert kinds(
        "There is no evidence of a refugee flow towards the northern border, the spokeswoman said.",
        "About a million refugees are moving towards the northern border, the minister said.",
    ) == [ClaimKind.DENIAL]


def test_a_negation_about_something_else_is_no_denial() -> None:
    assert (
        kinds(
            "The minister said the talks would not start before Friday.",
            "About a million refugees are moving towards the northern border, the minister said.",
        )
        == []
    )


def test_denied_against_confirmed_is_framing_not_denial() -> None:
    assert kinds(
        "The ministry denied that its aircraft had struck the hospital.",
        "The UN confirmed that the hospital had been struck from the air.",
    ) == [ClaimKind.FRAMING]


def test_blame_names_different_actors_for_one_act() -> None:
    found = conflicting_blame(
        blames("Rebel fighters shelled the central hospital on Wednesday, the ministry said."),
        blames("The president said that government artillery shelled the central hospital."),
    )
    assert found is not None
    assert {found[0].agent, found[1].agent} == {"Rebel fighters", "government artillery"}


def test_blame_passive_and_responsible_forms() -> None:
    passive = blames("The shelling of the hospital was carried out by rebel fighters north of the town.")
    assert [(b.agent, sorted(b.target_lemmas)) for b in passive] == [("rebel fighters", ["hospital"])]
    responsible = blames("Officials said government artillery was responsible for the attack on the market.")
    assert responsible
    assert responsible[0].agent == "government artillery"


def test_same_actor_or_negated_act_is_no_blame() -> None:
    assert (
        kinds(
            "Government artillery shelled the central hospital, the opposition said.",
            "The president said government guns shelled the central hospital.",
        )
        == []
    )
    assert blames("Government forces did not shell the hospital.") == []


def test_a_statement_reporting_both_accusations_takes_no_side() -> None:
    assert (
        conflicting_blame(
            blames("Rebel fighters shelled the central hospital, the ministry said."),
            blames(
                "Officials said rebel fighters fired on the hospital, while the president said "
                "government artillery was responsible."
            ),
        )
        is None
    )


def test_omission_of_a_list_item() -> None:
    short = item_lists("The strikes damaged the hospital and two schools, the agency said.")
    long = item_lists("The strikes damaged the hospital, two schools and a bakery.")
    found = find_omission(short, long)
    assert found is not None
    assert found[2] == ("a bakery",)
    assert find_omission(long, long) is None
    assert kinds(
        "The strikes damaged the hospital and two schools, the agency said.",
        "The strikes damaged the hospital, two schools and a bakery, the office said.",
    ) == [ClaimKind.OMISSION]


def test_an_opening_adjunct_is_no_item_of_the_list_after_it() -> None:
    lists = item_lists("In Halvik, the hospital, two schools and a bakery were hit.")
    assert [x.items for x in lists] == [("the hospital", "two schools", "a bakery")]
    quoted = "“With today’s ruling, committed and loving couples will be treated equally,” he said."
    assert all("today’s ruling" not in x.items for x in item_lists(quoted))
    assert kinds(quoted, "“Committed and loving couples will be treated equally,” Lind said.") == []


def test_lists_ignore_clauses() -> None:
    lists = item_lists("Officials said the army left the town and that the shelling stopped.")
    assert lists == []


def test_numbers_conflict_and_same_figure_does_not() -> None:
    assert kinds("Six civilians were killed in the attack.", "At least 20 civilians were killed.") == [
        ClaimKind.NUMBERS
    ]
    assert (
        kinds("About 900,000 people had been displaced.", "About 900,000 people had fled their homes.") == []
    )


def test_incompatible_figures_are_stronger_than_estimates() -> None:
    strong = compare(read("Six civilians were killed.", "A"), read("At least 20 civilians were killed.", "B"))
    mild = compare(
        read("About 900,000 people had been displaced.", "A"),
        read("About a million refugees are moving.", "B"),
    )
    assert strong[0].strength > 2 * mild[0].strength


def test_explanations_name_both_sides() -> None:
    found = compare(
        read("Six civilians were killed.", "Varnov (KSB World)"),
        read("At least 34 civilians were killed.", "the ministry (Valdoria Daily)"),
    )
    assert "Varnov (KSB World)" in found[0].explanation
    assert "Valdoria Daily" in found[0].explanation
    assert "six civilians" in found[0].explanation.lower()
    assert "at least 34" in found[0].explanation.lower()


def test_content_drops_the_attribution() -> None:
    assert content("President Krall, who leads the party, said the talks would take place in Geneva.") == (
        "the talks would take place in Geneva."
    )
    assert content("At least 20 people died in the blast, local officials said on Monday.") == (
        "At least 20 people died in the blast"
    )
    assert content("According to the interior ministry, at least 34 civilians were killed.") == (
        "at least 34 civilians were killed."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman was not immediately available for comment.",
        "Police could not be reached on Sunday.",
        "The victim's name has not yet been released.",
        "The ministry did not respond to a request for comment.",
    ],
)
def test_reporting_boilerplate_is_not_a_negated_claim(text: str) -> None:
    assert stance(text).polarity == 1


def test_a_negation_in_a_subordinate_clause_scopes_over_that_clause() -> None:
    found = stance("The president adopted a boy so he won't turn into a werewolf.")
    assert found.polarity == -1
    assert found.scope.startswith("he won't turn")


def test_measures_and_far_apart_figures_are_not_competing_counts() -> None:
    assert kinds("He ran for 41 yards in the first half.", "He ran for 7 yards in the first half.") == []
    assert kinds("Four people died in the quake.", "The 2004 tsunami killed 168,000 people.") == []


def test_pairs_with_nothing_checkable_are_ruled_out_early() -> None:
    from analysis.conflicts import may_compete

    plain = read("The talks will take place in Geneva next week.", "A")
    other = read("Delegations arrive in Geneva for the talks.", "B")
    negated = read("The talks will not take place in Geneva.", "C")
    assert not may_compete(plain, other)
    assert may_compete(plain, negated)


def test_figures_of_things_compete_only_for_one_act() -> None:
    # Seats won, held and lost are three counts; ranks are no counts at all.
    assert (
        kinds("The Greens picked up just six seats in the vote.", "The Greens have lost nearly 60 seats.")
        == []
    )
    assert kinds("The Reds will hold at least 240 seats next year.", "The Greens lost nearly 60 seats.") == []
    assert kinds("Lind kept the No. 2 position.", "Lind was elected to the No. 3 position.") == []
    # The same act told with two figures still competes.
    assert kinds("The rebels seized three towns on Monday.", "The rebels seized seven towns on Monday.") == [
        ClaimKind.NUMBERS
    ]
    assert kinds(
        "Two tanks and one armoured vehicle of the militants were destroyed, he said.",
        "Five tanks of the militants were destroyed, the army said.",
    ) == [ClaimKind.NUMBERS]


def test_a_possibility_is_not_asserted_so_nothing_denies_it() -> None:
    assert (
        kinds("The port's fees will not change next year.", "The port might change its fees next year.") == []
    )
    assert ClaimKind.DENIAL in kinds(
        "The port's fees will not change next year.", "The port will change its fees next year."
    )
