"""Quantities: parsing figures with the thing counted, and how far apart two figures are."""

from __future__ import annotations

import math

import pytest

from analysis.quantities import Quantity, may_count, quantities
from analysis.quantity_compare import comparable, disagreement
from analysis.quantity_tokens import tokens


def only(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "thing", "key"),
    [
        ("Officials said six civilians were killed in the raid.", 6, "civilian", "deaths"),
        ("At least 34 civilians were killed in the town.", 34, "civilian", "deaths"),
        ("About a million refugees are moving north.", 1_000_000, "refugee", "displaced"),
        ("Some 900,000 people had fled their homes.", 900_000, "people", "displaced"),
        ("One tank was destroyed near the bridge.", 1, "tank", "tank"),
        ("We counted twenty bodies by the evening.", 20, "body", "deaths"),
        ("Thirty-four patients died overnight.", 34, "patient", "deaths"),
        ("Two hundred and fifty thousand residents were evacuated.", 250_000, "resident", "displaced"),
        ("The death toll rose to 17 on Sunday.", 17, "", "deaths"),
        ("Police said 1.5 million people were displaced.", 1_500_000, "people", "displaced"),
    ],
)
def test_figures_are_parsed_with_the_thing_counted(text: str, value: float, thing: str, key: str) -> None:
    q = only(text)
    assert q.value == pytest.approx(value)
    assert q.thing == thing
    assert q.key == key
    assert text[q.start : q.end] == q.text


def test_qualifiers_make_ranges() -> None:
    at_least = only("At least 20 civilians were killed.")
    assert (at_least.low, at_least.high) == (20, math.inf)
    up_to = only("Up to 300 soldiers were wounded.")
    assert (up_to.low, up_to.high) == (0, 300)
    about = only("About 900,000 people were displaced.")
    assert about.low < 900_000 < about.high
    exact = only("Six civilians were killed.")
    assert exact.low == exact.high == 6


def test_vague_plurals_are_wide_ranges() -> None:
    q = only("Hundreds of thousands of people fled the fighting.")
    assert q.low >= 100_000
    assert q.high < 1_000_000
    assert q.thing == "people"
    assert q.key == "displaced"
    dozens = only("Dozens of protesters were arrested.")
    assert 12 < dozens.low < dozens.high < 100
    assert dozens.key == "detained"


@pytest.mark.parametrize(
    "text",
    [
        "The talks will take place in Geneva on March 16.",
        "He was elected in 2024 and took office on 12 March 2026.",
        "The meeting started at 9:30 in the morning.",
        "She finished 1st in the 5km race.",
        "One of them said nothing.",
        "The talks were held on Sept. 16 in Geneva.",
    ],
)
def test_dates_times_years_ordinals_and_pronouns_are_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_date_after_a_count_leaves_the_count_alone() -> None:
    # "the 19 Sept. 11 hijackers": 11 is the day, 19 the count; not "11 hijackers", no "19 Sept."
    found = [(q.text, q.value) for q in quantities("Nine of the 14 Oct. 3 defendants were acquitted.")]
    assert found == [("Nine", 9), ("14", 14)]
    assert [q.text for q in quantities("On 5 June 2019, two soldiers died.")] == ["two soldiers"]
    # A superscript after a month is a digit to str.isdigit but no day: no crash, no count.
    assert quantities("The 19 Sept. ² hijackers and the 5 May ³ cases.") == []


def test_percentages_and_money_keep_their_unit() -> None:
    percent = only("Officials said 80 per cent of them were women.")
    assert percent.unit == "%"
    assert percent.value == 80
    money = only("The donors pledged $5 million in aid.")
    assert money.unit == "$"
    assert money.value == 5_000_000


def test_incompatible_figures_disagree_more_than_different_estimates() -> None:
    six = only("Six civilians were killed.")
    twenty = only("At least 20 civilians were killed.")
    thirty_four = only("At least 34 civilians were killed.")
    about_900k = only("About 900,000 people were displaced.")
    about_million = only("About a million refugees are on the move.")
    assert disagreement(six, twenty) >= 1  # cannot both be true
    assert disagreement(six, thirty_four) > disagreement(six, twenty)
    assert 0 < disagreement(about_900k, about_million) < 1  # an estimate apart, not a contradiction
    assert disagreement(twenty, thirty_four) < 1  # "at least 20" allows 34
    assert disagreement(about_900k, only("About 900,000 people had fled.")) == 0


def test_comparable_needs_the_same_thing_counted() -> None:
    killed = only("Six civilians were killed.")
    bodies = only("We counted twenty bodies.")
    injured = only("Twelve civilians were injured.")
    tanks = only("Two tanks were destroyed.")
    trucks = only("Two trucks were destroyed.")
    assert comparable(killed, bodies)
    assert not comparable(killed, injured)
    assert not comparable(tanks, trucks)
    assert comparable(tanks, only("One tank was hit."))


@pytest.mark.parametrize(
    "text",
    [
        "Officials SAID 1,200 people fled, 35% of them.",
        "İzmir: ΟΔΟΣ'Α had twenty-one dead, “officials” said.",
    ],
)
def test_tokens_keep_offsets_and_lower_case_on_both_paths(text: str) -> None:
    toks = tokens(text)
    assert [t.text for t in toks] == [text[t.start : t.end] for t in toks]
    assert [t.low for t in toks] == [t.text.lower() for t in toks]
    assert toks


def test_hyphenated_number_words_pass_the_screen_only_with_their_hyphen() -> None:
    assert may_count("The twenty-one villages were shelled")
    assert not may_count("The villages were shelled again")


def test_a_model_name_is_no_count_and_no_thing_counted() -> None:
    # "AK-47", "F-16", "MH17": the number names a model; the count is of what follows.
    assert [(q.value, q.thing) for q in quantities("Commandos recovered seven AK-47 rifles.")] == [
        (7.0, "rifle")
    ]
    assert [(q.value, q.thing) for q in quantities("Two F-16 jets were shot down.")] == [(2.0, "jet")]
    assert [q.value for q in quantities("Flight MH17 crashed, killing 298 people.")] == [298.0]
    assert [(q.value, q.thing) for q in quantities("They seized 12 AK 47 guns.")] == [(12.0, "gun")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The three jurors who voted against the death penalty would not comment.", "juror"),
        ("Nine jurors favoured the death sentence.", "juror"),  # not "favoured"
        ("Two men were sentenced to death on Monday.", ""),
        ("Three men on death row were freed.", ""),
        ("Four people were beaten to death.", "deaths"),
        ("The death toll rose to 34.", "deaths"),
    ],
)
def test_a_death_sentence_counts_no_dead(text: str, key: str) -> None:
    # ECB+'s retrial event: "nine in favour and three against the death sentence" was a
    # toll of three dead against another outlet's nine.
    assert [q.key for q in quantities(text)] == [key]
