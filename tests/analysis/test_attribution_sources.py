"""Sources the lexicon alone does not know, beliefs and stances, passives, coordinated verbs.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from analysis.model import Commitment, Kind
from tests.analysis.test_attribution import statements_of


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # Quantities speak for the people they count.
        ("Another 19 percent said they would stay home.", "Another 19 percent", "said"),
        ("Sixty percent of farmers said the harvest was poor.", "Sixty percent of farmers", "said"),
        ("Twelve percent indicated that they were undecided.", "Twelve percent", "indicated"),
        ("Many of her neighbours believe the dam is unsafe.", "Many of her neighbours", "believe"),
        # Phrases of words no list holds, framed by a determiner or the clause start.
        ("Experts on Valdoria and arms control said the test changed little.",
         "Experts on Valdoria and arms control", "said"),
        ("Regional election monitors said the count was clean.", "Regional election monitors", "said"),
        ("According to exit polls, the mayor led by ten points.", "exit polls", "According to"),
        ("Turnout fell, according to the nonpartisan Valmara Election Board, and then rose.",
         "the nonpartisan Valmara Election Board", "according to"),
        ("According to veteran harbour pilot Ines Marek, the channel is too shallow.",
         "veteran harbour pilot Ines Marek", "According to"),
        # The antecedent of a relative clause speaks, not the relative clause's object.
        ("Insurers that had covered the mine agreed to release the bonds.", "Insurers", "agreed"),
        # A second verb shares the subject of the first.
        ("Krall smiled at the crowd and said the bridge would reopen.", "Krall", "said"),
        # Phrases framed by a determiner, a partitive or a preposition's object.
        ("“It will hold,” the bridge’s engineer says, “for a century.”", "the bridge’s engineer", "says"),
        ("The harbour stayed calm, though an inquiry panel in 2019 found the pier unsafe.",
         "an inquiry panel", "found"),
        ("Those close to him say that he will run again.", "Those close to him", "say"),
        ("Volunteers who came to help said the water was rising.", "Volunteers", "said"),
        ("A lawyer for the two newspapers, Ines Marek, said no appeal had been filed.", "Ines Marek", "said"),
        # A leading adjunct, a time or a dashed apposition between the speaker and the cue.
        ("With ten days to go, Ines Marek, a senior adviser, called the vote “a turning point.”",
         "Ines Marek", "called"),
        ("After the vote, Krall, who leads the party, said the count was clean.", "Krall", "said"),
        ("Dana Krall on Wednesday called on the council to resign.", "Dana Krall", "called on"),
        ("The ministry on Tuesday night denied the report.", "The ministry", "denied"),
        ("Moravec -- a surgeon at the clinic -- said the ward was full.", "Moravec", "said"),
        ("The authors of the study combed through the files and found that most were lost.",
         "The authors of the study", "found"),
        ("The bank just this month announced it would drop the fees.", "The bank", "announced"),
        ("Marek in a radio interview appeared to blame the clerks.", "Marek", "blame"),
        ("Officials in the capital said the dam was safe.", "Officials in the capital", "said"),
        ("Krall tried to argue that the dam was safe.", "Krall", "argue"),
        ("The mayor’s campaign is defending his tweets.", "The mayor’s campaign", "defending"),
        ("Video of the landing shows him with his hands raised.", "Video of the landing", "shows"),
        ("A federal appeals court ruled that the levy was void.", "A federal appeals court", "ruled"),
        # Passives with their agent.
        ("The plan has been endorsed by dozens of mayors.", "dozens of mayors", "endorsed"),
        ("The offer was rejected by the Valdorian cabinet.", "the Valdorian cabinet", "rejected"),
    ],
)  # fmt: skip
def test_sources_beyond_the_word_lists(text: str, speaker: str, cue: str) -> None:
    statement = statements_of(text)[0]
    assert (statement.speaker, statement.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Most residents believe the river is safe again.", "Most residents", "believe"),
        ("She doesn't think so.", "She", "think"),
        ("Krall didn’t say whether the bridge would reopen.", "Krall", "say"),
        ("The farmers fear the water will not come back.", "The farmers", "fear"),
        ("A majority of voters expect the mayor to win.", "A majority of voters", "expect"),
        ("The union wants the council to reopen the talks.", "The union", "wants"),
        ("Krall boasted that the bridge was finished early.", "Krall", "boasted"),
        ("Moravec questioned whether the count was complete.", "Moravec", "questioned"),
        ("The officials question whether the dam held.", "The officials", "question"),
        ("The officials say the dam held.", "The officials", "say"),
        ("The minister expressed concern that the talks would fail.", "The minister", "expressed"),
        ("“It will never open,” scoffed the mayor.", "the mayor", "scoffed"),
    ],
)
def test_beliefs_intentions_and_more_reporting_verbs(text: str, speaker: str, cue: str) -> None:
    statement = statements_of(text)[0]
    assert (statement.speaker, statement.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "He was charged with arson.",  # a passive without its agent: he suffers the act
        "Krall was told the bridge would reopen.",  # he heard it
        "It was confirmed that the depot burned.",  # nobody named confirms
        "The storm was followed by a flood.",
        "The harbour was hit by a storm.",
        "Farmers want more rain.",  # a wish without a clause
        "She knew of the plan.",
        "He added a note of caution to the report.",
        "Residents were worried about the flood.",
        "Krall wouldn't say.",
        "Krall ruled out a third term.",
        # Cue words used as nouns, answers not given, idioms.
        "How we fix the levy remains an open question.",
        "Health worries have dogged the senator.",
        "Utilities turned to gas and demand from abroad cooled.",
        "She needs to sell herself and tell more jokes.",
        "An attorney for Marek did not immediately respond to requests for comment.",
        "Krall went on to win the vote.",
        "It goes without saying that the levy is high.",
    ],
)
def test_no_report_here(text: str) -> None:
    assert statements_of(text)[0].speaker == ""


def test_a_dismissive_cue_frames_a_denial() -> None:
    statement = statements_of("The ministry scoffed at reports that the depot had burned.")[0]
    assert statement.speaker == "The ministry"
    assert statement.commitment == Commitment.DENIAL
    assert statement.kind == Kind.INDIRECT


def test_a_quote_after_the_conjunction_stays_with_its_speaker() -> None:
    statements = statements_of("“I like Krall,” she said, but “on water, he is wrong.”")
    assert len(statements) == 1
    assert statements[0].speaker == "she"


@pytest.mark.parametrize(
    ("text", "speaker", "reported", "commitment"),
    [
        ("In Krall's words, the bridge is “as safe as a church.”", "Krall",
         "the bridge is “as safe as a church.”", Commitment.NEUTRAL),
        ("In the words of the mayor, the dam is finished.", "the mayor",
         "the dam is finished", Commitment.NEUTRAL),
        ("Krall’s view is that the bridge is safe.", "Krall", "the bridge is safe", Commitment.NEUTRAL),
        ("The mayor’s claim was that the dam had held.", "The mayor",
         "the dam had held", Commitment.DISTANCING),
    ],
)  # fmt: skip
def test_a_noun_may_frame_what_a_source_says(
    text: str, speaker: str, reported: str, commitment: Commitment
) -> None:
    statement = statements_of(text)[0]
    assert (statement.speaker, statement.commitment) == (speaker, commitment)
    assert statement.content_span is not None
    assert text[slice(*statement.content_span)] == reported


@pytest.mark.parametrize(
    "text",
    [
        "Krall's claim that the bridge is safe was false.",  # the outlet's verdict on a claim
        "The mayor's plan would raise the levy.",
    ],
)
def test_a_possessive_noun_is_no_report(text: str) -> None:
    assert statements_of(text)[0].speaker == ""


def test_a_verb_frame_outranks_a_noun_frame() -> None:
    statement = statements_of("Krall’s view is that the bridge is safe, officials said.")[0]
    assert (statement.speaker, statement.cue) == ("officials", "said")
