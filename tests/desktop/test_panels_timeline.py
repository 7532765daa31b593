"""The timeline: dated events per source, rows grouped by date, selection both ways."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.panels.timeline import TimelinePanel
from desktop.session import Session
from tests.desktop.test_panels_session import sample_case_fixture, session_fixture  # noqa: F401


def test_every_event_sits_in_its_source_lane_under_its_date(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TimelinePanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    events = session.analysis.timeline
    assert len(events) > 0
    model = panel.model
    placed = {}
    for column in range(model.columnCount()):
        for row in range(model.rowCount()):
            cell = model.cell(model.index(row, column))
            if cell is not None:
                placed[(cell.row.id, cell.caption)] = model.columns()[column].article_id
    assert len(placed) == len(events)  # a statement naming two dates is an event under each
    for event in events.itertuples():
        key = next(k for k in placed if k[0] == event.statement_id and k[1].startswith(f"{event.date} "))
        assert placed[key] == event.article_id
    labels = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    shown_dates = [d for d in labels if d]
    assert shown_dates == sorted(set(events["date"]))
    assert str(len(events)) in panel.summary.text()


def test_selection_flows_both_ways(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TimelinePanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    first, last = session.analysis.timeline["statement_id"].iloc[[0, -1]]
    panel.view.setCurrentIndex(panel.model.locate(str(first)))
    assert session.selected_statement == first
    session.select_statement(str(last))
    assert panel.model.cell(panel.view.currentIndex()).row.id == last  # type: ignore[union-attr]
