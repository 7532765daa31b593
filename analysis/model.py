"""Core records shared by every analysis step.

Every span in Parallax is a half-open ``[start, end)`` pair of character offsets into
``Article.text``; ``article.text[start:end]`` is exactly what the GUI highlights and the
brief cites. The records here are small frozen dataclasses; tables of them cross the
boundary to the GUI and the CLI as pandas DataFrames (see :mod:`analysis.tables`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum

Span = tuple[int, int]


class Format(StrEnum):
    """How an article reached us."""

    TEXT = "txt"
    MARKDOWN = "md"
    HTML = "html"
    PDF = "pdf"
    DOCX = "docx"
    EMAIL = "eml"
    URL = "url"
    PASTE = "paste"


class NoiseKind(StrEnum):
    """Text kept in ``Article.text`` that must never become a statement."""

    CAPTION = "caption"
    CREDIT = "credit"
    BYLINE = "byline"
    SHARE = "share"
    HEADING = "heading"
    PULL_QUOTE = "pull_quote"
    FOOTNOTE = "footnote"
    BOILERPLATE = "boilerplate"
    DATELINE = "dateline"


class Kind(StrEnum):
    """How a statement is reported."""

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"
    NARRATIVE = "narrative"


class Commitment(StrEnum):
    """How the outlet frames what it reports."""

    NEUTRAL = "neutral"
    EMPHATIC = "emphatic"
    DISTANCING = "distancing"
    DENIAL = "denial"
    CONDITIONAL = "conditional"


class SpeakerType(StrEnum):
    """What kind of voice a speaker is."""

    PERSON = "person"
    INSTITUTION = "institution"
    GOVERNMENT = "government"
    MEDIA = "media"
    ANONYMOUS = "anonymous"


class ClaimKind(StrEnum):
    """Why two statements compete (or agree)."""

    DENIAL = "denial"
    NUMBERS = "numbers"
    OMISSION = "omission"
    BLAME = "blame"
    FRAMING = "framing"
    CORROBORATION = "corroboration"


class Decision(StrEnum):
    """The analyst's verdict on a claim pair."""

    OPEN = "open"
    CONFIRMED = "confirmed"
    DISMISSED = "dismissed"


def content_id(text: str) -> str:
    """Return the stable id of an article: a short hash of its text.

    Parameters
    ----------
    text : str
        The article text after decoding and normalisation.

    Returns
    -------
    str
        16 hex digits of SHA-256; the same text always gives the same id.
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Noise:
    """A span of ``Article.text`` that is not article prose."""

    start: int
    end: int
    kind: NoiseKind


@dataclass(frozen=True)
class Article:
    """One loaded article; ``text`` is the coordinate system for every later span.

    ``source`` is the outlet (site name, front matter, document property, URL domain or
    file name, in that order); ``date`` is ISO 8601 or ``""``; ``copy_of`` is the id of the
    article this one is a near-duplicate of (syndicated wire copy), if any.
    """

    id: str
    path: str
    format: Format
    text: str
    encoding: str = ""
    title: str = ""
    source: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    language: str = ""
    paragraphs: tuple[Span, ...] = ()
    noise: tuple[Noise, ...] = ()
    copy_of: str = ""
    side: str = ""

    def paragraph_of(self, offset: int) -> int:
        """Return the 1-based paragraph number holding ``offset`` (0 when outside all)."""
        for number, (start, end) in enumerate(self.paragraphs, start=1):
            if start <= offset < end:
                return number
        return 0


@dataclass(frozen=True)
class LoadError:
    """One input that could not be loaded, with a message a user understands."""

    path: str
    message: str


@dataclass(frozen=True)
class Statement:
    """One statement of an article with its attribution.

    ``speaker`` is the mention as written (``""`` for the outlet's own voice);
    ``speaker_id`` the canonical speaker it resolves to. ``cue`` is the reporting
    verb or phrase; ``content_span`` the reported words (without the ``X said`` frame),
    ``None`` for the outlet's own voice. All spans index ``Article.text``.
    """

    id: str
    article_id: str
    start: int
    end: int
    text: str
    kind: Kind = Kind.NARRATIVE
    commitment: Commitment = Commitment.NEUTRAL
    speaker: str = ""
    speaker_span: Span | None = None
    speaker_id: str = ""
    cue: str = ""
    cue_span: Span | None = None
    paragraph: int = 0
    content_span: Span | None = None

    @staticmethod
    def make_id(article_id: str, start: int) -> str:
        """Return the stable statement id: the article id and the start offset."""
        return f"{article_id}:{start}"


@dataclass(frozen=True)
class Speaker:
    """A canonical speaker: one identity behind many mentions."""

    id: str
    name: str
    type: SpeakerType
    aliases: tuple[str, ...] = ()
    affiliation: str = ""


@dataclass(frozen=True)
class Claim:
    """Two aligned statements that compete (or, for corroborations, agree)."""

    a: str
    b: str
    kind: ClaimKind
    score: float
    explanation: str
    decision: Decision = Decision.OPEN
    note: str = ""

    @property
    def key(self) -> tuple[str, str]:
        """Return the order-free identity of the pair (used for analyst decisions)."""
        return (self.a, self.b) if self.a <= self.b else (self.b, self.a)


@dataclass
class Edits:
    """Every analyst edit, replayed on top of each fresh analysis.

    Edits name things by stable keys (article ids, speaker ids, statement ids), never
    by row positions, so they survive re-analysis and re-loading.
    """

    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    """article id -> overrides of ``source``, ``date``, ``side``, ``title``."""
    order: list[str] = field(default_factory=list)
    """article ids in the analyst's order (others follow in load order)."""
    speaker_merges: dict[str, str] = field(default_factory=dict)
    """speaker id -> speaker id it was merged into."""
    speaker_renames: dict[str, str] = field(default_factory=dict)
    """speaker id -> display name."""
    speaker_splits: dict[str, str] = field(default_factory=dict)
    """normalised mention -> speaker id it was split off to (its own new id)."""
    topic_renames: dict[str, str] = field(default_factory=dict)
    """topic anchor -> label. An anchor is a statement id; it resolves to the topic that
    holds that statement after each re-analysis (see :mod:`analysis.topic_edits`)."""
    topic_merges: list[list[str]] = field(default_factory=list)
    """groups of topic anchors merged into one topic."""
    topic_splits: list[list[str]] = field(default_factory=list)
    """statement id groups split off from their topic as new topics."""
    statement_moves: dict[str, str] = field(default_factory=dict)
    """statement id -> topic anchor it was moved to."""
    claim_decisions: dict[str, str] = field(default_factory=dict)
    """``"a|b"`` (sorted statement ids) -> :class:`Decision` value."""
    claim_notes: dict[str, str] = field(default_factory=dict)
    """``"a|b"`` -> the analyst's note."""
    n_topics: int | None = None
    """the analyst's fixed number of topics; ``None`` lets the model choose."""
