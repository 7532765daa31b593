"""The timeline: dates in statements, resolved against their article's date.

"on Wednesday" in an article of Thursday 12 March 2026 is 11 March 2026; "last year" is
2025; "March 16" in "talks would take place on March 16" is 16 March 2026. A regular
expression finds the date expressions (so dateparser, which is slow on free text, only
ever sees short candidates), dateparser resolves them against the article date with
English settings and no network, and the statement's tense decides whether a bare
weekday or month points back or ahead. Each event keeps the ``[start, end)`` span of
its expression in the article text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache

import pandas as pd
from dateparser.date import DateDataParser

from analysis.model import Article
from analysis.tables import TIMELINE_COLUMNS

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
_LEAD = re.compile(r"^(?:on|in|since|until|by|from|of|during)\s+", re.IGNORECASE)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|next|plans?|planned|scheduled|expected|due|upcoming|to be held|is to|are to)\b",
    re.IGNORECASE,
)
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
    return bool(re.search(rf"\b{_YEAR}\b|\d{{4}}-\d{{2}}", core))


@lru_cache(maxsize=8192)
def resolve(expression: str, base: datetime | None, future: bool) -> tuple[str, str] | None:
    """Resolve one date expression against an article date.

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
    core = _LEAD.sub("", expression.strip())
    if base is None and not _absolute(core):
        return None
    low = core.lower()
    if base is not None and low in _WEEKDAYS and _WEEKDAYS.index(low) == base.weekday():
        return base.date().isoformat(), "day"  # "said on Thursday" in Thursday's paper: that day
    data = _parser(base, "future" if future else "past").get_date_data(core)
    if data.date_obj is None:
        return None
    precision = data.period if data.period in ("year", "month") else "day"
    return _iso(data.date_obj.date(), precision), precision


def _events(row: dict[str, object], article: Article | None) -> list[tuple[object, ...]]:
    text = str(row["text"])
    if not _EXPRESSION.search(text):
        return []
    base = _article_date(article) if article else None
    future = bool(_FUTURE.search(text))
    offset = int(row["start"])  # type: ignore[call-overload]
    out: list[tuple[object, ...]] = []
    for m in _EXPRESSION.finditer(text):
        found = resolve(m.group(), base, future)
        if found is None:
            continue
        iso, precision = found
        out.append(
            (
                row["id"],
                row["article_id"],
                row["source"],
                iso,
                m.group(),
                text,
                precision,
                offset + m.start(),
                offset + m.end(),
            )
        )
    return out


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
    by_id = {a.id: a for a in articles}
    rows: list[tuple[object, ...]] = []
    for row in statements.to_dict("records"):
        rows.extend(_events({str(k): v for k, v in row.items()}, by_id.get(str(row["article_id"]))))
    frame = pd.DataFrame(rows, columns=[*TIMELINE_COLUMNS, *EXTRA_COLUMNS])
    if frame.empty:
        return frame.astype({"start": "int64", "end": "int64"})
    return frame.sort_values(["date", "source", "article_id", "start"], ignore_index=True)
