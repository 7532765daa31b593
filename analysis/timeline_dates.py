"""Date expressions read without dateparser, exactly as dateparser reads them.

Every shape the timeline's expression finds is read here: literal dates ("March 21",
"21st of March", "Sept. 11, 2001", "May 2012", "1978", "2026-03-11") by
:func:`literal`, and the relative ones ("on Wednesday", "next Friday", "yesterday",
"last year", "two weeks ago") by :func:`relative`, against the reference date the
timeline passes. dateparser spent about 1.5 ms on each and a third of a second on its
first call (loading its tables); across 1,000 articles that was most of the timeline.
``tests/analysis/test_timeline_dates.py`` checks every shape against dateparser with
the timeline's settings; the rare expression not read here (an impossible day such
as "June 31") is still left to dateparser.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta

from analysis.ingest.dates import MONTH_NUMBERS

# Full names and their three-letter abbreviations (the loader's table), plus "sept".
_MONTHS = MONTH_NUMBERS | {"sept": 9}
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


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_COUNTS |= {"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_AGO = re.compile(r"(\w+)\s+(day|week|month|year)s?\s+ago")
_NEAR = re.compile(r"(last|next|this)\s+(\w+)")
_DAYS = {"yesterday": (-1, 0), "today": (0, 0), "tomorrow": (1, 0), "tonight": (0, 20)}
_DAYS |= {"last night": (-1, 20), "this night": (0, 20), "this morning": (0, 9)}
# dateparser moves "last"/"next"/"this" week, month and year by whole units; it reads no
# season, weekend or "next night", and no month with "last", "next", "early", "late" or "mid".
_STEP = {"last": -1, "this": 0, "next": 1}


def relative(core: str, reference: datetime, future: bool) -> tuple[bool, tuple[datetime, str] | None]:
    """Read a relative date expression against ``reference``, as dateparser does.

    Parameters
    ----------
    core : str
        A lower-cased expression without its lead word ("wednesday", "last year").
    reference : datetime
        The date it is relative to (midnight).
    future : bool
        Whether a bare weekday points ahead (else back).

    Returns
    -------
    (bool, (datetime, str) or None)
        Whether the expression was read here, and if so its date and precision
        (``day``, ``month`` or ``year``), or ``None`` when dateparser finds no date in it.
    """
    if core in _DAYS:
        days, hours = _DAYS[core]
        return True, (reference + timedelta(days=days, hours=hours), "day")
    if core in _WEEKDAYS:
        return True, (_weekday(reference, _WEEKDAYS.index(core), "next" if future else "last"), "day")
    found = _AGO.fullmatch(core)
    if found:
        count = int(found[1]) if found[1].isdigit() else _COUNTS.get(found[1])
        return (True, _moved(reference, -count, found[2])) if count is not None else (False, None)
    found = _NEAR.fullmatch(core)
    if found is None:
        return _unreadable(core)
    step, unit = _STEP[found[1]], found[2]
    if unit in _WEEKDAYS:
        return True, (_weekday(reference, _WEEKDAYS.index(unit), found[1]), "day")
    if unit in ("week", "month", "year"):
        return True, _moved(reference, step, unit)
    return True, None  # "last summer", "this weekend", "next morning", "last March"


def _unreadable(core: str) -> tuple[bool, None]:
    """A month with "early", "late", "mid", "last" or "next" ("mid-March 2003") is no date to dateparser."""
    words = core.replace("-", " ").split()
    return (True, None) if words and words[0] in ("early", "late", "mid", "last", "next") else (False, None)


def _weekday(reference: datetime, weekday: int, which: str) -> datetime:
    """The weekday before (``last``), after (``next``) or in the week from (``this``) the reference."""
    ahead = (weekday - reference.weekday()) % 7
    if which == "last":
        return reference - timedelta(days=(7 - ahead) if ahead else 7)
    return reference + timedelta(days=ahead if ahead or which == "this" else 7)


def _moved(reference: datetime, count: int, unit: str) -> tuple[datetime, str]:
    if unit in ("day", "week"):
        return reference + timedelta(days=count * (7 if unit == "week" else 1)), "day"
    if unit == "month":
        return reference + relativedelta(months=count), "month"
    return reference + relativedelta(years=count), "year"
