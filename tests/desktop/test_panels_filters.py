"""The filter bar: filters set there hide statements in every view; clearing brings them back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.models.compare import ALL_TOPICS
from desktop.models.index import index_for
from desktop.panels.claims import ClaimsPanel
from desktop.panels.compare import ComparePanel
from desktop.panels.filters import FilterBar
from desktop.panels.reader import ReaderPanel
from desktop.panels.sources import SourcesPanel
from desktop.panels.speakers import SpeakersPanel
from desktop.panels.timeline import TimelinePanel
from desktop.panels.topics import TopicsPanel
from desktop.session import Session
from tests.desktop.test_panels_session import sample_case_fixture, session_fixture  # noqa: F401


def _panels(qtbot, session: Session) -> dict[str, QWidget]:  # type: ignore[no-untyped-def]
    made: dict[str, QWidget] = {}
    for cls in (FilterBar, SourcesPanel, TopicsPanel, ComparePanel, ClaimsPanel, ReaderPanel, SpeakersPanel):
        made[cls.__name__] = cls(session)
        qtbot.addWidget(made[cls.__name__])
    made["TimelinePanel"] = TimelinePanel(session)
    qtbot.addWidget(made["TimelinePanel"])
    return made


def _compare_ids(panel: ComparePanel) -> set[str]:
    return {c.row.id for col in panel.model.columns() for c in col.cards.values()}


def test_search_text_hides_statements_in_every_view(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    views = _panels(qtbot, session)
    bar = views["FilterBar"]
    assert isinstance(bar, FilterBar)
    assert session.analysis is not None
    session.select_topic(ALL_TOPICS)
    qtbot.keyClicks(bar.search, "hospital")
    qtbot.waitUntil(lambda: session.filters.text == "hospital", timeout=2000)
    index = index_for(session.analysis)
    visible = index.visible(session.filters)
    assert visible is not None
    assert 0 < len(visible) < len(index.statements)
    assert all("hospital" in index.by_id[i].text.casefold() or "hospital" in index.by_id[i].source.casefold()
               for i in visible)  # fmt: skip
    compare = views["ComparePanel"]
    assert isinstance(compare, ComparePanel)
    assert compare.shown_topic == ALL_TOPICS
    assert _compare_ids(compare) == visible
    reader = views["ReaderPanel"]
    assert isinstance(reader, ReaderPanel)
    assert reader.highlighted()
    assert set(reader.highlighted()) <= visible
    claims = views["ClaimsPanel"]
    assert isinstance(claims, ClaimsPanel)
    for claim in claims.claims_model.rows():
        assert claim.a.id in visible or claim.b.id in visible
    assert claims.claims_model.rowCount() < len(session.analysis.claims)
    topics = views["TopicsPanel"]
    assert isinstance(topics, TopicsPanel)
    assert sum(r.shown for r in topics.model.rows() if r.id != ALL_TOPICS) == len(visible)
    speakers = views["SpeakersPanel"]
    assert isinstance(speakers, SpeakersPanel)
    assert sum(r.shown for r in speakers.model.rows()) == sum(1 for i in visible if index.by_id[i].speaker_id)
    timeline = views["TimelinePanel"]
    assert isinstance(timeline, TimelinePanel)
    for column in timeline.model.columns():
        assert all(c.row.id in visible for c in column.cards.values())
    sources = views["SourcesPanel"]
    assert isinstance(sources, SourcesPanel)
    assert "/" in sources.model.index(0, 6).data()
    assert f"{len(visible)} of {len(index.statements)}" in bar.count.text()


def test_field_filters_and_clear(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    views = _panels(qtbot, session)
    bar = views["FilterBar"]
    compare = views["ComparePanel"]
    assert isinstance(bar, FilterBar)
    assert isinstance(compare, ComparePanel)
    assert session.analysis is not None
    session.select_topic(ALL_TOPICS)
    everything = _compare_ids(compare)
    article = session.analysis.articles[2].id
    bar.sources.set_checked({article})
    bar.sources.changed.emit()
    assert session.filters.article_ids == {article}
    assert {c.article_id for c in compare.model.columns()} == {article}
    commitment = str(session.analysis.statements["commitment"].iloc[0])
    bar.commitments.toggle(commitment)  # as a click in the drop-down list does
    assert session.filters.commitments == {commitment}
    rows = [session.analysis.statements.set_index("id").loc[i] for i in _compare_ids(compare)]
    assert all(r["commitment"] == commitment and r["article_id"] == article for r in rows)
    bar.clear_button.click()
    assert not session.filters.active
    assert _compare_ids(compare) == everything
    assert bar.sources.checked() == frozenset()


def test_filters_set_elsewhere_show_in_the_bar(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from desktop.session import Filters

    bar = FilterBar(session)
    qtbot.addWidget(bar)
    assert session.analysis is not None
    speaker = str(session.analysis.speakers["id"].iloc[0])
    session.set_filters(Filters(text="strike", speaker_ids=frozenset({speaker})))
    assert bar.search.text() == "strike"
    assert bar.speakers.checked() == {speaker}
    assert bar.speakers.text().startswith("Speaker: ")


def test_the_bar_takes_focus_for_its_search_field(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    bar = FilterBar(session)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    bar.activateWindow()
    bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(bar.search.hasFocus, timeout=2000)
    bar.search.setText("strike")
    bar.search.clearFocus()
    bar.focus_search()  # what the window's Ctrl+F calls
    qtbot.waitUntil(bar.search.hasFocus, timeout=2000)
    assert bar.search.selectedText() == "strike"
