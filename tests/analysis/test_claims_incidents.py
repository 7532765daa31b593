"""Counts of another incident, of the whole war or of a group, and figures that count
nothing (magnitudes, clock times), are no rival count: sentences we wrote.

Found reading an ECB+ event (a strike on a school, many outlets) as an analyst would: half
of the top competing claims set the toll of the strike against "three people also died
in an air strike on another school", "in a separate attack, two people were killed" or
"more than 600 people have been killed in the 12 days of the offensive". The sentences
here are ours, written to have the same shape. The last cases come from an earthquake
and a shooting read the same way ("7.5 magnitude quakes" against "two quakes"; "6 p.m.").
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from analysis.claim_context import another_incident, cumulative
from analysis.claim_text import content
from analysis.claims import ClaimFinder
from analysis.conflicts import compare, read
from analysis.model import ClaimKind
from analysis.quantities import quantities
from analysis.speakers import SpeakerResolver
from analysis.statements import extract_statements
from analysis.tables import statements_frame
from tests.analysis.test_statements import article

STRIKE = "Doctors said more than 40 people died when shells hit the school in Halvik."


def kinds(first: str, second: str, similarity: float = 0.3) -> list[ClaimKind]:
    a, b = read(first, "A", content(first)), read(second, "B", content(second))
    return [f.kind for f in compare(a, b, similarity)]


@pytest.mark.parametrize(
    "other",
    [
        "Three people also died in an air strike on another school in the north of the city.",
        "In a separate attack, two people were killed near the market.",
        "Two people were killed elsewhere in the city when a shell hit a house.",
        "Another 12 people were injured when a shell hit a clinic near the school.",
        "Separately, five people died in a raid on the port.",
    ],
)
def test_a_count_of_another_incident_does_not_compete(other: str) -> None:
    assert another_incident(other)
    assert ClaimKind.NUMBERS not in kinds(STRIKE, other)
    assert ClaimKind.NUMBERS not in kinds(other, STRIKE)


def test_the_toll_of_the_whole_war_does_not_compete_with_one_strike() -> None:
    war = "More than 600 people have been killed in the 12 days of the offensive."
    assert cumulative(war)
    assert not cumulative(STRIKE)
    assert ClaimKind.NUMBERS not in kinds(STRIKE, war)
    since = "Some 600 people have died since the offensive began on Saturday."
    assert cumulative(since)
    assert ClaimKind.NUMBERS not in kinds(since, STRIKE)


def test_two_tolls_of_the_same_war_still_compete() -> None:
    ours = "More than 600 people have been killed since the offensive began."
    theirs = "The army said about 150 people have been killed since the offensive began."
    assert ClaimKind.NUMBERS in kinds(ours, theirs)


def test_two_counts_of_one_strike_still_compete() -> None:
    assert ClaimKind.NUMBERS in kinds(STRIKE, "The army said only 12 people died at the school in Halvik.")
    # "also" that is not about the dead, and "another" nowhere near: still one incident.
    also_said = "The army also said only 12 people died at the school in Halvik."
    assert not another_incident(also_said)
    assert ClaimKind.NUMBERS in kinds(STRIKE, also_said)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the toll would rise as another day of rescue work began.",
        "He said 40 people died and that the town would need another year to rebuild.",
    ],
)
def test_another_that_is_no_second_incident(text: str) -> None:
    assert not another_incident(text)


@pytest.mark.parametrize(
    ("toll", "group"),
    [
        (
            "Doctors said more than 50 people died when shells hit the school.",
            "The dead included seven children aged from one to 12 years, three women and two men.",
        ),
        (
            "The UN said 40 people were killed in the strike on the school.",
            "Medics said the strike on the school left one militant dead.",
        ),
    ],
)
def test_a_group_among_the_dead_is_no_rival_toll(toll: str, group: str) -> None:
    assert ClaimKind.NUMBERS not in kinds(toll, group)
    assert ClaimKind.NUMBERS not in kinds(group, toll)


def test_a_group_larger_than_the_toll_of_all_competes() -> None:
    assert ClaimKind.NUMBERS in kinds(
        "Officials said 60 children died in the strike on the school.",
        "Doctors said 40 people died in the strike on the school.",
    )


QUAKES = (
    "A United Nations team was dispatched to the province after two quakes, measuring 7.6 and 7.4, "
    "struck west of the town."
)
TREMORS = (
    "The quake was the latest in a series of dozens of tremors to hit the region since 7.6 and 7.5 "
    "magnitude quakes that struck off the coast."
)


def test_a_magnitude_is_no_count_whichever_statement_comes_first() -> None:
    assert ClaimKind.NUMBERS not in kinds(QUAKES, TREMORS)
    assert ClaimKind.NUMBERS not in kinds(TREMORS, QUAKES)


def test_clock_times_are_no_counts() -> None:
    assert quantities("The gunman entered about 4 p.m. and gave up after 6 p.m.") == []
    assert ClaimKind.NUMBERS not in kinds(
        "Police said the gunman entered the party just after 6 p.m. and shot the host.",
        "Police said the gunman entered the party at about 4 p.m. and shot the host.",
    )


def test_ages_and_a_parents_children_count_nobody_the_event_touched() -> None:
    assert quantities("Ivan Petrov, 20, and Lars Moen, 19, were charged with killing a woman.") == []
    assert quantities("A mother of 12 was killed in the crossfire.") == []
    # A count after a date or a place stays a count.
    assert [q.value for q in quantities("On Monday, 20 were killed in the attack.")] == [20.0]
    assert [q.value for q in quantities("In North Halvik, 20 were killed.")] == [20.0]
    assert ClaimKind.NUMBERS not in kinds(
        "Gunman guilty in killing of mother of 12; Ivan Petrov, 20 was convicted of murder.",
        "Prosecutors said the mother and two other people were killed in the crossfire.",
    )


def test_a_toll_at_a_place_the_other_report_never_names_ranks_lower() -> None:
    first = article(
        "Shells hit the UN school in Jabaliya on Tuesday. The strike on the school killed 40 people, "
        "doctors at the Jabaliya clinic said."
    )
    second = article(
        "The UN school in Jabaliya was hit by shells. Doctors said 42 people were killed in the strike on "
        "the school. Two people were killed when a shell hit a school in Khan Younis."
    )
    docs = [first, second]
    found = [s for a in docs for s in extract_statements(a)]
    table = statements_frame(SpeakerResolver().fit(found, docs).statements_, docs)
    claims = ClaimFinder().fit(table, docs).claims_
    text = dict(zip(table["id"], table["text"], strict=True))
    numbers = claims[claims["kind"] == "numbers"]
    scored = {
        " / ".join(sorted((text[a][:12], text[b][:12]))): s
        for a, b, s in numbers[["a", "b", "score"]].itertuples(index=False)
    }
    same = [s for k, s in scored.items() if "Doctors said" in k]
    other = [s for k, s in scored.items() if "Two people w" in k]
    assert same, scored
    assert not other or max(other) < min(same)


def _number_claims(*texts: tuple[str, str]) -> list[tuple[str, str]]:
    """Numbers claims between articles of (text, date), as pairs of statement openings."""
    docs = [replace(article(text), date=date) for text, date in texts]
    found = [s for a in docs for s in extract_statements(a)]
    table = statements_frame(SpeakerResolver().fit(found, docs).statements_, docs)
    claims = ClaimFinder().fit(table, docs).claims_
    text = dict(zip(table["id"], table["text"], strict=True))
    numbers = claims[claims["kind"] == "numbers"]
    return [(text[a][:20], text[b][:20]) for a, b in numbers[["a", "b"]].itertuples(index=False)]


def test_a_toll_dated_to_a_year_before_the_report_counts_a_past_event() -> None:
    now = "Troops killed 40 people at the school in the strip, doctors said."
    past = "Troops raided the strip on 4 November 2008 and killed six people at the school, officials said."
    assert _number_claims((now, "2009-01-07"), (past, "2009-01-07")) == []
    # Reported in the year it names, it is this event's toll and competes.
    assert _number_claims((now, "2008-11-05"), (past, "2008-11-05"))
