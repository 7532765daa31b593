"""The claims panel: ranking, the flow of a selected claim to compare and reader, verdicts and notes."""

from __future__ import annotations

from analysis.model import Decision
from desktop.models.claims import DECISION
from desktop.models.roles import Role
from desktop.panels.claims import ClaimsPanel
from desktop.panels.compare import ComparePanel
from desktop.panels.reader import ReaderPanel
from desktop.session import Session, claim_key
from tests.demo_case import PLANTED_CONFLICTS
from tests.desktop.test_panels_session import (  # noqa: F401
    fragment_id,
    reanalysed,
    sample_case_fixture,
    session_fixture,
)


def _frame_row(session: Session, key: str) -> dict[str, object]:
    assert session.analysis is not None
    claims = session.analysis.claims
    keys = [claim_key(a, b) for a, b in zip(claims["a"], claims["b"], strict=True)]
    return dict(claims.iloc[keys.index(key)])


def test_lists_claims_in_rank_order_and_corroborations_apart(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ClaimsPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    claims, agreements = session.analysis.claims, session.analysis.agreements
    assert panel.claims_model.rowCount() == len(claims)
    assert panel.agree_model.rowCount() == len(agreements)
    listed = [r.key for r in panel.claims_model.rows()]
    assert listed == [claim_key(a, b) for a, b in zip(claims["a"], claims["b"], strict=True)]
    assert "Corroborations" in panel.tabs.tabText(1)


def test_a_planted_conflict_is_listed_with_both_sides(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ClaimsPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    _kind, left, right = next(c for c in PLANTED_CONFLICTS if c[0] == "numbers")
    key = claim_key(fragment_id(session.analysis, left), fragment_id(session.analysis, right))
    assert panel.select(key)
    claim = panel.current()
    assert claim is not None
    assert claim.key == key
    shown = panel.detail.left.toPlainText() + panel.detail.right.toPlainText()
    assert left in shown
    assert right in shown


def test_selecting_a_claim_flows_to_compare_and_reader(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    claims, compare, reader = ClaimsPanel(session), ComparePanel(session), ReaderPanel(session)
    for widget in (claims, compare, reader):
        qtbot.addWidget(widget)
    for rank in range(min(5, claims.claims_model.rowCount())):
        claims.claims_view.setCurrentIndex(claims.claims_view.model().index(rank, 2))
        claim = claims.current()
        assert claim is not None
        assert session.selected_statement == claim.a.id
        cell = compare.model.cell(compare.view.currentIndex())
        assert cell is not None
        assert cell.row.id == claim.a.id
        assert compare.view.selectionModel().isSelected(compare.model.locate(claim.a.id))
        assert compare.model.locate(claim.b.id).data(Role.LINKED) != ""  # the counterpart is outlined
        assert reader.article is not None
        assert reader.article.id == claim.a.article_id
        assert reader.text.selected_span() == (claim.a.start, claim.a.end)


def test_confirm_and_dismiss_persist_through_reanalysis(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ClaimsPanel(session)
    qtbot.addWidget(panel)
    panel.claims_view.setCurrentIndex(panel.claims_view.model().index(0, 2))
    first = panel.current()
    assert first is not None
    reanalysed(qtbot, session, panel.detail.confirm.click)
    assert _frame_row(session, first.key)["decision"] == Decision.CONFIRMED
    assert panel.select(first.key)
    assert panel.claims_model.index(panel.claims_model.row_of(first.key), DECISION).data() == "Confirmed"
    reanalysed(qtbot, session, panel.detail.dismiss.click)
    assert _frame_row(session, first.key)["decision"] == Decision.DISMISSED
    panel.hide_dismissed.setChecked(True)
    assert first.key not in {r.key for r in panel.claims_model.rows()}


def test_a_note_persists_and_is_shown_again(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ClaimsPanel(session)
    qtbot.addWidget(panel)
    panel.claims_view.setCurrentIndex(panel.claims_view.model().index(1, 2))
    claim = panel.current()
    assert claim is not None

    def write() -> None:
        panel.detail.note.setPlainText("Toll differs: check hospital records")
        panel.detail.save_note()

    reanalysed(qtbot, session, write)
    assert session.edits.claim_notes[claim.key] == "Toll differs: check hospital records"
    assert _frame_row(session, claim.key)["note"] == "Toll differs: check hospital records"
    panel.claims_view.setCurrentIndex(panel.claims_view.model().index(0, 2))
    assert panel.select(claim.key)
    assert panel.detail.note.toPlainText() == "Toll differs: check hospital records"
