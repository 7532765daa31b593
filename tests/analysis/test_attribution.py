"""Attribution patterns and traps: who speaks, with which cue, how it is reported and framed.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from analysis.model import Article, Commitment, Format, Kind, Statement, content_id
from analysis.statements import extract_statements


def statements_of(text: str) -> list[Statement]:
    spans = []
    cursor = 0
    for block in text.split("\n\n"):
        spans.append((cursor, cursor + len(block)))
        cursor += len(block) + 2
    return extract_statements(Article(content_id(text), "t.txt", Format.TEXT, text, paragraphs=tuple(spans)))


def the(text: str, fragment: str) -> Statement:
    found = [s for s in statements_of(text) if fragment in s.text]
    assert len(found) == 1, [s.text for s in statements_of(text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "kind"),
    [
        ("“The bridge will reopen,” Krall said.", "Krall", "said", Kind.DIRECT),
        ("Krall said: “The bridge will reopen.”", "Krall", "said", Kind.DIRECT),
        ("Krall said that the bridge would reopen.", "Krall", "said", Kind.INDIRECT),
        ("Krall said the bridge would reopen.", "Krall", "said", Kind.INDIRECT),
        ("The bridge will reopen in May, Krall said.", "Krall", "said", Kind.INDIRECT),
        ("The bridge will reopen in May, said Krall.", "Krall", "said", Kind.INDIRECT),
        ("According to Krall, the bridge will reopen.", "Krall", "According to", Kind.INDIRECT),
        ("It will reopen, according to the Army.", "the Army", "according to", Kind.INDIRECT),
        ("Krall told reporters in Valmara that the bridge would reopen.", "Krall", "told", Kind.INDIRECT),
        ("Krall said in a statement that the bridge would reopen.", "Krall", "said", Kind.INDIRECT),
        ("Krall said the army had “no information” about the strikes.", "Krall", "said", Kind.MIXED),
        ("“We counted ten,” said Dr. Lena Moravec, a surgeon.", "Dr. Lena Moravec", "said", Kind.DIRECT),
        ("Minister Defne Arslan has also said it is closed.", "Minister Defne Arslan", "said", Kind.INDIRECT),
    ],
)  # fmt: skip
def test_reporting_patterns(text: str, speaker: str, cue: str, kind: Kind) -> None:
    statement = statements_of(text)[0]
    assert (statement.speaker, statement.cue, statement.kind) == (speaker, cue, kind)
    assert statement.speaker_span is not None
    assert text[slice(*statement.speaker_span)] == speaker
    assert statement.cue_span is not None
    assert text[slice(*statement.cue_span)] == cue


@pytest.mark.parametrize(
    ("verb", "commitment"),
    [
        ("said", Commitment.NEUTRAL),
        ("noted", Commitment.NEUTRAL),
        ("told reporters", Commitment.NEUTRAL),
        ("stressed", Commitment.EMPHATIC),
        ("emphasized", Commitment.EMPHATIC),
        ("confirmed", Commitment.EMPHATIC),
        ("claimed", Commitment.DISTANCING),
        ("alleged", Commitment.DISTANCING),
        ("denied", Commitment.DENIAL),
        ("rejected claims", Commitment.DENIAL),
        ("warned", Commitment.CONDITIONAL),
        ("threatened", Commitment.CONDITIONAL),
    ],
)
def test_the_cue_sets_the_commitment(verb: str, commitment: Commitment) -> None:
    statement = statements_of(f"The Defence Ministry {verb} that the depot had been hit.")[0]
    assert statement.speaker == "The Defence Ministry"
    assert statement.commitment == commitment


def test_distancing_words_and_denial_phrases_override_a_neutral_cue() -> None:
    assert (
        statements_of("Officials said the so-called ceasefire had failed.")[0].commitment
        == Commitment.DISTANCING
    )
    assert statements_of("The town was allegedly shelled overnight.")[0].commitment == Commitment.DISTANCING
    called = statements_of("The ministry called the reports “a provocation” and false.")[0]
    assert called.commitment == Commitment.DENIAL


def test_passive_attribution() -> None:
    statement = statements_of("The strike on the depot was later confirmed by the Defence Ministry.")[0]
    assert (statement.speaker, statement.cue, statement.commitment) == (
        "the Defence Ministry",
        "confirmed",
        Commitment.EMPHATIC,
    )


def test_impersonal_attributions_name_the_institution() -> None:
    text = (
        "The Center for Reconciliation of Opposing Parties (CROPT) opened an office in Lisk.\n\n"
        "They stated in the Kremlin that the talks would go on.\n\n"
        "A second convoy will leave on Friday, emphasized in the center.\n\n"
        "As stated in the Foreign Ministry, the border stays open."
    )
    assert the(text, "talks would go on").speaker == "the Kremlin"
    center = the(text, "second convoy")
    assert "Center for Reconciliation" in center.speaker
    assert "CROPT" in center.speaker
    assert center.cue == "emphasized"
    assert the(text, "border stays open").speaker == "the Foreign Ministry"


def test_a_statement_speaks_for_its_author() -> None:
    text = "The Foreign Ministry met envoys on Monday.\n\nThe ministry's statement said the border was open."
    statement = the(text, "border was open")
    assert statement.speaker.endswith("Foreign Ministry")
    assert statement.cue == "said"


def test_pronouns_resolve_to_the_nearest_compatible_speaker() -> None:
    text = (
        "Interior Minister Defne Arslan visited the border with President Anton Krall.\n\n"
        "She said the crossings were overwhelmed.\n\n"
        "Krall spoke after her. He warned that the army would respond.\n\n"
        "Local officials met on Tuesday. They said the shelters were full."
    )
    assert the(text, "crossings were overwhelmed").speaker == "Interior Minister Defne Arslan"
    warned = the(text, "army would respond")
    assert warned.speaker == "Krall"
    assert warned.commitment == Commitment.CONDITIONAL
    assert the(text, "shelters were full").speaker == "Local officials"


def test_role_nouns_resolve_within_the_article() -> None:
    text = (
        "Defence Ministry spokesman Major General Oleg Varnov spoke in Kersgrad.\n\n"
        "The spokesman said two tanks were destroyed.\n\n"
        "President Recep Tayyip Erdoğan flew to Ankara.\n\n"
        "The Turkish president said the talks would resume.\n\n"
        "The ministry denied that its aircraft struck the hospital."
    )
    assert the(text, "two tanks").speaker.endswith("Oleg Varnov")
    assert the(text, "talks would resume").speaker == "President Recep Tayyip Erdoğan"
    denied = the(text, "aircraft struck")
    assert denied.speaker == "Defence Ministry"
    assert denied.commitment == Commitment.DENIAL


def test_according_to_the_agreements_names_no_speaker() -> None:
    statement = statements_of("According to the agreements reached in Lisk, the parties must withdraw.")[0]
    assert statement.speaker == ""
    assert statement.kind == Kind.NARRATIVE


def test_the_press_secretary_of_president_x_is_x() -> None:
    text = "The press secretary of Russian President Dmitry Peskov said that the talks would take place."
    statement = statements_of(text)[0]
    assert statement.speaker.endswith("Dmitry Peskov")


def test_an_apposition_does_not_take_the_speech() -> None:
    statement = statements_of(
        "Krall, who replaced Emre Duman as leader of the party, said the talks would go on."
    )[0]
    assert statement.speaker == "Krall"
    named = statements_of("The state's campaign chairman, Phil Lovas, said he had not seen the letter.")[0]
    assert named.speaker == "Phil Lovas"


def test_participle_attribution_goes_to_the_main_subject() -> None:
    text = "Asked about the strike, Senator Jane Hollis attacked the ministry, saying it had lied."
    assert statements_of(text)[0].speaker == "Senator Jane Hollis"


def test_two_speakers_in_one_sentence_become_two_statements() -> None:
    text = (
        "Kersian officials said militants fired on the hospital, "
        "while Valdorian President Anton Krall said Kersia was responsible."
    )
    statements = statements_of(text)
    assert [s.speaker for s in statements] == ["Kersian officials", "Valdorian President Anton Krall"]
    assert "".join(s.text for s in statements).replace(" ", "") == text.replace(" ", "")


def test_a_participle_after_the_frame_reports_more_of_the_same_speaker() -> None:
    text = "“The pier is safe,” Krall said on Monday, adding that repairs would start in May."
    first, second = statements_of(text)
    assert (first.speaker, first.cue, first.text[-1]) == ("Krall", "said", ",")
    assert (second.speaker, second.cue, second.kind) == ("Krall", "adding", Kind.INDIRECT)
    assert second.text.startswith("adding that")
    assert second.content_span is not None
    # The participle that is the frame itself, or one that reports nothing, keeps the sentence whole.
    assert len(statements_of("Hollis attacked the ministry, saying it had lied.")) == 1
    assert len(statements_of("Krall said the pier was safe, leaving the council to decide.")) == 1


def test_transcript_labels_and_dash_signatures() -> None:
    text = (
        "MORAVEC: We counted twenty bodies by the evening.\n\n“Nobody was safe in that wing.” ― Lena Moravec"
    )
    statements = statements_of(text)
    assert statements[0].speaker == "MORAVEC"
    assert statements[0].kind == Kind.DIRECT
    assert statements[-1].speaker == "Lena Moravec"
    assert statements[-1].text.endswith("Lena Moravec")


def test_capitalised_words_and_verbs_inside_quotes_are_no_cues() -> None:
    assert statements_of("The United States sent aid to the valley.")[0].speaker == ""
    assert statements_of("“He said nothing,” was the headline.")[0].speaker == ""
    assert statements_of("The Washington Post Building was sold.")[0].speaker == ""


def test_a_report_can_speak() -> None:
    statement = statements_of("A new survey of the valley shows that most wells are dry.")[0]
    assert statement.speaker == "A new survey of the valley"
    assert statement.cue == "shows"


@pytest.mark.parametrize(
    "text",
    [
        "The court could deny them permits until the work is done.",
        "Having said that, the plan has merits.",
        "Needless to say, the bridge stayed closed.",
        "Anna Berg and Tom Hale contributed reporting.",
        "Anna Berg reported from Valmara.",
        "He added a note of caution to the report.",
        "The accord is expected to be ratified next month.",
        "The interests of member states come first.",
        "Don't blame the mayor.",
        "You can call it whatever you want.",
        "The website is a resource for anyone wanting to learn more.",
    ],
)
def test_cue_words_that_report_nothing(text: str) -> None:
    assert statements_of(text)[0].speaker == ""


def test_several_comma_parts_between_speaker_and_cue() -> None:
    text = "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said it moved her."
    assert statements_of(text)[0].speaker == "Donna Rawlings"
    lawyer = statements_of("A lawyer for the outlets, David Schulz, said no decision had been made.")[0]
    assert lawyer.speaker == "David Schulz"
    brief = statements_of("Ivana Trump's brief said that was not her view.")[0]
    assert brief.speaker == "Ivana Trump's brief"


def test_a_relative_pronoun_speaks_for_its_antecedent() -> None:
    text = "The mayor took calls from residents of the valley who said the water was unsafe."
    assert statements_of(text)[0].speaker == "residents of the valley"
