"""Speakers and kinds on shapes found in PolNeAR misses and an ECB+ event: sentences we wrote."""

from __future__ import annotations

import pytest

from analysis.model import Commitment, Kind, Statement
from analysis.statements import extract_statements
from tests.analysis.test_statements import article


def one(text: str) -> Statement:
    found = extract_statements(article(text))
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The army however said the convoy had been fired on first.", "The army"),
        ("The port authority meanwhile said the ferries would sail on Monday.", "The port authority"),
        ("The ministry though insisted the strike on the depot was lawful.", "The ministry"),
    ],
)
def test_a_sentence_adverb_between_subject_and_cue_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


def test_a_quantified_relative_speaks_for_the_phrase_before_it() -> None:
    found = one(
        "The ruling has not gone over well with relatives of the crash victims, many of whom say the "
        "airline ignored the warnings."
    )
    assert found.speaker == "relatives of the crash victims"
    assert found.cue == "say"
    assert one("The reports, some of which say the dam was weak, were published.").speaker == "The reports"


def test_a_date_written_with_a_slash_stays_inside_the_speaker() -> None:
    assert (
        one("Families of 9/11 victims said the bill must pass this year.").speaker
        == "Families of 9/11 victims"
    )


def test_a_name_before_a_dashed_apposition_of_its_role_speaks() -> None:
    found = one(
        "Ana Ruiz, the director of Kelso Films -- the studio that made the series -- told reporters, "
        "“We are done with the network.”"
    )
    assert found.speaker == "Ana Ruiz"
    # Before the quote stand only the speaker, its appositions and the cue: a direct quote.
    assert found.kind is Kind.DIRECT
    # A role alone between dashes still speaks as before.
    assert one("Ruiz -- director of a small studio -- said the series was over.").speaker == "Ruiz"


def test_a_long_description_of_the_speaker_keeps_a_quote_direct() -> None:
    found = one(
        "The mayor, who has led the city for a decade and who faces a tough race in the autumn, "
        "told reporters on Monday: “We will rebuild the bridge.”"
    )
    assert found.kind is Kind.DIRECT
    # Words after the cue are still content: a paraphrase around a quoted phrase is mixed.
    assert one("Smith said the plan was “dead on arrival” and would fail by spring.").kind is Kind.MIXED


def test_the_subject_before_an_apposition_speaks_for_a_second_verb() -> None:
    found = one(
        "Dean Moss, a retired surgeon, appeared on Channel 4 on Tuesday and said he would never "
        "diagnose anyone from a television studio."
    )
    assert found.speaker == "Dean Moss"
    assert found.commitment is Commitment.NEUTRAL
    # Without an apposition the first verb's subject already spoke.
    assert one("Cruz urged delegates to vote and said the party was united.").speaker == "Cruz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Published 2 August 2013 @ 8:13am PDT Ada Voss just tweeted she will host the gala.", "Ada Voss"),
        ("Last updated at 13:42 GMT Police said the fire at the depot was arson.", "Police"),
    ],
)
def test_a_datelines_clock_time_is_no_part_of_the_speaker(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In 2007, she put the Academy Awards back on an even keel after poor reviews for the last host.",
        "She is a safe bet, following an outraged reaction to the crude jokes that peppered his script.",
        "But when the time came, under pressure from the unions, Halvik backed out.",
    ],
)
def test_a_particle_or_a_plural_noun_is_no_cue(text: str) -> None:
    assert one(text).speaker == ""


def test_a_cue_after_its_subject_still_reports() -> None:
    assert one("He claims that increased spending would help the port.").speaker == "He"
    assert one("As Ms. Lind put it in a statement, the plan is dead.").speaker == "Ms. Lind"


def test_he_skips_a_woman_known_by_her_first_name() -> None:
    found = extract_statements(
        article(
            "Seth Marr hosted the gala this year. Ellen Voss will host it next year, the academy said. "
            "He said he would not return because of the reviews."
        )
    )
    assert found[-1].speaker == "Seth Marr"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("INS Varuna deployed in the Gulf of Aden attacked two pirate boats at dawn.", "INS Varuna"),
        ("The frigate stationed off the coast of Halvik said it had sunk a pirate skiff.", "The frigate"),
        ("Residents who lived in the camp said they fled at night.", "Residents"),
    ],
)
def test_a_participle_and_its_place_are_no_speaker(text: str, speaker: str) -> None:
    assert one(text).speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The warship was 13 miles from the freighter when it picked up the SOS call.",
        "After the vote and the threats, the bloc aims to rely less on U.S. support.",
    ],
)
def test_a_stance_verb_needs_an_object(text: str) -> None:
    assert one(text).speaker == ""


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    found = extract_statements(
        article(
            "The Interior Ministry said in a written statement on Monday that the dam was safe. "
            "“No repairs were missed,” the statement said."
        )
    )
    assert [s.speaker for s in found] == ["The Interior Ministry", "The Interior Ministry"]
    # A statement only criticised earlier was issued by someone else: it stays a statement.
    other = extract_statements(
        article(
            "Mayor Ilse Brandt criticised the statement on Monday. “We acted lawfully,” the statement said."
        )
    )
    assert other[-1].speaker == "the statement"


def test_a_title_varies_the_name_of_the_speaker_just_before() -> None:
    found = extract_statements(
        article(
            "Republican candidate Hal Moreno pledged on Monday to cut the fuel tax, Moreno said. "
            "“Faith made this state strong,” the Texas governor said."
        )
    )
    assert found[-1].speaker == "Moreno"
    # A spokesman is someone else: with no spokesman named, the mention stays as written.
    other = extract_statements(
        article("Minister Ivo Lind said the dam was safe. “No repairs were missed,” the spokesman said.")
    )
    assert other[-1].speaker == "the spokesman"
    # A name in apposition right before the title is the one it describes.
    named = extract_statements(
        article(
            "UN official Chris Hale said the school was full. "
            "Tova Lind, the foreign minister said there was no crisis in the camps."
        )
    )
    assert named[-1].speaker == "Tova Lind"


def test_a_role_phrase_with_a_modifier_after_it_still_names_its_holder() -> None:
    found = extract_statements(
        article(
            "Senator Ana Ruiz spoke in Halvik on Monday about the harbour. The conservative senator vying "
            "for the party's nomination said the plan was reckless."
        )
    )
    assert found[-1].speaker == "Senator Ana Ruiz"
