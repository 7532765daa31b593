"""Dates as documents write them, turned into ISO 8601.

Common shapes (ISO, e-mail, PDF ``D:`` dates, "March 12, 2026", "12.03.2026") are parsed
here directly because they are fast and unambiguous; anything else goes to dateparser,
imported only when needed (it is slow to import).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache

_FORMATS = (
    "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b. %d, %Y", "%A, %B %d, %Y",
    "%A %d %B %Y", "%Y/%m/%d", "%d.%m.%Y", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S",
)  # fmt: skip
_PDF_DATE = re.compile(r"^D?:?(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?([Zz+\-])?(\d\d)?'?(\d\d)?'?$")
_DATEISH = re.compile(
    r"^(\w+,?\s+)?(\d{1,2}[./ ]\s?\w+\.?[./ ,]+\d{2,4}|\w+\.? \d{1,2},? \d{4}|"
    r"\d{4}-\d\d-\d\d([T ][\d:]+([+-]\d\d:?\d\d|Z)?)?)"
    r"(,?\s*\d{1,2}[:.]\d\d(\s*[ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\d{4}")


def _pdf_date(text: str) -> datetime | None:
    found = _PDF_DATE.match(text.strip())
    if not found:
        return None
    year, month, day, hour, minute, second, sign, tz_h, tz_m = found.groups()
    try:
        value = datetime(
            int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
    if sign in ("+", "-"):
        offset = timedelta(hours=int(tz_h or 0), minutes=int(tz_m or 0))
        value = value.replace(tzinfo=timezone(offset if sign == "+" else -offset))
    elif sign:
        value = value.replace(tzinfo=UTC)
    return value


# The month-name shapes of _FORMATS, read without strptime (which costs tens of
# microseconds a call): exactly the strings those formats accept in the C locale, ASCII
# digits only; anything else, and impossible days, go on to strptime as before.
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
MONTH_NUMBERS = {name: number for number, name in enumerate(MONTH_NAMES, 1)} | {
    name[:3]: number for number, name in enumerate(MONTH_NAMES, 1)
}
_FULL = "|".join(MONTH_NAMES)
_ABBR = "|".join(name[:3] for name in MONTH_NAMES)
_WEEKDAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_NAMED = re.compile(
    rf"(?:(?P<m1>{_FULL}) (?P<d1>[0-9]{{1,2}}),? |(?P<m2>{_ABBR})\.? (?P<d2>[0-9]{{1,2}}), |"
    rf"(?P<d3>[0-9]{{1,2}}) (?P<m3>{_FULL}|{_ABBR}) |(?:{_WEEKDAY}), (?P<m4>{_FULL}) (?P<d4>[0-9]{{1,2}}), |"
    rf"(?:{_WEEKDAY}) (?P<d5>[0-9]{{1,2}}) (?P<m5>{_FULL}) )(?P<y>[0-9]{{4}})",
    re.IGNORECASE,
)


def _named(text: str) -> datetime | None:
    found = _NAMED.fullmatch(text)
    if found is None:
        return None
    parts = found.groupdict()
    month = next(parts[f"m{n}"] for n in range(1, 6) if parts[f"m{n}"])
    day = next(parts[f"d{n}"] for n in range(1, 6) if parts[f"d{n}"])
    try:
        return datetime(int(parts["y"]), MONTH_NUMBERS[month.lower()], int(day))
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def _parse(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    named = _named(text)
    if named is not None:
        return named
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    return _pdf_date(text) if text[:2] in ("D:",) or text[:1].isdigit() else None


def _format(value: datetime) -> str:
    if (value.hour, value.minute, value.second) == (0, 0, 0) and value.tzinfo is None:
        return value.date().isoformat()
    return value.replace(microsecond=0).isoformat()


def iso_date(text: str, *, guess: bool = True) -> str:
    """Return ``text`` as an ISO 8601 date (or date-time), or ``""`` when it is no date.

    Parameters
    ----------
    text : str
        A date as written in metadata or a dateline.
    guess : bool
        Whether to ask dateparser about shapes not recognised directly.
    """
    text = " ".join(text.split())
    if not text or len(text) > 80:
        return ""
    value = _parse(text)
    # Only texts naming a year go to dateparser: "yesterday" would depend on today.
    if value is None and guess and _YEAR.search(text):
        value = _dateparser(text)
    if value is None or not 1800 <= value.year <= 2200:
        return ""
    return _format(value)


def _dateparser(text: str) -> datetime | None:
    try:
        import dateparser

        result: datetime | None = dateparser.parse(text, settings={"STRICT_PARSING": True})
    except Exception:  # dateparser raises assorted errors on odd input; a missing date is fine
        return None
    return result


def looks_like_date(text: str) -> bool:
    """Return whether a short line is only a date (as wire copy puts under the title)."""
    text = text.strip().rstrip(".")
    return (
        len(text) <= 60 and bool(_DATEISH.match(text)) and bool(iso_date(text, guess=False) or _month(text))
    )


_MONTHS = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|"
    r"\b(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*|"
    r"\b(ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)\b",
    re.IGNORECASE,
)


def _month(text: str) -> bool:
    return bool(_MONTHS.search(text)) and bool(_YEAR.search(text))
