"""What the analyst chose for the brief (the dialog and the CLI fill this in)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

DEFAULT_TITLE = "Comparative source brief"


@dataclass(frozen=True)
class BriefOptions:
    """What the analyst chose for the brief.

    Attributes
    ----------
    title : str
        Cover title and running header (default :data:`DEFAULT_TITLE`).
    analyst : str
        Who prepared it; also the PDF author.
    note : str
        The analyst's note, printed on the cover.
    summary : str
        One line on the event, printed under the title and as the PDF subject.
    paper : str
        ``"a4"`` or ``"letter"``.
    topic_ids : tuple of int or None
        Only these topics (and the claims touching them); ``None`` for all.
    appendix : bool
        Print the sources appendix; citations then link to it (else to the cover).
    created : datetime or None
        A fixed generation time. When set, the PDF is byte-for-byte reproducible
        (reportlab's invariant mode); ``None`` means now.
    max_findings : int
        How many competing claims (and corroborations) the key findings quote in full.
    max_listed : int
        How many further pairs are listed in a table after those; the brief says how
        many more there are (a brief is read, so hundreds of weak flags are left out).
    """

    title: str = ""
    analyst: str = ""
    note: str = ""
    summary: str = ""
    paper: str = "a4"
    topic_ids: tuple[int, ...] | None = None
    appendix: bool = True
    created: datetime | None = None
    max_findings: int = 10
    max_listed: int = 40

    @property
    def heading(self) -> str:
        """Return the title to print."""
        return self.title.strip() or DEFAULT_TITLE
