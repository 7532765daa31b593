"""Speakers inside and around relative clauses, polls and initials: sentences we wrote.

Each shape was missed or misread on a PolNeAR, BASIL or ECB+ sentence of the same build.
"""

from __future__ import annotations

import pytest

from analysis.model import Commitment
from tests.analysis.test_attribution import statements_of, the
from tests.analysis.test_speakers import resolve, said


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # "which" stands for the body or text before it.
        ("Valdoria, which has strongly denied any role in the blast, lobbied hard.", "Valdoria", "denied"),
        ("The port authority, which said the pier was safe, closed it.", "The port authority", "said"),
        ("The report, which found 31 breaches, was withdrawn.", "The report", "found"),
        # The writer's own sources speak, not the writer.
        ("All the experts I interviewed said the plan was more detailed.", "All the experts", "said"),
        ("Many dockers we spoke to said the pier was unsafe.", "Many dockers", "said"),
        ("The voters I talked with said they were tired.", "The voters", "said"),
        # The author of a study reports its figures.
        ("A 2014 study by Mira Holt found 31 cases of fraud.", "Mira Holt", "found"),
        # Two names joined by a slash are one pollster.
        (
            "The latest Harbour/Ipsos opinion poll released Friday shows that Krall leads.",
            "The latest Harbour/Ipsos opinion poll",
            "shows",
        ),
        # A long pollster's name, a slash in it, and a relative clause before the finding.
        (
            "The UCH Marek/Lendt Harbour Times Daybreak tracking poll, which tracks voters' support for the "
            "candidates daily, showed that Krall led by two points.",
            "The UCH Marek/Lendt Harbour Times Daybreak tracking poll",
            "showed",
        ),
    ],
)
def test_speaker_of_a_relative_or_reduced_clause(text: str, speaker: str, cue: str) -> None:
    found = the(text, text[:12])
    assert (found.speaker, found.cue) == (speaker, cue)


def test_a_denial_in_a_which_clause_is_framed_as_a_denial() -> None:
    found = the("Valdoria, which has denied any role in the blast, lobbied hard.", "Valdoria")
    assert found.commitment == Commitment.DENIAL


@pytest.mark.parametrize(
    "text",
    [
        # "which" may stand for the spot as well as the reserve: no speaker is guessed.
        "He landed a spot in the Harbour Reserve, which guaranteed that he would stay home.",
        # Keeping up a depot is no report (keeping up one's innocence is).
        "Krall Fuel Distributors maintains the storage depot.",
    ],
)
def test_no_speaker_where_none_speaks(text: str) -> None:
    assert the(text, text[:12]).speaker == ""


def test_maintaining_innocence_is_a_report() -> None:
    assert the("He maintains his innocence.", "innocence").cue == "maintains"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mr. Vell, the top Democrat on the Harbour Committee, which had asked Mr. Krall for "
            "talking points, said the pier was safe.",
            "Mr. Vell",
        ),
        (
            "Dana Orr, a professor at the Valdoria School of Law who has written on recusals, "
            "said the case was clear.",
            "Dana Orr",
        ),
        ("Dock officials, who asked not to be identified, said that the pier was unsafe.", "Dock officials"),
    ],
)
def test_the_main_clause_cue_frames_the_statement(text: str, speaker: str) -> None:
    found = the(text, text[:8])
    assert (found.speaker, found.cue) == (speaker, "said")


def test_an_initial_before_an_initial_ends_no_sentence() -> None:
    text = "Representative C. A. Dana Vell of Ohio said the pier was unsafe."
    (found,) = statements_of(text)
    assert found.speaker == "Representative C. A. Dana Vell of Ohio"
    assert found.cue == "said"


@pytest.mark.parametrize(
    ("text", "narrative", "reported", "speaker"),
    [
        (
            "The pier has been closed since March, but the harbour master said it would reopen in May.",
            "The pier has been closed since March,",
            "but the harbour master said it would reopen in May.",
            "the harbour master",
        ),
        (
            "Krall has no tie to the fund, and he has denounced the advert.",
            "Krall has no tie to the fund,",
            "and he has denounced the advert.",
            "he",
        ),
        # A dash joins two clauses as a comma does.
        (
            "The port is the latest to advance a sweeping toll proposal -- "
            "officials announced a deal on Monday.",
            "The port is the latest to advance a sweeping toll proposal --",
            "officials announced a deal on Monday.",
            "officials",
        ),
    ],
)
def test_the_outlets_clause_before_a_report_is_its_own_statement(
    text: str, narrative: str, reported: str, speaker: str
) -> None:
    found = statements_of(text)
    assert [s.text for s in found] == [narrative, reported]
    assert [s.speaker for s in found] == ["", speaker]


@pytest.mark.parametrize(
    "text",
    [
        # One subject of two names: nothing to split.
        "Krall, the port's chief, and other officials said the pier was safe.",
        # An aside with "as" is part of the statement.
        "That judges do not, as Justice Orr once said, call balls and strikes.",
        # A source named at the end frames the whole sentence.
        "The mayor wanted to close the pier, but Krall urged him to wait, according to aides.",
    ],
)
def test_sentences_that_stay_whole(text: str) -> None:
    (found,) = statements_of(text)
    assert found.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police officers in riot helmets responded with tear gas.", ""),
        ("Harbour police responded soon after.", ""),
        ("The ministry responded with a statement that the pier was safe.", "The ministry"),
        ("“No,” he responded.", "he"),
    ],
)
def test_responding_in_deeds_reports_nothing(text: str, speaker: str) -> None:
    assert the(text, text[4:14]).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The port authority responded by noting that the pier was safe.", "The port authority"),
        ("Mayor Orr responded by firing the board.", ""),
        ("Justice Vell responded with a point about the case.", "Justice Vell"),
    ],
)
def test_responding_by_words_or_by_deeds(text: str, speaker: str) -> None:
    assert the(text, text[4:14]).speaker == speaker


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # A focus word before the subject and its apposition.
        ("Even Valdoria, Kersia's only ally, said it opposed the test.", "Even", "Valdoria"),
        # What is said comes before who says it.
        ("Everything Krall says is a lie.", "lie", "Krall"),
        # An inverted label in the middle of a paragraph.
        ("He was blunt. Said Orr: “The pier is unsafe.”", "Said", "Orr"),
    ],
)
def test_speaker_behind_an_opening_word(text: str, fragment: str, speaker: str) -> None:
    assert the(text, fragment).speaker == speaker


def test_they_in_a_relative_clause_is_the_group_opening_the_sentence() -> None:
    resolver, _ = resolve(
        "The Senate voted on Monday. Liberal groups prepared a march that they said could draw thousands."
    )
    assert said(resolver, "march").speaker_id == "liberal-groups"


def test_every_sentence_of_a_transcript_paragraph_is_the_labels() -> None:
    text = (
        "HOST: Let’s start with the pier. After the port announced its plan, Krall objected. "
        "What do you make of it?\n\nORR: It is a stunt. He knows it.\n\nKrall said later that it was fine."
    )
    found = statements_of(text)
    assert [(s.speaker, s.kind.value) for s in found] == [
        ("HOST", "direct"),
        ("HOST", "direct"),
        ("HOST", "direct"),
        ("ORR", "direct"),
        ("ORR", "direct"),
        ("Krall", "indirect"),
    ]


def test_a_bare_quote_after_a_report_is_the_reporters() -> None:
    text = (
        "Hoyer accused Krall of forcing a pointless closure of the pier.\n\n"
        "“This is about dockers who are being held hostage.”\n\n"
        "The pier stayed shut."
    )
    found = statements_of(text)
    assert [s.speaker for s in found] == ["Hoyer", "Hoyer", ""]
    assert found[1].kind.value == "direct"


def test_a_quote_running_on_to_its_own_speaker_is_not_the_reporters() -> None:
    text = (
        "The academy said it expects a big audience.\n\n"
        "“I am so excited to be hosting the show.\n\n"
        "It is a dream,” Orr said."
    )
    found = statements_of(text)
    assert found[0].speaker == "The academy"
    assert {s.speaker for s in found[1:]} == {"Orr"}


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("“The pier is unsafe,” summarized Orr.", "Orr", "summarized"),
        ("The letter from Vell states that the pier is unsafe.", "The letter from Vell", "states that"),
        ("The Harbour Times also chimed in: “The pier is unsafe.”", "The Harbour Times", "chimed in"),
        (
            "Senator Ana Orr has branded it the “Dockers Protection Act” in speeches.",
            "Senator Ana Orr",
            "branded",
        ),
        (
            "The Valdoria Network referred to her as a “foul-mouthed mayor.”",
            "The Valdoria Network",
            "referred to",
        ),
        # A party-and-state group before the cue, with or without a time after it.
        ("Sen. Ana Orr (D-Vt.) called the plan “a stunt” on Friday.", "Sen. Ana Orr (D-Vt.)", "called"),
        ("Sen. Ana Orr (R-Texas) on Friday accused Krall of lying.", "Sen. Ana Orr (R-Texas)", "accused"),
        # "continued" after the quote it continues.
        ("“He would be a hero,” he continued in a second post.", "he", "continued"),
    ],
)
def test_more_reporting_verbs_and_frames(text: str, speaker: str, cue: str) -> None:
    found = the(text, text[:10])
    assert (found.speaker, found.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Dockers who live in states that border the sea pay more.",
        "Krall continued the tour in Ohio.",
        # A passive without its agent, an adverb between.
        "He was often mentioned as the source of the leak.",
    ],
)
def test_no_report_in_a_noun_or_a_deed(text: str) -> None:
    assert the(text, text[:10]).cue == ""


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The name after a role with a place in it speaks, not the role.
        ("His former partner at Lenox, Dana B. Orr, called him a master at deals.", "Dana B. Orr"),
        ("The governor of Harbour State, Ana Vell, said the pier was safe.", "Ana Vell"),
        # A count of members stays with its name too.
        ("One of its members, Dana Orr, said critics were wrong.", "Dana Orr"),
        # Two names are a list, not a role and its name.
        ("The Center for Policy, Krall Vell, said no.", "The Center for Policy"),
    ],
)
def test_a_role_and_the_name_after_it(text: str, speaker: str) -> None:
    assert the(text, text[:10]).speaker == speaker


def test_a_cue_word_after_an_adjective_is_a_noun() -> None:
    text = "They wanted the agency's investigative report before the vote."
    assert the(text, "wanted").speaker == ""
    # After a plural possessive with a straight apostrophe too.
    text = "Voters' support for the harbour plan has grown since May."
    assert the(text, "Voters").speaker == ""
    assert the("The military said no.", "military").speaker == "The military"


def test_a_name_the_word_lists_hold_as_an_adverb_speaks_after_its_quote() -> None:
    found = the("“The new law does not discriminate,” Long said.", "discriminate")
    assert (found.speaker, found.cue) == ("Long", "said")
    # A pronoun's contraction after an opening mark stays no speaker.
    assert the("\"She's noted not only for clinic work.", "clinic").speaker == ""


def test_a_long_quote_keeps_its_frame_after_it() -> None:
    quote = "If anybody but me announced that, after a long campaign far from home, " * 3
    found = the(f'"{quote}that person would be a hero," he continued in a follow-up post.', "hero")
    assert (found.speaker, found.cue) == ("he", "continued")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We are deeply concerned about the pier," reads the letter.', "the letter"),
        ('The statement reads: "We are deeply concerned."', "The statement"),
        # A person reading speaks no words of their own.
        ("He read the letter aloud.", ""),
        ("Krall reads the newspaper every day.", ""),
    ],
)
def test_a_text_reads_its_words(text: str, speaker: str) -> None:
    assert the(text, text[4:14]).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Donations hit $1 billion by August, a Harbour Times analysis of newly filed reports shows.",
            "a Harbour Times analysis of newly filed reports",
        ),
        (
            "A Harbour Times analysis of groups that raised $1 million since Jan. 1, 2015, shows a shift.",
            "A Harbour Times analysis",
        ),
        ("Leaked documents from his 1995 tax return show he took a loss.", "Leaked documents"),
        ("But polls show that most dockers want the pier open.", "polls"),
        # The author of a text, and a text that only modifies the noun that speaks.
        ("A 2014 study by Mira Holt found 31 cases of fraud.", "Mira Holt"),
        (
            "The harbour stayed calm, though an inquiry panel in 2019 found the pier unsafe.",
            "an inquiry panel",
        ),
    ],
)
def test_a_text_opening_its_clause_reports_its_finding(text: str, speaker: str) -> None:
    assert the(text, text[:10]).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The cue is the verb of an object relative: its subject speaks, not what it describes.
        ("The law, which Harbour's chief executive, Dana Orr, called “total crap”, passed.", "Dana Orr"),
        ("The bill, which the senator, a Democrat, called a disgrace, passed.", "the senator"),
        # A subject relative has a verb of its own; the main clause's subject speaks.
        ("Dock unions, which took the port to court over the pier, vowed to fight on.", "Dock unions"),
    ],
)
def test_the_subject_of_an_object_relative_speaks(text: str, speaker: str) -> None:
    assert the(text, text[:10]).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "who" stands for people: a thing before "of" gives way to the people after it.
        (
            "The bill needs the votes of the six Harbour senators who have criticized it.",
            "the six Harbour senators",
        ),
        ("The plan drew the ire of Justice Ana Vell who said it was unlawful.", "Justice Ana Vell"),
        # People before "of" stay the speakers.
        ("Members of the committee who said the pier was safe resigned.", "Members of the committee"),
    ],
)
def test_who_stands_for_people(text: str, speaker: str) -> None:
    assert the(text, text[:10]).speaker == speaker


def test_a_dash_between_two_reports_splits_them_but_not_an_aside() -> None:
    text = "Vell said the pier was safe — but the harbour master said it was not."
    assert [s.speaker for s in statements_of(text)] == ["Vell", "the harbour master"]
    # The closing dash of an aside opens no clause.
    aside = (
        "Relying on her best asset in a crowded field — her name — Vell portrayed herself as the only choice."
    )
    assert [s.text for s in statements_of(aside)] == [aside]


def test_a_conjunction_opening_the_sentence_keeps_its_subject_framing() -> None:
    # PolNeAR's "But Fowler said …, and he noted …" was read as one statement.
    text = "But Vell said the pier would reopen, and he noted that the toll would rise."
    assert [(s.text[:8], s.speaker) for s in statements_of(text)] == [
        ("But Vell", "Vell"),
        ("and he n", "Vell"),
    ]
