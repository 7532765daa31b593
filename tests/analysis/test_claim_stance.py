"""Graded judgement of one statement (analysis.claim_stance) on sentences we wrote."""

from __future__ import annotations

import pytest

from analysis.claim_stance import NEUTRAL, Judgement, judge, may_judge, opposed
from analysis.claim_words import content_lemmas, words_of


def cue(text: str) -> str:
    start, end = judge(text).cue
    return text[start:end]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The new toll road is harmful to the valley.", -1),
        ("The new toll road is beneficial to the valley.", 1),
        ("The new toll road is not effective.", -1),  # a negated praise is a criticism
        ("The curfew reduces crime in the old town.", 1),  # less of a bad thing
        ("The curfew increases crime in the old town.", -1),
        ("The factory closure will cost jobs.", 0),  # "cost" moves nothing we listed: no judgement
        ("The factory closure will lose jobs.", -1),  # fewer of a good thing
        ("Fireworks should be banned in the park.", -1),
        ("Fireworks should be allowed in the park.", 1),
        ("Fireworks should not be banned in the park.", 1),
        ("The park reopened on Monday after the storm.", 0),
        ("Cheaper bus fares lead to less pollution downtown.", 1),  # the nearer "less" moves it
    ],
)
def test_judgement_sign(text: str, sign: int) -> None:
    assert judge(text).sign == sign


def test_more_and_stronger_judging_words_weigh_more() -> None:
    mild = judge("The plan is costly.").score
    strong = judge("The plan is harmful.").score
    both = judge("The plan is harmful and dangerous.").score
    assert 0 > mild > strong > both >= -1.0


def test_what_follows_a_contrast_is_what_the_speaker_stands_by() -> None:
    assert judge("The tunnel is costly, but it saves lives.").sign == 1
    assert judge("The tunnel saves lives, but it is harmful to the river.").sign == -1


def test_the_cue_is_the_judging_phrase_as_written() -> None:
    assert cue("Officials said the curfew Reduces Crime in the old town.") == "Reduces Crime"
    assert cue("Fireworks should be banned in the park.") == "should be banned"
    assert judge("The park reopened on Monday.") == NEUTRAL


def test_opposition_needs_opposite_signs_and_is_graded() -> None:
    good, bad, worse = Judgement(0.5), Judgement(-0.25), Judgement(-1.0)
    assert opposed(good, bad) == 0.25
    assert opposed(good, worse) == 0.5
    assert opposed(good, Judgement(0.75)) == 0.0
    assert opposed(good, NEUTRAL) == 0.0


def test_the_screen_passes_every_statement_that_judges() -> None:
    for text in [
        "The new toll road is harmful to the valley.",
        "The curfew reduces crime in the old town.",
        "Fireworks should be banned in the park.",
    ]:
        assert may_judge(frozenset(content_lemmas(text)), words_of(text))
    plain = "The park reopened on Monday after the storm."
    assert not may_judge(frozenset(content_lemmas(plain)), words_of(plain))
