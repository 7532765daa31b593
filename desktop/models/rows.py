"""A table model over a list of precomputed row records; subclasses say what a cell shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.models.roles import ROOT, Role

T = TypeVar("T")
_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows are plain records replaced in one reset; ``data()`` never touches pandas."""

    headers: Sequence[str] = ()
    header_tips: Sequence[str] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._natural: list[T] = []
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list[T]) -> None:
        """Replace every row at once (kept in the current sort order)."""
        self.beginResetModel()
        self._natural = rows
        self._rows = self.sorted_rows(rows, *self._order)
        self.endResetModel()

    # -- sorting in Python: a proxy would call data() n log n times -----------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: the analysis' own order), keeping selections on their records."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        keys = [(self.key(self._rows[i.row()]), i.column()) for i in old]
        self._rows = self.sorted_rows(self._natural, column, order)
        where = {self.key(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(where[k], c) for k, c in keys])
        self.layoutChanged.emit()

    def sorted_rows(self, rows: list[T], column: int, order: Qt.SortOrder) -> list[T]:
        """Return ``rows`` sorted by a column's ``Role.SORT`` value (numbers before text)."""
        if column < 0:
            return list(rows)
        descending = order == Qt.SortOrder.DescendingOrder

        def value(record: T) -> tuple[int, object]:
            found = self.extra(record, column, Role.SORT)
            found = self.display(record, column) if found is None else found
            return (0, found) if isinstance(found, int | float) else (1, str(found).casefold())

        return sorted(rows, key=value, reverse=descending)

    def rows(self) -> list[T]:
        """Return the current rows."""
        return list(self._rows)

    def row(self, index: _Index) -> T | None:
        """Return the record behind ``index`` (``None`` when invalid)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def row_of(self, key: object) -> int:
        """Return the row number of the record with that key, or -1."""
        for number, record in enumerate(self._rows):
            if self.key(record) == key:
                return number
        return -1

    # -- what subclasses define -------------------------------------------------------
    def key(self, record: T) -> object:
        """Return the stable key of a record (article id, topic id, claim key...)."""
        raise NotImplementedError

    def display(self, record: T, column: int) -> Any:
        """Return the text of a cell."""
        raise NotImplementedError

    def extra(self, record: T, column: int, role: int) -> Any:
        """Return any other role of a cell (tooltips, colours, sort values)."""
        return None

    # -- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: _Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.row(index)
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(record, index.column())
        if role == Role.KEY:
            return self.key(record)
        if role == Role.SORT:
            found = self.extra(record, index.column(), role)
            return found if found is not None else self.display(record, index.column())
        return self.extra(record, index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.header_tips):
            return self.header_tips[section]
        return None
