"""Who said what, on quotes BASIL's gold has and we missed: sentences we wrote."""

from __future__ import annotations

import pytest

from analysis import names
from analysis.model import Kind, SpeakerType
from tests.analysis.test_attribution import statements_of


def test_a_quote_running_on_after_a_report_is_the_reported_speaker_s() -> None:
    # BASIL: "Dukes walked out … saying she feels no anger … "Wal-Mart may be a big company … ||
    # … you should be held accountable. From the least of us to the greatest of us.""
    text = (
        "On Tuesday, Vell walked out of the courthouse saying she feels no anger toward her bosses. "
        '"The harbour board may be a big company and that is no doubt.\n\n'
        "But they are not big enough where they can't be challenged in a court of law. "
        'If you do wrong, then you should be held accountable."\n\n'
        "The case has drawn the attention of the business community."
    )
    rows = [(s.speaker, s.kind) for s in statements_of(text)]
    assert rows[1:] == [("Vell", Kind.DIRECT), ("Vell", Kind.DIRECT), ("", Kind.NARRATIVE)]


def test_a_run_on_quote_naming_its_own_speaker_keeps_it() -> None:
    text = (
        "Vell criticised the harbour board on Monday. “We were told nothing.\n\n"
        "“Nobody asked us,” Oskarov said."
    )
    rows = [(s.speaker, s.text[:8]) for s in statements_of(text)]
    assert rows[1:] == [("Oskarov", "“We were"), ("Oskarov", "“Nobody ")]


def test_a_quote_after_the_outlet_s_own_report_stays_unattributed() -> None:
    text = "The harbour closed on Monday. “We were told nothing.\n\nNobody asked us.”\n\nRepairs begin soon."
    assert [s.speaker for s in statements_of(text)] == ["", "", "", ""]


def test_an_issued_statement_before_a_colon_introduces_the_quote() -> None:
    # BASIL: "The Democratic National Committee issued a brief statement shortly after Rubio's
    # speech:" then the statement as its own paragraph; ECB+: "… issued the following statement:".
    text = (
        "The Harbour Workers Union issued a brief statement shortly after Krall's speech:\n\n"
        "“Okay. So here is Krall’s new harbour policy. No plan forward on wages.”"
    )
    frame, quote = statements_of(text)
    assert (frame.speaker, frame.cue) == ("The Harbour Workers Union", "issued a brief statement")
    assert (quote.speaker, quote.kind) == ("The Harbour Workers Union", Kind.DIRECT)
    (inline,) = statements_of("The harbour board released a short statement: “We regret the delay.”")
    assert (inline.speaker, inline.kind) == ("The harbour board", Kind.DIRECT)


def test_a_verb_framing_the_quote_stays_the_cue() -> None:
    # BASIL: "Romney released a statement late Tuesday saying: "As I said yesterday, …""
    (only,) = statements_of('Vell released a statement late Tuesday saying: "The harbour fees were wrong."')
    assert (only.speaker, only.cue) == ("Vell", "saying")
    (narrative,) = statements_of("The ministry issued a statement on Friday.")
    assert narrative.speaker == ""


@pytest.mark.parametrize(
    "text",
    [
        # ECB+: "The NCAA notified Ohio State on Monday of nine alleged rules violations" spoke
        # through "Ohio State on Monday of nine"; "… attorney's office handed down charges to …"
        # through "… office handed down", cue "charges".
        "The league notified the harbour club on Monday of nine alleged rules violations.",
        "The county attorney's office handed down charges to Lev Oskarov on Friday.",
    ],
)
def test_a_counted_participle_or_a_phrasal_verb_s_object_is_no_cue(text: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.kind) == ("", Kind.NARRATIVE)


def test_counted_speakers_still_report() -> None:
    (agreed,) = statements_of("The three agreed that the harbour should close.")
    assert (agreed.speaker, agreed.cue) == ("The three", "agreed")
    # PolNeAR: "A memorable Hillary Clinton ad in 2008 questioned whether …": a year is no count.
    (ad,) = statements_of("A memorable Krall ad in 2008 questioned whether Vell was prepared.")
    assert (ad.speaker, ad.cue) == ("A memorable Krall ad", "questioned")
    # ECB+: "Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, …".
    (seized,) = statements_of("Lev Oskarov, one of 99 alleged Kersian smugglers seized on Tuesday, has fled.")
    assert seized.speaker == ""


def test_a_reason_after_a_passive_agent_is_not_part_of_it() -> None:
    # ECB+: "The reviews have been blamed by developers and federal agencies for delays and cost
    # increases." spoke through "developers and federal agencies for delays and cost increases".
    (only,) = statements_of(
        "The reviews have been blamed by builders and harbour agencies for delays and cost overruns."
    )
    assert (only.speaker, only.cue) == ("builders and harbour agencies", "blamed")
    (owned,) = statements_of("According to a spokeswoman for the harbour board, the ferry will sail.")
    assert owned.speaker == "a spokeswoman for the harbour board"


def test_a_text_that_states_after_a_quote_speaks() -> None:
    # BASIL: "“We appreciate your willingness to talk …,” the letter states. “However, we would be
    # remiss …”": both quotes were the outlet's own.
    first, second = statements_of(
        "“We welcome your interest in the harbour,” the letter states. “However, we challenge your plan.”"
    )
    assert (first.speaker, first.cue, second.speaker) == ("the letter", "states", "the letter")
    (named,) = statements_of("“We will talk,” Krall states.")
    assert named.speaker == "Krall"


def test_states_as_a_noun_is_no_cue() -> None:
    (gulf,) = statements_of("Gulf states agreed to the harbour plan.")
    assert (gulf.speaker, gulf.cue) == ("Gulf states", "agreed")
    (live,) = statements_of("Couples who live in states that ban it cannot file jointly.")
    assert live.speaker == ""


def test_a_one_word_brand_with_an_inner_capital_is_no_person() -> None:
    # ECB+: "… his keynote speech at Oracle's OpenWorld conference. … driven as he states by …"
    # gave "he" to "Oracle's OpenWorld"; "Intel and SeaMicro … they predicted" to "the company".
    text = (
        "This may be the vision CEO Lev Oskarov has, as revealed in his keynote at Oracle's OpenWorld "
        "conference. Consolidation is on his mind, driven as he states by a push for fewer suppliers."
    )
    assert statements_of(text)[-1].speaker == "CEO Lev Oskarov"
    assert names.parse("Oracle's OpenWorld").type != SpeakerType.PERSON
    for surname in ("McCain", "DeGeneres", "LaBolt", "MacFarlane"):
        assert names.parse(surname).type == SpeakerType.PERSON, surname


def test_an_initial_s_period_stays_inside_a_passive_agent() -> None:
    (bush,) = statements_of("The harbour plan was praised by George W. Bush on Monday.")
    assert (bush.speaker, bush.cue) == ("George W. Bush", "praised")


def test_the_second_of_two_coordinated_passives_has_its_own_agent() -> None:
    # BASIL: "Mr. Trump’s decision …, which was opposed by virtually every high-level administration
    # official but lauded by President Vladimir V. Putin of Russia, was the last straw." spoke
    # through "Mr. Trump’s".
    (only,) = statements_of(
        "Krall’s decision, which was opposed by every harbour official but lauded by President "
        "Lev V. Oskarov of Kersia, was the last straw."
    )
    assert only.speaker == "President Lev V. Oskarov of Kersia"
    (signed,) = statements_of("The deal was signed and welcomed by the mayor.")
    assert (signed.speaker, signed.cue) == ("the mayor", "welcomed")


def test_a_title_after_a_verb_is_no_loose_speaker() -> None:
    # BASIL: "the congressman, speaking …, said Mr. Scotto was “not man enough” and added: …" must
    # not speak through "said Mr. Scotto".
    text = (
        "Then, the harbour chief, speaking in a whisper, said Mr. Vell was “not man enough” and added: “Go.”"
    )
    assert all(s.speaker != "said Mr. Vell" for s in statements_of(text))


def test_by_saying_tells_how_the_subject_spoke() -> None:
    # PolNeAR: "Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he
    # would “never” diagnose someone through television." was unattributed.
    (dean,) = statements_of(
        "Vell, a medical doctor, then appeared on Harbour TV on Tuesday and began by saying she would never "
        "diagnose anyone on air."
    )
    assert (dean.speaker, dean.cue) == ("Vell", "saying")
    (mayor,) = statements_of("The mayor, a former pilot, opened the meeting by saying the harbour was safe.")
    assert mayor.speaker == "The mayor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR: "He released a letter from his doctor Friday afternoon that says he has …".
        (
            "He released a letter from his doctor Friday afternoon that says he is healthy.",
            "a letter from his doctor",
        ),
        ("The ministry released a statement that says the harbour is safe.", "a statement"),
        # ECB+: "Despite reports last week that said Gary Ross would definitely not be returning, …".
        ("Despite reports last week that said Vell would not return, she will be back.", "reports"),
    ],
)
def test_a_text_that_says_speaks(text: str, speaker: str) -> None:
    (only,) = statements_of(text)
    assert only.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "That said, the harbour is safe.",
        "Krall is cautious; that said, the harbour is open.",
        # A body or people described by a relative clause do not speak the sentence.
        "Krall will accuse the audience of being donors and special interest groups that support Vell.",
    ],
)
def test_that_said_and_described_groups_report_nothing(text: str) -> None:
    assert [s.speaker for s in statements_of(text)] == [""]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # PolNeAR: "Political observers in Virginia and around the country say Scott deserves …".
        (
            "Political observers in Valdoria and around the country say Vell deserves the seat.",
            "Political observers in Valdoria and around the country",
        ),
        ("Experts across the region say the harbour is unsafe.", "Experts across the region"),
        # ECB+: "… reported" spoke through "the country"; "Officials across Kersia" through "Kersia".
        ("Users across the country reported outages on Friday.", "Users across the country"),
        ("Officials across Kersia say the harbour is unsafe.", "Officials across Kersia"),
    ],
)
def test_people_spread_over_a_place_speak(text: str, speaker: str) -> None:
    (only,) = statements_of(text)
    assert only.speaker == speaker


def test_a_place_phrase_alone_reports_nothing() -> None:
    (only,) = statements_of("Tensions across the region rose sharply after the strike.")
    assert only.speaker == ""


def test_which_after_a_verb_s_object_or_an_opening_dash_has_its_antecedent() -> None:
    # PolNeAR: "they turned to the Chicago Police Department which reported “2,521 shooting
    # incidents”"; "the study -- which notes that 58 Fortune 500 companies would owe …".
    (police,) = statements_of(
        "They turned to the Harbour Police Department which reported “2,521 incidents” in May."
    )
    assert (police.speaker, police.cue) == ("the Harbour Police Department", "reported")
    (study,) = statements_of(
        "Instead, the study -- which notes that 58 firms would owe $212 billion -- drew notice."
    )
    assert (study.speaker, study.cue) == ("the study", "notes")
    # A place after a noun stays ambiguous: the spot or the reserve.
    (spot,) = statements_of("The spot in the Harbour Reserve, which guaranteed access, was sold.")
    assert spot.speaker == ""


def test_who_after_a_closing_dash_has_no_antecedent_before_it() -> None:
    # PolNeAR: "95 retired generals and admirals -- most of whom had previously announced their
    # support -- who cited her years …" spoke as "their support".
    text = (
        "Vell unveiled endorsements from 95 retired admirals -- most of whom had announced their support "
        "-- who cited her years at the harbour."
    )
    assert all(s.speaker != "their support" for s in statements_of(text))


def test_made_note_of_reports_and_a_broadcast_speaks() -> None:
    # ECB+: "The EPIX broadcast of the match made note of the following …" spoke through "The EPIX
    # broadcast of the match made" with the noun "note" as its cue.
    (only,) = statements_of("The Harbour TV broadcast of the match made note of the following records:")
    assert (only.speaker, only.cue) == ("The Harbour TV broadcast of the match", "made note of")
    (clear,) = statements_of("The minister made clear that the harbour would close.")
    assert (clear.speaker, clear.cue) == ("The minister", "made clear")


@pytest.mark.parametrize(
    "text",
    [
        # ECB+: "the Academy Awards telecast, which posted its lowest ratings ever"; "O'Brien posted …".
        "The harbour company posted record profits on Monday.",
        "The telecast, which posted its lowest ratings ever, was cut.",
    ],
)
def test_posted_results_are_no_report(text: str) -> None:
    (only,) = statements_of(text)
    assert only.speaker == ""


def test_a_post_of_words_still_reports() -> None:
    (posted,) = statements_of("The ministry posted on Facebook that the harbour was closed.")
    assert (posted.speaker, posted.cue) == ("The ministry", "posted")


@pytest.mark.parametrize(
    "text",
    [
        # ECB+: "By then, with tracking suggesting …" spoke as "By"; "tag photos according to who is
        # in them" as "who"; "Horton's senseless death … highlighted" as "Horton's".
        "By then, with tracking suggesting a huge opening, Vell and her agents were in no hurry.",
        "The harbour app lets users tag photos according to who is in them.",
        "Horton's senseless death shook the harbour town and highlighted the scourge of violence.",
    ],
)
def test_a_function_word_or_a_bare_owner_is_no_speaker(text: str) -> None:
    (only,) = statements_of(text)
    assert only.speaker == ""


def test_an_owner_inside_a_longer_phrase_or_a_name_ending_so_still_speaks() -> None:
    (china,) = statements_of("Even Kersia, Valdoria's only ally, said it was resolutely opposed to the test.")
    assert china.speaker == "Kersia"
    (agency,) = statements_of("According to an analysis from Standard & Poor’s, the harbour lost $6 billion.")
    assert agency.speaker == "an analysis from Standard & Poor’s"
