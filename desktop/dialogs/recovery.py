"""The offer, at start, of the work a crashed session left unsaved."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.drop import display_name

if TYPE_CHECKING:
    from analysis.project import Recovery


def describe(found: Recovery) -> str:
    """Return two lines about a recovery: what and where, then when and how much."""
    when = found.saved_at.astimezone().strftime("%d %b %Y, %H:%M") if found.saved_at else "unknown time"
    where = display_name(found.project_path) if found.project_path else "never saved to a file"
    lines = [f"{display_name(found.title)} — {where}", f"autosaved {when} · {found.articles} articles"]
    if found.problem:
        lines.append(f"cannot be read: {found.problem}")
    return "\n".join(lines)


class RecoveryDialog(QDialog):
    """List the recoverable work; Recover or Discard one, or decide at the next start."""

    chosen = Signal(object)  # Recovery to bring back
    discarded = Signal(object)  # Recovery to delete

    def __init__(self, recoveries: Sequence[Recovery], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Recover Unsaved Work")
        intro = QLabel(
            "Parallax did not close normally last time. This work was autosaved but never saved "
            "to a project file:",
            self,
        )
        intro.setWordWrap(True)
        self.listing = QListWidget(self)
        self.listing.setAccessibleName("Recoverable work")
        for found in recoveries:
            item = QListWidgetItem(describe(found))
            item.setData(Qt.ItemDataRole.UserRole, found)
            if found.problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.listing.addItem(item)
        self.listing.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.recover_button = QPushButton("&Recover", self)
        self.recover_button.setDefault(True)
        self.discard_button = QPushButton("&Discard", self)
        later = QPushButton("Decide &Later", self)
        buttons.addButton(self.recover_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button.clicked.connect(self._recover)
        self.discard_button.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        self.listing.currentItemChanged.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.listing)
        layout.addWidget(buttons)
        self.resize(560, 300)
        self._enable()

    def _current(self) -> Recovery | None:
        item = self.listing.currentItem()
        found: Recovery | None = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return found

    def _enable(self) -> None:
        found = self._current()
        self.recover_button.setEnabled(found is not None and not found.problem)
        self.discard_button.setEnabled(found is not None)

    def _recover(self) -> None:
        found = self._current()
        if found is not None and not found.problem:
            self.chosen.emit(found)
            self.accept()

    def _discard(self) -> None:
        found = self._current()
        if found is None:
            return
        self.discarded.emit(found)
        self.listing.takeItem(self.listing.currentRow())
        if self.listing.count() == 0:
            self.reject()
