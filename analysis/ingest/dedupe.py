"""Exact and near duplicates: the same article twice, and syndicated copies.

Exact duplicates have the same content id and are skipped. Near duplicates share at
least ``threshold`` of their word trigrams (measured against the longer text: "90 % of
the text is the same"); they are kept and linked to the first copy seen. Candidates
are found through a small bottom-k sketch index so that 10,000 articles never cost
10,000² comparisons, and the full trigram sets are built only for the few articles a
sketch names as candidates (most articles of a batch are never compared at all).
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain

from analysis.model import Article

_SKETCH = 32
_CANDIDATES = 8
# Hashes are spread over the whole machine word; the bottom-k search first keeps the
# values below a cut-off that about three sketches' worth of them fall under.
_LOWEST = -(2 ** (sys.hash_info.width - 1))
_SPAN = 2**sys.hash_info.width
_MARGIN = 3


def hashes(text: str) -> list[int]:
    """Return the hashed lower-case word trigrams of ``text``, in text order (may repeat).

    Words are split on white space only (punctuation stays attached): copies of one text
    share their punctuation, and ``str.split`` is several times faster than a regex.
    Hashes are stable within a run.
    """
    words = text.lower().split()
    if len(words) < 3:
        return [hash(tuple(words))] if words else []
    return list(map(hash, zip(words, words[1:], words[2:], strict=False)))


def shingles(text: str) -> frozenset[int]:
    """Return the set of hashed lower-case word trigrams of ``text`` (see :func:`hashes`)."""
    return frozenset(hashes(text))


def sketch(grams: Iterable[int]) -> list[int]:
    """Return the bottom-k sketch of a shingle collection: its ``k`` smallest distinct hashes.

    Parameters
    ----------
    grams : iterable of int
        Shingle hashes, repeats allowed (a set or the list :func:`hashes` gives).
    """
    values = grams if isinstance(grams, (list, tuple, set, frozenset)) else list(grams)
    if len(values) > _MARGIN * _SKETCH:
        # Only hashes under the cut-off can be among the smallest; filter() runs in C.
        # When fewer than k distinct ones fall under it the full sort below decides,
        # so the result is always exactly the k smallest.
        cut = _LOWEST + _SPAN * _MARGIN * _SKETCH // len(values)
        low = set(filter(cut.__gt__, values))
        if len(low) >= _SKETCH:
            return sorted(low)[:_SKETCH]
    return sorted(set(values))[:_SKETCH]


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
    _texts: dict[str, str] = field(default_factory=dict)
    _shingles: dict[str, frozenset[int]] = field(default_factory=dict)
    _by_hash: dict[int, list[str]] = field(default_factory=dict)
    _first: dict[str, str] = field(default_factory=dict)

    def add(self, article: Article, smallest: list[int] | None = None) -> None:
        """Remember ``article`` (``smallest``: its sketch, if at hand)."""
        self.ids.add(article.id)
        self._texts[article.id] = article.text
        self._first.setdefault(article.id, article.copy_of or article.id)
        if smallest is None:
            smallest = sketch(hashes(article.text))
        by_hash = self._by_hash
        for value in smallest:
            if value in by_hash:
                by_hash[value].append(article.id)
            else:
                by_hash[value] = [article.id]

    def _grams(self, article_id: str) -> frozenset[int]:
        grams = self._shingles.get(article_id)
        if grams is None:
            grams = self._shingles[article_id] = shingles(self._texts[article_id])
        return grams

    def candidates(self, smallest: list[int]) -> list[str]:
        """Return the ids whose sketches share enough of ``smallest`` to be worth comparing."""
        by_hash = self._by_hash
        votes = Counter(chain.from_iterable(by_hash[v][-_CANDIDATES:] for v in smallest if v in by_hash))
        if not votes or max(votes.values()) < 0.5 * len(smallest):
            return []  # the usual case: nothing close enough to rank
        found = []
        for candidate, count in votes.most_common(_CANDIDATES):
            if count < 0.5 * len(smallest):
                break  # texts 90 % alike share far more of their smallest shingles than this
            found.append(candidate)
        return found

    def copy_of(self, text: str, smallest: list[int] | None = None) -> str:
        """Return the id of an earlier article the new text nearly repeats, or ``""``.

        Parameters
        ----------
        text : str
            The new article's text (shingled only if a candidate is found).
        smallest : list of int, optional
            Its sketch, if at hand.
        """
        if smallest is None:
            smallest = sketch(hashes(text))
        found = self.candidates(smallest)
        if not found:
            return ""
        mine = shingles(text)
        best, best_score = "", 0.0
        for candidate in found:
            score = similarity(mine, self._grams(candidate))
            if score >= self.threshold and score > best_score:
                best, best_score = candidate, score
        return self._first.get(best, best)
