"""Arithmetic on ``[start, end)`` character spans shared by the analysis steps."""

from __future__ import annotations

from collections.abc import Iterable

from analysis.model import Span


def uncovered(start: int, end: int, holes: Iterable[Span]) -> list[Span]:
    """Return the parts of ``[start, end)`` that no hole covers, in text order.

    Parameters
    ----------
    start, end : int
        The span to cut.
    holes : iterable of Span
        Spans to cut out, sorted by start; they may overlap each other and reach past
        either end of the span (the part outside it is ignored).

    Returns
    -------
    list of Span
        The non-empty gaps between the holes, inside ``[start, end)``.
    """
    out: list[Span] = []
    cursor = start
    for h_start, h_end in holes:
        if h_end <= cursor or h_start >= end:
            continue  # before what is left, or past the end: cuts nothing
        if h_start > cursor:
            out.append((cursor, h_start))
        cursor = max(cursor, h_end)
    if cursor < end:
        out.append((cursor, end))
    return out
