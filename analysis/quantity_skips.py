"""Numbers that count nothing: dates, years, clock times, ages and a parent's children.

"June 5", "in 2013", "6 p.m.", "Andrew Lopez, 20, was charged" and "a mother of 12"
hold numbers the quantity reader (:mod:`analysis.quantities`) must not take for counts.
"""

from __future__ import annotations

from analysis.claim_words import MONTHS, STOP, WEEKDAYS
from analysis.quantity_tokens import Tok


def _month(toks: list[Tok], k: int) -> bool:
    """Whether token ``k`` names a month ("May", not "may")."""
    return 0 <= k < len(toks) and (toks[k].low in MONTHS or toks[k].text == "May")


def _day_after(toks: list[Tok], k: int) -> bool:
    """Whether a day of a month stands at ``k`` (after an abbreviation's full stop)."""
    if k < len(toks) and toks[k].low == ".":
        k += 1
    return k < len(toks) and toks[k].low.isdecimal() and 1 <= int(toks[k].low) <= 31


def is_date_or_time(toks: list[Tok], i: int, j: int, value: float) -> bool:
    """Years, days of a month and clock times are not counts."""
    before = toks[i - 1].low if i > 0 else ""
    after = toks[j].low if j < len(toks) else ""
    # A day is written in digits: "June 5", "5 June"; "in June two people died" counts.
    digits = toks[i].low[0].isdigit()
    month_before = _month(toks, i - 1) or (before == "." and _month(toks, i - 2))  # "Sept. 11"
    # "the 19 Sept. 11 hijackers": a month followed by its day is not the 19's month.
    month_after = _month(toks, j) and not _day_after(toks, j + 1)
    if (digits and (month_before or month_after)) or before == ":" or after == ":":
        return True
    if after in ("am", "pm", "a.m", "p.m", "gmt", "utc", "hours"):
        return True
    if after in ("a", "p") and [t.low for t in toks[j + 1 : j + 3]] == [".", "m"]:
        return True  # "6 p.m." arrives as "6", "p", ".", "m"
    is_year = value.is_integer() and 1800 <= value <= 2100 and "," not in toks[i].text
    if is_year:
        # "2000 soldiers" counts; "2010 season", "2011 release date" and "in 2013" are years.
        counts = after.isalpha() and after not in STOP and after.endswith("s") and not after.endswith("ss")
        return not counts or before in ("in", "since", "by", "from", "until", "of", "year")
    return False


_KIN = frozenset(["mother", "mom", "mum", "father", "dad", "parent", "grandmother", "grandfather"])
_AFTER_AGE = frozenset([",", "and", ")", "was", "is", "has", "had", "who", "of"])
_NOT_NAMES = frozenset(["in", "on", "at", "since", "by", "from", "near", "outside", "after", "before"])


def is_age_or_brood(toks: list[Tok], i: int, parsed: tuple[float, float, float, int]) -> bool:
    """An age after a full name ("Andrew Lopez, 20, was charged") or the children of a
    parent ("a mother of 12"): figures that count nobody the event touched."""
    value, j = parsed[0], parsed[3]
    if i >= 2 and toks[i - 1].low == "of" and toks[i - 2].low in _KIN:
        return True
    if not (i >= 3 and toks[i - 1].low == "," and value.is_integer() and 0 < value < 110):
        return False
    first, last = toks[i - 3], toks[i - 2]
    full_name = (
        first.text[:1].isupper()
        and last.text[:1].isupper()
        and last.text.isalpha()
        and first.low not in _NOT_NAMES
    )
    after = toks[j].low if j < len(toks) else ""
    return full_name and last.low not in MONTHS and last.low not in WEEKDAYS and after in _AFTER_AGE
