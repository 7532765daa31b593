"""The topics panel: labels and per-source coverage; rename, merge, split, number of topics."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.compare import ALL_TOPICS
from desktop.models.index import StatementRow
from desktop.models.topics import (
    COUNT,
    COVERAGE,
    LABEL,
    SOURCES,
    TopicRow,
    TopicsModel,
    topic_rows,
)
from desktop.panels.base import Panel, select_key, size_columns, sortable, table_view
from desktop.session import Session
from desktop.widgets.coverage import CoverageDelegate
from desktop.widgets.empty_state import EmptyState
from desktop.widgets.statement_picker import StatementPicker


class TopicsPanel(Panel):
    """Topics with coverage bars; selecting one shows it in the compare view."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = TopicsModel(self)
        self.model.renamed.connect(
            lambda anchor, label: session.apply_edit("rename_topic", anchor=anchor, label=label)
        )
        self.view = table_view(self, "Topics", self.model)
        size_columns(self.view, {COUNT: 6, COVERAGE: 14, SOURCES: 5}, stretch=LABEL)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        sortable(self.view)
        self.view.setItemDelegateForColumn(COVERAGE, CoverageDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.empty = EmptyState(self.view, "Topics appear once articles are analysed")
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        session.topicSelected.connect(self._show_selected)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.count = QSpinBox(self, minimum=0, maximum=500, specialValueText="Auto")
        self.count.setPrefix("")
        self.count.setToolTip("Number of topics: Auto lets Parallax choose; press Enter to re-group")
        self.count.setAccessibleName("Number of topics")
        self.count.editingFinished.connect(self._apply_count)
        self.rename_button = QPushButton("Rename", self, toolTip="Rename the current topic (F2)")
        self.merge_button = QPushButton("Merge", self, toolTip="Merge the selected topics into one")
        self.split_button = QPushButton("Split…", self, toolTip="Move chosen statements into a new topic")
        self.rename_button.clicked.connect(self._rename)
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self.split_current)
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel("Topics:", self))
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(4, 0, 4, 2)
        for button in (self.rename_button, self.merge_button, self.split_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("F2"), self.view, self._rename, context=Qt.ShortcutContext.WidgetShortcut)

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        index, analysis = self.index(), self.session.analysis
        current = self.current()
        rows = topic_rows(index, analysis.topics, analysis.gaps, self.visible()) if index and analysis else []
        self.model.set_rows(rows)
        self.count.blockSignals(True)
        self.count.setValue(self.session.edits.n_topics or 0)
        self.count.blockSignals(False)
        total = len(analysis.topics) if analysis is not None else 0
        real = sum(1 for r in rows if r.id != ALL_TOPICS)
        shown = f"{real} of {total} topics" if real != total else f"{total} topics"
        self.summary.setText(shown if total else "No topics yet")
        self._restore(current, rows)
        self._update_buttons()

    def _restore(self, previous: TopicRow | None, rows: list[TopicRow]) -> None:
        """Keep the same topic current across re-analysis (by anchor, then id).

        A fresh case opens on its first topic (the compare view is about one topic);
        "All topics" stays chosen once the analyst has chosen it.
        """
        if not rows:
            return
        wanted = self.session.selected_topic
        if wanted == ALL_TOPICS and previous is None and len(rows) > 1:
            wanted = rows[1].id
        if previous is not None:
            by_anchor = [r.id for r in rows if previous.anchor and r.anchor == previous.anchor]
            wanted = by_anchor[0] if by_anchor else wanted
        if not any(r.id == wanted for r in rows):
            if self.session.filters.active and wanted != ALL_TOPICS:
                return  # filtered out for now; keep the analyst's choice
            wanted = ALL_TOPICS
        self.session.select_topic(wanted)
        self._show_selected(wanted)

    def current(self) -> TopicRow | None:
        """Return the current topic row."""
        return self.model.row(self.view.currentIndex())

    def selected(self) -> list[TopicRow]:
        """Return the selected topic rows (never "All topics")."""
        rows = (self.model.row(i) for i in self.view.selectionModel().selectedRows())
        return [r for r in rows if r is not None and r.id != ALL_TOPICS]

    def _show_selected(self, topic_id: int) -> None:
        current = self.current()
        if current is None or current.id != topic_id:
            with self.quiet:
                select_key(self.view, topic_id)
        self._update_buttons()

    def _on_current(self) -> None:
        current = None if self.quiet else self.current()
        if current is not None:
            self.session.select_topic(current.id)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.rename_button.setEnabled(len(chosen) == 1)
        self.merge_button.setEnabled(len(chosen) >= 2)
        self.split_button.setEnabled(len(chosen) == 1 and chosen[0].total > 1)

    # -- actions -----------------------------------------------------------------------
    def _rename(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.view.edit(current.siblingAtColumn(LABEL))

    def merge_selected(self) -> None:
        """Merge the selected topics into one."""
        chosen = self.selected()
        if len(chosen) >= 2:
            self.session.apply_edit("merge_topics", anchors=[r.anchor for r in chosen])

    def split_current(self) -> None:
        """Ask which statements of the current topic become a new topic."""
        current, index = self.current(), self.index()
        if current is None or index is None:
            return
        statements = index.by_topic.get(current.id, [])
        picker = StatementPicker(
            "Split topic",
            f"Choose the statements of “{current.label}” that form a new topic.",
            statements,
            lambda row: _describe(index.sources.get(row.article_id, row.source), row),
            self,
        )
        if picker.exec() == QDialog.DialogCode.Accepted and picker.chosen():
            self.split(picker.chosen())

    def split(self, statement_ids: list[str]) -> None:
        """Split the given statements off into a new topic."""
        if statement_ids:
            self.session.apply_edit("split_topic", statement_ids=statement_ids)

    def _apply_count(self) -> None:
        value = self.count.value() or None
        if value != self.session.edits.n_topics:
            self.session.apply_edit("set_topic_count", count=value)


def _describe(source: str, row: StatementRow) -> str:
    who = row.speaker_name or row.speaker
    return f"{source}{' · ' + who if who else ''}: {row.text}"
