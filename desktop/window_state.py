"""Window, dock and splitter layout saved to (and restored from) the typed settings.

Qt serialises layouts as bytes; the settings file is JSON, so each piece travels as
base64 text under a stable key. :data:`LAYOUT_VERSION` changes whenever the set of docks
changes, so an old layout is ignored instead of hiding a new panel.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

LAYOUT_VERSION = 2


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii")))


def capture(window: QMainWindow) -> dict[str, str]:
    """Return the window's geometry, dock layout and named splitters as text."""
    state = {
        "version": str(LAYOUT_VERSION),
        "geometry": _encode(window.saveGeometry()),
        "docks": _encode(window.saveState(LAYOUT_VERSION)),
    }
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            state[f"splitter/{splitter.objectName()}"] = _encode(splitter.saveState())
    return state


def restore(window: QMainWindow, state: dict[str, str]) -> bool:
    """Restore what :func:`capture` saved; ``False`` (and nothing changed) when unusable."""
    if not state or state.get("version") != str(LAYOUT_VERSION):
        return False
    try:
        geometry, docks = _decode(state["geometry"]), _decode(state["docks"])
    except (KeyError, UnicodeEncodeError):
        return False
    if not window.restoreGeometry(geometry):
        return False
    window.restoreState(docks, LAYOUT_VERSION)
    for splitter in window.findChildren(QSplitter):
        saved = state.get(f"splitter/{splitter.objectName()}")
        if splitter.objectName() and saved:
            splitter.restoreState(_decode(saved))
    return True
