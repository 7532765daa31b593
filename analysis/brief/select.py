"""What a briefing of a large case quotes: the key statements, the largest topics, a short timeline.

A brief of a few sources prints the whole record. Past
:attr:`~analysis.brief.options.BriefOptions.complete_up_to` sources that record runs to
thousands of pages, so :func:`briefing` keeps what a reader needs and counts the rest
(every statement stays in the CSV and JSON exports). The rule, in order:

1. A statement that is one side of a key finding quoted in full is always quoted (the
   topic tables link it to the finding).
2. Then statements are ranked: sides of any other competing claim or corroboration first,
   then attributed statements (a speaker or a reporting cue) before the outlet's own
   narrative, then the most echoed (summed similarity of the statements other sources
   align with it), then those naming more of the topic's key terms, then the earliest in
   the article.
3. They are shared out in rounds: each source's best statement, then each source's second
   best …, at most ``statements_per_source`` rounds, until ``statements_per_topic`` are
   taken. Many sources thus each get their strongest line before any gets a second.

Only the ``max_topics`` largest topics get a section; the timeline table lists events of
quoted statements first, then one event per source per round; the speakers index lists
the most quoted. Analysts' claim decisions and notes are never dropped (see findings).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from analysis.brief.data import BriefData
from analysis.brief.options import BriefOptions, cap
from analysis.brief.records import Event, Quote, TopicView

Rank = Callable[[Quote], tuple[int, float, int, int, str]]


def briefing(data: BriefData, options: BriefOptions) -> BriefData:
    """Return ``data`` with the briefing caps applied; unchanged for a case small enough to print whole."""
    if not options.abridges(len(data.sources)):
        return data
    featured = {
        q.id
        for f in (*data.conflicts[: options.max_findings], *data.corroborations[: options.max_findings])
        for q in (f.a, f.b)
    }
    contested = {q.id for f in (*data.conflicts, *data.corroborations) for q in (f.a, f.b)}
    kept, left_out = largest(data.topics, options.max_topics)
    capped = options.statements_per_source > 0 or options.statements_per_topic > 0
    topics = tuple(
        replace(
            t,
            shown=None
            if not capped
            else key_statements(
                t.quotes,
                ranking(t, featured, contested, data.echoes),
                featured,
                options.statements_per_source,
                options.statements_per_topic,
            ),
        )
        for t in kept
    )
    quoted = featured | {q.id for t in topics for q in t.quoted}
    rows = timeline_rows(data.events, quoted, options.events_per_source, options.max_events)
    speakers = tuple(cap(data.speakers, options.max_speakers))
    return replace(
        data,
        topics=topics,
        left_out=left_out,
        timeline_rows=rows,
        speakers=speakers,
        more_speakers=len(data.speakers) - len(speakers),
    )


def largest(topics: Sequence[TopicView], most: int) -> tuple[tuple[TopicView, ...], tuple[TopicView, ...]]:
    """Return the ``most`` largest topics (in their own order) and the rest (0 = all kept)."""
    if most <= 0 or len(topics) <= most:
        return tuple(topics), ()
    by_size = sorted(range(len(topics)), key=lambda i: (-len(topics[i].quotes), i))
    chosen = set(by_size[:most])
    return (
        tuple(t for i, t in enumerate(topics) if i in chosen),
        tuple(t for i, t in enumerate(topics) if i not in chosen),
    )


def ranking(topic: TopicView, featured: set[str], contested: set[str], echoes: dict[str, float]) -> Rank:
    """Return the sort key of the rule (smaller is more important) for statements of ``topic``."""
    terms = [t.casefold() for t in topic.terms[:12]]

    def rank(q: Quote) -> tuple[int, float, int, int, str]:
        if q.id in featured:
            tier = 0
        elif q.id in contested:
            tier = 1
        elif q.speaker or q.speaker_id or q.kind != "narrative":
            tier = 2
        else:
            tier = 3
        text = q.text.casefold()
        hits = sum(1 for t in terms if t in text)
        return (tier, -echoes.get(q.id, 0.0), -hits, q.start, q.id)

    return rank


def key_statements(
    quotes: Iterable[Quote], rank: Rank, featured: set[str], per_source: int, per_topic: int
) -> tuple[Quote, ...]:
    """Return the statements to quote, in source and telling order (see the module's rule)."""
    ordered = sorted(quotes, key=rank)
    taken = [q for q in ordered if q.id in featured]
    # A line many outlets print word for word (wire copy, boilerplate) is quoted once.
    seen = {_wording(q) for q in taken}
    by_source: dict[int, list[Quote]] = {}
    for q in ordered:
        if q.id not in featured and _wording(q) not in seen:
            seen.add(_wording(q))
            by_source.setdefault(q.source.number, []).append(q)
    rounds = max((len(qs) for qs in by_source.values()), default=0)
    rounds = min(rounds, per_source) if per_source > 0 else rounds
    for r in range(rounds):
        layer = sorted((qs[r] for qs in by_source.values() if r < len(qs)), key=rank)
        room = per_topic - len(taken) if per_topic > 0 else len(layer)
        taken += layer[: max(room, 0)]
    return tuple(sorted(taken, key=lambda q: (q.source.number, q.start)))


def _wording(quote: Quote) -> str:
    return " ".join(quote.text.casefold().split())


def timeline_rows(
    events: Sequence[Event], quoted: set[str], per_source: int, most: int
) -> tuple[Event, ...] | None:
    """Return the events the timeline table lists (in their order), or ``None`` for all of them.

    Events of statements quoted elsewhere in the brief come first, then one event per
    source per round (each source's earliest first), within ``per_source`` and ``most``.
    """
    if per_source <= 0 and (most <= 0 or len(events) <= most):
        return None
    first = [i for i, e in enumerate(events) if e.quote is not None and e.quote.id in quoted]
    lanes: dict[int, list[int]] = {}
    for i in sorted(set(range(len(events))) - set(first)):  # source order, then by date
        lanes.setdefault(events[i].source.number, []).append(i)
    depth = max((len(v) for v in lanes.values()), default=0)
    rounds = [v[r] for r in range(depth) for v in lanes.values() if r < len(v)]
    taken: list[int] = []
    per: dict[int, int] = {}
    for i in first + rounds:
        if most > 0 and len(taken) >= most:
            break
        number = events[i].source.number
        if per_source > 0 and per.get(number, 0) >= per_source:
            continue
        taken.append(i)
        per[number] = per.get(number, 0) + 1
    return tuple(events[i] for i in sorted(taken))
