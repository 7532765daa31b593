"""A tool button that drops down a searchable list of checkboxes (speakers, sources, kinds).

A menu of checkable actions closes on every click and does not scale to hundreds of
speakers; this popup stays open, filters as you type and works from the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
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

from desktop.models.roles import ROOT, Role

_Index = QModelIndex | QPersistentModelIndex
_CHECK = Qt.ItemDataRole.CheckStateRole


class ChoiceModel(QAbstractListModel):
    """Checkable choices (key, label, tip) held as plain lists; toggles announce :attr:`toggled`."""

    toggled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: list[tuple[str, str, str]] = []
        self.checked: set[str] = set()

    def set_choices(self, choices: list[tuple[str, str, str]], checked: Iterable[str]) -> None:
        """Replace every choice at once."""
        self.beginResetModel()
        self.choices = choices
        self.checked = set(checked) & {key for key, _, _ in choices}
        self.endResetModel()

    def set_checked(self, keys: Iterable[str]) -> None:
        """Check exactly ``keys`` without announcing it."""
        self.checked = set(keys) & {key for key, _, _ in self.choices}
        if self.choices:
            self.dataChanged.emit(self.index(0), self.index(len(self.choices) - 1), [_CHECK])

    def rowCount(self, parent: _Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.choices)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.choices):
            return None
        key, label, tip = self.choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == _CHECK:
            return Qt.CheckState.Checked if key in self.checked else Qt.CheckState.Unchecked
        if role == Role.KEY:
            return key
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip or label
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != _CHECK or not index.isValid():
            return False
        key = self.choices[index.row()][0]
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        (self.checked.add if on else self.checked.discard)(key)
        self.dataChanged.emit(index, index, [_CHECK])
        self.toggled.emit()
        return True


class Checklist(QToolButton):
    """Shows "Speaker" / "Speaker: 2"; :attr:`changed` fires on every toggle."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAccessibleName(f"Filter by {title.lower()}")
        self.items = ChoiceModel(self)
        self.items.toggled.connect(self._on_toggled)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.items)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build_popup()
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
        self.list.setUniformItemSizes(True)  # hundreds of speakers: no per-row measuring
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
        choices = [(key, label, tips[i] if i < len(tips) else "") for i, (key, label) in enumerate(options)]
        self.items.set_choices(choices, self.items.checked)
        self._refresh_text()

    def checked(self) -> frozenset[str]:
        """Return the checked keys."""
        return frozenset(self.items.checked)

    def set_checked(self, keys: Iterable[str]) -> None:
        """Check exactly ``keys`` (without announcing it)."""
        self.items.set_checked(keys)
        self._refresh_text()

    def toggle(self, key: str, on: bool = True) -> None:
        """Check or uncheck one choice as a click in the list does (announced)."""
        for row, (found, _, _) in enumerate(self.items.choices):
            if found == key:
                self.items.setData(self.items.index(row), on, _CHECK)

    def clear(self) -> None:
        """Uncheck everything (announced)."""
        if self.items.checked:
            self.set_checked(())
            self.changed.emit()

    def _on_toggled(self) -> None:
        self._refresh_text()
        self.changed.emit()

    def _refresh_text(self) -> None:
        keys = self.items.checked
        if not keys:
            text = self.title
        elif len(keys) == 1:
            label = next(label for key, label, _ in self.items.choices if key in keys)
            text = f"{self.title}: {label if len(label) <= 24 else label[:23] + '…'}"
        else:
            text = f"{self.title}: {len(keys)}"
        self.setText(text)
        chosen = f" ({len(keys)} chosen)" if keys else ""
        self.setToolTip(f"Filter by {self.title.lower()}{chosen}; the list filters as you type")
