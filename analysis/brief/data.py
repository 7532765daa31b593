"""What the brief prints, gathered once from an :class:`~analysis.pipeline.Analysis`.

The layout modules never touch DataFrames: this module turns the analysis tables into
small frozen records (numbered sources, printable quotes, topics, findings, events) in a
fixed order, so the same analysis always gives the same brief.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from analysis.brief.records import Event, Finding, Quote, Source, SpeakerEntry, TopicView, parse_date
from analysis.model import LoadError
from analysis.pipeline import Analysis


@dataclass(frozen=True)
class BriefData:
    """Everything the layout needs, in print order."""

    sources: tuple[Source, ...]
    quotes: dict[str, Quote]
    topics: tuple[TopicView, ...]
    conflicts: tuple[Finding, ...]
    dismissed: tuple[Finding, ...]
    corroborations: tuple[Finding, ...]
    speakers: tuple[SpeakerEntry, ...]
    events: tuple[Event, ...]
    errors: tuple[LoadError, ...]
    echoes: dict[str, float] = field(default_factory=dict)
    """How widely each statement is echoed by other sources (summed alignment similarity)."""
    left_out: tuple[TopicView, ...] = ()
    """Topics too small for a section of their own in a briefing (listed with counts only)."""
    timeline_rows: tuple[Event, ...] | None = None
    """The events the timeline table lists in a briefing; ``None``: every event."""
    more_speakers: int = 0
    """Speakers quoted in the case but left out of a briefing's index (the least quoted)."""

    def date_range(self) -> tuple[date, date] | None:
        """Return the first and last publication date among the sources, if any is known."""
        days = sorted(d for d in (parse_date(s.article.date) for s in self.sources) if d)
        return (days[0], days[-1]) if days else None


def gather(analysis: Analysis, topic_ids: Sequence[int] | None = None) -> BriefData:
    """Collect the brief's records from ``analysis`` (only ``topic_ids`` when given)."""
    counts = analysis.statements["article_id"].value_counts().to_dict() if len(analysis.statements) else {}
    sources = tuple(Source(i, a, int(counts.get(a.id, 0))) for i, a in enumerate(analysis.articles, start=1))
    by_article = {s.article.id: s for s in sources}
    names = _speaker_names(analysis.speakers)
    quotes = _quotes(analysis.statements, by_article, names)
    topics = _topics(analysis, quotes, by_article, topic_ids)
    chosen = None if topic_ids is None else {t.id for t in topics}
    competing, corroborating = _split_claims(analysis.claims, analysis.agreements)
    conflicts = _findings(competing, quotes, chosen)
    return BriefData(
        sources=sources,
        quotes=quotes,
        topics=topics,
        conflicts=tuple(f for f in conflicts if f.decision != "dismissed"),
        dismissed=tuple(f for f in conflicts if f.decision == "dismissed"),
        corroborations=tuple(
            f
            for f in _findings(corroborating, quotes, chosen)
            if f.decision != "dismissed" and _side_key(f.a.source) != _side_key(f.b.source)
        ),
        speakers=_speakers(analysis.speakers, quotes.values()),
        events=_events(analysis.timeline, by_article, quotes),
        errors=analysis.errors,
        echoes=_echoes(analysis.alignments),
    )


def _echoes(alignments: pd.DataFrame) -> dict[str, float]:
    """Return the summed similarity of each statement's alignments (its echo across sources)."""
    if alignments is None or not len(alignments):
        return {}
    weight = alignments["similarity"].astype(float)
    both = pd.concat(
        [pd.Series(weight.to_numpy(), index=alignments[side].astype(str)) for side in ("a", "b")]
    )
    return {str(k): float(v) for k, v in both.groupby(level=0).sum().items()}


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    if frame is None or not len(frame):
        return []
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def _speaker_names(speakers: pd.DataFrame) -> dict[str, str]:
    return {str(r["id"]): str(r["name"]) for r in _records(speakers) if r.get("name")}


def _int(value: Any, default: int = 0) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _quotes(
    statements: pd.DataFrame, by_article: dict[str, Source], names: dict[str, str]
) -> dict[str, Quote]:
    quotes: dict[str, Quote] = {}
    for r in _records(statements):
        source = by_article.get(str(r["article_id"]))
        if source is None:
            continue
        start = _int(r["start"])
        paragraph = _int(r.get("paragraph")) or source.article.paragraph_of(start)
        speaker_id = str(r.get("speaker_id") or "")
        quotes[str(r["id"])] = Quote(
            id=str(r["id"]),
            source=source,
            paragraph=paragraph,
            start=start,
            end=_int(r["end"]),
            text=str(r["text"]),
            speaker=names.get(speaker_id) or str(r.get("speaker") or ""),
            speaker_id=speaker_id,
            cue=str(r.get("cue") or ""),
            commitment=str(r.get("commitment") or "neutral"),
            kind=str(r.get("kind") or "narrative"),
            topic_id=_int(r.get("topic_id"), -1),
        )
    return quotes


def _terms(value: Any) -> tuple[str, ...]:
    if value is None or isinstance(value, float):
        return ()
    if isinstance(value, str):
        return tuple(t.strip() for t in value.split(",") if t.strip())
    return tuple(str(t) for t in value)


def _topics(
    analysis: Analysis,
    quotes: dict[str, Quote],
    by_article: dict[str, Source],
    topic_ids: Sequence[int] | None,
) -> tuple[TopicView, ...]:
    per_topic: dict[int, list[Quote]] = {}
    for q in quotes.values():
        per_topic.setdefault(q.topic_id, []).append(q)
    distinctive: dict[int, list[tuple[Source, tuple[str, ...]]]] = {}
    for r in _records(analysis.distinctive):
        source = by_article.get(str(r["article_id"]))
        if source is not None and _terms(r["terms"]):
            distinctive.setdefault(_int(r["topic_id"]), []).append((source, _terms(r["terms"])))
    gap_text: dict[tuple[int, str], str] = {}
    for r in _records(analysis.gaps):
        gap_text[(_int(r["topic_id"]), str(r["article_id"]))] = str(r.get("message") or "")
    wanted = None if topic_ids is None else set(topic_ids)
    out = []
    for r in _records(analysis.topics):
        tid = _int(r["id"])
        if wanted is not None and tid not in wanted:
            continue
        members = sorted(per_topic.get(tid, []), key=lambda q: (q.source.number, q.start))
        covered = {q.source.number for q in members}
        gaps = []
        for source in by_article.values():
            message = gap_text.get((tid, source.article.id), "")
            if message or source.number not in covered:
                gaps.append((source, message))
        out.append(
            TopicView(
                id=tid,
                label=str(r.get("label") or f"Topic {tid}"),
                terms=_terms(r.get("terms")),
                quotes=tuple(members),
                distinctive=tuple(sorted(distinctive.get(tid, []), key=lambda d: d[0].number)),
                gaps=tuple(gaps),
            )
        )
    return tuple(out)


def _split_claims(
    claims: pd.DataFrame, agreements: pd.DataFrame
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    competing: list[dict[str, Any]] = []
    corroborating = _records(agreements)
    for r in _records(claims):
        (corroborating if str(r["kind"]) == "corroboration" else competing).append(r)
    return competing, corroborating


def _findings(
    rows: Iterable[dict[str, Any]], quotes: dict[str, Quote], chosen: set[int] | None
) -> list[Finding]:
    out = []
    for r in rows:
        a, b = quotes.get(str(r["a"])), quotes.get(str(r["b"]))
        if a is None or b is None:
            continue
        if chosen is not None and a.topic_id not in chosen and b.topic_id not in chosen:
            continue
        if (b.source.number, b.start) < (a.source.number, a.start):
            a, b = b, a  # print the earlier source on the left
        out.append(
            Finding(
                a=a,
                b=b,
                kind=str(r["kind"]),
                score=float(r.get("score") or 0.0),
                explanation=str(r.get("explanation") or ""),
                decision=str(r.get("decision") or "open"),
                note=str(r.get("note") or ""),
            )
        )
    # Confirmed first, then the strongest; ids break ties so the order never varies.
    out.sort(key=lambda f: (f.decision != "confirmed", -f.score, f.a.id, f.b.id))
    return out


def _side_key(source: Source) -> str:
    """Return what "a different side" means: the analyst's label, else the outlet."""
    return source.side or source.name


def _speakers(speakers: pd.DataFrame, quotes: Iterable[Quote]) -> tuple[SpeakerEntry, ...]:
    cited: dict[str, dict[int, Source]] = {}
    counts: dict[str, int] = {}
    for q in quotes:
        if q.speaker_id:
            cited.setdefault(q.speaker_id, {})[q.source.number] = q.source
            counts[q.speaker_id] = counts.get(q.speaker_id, 0) + 1
    out = []
    for r in _records(speakers):
        sid = str(r["id"])
        if not counts.get(sid):
            continue
        by_number = cited[sid]
        out.append(
            SpeakerEntry(
                name=str(r["name"]),
                type=str(r.get("type") or ""),
                aliases=tuple(a for a in _terms(r.get("aliases")) if a != r["name"]),
                affiliation=str(r.get("affiliation") or ""),
                count=counts[sid],
                sources=tuple(by_number[n] for n in sorted(by_number)),
            )
        )
    out.sort(key=lambda s: (-s.count, s.name.casefold()))
    return tuple(out)


def _events(
    timeline: pd.DataFrame, by_article: dict[str, Source], quotes: dict[str, Quote]
) -> tuple[Event, ...]:
    out = []
    for r in _records(timeline):
        source = by_article.get(str(r["article_id"]))
        if source is None:
            continue
        text = str(r.get("date") or "")
        out.append(
            Event(
                when=parse_date(text),
                date_text=text,
                expression=str(r.get("expression") or ""),
                text=str(r.get("text") or ""),
                source=source,
                quote=quotes.get(str(r.get("statement_id") or "")),
            )
        )
    out.sort(key=lambda e: (e.source.number, e.when or date.max, e.date_text, e.text))
    return tuple(out)
