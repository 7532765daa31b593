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

from analysis.claim_words import lemma

_GROUPS: list[tuple[str, str]] = [
    (
        "alive survive survived survivor living unharmed",
        "dead die died death kill killed slain executed beheaded",
    ),
    (
        "safe freed released escaped",
        "captured kidnapped abducted missing stolen detained",
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
    a, b = frozenset(first), frozenset(second)
    found = sorted(
        (word, other) for word in (a - b) & CONTRARY_WORDS for other in OPPOSITE[word] & b if other not in a
    )
    return found[0] if found else None
