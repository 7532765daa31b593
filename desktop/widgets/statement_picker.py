"""A dialog to choose statements (e.g. the ones to split off into a new topic)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.index import StatementRow

KEY = int(Qt.ItemDataRole.UserRole) + 1


class StatementPicker(QDialog):
    """Checkable statements with a search field; :meth:`chosen` returns the checked ids."""

    def __init__(
        self,
        title: str,
        prompt: str,
        statements: Sequence[StatementRow],
        describe: Callable[[StatementRow], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 480)
        self.items = QStandardItemModel(self)
        for row in statements:
            item = QStandardItem(describe(row))
            item.setToolTip(row.text)
            item.setData(row.id, KEY)
            item.setCheckable(True)
            item.setEditable(False)
            self.items.appendRow(item)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.items)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        search = QLineEdit(self, placeholderText="Find statements…", clearButtonEnabled=True)
        search.setAccessibleName("Find statements")
        search.textChanged.connect(proxy.setFilterFixedString)
        self.list = QListView(self)
        self.list.setModel(proxy)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName("Statements")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.items.itemChanged.connect(lambda _item: self.ok.setEnabled(bool(self.chosen())))
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def set_checked(self, ids: Sequence[str]) -> None:
        """Check the statements with these ids."""
        wanted = set(ids)
        for r in range(self.items.rowCount()):
            item = self.items.item(r)
            if item.data(KEY) in wanted:
                item.setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        """Return the ids of the checked statements."""
        return [
            str(self.items.item(r).data(KEY))
            for r in range(self.items.rowCount())
            if self.items.item(r).checkState() == Qt.CheckState.Checked
        ]
