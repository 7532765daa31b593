"""Calendar dates written out in full, read without dateparser.

Most date expressions a corpus holds are literal: "March 21", "21st of March",
"Sept. 11, 2001", "May 2012", "1978", "2026-03-11". They need no reference date and no
language detection, yet dateparser spends about 1.6 ms on each (with a first call of a
tenth of a second to load its tables); across 1,000 articles that was most of the
timeline. :func:`literal` reads them directly, exactly as dateparser does with the
timeline's settings (``tests/analysis/test_timeline_dates.py`` checks the two agree);
anything else (weekdays, "last year", "two weeks ago", impossible days) is left to
dateparser.
"""

from __future__ import annotations

import re
from datetime import datetime

_FULL_MONTHS = "january february march april may june july august september october november december"
# Full names and their three-letter abbreviations, plus "sept".
_MONTHS = {n: i for i, full in enumerate(_FULL_MONTHS.split(), 1) for n in (full, full[:3])} | {"sept": 9}
_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# The shapes of the timeline's expression (analysis.timeline), lower-cased, lead word gone.
_SHAPES = [
    re.compile(rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"),
    re.compile(rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
    re.compile(rf"{_MONTH}(?:\s+{_YEAR})?"),
    re.compile(_YEAR),
]
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# The year a date without one is placed in. Callers only read its month and day, and a
# leap year keeps 29 February.
_ANY_YEAR = 2000


def literal(core: str) -> tuple[datetime, str] | None:
    """Return the date and precision of a literal date expression, or ``None`` for others.

    Parameters
    ----------
    core : str
        A lower-cased expression without its lead word ("march 21", "sept. 11, 2001").

    Returns
    -------
    (datetime, str) or None
        The date (the first of the month or year below day precision; year 2000 when the
        expression names none) and its precision (``day``, ``month`` or ``year``).
        ``None`` when the expression is not a literal date or names an impossible day:
        dateparser then reads it.
    """
    iso = _ISO.fullmatch(core)
    if iso:
        return _made(int(iso[1]), int(iso[2]), int(iso[3]), "day")
    for shape in _SHAPES:
        found = shape.fullmatch(core)
        if found is None:
            continue
        parts = found.groupdict()
        month = _MONTHS.get(parts.get("month") or "", 0) if "month" in parts else 1
        if not month:
            return None
        year = int(parts["year"]) if parts.get("year") else _ANY_YEAR
        if parts.get("day"):
            return _made(year, month, int(parts["day"]), "day")
        return _made(year, month, 1, "month" if "month" in parts else "year")
    return None


def _made(year: int, month: int, day: int, precision: str) -> tuple[datetime, str] | None:
    try:
        return datetime(year, month, day), precision
    except ValueError:  # "February 30": dateparser decides
        return None
