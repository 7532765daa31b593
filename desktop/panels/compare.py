"""The compare view (the centre): for the selected topic, one column per source.

Each column lists that source's statements on the topic in reading order, as cards with
speaker, cue and commitment. Statements in a competing claim carry a coloured stripe;
selecting one outlines its counterparts in the other columns.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.models.compare import ALL_TOPICS, CompareModel, silent_sources
from desktop.models.index import AnalysisIndex, StatementRow
from desktop.panels.base import Panel
from desktop.session import Session
from desktop.widgets.card_grid import CardGrid
from desktop.widgets.empty_state import EmptyState


class ComparePanel(Panel):
    """See the module docstring; selecting a card selects the statement everywhere."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = CompareModel(self)
        self.view = CardGrid(self, "Compare sources")
        self.delegate = self.view.cards
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.empty = EmptyState(self.view, "Drop articles here or use File › Open")
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.title.setAccessibleName("Topic shown")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.shown_topic = ALL_TOPICS
        self.follow(session.topicSelected)
        # After a new analysis the topics panel may pick another topic: build the grid once,
        # after every panel has heard of the analysis, instead of once for each.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._changed)
        session.analysisChanged.disconnect(self._changed)
        session.analysisChanged.connect(self._later.start)
        session.statementSelected.connect(self.show_statement)
        session.claimSelected.connect(self._show_claim)
        self.refresh()

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        self._later.stop()
        index = self.index()
        topic = self.session.selected_topic
        if index is not None and topic != ALL_TOPICS and topic not in index.topic_labels:
            topic = ALL_TOPICS
        self.shown_topic = topic
        self.delegate.clear_cache()
        self.model.show_topic(index, topic, self.visible())
        self._title(index)
        self._empty_text(index)
        self._select(self.session.selected_statement)

    def _title(self, index: AnalysisIndex | None) -> None:
        if index is None:
            self.title.setText("")
            return
        label = index.topic_labels.get(self.shown_topic, "All topics")
        columns = self.model.columns()
        count = sum(len(column.cards) for column in columns)
        parts = [f"<b>{_escape(label)}</b> · {count} statement{'s' if count != 1 else ''}"]
        silent = silent_sources(index, columns)
        if silent and columns:
            parts.append(f"<span>silent here: {_escape(', '.join(silent))}</span>")
        if self.session.filters.active:
            parts.append("<i>filtered</i>")
        self.title.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(parts))
        self.title.setContentsMargins(6, 4, 6, 2)

    def _empty_text(self, index: AnalysisIndex | None) -> None:
        if index is None:
            busy = self.session.busy or bool(self.session.articles)
            self.empty.set_text("Analysing…" if busy else "Drop articles here or use File › Open")
        elif self.session.filters.active:
            self.empty.set_text("No statement on this topic matches the filters")
        else:
            self.empty.set_text("No statements on this topic")

    # -- selection ---------------------------------------------------------------------
    def _on_current(self, current: QModelIndex) -> None:
        cell = None if self.quiet else self.model.cell(current)
        if cell is not None:
            self.session.select_statement(cell.row.id)

    def show_statement(self, statement_id: str) -> None:
        """Show a statement selected anywhere: switch to its topic, select it, outline its counterparts."""
        index = self.index()
        row = index.by_id.get(statement_id) if index is not None else None
        if row is None:
            return
        if self.shown_topic not in (ALL_TOPICS, row.topic_id):
            self.session.select_topic(row.topic_id)  # refresh() re-selects the statement
            if self.shown_topic != row.topic_id:
                self.refresh()
            return
        self._select(statement_id)

    def _select(self, statement_id: str) -> None:
        index = self.index()
        found = self.model.locate(statement_id)
        if found.isValid() and self.view.currentIndex() != found:
            with self.quiet:
                self.view.setCurrentIndex(found)
        if found.isValid():
            self.view.scrollTo(found, QAbstractItemView.ScrollHint.EnsureVisible)
        links = index.links.get(statement_id, []) if index is not None else []
        self.model.set_linked({link.other: link.kind for link in links})

    def _show_claim(self, key: str) -> None:
        """Outline the other side of a claim; its key is order-free, so keep the selected side."""
        index = self.index()
        pair = key.split("|")
        if index is None or len(pair) != 2 or not all(p in index.by_id for p in pair):
            return
        mine = self.session.selected_statement if self.session.selected_statement in pair else pair[0]
        other = pair[1] if mine == pair[0] else pair[0]
        self.show_statement(mine)
        kinds = [link.kind for link in index.links.get(mine, []) if link.other == other]
        self.model.set_linked({other: kinds[0] if kinds else "corroboration"})

    # -- context menu ------------------------------------------------------------------
    def _menu(self, point: QPoint) -> None:
        cell = self.model.cell(self.view.indexAt(point))
        index = self.index()
        if cell is None or index is None:
            return
        menu = self.statement_menu(cell.row, index)
        menu.exec(self.view.viewport().mapToGlobal(point))

    def statement_menu(self, row: StatementRow, index: AnalysisIndex) -> QMenu:
        """Return the context menu of a statement card (also used by tests)."""
        menu = QMenu(self)
        show = menu.addAction("Show in the reader")
        show.triggered.connect(lambda: self.session.select_statement(row.id))
        copy = menu.addAction("Copy with citation")
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(citation(row, index)))
        move = menu.addMenu("Move to topic")
        move.setEnabled(len(index.topic_labels) > 1)
        anchors = _anchors(self.session)
        for topic_id, label in sorted(index.topic_labels.items()):
            if topic_id == row.topic_id:
                continue
            action = move.addAction(label)
            action.setData(anchors.get(topic_id, ""))
        move.triggered.connect(lambda action: self.move_statement(row.id, str(action.data() or "")))
        return menu

    def move_statement(self, statement_id: str, anchor: str) -> None:
        """Move a statement to the topic with that anchor."""
        if anchor:
            self.session.apply_edit("move_statement", statement_id=statement_id, anchor=anchor)


def citation(row: StatementRow, index: AnalysisIndex) -> str:
    """Return a statement with its source, date and exact character span."""
    article = index.article(row.article_id)
    source = index.sources.get(row.article_id, row.source)
    date = f", {article.date}" if article is not None and article.date else ""
    who = row.speaker_name or row.speaker
    said = f"{who} ({row.cue or 'said'}): " if who else ""
    return f"{said}“{row.text}” — {source}{date}, ¶{row.paragraph}, chars {row.start}–{row.end}"


def _anchors(session: Session) -> dict[int, str]:
    analysis = session.analysis
    if analysis is None or "anchor" not in analysis.topics.columns:
        return {}
    return {int(i): str(a) for i, a in zip(analysis.topics["id"], analysis.topics["anchor"], strict=True)}


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
