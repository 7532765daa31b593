"""A table of statement cards (one column per source) that stays fast with thousands of cards.

Qt's "resize rows to contents" measures every cell of every row; with 200 sources and
thousands of cards that blocks the window for seconds. Here a row's height is estimated
from text lengths for the whole grid at once, then measured exactly only for the rows and
columns on screen, after each reset, scroll or resize.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.models.grid import GridModel
from desktop.widgets.card import StatementCardDelegate

COLUMN_MIN = 260
EMPTY_ROW = 40


class CardGrid(QTableView):
    """Shows a :class:`~desktop.models.grid.GridModel` as cards; see the module docstring."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.cards = StatementCardDelegate(self)
        self.setItemDelegate(self.cards)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(COLUMN_MIN)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(EMPTY_ROW)
        rows.hide()
        self._measure = QTimer(self, singleShot=True, interval=40)
        self._measure.timeout.connect(self.measure_visible)
        self._estimate = QTimer(self, singleShot=True, interval=40)
        self._estimate.timeout.connect(self.estimate_all)
        self.verticalScrollBar().valueChanged.connect(self._measure.start)
        self.horizontalScrollBar().valueChanged.connect(self._measure.start)
        header.sectionResized.connect(lambda *_: self._estimate.start())

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self.estimate_all)

    def grid(self) -> GridModel | None:
        """Return the model if it is a grid."""
        model = self.model()
        return model if isinstance(model, GridModel) else None

    def estimate_all(self) -> None:
        """Give every row its estimated height, then measure what is on screen."""
        model = self.grid()
        if model is None:
            return
        header = self.horizontalHeader()
        heights = [EMPTY_ROW] * model.rowCount()
        estimate = self.cards.estimator(self.font())
        for c, column in enumerate(model.columns()):
            width = header.sectionSize(c)
            for r, cell in column.cards.items():
                heights[r] = max(heights[r], estimate(len(cell.row.text), width, bool(cell.caption)))
        self._apply(range(len(heights)), heights)
        self._measure.start()

    def measure_visible(self) -> None:
        """Measure the cards on screen exactly and fit their rows to them."""
        model = self.grid()
        if model is None or not model.rowCount():
            return
        viewport = self.viewport().rect()
        first, last = self.rowAt(0), self.rowAt(viewport.height() - 1)
        left, right = self.columnAt(0), self.columnAt(viewport.width() - 1)
        last = model.rowCount() - 1 if last < 0 else min(last + 2, model.rowCount() - 1)
        right = model.columnCount() - 1 if right < 0 else right
        font, header, columns = self.font(), self.horizontalHeader(), model.columns()
        rows = range(max(first, 0), last + 1)
        heights = []
        for r in rows:
            height = EMPTY_ROW
            for c in range(max(left, 0), right + 1):
                cell = columns[c].cards.get(r)
                if cell is not None:
                    exact = self.cards.card_height(cell.row, cell.caption, header.sectionSize(c), font)
                    height = max(height, exact)
            heights.append(height)
        self._apply(rows, heights)

    def _apply(self, rows: range, heights: list[int]) -> None:
        header = self.verticalHeader()
        for r, h in zip(rows, heights, strict=True):
            if header.sectionSize(r) != h:
                header.resizeSection(r, h)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._estimate.start()
