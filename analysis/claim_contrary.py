"""Contrary words: two statements that say opposite things without any "not".

"Rehana was killed by the militants" and "Rehana is alive and fighting" contradict each
other though neither negates anything; "the dead were civilians" and "the dead were
fighters" too. This module holds a small lexicon we wrote of mutually exclusive words
(each entry two sets of lemmas, any word of one excluding any of the other) and finds,
for two sets of lemmas, a pair of contrary words one statement uses and the other does
not. Whether the pair then competes (same polarity) or agrees ("not dead" / "alive") is
decided by :mod:`analysis.conflicts`.

Only states and outcomes that exclude each other are listed, never mere differences of
wording or topic ("rise" and "fall" are contrary; "strike" and "talks" are not).
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.claim_words import content_lemma_list, lemma, word_list
from analysis.polarity_words import CONDITIONS, MODALS

# How many content words on each side of a contrary word tell its role; one of them must
# be beside the other statement's word too. "Militants of the front shelled the hospital"
# and "civilians were killed when shells hit it" use contrary words in different roles,
# "the dead were civilians" / "the dead were fighters" in one. Wider windows catch shared
# words of the rest of the sentence ("shelled" / "shells") and decide nothing; on FNC-1
# one word measured best (disagree-vs-agree F1 .445 with no window, .452 with one).
ROLE_WINDOW = 1

_GROUPS: list[tuple[str, str]] = [
    (
        # Not "living": "had been living and working in Christchurch" tells where, not whether.
        "alive survive survived survivor unharmed",
        "dead die died death kill killed slain executed beheaded",
    ),
    (
        "safe freed released escaped",
        "captured kidnapped abducted missing detained",
    ),
    (
        "true real genuine authentic",
        "fake false bogus fabricated",
    ),
    (
        "won win victory",
        "lost lose",
    ),
    (
        "rose rise increased increase grew higher surged",
        "fell fall decreased decrease declined dropped lower plunged",
    ),
    (
        "legal lawful allowed permitted legalised legalized",
        "illegal unlawful banned prohibited forbidden outlawed",
    ),
    (
        "guilty convicted",
        "innocent acquitted",
    ),
    (
        "deliberate intentional deliberately intentionally",
        "accidental accidentally accident",
    ),
    (
        "civilian civilians",
        "fighter fighters militant militants combatant combatants soldier soldiers",
    ),
    (
        "success successful succeeded",
        "failure failed unsuccessful",
    ),
    (
        "empty deserted",
        "full crowded packed",
    ),
    (
        "peaceful calm",
        "violent violence",
    ),
    (
        "continue continues continuing remain remains sticking",
        "discontinue discontinued scrapped",
    ),
    (
        "approved approve",
        "rejected vetoed",
    ),
    (
        "expanded expand",
        "shrank shrink",
    ),
    (
        "safe harmless",
        "dangerous unsafe harmful toxic",
    ),
]


def _lemmas(words: str) -> frozenset[str]:
    return frozenset(lemma(w) for w in words.split())


def _build() -> dict[str, frozenset[str]]:
    opposite: dict[str, set[str]] = {}
    for left, right in _GROUPS:
        first, second = _lemmas(left), _lemmas(right)
        for word in first:
            opposite.setdefault(word, set()).update(second - first)
        for word in second:
            opposite.setdefault(word, set()).update(first - second)
    return {word: frozenset(others) for word, others in opposite.items()}


OPPOSITE = _build()
"""Lemma -> the lemmas that exclude it."""
CONTRARY_WORDS = frozenset(OPPOSITE)


def contrary_words(first: Iterable[str], second: Iterable[str]) -> tuple[str, str] | None:
    """Return a word of ``first`` and a contrary word of ``second`` (lemmas), or ``None``.

    A word both statements use is no contrast ("the dead and the survivors" in each);
    the pair returned is the alphabetically first, so the result is deterministic.
    """
    found = _contrary_pairs(first, second)
    return found[0] if found else None


def _contrary_pairs(first: Iterable[str], second: Iterable[str]) -> list[tuple[str, str]]:
    a, b = frozenset(first), frozenset(second)
    return sorted(
        (word, other) for word in (a - b) & CONTRARY_WORDS for other in OPPOSITE[word] & b if other not in a
    )


def contrary_in_role(
    first_text: str, first: Iterable[str], second_text: str, second: Iterable[str]
) -> tuple[str, str] | None:
    """Return contrary words as :func:`contrary_words` does, but only words in one role.

    Two contrary words compete only when they say something of one thing: the content
    words beside them (:data:`ROLE_WINDOW` on either side) share a lemma
    ("the dead were civilians" / "the dead were militants"; "Rehana was killed" /
    "Rehana is alive"). "Militants shelled the hospital" and "20 civilians were killed"
    name two parties of one event, not two accounts of one party.
    """
    pairs = _contrary_pairs(first, second)
    if not pairs:
        return None
    first_words, second_words = content_lemma_list(first_text), content_lemma_list(second_text)
    for word, other in pairs:
        if _conjectured(first_text, word) or _conjectured(second_text, other):
            continue
        before_a, after_a = _neighbours(first_words, word)
        before_b, after_b = _neighbours(second_words, other)
        # One side each: "Chiefs lose to the Colts" and "a win over the Chiefs" tell one game.
        if before_a & before_b or after_a & after_b:
            return word, other
    return None


def _neighbours(found: list[str], target: str) -> tuple[set[str], set[str]]:
    """Content lemmas within :data:`ROLE_WINDOW` places before and after each use of ``target``."""
    before: set[str] = set()
    after: set[str] = set()
    for k, word in enumerate(found):
        if word == target:
            before.update(found[max(0, k - ROLE_WINDOW) : k])
            after.update(found[k + 1 : k + 1 + ROLE_WINDOW])
    return before - {target}, after - {target}


_CONJECTURE = MODALS | CONDITIONS
_CONJECTURE_REACH = 3


def _conjectured(text: str, target: str) -> bool:
    """Whether every use of ``target`` follows a modal or an "if" closely ("might be alive if
    the driver had stopped"): what might be is no account of what is."""
    words = word_list(text)
    uses = [k for k, word in enumerate(words) if lemma(word) == target]
    return bool(uses) and all(_CONJECTURE & set(words[max(0, k - _CONJECTURE_REACH) : k]) for k in uses)
