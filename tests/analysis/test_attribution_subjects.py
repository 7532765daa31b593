"""Subjects with something between them and the cue: quantifiers, asides, name suffixes.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from analysis.ingest import load_text
from analysis.statements import extract_statements
from tests.analysis.test_attribution import statements_of


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A floating quantifier after the subject belongs to it, not to the speaker's name.
        ("The three senators all suggested that the fee was illegal.", "The three senators", "suggested"),
        ("They both said the vote was fair.", "They", "said"),
        # An aside between commas: the phrase before it speaks.
        ("Some harbour pilots, however, question the channel's depth.", "Some harbour pilots", "question"),
        ("The mayor, like the governor, has said she will stay in office.", "The mayor", "said"),
        # A name suffix with its period is part of the name, not a sentence end.
        ("Tomas Velder Jr. said the mill would reopen.", "Tomas Velder Jr", "said"),
        ("Deputy Mayor Ana B. Lind Sr. denied the report.", "Deputy Mayor Ana B. Lind Sr", "denied"),
        # A transcript-style label opened by its cue: the name after the cue speaks.
        ("Said Marek: “The pier will hold.”", "Marek", ":"),
        # A bare plural opening its clause after a conjunction, and adverbs before the cue.
        ("But conservationists worry that the cost will fall to taxpayers.", "conservationists", "worry"),
        ("Harbour pilots almost unanimously rejected the plan.", "Harbour pilots", "rejected"),
        # A plural cue word right before a finding verb is the noun the verb's subject holds.
        ("A survey of newly filed reports shows that the harbour lost trade.",
         "A survey of newly filed reports", "shows"),
        # People who serve someone "to" speak themselves; another "to" ends the phrase.
        ("Aides to Mayor Lind declined to say whether she would run.", "Aides to Mayor Lind", "declined"),
        ("In a letter to the council, Marek said the pier would hold.", "Marek", "said"),
        # Traps: what must keep its old reading.
        # "all" after an auxiliary is the verb's, and the real speaker comes at the end.
        ("It was all said in jest, the mayor insisted.", "the mayor", "insisted"),
        # A finding verb after the cue does not turn the speaker's own verb into a noun.
        ("The mayor says reports are false.", "The mayor", "says"),
        ("The mayor claims reports show a drop in trade.", "The mayor", "claims"),
        # A bare singular after a conjunction names no source.
        ("Still, progress shows the plan works.", "", ""),
        # A label without a cue word keeps its whole name.
        ("Mary Velder: I was at home.", "Mary Velder", ":"),
    ],
)  # fmt: skip
def test_the_subject_across_what_stands_before_the_cue(text: str, speaker: str, cue: str) -> None:
    first = statements_of(text)[0]
    assert (first.speaker, first.cue) == (speaker, cue)


def test_an_adjunct_clause_never_speaks_for_a_second_verb() -> None:
    # "with lawmakers nearing a vote" is no subject of "warned".
    found = statements_of(
        "It was on Saturday, with lawmakers nearing a vote, that the young Marek wrote to his father "
        "and warned that the bill could hurt the port."
    )
    assert all(s.speaker != "with lawmakers" and not s.speaker.startswith("with") for s in found)


def test_refusing_to_speak_denies_no_claim_and_refusing_to_act_reports_nothing() -> None:
    first = statements_of("The minister refused to comment.")[0]
    assert (first.cue, first.commitment.value) == ("refused", "neutral")
    acted = statements_of("Marek refused to step down.")[0]
    assert (acted.cue, acted.speaker) == ("", "")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A relative clause after the subject: its antecedent speaks the participle.
        ("Velder, who was raised in the port, also defended his plan, saying the pier would hold.",
         "Velder", "saying"),
        # A cue word after a possessive or after "no" is a noun: no report at all.
        ("Velder's proposed levy would pay for the pier.", "", ""),
        ("Harbour leaders had no immediate comments on the levy.", "", ""),
        ("No one said the pier would hold.", "No one", "said"),
        ("The deal gives only a fraction of Velder's originally proposed levy.", "", ""),
        # The owner of what acts speaks the participle.
        ("Lind’s scathing speech seemed designed to anger Krall, mocking his record.", "Lind", "mocking"),
        # Phrases that are a verb's or a time's never speak.
        ("The mayor, at times, said the pier would hold.", "The mayor", "said"),
        # A participle opening the sentence is an adjunct, a surname ending in -ing is not.
        ("Looking for a way out, Harbour Master Ines Lind said the pier would hold.",
         "Harbour Master Ines Lind", "said"),
        ("Manning said the pier would hold.", "Manning", "said"),
        # A document and the participle with its time: the document speaks.
        ("The report released Monday said the pier would hold.", "The report", "said"),
        # A knowing verb before a bare noun phrase acts on a thing; before a clause it reports.
        ("Couples whose home states do not recognize gay marriage asked for help.", "", ""),
        ("The governor recognized that the law had failed.", "The governor", "recognized"),
    ],
)  # fmt: skip
def test_phrases_that_cannot_speak(text: str, speaker: str, cue: str) -> None:
    first = statements_of(text)[0]
    assert (first.speaker, first.cue) == (speaker, cue)


def test_a_long_apposition_never_cuts_the_speaker_inside_a_word() -> None:
    # The words before a cue are read in a window of fixed width; here it starts inside "Valdoria's".
    article = load_text(
        "Harbour\n\nThe self-styled Valdoria's Toughest Sheriff, who notably re-introduced night patrols "
        "in 1996 and has also been a loud backer of his state's controversial HB1070 immigration law, "
        "said that Krall did more."
    )
    found = [s for s in extract_statements(article) if s.cue == "said"]
    assert len(found) == 1
    assert found[0].speaker_span is not None
    assert found[0].speaker.endswith("Valdoria's Toughest Sheriff")
    assert not article.text[found[0].speaker_span[0] - 1].isalpha()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("People familiar with the matter said the talks had stalled.", "People familiar with the matter"),
        ("Sources close to the ministry said the talks had stalled.", "Sources close to the ministry"),
        ("Officials involved in the talks said they had stalled.", "Officials involved in the talks"),
        ("Diplomats present said the talks had stalled.", "Diplomats present"),
        ("The talks were close, Krall said.", "Krall"),
    ],
)
def test_anonymous_sources_described_after_the_noun(text: str, speaker: str) -> None:
    assert statements_of(text)[0].speaker == speaker
