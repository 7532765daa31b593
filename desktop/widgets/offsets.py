"""Python string offsets ↔ Qt text positions.

Spans index ``Article.text`` by code point; ``QTextDocument`` counts UTF-16 code units, so
every character beyond the Basic Multilingual Plane (emoji, some CJK) takes two positions.
Mapping keeps highlights exact on such texts; for the usual BMP-only text it is the identity.
"""

from __future__ import annotations

from bisect import bisect_right


class Utf16Map:
    """Converts offsets in one text between code points and UTF-16 units."""

    def __init__(self, text: str) -> None:
        astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []
        self._astral = astral
        # Qt position of each astral character: its code-point offset plus the astral ones before it.
        self._qt_astral = [i + n for n, i in enumerate(astral)]
        self.length = len(text) + len(astral)

    def to_qt(self, offset: int) -> int:
        """Return the Qt position of a code-point offset."""
        if not self._astral:
            return offset
        return offset + bisect_right(self._astral, offset - 1)

    def from_qt(self, position: int) -> int:
        """Return the code-point offset of a Qt position (inside a surrogate pair: the next character)."""
        if not self._astral:
            return position
        return position - bisect_right(self._qt_astral, position - 2)
