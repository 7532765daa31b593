"""What every panel shares: the session, the current index and filter result, table set-up."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QAbstractItemModel, Qt, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.index import AnalysisIndex, index_for
from desktop.models.prepare import prepare
from desktop.models.rows import RowsModel
from desktop.session import Session


class Guard:
    """Marks changes the panel makes itself, so its own signal handlers ignore them.

    Blocking the selection model's signals instead would also cut the view off from them
    and leave it painting a stale current cell.
    """

    def __init__(self) -> None:
        self.active = False

    def __enter__(self) -> Guard:
        self.active = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.active = False

    def __bool__(self) -> bool:
        return self.active


class Panel(QWidget):
    """A view of the session; subclasses implement :meth:`refresh`.

    ``refresh`` runs on every new analysis and every filter change, so it must build its
    rows in bulk (one model reset), never one row at a time. A panel hidden in a tabbed
    dock skips the work and catches up when it is shown: only what the analyst sees is
    rebuilt while the window must stay responsive.
    """

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.quiet = Guard()
        self._stale = False
        if prepare not in session.prepare:
            session.prepare.append(prepare)
        self.follow(session.analysisChanged, session.filtersChanged)

    def follow(self, *signals: SignalInstance) -> None:
        """Refresh on these signals too (deferred while the panel is hidden)."""
        for signal in signals:
            signal.connect(self._changed)

    def _changed(self) -> None:
        if self.window() is not self and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def index(self) -> AnalysisIndex | None:
        """Return the index of the current analysis (``None`` before the first)."""
        analysis = self.session.analysis
        return index_for(analysis) if analysis is not None else None

    def visible(self) -> frozenset[str] | None:
        """Return the ids of statements the filters let through (``None``: all)."""
        index = self.index()
        return index.visible(self.session.filters) if index is not None else None

    def refresh(self) -> None:
        """Rebuild the panel's rows from the session."""
        raise NotImplementedError


def table_view(parent: QWidget, name: str, model: QAbstractItemModel) -> QTableView:
    """Return a row-selecting table view over ``model`` with the house style."""
    view = style_table(QTableView(parent), name)
    view.setModel(model)
    return view


def style_table(view: QTableView, name: str) -> QTableView:
    """Give a table view the house style (see :func:`table_view`) and return it."""
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return view


def size_columns(view: QTableView, widths: Mapping[int, int], stretch: int = -1) -> None:
    """Set column widths (in average characters) once the model is set; ``stretch`` fills the rest."""
    header = view.horizontalHeader()
    em = view.fontMetrics().averageCharWidth()
    for column, chars in widths.items():
        header.resizeSection(column, chars * em + 12)
    if stretch >= 0:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)


def select_key(view: QAbstractItemView, key: object, column: int = 0) -> bool:
    """Make the row of the record with that key current; return whether it is listed."""
    model = view.model()
    row = model.row_of(key) if isinstance(model, RowsModel) else -1
    if row < 0:
        return False
    index = model.index(row, column)
    view.setCurrentIndex(index)
    view.scrollTo(index)
    return True


def sortable(view: QTableView) -> None:
    """Let the header sort the view (the model sorts itself); start in the analysis' order."""
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)


def tool_button(text: str, tip: str, parent: QWidget) -> QToolButton:
    """Return a small button; its accessible name is the tip without the shortcut."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    return button


def toolbar(lead: QWidget, *widgets: QWidget) -> QHBoxLayout:
    """Return a row with ``lead`` taking the spare width and ``widgets`` at the right."""
    bar = QHBoxLayout()
    bar.setContentsMargins(4, 2, 4, 2)
    bar.addWidget(lead, 1)
    for widget in widgets:
        bar.addWidget(widget)
    return bar


def stack(panel: QWidget, *parts: QWidget | QLayout, grow: QWidget) -> QVBoxLayout:
    """Lay ``parts`` out top to bottom on ``panel``; ``grow`` takes the spare height."""
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is grow else 0)
    return layout
