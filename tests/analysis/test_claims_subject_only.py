"""Negations that share only a subject, or negate what ought not be, another one of something
or one kind of a thing, with what the other line asserts: sentences we wrote."""

from __future__ import annotations

import pytest

from analysis.claim_lists import item_lists
from analysis.claim_stance import judge
from analysis.conflicts import contrary, denial, read
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


def test_an_adjunct_opening_the_sentence_is_no_list_item() -> None:
    # BASIL: "Shortly after the announcement, the Senate and House both passed a resolution"
    # listed "the announcement" as an item the other outlet left out.
    (only,) = item_lists("Shortly after the announcement, the Senate and House both passed a resolution.")
    assert only.items == ("the Senate", "House")
    (named,) = item_lists("Finally, Krall, Vell and Oskarov signed the harbour letter.")
    assert named.heads == ("krall", "vell", "oskarov")


def test_a_past_form_after_the_last_name_is_its_verb() -> None:
    (pair,) = item_lists("Kersia and Valdoria blamed each other for the attack.")
    assert pair.items == ("Kersia", "Valdoria")
    (places,) = item_lists("Shells hit the hospital and the market near the port.")
    assert places.heads == ("hospital", "market")


@pytest.mark.parametrize(
    "text",
    [
        # BASIL: "the president clarified that he was not speaking about the "wisdom" of …".
        "Krall clarified that he was not speaking about the wisdom of building the harbour mosque.",
        "Vell said she was not referring to the harbour board.",
        # BASIL: "the question … was not whether Wal-Mart … but whether …".
        "The question at the hearing was not whether the harbour board discriminated.",
    ],
)
def test_what_a_speaker_was_not_speaking_of_states_no_fact(text: str) -> None:
    assert stance(text).negation == ""


def test_not_talking_to_someone_stays_a_negation() -> None:
    assert stance("Krall was not talking to reporters at the harbour.").negation == "not"


def test_a_time_or_a_count_before_the_names_it_spells_out_is_no_item() -> None:
    # ECB+: "… to host the Oscars for a second time, producers Craig Zadan and Neil Meron
    # announced" and "two managers, Paul Riva and Alan Steinberg, were wounded" listed "a second
    # time" and "two managers" as items other outlets left out.
    (producers,) = item_lists(
        "Vell will host the gala for a second time, producers Ana Krall and Lev Oskarov said."
    )
    assert producers.heads == ("krall", "oskarov")
    wounded = item_lists("The clerk was shot and two managers, Paul Riva and Alan Steinberg, were wounded.")
    assert ("riva", "steinberg") in [lst.heads for lst in wounded]
    assert ("manager", "riva", "steinberg") not in [lst.heads for lst in wounded]
    # A count among common nouns stays an item.
    (places,) = item_lists("The strikes hit two schools, the hospital and a market.")
    assert places.heads == ("school", "hospital", "market")


def test_a_reporting_verb_ends_a_name_item() -> None:
    # ECB+: "Troy police Lt. Gerry Scherlinck said Riva and Steinberg appeared to have been …"
    (named,) = item_lists("Police Lt. Gerry Vell said Riva and Steinberg appeared to be the targets.")
    assert named.items == ("Riva", "Steinberg")
    (forces,) = item_lists("The talks brought together the Valdorian navy and Kersian armed forces.")
    assert forces.heads[-1] == "force"


def test_a_negation_of_no_fact_leaves_the_sentence_s_refutation() -> None:
    # BASIL: "FactCheck.org rated the Obama ad as "false," noting that the McCain campaign wasn't
    # talking about slashing benefits …": the refutation stands.
    rated = stance("The fact-checkers rated the ad as false, noting that Krall wasn't talking about cuts.")
    assert (rated.negation, rated.hedged) == ("false", False)
    denied = stance("Krall denied the report, adding that such attacks must not be repeated.")
    assert (denied.frame, denied.hedged) == ("denied", False)


def test_opposite_accounts_of_two_years_are_two_events() -> None:
    # ECB+: "Mr. Gigante was acquitted in 1958 on charges of attempted murder" / "a jury found
    # Gigante guilty in 1997 of conspiracy to murder …" were opposite accounts.
    acquitted = read("Lev Oskarov was acquitted in 1958 on charges of harbour fraud, the court said.", "A")
    guilty = read("A jury found Lev Oskarov guilty in 1997 of harbour fraud and extortion.", "B")
    assert contrary(acquitted, guilty) is None
    same_year = read("A jury found Lev Oskarov guilty in 1958 of harbour fraud and extortion.", "B")
    assert contrary(acquitted, same_year) is not None


def test_a_bound_after_a_dash_aside_is_in_the_negation_s_scope() -> None:
    # ECB+: "None of the other teams in the Teixeira sweepstakes -- the Boston Red Sox, Baltimore
    # Orioles and Washington Nationals -- has been reported to have offered more than eight years."
    bound = read(
        "None of the other clubs -- the Harbour Reds, the Valdoria Blues and the Port Kings -- "
        "has offered more than eight years.",
        "A",
    )
    assert "eight years" in bound.stance.scope
    offers = read("The Valdoria Blues (seven years) and the Port Kings (eight years) made offers.", "B")
    assert denial(bound, offers) is None
    # What gives no figure keeps within the bound too: "the Washington Nationals, has made a huge offer".
    assert denial(bound, read("One of the clubs, the Port Kings, has made a huge offer.", "B")) is None
    beyond = read("None of the harbour offers are for more than eight years.", "A")
    assert denial(beyond, read("The harbour board offered Krall a nine-year deal.", "B")) is not None
    # A time without the event is disputed by the event: "not been hit by a quake in more than 25 years".
    window = read("The harbour area has not been hit by a quake in more than 25 years, officials said.", "A")
    assert denial(window, read("The harbour area was hit by a 6.1 quake in September.", "B")) is not None


def test_could_not_until_a_time_says_it_happened_then() -> None:
    # ECB+: "they could not be rescued until the next morning" / "rescued by about 10am on Sunday".
    assert stance("The crew could not be rescued until the next morning.").negation == ""
    assert stance("The crew could not be rescued.").negation == "not"


def test_a_subordinate_clause_opening_the_sentence_is_no_list_item() -> None:
    # ECB+: "While Ross wasn't signed on to multiple films, stars Jennifer Lawrence, Josh
    # Hutcherson, and Liam Hemsworth are all on board" listed "multiple films".
    (stars,) = item_lists(
        "While Vell wasn't signed on to multiple films, stars Ana Krall, Lev Oskarov, and Ida Moss joined."
    )
    assert stars.heads == ("krall", "oskarov", "moss")


def test_a_list_inside_an_opening_subordinate_clause_stays() -> None:
    # BASIL: "Because the president is … cutting waste and fraud, we've extended …".
    (waste,) = item_lists("Because the mayor is cutting waste and fraud, the harbour budget holds.")
    assert waste.heads == ("waste", "fraud")


def test_what_is_held_back_asserts_nothing_to_deny() -> None:
    # BASIL: "Obama would not meet with his Israeli counterpart" / "it would be "inappropriate" to
    # meet with the leader"; ECB+: "She didn't even allow to have her photo taken" / "refused to
    # allow her photo …".
    would_not = read("Officials said Krall would not meet the Kersian leader before the vote.", "A")
    for held in (
        'Krall said it would be "inappropriate" to meet the Kersian leader before the vote.',
        "Krall declined to meet the Kersian leader before the vote, aides said.",
        "Krall refused to meet the Kersian leader before the vote.",
    ):
        assert denial(would_not, read(held, "B")) is None, held
    met = read("Krall met the Kersian leader before the vote, aides said.", "B")
    assert denial(would_not, met) is not None


def test_a_question_or_a_prospect_asserts_nothing_to_deny() -> None:
    # BASIL: "there was no pay disparity" / "“Is it true … that Wal-Mart’s pay disparity across the
    # company was less than the national average?”"; "Obama had never had a veto overridden" /
    # "… before facing the prospect of having his veto overridden".
    none_ = read("At 90 percent of the harbour stores there was no pay disparity, Vell told the court.", "A")
    asked = read(
        "“Is it true,” the judge asked, “that the harbour pay disparity was less than average?”", "B"
    )
    assert denial(none_, asked) is None
    said = read("The judge said the harbour pay disparity at the stores was less than average.", "B")
    assert denial(none_, said) is not None
    never = read("In two terms, Krall had never had a veto overridden by the council.", "A")
    prospect = read(
        "Krall went longer than any mayor before facing the prospect of having his veto overridden.", "B"
    )
    assert denial(never, prospect) is None


def test_illegal_before_a_status_judges_nothing() -> None:
    # BASIL: "… deporting illegal immigrants who have been convicted …" was read as calling the
    # officials' work bad against Arpaio's praise.
    assert (
        judge("Backers say it lets officials focus on deporting illegal immigrants with records.").score >= 0
    )
    assert judge("The harbour strike was illegal under international law.").score < 0
