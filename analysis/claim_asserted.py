"""Whether a statement asserts what a negation elsewhere denies.

A denial needs something asserted to deny. "Buried Kitty Believed Dead" asserts no death,
"bad actors looking to do harm" no harm, "five senators urged Akin to step aside" no
stepping aside, "an eight-year offer" nothing that "none of the offers is for more than
eight years" denies, and "the first time Congress overrode Obama's veto" agrees with "Obama
had never had a veto overridden". :func:`not_asserted` reads these for
:func:`analysis.conflicts.denial`; :func:`negated_words` and :func:`complement` name what a
negation negates and what that word acts on.
"""

from __future__ import annotations

import re

from analysis.claim_words import STOP, content_lemma_list, lemma, phrase_in
from analysis.polarity import Stance
from analysis.quantities import UNITS

# What was only believed or expected of the word that follows ("believed dead", "expected to
# attend"), only wanted or planned ("looking to do harm", "plans to attack"), or held back
# ("inappropriate to meet", "declined to comment"): no event.
# Not "tried to": "caught trying to enter the U.S." disputes "terrorists not entering".
_BELIEVED_BEFORE = re.compile(
    r"(?:(?:believed|presumed|thought|feared|rumou?red|expected|left\s+for)\s+(?:to\s+(?:be\s+)?)?"
    r"|(?:looking|want(?:s|ed)?|plan(?:s|ned|ning)?|threat(?:en|ens|ened|ening)|intend(?:s|ed)?"
    r"|aim(?:s|ed)?|vow(?:s|ed))\s+to\s+(?:do\s+|cause\s+)?"
    # Asked of someone: "urged Akin to step aside", "called on him to resign".
    r"|(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?)"
    r"\s+(?:[\w.’'-]+\s+){0,3}?to\s+"
    # Only in prospect: "before facing the prospect of having his veto overridden".
    r"|(?:prospect|possibility|threat|risk|danger)s?\s+of\s+(?:[\w’'-]+\s+){0,3}?"
    # Held back or ruled out: "it would be inappropriate to meet", "declined to comment".
    r"|(?:inappropriate|impossible|unable|unwilling|reluctant|hesitant|refus(?:e|es|ed|ing)"
    r"|declin(?:e|es|ed|ing))[”\"’']?\s+to\s+(?:be\s+)?)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
_LOOK_BACK = 60  # characters before a use that may hold "believed", "looking to do", "urged Akin to"


_PREDICATE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had)\s+(?:not\s+)?([a-z]\w+)")


_BOUND = re.compile(r"\b(?:more|longer|greater|higher|over)\s+(?:than\s+)?(\w+)\s+(\w+)", re.IGNORECASE)


_WINDOW = re.compile(r"\b(?:in|for|since)\s+$", re.IGNORECASE)


def _value(word: str) -> float | None:
    word = word.lower()
    return float(word) if word.isdigit() else UNITS.get(word)


def bound_met(scope: str, other: str) -> bool:
    """Whether the negated scope only bounds a figure the other statement keeps within or
    does not give ("none of the offers are for more than eight years" / "an eight-year
    offer", "a seven-year deal", "made a huge offer"; not "a nine-year deal")."""
    m = _BOUND.search(scope)
    bound = _value(m.group(1)) if m is not None else None
    if m is None or bound is None:
        return False
    unit = re.escape(m.group(2).lower().rstrip("s"))
    values = [_value(v) for v in re.findall(rf"\b(\w+)\s*-?\s*{unit}s?\b", other, re.IGNORECASE)]
    if _WINDOW.search(scope, 0, m.start()):
        # "has not been hit by a quake in more than 25 years": a time without the event, which
        # a report of the event disputes; only a figure within it agrees.
        return any(v is not None and v <= bound for v in values)
    return not any(v is not None and v > bound for v in values)


_FIRST_TIME = re.compile(r"\bfirst[- ]ever\b|\bfirst time\b", re.IGNORECASE)


def negated_words(found: Stance) -> list[str]:
    """The negated word, and in "No members or staff were harmed" (whose negated word is its
    subject, ``members``) the predicate after the auxiliary too."""
    out = [found.head] if found.head else []
    if found.negation != "no":
        return out
    # The verb after the negated subject ("There is no evidence" has none: "no" follows it).
    at = re.search(r"\bno\b", found.scope, re.IGNORECASE)
    m = _PREDICATE.search(found.scope, at.end()) if at is not None else None
    if m is not None and m.group(1) not in STOP:
        out.append(m.group(1))
    return out


def only_believed(text: str, head: str) -> bool:
    """Whether ``text`` uses the negated word (in any form) only as what was believed or
    wanted: "believed dead", "left for dead", "feared killed", "looking to do harm" assert no
    death or harm a denial could dispute."""
    target = lemma(head)
    befores = [
        text[max(0, m.start() - _LOOK_BACK) : m.start()]
        for m in _WORD.finditer(text)
        if lemma(m.group()) == target
    ]
    return bool(befores) and all(_BELIEVED_BEFORE.search(before) for before in befores)


def not_asserted(negative: Stance, negated: list[str], text: str, reported: str) -> bool:
    """Whether a statement (``text``, its reported words ``reported``) asserts nothing the
    negation ``negative`` (negating ``negated``: :func:`negated_words`) could deny: a bound it
    keeps within, a first time after "never", an object "without" takes that it never names,
    another one of what it names, the same thing of a contrasting kind (state / federal), or
    words only believed, wanted or asked.
    """
    if text.rstrip(" ”\"’'").endswith("?"):
        return True  # "“Is it true that Wal-Mart's pay disparity was less …?”": a question asserts nothing
    if bound_met(negative.scope, text):
        return True  # "none of the offers are for more than eight years" / "an eight-year offer"
    if negative.negation == "never" and _FIRST_TIME.search(text):
        return True  # "Obama had never had a veto overridden" / "the first time … to overrule Obama"
    if negative.negation == "without" and not phrase_in(negative.scope, reported):
        return True  # "steps taken without congressional action" / "… need congressional approval"
    if _another(negative) and not re.search(r"\banother\b", text, re.IGNORECASE):
        return True  # "would never stand by another shutdown" / "a deal to end the shutdown"
    if contrasted(negative.scope, text):
        return True  # "Florida has no state income tax" / "a federal tax rate of 35.7 percent"
    return any(only_believed(text, word) for word in negated)


def complement(scope: str, head: str, size: int) -> frozenset[str]:
    """Return the first content lemmas after ``head`` in ``scope`` (what the negated word acts on)."""
    found = re.search(rf"\b{re.escape(head)}\b", scope, re.IGNORECASE)
    if found is None:
        return frozenset()
    return frozenset(content_lemma_list(scope[found.end() :])[:size])


_ANOTHER_REACH = 4  # words after the negator: "never stand by another", not "… for leaving another"


def _another(negative: Stance) -> bool:
    """Whether what the negated clause negates is "another" one of something."""
    at = re.search(rf"\b{re.escape(negative.negation)}\b", negative.scope, re.IGNORECASE)
    rest = _WORD.findall(negative.scope[at.end() :].lower()) if at is not None else []
    return "another" in rest[:_ANOTHER_REACH]


# Kinds of one thing that exclude each other: a state tax is no federal tax.
_KINDS = (
    frozenset(["state", "federal", "local", "municipal", "county", "national"]),
    frozenset(["public", "private"]),
    frozenset(["domestic", "foreign", "international"]),
    frozenset(["civilian", "military"]),
)
_KIND_NOUNS = 2  # words after a kind word that it qualifies ("state income tax")


def contrasted(scope: str, other: str) -> bool:
    """Whether the negated ``scope`` names a thing of one kind and ``other`` the same thing of
    a contrasting kind only: "no state income tax" / "an effective federal tax rate"."""
    ours = _kinds_of(scope)
    if not ours:
        return False
    theirs = _kinds_of(other)
    for noun, kind in ours:
        kinds = {k for n, k in theirs if n == noun}
        rivals = next(group for group in _KINDS if kind in group) - {kind}
        if kinds and kind not in kinds and kinds & rivals:
            return True
    return False


def _kinds_of(text: str) -> set[tuple[str, str]]:
    """``(noun lemma, kind word)`` for each kind word and the content words right after it."""
    words = _WORD.findall(text.lower())
    out = set()
    for i, word in enumerate(words):
        if any(word in group for group in _KINDS):
            out |= {(lemma(w), word) for w in words[i + 1 : i + 1 + _KIND_NOUNS] if w not in STOP}
    return out
