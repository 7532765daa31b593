"""The compare view: sources side by side for a topic, selection, counterparts, moving statements."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.roles import Role
from desktop.panels.compare import ComparePanel, citation
from desktop.panels.topics import TopicsPanel
from desktop.session import Session
from tests.desktop.test_panels_session import (  # noqa: F401
    reanalysed,
    sample_case_fixture,
    session_fixture,
)


def _shown(panel: ComparePanel) -> list[str]:
    return [c.row.id for col in panel.model.columns() for c in col.cards.values()]


def test_shows_the_selected_topic_one_column_per_source(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ComparePanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    statements = session.analysis.statements
    for topic_id in session.analysis.topics["id"]:
        session.select_topic(int(topic_id))
        in_topic = statements[statements["topic_id"] == topic_id]
        assert sorted(_shown(panel)) == sorted(in_topic["id"])
        sources = [
            panel.model.headerData(c, Qt.Orientation.Horizontal, Role.KEY)
            for c in range(panel.model.columnCount())
        ]
        assert sources == [a.id for a in session.analysis.articles if a.id in set(in_topic["article_id"])]
        label = session.analysis.topics.set_index("id").loc[topic_id, "label"]
        assert str(label) in panel.title.text()


def test_clicking_a_card_selects_its_statement_and_outlines_counterparts(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ComparePanel(session)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    assert session.analysis is not None
    claim = session.analysis.claims.iloc[0]
    topic = int(session.analysis.statements.set_index("id").loc[claim["a"], "topic_id"])
    session.select_topic(topic)
    target = panel.model.locate(str(claim["a"]))
    panel.view.scrollTo(target)
    qtbot.mouseClick(
        panel.view.viewport(), Qt.MouseButton.LeftButton, pos=panel.view.visualRect(target).center()
    )
    assert session.selected_statement == claim["a"]
    other = panel.model.locate(str(claim["b"]))
    if other.isValid():  # the counterpart may sit in another topic
        assert other.data(Role.LINKED) == claim["kind"]


def test_selecting_a_statement_elsewhere_switches_topic(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel, topics = ComparePanel(session), TopicsPanel(session)
    qtbot.addWidget(panel)
    qtbot.addWidget(topics)
    assert session.analysis is not None
    statements = session.analysis.statements
    session.select_topic(int(statements["topic_id"].iloc[0]))
    elsewhere = statements[statements["topic_id"] != statements["topic_id"].iloc[0]].iloc[0]
    session.select_statement(str(elsewhere["id"]))
    assert panel.shown_topic == elsewhere["topic_id"]
    assert session.selected_topic == elsewhere["topic_id"]
    assert topics.current() is not None
    assert topics.current().id == elsewhere["topic_id"]  # type: ignore[union-attr]
    assert panel.model.cell(panel.view.currentIndex()).row.id == elsewhere["id"]  # type: ignore[union-attr]


def test_arrow_keys_walk_across_sources(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ComparePanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.model.columnCount() > 1
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Right)
    assert session.selected_statement == panel.model.index(0, 1).data(Role.KEY)


def test_move_to_topic_from_the_context_menu_survives_reanalysis(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ComparePanel(session)
    qtbot.addWidget(panel)
    index = panel.index()
    assert index is not None
    assert session.analysis is not None
    anchors = set(session.analysis.topics["anchor"])
    row = next(r for r in index.statements if r.id not in anchors)
    menu = panel.statement_menu(row, index)
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    target = move.actions()[0]
    analysis = reanalysed(qtbot, session, target.trigger)
    assert session.edits.statement_moves[row.id] == str(target.data())
    moved = analysis.statements.set_index("id").loc[row.id, "topic_id"]
    assert analysis.topics.set_index("id").loc[moved, "anchor"] == target.data()


def test_citation_names_source_and_exact_span(session: Session) -> None:
    from desktop.models.index import index_for

    assert session.analysis is not None
    index = index_for(session.analysis)
    row = index.statements[3]
    text = citation(row, index)
    assert row.text in text
    assert f"{row.start}–{row.end}" in text
    assert index.sources[row.article_id] in text
