"""Looser speaker phrases, tried when the lexicon-bound scans of :mod:`analysis.attr_np` fail.

The strict scans accept only words from the project's lists, so ``exit polls``, ``arms
control experts`` or ``the nonpartisan Congressional Budget Office`` stop them at the first
unknown word. Without a part-of-speech tagger we read such phrases by their frame
instead: a run of words free of verbs, auxiliaries and clause words that opens its clause
(or starts with a determiner, a number or a name) and ends on a noun-like head. Also
here: the subject of a relative clause's antecedent (``companies that had insured the
firm agreed`` -> ``companies``) and the subject of a coordinated verb (``Cruz urged …
and said``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from analysis import attr_np as np_
from analysis.attr_lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    INSTITUTION_HEADS,
    MEDIA_WORDS,
    ROLE_NOUNS,
    words,
)
from analysis.attr_np import Token

_MAX_WORDS = 9  # a loose phrase longer than this is more likely a clause
_STOPS = (
    np_.VERBISH
    | np_.BOUNDARY_WORDS
    | np_.PRONOUNS
    | np_.SKIPPABLE
    | words("has have had not no to him them us me you there here it’s it's")
)
_NOUN_HEADS = ROLE_NOUNS | INSTITUTION_HEADS | DOCUMENT_NOUNS | ANONYMOUS_HEADS | MEDIA_WORDS | np_.QUANTITIES
# Plural-looking words that are no nouns.
_NOT_PLURALS = words("is was has does this thus its his hers ours yours always perhaps less unless various")
_RELATIVES = words("that who which")
_COORDINATORS = words("and but")
_CLAUSE_OPENERS = np_.BOUNDARY_WORDS | _COORDINATORS


def _index_at(tokens: Sequence[Token], offset: int) -> int:
    """Return the index of the first token starting at or after ``offset``."""
    return bisect_left(tokens, offset, key=lambda t: t.start)


def noun_like(tok: Token) -> bool:
    """Whether a word can head a speaker phrase: a name, a listed noun or a plural."""
    low = tok.lower
    if tok.text[:1].isupper():
        return low not in np_.DETERMINERS | np_.BOUNDARY_WORDS | np_.SKIPPABLE | np_.LEADING_JUNK
    if low in _NOUN_HEADS:
        return True
    return (
        tok.text.isalpha()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "ous", "ics"))
        and low not in _NOT_PLURALS
        and low not in _STOPS
    )


def _opens_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` opens a clause: first, after punctuation or a clause word."""
    if i == 0:
        return True
    before = tokens[i - 1]
    return not before.text[:1].isalnum() or before.lower in _CLAUSE_OPENERS


def loose_back(tokens: list[Token], end: int) -> list[Token] | None:
    """The speaker phrase ending before ``tokens[end]``, unknown words allowed.

    ``Experts on arms control said``, ``Regional election monitors said``: the phrase
    runs back over words that are no verbs, auxiliaries or clause words, to a
    determiner, a number or the start of the clause.
    """
    i = end
    while i > 0 and end - i < _MAX_WORDS:
        tok = tokens[i - 1]
        if not tok.text[:1].isalnum() or tok.lower in _STOPS:
            break
        i -= 1
        if (tok.lower in np_.DETERMINERS or tok.text[:1].isdigit()) and not (
            i > 0 and tokens[i - 1].lower == "of"
        ):
            break
    phrase = list(tokens[i:end])
    while phrase and phrase[0].lower in np_.LINKS | _COORDINATORS:
        phrase = phrase[1:]
    if len(phrase) < 2:
        return None
    start = end - len(phrase)
    first = phrase[0]
    framed = first.lower in np_.DETERMINERS or first.text[:1].isdigit() or first.text[:1].isupper()
    if not (framed or _opens_clause(tokens, start)):
        return None
    last = phrase[-1].lower
    if last in np_.LINKS or last in np_.DETERMINERS or not phrase[-1].text.isalpha():
        return None  # "a note of caution": the phrase must end on its noun
    return phrase if noun_like(np_.head_of(phrase)) else None


def loose_forward(tokens: list[Token], start: int) -> list[Token] | None:
    """The speaker phrase starting at ``tokens[start]`` (after ``according to`` or ``by``).

    ``according to the nonpartisan Congressional Budget Office``: the longest run of
    phrase words up to the clause's end whose last word is noun-like.
    """
    best: list[Token] | None = None
    j = start
    while j < len(tokens) and j - start < _MAX_WORDS:
        tok = tokens[j]
        if not tok.text[:1].isalnum() or tok.lower in _STOPS - np_.DETERMINERS:
            break
        if best and tok.lower.endswith("ed"):
            break  # "the agreements reached in Lisk", "a complaint filed by …": a reduced relative
        if noun_like(tok) and tok.lower not in np_.LINKS:
            best = tokens[start : j + 1]
        j += 1
    return best


def relative_antecedent(tokens: list[Token], phrase: Sequence[Token]) -> list[Token] | None:
    """``Companies that had insured the firm agreed``: the antecedent of the relative speaks.

    ``phrase`` is the phrase found right before the cue; when it is the object of a
    relative clause (a relative pronoun and a verb stand before it), the phrase before
    the relative pronoun is the subject.
    """
    k = _index_at(tokens, phrase[0].start) if phrase else 0
    verb = False
    for r in range(k - 1, max(-1, k - 6), -1):
        low = tokens[r].lower
        if not tokens[r].text[:1].isalnum():
            return None
        if low in _RELATIVES:
            if not verb or r == 0:
                return None
            strict = np_.scan_back(tokens, r)
            return strict if strict and np_.head_ok(strict) else loose_back(tokens, r)
        verb = verb or low in np_.VERBISH or low in {"has", "have", "had"} or low.endswith("ed")
    return None


def coordinated_subject(tokens: list[Token], conj: int) -> list[Token] | None:
    """``Cruz urged delegates to vote and said …``: the subject of the first verb speaks.

    ``conj`` is the index of ``and``/``but`` before the cue. The subject is the phrase
    that opens the sentence (or the clause after the last comma before it) and is
    followed by a verb-like word.
    """
    starts = [0] + [k + 1 for k in range(conj) if tokens[k].text in {",", ";"}]
    for k in reversed(starts):
        while k < conj and not tokens[k].text[:1].isalnum():
            k += 1
        phrase = np_.strip_leading(np_.scan_forward(tokens, k))
        if phrase and phrase[0].lower in _RELATIVES:
            continue
        stop = _index_at(tokens, phrase[-1].end) if phrase else k
        if phrase and np_.head_ok(phrase) and stop < conj and tokens[stop].text[:1].islower():
            return phrase
    return None
