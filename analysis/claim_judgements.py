"""Opposite judgements of one subject: "the deal protects workers" / "the deal hurts workers".

The weakest competing claim (sides judge differently far more often than they contradict
a fact): :func:`judgement` is asked last, after every factual check has found nothing.
"""

from __future__ import annotations

import re

from analysis.claim_evaluation import EVALUATIVE
from analysis.claim_text import around, snippet
from analysis.claim_types import DENIAL_SIMILARITY, Finding, Reading
from analysis.claim_words import lemma, words_of
from analysis.model import ClaimKind
from analysis.polarity_words import REFUTERS

# Aligned at least as much as a denial, sharing this many content words besides the
# judging ones, and less than this share of the shorter statement's (more is one
# statement retold).
JUDGEMENT_STRENGTH = 0.3
MIN_JUDGED_SHARED = 2
RETOLD = 0.8


def judgement(a: Reading, b: Reading, similarity: float = 1.0) -> Finding | None:
    """Opposite judgements of one subject: "the deal protects workers" / "the deal hurts workers".

    A weak signal (sides judge differently far more often than they contradict a fact),
    so it scores below every factual conflict; the two must be aligned and share content
    besides the judging words.
    """
    if a.evaluation * b.evaluation >= 0 or similarity < DENIAL_SIMILARITY:
        return None
    shared = len((a.lemmas & b.lemmas) - EVALUATIVE)
    if a.stance.hedged or b.stance.hedged or shared < MIN_JUDGED_SHARED:
        return None
    if _retold(a, b) or REFUTERS & words_of(a.text) & words_of(b.text):
        return None  # both call the tip "a hoax": a negation read into one is no judgement
    good, bad = (a, b) if a.evaluation > 0 else (b, a)
    subject = " ".join(_written(good.text, (a.lemmas & b.lemmas) - EVALUATIVE, _SUBJECT_WORDS))
    return Finding(
        ClaimKind.FRAMING,
        JUDGEMENT_STRENGTH + 0.05 * min(shared - MIN_JUDGED_SHARED, 3),
        f"opposite judgements of {subject}: {good.voice} speaks well of it ({_judging(good)}); "
        f"{bad.voice} speaks ill of it ({_judging(bad)})",
    )


_SUBJECT_WORDS = 3  # shared words named as what both judge
_WORD = re.compile(r"[\w’'-]+")  # as written: "Net neutrality", not "net neutrality"


def _written(text: str, lemmas: frozenset[str], limit: int) -> list[str]:
    """The first ``limit`` words of ``text`` whose lemmas are in ``lemmas``, as written and
    quoted, in text order and once each (``“border” “fence”``)."""
    out: list[str] = []
    seen: set[str] = set()
    for m in _WORD.finditer(text):
        word = m.group()
        key = lemma(word.lower())
        if key in lemmas and key not in seen:
            seen.add(key)
            out.append(f"“{word}”")
            if len(out) == limit:
                break
    return out


def _judging(reading: Reading) -> str:
    """The judging word of a statement and the words around it (``“illegal” in “…”``)."""
    found = _written(reading.text, reading.lemmas & EVALUATIVE, 1)
    if not found:
        return snippet(reading.text)  # a charge ("accused … of capitulating") judges as a whole
    return f"{found[0]} in {around(reading.text, found[0][1:-1])}"


def _retold(a: Reading, b: Reading) -> bool:
    """Whether the shorter statement is retold inside the longer, judging words and all.

    "…shut that whole thing down" and the same quote with two more sentences: the longer
    one judges what it adds, so the two make no opposite judgements of one thing.
    "The motorway is beneficial" / "… harmful" differ in the judging word itself.
    """
    short, long = (a, b) if len(a.lemmas) <= len(b.lemmas) else (b, a)
    if not short.lemmas & EVALUATIVE <= long.lemmas:
        return False
    plain = short.lemmas - EVALUATIVE
    return len(plain & long.lemmas) >= RETOLD * len(plain)
