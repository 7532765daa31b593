"""Tokens of a statement as the quantity reader sees them: numbers, words, signs.

Numbers keep their thousands separators ("900,000") and decimals; words keep their
hyphens ("thirty-four"); currency signs and "%" are tokens of their own.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)*|%|\$|€|£|\S")


class Tok(NamedTuple):
    """One token: its text, lower-cased text and offsets."""

    text: str
    low: str
    start: int
    end: int


_new_tuple = tuple.__new__  # Tok without its Python-level constructor frame (tokens are many)


def tokens(text: str) -> list[Tok]:
    """Return the tokens of ``text`` in order."""
    if text.isascii():  # ASCII lower-cases letter by letter: slices of one lowered text line up
        low, new = text.lower(), _new_tuple
        return [new(Tok, (text[a:b], low[a:b], a, b)) for a, b in map(_span, _TOKEN.finditer(text))]
    return [Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.span()
