"""The filter bar: search text, speaker, source, commitment and kind, applied across every view."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from analysis.display import safe_name
from analysis.model import Commitment, Kind
from desktop.models.index import AnalysisIndex
from desktop.panels.base import Panel
from desktop.session import Filters, Session
from desktop.widgets.checklist import Checklist
from desktop.widgets.labels import COMMITMENT_HELP, COMMITMENT_WORDS, KIND_WORDS


class FilterBar(Panel):
    """One row of filters; focusing the bar focuses the search field (Ctrl+F in the shell)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search statements, speakers, sources…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search statements")
        self.search.setToolTip("Every word must appear in the statement, its speaker, cue or source")
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.speakers = Checklist("Speaker", self)
        self.sources = Checklist("Source", self)
        self.commitments = Checklist("Commitment", self)
        self.kinds = Checklist("Kind", self)
        self.commitments.set_options(
            [(str(c), COMMITMENT_WORDS.get(str(c), str(c))) for c in Commitment],
            [COMMITMENT_HELP.get(str(c), "") for c in Commitment],
        )
        self.kinds.set_options([(str(k), KIND_WORDS.get(str(k), str(k))) for k in Kind])
        self.clear_button = QToolButton(self)
        self.clear_button.setText("Clear")
        self.clear_button.setToolTip("Show everything again")
        self.clear_button.setAccessibleName("Clear filters")
        self.clear_button.clicked.connect(self.clear)
        self.count = QLabel(self)
        self.count.setAccessibleName("Statements shown")
        self._typing = QTimer(self, singleShot=True, interval=200)
        self._typing.timeout.connect(self.apply)
        self.search.textEdited.connect(self._typing.start)
        self.search.returnPressed.connect(self.apply)
        for checklist in (self.speakers, self.sources, self.commitments, self.kinds):
            checklist.changed.connect(self.apply)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.search, 1)
        for widget in (
            self.speakers,
            self.sources,
            self.commitments,
            self.kinds,
            self.clear_button,
            self.count,
        ):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.search)
        self.setAccessibleName("Filters")
        QShortcut(QKeySequence("Escape"), self.search, self.clear, context=Qt.ShortcutContext.WidgetShortcut)
        session.filtersChanged.disconnect(self._changed)
        session.filtersChanged.connect(self._sync)
        self.refresh()

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        index = self.index()
        self._options(index)
        self._sync()

    def _options(self, index: AnalysisIndex | None) -> None:
        if index is None:
            self.speakers.set_options([])
            self.sources.set_options([(a.id, safe_name(a.source or a.path)) for a in self.session.articles])
            return
        counts: dict[str, int] = {}
        for row in index.statements:
            if row.speaker_id:
                counts[row.speaker_id] = counts.get(row.speaker_id, 0) + 1
        speakers = sorted(
            counts, key=lambda sid: (-counts[sid], index.speaker_names.get(sid, sid).casefold())
        )
        self.speakers.set_options(
            [(sid, f"{index.speaker_names.get(sid) or sid} ({counts[sid]})") for sid in speakers]
        )
        self.sources.set_options(
            [(a.id, f"{index.sources[a.id]} ({len(index.by_article.get(a.id, []))})") for a in index.articles]
        )

    def _sync(self) -> None:
        """Show the session's filters (set here or by another panel) without re-applying them."""
        filters = self.session.filters
        if self.search.text() != filters.text and not self._typing.isActive():
            self.search.setText(filters.text)
        self.speakers.set_checked(filters.speaker_ids)
        self.sources.set_checked(filters.article_ids)
        self.commitments.set_checked(filters.commitments)
        self.kinds.set_checked(filters.kinds)
        self._count()

    def _count(self) -> None:
        index = self.index()
        if index is None:
            self.count.setText("")
            self.clear_button.setEnabled(self.session.filters.active)
            return
        total = len(index.statements)
        visible = index.visible(self.session.filters)
        shown = total if visible is None else len(visible)
        self.count.setText(
            f"{shown:,} of {total:,} statements" if visible is not None else f"{total:,} statements"
        )
        self.clear_button.setEnabled(self.session.filters.active)

    # -- actions -----------------------------------------------------------------------
    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def filters(self) -> Filters:
        """Return the filters the bar's controls describe."""
        return Filters(
            text=self.search.text().strip(),
            speaker_ids=self.speakers.checked(),
            article_ids=self.sources.checked(),
            commitments=self.commitments.checked(),
            kinds=self.kinds.checked(),
        )

    def apply(self) -> None:
        """Apply the controls to every view."""
        self._typing.stop()
        self.session.set_filters(self.filters())
        self._count()

    def clear(self) -> None:
        """Remove every filter."""
        self._typing.stop()
        self.search.clear()
        self.session.set_filters(Filters())
        self._sync()
