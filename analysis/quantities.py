"""Quantities in statements: "six civilians", "at least 34", "about a million refugees".

A :class:`Quantity` is a number as a plausible range (so "at least 20" and "six" can be
told apart from "about 900,000" and "about a million"), with the thing counted and what
happened to it ("civilians" + "killed"). Dates, years, times and ordinals are not
quantities. Two quantities are comparable when they count the same thing (see
:func:`key`); :func:`disagreement` says how far apart two comparable ones are.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from analysis.claim_words import (
    CATEGORY_OF_EVENT,
    CATEGORY_OF_THING,
    MONTHS,
    PERSON_NOUNS,
    STOP,
    lemma,
    words_of,
)
from analysis.quantity_skips import is_age_or_brood, is_date_or_time
from analysis.quantity_tokens import Tok, tokens

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Vague plurals: "dozens", "hundreds of thousands"; each is a range of its scale.
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
}
VAGUE |= {"millions": (2e6, 9.99e6), "billions": (2e9, 9.99e9), "trillions": (2e12, 9.99e12)}
VAGUE |= {"tens": (20, 99)}
FEW: dict[str, tuple[float, float]] = {
    "a few": (2, 5),
    "several": (3, 9),
    "a handful": (3, 6),
    "a dozen": (12, 12),
    "dozen": (12, 12),
}

# Qualifier -> (low factor, high factor) around the stated number.
QUALIFIERS: dict[str, tuple[float, float]] = {
    "at least": (1.0, math.inf), "more than": (1.0, math.inf), "over": (1.0, math.inf),
    "upwards of": (1.0, math.inf), "no fewer than": (1.0, math.inf), "no less than": (1.0, math.inf),
    "in excess of": (1.0, math.inf), "exceeding": (1.0, math.inf),
    "at most": (0.0, 1.0), "up to": (0.0, 1.0), "fewer than": (0.0, 1.0), "less than": (0.0, 1.0),
    "no more than": (0.0, 1.0), "under": (0.0, 1.0), "as many as": (0.0, 1.0),
    "nearly": (0.85, 1.0), "almost": (0.85, 1.0), "close to": (0.85, 1.0), "just under": (0.9, 1.0),
    "just over": (1.0, 1.1), "about": (0.85, 1.15), "around": (0.85, 1.15), "roughly": (0.85, 1.15),
    "approximately": (0.85, 1.15), "some": (0.85, 1.15), "an estimated": (0.8, 1.2),
    "estimated": (0.8, 1.2), "nearly a": (0.85, 1.0), "an approximate": (0.85, 1.15),
}  # fmt: skip
_MAX_QUALIFIER_WORDS = 3
_DIGIT = re.compile(r"\d")
_OPENERS = frozenset([*UNITS, *SCALES, *VAGUE, *FEW, "a", "an", "several", "dozen"]) | {
    w + "-" + u for w in UNITS for u in UNITS if UNITS[w] >= 20 and UNITS[u] < 10
}
_NUMBER_WORDS = frozenset([*UNITS, *SCALES, *VAGUE, "dozen", "few", "several", "handful"])


def may_count(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``text`` has a digit or a number word (a cheap screen)."""
    if _DIGIT.search(text):
        return True
    words = words if words is not None else words_of(text)
    if words & _NUMBER_WORDS:
        return True
    # A hyphenated number ("twenty-one") needs a hyphen in the text: most have none.
    return "-" in text and any("-" in w and w.split("-")[0] in UNITS for w in words)


# A round figure with no qualifier ("a million refugees") is already an estimate.
ROUND_TOLERANCE = 0.1


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number in a statement, as the range it allows.

    ``value`` is the stated figure, ``low``/``high`` the range the wording allows
    (``high`` is ``inf`` for "at least"), ``thing`` the lemma of the thing counted
    (``""`` when unsaid), ``event`` the category of what happened to it ("deaths",
    "displaced", ...; ``""`` when none), ``unit`` ``"%"``, a currency sign or ``""``.
    ``start``/``end`` index the statement text.
    """

    value: float
    low: float
    high: float
    thing: str
    event: str
    unit: str
    start: int
    end: int
    text: str
    key: str
    """What is counted (see :func:`counted`); ``""`` when nothing nameable."""


def counted(thing: str, event: str, unit: str) -> str:
    """Return the comparison key of a quantity ("" when it counts nothing nameable).

    People are compared by what happened to them ("deaths": "six civilians were
    killed" and "twenty bodies"); other things by their lemma ("tank").
    """
    if unit == "%":
        return f"%{thing}" if thing else ""
    if unit:
        return unit
    if event:
        return event
    if thing in CATEGORY_OF_THING:
        return CATEGORY_OF_THING[thing]
    if thing in PERSON_NOUNS:
        return ""  # "six people" says nothing comparable without what happened to them
    return thing


def _digit_value(token: str) -> float | None:
    try:
        return float(token.replace(",", ""))
    except ValueError:
        return None


def _word_number(toks: list[Tok], i: int) -> tuple[float, int] | None:
    """Parse "thirty-four", "two hundred and fifty thousand", "a million" from ``i``."""
    total, current, j, seen = 0.0, 0.0, i, False
    if toks[i].low in ("a", "an"):
        current, j = 1.0, i + 1  # "a million": the article is the one
    while j < len(toks):
        word = toks[j].low
        parts = word.split("-")
        if all(p in UNITS for p in parts) and len(parts) <= 2:
            current += sum(UNITS[p] for p in parts)
        elif word in SCALES:
            current = max(current, 1.0) * SCALES[word]
            if SCALES[word] >= 1000:
                total, current = total + current, 0.0
        elif word == "and" and seen and j + 1 < len(toks) and toks[j + 1].low.split("-")[0] in UNITS:
            pass  # "two hundred and fifty"
        else:
            break
        seen = seen or word != "and"
        j += 1
    return (total + current, j) if seen else None


def _number_at(toks: list[Tok], i: int) -> tuple[float, float, float, int] | None:
    """Return ``(value, low, high, next index)`` of a number starting at token ``i``."""
    tok = toks[i]
    if tok.text[0].isdigit():
        value = _digit_value(tok.text)
        if value is None:
            return None
        j = i + 1
        if j < len(toks) and toks[j].low in SCALES:  # "1.5 million"
            value *= SCALES[toks[j].low]
            j += 1
        return value, value, value, j
    two = f"{tok.low} {toks[i + 1].low}" if i + 1 < len(toks) else ""
    if two in FEW:
        low, high = FEW[two]
        return (low + high) / 2, low, high, i + 2
    if tok.low in FEW:
        low, high = FEW[tok.low]
        return (low + high) / 2, low, high, i + 1
    if tok.low in VAGUE:
        return _vague(toks, i)
    parsed = _word_number(toks, i)
    if parsed is None:
        return None
    value, j = parsed
    return value, value, value, j


def _vague(toks: list[Tok], i: int) -> tuple[float, float, float, int]:
    """ "hundreds of thousands" -> [200,000, 999,999]; "dozens" -> [24, 99]."""
    low, high = VAGUE[toks[i].low]
    j = i + 1
    if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low in VAGUE:
        inner_low, inner_high = VAGUE[toks[j + 1].low]
        low, high, j = low * inner_low / 2, high * inner_high / 10, j + 2
    if j + 1 < len(toks) and toks[j].low == "of" and toks[j + 1].low not in STOP:
        j += 1  # "dozens of people": the thing follows "of"
    return math.sqrt(low * high), float(low), float(high), j


def _qualifier(toks: list[Tok], i: int) -> tuple[str, int]:
    """Return the qualifier ending just before token ``i`` and its first token index."""
    for n in range(_MAX_QUALIFIER_WORDS, 0, -1):
        if i - n < 0:
            continue
        phrase = " ".join(t.low for t in toks[i - n : i])
        if phrase in QUALIFIERS:
            return phrase, i - n
    return "", i


def _thing(toks: list[Tok], j: int) -> tuple[str, str, int]:
    """Return ``(thing lemma, event category, end index)`` of the words after a number."""
    words: list[Tok] = []
    k = j
    while k < len(toks) and len(words) < 3:
        low = toks[k].low
        skip = _model_name(toks, k)
        if skip:
            k += skip  # "seven AK-47 rifles" counts rifles
            continue
        if not low.replace("-", "").isalpha() or low in STOP or low in MONTHS:
            break
        base = lemma(low)
        if base in CATEGORY_OF_EVENT:  # "six killed", "34 patients died overnight"
            break
        if words and low.endswith("ed") and lemma(words[-1].low) != words[-1].low:
            break  # "nine jurors voted": a plural, then its verb, ends what is counted
        words.append(toks[k])
        k += 1
        if base in PERSON_NOUNS and (base != low or low == "people"):
            break  # "200 people set off": a plural of people ends what is counted ("civilian homes" goes on)
    event = CATEGORY_OF_EVENT.get(lemma(toks[k].low), "") if k < len(toks) else ""
    thing = lemma(words[-1].low) if words else ""
    end = words[-1].end if words else toks[j - 1].end
    if not event:
        event = _event_near(toks, k, 5)
    return thing, event, end


def _model_name(toks: list[Tok], k: int) -> int:
    """Return how many tokens a model name at ``k`` takes ("AK-47", "F-16", "AK 47"), else 0."""
    tok = toks[k]
    if not (tok.text.isalpha() and tok.text.isupper() and len(tok.text) <= 3):
        return 0
    if k + 2 < len(toks) and toks[k + 1].text == "-" and toks[k + 2].text.isdigit():
        return 3
    if k + 1 < len(toks) and toks[k + 1].text.isdigit():
        return 2
    return 0


def _event_near(toks: list[Tok], start: int, width: int, backwards: bool = False) -> str:
    """Find an event word ("killed", "displaced", "toll") within ``width`` tokens."""
    span = range(start - 1, max(start - width, 0) - 1, -1) if backwards else range(start, start + width)
    for k in span:
        if k < 0 or k >= len(toks):
            break
        low = toks[k].low
        if low in (".", ";", ",", "and", "but", "while", "whereas"):
            break
        category = CATEGORY_OF_EVENT.get(lemma(low))
        if category and not _a_sentence(toks, k):
            return category
    return ""


# "the death penalty", "on death row", "death threats": a punishment or a threat, nobody killed.
_DEATH_AS_A_THING = frozenset(["penalty", "sentence", "sentences", "row", "threat", "threats", "warrant"])


def _a_sentence(toks: list[Tok], k: int) -> bool:
    """Whether "death" at ``k`` names a punishment or a threat ("voted against the death
    penalty", "sentenced to death"), not people killed."""
    if toks[k].low != "death":
        return False
    nxt = toks[k + 1].low if k + 1 < len(toks) else ""
    before = [t.low for t in toks[max(0, k - 2) : k]]
    return nxt in _DEATH_AS_A_THING or (before[-1:] == ["to"] and before[0] in ("sentenced", "condemned"))


_SIGNS = ("$", "€", "£")
_CURRENCY_WORDS = ("dollars", "euros", "pounds")
CURRENCIES = frozenset(_SIGNS + _CURRENCY_WORDS)
"""The units of a sum of money."""


def _unit(toks: list[Tok], i: int, j: int) -> tuple[str, int]:
    """Return the unit ("%" or a currency) of the number in tokens ``i:j`` and the new end."""
    if i > 0 and toks[i - 1].text in _SIGNS:
        return toks[i - 1].text, j
    if j < len(toks) and toks[j].text == "%":
        return "%", j + 1
    if j + 1 < len(toks) and toks[j].low == "per" and toks[j + 1].low == "cent":
        return "%", j + 2
    if j < len(toks) and toks[j].low in ("percent", "pct"):
        return "%", j + 1
    if j < len(toks) and toks[j].low in _CURRENCY_WORDS:
        return toks[j].low, j + 1
    return "", j


def _starts_number(toks: list[Tok], i: int) -> bool:
    low = toks[i].low
    if low[0].isdigit():
        # "1st", "5km": glued letters make an ordinal or a measure; "AK-47" is a name
        glued_after = i + 1 < len(toks) and toks[i + 1].start == toks[i].end and toks[i + 1].low.isalpha()
        prev = toks[i - 1] if i > 0 else None
        glued_before = (
            prev is not None
            and prev.end == toks[i].start
            and (prev.text in ("-", "/") or prev.text.isalpha())
        )
        # "AK 47", "F 16": a model's letters, then its number
        model = prev is not None and prev.text.isalpha() and prev.text.isupper() and len(prev.text) <= 3
        return not (glued_after or glued_before or model)
    if low == "one" and (i + 1 >= len(toks) or toks[i + 1].low in STOP or not toks[i + 1].low.isalpha()):
        return False  # "one of them", "the one who": a pronoun
    if low == "one" and i > 0 and toks[i - 1].low in ("no", "any", "every", "some"):
        return False  # "no one else"
    if low in ("a", "an"):
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        return nxt in SCALES or nxt in ("few", "dozen", "handful")
    first = low.split("-")[0]
    return first in UNITS or low in SCALES or low in VAGUE or low in FEW


def quantities(text: str) -> list[Quantity]:
    """Find the quantities of a statement.

    Parameters
    ----------
    text : str
        One statement.

    Returns
    -------
    list of Quantity
        In text order; dates, years, clock times and ordinals are skipped.
    """
    if not may_count(text):
        return []  # most statements hold no number: skip tokenising them
    return list(_scan(tokens(text), text))


def _scan(toks: list[Tok], text: str) -> Iterator[Quantity]:
    # Only tokens that can open a number are examined (a set lookup, not a call, per token).
    candidates = [k for k, t in enumerate(toks) if t.low[0].isdigit() or t.low in _OPENERS]
    consumed = 0
    for i in candidates:
        if i < consumed or not _starts_number(toks, i):
            continue
        parsed = _number_at(toks, i)
        consumed = parsed[3] if parsed else i + 1
        if (
            parsed is None
            or is_date_or_time(toks, i, parsed[3], parsed[0])
            or is_age_or_brood(toks, i, parsed)
            or _dimension(toks, i, parsed[3])
        ):
            continue
        yield _build(toks, text, i, parsed)


_BY = frozenset(["by", "x", "×"])


def _dimension(toks: list[Tok], i: int, j: int) -> bool:
    """ "a four - by - four car", "a 10 by 12 room": a size or a kind, no count of either number."""
    after = [t.low for t in toks[j : j + 2]]
    if (after and after[0] in _BY and j + 1 < len(toks) and _numeric(toks[j + 1])) or after == ["-", "by"]:
        return True
    # The second number: "by" (or "- by -") right after another number ("killed by 3 gunmen" counts).
    if i >= 2 and toks[i - 1].low in _BY and _numeric(toks[i - 2]):
        return True
    return i >= 4 and [t.low for t in toks[i - 3 : i]] == ["-", "by", "-"] and _numeric(toks[i - 4])


def _numeric(tok: Tok) -> bool:
    return tok.low[:1].isdigit() or tok.low in UNITS


def _build(toks: list[Tok], text: str, i: int, parsed: tuple[float, float, float, int]) -> Quantity:
    value, low, high, j = parsed
    # "roughly $141 million": the qualifier stands before the currency sign.
    signed = i > 0 and toks[i - 1].text in ("$", "€", "£")
    qualifier, first = _qualifier(toks, i - 1 if signed else i)
    first = first if qualifier else i
    unit, j = _unit(toks, i, j)
    if qualifier:
        low_factor, high_factor = QUALIFIERS[qualifier]
        low, high = min(low, value * low_factor), max(high, value * high_factor)
    elif low == high and _is_round(value):
        low, high = value * (1 - ROUND_TOLERANCE), value * (1 + ROUND_TOLERANCE)
    thing, event, end = _thing(toks, j) if not unit or unit == "%" else ("", "", toks[j - 1].end)
    if unit == "%" and thing == "" and j + 2 < len(toks) and toks[j].low == "of":
        thing = lemma(toks[j + 2].low) if toks[j + 1].low in ("the", "them", "those") else ""
    if not event:
        event = _event_near(toks, first, 4, backwards=True)  # "killed at least 12", "toll rose to 34"
    start = toks[first].start
    return Quantity(
        value, low, high, thing, event, unit, start, end, text[start:end], counted(thing, event, unit)
    )


def _is_round(value: float) -> bool:
    """Whether a bare figure reads as an estimate: "a million", "900,000" (not "34")."""
    if value < 1000:
        return False
    magnitude = 10 ** math.floor(math.log10(value))
    return value % magnitude == 0 or (value % (magnitude / 10) == 0 and value >= 100_000)
