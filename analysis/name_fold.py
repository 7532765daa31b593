"""Folding names for matching: case, diacritics and Cyrillic (``Erdoğan`` = ``Erdogan``)."""

from __future__ import annotations

import re
import unicodedata

_SPECIAL = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
     "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "’": "'", "‘": "'", "ʼ": "'"}
)  # fmt: skip
# Cyrillic letters and their Latin spelling ("-" marks the signs that spell nothing).
_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya ye i yi g"
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ", _LATIN.split(), strict=True))


def fold(text: str) -> str:
    """Return ``text`` lower-cased with diacritics removed and Cyrillic transliterated.

    Parameters
    ----------
    text : str
        Any name.

    Returns
    -------
    str
        ``"Erdoğan"`` -> ``"erdogan"``; ``"Путин"`` -> ``"putin"``.
    """
    if text.isascii():
        return text.lower()
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    if any("\u0400" <= c <= "\u04ff" for c in text):
        text = "".join(_CYRILLIC.get(c, c).replace("-", "") for c in text)
    return text


def slug(text: str) -> str:
    """Return a stable id fragment: folded words joined by ``-``."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))
