"""Speaker identity within and across articles, types, affiliations, stable ids and edit replay.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from analysis import ingest
from analysis.model import Article, Edits, Format, Speaker, SpeakerType, Statement, content_id
from analysis.pipeline import analyze
from analysis.speakers import SpeakerResolver, mention_key
from analysis.statements import extract_statements
from analysis.tables import statements_frame
from tests.demo_case import EXPECTED_SPEAKERS


def doc(text: str, name: str = "a.txt") -> Article:
    spans, cursor = [], 0
    for block in text.split("\n\n"):
        spans.append((cursor, cursor + len(block)))
        cursor += len(block) + 2
    return Article(content_id(text), name, Format.TEXT, text, source=name, paragraphs=tuple(spans))


def resolve(*texts: str, edits: Edits | None = None) -> tuple[SpeakerResolver, list[Article]]:
    articles = [doc(t, f"{i}.txt") for i, t in enumerate(texts)]
    found = [s for a in articles for s in extract_statements(a)]
    return SpeakerResolver(edits).fit(found, articles), articles


def said(resolver: SpeakerResolver, fragment: str) -> Statement:
    found = [s for s in resolver.statements_ if fragment in s.text]
    assert len(found) == 1, [s.text for s in resolver.statements_]
    return found[0]


def speaker(resolver: SpeakerResolver, speaker_id: str) -> Speaker:
    return next(s for s in resolver.speakers_ if s.id == speaker_id)


def test_titles_first_names_and_diacritics_are_dropped_for_matching() -> None:
    resolver, _ = resolve(
        "President Recep Tayyip Erdoğan said the border would stay open.",
        "Erdogan said the talks had failed.\n\nThe dam is full, Erdoğan added.",
    )
    ids = {
        said(resolver, f).speaker_id for f in ("border would stay open", "talks had failed", "dam is full")
    }
    assert ids == {"erdogan"}
    erdogan = speaker(resolver, "erdogan")
    assert erdogan.type == SpeakerType.PERSON
    assert erdogan.name == "Recep Tayyip Erdoğan"
    assert set(erdogan.aliases) == {"President Recep Tayyip Erdoğan", "Erdogan", "Erdoğan"}


def test_the_turkish_president_is_linked_where_the_article_says_so() -> None:
    resolver, _ = resolve(
        "President Recep Tayyip Erdogan flew to Ankara.\n\nThe Turkish president said the talks would resume."
    )
    assert said(resolver, "talks would resume").speaker_id == "erdogan"


def test_acronyms_defined_in_parentheses_join_their_long_form_across_articles() -> None:
    resolver, _ = resolve(
        "The Center for reconciliation of the warring parties in Syria (CPVS) said that aid had arrived.",
        "CPVS said the convoy was delayed.",
        "The Center for reconciliation of the warring parties in Syria said the truce held.",
    )
    ids = {said(resolver, f).speaker_id for f in ("aid had arrived", "convoy was delayed", "truce held")}
    assert ids == {"cpvs"}
    assert speaker(resolver, "cpvs").type == SpeakerType.INSTITUTION


def test_spokespeople_are_kept_apart_from_their_institution_but_linked() -> None:
    resolver, _ = resolve(
        "The Foreign Ministry said the envoy was recalled.\n\n"
        "Foreign Ministry spokeswoman Irina Malek said the embassy would stay open."
    )
    ministry = said(resolver, "envoy was recalled").speaker_id
    malek = said(resolver, "embassy would stay open").speaker_id
    assert (ministry, malek) == ("foreign-ministry", "malek")
    assert speaker(resolver, "malek").affiliation == "foreign-ministry"
    assert speaker(resolver, "foreign-ministry").type == SpeakerType.GOVERNMENT


def test_speaker_types() -> None:
    resolver, _ = resolve(
        "Kersia claimed that the strike had hit a depot.\n\n"
        "The Kremlin said the talks would go on.\n\n"
        "The New York Post reported that the mayor resigned.\n\n"
        "Officials said the road was closed.\n\n"
        "A source said the envoy had left.\n\n"
        "The Red Cross said two trucks arrived.\n\n"
        "The Kersian army said its units had withdrawn."
    )
    types = {
        fragment: speaker(resolver, said(resolver, fragment).speaker_id).type
        for fragment in (
            "depot",
            "talks would go on",
            "mayor resigned",
            "road was closed",
            "envoy had left",
            "trucks",
        )
    }
    assert types == {
        "depot": SpeakerType.GOVERNMENT,
        "talks would go on": SpeakerType.GOVERNMENT,
        "mayor resigned": SpeakerType.MEDIA,
        "road was closed": SpeakerType.ANONYMOUS,
        "envoy had left": SpeakerType.ANONYMOUS,
        "trucks": SpeakerType.INSTITUTION,
    }


def test_anonymous_voices_stay_separate_per_article() -> None:
    resolver, _ = resolve("Officials said the road was closed.", "Officials said the bridge was open.")
    assert said(resolver, "road").speaker_id != said(resolver, "bridge").speaker_id


def test_two_persons_with_one_surname_stay_apart() -> None:
    resolver, _ = resolve(
        "Hillary Clinton said the plan was fair.",
        "Bill Clinton said the law was crazy.\n\nClinton added that premiums had doubled.",
    )
    assert said(resolver, "plan was fair").speaker_id == "hillary-clinton"
    assert said(resolver, "law was crazy").speaker_id == "bill-clinton"
    assert said(resolver, "premiums had doubled").speaker_id == "bill-clinton"


def test_ids_are_stable_across_runs_and_article_order() -> None:
    texts = (
        "Krall said the talks would resume.",
        "Officials said the road was closed.",
        "The UN said aid arrived.",
    )
    first, _ = resolve(*texts)
    again, _ = resolve(*texts)
    reordered, _ = resolve(*reversed(texts))
    ids = sorted(s.id for s in first.speakers_)
    assert ids == sorted(s.id for s in again.speakers_) == sorted(s.id for s in reordered.speakers_)
    more, _ = resolve(*texts, "Arslan said the crossing was closed.")
    assert set(ids) <= {s.id for s in more.speakers_}


def test_merges_renames_and_splits_are_replayed() -> None:
    texts = (
        "Krall said the talks would resume.\n\nAnton Krall added that Geneva was ready.",
        "The Valdorian president said the talks were over.",
        "The Valdorian Interior Ministry said the border was closed.",
    )
    edits = Edits(
        speaker_merges={"valdorian-president~" + doc(texts[1], "1.txt").id[:8]: "krall"},
        speaker_renames={"krall": "President Anton Krall"},
        speaker_splits={mention_key("Anton Krall"): "anton-krall-senior"},
    )
    resolver, _ = resolve(*texts, edits=edits)
    assert said(resolver, "talks were over").speaker_id == "krall"
    assert said(resolver, "talks would resume").speaker_id == "krall"
    assert said(resolver, "Geneva was ready").speaker_id == "anton-krall-senior"
    assert speaker(resolver, "krall").name == "President Anton Krall"
    assert "The Valdorian president" in speaker(resolver, "krall").aliases
    assert not any(s.id.startswith("valdorian-president") for s in resolver.speakers_)


def test_an_edit_follows_a_speaker_whose_id_changed() -> None:
    edits = Edits(speaker_renames={"clinton": "Former President Clinton"})
    resolver, _ = resolve(
        "Clinton said the law was crazy.", "Hillary Clinton said the plan was fair.", edits=edits
    )
    renamed = [s for s in resolver.speakers_ if s.name == "Former President Clinton"]
    assert len(renamed) == 1
    assert renamed[0].id.endswith("clinton")


def test_edits_survive_reanalysis_through_the_pipeline() -> None:
    articles = [
        doc("Krall said the talks would resume.", "a.txt"),
        doc("Arslan said the border was closed.", "b.txt"),
    ]
    edits = Edits(speaker_merges={"arslan": "krall"}, speaker_renames={"krall": "Valdorian leadership"})
    for _ in range(2):
        result = analyze(articles, edits)
        assert set(result.statements["speaker_id"]) - {""} == {"krall"}
        row = result.speakers.set_index("id").loc["krall"]
        assert row["name"] == "Valdorian leadership"
        assert row["count"] == 2


def test_the_speaker_table_counts_statements_and_sources() -> None:
    resolver, articles = resolve("Krall said A was true.", "Krall said B was false.\n\nOfficials said C.")
    table = resolver.table(statements_frame(resolver.statements_, articles)).set_index("id")
    assert table.loc["krall", "count"] == 2
    assert table.loc["krall", "sources"] == ["0.txt", "1.txt"]


def test_the_demo_case_speakers(sample_paths: list) -> None:
    loaded = ingest.load([str(p) for p in sample_paths])
    result = analyze(loaded.articles)
    rows = result.statements
    for fragment, speaker_id, commitment in EXPECTED_SPEAKERS:
        row = rows[rows["text"].str.contains(fragment, regex=False)].iloc[0]
        assert speaker_id in row["speaker_id"], fragment
        assert row["commitment"] == commitment, fragment
    table = result.speakers.set_index("id")
    assert table.loc["varnov", "type"] == "person"
    assert table.loc["cropt", "type"] == "institution"


def test_an_office_named_after_its_organisation_is_affiliated_to_it() -> None:
    resolver, _ = resolve("The UN said aid arrived.\n\nThe UN humanitarian office said two schools were hit.")
    office = speaker(resolver, said(resolver, "schools were hit").speaker_id)
    assert office.type == SpeakerType.INSTITUTION
    assert office.affiliation == "un"


def test_aliases_differing_only_in_a_capital_are_one() -> None:
    resolver, _ = resolve(
        "The Harbour Ministry said the pier would hold.",
        "Divers saw cracks, but the Harbour Ministry said the pier was safe.",
    )
    ministry = next(s for s in resolver.speakers_ if "ministry" in s.id)
    assert [a.casefold() for a in ministry.aliases] == ["the harbour ministry"]


def test_unnamed_sources_described_after_the_noun_are_anonymous() -> None:
    resolver, _ = resolve(
        "Sources close to the ministry said the talks had stalled.\n\n"
        "People familiar with the matter said the talks would resume.",
    )
    kinds = {s.name: s.type for s in resolver.speakers_}
    assert kinds["Sources close to the ministry"] == SpeakerType.ANONYMOUS
    assert kinds["People familiar with the matter"] == SpeakerType.ANONYMOUS
