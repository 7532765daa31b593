"""Who said what, on shapes found reading PolNeAR, BASIL and ECB+ misses: sentences we wrote."""

from __future__ import annotations

import pytest

from analysis.model import Kind
from tests.analysis.test_attribution import statements_of


def _rows(text: str) -> list[tuple[str, str, str]]:
    return [(s.text, s.speaker, s.cue) for s in statements_of(text)]


@pytest.mark.parametrize(
    ("text", "second", "speaker", "cue"),
    [
        # A second report whose subject opens with modifiers before its head.
        (
            "Krall stressed that the reforms were not complete, and human rights groups warned that "
            "the ministry was giving up its leverage.",
            "and human rights groups warned that the ministry was giving up its leverage.",
            "human rights groups",
            "warned",
        ),
        (
            "The harbour stayed closed on Monday, and exiled opposition activists say the mayor has "
            "broken his promises.",
            "and exiled opposition activists say the mayor has broken his promises.",
            "opposition activists",
            "say",
        ),
    ],
)  # fmt: skip
def test_a_second_speaker_after_a_joint_gets_a_statement_of_its_own(
    text: str, second: str, speaker: str, cue: str
) -> None:
    rows = _rows(text)
    assert len(rows) == 2, rows
    assert rows[1] == (second, speaker, cue)
    assert not rows[0][0].endswith(second)


@pytest.mark.parametrize(
    "text",
    [
        # The right-hand subject is a pronoun after a noun: a relative clause, no new report.
        "Felt helped the two reporters in secret -- the man they called Deep Throat.",
        "The bill faces opposition from the gun lobby, and the lawmakers they support with money.",
        # A reporting word before the subject belongs to the frame.
        "The agency quoted the harbour master, Ana Vell, as saying the storm caused damage "
        "estimated at 5 million dollars.",
        # An adjunct, not a subject's modifier, opens the right-hand clause.
        "The firm has added new chips, and only a month ago announced a larger server.",
        # "something X has denied": the object of the denial, inside the first report.
        "Krall said his outburst was justified because Vell called him a liar, something Vell has denied.",
    ],
)
def test_a_clause_that_does_not_open_with_its_speaker_stays_whole(text: str) -> None:
    assert len(statements_of(text)) == 1, _rows(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gay and civil rights groups praised the ruling.", "civil rights groups"),
        ("Human rights groups warned that the talks had failed.", "Human rights groups"),
        ("The plant will close in May, industry sources say.", "industry sources"),
        ("On Monday, labour and aid groups said the road was cut.", "aid groups"),
    ],
)
def test_a_speaker_keeps_the_nouns_that_say_which_group_it_is(text: str, speaker: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.kind) == (speaker, Kind.INDIRECT)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A base-form verb after "of the town" agrees with the plural head before "of".
        ("Residents of the town claim armed men came at night.", "Residents of the town", "claim"),
        ("Officials in the region say the road is open.", "Officials in the region", "say"),
        ("Members of the family deny the charges.", "Members of the family", "deny"),
        # Witnesses "to" an event speak, as aides "to" a minister do.
        ("Witnesses to the shooting say the police account is wrong.", "Witnesses to the shooting", "say"),
    ],
)  # fmt: skip
def test_a_plural_subject_with_a_prepositional_phrase_reports(text: str, speaker: str, cue: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue, only.kind) == (speaker, cue, Kind.INDIRECT)


@pytest.mark.parametrize(
    "text",
    [
        "The details of the insurance claim were not released.",
        "The battery gives eight hours on a single charge and can be recharged.",
        "Copies of the court claim are on file.",
        # BASIL: "… to both pass a stopgap spending bill by voice vote" spoke through "a stopgap
        # spending bill by", cue "voice".
        "The concession let the harbour board pass a stopgap budget by voice vote.",
    ],
)
def test_a_cue_word_ending_a_prepositional_phrase_is_still_a_noun(text: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.kind) == ("", Kind.NARRATIVE)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # A naming verb's complement stands between the passive and its agent.
        ("Oz was called a quack by fellow physicians for promoting cures.", "fellow physicians", "called"),
        ("The fire has been labeled ``suspicious'' by Chief Ana Vell.", "Chief Ana Vell", "labeled"),
        ("The changes were described at the time by the ministry as minor.", "the ministry", "described"),
        # The agent ends before the reason it gives.
        ("Oz was criticized by fellow physicians for promoting cures.", "fellow physicians", "criticized"),
    ],
)  # fmt: skip
def test_a_passive_names_its_agent_after_a_complement(text: str, speaker: str, cue: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The match was called off by the referee at half time.",
        "Krall, who could face Vell soon after being called out by the Kersian fighter, improves to 58 wins.",
    ],
)
def test_calling_off_or_out_is_an_act_not_a_report(text: str) -> None:
    (only,) = statements_of(text)
    assert only.speaker == ""


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # An apposition naming a role after a few modifiers, with no article.
        ("Ana Vell, political science professor at Halvik University, said it was bad.", "Ana Vell", "said"),
        ("Ana Vell, longtime harbour spokeswoman, described the plan as reckless.", "Ana Vell", "described"),
        # An aside of more than one word between a loose subject and its verb.
        ("Young black voters, in particular, have expressed doubts.", "Young black voters", "expressed"),
        ("Harbour pilots, in a statement, said the plan was reckless.", "Harbour pilots", "said"),
    ],
)  # fmt: skip
def test_a_subject_speaks_past_its_apposition_or_aside(text: str, speaker: str, cue: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue) == (speaker, cue)


def test_a_clause_after_a_comma_is_no_apposition_of_a_role() -> None:
    # "host" is a role noun, but here a verb of the relative clause.
    (only,) = statements_of("The channel, where I host a weekly program, didn't report it until noon.")
    assert only.speaker == ""


@pytest.mark.parametrize(
    "text",
    [
        # A plural cue word before "of", "and" or "or", after a lower-case modifier, is a noun.
        "Much of the hearing delved into the tedious details of harbour law.",
        "The inquiry began on allegations that he filed false campaign finance reports and hid donations.",
        "The office released details of six settlements on Monday.",
        # A crime before "charge" makes a compound noun.
        "Krall is to be arraigned on two murder charges and one attempted murder charge today.",
    ],
)
def test_a_plural_cue_word_that_names_a_thing_reports_nothing(text: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.kind) == ("", Kind.NARRATIVE)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Post reporter Ana Vell writes of Krall, “his time is up.”", "Post reporter Ana Vell", "writes"),
        ("Krall often speaks of signing young players.", "Krall", "speaks of"),
    ],
)  # fmt: skip
def test_a_verb_in_s_after_its_subject_still_reports(text: str, speaker: str, cue: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        # After a possessive and a modifier, a cue word ending its phrase is a noun.
        ("Aide Ana Vell said Krall was not backing off his first remarks.", "Aide Ana Vell", "said"),
        ("Krall assailed Vell, calling her rude remarks about him “a disgrace.”", "Krall", "assailed"),
        ("Ana Vell, president of centrist think tank Harbour Way, hailed the vote.", "Ana Vell", "hailed"),
        # A possessed role still speaks.
        ("Vell checked into a clinic on Thursday, her rep confirms to the Post.", "her rep", "confirms"),
        ("Krall was in good spirits, his office said.", "his office", "said"),
        ("Her office claims the bill would cut deficits.", "Her office", "claims"),
    ],
)  # fmt: skip
def test_a_possessed_noun_is_no_cue_but_a_possessed_role_speaks(text: str, speaker: str, cue: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue) == (speaker, cue)


def test_a_security_detail_reports_nothing() -> None:
    (only,) = statements_of("Krall is assigned a full-time security detail from the harbour police.")
    assert only.speaker == ""


@pytest.mark.parametrize(
    "text",
    [
        "Vell was re-elected to her leadership post on Wednesday.",
        "A series of explosive reports over the last week have raised doubts about the deal.",
        "The mayor released the e-mails for political reasons on Friday.",
        "A man facing murder charges in Halvik was released on bail.",
    ],
)
def test_a_plural_or_base_cue_word_after_a_modifier_is_a_noun(text: str) -> None:
    (only,) = statements_of(text)
    assert only.speaker == ""


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Ana Vell called his acts careless without recommending criminal charges.", "Ana Vell", "called"),
        ("The blog adds that the patch was late.", "The blog", "adds"),
        ("The Halvik Daily News reports that the pier is closed.", "The Halvik Daily News", "reports"),
        ("The local representative says the pier is closed.", "The local representative", "says"),
    ],
)  # fmt: skip
def test_a_subject_before_its_verb_in_s_still_reports(text: str, speaker: str, cue: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue) == (speaker, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The bill lets victims sue Kersia for its alleged role in the attack.",
        "The tabloid ran an article giving ten reasons why Krall is the best candidate.",
        "Her outburst ran counter to all the party's talking points.",
    ],
)
def test_adjectives_counted_things_and_idioms_report_nothing(text: str) -> None:
    (only,) = statements_of(text)
    assert only.speaker == ""


def test_a_time_after_the_cue_is_no_speaker_and_the_name_before_it_speaks() -> None:
    text = (
        "“I asked that my pay be withheld,” Representative Ana Vell, Democrat of Halvik, said Wednesday on "
        "Twitter, where she posted a letter to the clerk.\n\nShe noted that dockers were not being paid."
    )
    first, second = statements_of(text)
    assert (first.speaker, first.cue) == ("Representative Ana Vell", "said")
    assert (second.speaker, second.cue) == ("Representative Ana Vell", "noted")  # "She", resolved


@pytest.mark.parametrize(
    "text",
    [
        "Vell was a guest on an awards show in May.",
        "Krall faces an animal cruelty charge in Halvik.",
        "He had a prior DUI charge, the records show nothing else.",
        "There was no answer to a call seeking comment.",
    ],
)
def test_a_base_form_cue_word_after_a_singular_article_is_a_noun(text: str) -> None:
    assert all(s.cue not in {"show", "charge", "comment"} for s in statements_of(text))


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("A few residents say the pier is unsafe.", "A few residents", "say"),
        ("A number of residents say the pier is unsafe.", "A number of residents", "say"),
    ],
)
def test_a_counted_plural_after_a_still_reports(text: str, speaker: str, cue: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue) == (speaker, cue)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A subject set off by descriptions, its verb, then a participle that reports.
        ("Ana Vell, the harbour master, qualified her view, saying that the pier would reopen.", "Ana Vell"),
        ("Ana Vell, chair of the board, an architect of the plan, issued a release calling critics "
         "“cowards,” and saying, “We will not stop.”", "Ana Vell"),
        # A name in apposition speaks for the role before it.
        ("The board’s chief executive, Ana Vell, issued a statement, saying it was wrong.", "Ana Vell"),
    ],
)  # fmt: skip
def test_a_participle_reports_for_a_subject_with_descriptions(text: str, speaker: str) -> None:
    (only,) = statements_of(text)
    assert (only.speaker, only.cue) == (speaker, "saying")


def test_a_participle_without_a_comma_keeps_the_main_verb() -> None:
    (only,) = statements_of(
        "On Sunday, Ana Vell, the mayor, suggested Krall think twice before tweeting again."
    )
    assert (only.speaker, only.cue) == ("Ana Vell", "suggested")


def test_a_medium_before_a_colon_and_a_quote_frames_the_quote() -> None:
    text = "A senior harbour aide, likewise, put the odds bluntly in an email to the Post: “No worse time.”"
    (only,) = statements_of(text)
    assert (only.speaker, only.cue, only.kind) == ("A senior harbour aide", "in an email", Kind.DIRECT)


def test_a_verb_before_the_medium_keeps_framing_the_quote() -> None:
    (only,) = statements_of("Producers Ana Vell and Ivo Krall said in a statement: “We are thrilled.”")
    assert (only.speaker, only.cue) == ("Producers Ana Vell and Ivo Krall", "said")


@pytest.mark.parametrize(
    "text",
    [
        "The inspector general found no evidence that the pair acted on their views.",
        "The harbour study found little evidence that the pier was unsafe.",
    ],
)
def test_a_finding_of_no_evidence_reports(text: str) -> None:
    (only,) = statements_of(text)
    assert only.cue == "found"


def test_a_title_the_article_names_as_an_office_is_no_earlier_speaker() -> None:
    text = (
        "Ivo Krall said he was saddened by the decision.\n\n"
        "The inspector general said the messages were troubling.\n\n"
        "The inspector general's report ran to 500 pages."
    )
    said = [s for s in statements_of(text) if s.speaker]
    assert [s.speaker for s in said] == ["Ivo Krall", "The inspector general"]
    # Without the office named as such, a title after a named speaker is still that speaker.
    perry = statements_of("Ivo Krall said he was saddened.\n\nThe harbour governor said the pier was unsafe.")
    assert [s.speaker for s in perry] == ["Ivo Krall", "Ivo Krall"]


def test_a_report_named_after_a_two_word_title_is_a_noun() -> None:
    (only,) = statements_of(
        "The inspector general report also criticized Krall for his use of personal email."
    )
    assert (only.speaker, only.cue) == ("The inspector general report", "criticized")


def test_an_ad_speaks_for_its_owner() -> None:
    (only,) = statements_of(
        "The group's first ad called Krall an “elitist hypocrite” for his security detail."
    )
    assert (only.speaker, only.cue) == ("The group's first ad", "called")
