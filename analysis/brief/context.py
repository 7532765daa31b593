"""The shared state of one brief being written: data, options, styles, citations, audit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from analysis.brief.citations import Citations
from analysis.brief.data import BriefData
from analysis.brief.doc import Heading, Para
from analysis.brief.options import BriefOptions
from analysis.brief.styles import Styles
from analysis.brief.text import TextAudit, esc
from analysis.progress import Progress, silent


@dataclass
class Context:
    """What every section writer needs.

    Attributes
    ----------
    data : BriefData
        The records to print.
    options : BriefOptions
        The analyst's choices.
    styles : Styles
        Paragraph styles.
    cites : Citations
        Hands out ``[S2 ¶4]`` links and records them for the appendix.
    audit : TextAudit
        Escapes quotes and remembers what could not be printed faithfully.
    width, wide_width : float
        Usable frame width of portrait and landscape pages.
    created : datetime
        The generation time printed on the cover.
    progress : Progress
        Called as sections are written (may raise ``Cancelled``).
    """

    data: BriefData
    options: BriefOptions
    styles: Styles
    cites: Citations
    audit: TextAudit
    width: float
    wide_width: float
    created: datetime
    progress: Progress = silent
    _keys: dict[str, int] = field(default_factory=dict)

    def heading(self, text: str, level: int, key: str = "", toc: bool = True, style: str = "") -> Heading:
        """Return a heading with a unique outline key (derived from ``key`` or a counter)."""
        base = key or f"h{level}"
        n = self._keys.get(base, 0)
        self._keys[base] = n + 1
        unique = base if key and n == 0 else f"{base}-{n}"
        look = (
            getattr(self.styles, style)
            if style
            else (self.styles.h1, self.styles.h2, self.styles.h3)[min(level, 2)]
        )
        return Heading(text, look, level, unique, toc)

    def para(self, markup: str, style: str = "body") -> Para:
        """Return a paragraph of ready markup in the named style."""
        return Para(markup, getattr(self.styles, style))

    def text(self, text: str, style: str = "body") -> Para:
        """Return a paragraph of plain text (escaped) in the named style."""
        return Para(esc(text), getattr(self.styles, style))
