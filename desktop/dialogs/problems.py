"""The non-blocking list of load problems and notices, and its status-bar button.

Loading never stops for a bad file: each problem lands here with the item and the reason,
and the status bar shows how many there are. Notices (duplicates skipped, copies found) are
listed too, marked as such, so the analyst can read them after the status message is gone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from analysis.model import LoadError
from desktop import theme
from desktop.drop import display_name

PROBLEM, NOTICE = "problem", "notice"


class ProblemsPanel(QWidget):
    """A table of ``kind · item · reason · time`` rows with Copy and Clear."""

    countChanged = Signal(int)  # number of problems (notices not counted)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Problems")
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Item", "Reason", "Time"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("Load problems and notices")
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(0, 260)
        copy = QPushButton("Copy", self)
        copy.setToolTip("Copy the list as text")
        copy.clicked.connect(self.copy_all)
        clear = QPushButton("Clear", self)
        clear.setToolTip("Empty the list")
        clear.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(copy)
        buttons.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self._problems = 0

    @property
    def problem_count(self) -> int:
        """How many problems are listed (notices not counted)."""
        return self._problems

    def rows(self) -> list[tuple[str, str, str]]:
        """Return ``(kind, item, reason)`` of every row, oldest first."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            assert item is not None
            out.append((str(item.data(0, Qt.ItemDataRole.UserRole)), item.text(0), item.text(1)))
        return out

    def add_problems(self, errors: Sequence[LoadError]) -> None:
        """List load problems (one row each)."""
        self._add([(PROBLEM, display_name(e.path), e.message) for e in errors])
        self._problems += len(errors)
        self.countChanged.emit(self._problems)

    def add_notices(self, notices: Sequence[str]) -> None:
        """List notices such as skipped duplicates."""
        self._add([(NOTICE, "Notice", display_name(n)) for n in notices])

    def _add(self, entries: Sequence[tuple[str, str, str]]) -> None:
        """Append ``(kind, item, reason)`` rows in one go (a dropped folder may bring hundreds)."""
        now = datetime.now().strftime("%H:%M:%S")
        rows = []
        for kind, item, reason in entries:
            row = QTreeWidgetItem([item, reason, now])
            row.setData(0, Qt.ItemDataRole.UserRole, kind)
            row.setIcon(0, theme.icon("problems" if kind == PROBLEM else "notice"))
            row.setToolTip(0, item)
            row.setToolTip(1, reason)
            rows.append(row)
        self.tree.addTopLevelItems(rows)
        if rows:
            self.tree.scrollToItem(rows[-1])

    def clear(self) -> None:
        """Empty the list."""
        self.tree.clear()
        self._problems = 0
        self.countChanged.emit(0)

    def copy_all(self) -> None:
        """Put the list on the clipboard as tab-separated text."""
        lines = [f"{kind}\t{item}\t{reason}" for kind, item, reason in self.rows()]
        QGuiApplication.clipboard().setText("\n".join(lines))


class ProblemsButton(QToolButton):
    """The status-bar button that shows the problem count and toggles the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        theme.set_icon(self, "problems")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAccessibleName("Load problems")
        self.setToolTip("Show the files that could not be loaded, and why")
        self.set_count(0)

    def set_count(self, count: int) -> None:
        """Show ``count`` problems (hidden when there are none)."""
        self.setText(f"{count} problem{'s' if count != 1 else ''}")
        self.setProperty("hasProblems", count > 0)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(count > 0)
