"""The claims panel: competing claims ranked, both sides in context, verdicts and notes.

Corroborations (statements that agree across sources) are listed apart. Selecting a claim
selects its statements: the compare view outlines both, the reader opens the first.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from analysis.model import Decision
from desktop.models.claims import (
    DECISION,
    KIND,
    RANK,
    SCORE,
    SIDE_A,
    SIDE_B,
    ClaimRow,
    ClaimsModel,
    claim_rows,
)
from desktop.panels.base import Panel, select_key, size_columns, sortable, table_view
from desktop.session import Session
from desktop.widgets.claim_detail import ClaimDetail
from desktop.widgets.empty_state import EmptyState


class ClaimsPanel(Panel):
    """See the module docstring."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.current_key = ""
        self.claims_model, self.claims_view = self._table("Competing claims")
        self.agree_model, self.agree_view = self._table("Corroborations")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.claims_view, "Competing claims")
        self.tabs.addTab(self.agree_view, "Corroborations")
        self.tabs.currentChanged.connect(lambda _i: self._on_current(self._view().currentIndex()))
        self.detail = ClaimDetail(self)
        self.detail.decided.connect(lambda a, b, d: session.decide_claim(a, b, Decision(d)))
        self.detail.noted.connect(session.set_claim_note)
        self.hide_dismissed = QCheckBox("Hide dismissed", self)
        self.hide_dismissed.setToolTip("Leave out the claims you dismissed")
        self.hide_dismissed.toggled.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setAccessibleName("Claims summary")
        self._layout()
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.decide(Decision.CONFIRMED))
        QShortcut(QKeySequence("Ctrl+Backspace"), self, lambda: self.decide(Decision.DISMISSED))
        self.follow(session.editsChanged)
        session.claimSelected.connect(self._on_claim_selected)
        self.refresh()

    def _table(self, name: str) -> tuple[ClaimsModel, QTableView]:
        model = ClaimsModel(self)
        view = table_view(self, name, model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        sortable(view)
        size_columns(view, {RANK: 3, KIND: 12, SIDE_A: 48, SIDE_B: 48, SCORE: 5, DECISION: 10})
        view.selectionModel().currentRowChanged.connect(self._on_current)
        EmptyState(view, f"No {name.lower()} found" if name else "")
        return model, view

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        top.addWidget(self.summary, 1)
        top.addWidget(self.hide_dismissed)
        self.split = split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.tabs)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A wide, low bottom dock reads best with the list beside the detail; a tall one, above it.
        wide = event.size().width() > 1.8 * event.size().height()
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            total = event.size().width() if wide else event.size().height()
            self.split.setSizes([total * 3 // 5, total * 2 // 5])
        super().resizeEvent(event)

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        index, analysis = self.index(), self.session.analysis
        edits = self.session.edits
        for model, frame_name in ((self.claims_model, "claims"), (self.agree_model, "agreements")):
            rows: list[ClaimRow] = []
            if index is not None and analysis is not None:
                frame = getattr(analysis, frame_name)
                rows = claim_rows(index, frame, self.visible(), edits.claim_decisions, edits.claim_notes)
            if self.hide_dismissed.isChecked():
                rows = [r for r in rows if r.decision != Decision.DISMISSED]
            model.lookup = index
            model.set_rows(rows)
        self._summary()
        self.tabs.setTabText(0, f"Competing claims ({self.claims_model.rowCount()})")
        self.tabs.setTabText(1, f"Corroborations ({self.agree_model.rowCount()})")
        view = self._view()
        if not (self.current_key and select_key(view, self.current_key)):
            self.detail.show_claim(None, index)
        else:
            self.detail.show_claim(self.current(), index)

    def _summary(self) -> None:
        rows = self.claims_model.rows()
        if not rows:
            self.summary.setText("No competing claims" if self.session.analysis is not None else "")
            return
        confirmed = sum(1 for r in rows if r.decision == Decision.CONFIRMED)
        dismissed = sum(1 for r in rows if r.decision == Decision.DISMISSED)
        self.summary.setText(f"{len(rows)} competing claims · {confirmed} confirmed · {dismissed} dismissed")

    def _view(self) -> QTableView:
        return self.agree_view if self.tabs.currentIndex() == 1 else self.claims_view

    def current(self) -> ClaimRow | None:
        """Return the claim shown in the detail pane."""
        view = self._view()
        model = self.agree_model if view is self.agree_view else self.claims_model
        return model.row(view.currentIndex())

    def _on_current(self, _current: QModelIndex) -> None:
        claim = self.current()
        self.detail.show_claim(claim, self.index())
        if claim is None:
            return
        self.current_key = claim.key
        self.session.select_statement(claim.a.id)
        self.session.select_claim(claim.a.id, claim.b.id)

    def _on_claim_selected(self, key: str) -> None:
        # A claim chosen elsewhere (the compare view, a link, code) shows here as a click would.
        shown = self.current()
        if shown is not None and shown.key == key:
            return  # our own selection coming back
        if not self.select(key):
            self.current_key = key  # not listed yet: the next refresh selects it

    def select(self, key: str) -> bool:
        """Make the claim with that key (``"a|b"``) current; return whether it is listed."""
        for tab, view in enumerate((self.claims_view, self.agree_view)):
            if select_key(view, key):
                self.tabs.setCurrentIndex(tab)
                return True
        return False

    def decide(self, decision: Decision) -> None:
        """Give the current claim a verdict."""
        claim = self.current()
        if claim is not None:
            self.session.decide_claim(claim.a.id, claim.b.id, decision)
