"""What stands around a figure or a name in a statement, for the competing-claim detectors.

Two figures compete only when they count one act ("picked up six seats" against "lost
60 seats" counts two); a rank ("the No. 2 position") is no count; and words a statement
only writes capitalised are names, which two statements may share without saying the
same thing. Pure functions of the statement text, used by :mod:`analysis.conflicts`.
"""

from __future__ import annotations

import re

from analysis.claim_words import (
    CATEGORY_OF_EVENT,
    MONTHS,
    STOP,
    WEEKDAYS,
    content_lemmas,
    lemma,
    word_list,
    words_of,
)
from analysis.quantities import CURRENCIES, Quantity

# Measures, clock units and scorekeeping: different figures for these are rarely
# competing claims ("41-yard touchdown" and "7-yard touchdown" are two plays).
MEASURES = frozenset(
    [
        "yard", "ago", "magnitude", "days", "north", "south", "east", "west", "away", "point", "mile",
        "kilometre", "kilometer", "metre", "meter", "foot", "feet", "inch", "acre", "degree", "hour",
        "minute", "second", "day", "week", "month", "year", "time", "game", "run", "goal", "lap", "season",
        "percent", "touchdown", "passe", "pass", "rebound", "assist", "homer", "inning", "strikeout",
        "tackle", "sack", "interception", "reception", "carry", "rush", "shot", "save", "win", "loss",
        "block",
    ]
)  # fmt: skip
PEOPLE_KEYS = frozenset(CATEGORY_OF_EVENT.values())
_RANK = re.compile(r"(?:\bNo\.|#|\b[Nn]umber)\s*$")


def is_rank(text: str, q: Quantity) -> bool:
    """Whether the figure is a rank ("the No. 2 position", "#3"), not a count."""
    return _RANK.search(text, max(0, q.start - 8), q.start) is not None


_RATE_AFTER = re.compile(
    r"\s*(?:(?:per|a|an|each|every)\s+(?:year|season|month|week|day|hour|annum|game)\b"
    r"|(?:annually|yearly|monthly|weekly|daily|apiece)\b)",
    re.IGNORECASE,
)
_RATE_BEFORE = re.compile(
    r"\b(?:annual|yearly|monthly|weekly|daily|hourly)\b(?:\W+\w+){0,5}\W*$", re.IGNORECASE
)


def is_rate(text: str, q: Quantity) -> bool:
    """Whether a figure is a rate ("$22 million per season", "an annual value of $21
    million"): a rate and a total ("a deal worth $184 million") count different things."""
    return bool(_RATE_AFTER.match(text, q.end)) or bool(
        _RATE_BEFORE.search(text, max(0, q.start - 60), q.start)
    )


def a_count(text: str, q: Quantity) -> bool:
    """Whether a figure counts something: no measure ("269 yards rushing", "7.5 magnitude
    quakes", whatever word follows it) and no rank ("the No. 2 position")."""
    if q.key in MEASURES or MEASURES & {lemma(w) for w in q.text.lower().split()}:
        return False
    return not is_rank(text, q)


# Content words after a figure (and the one before it) that tell what happened to what it counts.
ACT_WINDOW = 4
_HEDGES = frozenset(["just", "only", "also", "still", "nearly", "almost", "roughly", "some"])
# Money is what a sum counts, not what was done with it: "took $120,000 of that money" and
# "pumped $600,000 in state money into the dairy" are two acts.
_MONEY = frozenset(["money", "dollar", "cash", "fund", "funding"])


def same_act(a_text: str, qa: Quantity, b_text: str, qb: Quantity) -> bool:
    """Whether two figures of things (not casualties) count one act: a word beside both.

    "picked up just six seats" and "lost nearly 60 seats" and "hold at least 240 seats"
    count three things; casualty and displacement figures already carry their act in
    their key ("deaths", "displaced").
    """
    if qa.key in PEOPLE_KEYS:
        return True
    after_a, after_b = _after(a_text, qa), _after(b_text, qb)
    if qa.unit in CURRENCIES and qb.unit in CURRENCIES and after_a and after_b:
        # A sum is told by what it is from or for, not by its verb: "$2.5 billion from
        # counternarcotics programs" and "$600 million from a forfeiture fund" are both
        # tapped, and "earned $141 million" (the couple, eight years) and "earned $20
        # million" (him, for consulting) both earned; sums sharing no word after them are two.
        # When one does not say ("offered $20 million per season"), the verb decides.
        return bool(after_a & after_b)
    return bool((_before(a_text, qa) | after_a) & (_before(b_text, qb) | after_b))


def _before(text: str, q: Quantity) -> set[str]:
    """The content lemma just before a figure (its verb: "picked up", "lost")."""
    before = [w for w in _content_words(text[: q.start]) if w not in MEASURES and w not in _HEDGES][-1:]
    return set(before) - {q.thing, q.key} - _MONEY


def _after(text: str, q: Quantity) -> set[str]:
    """A few content lemmas after a figure (what it belongs to), without measures ("over
    the past six years")."""
    # What follows belongs to the figure up to the next clause or figure: "earned $141
    # million and paid $44 million in taxes" does not pay the 141 million in taxes.
    # ("Obama has cut $716 billion from Medicare. Why? To pay for …": the next sentence neither.)
    ends = [m.start() for m in (_NEXT_PART.search(text, q.end), _SENTENCE_END.search(text, q.end)) if m]
    after = [w for w in _content_words(text[q.end : min(ends, default=len(text))]) if w not in MEASURES]
    return set(after[:ACT_WINDOW]) - {q.thing, q.key} - _MONEY


# A full stop, question or exclamation mark ending a sentence (not an initial's: "U.S. aid").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.?!](?=\s)")


# A clause or a conjunct that is no further figure ("… and paid", not "… and one armoured vehicle").
_NEXT_PART = re.compile(
    r"(?:\s(?:and|but|while|whereas)|[,;:])\s+(?!(?:a|an|the|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|dozens|hundreds|thousands|\$|\d)\b)",
    re.IGNORECASE,
)


def _content_words(text: str) -> list[str]:
    return [lemma(w) for w in word_list(text) if w not in STOP and len(w) > 1]


_CAPITALISED = re.compile(r"(?<![.!?“\"]\s)(?<!^)\b[A-Z][a-z]+")


def names_in(text: str) -> frozenset[str]:
    """Lemmas of the words ``text`` only writes capitalised inside a sentence: names, not claims."""
    found = _CAPITALISED.findall(text)
    if 2 * len(found) >= len(word_list(text)):
        return frozenset()  # a headline in title case: capitals tell nothing
    capitalised = {word.lower() for word in found}
    return frozenset(lemma(w) for w in capitalised - words_of(_CAPITALISED.sub(" ", text)))


# Words that open a small count of people ("a man", "two women").
COUNT_OPENERS = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten"
_NUMBER_WORD = r"(?:" + COUNT_OPENERS + r"|\d[\d,]*)"
_SUM_AFTER = re.compile(r"\s*(?:,|and)\s+" + _NUMBER_WORD + r"\s+[a-z]+", re.IGNORECASE)
_SUM_BEFORE = re.compile(r"\b" + _NUMBER_WORD + r"\s+[a-z]+\s*(?:,|and)\s*$", re.IGNORECASE)


def part_of_a_sum(text: str, q: Quantity) -> bool:
    """Whether a figure is one term of a sum: "two women and one man died", "a man and two
    women" (a count of one group, which no total of all contradicts)."""
    return bool(_SUM_AFTER.match(text, q.end)) or bool(
        _SUM_BEFORE.search(text, max(0, q.start - 40), q.start)
    )


# Words sharing this long a beginning are one word told differently ("approve", "approval").
_STEM = 5
_MIN_STEM = 3


def asserts_word(head: str, lemmas: frozenset[str]) -> bool:
    """Whether a statement of content ``lemmas`` asserts what a negation's ``head`` word names.

    A head that is no content word (a reporting verb, say) cannot be checked and passes.
    """
    word = lemma(head)
    if word in lemmas or not content_lemmas(head) or any(_one_word(word, w) for w in lemmas):
        return True
    # "no evidence of an evacuation" / "thousands are fleeing": one kind of event.
    kinds = {kind for key, kind in CATEGORY_OF_EVENT.items() if _one_word(key, word)}
    return any(_one_word(key, w) for key, kind in CATEGORY_OF_EVENT.items() if kind in kinds for w in lemmas)


def _one_word(a: str, b: str) -> bool:
    """Whether two lemmas are one word told differently: "close"/"clos", "approve"/"approval".

    The lemmas are cut by suffix rules ("fleeing" -> "fle"), so beginnings are compared.
    """
    n = min(len(a), len(b), _STEM)
    return n >= _MIN_STEM and a[:n] == b[:n]


# A count of another incident: "also died in a strike on another school", "in a separate
# attack", "elsewhere", "another 12 people were injured". Its figure is no rival to the
# toll of the incident the other statement counts.
_PLACES_AND_ACTS = (
    r"(?:air\s?strikes?|strikes?|attacks?|raids?|blasts?|explosions?|bombings?|shelling|shells?|incidents?|"
    r"ambush|clash(?:es)?|shootings?|crash|fires?|schools?|houses?|homes?|buildings?|villages?|towns?|"
    r"cit(?:y|ies)|camps?|hospitals?|clinics?|mosques?|churches|market|site|areas?|districts?|"
    r"neighbou?rhoods?|streets?|roads?|vehicles?|cars?|buses?)"
)
_ANOTHER = re.compile(
    r"\banother\s+(?:[\w-]+\s+){0,2}?" + _PLACES_AND_ACTS + r"\b"
    r"|\banother\s+(?:\d[\d,]*|" + COUNT_OPENERS + r"|dozen|several|few)\b"
    r"|\b(?:a|in)\s+(?:separate|second|third|different|later|earlier)\s+(?:[\w-]+\s+)?"
    + _PLACES_AND_ACTS
    + r"\b"
    r"|\bseparately\b|\belsewhere\b"
    r"|\balso\s+(?:been\s+)?(?:died|killed|wounded|injured|hurt|perished)\b"
    r"|\b(?:were|was|have|has|had|are|is)\s+also\s+(?:been\s+)?(?:killed|wounded|injured|hurt|dead)\b",
    re.IGNORECASE,
)
# A running total of a war or a campaign: "in the 12 days of the offensive", "since the
# fighting began". Set against the toll of one strike it counts a different thing.
_CUMULATIVE = re.compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(?:[\w-]+\s+)?"
    r"(?:days|weeks|months|years)\s+(?:of|since)\b"
    r"|\bsince\s+the\s+(?:[\w-]+\s+){0,2}?(?:offensive|war|conflict|fighting|campaign|operation|uprising|"
    r"crisis|invasion|start|beginning|outbreak|violence|unrest)\b"
    # "during the five operations it carried out", "in their five operations so far"
    r"|\b(?:in|during|over|across)\s+(?:the|their|its|his|her|our)?\s*(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|many|multiple|numerous|a\s+series\s+of)\s+(?:[\w-]+\s+)?"
    r"(?:operations|raids|attacks|strikes|incidents|missions|sorties|patrols|busts|seizures)\b",
    re.IGNORECASE,
)


def another_incident(text: str) -> bool:
    """Whether the statement counts another incident than the one at hand ("also died in a
    strike on another school", "in a separate attack", "another 12 were injured")."""
    return _ANOTHER.search(text) is not None


def cumulative(text: str) -> bool:
    """Whether the statement gives a running total ("in the 12 days of the offensive",
    "since the fighting began") rather than the count of one incident."""
    return _CUMULATIVE.search(text) is not None


def count_scope(text: str) -> str:
    """Return what a statement's figures count: ``"another"`` incident, a running
    ``"total"``, or ``""`` (the incident at hand)."""
    return "another" if another_incident(text) else "total" if cumulative(text) else ""


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")


def years_named(text: str) -> frozenset[int]:
    """The years a statement names ("in 2003")."""
    return frozenset(int(y) for y in _YEAR.findall(text))


def months_named(text: str) -> frozenset[str]:
    """The months a statement names, by their first three letters ("Sept." and "September": "sep")."""
    # Written capitalised: "the march" is a walk, "March" a month.
    return frozenset(w[:3].lower() for w in _CAPITALISED_WORD.findall(text) if w.lower() in MONTHS)


When = tuple[frozenset[int], frozenset[str]]
"""The years and the months a statement names."""


def other_years(a: When, b: When) -> bool:
    """Whether two statements name only different years ("26,000 died in Bam in 2003") or
    two different spans of years ("from 2007 to 2014" / "between 2011 and 2014")."""
    years_a, years_b = a[0], b[0]
    if years_a and years_b and not years_a & years_b:
        return True
    return len(years_a) >= 2 and len(years_b) >= 2 and years_a != years_b


def other_times(a: When, b: When) -> bool:
    """Whether two statements name other years (:func:`other_years`) or only different
    months: their figures count other events ("a quake in September")."""
    months_a, months_b = a[1], b[1]
    return other_years(a, b) or bool(months_a and months_b and not months_a & months_b)


def past(when: When, other: When, published: int) -> bool:
    """Whether a statement naming the times ``when`` dates its figures only to years before
    ``published``, the year the other statement's article came out, and the other names no
    year ("killed six gunmen on 4 November 2008" in a report of 2009)."""
    years = when[0]
    return bool(years) and not other[0] and published > 0 and max(years) < published


# Where a statement locates what it counts: "in Khan Younis", "in the southern city of Khan
# Younis", "in the Gaza City neighbourhood of Zeitun", "at the Shati camp".
_PLACE = re.compile(
    r"\b(?:in|at|near|outside)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:city|town|village|neighbou?rhood|district|"
    r"province|region|camp|suburb|area|port|island)\s+of\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})"
)
_NOT_PLACES = MONTHS | WEEKDAYS | {"the", "a", "an", "his", "her", "their", "its"}


def places_named(text: str) -> frozenset[str]:
    """The places a text locates things at ("in Khan Younis" -> ``khan younis``), lower-cased."""
    out = set()
    for m in _PLACE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _NOT_PLACES:
            words = words[1:]
        if words:
            out.add(" ".join(words).lower())
    return frozenset(out)


def elsewhere(here: frozenset[str], other_article: frozenset[str]) -> bool:
    """Whether a statement naming the places ``here`` locates its figure only at places the
    other article never names: "Two people were killed when a shell hit a school in Khan
    Younis" counts another strike than a report that never mentions Khan Younis."""
    # "Gaza City" and "Gaza", "Jabaliya refugee camp" and "Jabaliya": one place told two ways.
    known = {name.split()[0] for name in other_article}
    return bool(here) and bool(known) and not any(place.split()[0] in known for place in here)
