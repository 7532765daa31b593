"""The sources panel: editing, reordering and removing sources; dropping files on it."""

from __future__ import annotations

import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.models.roles import Role
from desktop.models.sources import MIME, OUTLET, SIDE
from desktop.panels.compare import ComparePanel
from desktop.panels.sources import SourcesPanel
from desktop.session import Session
from tests.desktop.test_panels_session import (  # noqa: F401
    reanalysed,
    sample_case_fixture,
    session_fixture,
    wait_idle,
)


def _drop(panel: SourcesPanel, mime: QMimeData, at: QPoint | None = None) -> QDropEvent:
    viewport = panel.view.viewport()
    point = QPointF(at or viewport.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    with warnings.catch_warnings():  # PySide marks the only constructor (a QPoint one) deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    event = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)
    return event


def test_lists_every_source_with_its_statement_count(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    assert panel.model.rowCount() == len(session.articles)
    for row in range(panel.model.rowCount()):
        article_id = panel.model.index(row, 0).data(Role.KEY)
        expected = int((session.analysis.statements["article_id"] == article_id).sum())
        assert panel.model.index(row, 6).data() == str(expected)


def test_renamed_outlet_shows_after_reanalysis_in_sources_and_compare(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel, compare = SourcesPanel(session), ComparePanel(session)
    qtbot.addWidget(panel)
    qtbot.addWidget(compare)
    cell = panel.model.index(0, OUTLET)
    article_id = session.articles[0].id
    analysis = reanalysed(qtbot, session, lambda: panel.model.setData(cell, "Kersian State Broadcaster"))
    assert analysis.article(article_id).source == "Kersian State Broadcaster"
    assert set(analysis.statements.loc[analysis.statements["article_id"] == article_id, "source"]) == {
        "Kersian State Broadcaster"
    }
    assert panel.model.index(0, OUTLET).data() == "Kersian State Broadcaster"
    headers = [
        compare.model.headerData(c, Qt.Orientation.Horizontal) for c in range(compare.model.columnCount())
    ]
    assert any(h.startswith("Kersian State Broadcaster") for h in headers)


def test_side_label_is_edited_in_place(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    analysis = reanalysed(
        qtbot, session, lambda: panel.model.setData(panel.model.index(1, SIDE), "Valdorian")
    )
    assert analysis.articles[1].side == "Valdorian"
    assert panel.model.index(1, SIDE).data() == "Valdorian"


def test_buttons_reorder_sources_and_the_analysis_follows(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    ids = [a.id for a in session.articles]
    panel.view.selectRow(2)
    analysis = reanalysed(qtbot, session, panel.up.click)
    assert session.edits.order == [ids[0], ids[2], ids[1], ids[3]]
    assert [a.id for a in analysis.articles] == session.edits.order
    assert panel.model.article_ids() == session.edits.order
    assert panel.selected_ids() == [ids[2]]  # the moved row stays selected


def test_dragging_a_row_reorders(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    panel.show()
    ids = [a.id for a in session.articles]
    mime = QMimeData()
    mime.setData(MIME, ids[3].encode())
    top = panel.view.visualRect(panel.model.index(0, 1)).topLeft() + QPoint(4, 2)
    analysis = reanalysed(qtbot, session, lambda: _drop(panel, mime, top))
    assert [a.id for a in analysis.articles] == [ids[3], ids[0], ids[1], ids[2]]


def test_remove_drops_the_source(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    gone = session.articles[1].id
    analysis = reanalysed(qtbot, session, lambda: panel.remove([gone]))
    assert gone not in {a.id for a in analysis.articles}
    assert gone not in set(analysis.statements["article_id"])
    assert panel.model.rowCount() == 3


def test_dropped_files_load_when_no_window_listens(qtbot, sample_paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    assert panel.empty.is_empty()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sample_paths[:2]])
    event = _drop(panel, mime)
    assert event.isAccepted()
    wait_idle(qtbot, session)
    assert panel.model.rowCount() == 2
    assert not panel.empty.is_empty()
    session.cancel()


def test_dropped_text_is_announced_to_the_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    heard: list[object] = []
    panel.dropped.connect(heard.append)
    mime = QMimeData()
    mime.setText("Officials said the bridge reopened.\nMore text.")
    _drop(panel, mime)
    assert len(heard) == 1
    assert heard[0].text.startswith("Officials said")  # type: ignore[attr-defined]
    assert not session.articles  # the window decides what to do with it
