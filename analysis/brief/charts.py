"""Vector charts drawn with reportlab graphics: source × topic coverage and the timeline.

Both charts are split into page-sized pieces (so 200 sources or 40 topics never overflow a
page) and carry their own labels; the numbers are also printed in the cells so the chart
still reads in black and white.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors

from analysis.brief.records import Event, Source, TopicView
from analysis.brief.styles import ACCENT, INK, MUTED, RULE, source_colour
from analysis.brief.text import clip

ROW = 13.0
"""Height of one source row (points)."""
MAX_ROWS = 42
"""Sources per coverage chart piece: about a page."""
LABEL_WIDTH = 150.0
MIN_COLUMN = 18.0
"""Narrowest topic column (points): room for ``T100`` and a three-digit count."""


def coverage_charts(
    sources: Sequence[Source], topics: Sequence[TopicView], width: float, font: str
) -> list[Drawing]:
    """Return heat-map pieces: one row per source, one column per topic (``T1`` …), counts inside.

    Parameters
    ----------
    sources, topics : sequences
        What to chart; topic ``i`` (0-based) is labelled ``T{i+1}``.
    width : float
        The frame width; columns are as wide as fit (at most 40 points).
    font : str
        The registered font name for labels.
    """
    counts: dict[tuple[int, int], int] = {}
    for i, topic in enumerate(topics):
        for q in topic.quotes:
            counts[(q.source.number, i)] = counts.get((q.source.number, i), 0) + 1
    peak = max(counts.values(), default=0) or 1
    fit = max(1, int((width - LABEL_WIDTH) // MIN_COLUMN))
    # Even pieces: 16 topics on a page that fits 15 make two charts of 8, not 15 and 1.
    per_piece = max(1, math.ceil(len(topics) / max(1, math.ceil(len(topics) / fit))))
    pieces = []
    for c0 in range(0, max(len(topics), 1), per_piece):
        columns = list(range(c0, min(c0 + per_piece, len(topics))))
        for r0 in range(0, len(sources), MAX_ROWS):
            rows = sources[r0 : r0 + MAX_ROWS]
            pieces.append(_heat_piece(rows, columns, counts, peak, width, font))
    return pieces


def _heat_piece(
    rows: Sequence[Source],
    columns: list[int],
    counts: dict[tuple[int, int], int],
    peak: int,
    width: float,
    font: str,
) -> Drawing:
    cell = min(40.0, (width - LABEL_WIDTH) / max(len(columns), 1))
    height = ROW * (len(rows) + 1) + 4
    drawing = _drawing(LABEL_WIDTH + cell * len(columns), height, font)
    top = height - ROW
    for j, col in enumerate(columns):
        x = LABEL_WIDTH + j * cell
        drawing.add(
            String(
                x + cell / 2,
                top + 3,
                f"T{col + 1}",
                fontName=font,
                fontSize=7,
                textAnchor="middle",
                fillColor=MUTED,
            )
        )
    for i, source in enumerate(rows):
        y = top - (i + 1) * ROW
        name = clip(f"{source.label}  {source.name}", 34)
        drawing.add(String(0, y + 3.5, name, fontName=font, fontSize=7, fillColor=INK))
        for j, col in enumerate(columns):
            n = counts.get((source.number, col), 0)
            x = LABEL_WIDTH + j * cell
            shade = (
                colors.linearlyInterpolatedColor(colors.white, ACCENT, 0, 1, (n / peak) ** 0.6)
                if n
                else colors.white
            )
            drawing.add(
                Rect(x + 0.5, y + 0.5, cell - 1, ROW - 1, fillColor=shade, strokeColor=RULE, strokeWidth=0.4)
            )
            if n:
                ink = colors.white if n / peak > 0.45 else INK
                drawing.add(
                    String(
                        x + cell / 2,
                        y + 3.5,
                        str(n),
                        fontName=font,
                        fontSize=6.5,
                        textAnchor="middle",
                        fillColor=ink,
                    )
                )
    return drawing


def timeline_chart(
    events: Sequence[Event], sources: Sequence[Source], width: float, font: str
) -> Drawing | None:
    """Return one lane per source with a dot per dated event, or ``None`` with under two dates.

    Parameters
    ----------
    events : sequence of Event
        Events; those without a parsed date are left out of the chart (not of the table).
    sources : sequence of Source
        Lanes, in order; sources without events get no lane.
    width : float
        The frame width.
    font : str
        The registered font name for labels.
    """
    dated = [e for e in events if e.when is not None]
    days = sorted({e.when for e in dated if e.when is not None})
    if len(days) < 2:
        return None
    dated_sources = {e.source.number for e in dated}
    lanes = [s for s in sources if s.number in dated_sources][:MAX_ROWS]
    first, last = days[0], days[-1]
    span = max((last - first).days, 1)
    plot = width - LABEL_WIDTH - 24  # room for half of the last centred date label
    height = ROW * (len(lanes) + 2)
    drawing = _drawing(width, height, font)

    def x_of(day: date) -> float:
        return LABEL_WIDTH + plot * (day - first).days / span

    for i, source in enumerate(lanes):
        y = height - (i + 1) * ROW
        drawing.add(
            String(
                0,
                y - 2.5,
                clip(f"{source.label}  {source.name}", 34),
                fontName=font,
                fontSize=7,
                fillColor=INK,
            )
        )
        drawing.add(Line(LABEL_WIDTH, y, LABEL_WIDTH + plot, y, strokeColor=RULE, strokeWidth=0.5))
        for event in dated:
            if event.source.number == source.number and event.when is not None:
                drawing.add(
                    Circle(
                        x_of(event.when),
                        y,
                        2.6,
                        fillColor=source_colour(source.number),
                        strokeColor=colors.white,
                        strokeWidth=0.5,
                    )
                )
    axis = ROW * 0.6
    drawing.add(Line(LABEL_WIDTH, axis + 6, LABEL_WIDTH + plot, axis + 6, strokeColor=MUTED, strokeWidth=0.6))
    for day, label in _ticks(first, last, plot):
        drawing.add(Line(x_of(day), axis + 4, x_of(day), axis + 8, strokeColor=MUTED, strokeWidth=0.6))
        drawing.add(
            String(
                x_of(day),
                axis - 4,
                label,
                fontName=font,
                fontSize=6.5,
                textAnchor="middle",
                fillColor=MUTED,
            )
        )
    return drawing


def busiest_window(events: Sequence[Event], days: int = 31) -> tuple[date, date] | None:
    """Return the ``days``-long window holding the most dated events, when zooming in helps.

    ``None`` when all dates already fit in such a window or no window holds most events
    (then a close-up would not show the story any better than the full chart).
    """
    dated = sorted(e.when for e in events if e.when is not None)
    if len(dated) < 3 or (dated[-1] - dated[0]).days <= days:
        return None
    best, start = 0, 0
    for end in range(len(dated)):
        while (dated[end] - dated[start]).days > days:
            start += 1
        if end - start + 1 > best:
            best, window = end - start + 1, (dated[start], dated[end])
    return window if best * 2 > len(dated) and best < len(dated) else None


def _drawing(width: float, height: float, font: str) -> Drawing:
    """Return an empty drawing whose initial font is ours (the default Helvetica is never embedded)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    return drawing


def _ticks(first: date, last: date, plot: float) -> list[tuple[date, str]]:
    """Return evenly spaced (date, label) ticks at least ~70 points apart.

    Labels are days when the span is short and months when it is long, so they never
    crowd; spacing is by time, not by event, so clustered events don't clump the ticks.
    """
    span = (last - first).days
    count = max(2, min(7, int(plot // 70) + 1, span + 1))
    monthly = span > 120
    out: list[tuple[date, str]] = []
    for i in range(count):
        day = date.fromordinal(first.toordinal() + round(i * span / (count - 1)))
        label = f"{day:%Y-%m}" if monthly else day.isoformat()
        if not out or out[-1][1] != label:
            out.append((day, label))
    return out
