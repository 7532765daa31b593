"""Graded stance of a statement: how strongly, and by which words, it calls its subject good or bad.

Sides of a dispute frame one subject in opposite ways far more often than they contradict
a fact: "the vaccine protects children" against "the vaccine harms children", "the law
reduces crime" against "the law fuels violence", "it should be banned" against "it
should be allowed". :func:`judge` reads one statement into a :class:`Judgement`: a signed
score in ``[-1, 1]`` (stronger and more judging words give a larger magnitude) and the
words that carry it, so an explanation can quote them. It adds up, with word lists we
wrote (:mod:`analysis.claim_stance_words`):

- judging words ("harmful" -1, "costly" -0.5, "protects" +1);
- a change of a good or a bad thing ("reduces crime" +0.75, "loses jobs" -0.75);
- a recommendation ("should be banned" -1, "must be allowed" +1);

each flipped when a negator stands within three words before it ("is not effective",
"should not be banned"), skipped where it judges nothing (:mod:`analysis.claim_senses`:
"the Justice Department", "benefit cuts") and halved when a contrast follows ("it is
costly, but it saves lives": the clause after "but" is what the speaker stands by).

:func:`opposed` then says how strongly two statements judge one subject in opposite ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.claim_senses import not_judging
from analysis.claim_stance_words import (
    ALLOWING,
    BADS,
    CHARGES,
    CONTRASTS,
    GOODS,
    LOWERERS,
    MILD_BAD,
    MILD_GOOD,
    MODALS,
    NEGATIVE_MODALS,
    NEGATORS,
    RAISERS,
    STOPPING,
    STRONG_BAD,
    STRONG_GOOD,
)
from analysis.claim_words import lemma, straight_apostrophes

# How far (in words) a negator reaches forward, and a verb to its object or act.
NEGATION_REACH = 3
OBJECT_REACH = 3
# A change of a good or a bad judges a little less surely than a judging word.
CHANGE_WEIGHT = 0.75
# What stands before a contrast ("costly, but ...") counts this much.
BEFORE_CONTRAST = 0.5
# The summed weight at which a statement's judgement is as strong as it gets.
FULL_WEIGHT = 2.0
_FILLERS = frozenset(["be", "been", "being", "to", "the", "a", "an", "it", "them", "this", "that", "also"])
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


@dataclass(frozen=True, slots=True)
class Judgement:
    """How a statement judges its subject.

    ``score`` is in ``[-1, 1]``: positive when it speaks well of its subject, negative when
    ill, zero when it judges nothing; ``cue`` is the span of the text that judges most
    strongly in the direction of ``score`` (``(0, 0)`` when none).
    """

    score: float = 0.0
    cue: tuple[int, int] = (0, 0)

    @property
    def sign(self) -> int:
        """``+1``, ``-1`` or ``0``."""
        return (self.score > 0) - (self.score < 0)


NEUTRAL = Judgement()


_ACTS = ALLOWING | STOPPING
THINGS = GOODS | BADS
_MOVERS = RAISERS | LOWERERS
JUDGING = STRONG_GOOD | STRONG_BAD | MILD_GOOD | MILD_BAD
# A word that may start a judging phrase: its lemma judges or moves, or it is a modal or a contrast.
_STARTS = JUDGING | _MOVERS | CHARGES
_MODAL_WORDS = MODALS | NEGATIVE_MODALS
# Content lemmas without one of which a statement cannot judge (modals are stop words).
SCREEN = JUDGING | THINGS | _ACTS | CHARGES
_START_WORDS = _MODAL_WORDS | CONTRASTS


def may_judge(lemmas: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a statement with these content ``lemmas`` and ``words`` may judge at all (a cheap screen).

    It must have a judging word, a good or bad thing and a word that moves it, or a
    modal and an act: the rest, most of a news corpus, is never read word by word.
    """
    if lemmas & JUDGING or lemmas & CHARGES:
        return True
    if lemmas & THINGS and (lemmas & _MOVERS or words & _MOVERS):
        return True
    return bool(words & _MODAL_WORDS and lemmas & _ACTS)


@dataclass(frozen=True, slots=True)
class _Words:
    """A statement's words in order: as written (lower case) and their lemmas."""

    words: list[str]
    lemmas: list[str]


def _words(lower: str) -> _Words:
    words = _WORD.findall(lower)
    return _Words(words, [lemma(w) for w in words])


def _spans(lower: str, first: int, last: int) -> tuple[int, int]:
    """Return the character span from word ``first`` to the end of word ``last``."""
    start = end = 0
    for k, match in enumerate(_WORD.finditer(lower)):
        if k == first:
            start = match.start()
        if k == last:
            end = match.end()
            break
    return start, end


def _negator(word: str) -> bool:
    return word in NEGATORS or word in NEGATIVE_MODALS or word.endswith("n't")


def _negated(words: list[str], start: int, end: int) -> bool:
    """Whether a negator stands in the few words before ``start`` or inside ``[start, end)``."""
    return any(_negator(w) for w in words[max(0, start - NEGATION_REACH) : end])


def _ahead(ws: _Words, i: int, wanted: frozenset[str]) -> int:
    """Return the index of the first word after ``i`` (skipping fillers) whose lemma is wanted, or -1."""
    seen = 0
    for k in range(i + 1, len(ws.words)):
        if ws.lemmas[k] in wanted:
            return k
        word = ws.words[k]
        if word in _FILLERS or _negator(word):
            continue
        seen += 1
        if seen >= OBJECT_REACH:
            break
    return -1


def _value(ws: _Words, i: int, used: set[int]) -> tuple[float, int]:
    """Return the judgement the phrase starting at word ``i`` makes and the index it ends at."""
    word, lem = ws.words[i], ws.lemmas[i]
    if word in MODALS or word in NEGATIVE_MODALS:
        act = _ahead(ws, i, _ACTS)
        if act >= 0:
            return (1.0 if ws.lemmas[act] in ALLOWING else -1.0), act
        return 0.0, i
    if lem in _MOVERS:
        thing = _ahead(ws, i, THINGS)
        nearer = _ahead(ws, i, _MOVERS) if thing >= 0 else -1
        # "leads to less hunger": the nearer "less" moves the thing, not "leads".
        if thing >= 0 and thing not in used and not 0 <= nearer < thing:
            up = 1.0 if lem in RAISERS and lem not in LOWERERS else -1.0
            good = 1.0 if ws.lemmas[thing] in GOODS and ws.lemmas[thing] not in BADS else -1.0
            return CHANGE_WEIGHT * up * good, thing
    if lem in STRONG_GOOD:
        return 1.0, i
    if lem in STRONG_BAD:
        return -1.0, i
    if lem in MILD_GOOD:
        return 0.5, i
    if lem in MILD_BAD:
        return -0.5, i
    return 0.0, i


def judge(text: str) -> Judgement:
    """Return how ``text`` judges its subject (:class:`Judgement`)."""
    lower = straight_apostrophes(text.lower())  # "isn’t" reads as "isn't"
    ws = _words(lower)
    total = 0.0
    parts: list[tuple[float, int, int]] = []  # value, first and last word of each judging phrase
    # "the Justice Department", "benefit cuts": a judging word that judges nothing here.
    skip = not_judging(set(ws.lemmas) & JUDGING, text)
    used: set[int] = {i for i, lem in enumerate(ws.lemmas) if lem in skip}
    starts = [i for i, lem in enumerate(ws.lemmas) if lem in _STARTS or ws.words[i] in _START_WORDS]
    for i in starts:
        if i in used:
            continue
        if ws.words[i] in CONTRASTS:
            total *= BEFORE_CONTRAST
            parts = [(v * BEFORE_CONTRAST, f, e) for v, f, e in parts]
            continue
        if ws.lemmas[i] in CHARGES:
            # The charge is the accused's act, not the speaker's judgement: it is read as
            # one bad word, and nothing in it counts ("did not blame" judges nothing).
            last = _charge_end(ws, i)
            used.update(range(i, last + 1))
            if not _negated(ws.words, i, i + 1):
                total -= 1.0
                parts.append((-1.0, i, i))
            continue
        value, last = _value(ws, i, used)
        if not value:
            continue
        used.update(range(i, last + 1))
        if _negated(ws.words, i, last):
            value = -value
        total += value
        parts.append((value, i, last))
    if not total:
        return NEUTRAL
    score = max(-1.0, min(1.0, total / FULL_WEIGHT))
    best = max(parts, key=lambda p: p[0] * score)
    return Judgement(score, _spans(lower, best[1], best[2]))


def _charge_end(ws: _Words, i: int) -> int:
    """The last word of the charge after word ``i``: up to a contrast or the statement's end."""
    for k in range(i + 1, len(ws.words)):
        if ws.words[k] in CONTRASTS:
            return k - 1
    return len(ws.words) - 1


def opposed(a: Judgement, b: Judgement) -> float:
    """Return how strongly two judgements oppose each other, in ``[0, 1]`` (0 when they do not)."""
    if a.score * b.score >= 0:
        return 0.0
    return min(abs(a.score), abs(b.score))
