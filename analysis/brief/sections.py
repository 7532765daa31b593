"""The coverage overview and one section per topic."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from analysis.brief.charts import MAX_ROWS, coverage_charts
from analysis.brief.context import Context
from analysis.brief.records import Quote, Source, TopicView
from analysis.brief.tables import cells, grid, side_by_side
from analysis.brief.text import esc

SHARES = 20
"""Sources named in a topic's "coverage by source" line before the rest are counted."""


def coverage(ctx: Context) -> list[Flowable]:
    """Return the coverage chapter: the source × topic chart, its legend and the gaps."""
    data, st = ctx.data, ctx.styles
    story: list[Flowable] = [ctx.heading("Coverage", 0, "coverage")]
    if not data.topics:
        return [*story, ctx.text("No topics were selected for this brief.")]
    story.append(
        ctx.text(
            "How many statements each source devotes to each topic (darker is more). "
            "A blank cell is a topic the source does not report on."
        )
    )
    charted = data.sources
    if len(charted) > MAX_ROWS and ctx.options.abridges(len(charted)):
        # A heat map of thousands of rows is pages of ink: chart the busiest sources.
        busiest = sorted(charted, key=lambda s: (-s.statements, s.number))[:MAX_ROWS]
        charted = tuple(sorted(busiest, key=lambda s: s.number))
        story.append(
            ctx.text(
                f"The chart shows the {MAX_ROWS} sources with the most statements of {len(data.sources):,}; "
                "the table below counts every source.",
                "small",
            )
        )
    for chart in coverage_charts(charted, data.topics, ctx.width, st.family.regular):
        story += [chart, Spacer(1, 8)]
    rows = [cells(["Topic", "Label", "Statements", "Sources", "Not covered by"], st.cell_head)]
    for i, topic in enumerate((*data.topics, *data.left_out), start=1):
        covering = {q.source.number for q in topic.quotes}
        missing = [s.label for s in data.sources if s.number not in covering]
        rows.append(
            cells(
                [
                    f"T{i}",
                    topic.label,
                    str(len(topic.quotes)),
                    f"{len(covering)} of {len(data.sources)}",
                    _list(missing),
                ],
                st.cell,
            )
        )
    w = ctx.width
    story.append(grid(rows, [w * 0.07, w * 0.4, w * 0.13, w * 0.13, w * 0.27]))
    return story


def _list(labels: list[str], most: int = 12) -> str:
    if not labels:
        return "—"
    extra = f" and {len(labels) - most} more" if len(labels) > most else ""
    return ", ".join(labels[:most]) + extra


def topic_section(ctx: Context, number: int, topic: TopicView, width: float) -> list[Flowable]:
    """Return one topic: label, coverage by source, the side-by-side table, terms and gaps."""
    heading = ctx.heading(f"T{number} · {topic.label}", 1, f"topic-{topic.id}")
    intro: list[Flowable] = [heading]
    if topic.terms:
        intro.append(ctx.para(f"<b>Key terms:</b> {esc(', '.join(topic.terms[:12]))}", "small"))
    groups = topic.by_source()
    if groups:
        most = SHARES if ctx.options.abridges(len(ctx.data.sources)) else 0
        intro.append(ctx.para(_shares(groups, len(topic.quotes), most), "small"))
    if topic.omitted:
        quoted = topic.quoted_by_source()
        intro.append(
            ctx.para(
                f"<b>Quoted here:</b> {len(topic.quoted)} key statements of {len(topic.quotes):,}, from "
                f"{len(quoted)} of the {len(groups)} sources reporting on this topic; "
                f"{topic.omitted:,} more are in the CSV/JSON export.",
                "small",
            )
        )
    if topic.gaps:
        intro.append(
            ctx.para(f"<b>Coverage gaps.</b><br/>{gaps_markup(topic, len(ctx.data.sources))}", "small")
        )
    # Room for the intro and the first rows, so a heading never ends a page alone.
    story: list[Flowable] = [CondPageBreak(220), KeepTogether(intro)]
    if topic.quoted:
        story.append(side_by_side(topic, ctx.styles, ctx.audit, ctx.cites, width))
    else:
        story.append(ctx.text("No statement of the selected sources falls under this topic."))
    if topic.distinctive:
        story += [Spacer(1, 4), *_distinctive(ctx, topic, width)]
    story.append(Spacer(1, 10))
    return story


def _shares(groups: list[tuple[Source, list[Quote]]], total: int, most: int) -> str:
    """Return "Coverage by source": every source (``most`` 0), else the busiest and a count of the rest."""
    shown = groups
    if 0 < most < len(groups):
        busiest = sorted(range(len(groups)), key=lambda i: (-len(groups[i][1]), i))[:most]
        shown = [groups[i] for i in sorted(busiest)]
    shares = " · ".join(f"{s.label} {esc(s.name)}: {len(qs)}" for s, qs in shown)
    if 0 < most < len(groups):
        rest = len(groups) - most
        shares += f" · and {rest:,} more sources (the {most} with most statements are named)"
    return f"<b>Coverage by source</b> ({total:,} statements): {shares}"


def gaps_markup(topic: TopicView, sources: int, most: int = 3) -> str:
    """Return the coverage gaps: one line a source when few, else the silent ones in one line.

    The topic step's own messages (e.g. a toll far below the others) are always worth a
    line; plain silence of dozens of sources is summed up by label so it never fills pages.
    """
    if len(topic.gaps) <= most:
        return "<br/>".join(
            f"{s.label}: {esc(message or f'{s.name} does not report on this topic.')}"
            for s, message in topic.gaps
        )
    explicit = [(s, message) for s, message in topic.gaps if message]
    silent = [s.label for s, message in topic.gaps if not message]
    lines = [f"{s.label}: {esc(message)}" for s, message in explicit[:most]]
    if len(explicit) > most:
        more = [s.label for s, _ in explicit[most:]]
        lines.append(f"Further gaps at {len(more)} sources: {_list(more, 60)}.")
    if silent:
        lines.append(f"Not reported by {len(silent)} of {sources} sources: {_list(silent, 60)}.")
    return "<br/>".join(lines)


def _distinctive(ctx: Context, topic: TopicView, width: float) -> list[Flowable]:
    """Return the terms that set each source's telling apart (kept whole when short)."""
    lead = ctx.para("<b>How each source tells it</b> — the terms that set its telling apart:", "small")
    quoted = {s.number for s, _, _ in topic.quoted_by_source()}
    telling = [(s, terms) for s, terms in topic.distinctive if topic.shown is None or s.number in quoted]
    rows = [cells([f"{s.label} {s.name}", ", ".join(terms[:10])], ctx.styles.cell) for s, terms in telling]
    if not rows:
        return []
    table = grid(rows, [width * 0.3, width * 0.7], header_rows=0)
    story: list[Flowable] = [KeepTogether([lead, table])] if len(rows) <= 12 else [lead, table]
    if len(telling) < len(topic.distinctive):
        story.append(ctx.text(f"(Sources quoted above only; {len(topic.distinctive):,} in all.)", "muted"))
    return story
