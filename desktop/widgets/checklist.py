"""A tool button that drops down a searchable list of checkboxes (speakers, sources, kinds).

A menu of checkable actions closes on every click and does not scale to hundreds of
speakers; this popup stays open, filters as you type and works from the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

KEY = int(Qt.ItemDataRole.UserRole) + 1


class Checklist(QToolButton):
    """Shows "Speaker" / "Speaker: 2"; :attr:`changed` fires on every toggle."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(f"Filter by {title.lower()}")
        self.items = QStandardItemModel(self)
        self.items.itemChanged.connect(self._on_item_changed)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.items)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build_popup()
        self._quiet = False
        self._refresh_text()

    def _build_popup(self) -> None:
        menu = QMenu(self)
        box = QWidget(menu)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit(box, placeholderText=f"Find {self.title.lower()}…", clearButtonEnabled=True)
        self.search.setAccessibleName(f"Find {self.title.lower()}")
        self.search.textChanged.connect(self._proxy.setFilterFixedString)
        self.list = QListView(box)
        self.list.setModel(self._proxy)
        self.list.setAccessibleName(self.title)
        self.list.setMinimumWidth(260)
        clear = QPushButton("Clear", box)
        clear.clicked.connect(self.clear)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(clear)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addLayout(row)
        action = QWidgetAction(menu)
        action.setDefaultWidget(box)
        menu.addAction(action)
        menu.aboutToShow.connect(self.search.setFocus)
        self.setMenu(menu)

    # -- content -----------------------------------------------------------------------
    def set_options(self, options: Iterable[tuple[str, str]], tips: Sequence[str] = ()) -> None:
        """Replace the choices (key, label); keys still offered stay checked."""
        keep = self.checked()
        self._quiet = True
        self.items.clear()
        for i, (key, label) in enumerate(options):
            item = QStandardItem(label)
            item.setData(key, KEY)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if key in keep else Qt.CheckState.Unchecked)
            if i < len(tips) and tips[i]:
                item.setToolTip(tips[i])
            self.items.appendRow(item)
        self._quiet = False
        self._refresh_text()

    def checked(self) -> frozenset[str]:
        """Return the checked keys."""
        return frozenset(
            str(self.items.item(r).data(KEY))
            for r in range(self.items.rowCount())
            if self.items.item(r).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, keys: Iterable[str]) -> None:
        """Check exactly ``keys`` (without announcing it)."""
        wanted = set(keys)
        self._quiet = True
        for r in range(self.items.rowCount()):
            item = self.items.item(r)
            state = Qt.CheckState.Checked if item.data(KEY) in wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self._quiet = False
        self._refresh_text()

    def clear(self) -> None:
        """Uncheck everything (announced)."""
        if self.checked():
            self.set_checked(())
            self.changed.emit()

    def _on_item_changed(self, item: QStandardItem) -> None:
        if self._quiet:
            return
        self._refresh_text()
        self.changed.emit()

    def _refresh_text(self) -> None:
        keys = self.checked()
        if not keys:
            text = self.title
        elif len(keys) == 1:
            label = next(
                self.items.item(r).text()
                for r in range(self.items.rowCount())
                if self.items.item(r).data(KEY) in keys
            )
            text = f"{self.title}: {label if len(label) <= 24 else label[:23] + '…'}"
        else:
            text = f"{self.title}: {len(keys)}"
        self.setText(text)
        chosen = f" ({len(keys)} chosen)" if keys else ""
        self.setToolTip(f"Filter by {self.title.lower()}{chosen}; the list filters as you type")
