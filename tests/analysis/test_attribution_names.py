"""Names that look like other words, descriptions before an inverted speaker, contractions.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from tests.analysis.test_attribution import statements_of


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A capitalised modal inside a name is part of the name, not an auxiliary.
        ("Valdorian Prime Minister Theresa May said this week that the port would close.",
         "Valdorian Prime Minister Theresa May", "said"),
        ("“The port will close,” said Theresa May.", "Theresa May", "said"),
        ("Will Hurd said the levy would pass.", "Will Hurd", "said"),
        ("Krall said Will would come to the hearing.", "Krall", "said"),
        # Descriptive words no list holds between an inverted cue and the name.
        ("“The rationales don’t hold,” said 9/11 widow Terry Strada.", "Terry Strada", "said"),
        ("“The rationales don’t hold,” said widow Terry Strada, who lost her husband.",
         "Terry Strada", "said"),
        ("“We will win,” said longtime campaign volunteer Dr. Ann Lee.", "Dr. Ann Lee", "said"),
        # A contracted progressive keeps its pronoun subject.
        ("He’s claiming that the count was rigged.", "He", "claiming"),
        ("They're saying the bridge is unsafe.", "They", "saying"),
        # A document's finding may be a bare figure.
        ("A study found 31 cases of fraud in the county.", "A study", "found"),
    ],
)  # fmt: skip
def test_speakers_that_look_like_other_words(text: str, speaker: str, cue: str) -> None:
    statement = statements_of(text)[0]
    assert (statement.speaker, statement.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "“We will win,” said nothing about the harbour.",  # no name closes the clause
        "“We will win,” said the team won the match in Lisk.",  # a verb follows: no inversion
        "The police found 3 bodies in the house.",  # a finding, not a report
        "The council may say no to the levy.",  # a modal: nothing was said
        "Health worries have dogged the senator.",
    ],
)
def test_no_speaker_from_look_alikes(text: str) -> None:
    assert statements_of(text)[0].speaker == ""
