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

    def set_rows(self, rows: list[T]) -> None:
        """Replace every row at once."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

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
