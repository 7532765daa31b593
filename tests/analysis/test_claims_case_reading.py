"""Claims from reading ECB+ events as cases: several operations, stolen weapons, counts of a
charge. Sentences we wrote."""

from __future__ import annotations

from analysis.claim_context import cumulative
from analysis.claim_lists import item_lists
from analysis.claim_text import content
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.polarity import stance
from analysis.quantities import quantities


def kinds(first: str, second: str, similarity: float = 0.5) -> list[ClaimKind]:
    found = compare(read(first, "A", content(first)), read(second, "B", content(second)), similarity)
    return [f.kind for f in found]


def test_a_haul_of_several_operations_is_a_running_total() -> None:
    assert cumulative("The frigate has seized 14 rifles during the five operations it carried out.")
    assert cumulative("In a series of raids, police seized 40 rifles.")
    assert not cumulative("Six rifles were seized in the operation.")
    assert (
        kinds(
            "Six rifles and 300 rounds of ammunition were seized from the boats.",
            "The frigate seized 14 rifles and 923 rounds of ammunition during the five operations it ran.",
        )
        == []
    )
    assert kinds(
        "Six rifles and 300 rounds of ammunition were seized from the boats.",
        "Fourteen rifles and 923 rounds of ammunition were seized from the boats.",
    ) == [ClaimKind.NUMBERS]


def test_stealing_a_weapon_is_no_opposite_of_escaping() -> None:
    assert (
        kinds(
            "Krall escaped with a shotgun and two pistols.",
            "He put on a guard's uniform, then stole a shotgun and two pistols before fleeing on foot.",
        )
        == []
    )


def test_counts_of_a_charge_list_the_charge() -> None:
    (charges,) = item_lists("He was convicted of robbery, arson and two counts of fraud.")
    assert charges.heads == ("robbery", "arson", "fraud")
    assert (
        kinds(
            "Krall was serving life for aggravated sexual assault and two counts of aggravated assault.",
            "Krall was in prison after being convicted of aggravated sexual assault and aggravated assault.",
        )
        == []
    )


def test_a_size_or_kind_written_with_by_counts_nothing() -> None:
    assert [q.text for q in quantities("The men drove a large four - by - four car into the store.")] == []
    assert [q.text for q in quantities("They rented a 10 by 12 room and two cars.")] == ["two cars"]
    assert [q.text for q in quantities("Twelve people were killed by 3 gunmen.")] == [
        "Twelve people",
        "3 gunmen",
    ]


def test_two_reports_calling_one_tip_a_hoax_do_not_compete() -> None:
    assert (
        kinds(
            "Police raided the farm in April after a call to a hotline that turned out to be a hoax.",
            "The call to the hotline that spurred the raid turned out to be a hoax, and the children left.",
        )
        == []
    )


def test_a_figure_both_give_is_settled_and_the_other_is_the_whole() -> None:
    assert (
        kinds(
            "Varn Chips will pay $334 million for the start-up, including $281 million in cash.",
            "Varn Chips is paying $281 million in cash for the start-up and the rest in stock.",
        )
        == []
    )
    assert kinds(
        "Six people were killed and 12 were injured in the blast.",
        "Six people were killed and 30 were injured in the blast.",
    ) == [ClaimKind.NUMBERS]


def test_misleading_people_refutes_no_report() -> None:
    assert (
        stance("He also called the mayor a “false prophet” who was misleading his followers.").polarity == 1
    )
    assert stance("The ministry called the report misleading.").polarity == -1


def test_the_fake_news_as_a_name_for_the_press_refutes_no_report() -> None:
    assert stance("The Fake News is making such a big deal about this nothing event!").polarity == 1
    assert stance("The ministry said the story was fake news.").polarity == -1


def test_a_title_case_headline_calling_a_report_fake_news_still_refutes() -> None:
    assert stance("Report Of Alien Landing Is Fake News").polarity == -1
    found = stance("The Fake News is wrong again, and the harbour report is false.")
    assert found.scope.endswith("the harbour report is false")


def test_a_day_of_may_is_a_date_and_a_count_after_a_month_still_counts() -> None:
    found = quantities("Published May 05, 2010 The minister said three people were killed.")
    assert [q.text for q in found] == ["three people"]
    assert [q.text for q in quantities("On 5 June two people died.")] == ["two people"]
    assert [q.text for q in quantities("Five people may die.")] == ["Five people"]


def test_a_list_of_examples_omits_nothing() -> None:
    (examples,) = item_lists("Any plan that trusts liars like Dana Krall, Piet Dorn or Anton Vell will fail.")
    assert examples.examples
    assert examples.items == ("Dana Krall", "Piet Dorn", "Anton Vell")
    assert (
        kinds(
            "Mr. Lind said the party made a grave mistake striking a bargain with Anton Vell and Dana Krall.",
            "Any plan that trusts the word of liars like Dana Krall, Piet Dorn or Anton Vell is doomed.",
        )
        == []
    )
    assert (
        kinds(
            "The strike hit the hospital and two schools, the mayor said.",
            "The strike hit schools including the hospital, two schools and a bakery.",
        )
        == []
    )
    # A closed list still omits.
    assert kinds(
        "The strike hit the hospital and two schools, the mayor said.",
        "The strike hit the hospital, two schools and a bakery, the army said.",
    ) == [ClaimKind.OMISSION]
