"""Text normalisation shared by every reader: one newline style, NFC, no invisible tricks.

``Article.text`` is the coordinate system of every later span, so whatever is decided
here is decided once: line breaks become ``\\n``, control characters and lone surrogates
go, explicit bidirectional overrides go (they can make text read differently from what
it is), and the result is NFC. Typographic quotes and dashes are kept as they are.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.display import safe_name

__all__ = ["clean", "is_nfc", "safe_name", "squash", "tidy_lines"]

# C0/C1 controls except tab and newline; bidi embeddings, overrides and isolates; BOM and
# non-characters; lone surrogates (they cannot be encoded, so no id could be computed).
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]"
)
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\x0c\x85]")
_DIRTY = re.compile(f"[\r\u2028\u2029\x0c\x85]|{_INVISIBLE.pattern}")
# ASCII bytes clean() leaves alone: tab, newline and the printable range.
_ASCII_HARMLESS = b"\t\n" + bytes(range(0x20, 0x7F))
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n[^\S\n]*\n\s*")


def clean(text: str) -> str:
    """Return ``text`` with ``\\n`` line breaks, no invisible controls, in NFC.

    Parameters
    ----------
    text : str
        Decoded text of any origin.

    Returns
    -------
    str
        The normalised text; its length may differ from the input.
    """
    if text.isascii():
        # Deleting every harmless byte leaves the controls, if any: one C pass, several
        # times faster than the regex scan, and ASCII needs no NFC.
        if text.encode("ascii").translate(None, _ASCII_HARMLESS):
            text = _INVISIBLE.sub("", _NEWLINES.sub("\n", text))
        return text
    if _DIRTY.search(text):  # one scan decides; most text needs no substitution at all
        text = _INVISIBLE.sub("", _NEWLINES.sub("\n", text))
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Return ``text`` cleaned with every whitespace run made one space (for markup text)."""
    return " ".join(clean(text).split())  # str.split knows every Unicode space, like \s


def tidy_lines(text: str) -> str:
    """Return ``text`` cleaned, spaces collapsed within lines, blank-line runs kept as one."""
    lines = [_SPACES.sub(" ", line).strip() for line in clean(text).split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def is_nfc(text: str) -> bool:
    """Return whether ``text`` is already in Unicode normal form C."""
    return unicodedata.is_normalized("NFC", text)
