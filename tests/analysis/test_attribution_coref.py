"""Pronouns resolved within an article: the subject of the same sentence, women named further back.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from tests.analysis.test_attribution import statements_of, the


def test_a_pronoun_may_stand_for_the_subject_of_its_own_sentence() -> None:
    text = (
        "Dana Krall and Oleg Duman met on Monday. Duman left early.\n\n"
        "In his speech, Krall also hammered Duman for what he called a reckless budget."
    )
    assert the(text, "reckless budget").speaker == "Krall"


def test_a_name_in_a_fronted_phrase_is_not_the_pronoun_it_precedes() -> None:
    text = "Boris Krall spoke after the vote.\n\nOf Duman, he said: “He will learn.”"
    assert the(text, "He will learn").speaker == "Boris Krall"


def test_she_prefers_a_woman_named_a_little_further_back() -> None:
    text = (
        "Justice Ruth Marek criticised the ruling on Monday.\n\n"
        "Krall responded on the radio, saying:\n\n"
        "The justice has embarrassed the court. She should resign.\n\n"
        "The row began with an interview on Saturday.\n\n"
        "“I cannot imagine the court with him,” she said."
    )
    assert the(text, "I cannot imagine").speaker == "Justice Ruth Marek"


def test_the_full_name_tells_the_gender_of_the_surname() -> None:
    text = (
        "Ines Marek met Donald Krall in Lisk.\n\n"
        "Krall arrived late. Marek spoke first.\n\n"
        "“We agreed on nothing,” he said."
    )
    assert the(text, "agreed on nothing").speaker == "Krall"


def test_a_relative_clause_object_never_speaks() -> None:
    statement = statements_of("Even writers who might agree with the critics swiftly said they were wrong.")[
        0
    ]
    assert statement.speaker != "the critics"


def test_continuing_a_theme_reports_nothing() -> None:
    assert statements_of("He continued the theme at his news conference.")[0].speaker == ""
    assert statements_of("“It is over,” he continued.")[0].cue == "continued"


def test_he_never_stands_for_two_parties() -> None:
    text = (
        "Peter Varga worked at a diner. His views changed as he moved through other jobs, "
        "including stints at Halden Foods and Sorrel Motors.\n\n"
        "“It just showed me that something was wrong,” he said."
    )
    assert the(text, "something was wrong").speaker == "Peter Varga"


def test_a_role_noun_prefers_the_holder_who_has_spoken() -> None:
    text = (
        "Gov. Anna Lind said on Wednesday she would not sign the bill.\n\n"
        "Her son campaigned for the union under another governor, Gov. Mark Osten.\n\n"
        "On Thursday, the governor said she would ask lawmakers to rewrite the bill."
    )
    assert the(text, "rewrite the bill").speaker == "Gov. Anna Lind"


def test_the_subject_of_an_opening_when_clause_is_the_pronoun_after_it() -> None:
    text = (
        "When Gov. Anna Lind spoke about the bill on Wednesday, she disclosed that her son signed a petition."
    )
    assert the(text, "signed a petition").speaker == "Gov. Anna Lind"


def test_a_possessive_antecedent_stands_for_its_owner() -> None:
    text = "President Anna Lind’s speech drew cheers.\n\nLater, the president clarified that the pier held."
    assert the(text, "pier held").speaker == "President Anna Lind"


def test_a_participle_or_reporting_gerund_opens_no_name() -> None:
    text = "Peter Lind met Mitt Krall at the port.\n\nSaying President Krall, he said, was “too simple.”"
    assert the(text, "too simple").speaker == "Peter Lind"
    text = (
        "Peter Lind met Mitt Krall at the port.\n\nAmplifying the Krall campaign message, he said trade fell."
    )
    assert the(text, "trade fell").speaker == "Peter Lind"
