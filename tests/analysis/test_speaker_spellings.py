"""One identity for names spelt two ways, bodies written three ways and documents'
authors: sentences we wrote, shaped after ECB+ and BASIL speakers that came out split."""

from __future__ import annotations

import pytest

from analysis import names
from analysis.model import SpeakerType
from tests.analysis.test_speakers import resolve, said


def _ids(*texts: str) -> set[str]:
    resolver, _ = resolve(*texts)
    return {s.speaker_id for s in resolver.statements_ if s.speaker_id}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Gurbanguli Berdymukhamedov", "Kurbanguly Berdymukhamedov"),
        ("Giannis Panagopoulos", "Yiannis Panagopoulos"),
        ("Elias Vrettakos", "Ilias Vrettakos"),
    ],
)
def test_one_given_name_transliterated_twice_is_one_person(first: str, second: str) -> None:
    ids = _ids(
        f"{first} said the vote was fair. Observers said it was not.",
        f"{second} said the vote would be repeated. Officials said no date was set.",
    )
    persons = {i for i in ids if "~" not in i}
    assert len(persons) == 1, ids


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mario Lopez", "Maria Lopez"),  # a man and a woman
        ("Jim Smith", "Tim Smith"),  # short names: one letter apart, two people
        ("Charles Kafoury", "Charlene Kafoury"),
    ],
)
def test_near_first_names_of_two_people_stay_apart(first: str, second: str) -> None:
    ids = _ids(f"{first} said the pier was safe. {second} said it was not.")
    assert len(ids) == 2, ids


def test_a_double_surname_read_as_a_given_name_is_the_full_name_s_person() -> None:
    # ECB+: "Cheryl Boone Isaacs" and "Boone Isaacs" were two speakers.
    ids = _ids(
        "Academy President Cheryl Boone Isaacs said the host was chosen. Officials agreed.",
        "Boone Isaacs said the gala would open in March. Critics said it was late.",
    )
    assert len({i for i in ids if "~" not in i}) == 1, ids


def test_a_second_given_name_alone_stays_a_person_of_its_own_without_the_full_name() -> None:
    ids = _ids("Ana Vell said the pier was safe. Lev Vell said it was not.")
    assert len(ids) == 2, ids


def test_a_body_written_three_ways_is_one_institution() -> None:
    resolver, _ = resolve(
        "The U.S. Geological Survey said the quake was shallow.",
        "The U. S. Geological Survey said the quake struck at noon.",
        "The United States Geological Survey said it was a 5.2.",
    )
    ids = {said(resolver, fragment).speaker_id for fragment in ("shallow", "noon", "5.2")}
    assert ids == {"us-geological-survey"}
    assert names.parse("US Geological Survey").type == SpeakerType.INSTITUTION


@pytest.mark.parametrize(
    ("mention", "kind", "name"),
    [
        ("Lake County", SpeakerType.GOVERNMENT, "Lake County"),
        # A pollster named before its poll is an organisation.
        ("A Gallup survey", SpeakerType.INSTITUTION, "Gallup"),
        ("a Harbour Herald poll", SpeakerType.MEDIA, "Harbour Herald"),
        # Its author is named after it.
        ("an opinion poll published by Ethnos newspaper", SpeakerType.MEDIA, "Ethnos newspaper"),
        ("a report in the Harbour Times", SpeakerType.MEDIA, "Harbour Times"),
        # No author: the document stays whole; people "in" a party are people.
        ("A new survey", SpeakerType.ANONYMOUS, "new survey"),
        ("senior figures in the party", SpeakerType.ANONYMOUS, "senior figures in the party"),
        # A person's report stays the person's.
        ("Mueller's report", SpeakerType.PERSON, "Mueller"),
        # The owner of a text wrote it, whatever modifiers stand between.
        ("Harris’ resignation letter", SpeakerType.PERSON, "Harris"),
        ("the ministry’s latest statement", SpeakerType.GOVERNMENT, "ministry"),
        ("the officials’ statement", SpeakerType.ANONYMOUS, "officials"),
        # A quoted name keeps no apostrophe.
        ("'Dennis'", SpeakerType.PERSON, "Dennis"),
    ],
)
def test_bodies_and_document_authors(mention: str, kind: SpeakerType, name: str) -> None:
    parsed = names.parse(mention)
    assert (parsed.type, parsed.name) == (kind, name)


def test_a_past_cue_before_a_label_is_no_part_of_the_name() -> None:
    resolver, _ = resolve("The case was hard.\n\nTold Howell: 'We investigated every suspect.'")
    assert said(resolver, "suspect").speaker == "Howell"


def test_a_hearsay_adverb_opening_the_sentence_is_no_first_name() -> None:
    resolver, _ = resolve(
        "Christopher Simpson was charged. Purportedly Simpson became angry and said that he was not ready."
    )
    assert said(resolver, "angry").speaker_id == "simpson"
    assert [s.id for s in resolver.speakers_] == ["simpson"]
