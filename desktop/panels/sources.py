"""The sources panel: loaded articles, editable outlet/side/title/date, remove, reorder, drop target."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QMetaMethod, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from analysis.model import Article
from desktop import drop
from desktop.models.roles import Role
from desktop.models.sources import MIME, SourcesModel, source_rows
from desktop.panels.base import Panel, size_columns, stack, style_table, tool_button, toolbar
from desktop.session import Session
from desktop.widgets.empty_state import EmptyState

EMPTY_TEXT = "Drop articles here or use File › Open"


class SourcesView(QTableView):
    """The sources table: rows drag to reorder; files, links and text dropped on it load.

    Internal drags carry :data:`MIME`; anything else is read by :func:`desktop.drop.inputs_from_mime`
    and announced through :attr:`dropped`.
    """

    dropped = Signal(object)  # desktop.drop.DropInputs
    reordered = Signal(list, int)  # article ids, row to put them before (-1: the end)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    @staticmethod
    def _internal(mime: QMimeData | None) -> bool:
        return mime is not None and mime.hasFormat(MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._internal(event.mimeData()):
            super().dragEnterEvent(event)
        else:
            drop.accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._internal(event.mimeData()):
            super().dragMoveEvent(event)
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            drop.accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        if self._internal(mime):
            ids = [i for i in bytes(mime.data(MIME).data()).decode("utf-8").split("\n") if i]
            target = self.indexAt(event.position().toPoint())
            before = target.row() if target.isValid() else -1
            if target.isValid() and event.position().y() > self.visualRect(target).center().y():
                before += 1
            # Copy, not move: the view must not delete the dragged rows; the session reorders.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.reordered.emit(ids, before)
            return
        inputs = drop.take_drop(event)
        if inputs is not None:
            self.dropped.emit(inputs)


class SourcesPanel(Panel):
    """Loaded articles with their metadata; see the module docstring.

    ``panel.view`` is the drop target (its ``viewport()`` takes drops). What is dropped is
    announced by :attr:`dropped`; when nobody listens the panel loads it itself.
    """

    dropped = Signal(object)  # desktop.drop.DropInputs

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = SourcesModel(self)
        self.view = SourcesView(self)
        self.view.setModel(self.model)
        _style(self.view)
        self.empty = EmptyState(self.view, EMPTY_TEXT)
        self.model.edited.connect(session.set_source_field)
        self.model.moved.connect(session.reorder)
        self.view.reordered.connect(self.model.move)
        self.view.dropped.connect(self._on_dropped)
        self.view.doubleClicked.connect(self._open_in_reader)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._build(session)
        self.follow(session.articlesChanged, session.editsChanged, session.problemsAdded)
        self.refresh()

    def _build(self, session: Session) -> None:
        self.summary = QLabel(self)
        self.summary.setAccessibleName("Sources summary")
        self.up = tool_button("▲", "Move the selected sources up (Alt+Up)", self)
        self.down = tool_button("▼", "Move the selected sources down (Alt+Down)", self)
        self.remove_button = tool_button("✕", "Remove the selected sources from the case (Delete)", self)
        self.up.clicked.connect(lambda: self.shift(-1))
        self.down.clicked.connect(lambda: self.shift(1))
        self.remove_button.clicked.connect(self.remove_selected)
        stack(self, toolbar(self.summary, self.up, self.down, self.remove_button), self.view, grow=self.view)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.remove_selected),
            ("Alt+Up", lambda: self.shift(-1)),
            ("Alt+Down", lambda: self.shift(1)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._update_buttons()

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        articles = _edited(self.session)
        selected = self.selected_ids()
        self.model.set_rows(source_rows(articles, self.index(), self.visible(), self.session.problems))
        self._reselect(selected)
        n, problems = len(articles), len(self.session.problems)
        text = f"{n} source{'s' if n != 1 else ''}" if n else "No sources yet"
        self.summary.setText(text + (f" · {problems} could not be loaded" if problems else ""))
        self._update_buttons()

    def selected_ids(self) -> list[str]:
        """Return the ids of the selected articles, in shown order."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [i for i in (self.model.index(r, 0).data(Role.KEY) for r in rows) if i and ":" not in i]

    def _reselect(self, ids: Sequence[str]) -> None:
        selection = self.view.selectionModel()
        for article_id in ids:
            row = self.model.row_of(article_id)
            if row >= 0:
                selection.select(
                    self.model.index(row, 0),
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_ids())
        for button in (self.up, self.down, self.remove_button):
            button.setEnabled(chosen)

    # -- actions -----------------------------------------------------------------------
    def shift(self, step: int) -> None:
        """Move the selected sources one place up (-1) or down (+1)."""
        ids = self.selected_ids()
        order = self.model.article_ids()
        if not ids:
            return
        rows = [order.index(i) for i in ids]
        before = min(rows) - 1 if step < 0 else max(rows) + 2
        if before < 0 or before > len(order):
            return
        self.model.move(ids, before if before < len(order) else -1)

    def remove_selected(self) -> None:
        """Ask, then remove the selected sources from the case."""
        ids = self.selected_ids()
        if not ids:
            return
        names = ", ".join(self.model.index(self.model.row_of(i), 1).data() for i in ids)
        answer = QMessageBox.question(
            self,
            "Remove sources",
            f"Remove {names} from the case? Your edits of these sources are dropped too.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.remove(ids)

    def remove(self, ids: Sequence[str]) -> None:
        """Remove sources without asking."""
        for article_id in ids:
            self.session.remove_article(article_id)

    def _open_in_reader(self) -> None:
        index = self.index()
        ids = self.selected_ids()
        if index is not None and ids and index.by_article.get(ids[0]):
            self.session.select_statement(index.by_article[ids[0]][0].id)

    def _on_dropped(self, inputs: drop.DropInputs) -> None:
        if self.isSignalConnected(QMetaMethod.fromSignal(self.dropped)):
            self.dropped.emit(inputs)
            return
        # Nobody composed us into a window: load it ourselves.
        if inputs.loadable:
            self.session.load(inputs.loadable)
        if inputs.text:
            self.session.add_pasted(inputs.text, drop.pasted_name(inputs.text))


def _edited(session: Session) -> list[Article]:
    """Return the articles with the analyst's names, dates, sides and order applied.

    The pipeline (pandas, scikit-learn) arrives with the first analysis, unpickled off the
    GUI thread; importing it here would stop the window for seconds. Until then the
    articles show as loaded, and the analysis that follows refreshes them.
    """
    pipeline = sys.modules.get("analysis.pipeline")
    if not session.articles or pipeline is None:
        return list(session.articles)
    edited: list[Article] = pipeline.apply_source_edits(session.articles, session.edits)
    return edited


def _style(view: QTableView) -> None:
    style_table(view, "Sources")
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    size_columns(view, {0: 3, 1: 22, 2: 14, 3: 34, 4: 11, 5: 6, 6: 10})
