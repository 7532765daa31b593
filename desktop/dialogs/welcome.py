"""The centre of the window: a welcome page until articles arrive, then filters over compare."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import theme

WELCOME, WORK = 0, 1


class WelcomePage(QWidget):
    """What an empty window says: drop articles here, or the buttons to get them in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.icon = icon = QLabel(self)
        icon.setPixmap(theme.icon("drop").pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel("Drop articles here", self)
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            "Files, several at once, whole folders, links dragged from a browser or selected text.\n"
            "Reports of one event from sources on different sides work best.",
            self,
        )
        hint.setObjectName("emptyHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(18)
        layout.addLayout(self.buttons)
        layout.addStretch(3)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.icon.setPixmap(theme.icon("drop").pixmap(64, 64))  # drawn in the new text colour

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """Offer ``actions`` as large buttons under the hint."""
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(32, 32))
            button.setMinimumWidth(120)
            button.setAutoRaise(True)
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)


class CentralView(QStackedWidget):
    """Welcome page or the work page (filter bar above the compare view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.welcome = WelcomePage(self)
        self.work = QWidget(self)
        self._layout = QVBoxLayout(self.work)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self.addWidget(self.welcome)
        self.addWidget(self.work)

    def set_panels(self, compare: QWidget | None, filters: QWidget | None) -> None:
        """Put the filter bar above the compare view on the work page (once they exist)."""
        for widget in (filters, compare):
            if widget is not None:
                widget.setParent(self.work)
                self._layout.addWidget(widget, 1 if widget is compare else 0)
        if compare is None:
            self._layout.addStretch(1)

    def show_work(self, work: bool) -> None:
        """Show the work page (``True``) or the welcome page."""
        self.setCurrentIndex(WORK if work else WELCOME)
