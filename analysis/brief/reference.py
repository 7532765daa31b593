"""The reference chapters: timeline, speakers index and the sources appendix.

The appendix is written last: it places one link destination per paragraph that any
citation in the brief pointed at, with the exact character spans quoted from it.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Spacer

from analysis.brief.charts import busiest_window, timeline_chart
from analysis.brief.citations import paragraph_anchor, source_anchor
from analysis.brief.context import Context
from analysis.brief.doc import Para
from analysis.brief.records import Source
from analysis.brief.tables import cells, grid
from analysis.brief.text import abridge, clip, esc

MAX_SPANS = 8
"""Spans listed per cited paragraph before "and N more"."""


def timeline(ctx: Context) -> list[Flowable]:
    """Return the timeline chapter: lanes per source, then the dated events in order."""
    events = ctx.data.events
    story: list[Flowable] = [ctx.heading("Timeline", 0, "timeline")]
    if not events:
        return [*story, ctx.text("No dated events were found in these sources.")]
    story.append(ctx.text("Dated events as each source reports them, one lane per source."))
    font = ctx.styles.family.regular
    chart = timeline_chart(events, ctx.data.sources, ctx.width, font)
    if chart is not None:
        story += [chart, Spacer(1, 8)]
    window = busiest_window(events)
    if window is not None:
        first, last = window
        inside = [e for e in events if e.when is not None and first <= e.when <= last]
        share = f"{len(inside)} of {len(events)} events"
        story.append(ctx.text(f"Close-up of {first.isoformat()} – {last.isoformat()}: {share}."))
        zoom = timeline_chart(inside, ctx.data.sources, ctx.width, font)
        if zoom is not None:
            story += [zoom, Spacer(1, 8)]
    st, w = ctx.styles, ctx.width
    listed = events if ctx.data.timeline_rows is None else ctx.data.timeline_rows
    if len(listed) < len(events):
        lanes = len({e.source.number for e in events})
        story.append(
            ctx.text(
                f"The table lists {len(listed):,} of the {len(events):,} dated events "
                f"from {lanes:,} sources: "
                "those of statements quoted in this brief first, then each source's earliest in turn "
                f"(at most {ctx.options.events_per_source or 'all'} a source). "
                f"+ {len(events) - len(listed):,} more dated events are in the CSV/JSON export.",
                "small",
            )
        )
    rows: list[list[Para]] = [cells(["Date", "Source", "Event", "Date as written"], st.cell_head)]
    for e in listed:
        where = ctx.cites.cite(e.quote) if e.quote is not None else ""
        rows.append(
            [
                ctx.para(esc(e.when.isoformat() if e.when else e.date_text or "?"), "cell"),
                ctx.para(f"{e.source.label} {esc(e.source.name)}", "cell"),
                ctx.para(f"{ctx.audit.quote(abridge(e.text, 600))} {where}", "cell"),
                ctx.para(esc(e.expression), "cell"),
            ]
        )
    story.append(grid(rows, [w * 0.13, w * 0.2, w * 0.5, w * 0.17]))
    return story


def speakers(ctx: Context) -> list[Flowable]:
    """Return the speakers index: canonical name, type, aliases and the sources quoting them."""
    entries = ctx.data.speakers
    story: list[Flowable] = [ctx.heading("Speakers", 0, "speakers")]
    if not entries:
        return [*story, ctx.text("No named speaker is quoted in these sources.")]
    st, w = ctx.styles, ctx.width
    more = ctx.data.more_speakers
    if more:
        story.append(
            ctx.text(
                f"The {len(entries)} most quoted of {len(entries) + more:,} speakers, most quoted first; "
                f"+ {more:,} more speakers are in the CSV/JSON export.",
                "small",
            )
        )
    else:
        story.append(ctx.text(f"{len(entries)} speakers, most quoted first.", "small"))
    rows = [
        cells(["Speaker", "Type", "Also written as", "Affiliation", "Statements", "Quoted by"], st.cell_head)
    ]
    # In a briefing a speaker quoted by hundreds of sources gets a short cell: the count says the rest.
    most = 12 if ctx.options.abridges(len(ctx.data.sources)) else 40
    for s in entries:
        quoted_by = sources_text(s.sources, most=most)
        rows.append(
            cells(
                [
                    s.name,
                    s.type,
                    clip(", ".join(s.aliases), 300) or "—",
                    s.affiliation or "—",
                    str(s.count),
                    quoted_by,
                ],
                st.cell,
            )
        )
    story.append(grid(rows, [w * 0.19, w * 0.13, w * 0.19, w * 0.14, w * 0.13, w * 0.22]))
    return story


def sources_text(sources: Sequence[Source], named: int = 4, most: int = 40) -> str:
    """Return "S1 KSB World, S2 …" for a few sources, bare labels for many (capped) so cells stay small."""
    if len(sources) <= named:
        return ", ".join(f"{s.label} {s.name}" for s in sources)
    labels = ", ".join(s.label for s in sources[:most])
    return labels + (f" and {len(sources) - most} more" if len(sources) > most else "")


def _metadata(source: Source) -> list[tuple[str, str]]:
    a = source.article
    rows = [
        ("Outlet", a.source),
        ("Side / label", a.side),
        ("Title", a.title),
        ("Author", a.author),
        ("Published", a.date),
        ("Address", a.url or a.path),
        ("File", a.path if a.url and a.path != a.url else ""),
        ("Format", str(a.format)),
        ("Language", a.language),
        ("Encoding", a.encoding),
        (
            "Length",
            f"{len(a.text):,} characters, {len(a.paragraphs)} paragraphs, {source.statements} statements",
        ),
        ("Near-copy of", a.copy_of),
        ("Article id", a.id),
    ]
    return [(k, v) for k, v in rows if v]


def _entry(ctx: Context, source: Source) -> list[Flowable]:
    w = ctx.width
    head = ctx.heading(f"{source.label} · {source.name}", 1, source_anchor(source))
    rows = [
        [ctx.para(f"<b>{esc(k)}</b>", "cell"), ctx.para(esc(clip(v, 400)), "cell")]
        for k, v in _metadata(source)
    ]
    story: list[Flowable] = [KeepTogether([head, grid(rows, [w * 0.18, w * 0.82], header_rows=0)])]
    cited = ctx.cites.cited(source)
    if cited:
        story.append(
            ctx.para(
                "<b>Cited paragraphs</b> (character offsets into the article text, [start, end))", "small"
            )
        )
        for paragraph, spans in cited:
            story.append(ctx.para(_cited_line(source, paragraph, spans), "muted"))
    story.append(Spacer(1, 6))
    return story


def _line(ctx: Context, source: Source) -> Para:
    """Return a source's compact appendix entry: its metadata and cited paragraphs in one paragraph."""
    a = source.article
    facts = [
        source.name,
        a.side,
        a.date,
        f"“{clip(a.title, 120)}”" if a.title else "",
        clip(a.url or a.path, 120),
    ]
    facts.append(f"{len(a.text):,} characters, {source.statements} statements")
    if a.copy_of:
        facts.append(f"near-copy of {a.copy_of}")
    cited = [_cited_span(source, paragraph, spans) for paragraph, spans in ctx.cites.cited(source)]
    where = f"; cited: {'; '.join(cited)}" if cited else ""
    text = " · ".join(esc(f) for f in facts if f)
    return ctx.para(f'<a name="{source_anchor(source)}"/><b>{source.label}</b> {text}{where}', "muted")


def _cited_span(source: Source, paragraph: int, spans: list[tuple[int, int]]) -> str:
    if paragraph <= 0:
        return f"paragraph unknown {_spans(spans)}"
    return f'<a name="{paragraph_anchor(source, paragraph)}"/>¶{paragraph} {_spans(spans)}'


def _spans(spans: list[tuple[int, int]]) -> str:
    listed = ", ".join(f"[{s:,}, {e:,})" for s, e in spans[:MAX_SPANS])
    return listed + (f" and {len(spans) - MAX_SPANS} more" if len(spans) > MAX_SPANS else "")


def _cited_line(source: Source, paragraph: int, spans: list[tuple[int, int]]) -> str:
    listed = _spans(spans)
    if paragraph <= 0:
        return f"{source.label} (paragraph unknown): statements {listed}"
    a = source.article
    where = ""
    if paragraph <= len(a.paragraphs):
        p_start, p_end = a.paragraphs[paragraph - 1]
        where = f" — paragraph [{p_start:,}, {p_end:,})"
    anchor = paragraph_anchor(source, paragraph)
    return f'<a name="{anchor}"/>{source.label} ¶{paragraph}{where}; statements {listed}'


def appendix(ctx: Context) -> list[Flowable]:
    """Return the sources appendix (must be written after every chapter that cites)."""
    story: list[Flowable] = [ctx.heading("Appendix: sources", 0, "appendix")]
    story.append(
        ctx.text(
            "Every source with its metadata and address. Each citation in this brief, such as "
            "[S2 ¶4], links to the cited paragraph below.",
            "small",
        )
    )
    compact = ctx.options.abridges(len(ctx.data.sources))
    if compact:
        story.append(
            ctx.text(
                "One line a source: label, outlet, side, date, title, address, size, then each cited "
                "paragraph with the character spans [start, end) quoted from it.",
                "small",
            )
        )
    for i, source in enumerate(ctx.data.sources):
        ctx.progress(i / max(len(ctx.data.sources), 1), "Writing the sources appendix")
        story += [_line(ctx, source)] if compact else _entry(ctx, source)
    if ctx.data.errors:
        story.append(ctx.heading("Inputs that could not be loaded", 1, "load-errors"))
        rows = [cells(["Input", "Problem"], ctx.styles.cell_head)]
        rows += [cells([e.path, e.message], ctx.styles.cell) for e in ctx.data.errors]
        story.append(grid(rows, [ctx.width * 0.4, ctx.width * 0.6]))
    return story
