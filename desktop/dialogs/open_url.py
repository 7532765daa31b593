"""File › Open URL: one or more web addresses, one a line, checked before they are fetched."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.drop import WEB_SCHEMES, web_urls_in


def check_urls(text: str) -> tuple[list[str], str]:
    """Return the addresses in ``text`` (one a line) and the reason they are refused, if any."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return [], "Enter the address of an article (http:// or https://)."
    for line in lines:
        url = QUrl.fromUserInput(line) if "://" not in line else QUrl(line)
        if url.scheme().lower() not in WEB_SCHEMES or not url.host():
            return [], f"Not a web address: {line[:80]}"
    return [QUrl.fromUserInput(line).toString() for line in lines], ""


class OpenUrlDialog(QDialog):
    """Ask for web addresses; :meth:`urls` gives them once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open URL")
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName("Web addresses, one per line")
        self.edit.setPlaceholderText("https://example.org/news/article\n(one address a line)")
        self.edit.setTabChangesFocus(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel("Parallax downloads each page and reads the article in it.", self)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(520, 220)
        self.edit.textChanged.connect(self._check)
        # An analyst usually copies the address first: offer it.
        self.edit.setPlainText("\n".join(web_urls_in(QGuiApplication.clipboard().text())))
        self._check()

    def urls(self) -> list[str]:
        """Return the checked addresses."""
        return check_urls(self.edit.toPlainText())[0]

    def _check(self) -> None:
        urls, reason = check_urls(self.edit.toPlainText())
        self.message.setText(reason if self.edit.toPlainText().strip() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(urls))
