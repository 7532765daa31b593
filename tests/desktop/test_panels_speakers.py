"""The speakers panel: rename, merge and split surviving re-analysis; filtering by speaker."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from desktop.models.speakers import NAME
from desktop.panels.compare import ComparePanel
from desktop.panels.speakers import SpeakersPanel, split_id
from desktop.session import Session
from tests.desktop.test_panels_session import (  # noqa: F401
    reanalysed,
    sample_case_fixture,
    session_fixture,
)


def _ids_of(session: Session, speaker_id: str) -> set[str]:
    assert session.analysis is not None
    table = session.analysis.statements
    return set(table.loc[table["speaker_id"] == speaker_id, "id"])


def _select(panel: SpeakersPanel, *speaker_ids: str) -> None:
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for speaker_id in speaker_ids:
        row = panel.model.index(panel.model.row_of(speaker_id), NAME)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(row, flags)


def test_lists_speakers_with_counts(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SpeakersPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    assert panel.model.rowCount() == len(session.analysis.speakers)
    for row in panel.model.rows():
        assert row.count == len(_ids_of(session, row.id))
        assert row.name not in row.aliases


def test_rename_survives_reanalysis_and_reaches_the_cards(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel, compare = SpeakersPanel(session), ComparePanel(session)
    qtbot.addWidget(panel)
    qtbot.addWidget(compare)
    top = panel.model.rows()[0]
    cell = panel.model.index(0, NAME)
    analysis = reanalysed(qtbot, session, lambda: panel.model.setData(cell, "The President"))
    assert analysis.speakers.set_index("id").loc[top.id, "name"] == "The President"
    assert panel.model.rows()[panel.model.row_of(top.id)].name == "The President"
    said = next(iter(_ids_of(session, top.id)))
    session.select_statement(said)
    assert compare.model.cell(compare.view.currentIndex()).row.speaker_name == "The President"  # type: ignore[union-attr]
    again = reanalysed(qtbot, session, lambda: session.set_source_field(session.articles[1].id, "side", "x"))
    assert again.speakers.set_index("id").loc[top.id, "name"] == "The President"


def test_merge_survives_reanalysis(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SpeakersPanel(session)
    qtbot.addWidget(panel)
    target, source = panel.model.rows()[1], panel.model.rows()[2]
    moved = _ids_of(session, source.id)
    _select(panel, source.id, target.id)  # the last one chosen is current: the target
    assert panel.merge_button.isEnabled()
    analysis = reanalysed(qtbot, session, panel.merge_button.click)
    assert source.id not in set(analysis.speakers["id"])
    assert moved <= _ids_of(session, target.id)
    assert panel.model.rows()[panel.model.row_of(target.id)].count == target.count + source.count


def test_split_gives_an_alias_its_own_speaker(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = SpeakersPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    table = session.analysis.statements
    speaker = next(
        r
        for r in panel.model.rows()
        if r.count > 1 and table.loc[table["speaker_id"] == r.id, "speaker"].nunique() > 1
    )
    mention = str(table.loc[table["speaker_id"] == speaker.id, "speaker"].iloc[-1])
    analysis = reanalysed(qtbot, session, lambda: panel.split(mention))
    split = _ids_of(session, split_id(mention))
    assert split
    assert split.isdisjoint(_ids_of(session, speaker.id))
    assert split_id(mention) in set(analysis.speakers["id"])


def test_show_their_statements_filters_every_view(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel, compare = SpeakersPanel(session), ComparePanel(session)
    qtbot.addWidget(panel)
    qtbot.addWidget(compare)
    top = panel.model.rows()[0]
    _select(panel, top.id)
    panel.only_button.click()
    assert session.filters.speaker_ids == {top.id}
    assert panel.model.rowCount() == 1
    shown = {c.row.speaker_id for col in compare.model.columns() for c in col.cards.values()}
    assert shown == {top.id}  # no topic chosen: the compare view shows all topics
