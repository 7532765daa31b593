"""The records the brief prints: numbered sources, quotes, topics, findings, speakers, events.

Small frozen dataclasses, built once by :func:`analysis.brief.data.gather` so the layout
modules never touch a DataFrame.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from analysis.model import Article

COMMITMENT_LABELS = {
    "neutral": "said",
    "emphatic": "asserted",
    "distancing": "claimed",
    "denial": "denied",
    "conditional": "said (conditional)",
}
CLAIM_LABELS = {
    "denial": "Denial",
    "numbers": "Conflicting numbers",
    "omission": "Omission",
    "blame": "Conflicting blame",
    "framing": "Conflicting framing",
    "corroboration": "Corroboration",
}


@dataclass(frozen=True)
class Source:
    """One article as the brief numbers it: ``S1``, ``S2`` … in the analysis order."""

    number: int
    article: Article
    statements: int

    @property
    def label(self) -> str:
        """Return the short citation label, e.g. ``S2``."""
        return f"S{self.number}"

    @property
    def name(self) -> str:
        """Return the outlet, falling back to the title or the file name."""
        a = self.article
        return a.source or a.title or Path(a.path).name or a.id

    @property
    def side(self) -> str:
        """Return the analyst's side/label of the source (may be empty)."""
        return self.article.side


@dataclass(frozen=True)
class Quote:
    """One statement ready to print with its attribution and place."""

    id: str
    source: Source
    paragraph: int
    start: int
    end: int
    text: str
    speaker: str
    speaker_id: str
    cue: str
    commitment: str
    kind: str
    topic_id: int

    @property
    def commitment_label(self) -> str:
        """Return how the outlet frames it: said / claimed / denied …"""
        return COMMITMENT_LABELS.get(self.commitment, self.commitment or "said")


@dataclass(frozen=True)
class TopicView:
    """One topic: its statements by source, distinctive terms and coverage gaps."""

    id: int
    label: str
    terms: tuple[str, ...]
    quotes: tuple[Quote, ...]
    distinctive: tuple[tuple[Source, tuple[str, ...]], ...]
    gaps: tuple[tuple[Source, str], ...]
    """(source, the topic step's message) for each gap; ``""`` when the source is just silent."""
    shown: tuple[Quote, ...] | None = None
    """The key statements the topic table quotes (in source and telling order); ``None``: all."""

    def by_source(self) -> list[tuple[Source, list[Quote]]]:
        """Return the topic's quotes grouped per source, in source order."""
        return _grouped(self.quotes)

    @property
    def quoted(self) -> tuple[Quote, ...]:
        """Return the statements the topic table quotes."""
        return self.quotes if self.shown is None else self.shown

    @property
    def omitted(self) -> int:
        """Return how many statements of the topic the table leaves out."""
        return len(self.quotes) - len(self.quoted)

    def quoted_by_source(self) -> list[tuple[Source, list[Quote], int]]:
        """Return ``(source, quoted statements, statements left out)`` per quoted source, in order."""
        totals = {s.number: len(qs) for s, qs in self.by_source()}
        return [(s, qs, totals[s.number] - len(qs)) for s, qs in _grouped(self.quoted)]


def _grouped(quotes: tuple[Quote, ...]) -> list[tuple[Source, list[Quote]]]:
    groups: dict[int, tuple[Source, list[Quote]]] = {}
    for q in quotes:
        groups.setdefault(q.source.number, (q.source, []))[1].append(q)
    return [groups[n] for n in sorted(groups)]


@dataclass(frozen=True)
class Finding:
    """A pair of statements that compete (or corroborate), with the analyst's verdict."""

    a: Quote
    b: Quote
    kind: str
    score: float
    explanation: str
    decision: str
    note: str

    @property
    def kind_label(self) -> str:
        """Return the readable kind of conflict."""
        return CLAIM_LABELS.get(self.kind, self.kind.title())


@dataclass(frozen=True)
class SpeakerEntry:
    """One row of the speakers index."""

    name: str
    type: str
    aliases: tuple[str, ...]
    affiliation: str
    count: int
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Event:
    """A dated event reported by one source."""

    when: date | None
    date_text: str
    expression: str
    text: str
    source: Source
    quote: Quote | None


def parse_date(text: str) -> date | None:
    """Return the date of an ISO ``YYYY-MM-DD`` (or ``YYYY-MM``/``YYYY``) prefix, else ``None``."""
    text = (text or "").strip()
    for size, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        try:
            return date.fromisoformat(text[:size] + suffix)
        except ValueError:
            continue
    return None
