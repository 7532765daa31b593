"""Text for reportlab's paragraph mini-markup: escaping, right-to-left runs, missing glyphs.

Every string that comes from an article or from the analyst goes through :func:`esc`
before it meets a ``Paragraph``: an unescaped ``<`` or ``&`` would either raise or
silently swallow text. Right-to-left scripts (Arabic, Hebrew) cannot be shaped without
``uharfbuzz``/``rlbidi``; rather than print them reversed without a word, the brief marks
every such run and explains the mark (see :class:`TextAudit`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

# Hebrew, Arabic, Syriac, Thaana, N'Ko, Arabic supplements and presentation forms.
_RTL = re.compile(
    r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+(?:[\s\d.,:;!?\-]+[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]+)*"
)
# Control characters reportlab would print as boxes or reject (tab and newline excepted).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

RTL_MARK = "\u21c4"
"""The mark printed after a right-to-left run that could not be shaped (⇄)."""


def esc(text: object) -> str:
    """Return ``text`` safe for reportlab paragraph markup (``& < >`` escaped, controls dropped)."""
    return escape(_CONTROL.sub("", str(text)))


def clip(text: str, size: int) -> str:
    """Return ``text`` cut to ``size`` characters with "…" (for labels and headers)."""
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def abridge(text: str, size: int) -> str:
    """Return ``text`` cut at a word boundary near ``size`` characters, marked " […]" (for quotes)."""
    if len(text) <= size:
        return text
    cut = text[:size]
    return (cut.rsplit(" ", 1)[0] if " " in cut[size // 2 :] else cut) + " […]"


def has_rtl(text: str) -> bool:
    """Return whether ``text`` holds Arabic or Hebrew script."""
    return _RTL.search(text) is not None


def shaping_available() -> bool:
    """Return whether reportlab can shape and reorder right-to-left text here."""
    try:
        import rlbidi  # noqa: F401
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass
class TextAudit:
    """Watches the quoted text that goes into the brief and remembers what it could not print well.

    Parameters
    ----------
    has_glyph : callable
        Whether the body font can draw a character.
    shaped : bool
        Whether right-to-left runs are shaped (then they are printed as they are).
    """

    has_glyph: Callable[[str], bool]
    shaped: bool = False
    rtl_runs: int = 0
    missing: set[str] = field(default_factory=set)
    _seen: dict[str, bool] = field(default_factory=dict)

    def quote(self, text: str) -> str:
        """Return escaped markup for a verbatim quote, marking right-to-left runs when unshaped."""
        self._check_glyphs(text)
        if self.shaped or not has_rtl(text):
            return esc(text)
        parts: list[str] = []
        last = 0
        for match in _RTL.finditer(text):
            self.rtl_runs += 1
            parts.append(esc(text[last : match.start()]))
            parts.append(f"{esc(match.group())}<super>{RTL_MARK}</super>")
            last = match.end()
        parts.append(esc(text[last:]))
        return "".join(parts)

    def _check_glyphs(self, text: str) -> None:
        for char in set(text):
            if char.isspace():
                continue
            known = self._seen.get(char)
            if known is None:
                known = self._seen[char] = self.has_glyph(char)
            if not known:
                self.missing.add(char)

    def notices(self) -> list[str]:
        """Return plain-text notices about what the brief could not print faithfully."""
        out: list[str] = []
        if self.rtl_runs:
            out.append(
                f"{self.rtl_runs} passage(s) in Arabic or Hebrew script are printed unshaped, in "
                f"storage order (letters left to right, not joined), and marked {RTL_MARK}. "
                "Read them in the source article at the cited paragraph."
            )
        if self.missing:
            sample = ", ".join(f"U+{ord(c):04X}" for c in sorted(self.missing)[:8])
            out.append(
                f"{len(self.missing)} character(s) have no glyph in the brief's font and print as "
                f"empty boxes (for example: {sample}). Read those passages in the source article."
            )
        return out
