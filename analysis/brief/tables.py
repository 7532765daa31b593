"""Tables of the brief: side-by-side topic tables (or stacked), finding pairs, plain grids.

Every table repeats its header rows on each page and may split inside a row, so a long
statement never pushes a cell off the page. Cells hold one paragraph each (text that
wraps), never a bare string (which would not).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from analysis.brief.citations import Citations
from analysis.brief.doc import Para
from analysis.brief.fonts import REGULAR
from analysis.brief.records import Finding, Quote, Source, TopicView
from analysis.brief.styles import MUTED, MUTED_HEX, RULE, SHADE, Styles, hex_of, source_colour
from analysis.brief.text import TextAudit, abridge, esc

MAX_CELL_CHARS = 900
"""Longer statements are abridged in topic tables (the citation leads to the full text)."""
MAX_QUOTE_CHARS = 2400
"""Longer statements are abridged even in key findings. Table rows cannot split across
pages (reportlab's in-row splitting repeats headers mid-page), so no cell may outgrow a
page: at these sizes the tallest cell stays well under a landscape frame."""
WIDE = 4
"""More covering sources than this and a topic table needs a landscape page."""
MOST_COLUMNS = 8
"""More covering sources than this and the topic table is stacked (one row a statement)."""


def grid(
    rows: Sequence[Sequence[Any]], widths: Sequence[float], header_rows: int = 1, zebra: bool = True
) -> Table:
    """Return a ruled table with header rows repeated on every page it runs onto."""
    table = Table(list(rows), colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Tables set a cell font even for flowable cells; Helvetica here would not be embedded.
        ("FONT", (0, 0), (-1, -1), REGULAR, 8),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, MUTED),
        ]
    if zebra:
        commands.append(
            ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, colors.HexColor("#fafbfc")])
        )
    table.setStyle(TableStyle(commands))
    return table


def source_head(source: Source, styles: Styles, extra: str = "") -> Para:
    """Return a column header naming a source: ``S2 Valdoria Daily`` and its side."""
    colour = hex_of(source_colour(source.number))
    side = f"<br/><font color='{MUTED_HEX}'>{esc(source.side)}</font>" if source.side else ""
    tail = f"<br/><font size='{styles.cell_meta.fontSize}'>{esc(extra)}</font>" if extra else ""
    return Para(
        f"<font color='{colour}'>■</font> {source.label} {esc(source.name)}{side}{tail}", styles.cell_head
    )


def attribution(quote: Quote) -> str:
    """Return who and how: ``Anton Krall (told) · said``; the outlet's own voice when no speaker.

    The cue is the reporting word as printed; the label after the dot is how the outlet
    frames the statement. A cue that already says it (``denied`` · denied) is not repeated.
    """
    who = quote.speaker or f"{quote.source.name} (own voice)"
    label = quote.commitment_label
    cue = quote.cue.strip()
    if cue and cue.casefold() != label.casefold():
        who = f"{who} ({cue})"
    return f"{who} · {label}"


def quote_markup(
    quote: Quote, audit: TextAudit, cites: Citations, limit: int = MAX_CELL_CHARS, flags: bool = False
) -> str:
    """Return a statement with its attribution line and citation, as paragraph markup.

    With ``flags``, a statement that is one side of a key finding also links to it (``⚑ finding 3``).
    """
    body = audit.quote(abridge(quote.text, limit))
    who = f"<font color='{MUTED_HEX}'><i>— {esc(attribution(quote))}</i></font>"
    marks = cites.marks(quote) if flags else ""
    return f"{body}<br/>{who} {cites.cite(quote)}" + (f" {marks}" if marks else "")


def side_by_side(topic: TopicView, styles: Styles, audit: TextAudit, cites: Citations, width: float) -> Table:
    """Return the topic table: one column per quoted source, one statement per cell.

    In a briefing a source's column ends with how many of its statements on the topic
    were left out (see :mod:`analysis.brief.select`).
    """
    groups = topic.quoted_by_source()
    if len(groups) > MOST_COLUMNS:
        return stacked(groups, styles, audit, cites, width)
    heads = [source_head(s, styles, _count(len(qs) + more)) for s, qs, more in groups]
    depth = max((len(qs) for _, qs, _ in groups), default=0)
    rows: list[list[Any]] = [heads]
    for i in range(depth):
        rows.append(
            [
                Para(quote_markup(qs[i], audit, cites, flags=True), styles.cell)
                if i < len(qs)
                else _blank(styles)
                for _, qs, _ in groups
            ]
        )
    if any(more for _, _, more in groups):
        rows.append(
            [Para(more_line(s, more), styles.cell_meta) if more else _blank(styles) for s, _, more in groups]
        )
    columns = max(len(groups), 1)
    table = grid(rows, [width / columns] * columns, zebra=False)
    table.setStyle(TableStyle([("LINEAFTER", (0, 0), (-2, -1), 0.4, RULE)]))
    return table


def _count(n: int) -> str:
    return f"{n:,} statement{'s' if n != 1 else ''}"


def more_line(source: Source, more: int) -> str:
    """Return the note on a source's statements a topic table leaves out."""
    return (
        f"+ {more:,} more statement{'s' if more != 1 else ''} from {source.label} on this topic "
        "(in the CSV/JSON export)"
    )


def stacked(
    groups: list[tuple[Source, list[Quote], int]],
    styles: Styles,
    audit: TextAudit,
    cites: Citations,
    width: float,
) -> Table:
    """Return the topic table for many sources: a source column and one row per statement."""
    rows: list[list[Any]] = [[Para("Source", styles.cell_head), Para("Statement", styles.cell_head)]]
    group_starts = []
    for source, quotes, more in groups:
        group_starts.append(len(rows))
        for i, quote in enumerate(quotes):
            # Later rows repeat the bare label, so a page that opens mid-group still says whose it is.
            head: Flowable = source_head(source, styles) if i == 0 else Para(source.label, styles.cell_meta)
            markup = quote_markup(quote, audit, cites, flags=True)
            if more and i == len(quotes) - 1:  # the note ends the source's last cell: no extra row
                size = styles.cell_meta.fontSize
                markup += f"<br/><font color='{MUTED_HEX}' size='{size}'>{more_line(source, more)}</font>"
            rows.append([head, Para(markup, styles.cell)])
    table = grid(rows, [width * 0.24, width * 0.76], zebra=False)
    table.setStyle(TableStyle([("LINEABOVE", (0, r), (-1, r), 0.8, MUTED) for r in group_starts[1:]]))
    return table


def finding_pair(finding: Finding, styles: Styles, audit: TextAudit, cites: Citations, width: float) -> Table:
    """Return the two sides of a competing claim (or corroboration), each quoted verbatim."""
    rows = [
        [source_head(finding.a.source, styles), source_head(finding.b.source, styles)],
        [
            Para(quote_markup(finding.a, audit, cites, limit=MAX_QUOTE_CHARS), styles.cell),
            Para(quote_markup(finding.b, audit, cites, limit=MAX_QUOTE_CHARS), styles.cell),
        ],
    ]
    table = grid(rows, [width / 2, width / 2], zebra=False)
    table.setStyle(TableStyle([("LINEAFTER", (0, 0), (0, -1), 0.4, RULE)]))
    return table


def _blank(styles: Styles) -> Para:
    """Return an empty cell (a bare ``""`` would make reportlab set the cell in Helvetica)."""
    return Para("", styles.cell)


def cells(values: Sequence[str], style: Any, markup: bool = False) -> list[Para]:
    """Return one paragraph per value (escaped unless ``markup``)."""
    return [Para(v if markup else esc(v), style) for v in values]
