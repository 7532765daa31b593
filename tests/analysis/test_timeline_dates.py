"""Dates read without dateparser (literal and relative) agree with dateparser's reading."""

from __future__ import annotations

import random
import re
from datetime import datetime, timedelta

import pytest

from analysis.timeline import _EXPRESSION, _LEAD, _REFERENCE, _parser
from analysis.timeline_dates import literal, relative

SPELLINGS = {
    1: ["january", "jan", "jan."],
    2: ["february", "feb."],
    3: ["march", "mar."],
    4: ["april", "apr"],
    5: ["may"],
    6: ["june", "jun."],
    7: ["july", "jul"],
    8: ["august", "aug."],
    9: ["september", "sept.", "sep", "sept"],
    10: ["october", "oct."],
    11: ["november", "nov"],
    12: ["december", "dec."],
}
SHAPES = ["{m} {d}", "{m} {d}{th}", "{m} {d}, {y}", "{m} {d} {y}", "{d} {m}", "{d}{th} of {m} {y}", "{m} {y}"]


def _suffix(day: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")


def _expressions(count: int) -> list[str]:
    """The expressions the timeline finds in a seeded sample of written dates of every shape."""
    rng = random.Random(4)
    out = ["in 1978", "of 2026", "in 1888", "2026-03-11", "since feb.", "in december", "february 29"]
    out += ["february 30", "june 31", "31 april 2019", "march 0", "february 29, 2023", "2026-02-30"]
    for _ in range(count):
        month, day, year = (
            rng.randint(1, 12),
            rng.choice([1, 2, 3, 9, 11, 21, 22, 28, 30, 31]),
            rng.randint(1890, 2030),
        )
        shape = rng.choice(SHAPES)
        text = shape.format(m=rng.choice(SPELLINGS[month]), d=day, th=_suffix(day), y=year)
        out.append(rng.choice(["", "on ", "since "]) + text)
    found = [m.group() for text in out for m in _EXPRESSION.finditer(f"It was {text}.")]
    return sorted(set(found), key=found.index)


def _dateparser(
    core: str, reference: datetime = _REFERENCE, future: bool = False
) -> tuple[datetime, str] | None:
    data = _parser(reference, "future" if future else "past").get_date_data(core)
    if data.date_obj is None:
        return None
    return data.date_obj, data.period if data.period in ("year", "month") else "day"


@pytest.mark.parametrize("expression", _expressions(120))
def test_literal_dates_agree_with_dateparser(expression: str) -> None:
    core = _LEAD.sub("", expression).lower()
    ours, theirs = literal(core), _dateparser(core)
    if ours is None:
        return  # left to dateparser
    assert theirs is not None, core
    if re.search(r"\d{4}", core):  # a year written
        assert ours == theirs
    else:  # no year written: the timeline reads only the month, day and precision
        assert (ours[0].month, ours[0].day, ours[1]) == (theirs[0].month, theirs[0].day, theirs[1])  # type: ignore[attr-defined]


def test_literal_reads_the_common_shapes() -> None:
    assert literal("sept. 11, 2001") == (literal("2001-09-11")[0], "day")  # type: ignore[index]
    assert literal("21st of march")[0].timetuple()[1:3] == (3, 21)  # type: ignore[index]
    assert literal("may 2012")[1] == "month"  # type: ignore[index]
    assert literal("1978")[1] == "year"  # type: ignore[index]
    assert literal("february 29")[0].day == 29  # type: ignore[index]


@pytest.mark.parametrize(
    "core", ["thursday", "last year", "two weeks ago", "yesterday", "february 30", "next march"]
)
def test_other_expressions_are_left_to_dateparser(core: str) -> None:
    assert literal(core) is None


WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
UNITS = ["week", "month", "year", "weekend", "night", "morning", "spring", "summer", "autumn", "winter"]
RELATIVE = [
    *WEEKDAY_NAMES,
    *(f"{lead} {day}" for lead in ("on", "since", "last", "next", "this") for day in WEEKDAY_NAMES),
    *("yesterday", "today", "tomorrow", "tonight"),
    *(f"{lead} {unit}" for lead in ("last", "next", "this") for unit in UNITS),
    *(
        f"{n} {unit} ago"
        for n in ("a", "an", "two", "0", "15")
        for unit in ("day", "weeks", "month", "years")
    ),
    *(
        f"{lead} {month}"
        for lead in ("last", "next", "early", "late", "mid-", "mid", "since")
        for month in ("march", "sept.")
    ),
    *("early december 2012", "last december 2001", "next january 2003", "mid-may 2010"),
]


@pytest.mark.parametrize("text", RELATIVE)
def test_relative_dates_agree_with_dateparser_on_every_weekday_and_tense(text: str) -> None:
    found = [m.group() for m in _EXPRESSION.finditer(f"It happened {text}.")]
    assert found, text  # a shape the timeline finds
    core = _LEAD.sub("", found[0]).lower()
    # Weekdays depend on the reference's weekday; other expressions are checked on two.
    for days in range(7) if any(day in core for day in WEEKDAY_NAMES) else (0, 3):
        reference = _REFERENCE + timedelta(days=days)
        for future in (False, True):
            read, when = relative(core, reference, future)
            if literal(core) is None:  # every shape is read here, so dateparser never loads
                assert read, core
            if read:
                assert when == _dateparser(core, reference, future), (core, days, future)
