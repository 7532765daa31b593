"""Speakers on shapes found reading BASIL cases as an analyst would: sentences we wrote."""

from __future__ import annotations

import pytest

from analysis import names
from analysis.model import Kind, SpeakerType
from tests.analysis.test_attribution import statements_of, the


def test_an_honorific_makes_a_news_agency_name_a_person() -> None:
    assert names.parse("Mr. Bloomberg").type == SpeakerType.PERSON
    assert names.parse("Ms. Reuters").type == SpeakerType.PERSON
    assert names.parse("Bloomberg News").type == SpeakerType.MEDIA


def test_a_pronoun_after_and_when_clause_stands_for_that_clause_subject() -> None:
    text = (
        "Mr. Halvorsen said the mayor had misled voters.\n\n"
        "Mr. Bloomberg began his own bid in the spring. And when Mr. Bloomberg ruled out running, "
        "he did so because he said he did not want to split the vote."
    )
    assert the(text, "ruled out running").speaker == "Mr. Bloomberg"


@pytest.mark.parametrize(
    "text",
    [
        "The statements are the latest threats to emerge over claims that the port is unsafe.",
        "He spoke amid reports that the army had withdrawn from the ridge.",
        "The ferry sailed despite warnings that the storm would worsen.",
    ],
)
def test_a_cue_word_after_a_preposition_is_a_noun(text: str) -> None:
    (found,) = statements_of(text)
    assert found.speaker == ""
    assert found.kind == Kind.NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "The friendship cooled not long after Mr. Halvorsen declared his candidacy.",
        "The governor declared a state of emergency on Sunday.",
        "Dana Krall announced her resignation on Friday.",
    ],
)
def test_declaring_an_act_reports_no_words(text: str) -> None:
    (found,) = statements_of(text)
    assert found.speaker == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The army declared that the siege was over.", "The army"),
        ("The ministry announced new sanctions against the bank.", "The ministry"),
    ],
)
def test_declaring_a_content_still_reports(text: str, speaker: str) -> None:
    (found,) = statements_of(text)
    assert found.speaker == speaker


def test_a_role_someone_holds_for_another_is_not_the_director_named_before() -> None:
    text = (
        "Harbour Trust policy director Dana Krall said the fund was safe.\n\n"
        "But the mayor's budget director told the radio that the fund would run out by spring."
    )
    assert the(text, "run out by spring").speaker == "the mayor's budget director"


def test_a_title_with_no_holder_is_not_a_speaker_introduced_by_another_role() -> None:
    text = (
        "Harbour Trust policy director Dana Krall said the fund was safe.\n\n"
        "The Lisk governor said the plan was fine."
    )
    assert the(text, "plan was fine").speaker == "The Lisk governor"
    varied = "Oleg Duman said the fund was safe.\n\nThe Lisk governor said the plan was fine."
    assert the(varied, "plan was fine").speaker == "Oleg Duman"


def test_an_inverted_role_speaker_may_carry_a_participle() -> None:
    found = the("“We will win this,” said the conservative senator vying for the party’s nomination.", "win")
    assert found.speaker == "the conservative senator"
    assert the("“The road is open,” said the minister speaking in Lisk.", "road").speaker == "the minister"


def test_a_name_before_a_participle_after_an_inverted_cue_is_its_object() -> None:
    text = "Dana Krall, one of the mayor's aides, recalled Mr. Duman talking about the harbour."
    assert the(text, "harbour").speaker == "Dana Krall"


def test_a_pronoun_with_no_one_else_named_stands_for_an_owner() -> None:
    text = (
        "Then there was Lisk Sen. Oleg Duman's response. He bluntly accused the mayor of a pointless delay."
    )
    assert the(text, "bluntly").speaker == "Lisk Sen. Oleg Duman"


def test_a_pronoun_still_prefers_a_subject_to_an_owner() -> None:
    text = "Oleg Duman's campaign hired Boris Krall on Monday.\n\n“It was a good hire,” he said."
    assert the(text, "good hire").speaker == "Boris Krall"


def test_pledging_allegiance_is_an_act_and_the_officials_speak() -> None:
    (found,) = statements_of(
        "The gunman had reportedly pledged allegiance to the militia, though officials say there is no "
        "evidence he had direct ties to it."
    )
    assert found.speaker == "officials"
    assert the("The minister pledged that the port would reopen.", "port").speaker == "The minister"


def test_the_police_is_no_headline_run_into_its_dateline() -> None:
    # Markdown joins soft line breaks: the heading runs into its "Published:" line.
    text = (
        "Anger Persists Over Killing by the Police Published: March 13 First came the shooting. "
        "A vigil was marred by a mob, after which, the police said, someone hit an officer."
    )
    assert the(text, "vigil").speaker == "the police"
    institution = "The Lisk Police Department arrested six men.\n\nThe police said the men were armed."
    assert the(institution, "armed").speaker == "Lisk Police Department"


@pytest.mark.parametrize(
    "line",
    [
        "Published: March 13, 2013",
        "Posted: 12:03 PM",
        "Last Modified: Monday",
        # A column's heading (BASIL's "Report Card:" made a speaker "Card").
        "Report Card: The governor earns a B for the storm.",
        "Bottom Line: The pier stays shut.",
    ],
)
def test_a_dateline_label_is_no_speaker(line: str) -> None:
    (found,) = statements_of(line)
    assert found.speaker == ""
    assert the("Marek: We will not leave the port.", "leave").speaker == "Marek"


def test_she_stands_for_an_unnamed_official_and_never_for_an_unresolved_she() -> None:
    text = (
        "The Harbour Authority official who first disclosed the leak refused to testify on Wednesday.\n\n"
        "She then invoked her right to silence and declined to answer questions.\n\n"
        "As the official, Ines Marek, left the hearing, she told reporters that the accusations were false."
    )
    assert the(text, "invoked her right").speaker == "The Harbour Authority official"
    assert the(text, "accusations were false").speaker == "Ines Marek"


def test_a_role_said_of_someone_is_no_antecedent() -> None:
    text = (
        "Oleg Duman, 64, is known as a brilliant lawyer who argues cases in court.\n\n"
        "“I served in the reserve,” he said."
    )
    assert the(text, "reserve").speaker == "Oleg Duman"


def test_an_honorific_makes_a_country_name_a_person() -> None:
    assert names.parse("Mr. Jordan").type == SpeakerType.PERSON
    assert names.parse("Jordan").type == SpeakerType.GOVERNMENT


@pytest.mark.parametrize("text", ["d.said", "See news.said.com for more.", "X.told him."])
def test_a_cue_inside_a_longer_token_is_no_cue_and_no_crash(text: str) -> None:
    # Found by fuzzing: "d.said" is one token, and the cue inside it indexed past the tokens.
    assert all(s.speaker == "" for s in statements_of(text))
