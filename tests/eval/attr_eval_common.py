"""Shared helpers of the attribution evaluation: articles from raw text, word overlap, tables."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.model import Article, Format, content_id

Span = tuple[int, int]
_WORD = re.compile(r"\w+")
_BLANK = re.compile(r"\n\s*\n")


def article_of(text: str, path: str = "") -> Article:
    """Make an article of raw text, paragraphs at blank lines, no noise (offsets stay the file's)."""
    paragraphs: list[Span] = []
    cursor = 0
    for m in _BLANK.finditer(text):
        if m.start() > cursor:
            paragraphs.append((cursor, m.start()))
        cursor = m.end()
    if cursor < len(text):
        paragraphs.append((cursor, len(text)))
    return Article(content_id(text), path, Format.TEXT, text, paragraphs=tuple(paragraphs))


def words(text: str, span: Span) -> set[int]:
    """Return the start offsets of the words inside ``span`` (a word set to compare spans by)."""
    return {m.start() for m in _WORD.finditer(text, span[0], span[1])}


def overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match(text: str, gold: Sequence[Span], pred: Sequence[Span]) -> tuple[dict[int, int], int]:
    """Match predicted spans to gold spans one-to-one.

    Returns
    -------
    dict of int to int
        gold index -> predicted index, for pairs sharing at least half of each one's words.
    int
        How many of those pairs cover exactly the same words.
    """
    gold_words = [words(text, g) for g in gold]
    pred_words = [words(text, p) for p in pred]
    pairs: list[tuple[float, int, int]] = []
    for gi, gw in enumerate(gold_words):
        for pi, pw in enumerate(pred_words):
            if not gw or not pw or not overlaps(gold[gi], pred[pi]):
                continue
            shared = len(gw & pw)
            if shared >= 0.5 * len(gw) and shared >= 0.5 * len(pw):
                pairs.append((shared / len(gw | pw), gi, pi))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in matched and pi not in used:
            matched[gi] = pi
            used.add(pi)
    exact = sum(1 for gi, pi in matched.items() if gold_words[gi] == pred_words[pi])
    return matched, exact


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def row(name: str, values: Sequence[object], width: int = 34) -> str:
    cells = [f"{v:>9.3f}" if isinstance(v, float) else f"{v!s:>9}" for v in values]
    return f"{name:<{width}}" + "".join(cells)


def coverage(text: str, gold: Sequence[Span], pred: Sequence[Span]) -> tuple[int, int]:
    """Statement-level matching: how many gold units lie at least half inside one predicted
    span, and how many predicted spans lie at least half inside the gold units' union."""
    gold_words = [words(text, g) for g in gold]
    pred_words = [words(text, p) for p in pred]
    union = set().union(*gold_words) if gold_words else set()
    found = sum(1 for gw in gold_words if gw and any(len(gw & pw) >= 0.5 * len(gw) for pw in pred_words))
    right = sum(1 for pw in pred_words if pw and len(pw & union) >= 0.5 * len(pw))
    return found, right
