"""Negators that :func:`analysis.polarity.find_negation` passes over, the sentence read as it is.

Some assert: a double negative ("not unfamiliar"), a comparison ("not as thick"), a
superlative ("no candidate has done more than Perry"), a time ("didn't take the lead until
the fourth quarter"), an alternative set aside ("more mergers, not fewer"). Others negate no
fact though the sentence may state one: what ought not be ("must not be repeated") or
what a speaker was not speaking of ("not speaking about the wisdom of …").
"""

from __future__ import annotations

from analysis.claim_words import MONTHS, WEEKDAYS
from analysis.negation_rules import CLAUSE_END
from analysis.quantities import UNITS

# What a speaker was not speaking of: "not speaking about", "not referring to".
_SPEAKING = {
    "speaking": ("about", "of"),
    "talking": ("about", "of"),
    "referring": ("to",),
    "commenting": ("on",),
}


_NOT_UN = frozenset(
    ["under", "until", "unless", "united", "union", "unit", "unique", "universal", "university"]
)


# After "not as" these open a role ("not as a punishment"), no comparison.
_NOT_AS_OBJECTS = frozenset(["a", "an", "the", "his", "her", "their", "its", "our", "part", "such", ","])


def litotes(words: list[str], i: int) -> bool:
    """ "Egypt is not unfamiliar to telecom cuts": a negated negative asserts; so do "it is
    not the first time he has appeared" and "it wasn't until May that the family revealed"."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if words[i] == "not" and nxt.startswith("un") and len(nxt) > 5 and nxt not in _NOT_UN:
        return True
    if words[i] == "not" and nxt == "as" and i + 2 < len(words) and words[i + 2] not in _NOT_AS_OBJECTS:
        return True  # "the crowds were not as thick": a comparison; what it compares is there
    return words[i + 1 : i + 4] == ["the", "first", "time"] or not_until(words, i) or unmatched(words, i)


_NOBODY = frozenset(["no", "nobody", "none", "nothing"])
_COMPARATIVES = frozenset(["more", "better", "harder", "longer", "greater", "further", "stronger"])
_UNMATCHED_REACH = 14


def unmatched(words: list[str], i: int) -> bool:
    """ "No candidate for president has done more to secure the border than Governor Perry":
    a superlative said of Perry, asserted (as "Perry has done more than anyone")."""
    if words[i] not in _NOBODY:
        return False
    ahead = words[i + 1 : i + 1 + _UNMATCHED_REACH]
    for k, word in enumerate(ahead):
        if word in CLAUSE_END:
            return False
        if word in _COMPARATIVES and "than" in ahead[k + 1 :]:
            after = ahead[ahead.index("than", k + 1) + 1 :]
            # "none of the offers are for more than eight years" bounds a figure: negated.
            return not (after and (after[0].isdigit() or after[0] in UNITS or after[0] in {"a", "an"}))
    return False


# "could not be rescued until the next morning": they were rescued then.
_PAST_AUXILIARIES = frozenset(["was", "were", "did", "had", "could"])
_PAST_NEGATED = frozenset(["wasn't", "weren't", "didn't", "hadn't", "couldn't"])
_UNTIL_REACH = 10


def not_until(words: list[str], i: int) -> bool:
    """ "The Colts didn't take the lead until the fourth quarter": what happened, and when.

    Only in the past: "they will not negotiate until the government reopens" refuses.
    """
    word = words[i]
    past = word in _PAST_NEGATED or (word == "not" and i > 0 and words[i - 1] in _PAST_AUXILIARIES)
    if word == "never" and i > 0 and words[i - 1] in _PAST_AUXILIARIES:
        # "Democrats until Wednesday had never had a woman in their leadership": until then.
        before = words[max(0, i - _UNTIL_REACH) : i]
        if any(w in ("until", "till") for w in before[_last_clause_end(before) :]):
            return True
        past = True
    for k in range(i + 1, min(len(words), i + 1 + _UNTIL_REACH)):
        ahead = words[k]
        if ahead in ("until", "till"):
            # In the past, whatever follows; else only before a date ("may not be restored
            # till 31 December"): "will not negotiate until the government reopens" refuses.
            return past or _a_date(words[k + 1 : k + 3])
        if ahead == "before" and _a_date(words[k + 1 : k + 3]):
            return True  # "will not be fully restored before 31 December": restored then
        if ahead in CLAUSE_END:
            return False
    return False


_DATE_WORDS = MONTHS | WEEKDAYS | {"next", "later", "tomorrow", "mid", "late", "early", "noon", "midnight"}


def _a_date(after: list[str]) -> bool:
    """Whether the words after "until" name a time (``31 December``, ``next week``, ``May``)."""
    return bool(after) and (after[0].isdigit() or after[0] in _DATE_WORDS or after[:2] == ["the", "end"])


def _last_clause_end(words: list[str]) -> int:
    """The index after the last clause boundary in ``words`` (0 when there is none)."""
    return max((k + 1 for k, w in enumerate(words) if w in CLAUSE_END), default=0)


_ALTERNATIVE_REACH = 3


def rejected_alternative(words: list[str], i: int) -> bool:
    """ "We'll see more consolidation, not less.": the sentence asserts what comes before."""
    if words[i] != "not" or i == 0 or words[i - 1] != ",":
        return False
    ahead = words[i + 1 : i + 2 + _ALTERNATIVE_REACH]
    return any(w in CLAUSE_END for w in ahead) or len(ahead) <= _ALTERNATIVE_REACH


def no_fact(words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` negates no fact, though its sentence may state others: what
    ought not be, or what a speaker was not speaking of ("he was not speaking about the wisdom
    of the mosque"). Unlike :func:`unreal`, only this negator is passed over."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    return normative(words, i) or after in _SPEAKING.get(nxt, ())


_OUGHT = frozenset(["should", "ought", "must"])
_OUGHT_NOT = frozenset(["shouldn't", "shouldnt", "mustn't", "oughtn't"])


def normative(words: list[str], i: int) -> bool:
    """ "One of them shouldn't be the chairman", "such attacks must not be repeated": what
    ought not to be states no fact (a report that it is so is no report it is not); "must not
    have known" infers, and stays a negation."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in _OUGHT_NOT:
        return after != "have"
    if words[i] != "not" or i == 0:
        return False
    before = words[i - 1]
    return (before in _OUGHT and after != "have") or (before == "to" and i >= 2 and words[i - 2] == "ought")
