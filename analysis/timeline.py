"""The timeline: dates in statements, resolved against their article's date.

"on Wednesday" in an article of Thursday 12 March 2026 is 11 March 2026; "last year" is
2025; "March 16" in "talks would take place on March 16" is 16 March 2026. A regular
expression finds the date expressions (so dateparser, which is slow on free text, only
ever sees short candidates); they are read against the article date as dateparser
reads them with English settings (:mod:`analysis.timeline_dates`, dateparser itself only
for the odd one out), and the statement's tense decides whether a bare
weekday or month points back or ahead. Each event keeps the ``[start, end)`` span of
its expression in the article text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

import pandas as pd
from dateparser.date import DateDataParser

from analysis.claim_words import MONTHS, WEEKDAYS, words_of
from analysis.model import Article
from analysis.tables import TIMELINE_COLUMNS
from analysis.timeline_dates import literal, relative

EXTRA_COLUMNS = ["precision", "start", "end"]
"""Beyond ``TIMELINE_COLUMNS``: ``day``/``month``/``year`` and the expression's article span."""

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_EXPRESSION = re.compile(
    rf"""\b(?:
        \d{{4}}-\d{{2}}-\d{{2}}
      | {_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?
      | \d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?
      | (?:(?:on|last|next|this|until|since)\s+){_WEEKDAY}
      | {_WEEKDAY}
      | (?:(?:in|since|until|by|from|last|next|early|late|mid-?)\s+){_MONTH}(?:\s+{_YEAR})?
      | {_MONTH}\s+{_YEAR}
      | (?:in|since|until|by|from|of|during)\s+{_YEAR}
      | (?:yesterday|today|tomorrow|tonight)
      | (?:last|next|this)\s+(?:week|month|year|weekend|night|morning|spring|summer|autumn|winter)
      | {_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+ago
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# The same expression over lower-cased text, case-sensitive: about three times faster,
# since the engine can reject a position on its first letter instead of trying each
# alternative case-blind. Every alternative opens on a digit or a letter (the lookahead).
_EXPRESSION_LOWER = re.compile(r"(?=[0-9a-z])" + _EXPRESSION.pattern.lower(), re.VERBOSE)
# Characters that lower-case to themselves and are neither letters, digits nor case
# variants of one: text of ASCII plus these reads the same both ways.
_PLAIN_PUNCTUATION = dict.fromkeys(map(ord, "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u00a0"))
_ABSOLUTE = re.compile(rf"\b{_YEAR}\b|\d{{4}}-\d{{2}}")
_LEAD = re.compile(r"^(?:on|in|since|until|by|from|of|during)\s+", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|next|plans?|planned|scheduled|expected|due|upcoming|to be held|is to|are to)\b",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(rf"\b{_MONTH}", re.IGNORECASE)
_WEEKDAY_NAME = re.compile(rf"\b{_WEEKDAY}", re.IGNORECASE)
# Words one of which every relative or month expression holds (a cheap screen).
_DATE_WORDS = (
    MONTHS | {"may", "mar", "sept"} | WEEKDAYS | {"yesterday", "today", "tomorrow", "tonight", "ago"}
)
_DATE_WORDS |= {
    "week",
    "month",
    "year",
    "weekend",
    "night",
    "morning",
    "spring",
    "summer",
    "autumn",
    "winter",
}
_FOUR_DIGITS = re.compile(r"\d{4}")
_REFERENCE = datetime(2001, 1, 1)  # a Monday; Monday + k days has the weekday k
_NEAR_DAYS = 45
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_SETTINGS_BASE = {"RETURN_TIME_AS_PERIOD": True, "STRICT_PARSING": False}


def _article_date(article: Article) -> datetime | None:
    """Return the article's publication date at midnight (``None`` when unknown)."""
    if not article.date:
        return None
    try:
        parsed = datetime.fromisoformat(article.date.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return datetime(parsed.year, parsed.month, parsed.day)


@lru_cache(maxsize=64)
def _parser(base: datetime | None, prefer: str) -> DateDataParser:
    settings: dict[str, object] = {**_SETTINGS_BASE, "PREFER_DATES_FROM": prefer}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    return DateDataParser(languages=["en"], settings=settings)


def _iso(value: date, precision: str) -> str:
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _absolute(core: str) -> bool:
    """Whether an expression names its year (so it needs no article date)."""
    return bool(_ABSOLUTE.search(core))


@lru_cache(maxsize=8192)
def _parse(core: str, base: datetime | None, future: bool) -> tuple[datetime, str] | None:
    """Read an expression directly (:mod:`analysis.timeline_dates`), else ask dateparser; cached."""
    written = literal(core)
    if written is not None:
        return written
    if base is not None:
        read, when = relative(core, base, future)
        if read:
            return when
    data = _parser(base, "future" if future else "past").get_date_data(core)
    if data.date_obj is None:
        return None
    return data.date_obj, data.period if data.period in ("year", "month") else "day"


@lru_cache(maxsize=16384)  # one article's expressions repeat across its statements
def resolve(expression: str, base: datetime | None, future: bool) -> tuple[str, str] | None:
    """Resolve one date expression against an article date.

    dateparser reads the expression against a reference date of the same weekday as the
    article's (so a thousand articles of a thousand dates cost a handful of parses, not a
    thousand); the offset it finds is then applied to the article's own date.

    Parameters
    ----------
    expression : str
        As written ("on Wednesday", "last year", "March 16").
    base : datetime or None
        The article's date; relative expressions need it.
    future : bool
        Whether the statement speaks of what is to come (a bare weekday points ahead).

    Returns
    -------
    (str, str) or None
        The ISO date at the expression's precision ("2026-03-11", "2025-12", "2025")
        and the precision (``day``, ``month`` or ``year``); ``None`` when unresolvable.
    """
    core = _LEAD.sub("", expression.strip()).lower()
    if _absolute(core):
        parsed = _parse(core, _REFERENCE, False)
        return (_iso(parsed[0].date(), parsed[1]), parsed[1]) if parsed else None
    if base is None:
        return None
    if core in _WEEKDAYS and _WEEKDAYS.index(core) == base.weekday():
        return base.date().isoformat(), "day"  # "said on Thursday" in Thursday's paper: that day
    # Only a weekday depends on the article's weekday and on the tense; every other
    # expression is read once against one reference date.
    weekday = _WEEKDAY_NAME.search(core) is not None
    reference = _REFERENCE + timedelta(days=base.weekday()) if weekday else _REFERENCE
    parsed = _parse(core, reference, future and weekday)
    if parsed is None:
        return None
    when, precision = parsed
    if _MONTH_NAME.search(core):
        return _iso(_year_for(when, precision, base, future), precision), precision
    if precision == "day":
        return _iso((base + (when - reference)).date(), "day"), "day"
    months = (when.year - reference.year) * 12 + when.month - reference.month
    total = base.year * 12 + base.month - 1 + months
    return _iso(date(total // 12, total % 12 + 1, 1), precision), precision


def _year_for(when: datetime, precision: str, base: datetime, future: bool) -> date:
    """Place a month (and day) with no year in the year the tense points to.

    Future statements look ahead of the article date, others back; but a date within
    45 days of the article is taken as is ("began on March 10" in a March 12 article
    that also says what "would" happen next).
    """
    day = when.day if precision == "day" else 1
    candidates = [_safe_date(year, when.month, day) for year in (base.year - 1, base.year, base.year + 1)]
    today = base.date()
    side = [c for c in candidates if (c >= today if future else c <= today)]
    preferred = min(side, key=lambda c: abs((c - today).days)) if side else candidates[1]
    nearest = min(candidates, key=lambda c: abs((c - today).days))
    if abs((nearest - today).days) <= _NEAR_DAYS < abs((preferred - today).days):
        return nearest
    return preferred


def _safe_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:  # 29 February outside a leap year
        return date(year, month, 28)


def _events(text: str, base: datetime | None) -> list[tuple[str, str, str, int, int]]:
    """Return ``(date, expression, precision, start, end)`` of each resolved expression."""
    if not (words_of(text) & _DATE_WORDS or _FOUR_DIGITS.search(text)):
        return []  # the word screen is cheap; the full expression is not
    spans = _expression_spans(text)
    future = bool(spans) and _FUTURE.search(text) is not None  # the tense matters only then
    out = []
    for start, end in spans:
        found = resolve(text[start:end], base, future)
        if found is not None:
            out.append((found[0], text[start:end], found[1], start, end))
    return out


def _expression_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` spans of the date expressions of ``text``.

    ASCII text (typographic quotes and dashes aside) is matched lower-cased by the
    case-sensitive twin of :data:`_EXPRESSION`; other text, where case-blind matching
    has Unicode subtleties (the long s, the dotless i), by the expression itself.
    """
    if text.translate(_PLAIN_PUNCTUATION).isascii():
        return [m.span() for m in _EXPRESSION_LOWER.finditer(text.lower())]
    return [m.span() for m in _EXPRESSION.finditer(text)]


def build_timeline(statements: pd.DataFrame, articles: Sequence[Article]) -> pd.DataFrame:
    """Return the dated events of every statement, per source.

    Parameters
    ----------
    statements : DataFrame
        The statement table (``tables.STATEMENT_COLUMNS``).
    articles : sequence of Article
        Their articles; each article's ``date`` anchors relative expressions.

    Returns
    -------
    DataFrame
        ``TIMELINE_COLUMNS`` plus :data:`EXTRA_COLUMNS`, one row per resolved date
        expression, ordered by date, then source and position.
    """
    bases = {a.id: _article_date(a) for a in articles}
    columns = [statements[c].tolist() for c in ("id", "article_id", "source", "text", "start")]
    rows: list[tuple[object, ...]] = []
    for statement_id, article_id, source, text, offset in zip(*columns, strict=True):
        for iso, expression, precision, start, end in _events(str(text), bases.get(str(article_id))):
            rows.append(
                (
                    statement_id,
                    article_id,
                    source,
                    iso,
                    expression,
                    text,
                    precision,
                    offset + start,
                    offset + end,
                )
            )
    frame = pd.DataFrame(rows, columns=[*TIMELINE_COLUMNS, *EXTRA_COLUMNS])
    if frame.empty:
        return frame.astype({"start": "int64", "end": "int64"})
    return frame.sort_values(["date", "source", "article_id", "start"], ignore_index=True)
