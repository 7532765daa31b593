"""The story: the brief's chapters in reading order, with the page templates they need.

Chapters are written in dependency order, not reading order: the appendix needs every
citation made before it, and the reading notes need to know what the text audit found,
so both are written after the chapters they describe and then put in their place.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from analysis.brief.context import Context
from analysis.brief.cover import about, cover
from analysis.brief.doc import table_of_contents
from analysis.brief.findings import key_findings
from analysis.brief.reference import appendix, speakers, timeline
from analysis.brief.sections import coverage, topic_section
from analysis.brief.tables import MOST_COLUMNS, WIDE
from analysis.progress import scaled


def needs_landscape(ctx: Context) -> bool:
    """Return whether a topic table has too many columns for portrait yet few enough not to stack."""
    return any(WIDE < len(t.quoted_by_source()) <= MOST_COLUMNS for t in ctx.data.topics)


def topics_chapter(ctx: Context, landscape: bool) -> list[Flowable]:
    """Return the topics chapter (one section per topic), on landscape pages when needed."""
    width = ctx.wide_width if landscape else ctx.width
    story: list[Flowable] = [ctx.heading("Topics", 0, "topics")]
    story.append(
        ctx.text(
            "Each topic lines up what every source says about it: one column per source, one statement "
            "per cell, in the order the source tells it.",
            "small",
        )
    )
    data = ctx.data
    if any(t.omitted for t in data.topics):
        story.append(
            ctx.text(
                f"With {len(data.sources):,} sources, each topic quotes its key statements: sides of "
                "competing claims and corroborations first, then attributed statements before narrative, "
                "then those most echoed by other sources; at most "
                f"{ctx.options.statements_per_source or 'all'} per source and "
                f"{ctx.options.statements_per_topic or 'all'} per topic, one per source in turn. "
                "Every statement is in the CSV and JSON exports.",
                "small",
            )
        )
    count = len(data.topics)
    for number, topic in enumerate(data.topics, start=1):
        ctx.progress(0.2 + 0.6 * (number - 1) / max(count, 1), f"Writing topic {number} of {count}")
        story += topic_section(ctx, number, topic, width)
    if data.left_out:
        statements = sum(len(t.quotes) for t in data.left_out)
        first, last = count + 1, count + len(data.left_out)
        story.append(
            ctx.text(
                f"T{first}–T{last}: {len(data.left_out)} smaller topics ({statements:,} statements) have no "
                "section here; the coverage table gives their counts and the CSV/JSON export their "
                "statements.",
                "small",
            )
        )
    return story


def story(ctx: Context) -> list[Flowable]:
    """Return every flowable of the brief, in reading order."""
    outer = ctx.progress
    ctx.progress = scaled(outer, 0.0, 0.2)
    ctx.progress(0.0, "Writing the key findings")
    findings = key_findings(ctx)
    ctx.progress = outer
    chart = coverage(ctx)
    landscape = needs_landscape(ctx)
    topics = topics_chapter(ctx, landscape)
    outer(0.8, "Writing the timeline and speakers index")
    reference = [*timeline(ctx), PageBreak(), *speakers(ctx)]
    ctx.progress = scaled(outer, 0.85, 1.0)
    tail = [PageBreak(), *appendix(ctx)] if ctx.options.appendix else []
    ctx.progress = outer
    front = cover(ctx)
    notes = about(ctx)
    wide_start: list[Flowable] = [NextPageTemplate("landscape"), PageBreak()] if landscape else [PageBreak()]
    wide_end: list[Flowable] = [NextPageTemplate("portrait"), PageBreak()] if landscape else [PageBreak()]
    return [
        NextPageTemplate("portrait"),
        *front,
        PageBreak(),
        ctx.heading("Contents", 0, "contents", toc=False),
        table_of_contents(ctx.styles),
        *notes,
        PageBreak(),
        *findings,
        PageBreak(),
        *chart,
        *wide_start,
        *topics,
        *wide_end,
        *reference,
        *tail,
    ]
