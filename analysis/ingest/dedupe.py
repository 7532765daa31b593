"""Exact and near duplicates: the same article twice, and syndicated copies.

Exact duplicates have the same content id and are skipped. Near duplicates share at
least ``threshold`` of their word trigrams (measured against the longer text: "90 % of
the text is the same"); they are kept and linked to the first copy seen. Candidates
are found through a small bottom-k sketch index so that 10,000 articles never cost
10,000² comparisons.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from analysis.model import Article

_SKETCH = 32
_CANDIDATES = 8


def shingles(text: str) -> frozenset[int]:
    """Return hashed lower-case word trigrams of ``text`` (hashes are stable within a run).

    Words are split on white space only (punctuation stays attached): copies of one text
    share their punctuation, and ``str.split`` is several times faster than a regex.
    """
    words = text.lower().split()
    if len(words) < 3:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(map(hash, zip(words, words[1:], words[2:], strict=False)))


def sketch(grams: frozenset[int]) -> list[int]:
    """Return the bottom-k sketch of a shingle set: its smallest hashes."""
    return heapq.nsmallest(_SKETCH, grams)


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Return the share of the larger shingle set found in the other one."""
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


@dataclass
class Index:
    """Articles seen so far, to find duplicates of the next one."""

    threshold: float = 0.9
    ids: set[str] = field(default_factory=set)
    _shingles: dict[str, frozenset[int]] = field(default_factory=dict)
    _by_hash: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))
    _first: dict[str, str] = field(default_factory=dict)

    def add(
        self, article: Article, grams: frozenset[int] | None = None, smallest: list[int] | None = None
    ) -> None:
        """Remember ``article`` (``grams``, ``smallest``: its shingles and sketch, if at hand)."""
        self.ids.add(article.id)
        grams = shingles(article.text) if grams is None else grams
        self._shingles[article.id] = grams
        self._first.setdefault(article.id, article.copy_of or article.id)
        for value in sketch(grams) if smallest is None else smallest:
            self._by_hash[value].append(article.id)

    def copy_of(self, grams: frozenset[int], smallest: list[int] | None = None) -> str:
        """Return the id of an earlier article the text with ``grams`` nearly repeats, or ``""``."""
        votes: Counter[str] = Counter()
        smallest = sketch(grams) if smallest is None else smallest
        for value in smallest:
            votes.update(self._by_hash.get(value, ())[-_CANDIDATES:])
        best, best_score = "", 0.0
        for candidate, count in votes.most_common(_CANDIDATES):
            if count < 0.5 * len(smallest):
                break  # texts 90 % alike share far more of their smallest shingles than this
            score = similarity(grams, self._shingles[candidate])
            if score >= self.threshold and score > best_score:
                best, best_score = candidate, score
        return self._first.get(best, best)
