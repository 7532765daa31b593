"""What the analyst chose for the brief (the dialog and the CLI fill this in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

T = TypeVar("T")

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
        Pairs the analyst confirmed, dismissed or annotated are always listed.
    complete_up_to : int
        A case of at most this many sources is printed complete: every statement of every
        topic, every dated event, a full entry per source. Larger cases get a briefing:
        the caps below apply and the appendix gives one compact line per source.
    statements_per_source : int
        In a larger case, at most this many key statements of one source per topic (0 = all).
    statements_per_topic : int
        In a larger case, at most this many key statements per topic (0 = all); they are
        shared out one per source per round, the best-ranked first (see
        :mod:`analysis.brief.select`).
    max_topics : int
        In a larger case, only the largest topics get a section (0 = all); the others are
        listed with their counts.
    events_per_source, max_events : int
        In a larger case, the timeline table lists at most this many events of one source
        and this many in all (0 = all).
    max_speakers : int
        In a larger case, the speakers index lists the most quoted this many (0 = all).
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
    complete_up_to: int = 30
    statements_per_source: int = 6
    statements_per_topic: int = 20
    max_topics: int = 40
    events_per_source: int = 6
    max_events: int = 150
    max_speakers: int = 100

    @property
    def heading(self) -> str:
        """Return the title to print."""
        return self.title.strip() or DEFAULT_TITLE

    def abridges(self, sources: int) -> bool:
        """Return whether a case of ``sources`` sources gets a briefing rather than the full record."""
        return sources > self.complete_up_to

    def everything(self) -> BriefOptions:
        """Return these options with every cap lifted (``brief --all-statements``)."""
        return replace(
            self,
            statements_per_source=0,
            statements_per_topic=0,
            max_topics=0,
            events_per_source=0,
            max_events=0,
            max_speakers=0,
        )


def cap(items: Sequence[T], most: int) -> Sequence[T]:
    """Return the first ``most`` of ``items`` (all of them when ``most`` is 0)."""
    return items[:most] if most > 0 else items
