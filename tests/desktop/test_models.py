"""The Qt item models over a real analysis of the demo case: rows, filters, keys, edits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from analysis.model import Article, Edits
from analysis.pipeline import Analysis, apply_source_edits
from desktop.models.claims import ClaimsModel, claim_rows
from desktop.models.compare import ALL_TOPICS, CompareModel, topic_columns
from desktop.models.index import build_index, index_for
from desktop.models.roles import Role
from desktop.models.sources import DATE, OUTLET, SourcesModel, normalise_date, source_rows
from desktop.models.speakers import speaker_rows
from desktop.models.timeline import timeline_columns
from desktop.models.topics import topic_rows
from desktop.session import Filters, claim_key
from desktop.widgets.offsets import Utf16Map
from tests.desktop.test_panels_session import sample_case_fixture  # noqa: F401

Case = tuple[list[Article], Analysis]


def test_index_rows_point_at_their_article_text(sample_case: Case) -> None:
    _, analysis = sample_case
    index = build_index(analysis)
    assert len(index.statements) == len(analysis.statements)
    assert set(index.by_id) == set(analysis.statements["id"])
    for row in index.statements:
        article = index.article(row.article_id)
        assert article is not None
        assert 0 <= row.start < row.end <= len(article.text)
        assert article.text[row.start : row.end].strip()
    for rows in index.by_article.values():
        assert [r.start for r in rows] == sorted(r.start for r in rows)


def test_index_is_shared_per_analysis(sample_case: Case) -> None:
    _, analysis = sample_case
    assert index_for(analysis) is index_for(analysis)


def test_text_filter_keeps_exactly_the_matching_statements(sample_case: Case) -> None:
    index = build_index(sample_case[1])
    visible = index.visible(Filters(text="HOSPITAL"))
    assert visible is not None
    assert 0 < len(visible) < len(index.statements)
    for row in index.statements:
        hay = f"{row.text} {row.speaker} {row.speaker_name} {row.cue} {row.source}".casefold()
        assert (row.id in visible) == ("hospital" in hay)
    assert index.visible(Filters(text="HOSPITAL")) is visible  # cached for the other panels
    assert index.visible(Filters()) is None


def test_field_filters_combine(sample_case: Case) -> None:
    index = build_index(sample_case[1])
    article = index.articles[1].id
    spoken = [r for r in index.statements if r.speaker_id]
    assert spoken, "the demo case quotes speakers"
    speaker = spoken[0].speaker_id
    visible = index.visible(Filters(article_ids=frozenset({article})))
    assert visible == {r.id for r in index.statements if r.article_id == article}
    both = index.visible(Filters(article_ids=frozenset({article}), speaker_ids=frozenset({speaker})))
    assert both == {r.id for r in index.statements if r.article_id == article and r.speaker_id == speaker}


def test_compare_columns_hold_each_topic_statement_once_in_reading_order(sample_case: Case) -> None:
    index = build_index(sample_case[1])
    for topic_id, rows in index.by_topic.items():
        columns = topic_columns(index, topic_id, None)
        shown = [c.row.id for col in columns for c in col.cards.values()]
        assert sorted(shown) == sorted(r.id for r in rows)
        order = [a.id for a in index.articles]
        assert [col.article_id for col in columns] == [
            a for a in order if a in {c.article_id for c in columns}
        ]
        for col in columns:
            starts = [c.row.start for c in col.cards.values()]
            assert starts == sorted(starts)


def test_compare_model_marks_counterparts(qapp, sample_case: Case) -> None:  # type: ignore[no-untyped-def]
    index = build_index(sample_case[1])
    model = CompareModel()
    model.show_topic(index, ALL_TOPICS, None)
    linked = next(s for s in index.statements if index.links.get(s.id))
    other = index.links[linked.id][0].other
    model.set_linked({other: "numbers"})
    assert model.locate(other).data(Role.LINKED) == "numbers"
    assert model.locate(linked.id).data(Role.LINKED) == ""
    assert linked.text in model.locate(linked.id).data(Qt.ItemDataRole.ToolTipRole)


def test_source_rows_follow_edits_and_order(sample_case: Case) -> None:
    articles, analysis = sample_case
    edits = Edits(sources={articles[2].id: {"source": "Wire Desk", "side": "Wire"}}, order=[articles[2].id])
    rows = source_rows(apply_source_edits(articles, edits), build_index(analysis), None)
    assert rows[0].article_id == articles[2].id
    assert (rows[0].outlet, rows[0].side, rows[0].position) == ("Wire Desk", "Wire", 1)
    counts = {r.article_id: r.statements for r in rows}
    for article in articles:
        assert counts[article.id] == int((analysis.statements["article_id"] == article.id).sum())


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-03-12", "2026-03-12"),
        ("12 March 2026", "2026-03-12"),
        ("March 12, 2026", "2026-03-12"),
        ("12.03.2026", "2026-03-12"),
        ("", ""),
        ("last Tuesday", None),
    ],
)
def test_dates_are_stored_as_iso(typed: str, stored: str | None) -> None:
    assert normalise_date(typed) == stored


def test_sources_model_edits_and_moves(qapp, sample_case: Case) -> None:  # type: ignore[no-untyped-def]
    articles, analysis = sample_case
    model = SourcesModel()
    model.set_rows(source_rows(articles, build_index(analysis), None))
    edited: list[tuple[str, str, str]] = []
    moved: list[list[str]] = []
    model.edited.connect(lambda *args: edited.append(args))
    model.moved.connect(moved.append)
    assert model.setData(model.index(0, OUTLET), "  New Name ")
    assert model.setData(model.index(1, DATE), "11 March 2026")
    assert not model.setData(model.index(1, DATE), "someday")
    assert edited == [(articles[0].id, "source", "New Name"), (articles[1].id, "date", "2026-03-11")]
    ids = [a.id for a in articles]
    assert model.move([ids[3]], 0) == [ids[3], ids[0], ids[1], ids[2]]
    assert model.move([ids[0], ids[1]], -1) == [ids[2], ids[3], ids[0], ids[1]]
    assert model.move([ids[1]], 1) == ids  # dropping a row onto itself changes nothing
    assert len(moved) == 2


def test_topic_coverage_counts_statements_per_source(sample_case: Case) -> None:
    _, analysis = sample_case
    index = build_index(analysis)
    everything, *rows = topic_rows(index, analysis.topics, analysis.gaps, None)
    assert everything.id == ALL_TOPICS
    assert sum(everything.coverage) == everything.shown == len(index.statements)
    assert len(rows) == len(analysis.topics)
    for row in rows:
        assert sum(row.coverage) == row.shown == row.total == len(index.by_topic[row.id])
    visible = index.visible(Filters(article_ids=frozenset({index.articles[0].id})))
    for row in topic_rows(index, analysis.topics, analysis.gaps, visible):
        assert row.coverage[1:] == (0,) * (len(row.coverage) - 1)
        assert row.shown > 0


def test_speaker_rows_count_attributed_statements(sample_case: Case) -> None:
    _, analysis = sample_case
    index = build_index(analysis)
    rows = speaker_rows(index, analysis.speakers, None)
    assert rows
    for row in rows:
        assert row.count == sum(1 for s in index.statements if s.speaker_id == row.id)
    assert [r.shown for r in rows] == sorted((r.shown for r in rows), reverse=True)


def test_claim_rows_take_pending_decisions_and_sink_dismissed(qapp, sample_case: Case) -> None:  # type: ignore[no-untyped-def]
    _, analysis = sample_case
    index = build_index(analysis)
    rows = claim_rows(index, analysis.claims, None, {}, {})
    assert len(rows) == len(analysis.claims)
    top = rows[0]
    decided = claim_rows(index, analysis.claims, None, {top.key: "dismissed"}, {top.key: "check the toll"})
    assert decided[-1].key == top.key
    assert (decided[-1].decision, decided[-1].note) == ("dismissed", "check the toll")
    model = ClaimsModel()
    model.lookup = index
    model.set_rows(decided)
    assert model.index(len(decided) - 1, 5).data() == "Dismissed"
    assert top.key == claim_key(top.a.id, top.b.id)


def test_timeline_lines_events_up_by_date(sample_case: Case) -> None:
    _, analysis = sample_case
    index = build_index(analysis)
    events = analysis.timeline
    columns, dates = timeline_columns(index, events, None)
    assert dates == sorted(dates)
    cells = [(col.article_id, r, c) for col in columns for r, c in col.cards.items()]
    assert len(cells) == len(events)
    for article_id, row, cell in cells:
        assert cell.row.article_id == article_id
        assert cell.caption.startswith(dates[row])


@given(st.text(alphabet=st.sampled_from("ab\n😀é𝄞"), max_size=40))
def test_utf16_offsets_round_trip(text: str) -> None:
    mapping = Utf16Map(text)
    assert mapping.length == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        qt = mapping.to_qt(offset)
        assert qt == len(text[:offset].encode("utf-16-le")) // 2
        assert mapping.from_qt(qt) == offset


def test_filtered_claims_show_when_either_side_is_shown(sample_case: Case) -> None:
    _, analysis = sample_case
    index = build_index(analysis)
    claim = claim_rows(index, analysis.claims, None, {}, {})[0]
    only_a = index.visible(Filters(article_ids=frozenset({claim.a.article_id})))
    keys = {r.key for r in claim_rows(index, analysis.claims, only_a, {}, {})}
    assert claim.key in keys
    nowhere = index.visible(replace(Filters(), text="zzzz-no-such-word"))
    assert claim_rows(index, analysis.claims, nowhere, {}, {}) == []
