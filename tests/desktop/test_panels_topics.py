"""The topics panel: coverage at a glance, selection, rename/merge/split/count surviving re-analysis."""

from __future__ import annotations

from desktop.models.compare import ALL_TOPICS
from desktop.models.topics import LABEL
from desktop.panels.topics import TopicsPanel
from desktop.session import Session
from tests.desktop.test_panels_session import (  # noqa: F401
    reanalysed,
    sample_case_fixture,
    session_fixture,
)


def _topic_of(session: Session, statement_id: str) -> int:
    assert session.analysis is not None
    return int(session.analysis.statements.set_index("id").loc[statement_id, "topic_id"])


def test_lists_topics_with_coverage_per_source(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TopicsPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    assert panel.model.rowCount() == len(session.analysis.topics) + 1  # and "All topics" on top
    assert panel.model.rows()[0].id == ALL_TOPICS
    assert panel.model.rows()[0].shown == len(session.analysis.statements)
    order = [a.id for a in session.analysis.articles]
    statements = session.analysis.statements
    for row in panel.model.rows()[1:]:
        in_topic = statements[statements["topic_id"] == row.id]
        assert row.coverage == tuple(int((in_topic["article_id"] == a).sum()) for a in order)
    assert session.selected_topic == panel.current().id  # type: ignore[union-attr]


def test_selecting_a_row_selects_the_topic(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TopicsPanel(session)
    qtbot.addWidget(panel)
    panel.view.setCurrentIndex(panel.view.model().index(2, LABEL))
    assert session.selected_topic == panel.current().id  # type: ignore[union-attr]
    assert panel.current().id == panel.model.rows()[2].id  # type: ignore[union-attr]
    panel.view.setCurrentIndex(panel.view.model().index(0, LABEL))
    assert session.selected_topic == ALL_TOPICS


def test_rename_survives_reanalysis(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TopicsPanel(session)
    qtbot.addWidget(panel)
    first = panel.model.rows()[1]
    cell = panel.view.model().index(1, LABEL)
    analysis = reanalysed(
        qtbot, session, lambda: panel.view.model().setData(cell, "Who shelled the hospital")
    )
    topics = analysis.topics.set_index("anchor")
    assert topics.loc[first.anchor, "label"] == "Who shelled the hospital"
    assert "Who shelled the hospital" in [r.label for r in panel.model.rows()]
    again = reanalysed(
        qtbot, session, lambda: session.set_source_field(session.articles[0].id, "side", "state")
    )
    assert "Who shelled the hospital" in set(again.topics["label"])


def test_merge_puts_both_topics_statements_together(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TopicsPanel(session)
    qtbot.addWidget(panel)
    rows = panel.model.rows()
    a, b = rows[2], rows[3]
    panel.view.selectRow(2)
    panel.view.selectionModel().select(
        panel.view.model().index(3, 0),
        panel.view.selectionModel().SelectionFlag.Select | panel.view.selectionModel().SelectionFlag.Rows,
    )
    assert panel.merge_button.isEnabled()
    analysis = reanalysed(qtbot, session, panel.merge_button.click)
    assert len(analysis.topics) == len(rows) - 2  # one fewer, and "All topics" is not a topic
    assert _topic_of(session, a.anchor) == _topic_of(session, b.anchor)


def test_split_makes_chosen_statements_a_topic(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TopicsPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    biggest = max(panel.model.rows()[1:], key=lambda r: r.total)
    before = len(session.analysis.topics)
    statements = session.analysis.statements
    members = list(statements.loc[statements["topic_id"] == biggest.id, "id"])
    chosen = [m for m in members if m != biggest.anchor][:3]
    analysis = reanalysed(qtbot, session, lambda: panel.split(chosen))
    assert len(analysis.topics) == before + 1
    topics = {_topic_of(session, s) for s in chosen}
    assert len(topics) == 1
    assert topics != {_topic_of(session, biggest.anchor)}


def test_number_of_topics_is_applied(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = TopicsPanel(session)
    qtbot.addWidget(panel)

    def choose() -> None:
        panel.count.setValue(3)
        panel.count.editingFinished.emit()

    analysis = reanalysed(qtbot, session, choose)
    assert session.edits.n_topics == 3
    assert len(analysis.topics) == 3
    assert panel.model.rowCount() == 3 + 1
    assert panel.count.value() == 3
