"""The cover (title, summary, sources, dates, analyst) and the "about this brief" notes."""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Spacer

from analysis.brief.citations import source_anchor
from analysis.brief.context import Context
from analysis.brief.records import COMMITMENT_LABELS, Source, parse_date
from analysis.brief.reference import sources_text
from analysis.brief.styles import LINK_HEX, MUTED_HEX
from analysis.brief.tables import MAX_CELL_CHARS, MAX_QUOTE_CHARS, cells, grid
from analysis.brief.text import esc

TOP_OUTLETS = 15
"""Outlets named on the cover of a large case (the appendix lists every source)."""


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def _date(text: str) -> str:
    """Return the publication day for the cover (the full timestamp is in the appendix)."""
    day = parse_date(text)
    return day.isoformat() if day else (text or "—")


def date_range_text(ctx: Context) -> str:
    """Return the publication dates covered, e.g. ``11 March 2026 – 12 March 2026``."""
    found = ctx.data.date_range()
    if found is None:
        return "publication dates unknown"
    first, last = found
    return _day(first) if first == last else f"{_day(first)} – {_day(last)}"


def cover(ctx: Context) -> list[Flowable]:
    """Return the cover page's flowables (the caller breaks the page after them)."""
    data, opts = ctx.data, ctx.options
    story: list[Flowable] = [Spacer(1, 18), ctx.heading(opts.heading, 0, "cover", toc=False, style="title")]
    if opts.summary:
        story.append(ctx.text(opts.summary, "subtitle"))
    facts = [
        f"<b>Sources:</b> {len(data.sources)} · <b>Dates covered:</b> {esc(date_range_text(ctx))}",
        f"<b>Prepared by:</b> {esc(opts.analyst) if opts.analyst else 'not stated'} · "
        f"<b>Generated:</b> {ctx.created:%Y-%m-%d %H:%M} {esc(ctx.created.tzname() or '')}".rstrip(),
        f"<b>In this brief:</b> {sum(s.statements for s in data.sources)} statements, "
        f"{len(data.topics)} topics, "
        f"{len(data.conflicts)} competing claims, {len(data.corroborations)} corroborations across sides, "
        f"{len(data.speakers)} speakers",
    ]
    story += [ctx.para(f, "body") for f in facts]
    if data.errors:
        story.append(
            ctx.para(
                f"<b>Not loaded:</b> {len(data.errors)} input(s) failed to load (listed in the appendix).",
                "body",
            )
        )
    if opts.note:
        story.append(ctx.para(f"<b>Analyst’s note:</b> {esc(opts.note)}", "note"))
    story += [Spacer(1, 6), ctx.heading("Sources", 1, "cover-sources", toc=False)]
    if opts.appendix and opts.abridges(len(data.sources)):
        story += _outlets(ctx)
    else:
        story.append(_sources_table(ctx))
    return story


def _outlets(ctx: Context, most: int = TOP_OUTLETS) -> list[Flowable]:
    """Return the sources of a large case summed up by outlet (each source has its line in the appendix)."""
    st, w = ctx.styles, ctx.width
    by_outlet: dict[str, list[Source]] = {}
    for s in ctx.data.sources:
        by_outlet.setdefault(s.name, []).append(s)
    busiest = sorted(
        by_outlet.items(), key=lambda kv: (-len(kv[1]), -sum(s.statements for s in kv[1]), kv[0])
    )
    lead = ctx.text(
        f"{len(ctx.data.sources):,} sources from {len(by_outlet):,} outlets; the appendix gives every source "
        f"one line. The {min(most, len(busiest))} outlets with the most articles:",
        "small",
    )
    rows = [cells(["Outlet", "Side", "Articles", "Statements", "Sources"], st.cell_head)]
    for name, sources in busiest[:most]:
        sides = ", ".join(dict.fromkeys(s.side for s in sources if s.side)) or "—"
        rows.append(
            cells(
                [
                    name,
                    sides,
                    str(len(sources)),
                    f"{sum(s.statements for s in sources):,}",
                    sources_text(sources),
                ],
                st.cell,
            )
        )
    return [lead, grid(rows, [w * 0.25, w * 0.15, w * 0.1, w * 0.12, w * 0.38])]


def _sources_table(ctx: Context) -> Flowable:
    st, w = ctx.styles, ctx.width
    rows = [cells(["", "Outlet", "Side", "Date", "Title", "Statements"], st.cell_head)]
    for s in ctx.data.sources:
        anchor = source_anchor(s)
        # With an appendix the label links to the source's entry; without, the row is the target.
        label = (
            f'<a href="#{anchor}" color="{LINK_HEX}">{s.label}</a>'
            if ctx.options.appendix
            else f'<a name="{anchor}"/>{s.label}'
        )
        rows.append(
            [
                ctx.para(f"<b>{label}</b>", "cell"),
                *cells(
                    [s.name, s.side or "—", _date(s.article.date), s.article.title or "—", str(s.statements)],
                    st.cell,
                ),
            ]
        )
    return grid(rows, [w * 0.06, w * 0.21, w * 0.14, w * 0.12, w * 0.34, w * 0.13])


def about(ctx: Context) -> list[Flowable]:
    """Return the reading notes: citations, attribution words, decisions, typesetting notices."""
    labels = ", ".join(f"“{v}”" for v in dict.fromkeys(COMMITMENT_LABELS.values()))
    target = (
        "the cited paragraph in the appendix" if ctx.options.appendix else "the source's row on the cover"
    )
    notes = [
        "<b>Citations.</b> Every quoted statement ends with its place, e.g. [S2 ¶4]: source S2 on the "
        f"cover, paragraph 4 of its text. The citation is a link to {target}, which gives the exact "
        "character span.",
        "<b>Attribution.</b> Under each quote: who made the statement (or the outlet’s own voice), the "
        f"reporting word as printed, and how the outlet frames it: {labels}.",
        "<b>Competing claims</b> are pairs of statements from different sources that cannot both be true "
        "as stated (denials, conflicting numbers, conflicting blame, omissions, framing). The analyst’s "
        "decisions are shown with each; dismissed pairs are listed apart, never as findings. In the "
        "topic tables, “⚑ finding 3” marks a statement that is one side of key finding 3 and links to it.",
        f"<b>Quotes are verbatim</b>, except that statements longer than {MAX_CELL_CHARS:,} characters "
        f"(in the key findings {MAX_QUOTE_CHARS:,}) are abridged and marked […]; the citation leads to "
        "the full text.",
    ]
    story: list[Flowable] = [Spacer(1, 10), ctx.heading("About this brief", 0, "about")]
    story += [ctx.para(n, "small") for n in notes]
    notices = ctx.audit.notices()
    if notices:
        story.append(ctx.para("<b>Typesetting notices</b>", "small"))
        story += [ctx.para(f"<font color='{MUTED_HEX}'>⚠</font> {esc(n)}", "note") for n in notices]
    story.append(Spacer(1, 4))
    return story
