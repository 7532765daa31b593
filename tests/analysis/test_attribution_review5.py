"""Speaker identity on shapes found reading a BASIL case in the window: sentences we wrote."""

from __future__ import annotations

import pytest

from analysis import names
from analysis.model import SpeakerType
from tests.analysis.test_attribution import statements_of, the
from tests.analysis.test_speakers import resolve, said


@pytest.mark.parametrize(
    ("mention", "name", "key"),
    [
        # A member of Congress "of" a state is the member, not the state.
        ("Representative Ana V. Ruiz of Ohio", "Ana V. Ruiz", "ruiz"),
        ("Representative Tom Vell of New York", "Tom Vell", "vell"),
        # A title that ends a mention after a first name is the surname.
        ("independent Sen. Marta King of Maine", "Marta King", "king"),
        ("Howard Dean", "Howard Dean", "dean"),
        # The particle opens the surname; it is no first name.
        ("Mr. de León", "de León", "leon"),
    ],
)  # fmt: skip
def test_person_names_keep_their_surname(mention: str, name: str, key: str) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name, parsed.key) == (SpeakerType.PERSON, name, key)
    assert parsed.first != "de"


def test_a_spokesman_of_a_country_is_no_person_named_after_it() -> None:
    parsed = names.parse("the spokesman of Russia")
    assert parsed.type == SpeakerType.ANONYMOUS
    assert parsed.affiliation == "Russia"


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        ("Democracy for Valdoria", SpeakerType.INSTITUTION, "Democracy for Valdoria"),
        ("Deferred Relief for Dockers", SpeakerType.INSTITUTION, "Deferred Relief for Dockers"),
        ("HALO Action", SpeakerType.INSTITUTION, "HALO Action"),
        ("Make Valdoria Great PAC", SpeakerType.INSTITUTION, "Make Valdoria Great PAC"),
        ("HarbourWatch.org", SpeakerType.INSTITUTION, "HarbourWatch.org"),
        # Members of a party speak as the party; some of them are unnamed people.
        ("Democrats", SpeakerType.INSTITUTION, "Democrats"),
        ("The Republicans’", SpeakerType.INSTITUTION, "Republicans"),
        ("some Democrats", SpeakerType.ANONYMOUS, "some Democrats"),
        ("Other Republicans", SpeakerType.ANONYMOUS, "Other Republicans"),
        ("Most Americans", SpeakerType.ANONYMOUS, "Most Americans"),
        ("Log Cabin Republicans", SpeakerType.INSTITUTION, "Log Cabin Republicans"),
        # A party member named by party and place is a role, not a person called "California".
        ("The California Democrat", SpeakerType.ANONYMOUS, "California Democrat"),
        ("Democrat of North Dakota", SpeakerType.ANONYMOUS, "Democrat of North Dakota"),
        # Still people and titles.
        ("Secretary for Health", SpeakerType.ANONYMOUS, "Secretary for Health"),
        ("JOHN SMITH", SpeakerType.PERSON, "JOHN SMITH"),
        ("Williams", SpeakerType.PERSON, "Williams"),
    ],
)  # fmt: skip
def test_organisations_and_groups_are_no_persons(mention: str, kind: SpeakerType, name: str) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name) == (kind, name)


def test_a_member_of_a_state_and_his_honorific_are_one_speaker() -> None:
    resolver, _ = resolve(
        "“They blinked,” said Representative Ana V. Ruiz of Ohio.\n\n"
        "Ms. Ruiz said the vote was a mistake.\n\n"
        "Kevin de León said the deal was weak.\n\n"
        "Mr. de León said he had called the chairman."
    )
    assert (
        said(resolver, "They blinked").speaker_id == said(resolver, "vote was a mistake").speaker_id == "ruiz"
    )
    assert said(resolver, "deal was weak").speaker_id == said(resolver, "called the chairman").speaker_id


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Sen. Mara Lind, R-Ariz., said the bridge was unsafe.", "Sen. Mara Lind"),
        ("Rep. Tom Vell, D-N.Y., said the vote would pass.", "Rep. Tom Vell"),
        ("Speaking on Sunday, Sen. Jim Dorr, R-S.C., said the plan was “inaccurate.”", "Sen. Jim Dorr"),
    ],
)  # fmt: skip
def test_a_party_and_state_tag_is_an_apposition_not_a_sentence_end(text: str, speaker: str) -> None:
    assert the(text, "said").speaker == speaker


def test_a_named_subject_and_its_apposition_speak_not_the_noun_after_the_cue() -> None:
    found = the(
        "Former Senator Piet L. Dorn, Democrat of North Dakota, said Democrats from rural states would "
        "prefer to fight over other issues.",
        "rural states",
    )
    assert found.speaker == "Former Senator Piet L. Dorn"
    # An inverted speaker after a content clause is still one.
    assert the("The pier is safe, said the ministry.", "pier").speaker == "the ministry"


def test_the_owner_of_the_subject_is_who_a_later_pronoun_stands_for() -> None:
    text = (
        "The order gives Paul Sand, the acting defence secretary, broad latitude.\n\n"
        "Mr. Krall’s desire for approval was on display when he named his supporters, although he "
        "insisted that “they don’t decide policy.”"
    )
    resolver, _ = resolve(text)
    assert said(resolver, "decide policy").speaker_id == "krall"


def test_a_party_apposition_and_a_programme_stand_for_no_one() -> None:
    text = (
        "Former Senator Piet L. Dorn, Democrat of North Dakota, said rural voters cared about prices.\n\n"
        "The programme for young immigrants — Deferred Relief for Harbour Workers, or DRHW — is an "
        "important issue, he said, but “it isn’t the bread and butter of our politics.”"
    )
    resolver, _ = resolve(text)
    assert said(resolver, "important issue").speaker_id == "dorn"


def test_the_state_and_party_of_a_speaker_stand_for_the_speaker_just_quoted() -> None:
    text = (
        "“There is a whole lot of anger,” said one Democrat who opposed her.\n\n"
        "Representative Nora Pell of California, the party’s leader, said she had the votes.\n\n"
        "The California Democrat spoke briefly to reporters, saying she felt “exhilarated.”"
    )
    resolver, _ = resolve(text)
    assert said(resolver, "exhilarated").speaker_id == "pell"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A second verb of a relative clause has the relative's antecedent for subject.
        ("The vote enraged liberals, who accused the senators of betrayal and threatened to run "
         "primary challengers.", "liberals"),
        ("Only one senator faces a challenge: Senator Ana Ruiz of Ohio, who voted against the deal "
         "and complained that she had been asked to vote twice.", "Senator Ana Ruiz of Ohio"),
        # A noun that a clause describes is no part of the subject.
        ("By the time Krall said that the vote would come, support had turned.", "Krall"),
        ("The figure is the amount Mr. Vell said he would need.", "Mr. Vell"),
        # A US state set off by commas belongs to the name around it.
        ("“Stay strong,” tweeted the Brooklyn, N.Y., chapter of Harbour Watch, a leading group.",
         "the Brooklyn, N.Y., chapter of Harbour Watch"),
        ("“The pier is safe,” said Dana Krall of Glendale, Ariz., a pilot.", "Dana Krall of Glendale"),
    ],
)  # fmt: skip
def test_subjects_of_relatives_and_clauses(text: str, speaker: str) -> None:
    (found,) = [s for s in statements_of(text) if s.speaker]
    assert found.speaker == speaker


def test_feeling_a_state_reports_no_belief() -> None:
    assert the("Aides worked so that voters do not feel left out.", "voters").speaker == ""
    assert the("Voters feel that the city is safe.", "Voters").speaker == "Voters"


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("Hawaii", SpeakerType.GOVERNMENT),
        ("California and New York", SpeakerType.GOVERNMENT),
        ("The Texas lawmaker", SpeakerType.ANONYMOUS),
    ],
)
def test_a_us_state_that_speaks_is_its_government(mention: str, kind: SpeakerType) -> None:
    assert names.parse(mention).type == kind


def test_places_of_the_corpus_joined_speak_as_their_governments() -> None:
    parsed = names.parse("Kersia and Valdoria", frozenset({"kersia", "valdoria"}))
    assert parsed.type == SpeakerType.GOVERNMENT
    assert parsed.name == "Kersia and Valdoria"


def test_a_place_in_a_title_case_headline_is_no_surname() -> None:
    text = (
        "Krall Says He Has Investigators Looking Into Records In Hawaii\n\n"
        "Host Mary Lind asked Anton Krall if he had people on the ground in Hawaii searching for records. "
        "He signaled he did, saying, “They cannot believe what they are finding.”"
    )
    resolver, _ = resolve(text)
    assert said(resolver, "He signaled").speaker_id == "krall"


def test_a_group_opening_a_clause_is_who_they_stands_for() -> None:
    text = (
        "The first parcel was found on Monday at the New York home of Mr. Vell.\n\n"
        "While investigators first thought that some parcels were hand delivered, they now believe "
        "all of them were sent by mail."
    )
    resolver, _ = resolve(text)
    assert said(resolver, "sent by mail").speaker_id.startswith("investigators")


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        # A title "of" something, then the name: the person speaks.
        ("acting Harbour House chief of staff Mick Vell", SpeakerType.PERSON, "Mick Vell"),
        ("Chief of Staff John Kell", SpeakerType.PERSON, "John Kell"),
        ("Former Speaker of the House Newt Dorr", SpeakerType.PERSON, "Newt Dorr"),
        ("Republican Whip Steve Lind", SpeakerType.PERSON, "Steve Lind"),
        # Someone employed by a government body is an unnamed person, not the body.
        ("a senior administration official", SpeakerType.ANONYMOUS, "senior administration official"),
        ("White House officials", SpeakerType.ANONYMOUS, "White House officials"),
        ("HuffPost Pollster", SpeakerType.MEDIA, "HuffPost Pollster"),
        ("the Defence Ministry", SpeakerType.GOVERNMENT, "Defence Ministry"),
        # A quantifier is no name.
        ("Some on the right", SpeakerType.ANONYMOUS, "Some on the right"),
    ],
)
def test_titles_employees_and_quantifiers(mention: str, kind: SpeakerType, name: str) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name) == (kind, name)


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Vell fired back with a Twitter post of his own.",
        "In his Twitter post, Mr. Krall also referred to the case of a sailor.",
        "The strike forced an estimated 800,000 workers to go without pay.",
        "Krall declared an emergency, turning a charged policy dispute into a clash.",
        "Presidents have declared national emergencies about five dozen times.",
        "He paired the address with a ceremony, a move intended to underscore the idea.",
        # A singular noun, the cue word, a finite verb: the cue word heads the subject (BASIL).
        "The Krall family dispute mirrors the broader split among dockers on the levy.",
        "The union dispute ended on Friday.",
        "The harbour report showed losses.",
    ],
)
def test_nouns_adjectives_and_acts_report_nothing(text: str) -> None:
    assert [s.speaker for s in statements_of(text)] == [""]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The officials say the port is safe.", "The officials"),
        ("The police say the port is safe.", "The police"),
        ("Moscow and Kyiv dispute the figures.", "Moscow and Kyiv"),
        ("A firm planned to bid for the port.", "A firm"),
        ("Police dispute reported figures.", "Police"),
        ("The family deny the allegations.", "The family"),
        ("The dockers dispute continued reports of a deal.", "The dockers"),
    ],
)
def test_verbs_after_plural_subjects_still_report(text: str, speaker: str) -> None:
    assert the(text, "").speaker == speaker


def test_a_dateline_stands_for_no_one() -> None:
    text = (
        "HALVIK — The mayor on Saturday offered the union a deal.\n\n"
        "The details, which councillors unveiled on Monday, show it is more of a wish list, it said."
    )
    resolver, _ = resolve(text)
    assert said(resolver, "wish list").speaker_id != "halvik"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The ministry declined to comment on the report.", "The ministry"),
        ("Krall refused to say whether the port was safe.", "Krall"),
        ("Mayor Dana Lind declined to weigh in on the merits of the plan.", "Mayor Dana Lind"),
        # Refusing an act reports no words.
        ("Mr. Vell refused to step down from his race despite calls to quit.", ""),
        ("When challenged by reporters, he refused to accept figures produced by his own office.", ""),
        ("He then grabs the man's wrist and refuses to let go.", ""),
    ],
)
def test_declining_to_speak_is_a_report_refusing_an_act_is_not(text: str, speaker: str) -> None:
    assert the(text, "").speaker == speaker


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        # A title, then a name: the person, even when a word of it names a news outlet.
        ("White House Press Secretary Jay Carr", SpeakerType.PERSON, "Jay Carr"),
        ("New York City Mayor Michael Bloomberg", SpeakerType.PERSON, "Michael Bloomberg"),
        ("Mayor Bloomberg", SpeakerType.PERSON, "Bloomberg"),
        ("Fox News host Sean Dorr", SpeakerType.PERSON, "Sean Dorr"),
        ("Bloomberg News", SpeakerType.MEDIA, "Bloomberg News"),
        ("the Defence Ministry", SpeakerType.GOVERNMENT, "Defence Ministry"),
        # Platforms, pronouns, weekdays and quantified groups are no persons.
        ("Twitter", SpeakerType.MEDIA, "Twitter"),
        ("It", SpeakerType.ANONYMOUS, "It"),
        ("Wednesday on Twitter", SpeakerType.ANONYMOUS, "Wednesday on Twitter"),
        ("Many of Ms. Lind’s new colleagues", SpeakerType.ANONYMOUS, "Many of Ms. Lind’s new colleagues"),
        ("Some in the GOP", SpeakerType.ANONYMOUS, "Some in the GOP"),
    ],
)
def test_titled_names_platforms_and_pronouns(mention: str, kind: SpeakerType, name: str) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name) == (kind, name)


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        # A seat of government is matched as whole words, and speaks as the government.
        ("The Wall Street Journal", SpeakerType.MEDIA),
        ("A blogger on the Web site Freedom’s Lighthouse", SpeakerType.ANONYMOUS),
        ("Real Estate Board", SpeakerType.INSTITUTION),
        ("the Houston Chronicle", SpeakerType.MEDIA),
        ("Downing Street", SpeakerType.GOVERNMENT),
        ("the Élysée", SpeakerType.GOVERNMENT),
        ("the State Department", SpeakerType.GOVERNMENT),
    ],
)
def test_seats_of_government_are_whole_words(mention: str, kind: SpeakerType) -> None:
    assert names.parse(mention).type == kind


@pytest.mark.parametrize(
    ("mention", "kind", "name", "affiliation"),
    [
        # A body's role, then a name: the person, affiliated to the body.
        ("Bureau of Harbours spokesman Al Quint", SpeakerType.PERSON, "Al Quint", "Bureau of Harbours"),
        ("Ministry of Defence spokesman Igor Vell", SpeakerType.PERSON, "Igor Vell", "Ministry of Defence"),
        # A name "of" an outlet is the reporter, not the outlet.
        ("Michael Silt of the Boston Herald", SpeakerType.PERSON, "Michael Silt", ""),
        # Someone speaking for a named person is not that person.
        ("A representative for Mr. Jackman", SpeakerType.ANONYMOUS, "representative for Mr. Jackman",
         "Mr. Jackman"),
        ("One of the wives of former church leader Winston Blake", SpeakerType.ANONYMOUS,
         "One of the wives of former church leader Winston Blake", "One"),
        ("the New York City Office of the Chief Medical Examiner", SpeakerType.INSTITUTION,
         "New York City Office of the Chief Medical Examiner", ""),
    ],
)  # fmt: skip
def test_bodies_roles_and_names(mention: str, kind: SpeakerType, name: str, affiliation: str) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name, parsed.affiliation) == (kind, name, affiliation)


def test_an_acronym_is_no_surname_for_a_pronoun() -> None:
    text = (
        "The Kersian ambassador to the EU met the envoy on Monday.\n\n"
        "Officials said the talks would resume. “We will return,” he said."
    )
    resolver, _ = resolve(text)
    assert said(resolver, "We will return").speaker_id != "eu"


@pytest.mark.parametrize(
    ("mention", "kind", "name", "first"),
    [
        # A sentence adverb or conjunction glued on is no first name ("Plus Obama" split Obama in two).
        ("Plus Krall", SpeakerType.PERSON, "Krall", ""),
        ("But Anton Krall", SpeakerType.PERSON, "Anton Krall", "anton"),
        # Unnamed people described after the noun, and a region's adjective, are no bodies or persons.
        ("those familiar with the White House", SpeakerType.ANONYMOUS, "familiar with the White House", ""),
        ("a Midwestern Democrat backed by caucus members", SpeakerType.ANONYMOUS,
         "Midwestern Democrat backed by caucus members", ""),
    ],
)  # fmt: skip
def test_openers_and_descriptions_are_no_names(
    mention: str, kind: SpeakerType, name: str, first: str
) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name, parsed.first) == (kind, name, first)


def test_plus_before_a_name_makes_no_second_speaker() -> None:
    resolver, _ = resolve(
        "President Anton Krall said the port would reopen.\n\nPlus Krall wants a new levy, he said."
    )
    assert said(resolver, "port would reopen").speaker_id == said(resolver, "new levy").speaker_id


def test_a_middle_name_and_a_counted_mention_join_their_person() -> None:
    resolver, _ = resolve(
        "CEO Dana Vell said the fund was safe.\n\nD. Dana Vell, its chief, said the fund would grow.\n\n"
        "FBI agent Peter Strak said the texts were private.\n\n"
        "One Strak text in particular said the vote was rigged."
    )
    assert said(resolver, "fund was safe").speaker_id == said(resolver, "would grow").speaker_id
    assert said(resolver, "texts were private").speaker_id == said(resolver, "vote was rigged").speaker_id


@pytest.mark.parametrize(
    ("mention", "name", "first"),
    [
        ("Angels GM Tony Rea", "Tony Rea", "tony"),
        ("Commodore Nirad Sinh", "Nirad Sinh", "nirad"),
        ("Undersheriff Larry Wald", "Larry Wald", "larry"),
        ("Police Constable Tim Fann", "Tim Fann", "tim"),
        ("Brigadier-General Avi Benay", "Avi Benay", "avi"),
        ("President-elect Anton Krall", "Anton Krall", "anton"),
        ("Sr. Carol Keen", "Carol Keen", "carol"),
        # An owner before a name is no part of it.
        ("Harbourtech's Dustin Chile", "Dustin Chile", "dustin"),
    ],
)
def test_more_titles_and_owners_before_names(mention: str, name: str, first: str) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name, parsed.first) == (SpeakerType.PERSON, name, first)


def test_an_ambassador_to_a_union_and_a_based_organisation() -> None:
    assert names.parse("the Kersian ambassador to the EU").type == SpeakerType.ANONYMOUS
    based = names.parse("New York-based Harbour Rights Watch")
    assert (based.type, based.key) == (SpeakerType.INSTITUTION, names.parse("Harbour Rights Watch").key)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Stan Perl", "Stanley Perl"),
        ("Liz Chen", "Elizabeth Chen"),
        ("A. J. Smyth", "A.J. Smyth"),
        ("Heydar Alish", "Heidar Alish"),
        ("Massoud Dalm", "Masoud Dalm"),
        ("Carolos Papou", "Karolos Papou"),
    ],
)
def test_short_forms_and_spellings_of_a_first_name_are_one_person(one: str, other: str) -> None:
    resolver, _ = resolve(
        f"{one} said the port was safe.\n\nDana {one.split()[-1]} said the levy was high.\n\n"
        f"{other} said the pier would hold."
    )
    assert said(resolver, "port was safe").speaker_id == said(resolver, "pier would hold").speaker_id
    assert said(resolver, "port was safe").speaker_id != said(resolver, "levy was high").speaker_id
    # The id shows a first name as written, not its matching key.
    written = {names.fold(w).rstrip(".") for w in one.split()[:-1] + other.split()[:-1]}
    assert said(resolver, "port was safe").speaker_id.split("-")[0].rstrip(".") in written


def test_a_bare_surname_with_a_role_goes_to_the_namesake_holding_it() -> None:
    resolver, _ = resolve(
        "Mary Chen said the family was proud.\n\nMary Chen added that she would vote.\n\n"
        "Vice President Dick Chen said the war was right.\n\n"
        "Former Vice President Chen said the plan would work."
    )
    assert said(resolver, "plan would work").speaker_id == said(resolver, "war was right").speaker_id
    assert said(resolver, "family was proud").speaker_id != said(resolver, "war was right").speaker_id


@pytest.mark.parametrize("mention", ["The Chen family", "Krall supporters", "Vell aides"])
def test_a_group_named_after_a_person_is_no_person(mention: str) -> None:
    parsed = names.parse(mention)
    assert parsed.type == SpeakerType.ANONYMOUS
    assert parsed.affiliation == mention.split()[-2]
