"""Turn dropped or pasted mime data into things to load: paths, web addresses, text.

A file manager drags ``file:`` URLs (files and folders, several at once); a browser drags
the page address (and often its title as text); dragging a selection carries plain text.
Everything here is a pure function of the :class:`~PySide6.QtCore.QMimeData`, so the drop
target, Edit › Paste and the tests share one reading of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from analysis.display import safe_name

WEB_SCHEMES = ("http", "https")
_URL_LINE = re.compile(r"^\s*(https?://\S+)\s*$", re.IGNORECASE)
NAME_LIMIT = 80
"""Longest name given to a pasted article (its first line, shortened)."""


@dataclass
class DropInputs:
    """What a drop or paste asks Parallax to load."""

    paths: list[str] = field(default_factory=list)
    """Local files and folders (folders are read recursively by the loader)."""
    urls: list[str] = field(default_factory=list)
    """Web addresses (``http`` / ``https``) to fetch."""
    text: str = ""
    """Dragged or pasted text that becomes one article."""
    refused: list[tuple[str, str]] = field(default_factory=list)
    """``(item, reason)`` for what cannot be loaded (e.g. ``ftp:`` or ``data:`` addresses)."""

    @property
    def empty(self) -> bool:
        """Whether there is nothing to load (refusals aside)."""
        return not (self.paths or self.urls or self.text)

    @property
    def loadable(self) -> list[str]:
        """Paths and web addresses, in the order the loader should read them."""
        return [*self.paths, *self.urls]


def pasted_name(text: str) -> str:
    """Name a pasted article by its first non-empty line, shortened to :data:`NAME_LIMIT`.

    Examples
    --------
    >>> pasted_name("\\n  Strike on Halvik hospital  \\nBody text")
    'Strike on Halvik hospital'
    """
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= NAME_LIMIT else line[: NAME_LIMIT - 1].rstrip() + "…"
    return "pasted text"


def _add_url(url: QUrl, inputs: DropInputs) -> None:
    if url.isLocalFile():
        local = url.toLocalFile()
        if local and local not in inputs.paths:
            inputs.paths.append(local)
    elif url.scheme().lower() in WEB_SCHEMES and url.isValid() and url.host():
        address = url.toString()
        if address not in inputs.urls:
            inputs.urls.append(address)
    else:
        # data:, javascript:, ftp: ... never fetched: say why instead of failing silently.
        shown = url.toString()[:NAME_LIMIT] or "(empty address)"
        inputs.refused.append((shown, f"unsupported address type '{url.scheme() or '?'}:'"))


def web_urls_in(text: str) -> list[str]:
    """Return the web addresses of ``text`` when it holds nothing else (one per line)."""
    lines = [line for line in text.splitlines() if line.strip()]
    matches = [_URL_LINE.match(line) for line in lines]
    if not lines or not all(matches):
        return []
    return [m.group(1) for m in matches if m]


def inputs_from_mime(mime: QMimeData | None) -> DropInputs:
    """Read a drop or the clipboard.

    URLs win over text: a browser dragging a link also offers the link's title as text,
    which must not become an article. Text that is only web addresses is fetched; any
    other text becomes one pasted article.
    """
    inputs = DropInputs()
    if mime is None:
        return inputs
    if mime.hasUrls():
        for url in mime.urls():
            _add_url(url, inputs)
        if inputs.paths or inputs.urls or inputs.refused:
            return inputs
    if mime.hasText():
        text = mime.text()
        addresses = web_urls_in(text)
        for address in addresses:
            _add_url(QUrl(address), inputs)
        if not addresses and text.strip():
            inputs.text = text
    return inputs


def can_accept(mime: QMimeData | None) -> bool:
    """Whether a drag carries anything the window may take (checked on drag enter)."""
    return mime is not None and (mime.hasUrls() or (mime.hasText() and bool(mime.text().strip())))


def accept_drag(event: QDragEnterEvent | QDragMoveEvent) -> bool:
    """Accept a drag (as a copy) when it carries something to load; return whether it did."""
    if can_accept(event.mimeData()):
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True
    event.ignore()
    return False


def take_drop(event: QDropEvent) -> DropInputs | None:
    """Read a drop; accept it (as a copy) and return its inputs, or ignore it and return ``None``."""
    inputs = inputs_from_mime(event.mimeData())
    if inputs.empty and not inputs.refused:
        event.ignore()
        return None
    event.setDropAction(Qt.DropAction.CopyAction)
    event.accept()
    return inputs


def display_name(name: str) -> str:
    """Return ``name`` safe to show (see :func:`analysis.display.safe_name`).

    Examples
    --------
    >>> display_name("report\\u202egpj.exe")
    'report<U+202E>gpj.exe'
    """
    return safe_name(name)


class DropArea(QScrollArea):
    """The window's central drop target: a scroll area whose ``viewport()`` takes drops.

    It holds the central view; whatever is dropped anywhere over it (files, folders, links
    from a browser, text) is read by :func:`inputs_from_mime` and announced by
    :attr:`dropped`. While a drag hovers, the ``dropActive`` property lights the border.
    """

    dropped = Signal(object)  # DropInputs

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setAccessibleName("Drop articles here")
        self.setProperty("dropActive", False)

    def _light(self, on: bool) -> None:
        self.setProperty("dropActive", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._light(accept_drag(event))

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_drag(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._light(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self._light(False)
        inputs = take_drop(event)
        if inputs is not None:
            self.dropped.emit(inputs)
