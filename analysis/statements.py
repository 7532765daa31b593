"""Statements of an article: quote-aware units, each with its attribution resolved.

:func:`extract_statements` is a pure function of the article (the pipeline caches it by
article id). It segments the prose (:mod:`analysis.segment`), attributes each unit
(:mod:`analysis.attribution`), lets a quoted paragraph that follows an attributed quote
inherit its speaker, and resolves pronouns and role nouns within the article
(:mod:`analysis.attr_coref`). A resolved statement's ``speaker`` and ``speaker_span``
point at the mention that names the speaker (``Varnov`` for a later ``he added``), so
``article.text[speaker_span] == speaker`` always holds.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass

from analysis import attr_split, attribution, segment
from analysis.attr_content import content_of, frame_only
from analysis.attr_coref import Resolver
from analysis.attr_kind import commitment_of, kind_of
from analysis.attr_places import places_in
from analysis.model import Article, Commitment, Kind, Span, Statement
from analysis.quotes import Quote
from analysis.spans import uncovered

log = logging.getLogger(__name__)
_SIGNATURE = re.compile(r"[―—–]\s*[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4}[.,]?")


@dataclass(frozen=True, slots=True)
class Unit:
    """One statement span with the block it came from."""

    start: int
    end: int
    quotes: tuple[Quote, ...]
    block_start: bool
    block: int = 0


@dataclass(frozen=True, slots=True)
class Attributed:
    """A unit with its final attribution (speaker already resolved)."""

    unit: Unit
    speaker: Span | None
    local_speaker: Span | None
    cue: Span | None
    cue_text: str
    kind: Kind
    commitment: Commitment
    pattern: str
    content: Span | None = None


def units(article: Article, memo: attribution.Memo | None = None) -> list[Unit]:
    """Return the article's statement units in text order (quote-aware sentences)."""
    text = article.text
    memo = memo or attribution.Memo(text)
    found: list[Unit] = []
    for number, (block, continued) in enumerate(segment.settle_quotes(text, segment.blocks(article))):
        first = True
        for sentence in segment.sentences(text, block, continued):
            for start, end in attr_split.split(memo, *sentence, block.quotes):
                if (
                    found
                    and not _noise_between(article, found[-1].end, start)
                    and (
                        _signature(text, found[-1], start, end)
                        or _frame_after_quote(memo, found[-1], start, end)
                    )
                ):
                    # "“…” / ― Jacklyn Ashley", "“…?” Clinton asked.": the signature or the bare
                    # attribution belongs to the quote before it.
                    previous = found.pop()
                    merged = previous.quotes + block.quotes
                    found.append(Unit(previous.start, end, merged, previous.block_start, previous.block))
                    continue
                found.append(Unit(start, end, block.quotes, first, number))
                first = False
    return found


def _noise_between(article: Article, start: int, end: int) -> bool:
    """Whether a noise span (a caption, a byline) lies between two units: joined, they would
    make a statement that holds it."""
    return any(n.start < end and n.end > start for n in article.noise)


def _signature(text: str, previous: Unit, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a dash and a name signing the quote that ends ``previous``."""
    return (
        _SIGNATURE.fullmatch(text, start, end) is not None
        and text[previous.end - 1] in '”"»’'
        and not text[previous.end : start].count("\n\n") > 1
    )


def _frame_after_quote(memo: attribution.Memo, previous: Unit, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` only attributes the quote that ends ``previous``.

    ``“How many times?” Clinton asked.`` is cut after the question mark; the second part
    names the speaker and nothing else, so it joins the quote again.
    """
    text = memo.text
    if text[previous.end - 1] not in '”"»’' or "\n" in text[previous.end : start]:
        return False
    found = memo(start, end, previous.quotes)
    return (
        found.speaker is not None
        and found.cue is not None
        and found.pattern in {"subject", "inverted"}
        and frame_only(text, start, end, found.speaker, found.cue)
        and memo(previous.start, previous.end, previous.quotes).speaker is None
    )


def _introduces(text: str, previous: Attributed, unit: Unit) -> bool:
    """``The governor added:`` ends its paragraph: the next paragraph is what he added."""
    return (
        previous.speaker is not None
        and previous.pattern != "follow-on"
        and text[previous.unit.end - 1] == ":"
        and unit.block != previous.unit.block
    )


def _follows_quote(previous: Attributed | None, found: attribution.Attribution, unit: Unit) -> bool:
    """Whether a fully quoted, unattributed unit continues the quote before it, or quotes
    the speaker of the report before it (``Hoyer accused Trump of … || “This is about …”``).

    After a report in the outlet's words, only a quote closed in its paragraph: one that
    runs on may name its own speaker where it ends (``“I am so excited … || …,” she said``).
    """
    if found.pattern != "none" or found.kind != Kind.DIRECT or previous is None or previous.speaker is None:
        return False
    if previous.kind in {Kind.DIRECT, Kind.MIXED}:
        return True
    closed = all(q.closed for q in unit.quotes if q.start < unit.end and q.end > unit.start)
    return previous.kind == Kind.INDIRECT and closed


def _participle_item(
    text: str, previous: Attributed | None, unit: Unit, found: attribution.Attribution
) -> Attributed | None:
    """``…, adding that repairs would start``: the clause split off an attributed sentence
    (see :mod:`analysis.attr_split`) reports more of the same speaker, with its own cue."""
    if previous is None or previous.speaker is None or found.speaker is not None:
        return None
    if text[previous.unit.end - 1] != "," or text[previous.unit.end : unit.start].strip():
        return None
    participle = attr_split.participle_at(text, unit.start)
    if participle is None:
        return None
    entry, cue = participle
    regions = attribution.outside(unit.start, unit.end, unit.quotes)
    spans = uncovered(unit.start, unit.end, regions)  # the quoted parts
    kind = kind_of(text, unit.start, unit.end, spans, regions, cue, cue)
    content = content_of(text, unit.start, unit.end, cue, cue, "participle")
    return Attributed(
        unit, previous.speaker, previous.local_speaker, cue, text[cue[0] : cue[1]], kind,
        commitment_of(text, regions, entry), "participle", content,
    )  # fmt: skip


def attribute_units(article: Article) -> list[Attributed]:
    """Attribute every unit of an article and resolve its speakers.

    Parameters
    ----------
    article : Article
        The article.

    Returns
    -------
    list of Attributed
        One entry per unit, in text order; ``local_speaker`` is the mention as found
        next to the cue (``he``), ``speaker`` what it resolves to.
    """
    text = article.text
    resolver = Resolver(text, places_in(text))
    out: list[Attributed] = []
    previous: Attributed | None = None
    memo = attribution.Memo(text)
    introduced = -1  # the block a colon-ended attribution ("Limbaugh added:") introduces
    labelled = -1  # the block a transcript label opens ("WALLACE: …"): all of it is the label's
    for index, unit in enumerate(units(article, memo)):
        found = memo(unit.start, unit.end, unit.quotes, unit.block_start)
        regions = attribution.outside(unit.start, unit.end, unit.quotes)
        resolver.open(regions)
        if previous is not None and _introduces(text, previous, unit):
            introduced = unit.block
        if found.pattern == "transcript" and unit.block_start:
            labelled = unit.block
        carried = unit.block in (introduced, labelled) or _follows_quote(previous, found, unit)
        if previous is not None and carried and found.pattern != "transcript":
            item = Attributed(
                unit, previous.speaker, None, previous.cue, previous.cue_text, Kind.DIRECT,
                previous.commitment, "follow-on", (unit.start, unit.end),
            )  # fmt: skip
        elif (tail := _participle_item(text, previous, unit, found)) is not None:
            item = tail
        elif found.speaker is None:
            item = Attributed(unit, None, None, None, "", Kind.NARRATIVE, found.commitment, "none")
        else:
            speaker = resolver.resolve(found.speaker, index)
            item = Attributed(
                unit, speaker, found.speaker, found.cue, found.cue_text, found.kind, found.commitment,
                found.pattern, found.content,
            )  # fmt: skip
        resolver.close(item.speaker)
        out.append(item)
        previous = item
    _speakers_of_runs(out)
    _runs_after_reports(out)
    return out


def _speakers_of_runs(out: list[Attributed]) -> None:
    """Give a quoted paragraph the speaker named after the quote ends, paragraphs later.

    ``"Brett McGurk … in 2015. || Was supposed to leave …," Trump tweeted.``: the quote
    opened in one paragraph closes in the next, where its speaker is named.
    """
    for i in range(len(out) - 2, -1, -1):
        item, nxt = out[i], out[i + 1]
        if item.speaker is not None or nxt.speaker is None or nxt.unit.block != item.unit.block + 1:
            continue
        unit = item.unit
        runs_on = any(q.start <= unit.start and not q.closed and q.end >= unit.end for q in unit.quotes)
        carried = any(q.start == nxt.unit.start and q.closed for q in nxt.unit.quotes)
        if runs_on and carried:
            out[i] = Attributed(
                unit, nxt.speaker, None, nxt.cue, nxt.cue_text, Kind.DIRECT, nxt.commitment, "run-on",
                (unit.start, unit.end),
            )  # fmt: skip


def _runs_after_reports(out: list[Attributed]) -> None:
    """Give a quote that opens after a report and runs on to close paragraphs later, naming
    no one, the speaker of that report.

    ``Dukes walked out … saying she feels no anger. "Wal-Mart may be a big company … ||
    … then you should be held accountable."``: the newspaper convention for quoting the
    speaker just reported; a run that names its speaker where it ends is
    :func:`_speakers_of_runs`' case.
    """
    i = 1
    while i < len(out):
        end = _run_end(out, i)
        if end < 0:
            i += 1
            continue
        previous = out[i - 1]
        for k in range(i, end + 1):
            unit = out[k].unit
            out[k] = Attributed(
                unit, previous.speaker, None, previous.cue, previous.cue_text, Kind.DIRECT,
                previous.commitment, "follow-on", (unit.start, unit.end),
            )  # fmt: skip
        i = end + 1


def _run_end(out: list[Attributed], i: int) -> int:
    """The index of the unit closing a quote that ``out[i]`` opens right after a report of
    its paragraph, when no unit of the run names a speaker; else ``-1``."""
    previous, first = out[i - 1], out[i]
    if previous.speaker is None or first.speaker is not None or previous.unit.block != first.unit.block:
        return -1
    if previous.kind not in {Kind.INDIRECT, Kind.DIRECT, Kind.MIXED}:
        return -1
    if not any(q.start == first.unit.start and not q.closed for q in first.unit.quotes):
        return -1
    for k in range(i + 1, len(out)):
        unit = out[k].unit
        if out[k].speaker is not None or unit.block > out[k - 1].unit.block + 1:
            return -1
        inside = [q for q in unit.quotes if q.start <= unit.start < q.end]
        if not inside:
            return -1
        if inside[0].closed:
            return k if inside[0].end <= unit.end else -1
    return -1


class _Paragraphs:
    """Fast ``Article.paragraph_of`` for sorted paragraphs (falls back otherwise)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.spans = list(article.paragraphs)
        self.sorted = self.spans == sorted(self.spans)
        self.starts = [s for s, _ in self.spans]

    def of(self, offset: int) -> int:
        if not self.sorted:
            return self.article.paragraph_of(offset)
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]:
            # The first paragraph holding the offset, as paragraph_of defines it.
            while i > 0 and self.spans[i - 1][0] <= offset < self.spans[i - 1][1]:
                i -= 1
            return i + 1
        return self.article.paragraph_of(offset)


def extract_statements(article: Article) -> list[Statement]:
    """Split an article into attributed statements.

    Parameters
    ----------
    article : Article
        A loaded article; its noise spans never become (part of) a statement.

    Returns
    -------
    list of Statement
        In text order, non-overlapping; ``text == article.text[start:end]``; ids from
        :meth:`Statement.make_id`; ``speaker`` is ``""`` for the outlet's own voice.
    """
    text = article.text
    paragraphs = _Paragraphs(article)
    try:
        items = attribute_units(article)
    except Exception:  # a defect in attribution must not cost the article or the batch
        log.exception("Attribution failed on %s; its text is kept as unattributed statements", article.path)
        items = _unattributed(article)
    out: list[Statement] = []
    for item in items:
        start, end = item.unit.start, item.unit.end
        speaker = text[item.speaker[0] : item.speaker[1]] if item.speaker else ""
        out.append(
            Statement(
                id=Statement.make_id(article.id, start),
                article_id=article.id,
                start=start,
                end=end,
                text=text[start:end],
                kind=item.kind,
                commitment=item.commitment,
                speaker=speaker,
                speaker_span=item.speaker,
                cue=item.cue_text,
                cue_span=item.cue,
                paragraph=paragraphs.of(start),
                content_span=item.content,
            )
        )
    return out


def _unattributed(article: Article) -> list[Attributed]:
    """The article's sentences (its prose blocks, if even sentences fail) in the outlet's voice."""
    try:
        found = units(article)
    except Exception:  # the blocks are read by the simplest code there is
        found = [Unit(b.start, b.end, b.quotes, True, k) for k, b in enumerate(segment.blocks(article))]
    return [
        Attributed(unit, None, None, None, "", Kind.NARRATIVE, Commitment.NEUTRAL, "none") for unit in found
    ]
