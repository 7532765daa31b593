"""The timeline: dated events per source, one row band per date, one lane (column) per source."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.models.timeline import TimelineModel
from desktop.panels.base import Panel
from desktop.session import Session
from desktop.widgets.card_grid import CardGrid
from desktop.widgets.empty_state import EmptyState

EVENT_COLUMNS = {"statement_id", "article_id", "source", "date", "expression", "text"}
"""The columns of ``analysis.tables.TIMELINE_COLUMNS`` the lanes read."""


class TimelinePanel(Panel):
    """Dated events side by side; selecting one selects its statement everywhere."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = TimelineModel(self)
        self.view = CardGrid(self, "Timeline")
        self.delegate = self.view.cards
        self.view.setModel(self.model)
        self.view.verticalHeader().show()
        self.view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        )
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.empty = EmptyState(self.view, "No dated events found")
        self.summary = QLabel(self)
        self.summary.setContentsMargins(6, 2, 6, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        session.statementSelected.connect(self._show_statement)
        self.refresh()

    def refresh(self) -> None:
        index, analysis = self.index(), self.session.analysis
        self.delegate.clear_cache()
        if index is None or analysis is None or not set(analysis.timeline.columns) >= EVENT_COLUMNS:
            self.model.set_columns(None, [])
        else:
            self.model.show_events(index, analysis.timeline, self.visible())
        count = sum(len(col.cards) for col in self.model.columns())
        self.summary.setText(f"{count} dated event{'s' if count != 1 else ''}" if count else "")
        self._show_statement(self.session.selected_statement)

    def _on_current(self, current: QModelIndex) -> None:
        cell = None if self.quiet else self.model.cell(current)
        if cell is not None:
            self.session.select_statement(cell.row.id)

    def _show_statement(self, statement_id: str) -> None:
        found = self.model.locate(statement_id)
        if found.isValid() and found != self.view.currentIndex():
            with self.quiet:
                self.view.setCurrentIndex(found)
            self.view.scrollTo(found)
