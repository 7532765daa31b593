"""Evaluation of a statement: does it call its subject good or bad?

"The deal protects workers" and "The deal hurts workers" make opposite judgements of
one subject; sides of a dispute frame the same event this way more often than they
contradict a fact. This module holds a small lexicon we wrote of evaluative words
(judgements, not topics: "harmful" is one, "war" is not) and returns a statement's
evaluation: ``+1`` (favourable words only), ``-1`` (unfavourable only) or ``0`` (none, or
both: "offensive and wrong, and he should consider what is best" judges nothing clearly),
flipped when the statement is negated ("is not effective").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from analysis.claim_stance_words import charges
from analysis.claim_words import lemma

_FAVOURABLE = """
good better best benefit benefits beneficial help helps helpful improve improves improved improvement
protect protects protection safe safer fair fairer fairest effective efficient useful valuable
necessary essential success successful positive advantage advantages boost boosts promote promotes
encourage encourages enable enables freedom healthy healthier save saves prevent prevents solve solves
solution opportunity opportunities progress strengthen strengthens stronger justified justice moral
ethical legitimate responsible wise enjoyable happy stable stability secure empower empowers equality
dignity welfare sustainable affordable accessible deserve deserves worthwhile reasonable rational
lawful praise praised welcome welcomed commend commended
"""
_UNFAVOURABLE = """
bad worse worst harm harms harmful hurt hurts damage damages damaging dangerous risky unsafe unfair
ineffective inefficient useless unnecessary costly burden burdensome waste wasteful problem problems
negative disadvantage disadvantages threat threatens threaten undermine undermines weaken weakens
violate violates violation abuse abuses exploit exploits exploitation discriminate discrimination
discriminatory unjust injustice immoral unethical illegitimate irresponsible corrupt corruption cruel
cruelty unhealthy addictive fail fails failure hamper hampers hinder hinders overreaching flawed
biased unjustified reckless condemn condemned criticise criticised criticize criticized
wrong offensive outrageous shameful disgraceful unacceptable inappropriate appalling terrible horrible
awful evil disgusting insulting absurd ridiculous
"""


def _lemmas(words: str) -> frozenset[str]:
    return frozenset(lemma(w) for w in words.split())


FAVOURABLE = _lemmas(_FAVOURABLE)
UNFAVOURABLE = _lemmas(_UNFAVOURABLE) - FAVOURABLE
EVALUATIVE = FAVOURABLE | UNFAVOURABLE


def evaluation(lemmas: Iterable[str], polarity: int = 1) -> int:
    """Return ``+1``, ``-1`` or ``0``: the statement's judgement of its subject.

    Parameters
    ----------
    lemmas : iterable of str
        The statement's content lemmas.
    polarity : int
        ``-1`` when the statement is negated: "is not effective" judges unfavourably.
    """
    words = list(lemmas)
    good, bad = sum(w in FAVOURABLE for w in words), sum(w in UNFAVOURABLE for w in words)
    if good and bad:
        return 0
    sign = (good > bad) - (good < bad)
    return sign * (1 if polarity >= 0 else -1)


# "responsible for all ADSL connections", "responsible for the attack": a role or blame,
# not praise ("a responsible government" still judges).
_ROLE_OR_BLAME = re.compile(r"\bresponsib(?:le|ility)\s+for\b", re.IGNORECASE)


# A judging word inside a name ("the Justice Department", "the Freedom Caucus"), a good
# thing that is cut ("benefit cuts") or what a law is about ("religious freedom laws")
# judges nothing by itself.
_NOT_PLAIN = ("cut", "reduction", "loss", "law", "act", "bill", "program", "agenc")
_NAME_AFTER = re.compile(r"\s+(?:of\s+)?[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
# An entitlement named by what it is for ("tax benefits", "unemployment benefits") judges nothing.
_ENTITLEMENT_BEFORE = re.compile(
    r"\b(?:tax|health|jobless|unemployment|federal|veterans[’']?|retirement|pension|disability|survivor"
    r"|welfare|security|medicare|medicaid|insurance|fringe|death|education|food|housing|spousal)\s+$",
    re.IGNORECASE,
)


def judged(lemmas: frozenset[str], text: str) -> frozenset[str]:
    """Return ``lemmas`` without the words ``text`` uses in a sense that judges nothing."""
    out = lemmas - {"responsible"} if _ROLE_OR_BLAME.search(text) else lemmas
    drop = {w for w in out & EVALUATIVE if not _plain_use(w, text)}
    return out - drop if drop else out


def _plain_use(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` at least once in its own sense: not inside a name,
    before a cut or naming a law (a word not found as written is kept)."""
    found = False
    for m in re.finditer(rf"\b{re.escape(word)}\w*", text, re.IGNORECASE):
        found = True
        if text[m.end() : m.end() + 12].lstrip().lower().startswith(_NOT_PLAIN):
            continue
        if m.group()[0].isupper() and _in_name(text, m.start(), m.end()):
            continue
        if word.startswith("benefit") and _ENTITLEMENT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if m.group().lower() == "justices" or text[max(0, m.start() - 15) : m.start()].lower().endswith(
            "obstruction of "
        ):
            continue  # the judges of a court; a crime
        return True
    return not found


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``[start, end)`` is part of a name: a capitalised word
    (or "of" and one) follows it, or one stands before it inside the sentence."""
    if _NAME_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    return _NAME_BEFORE.search(before) is not None and not before.rstrip().endswith((".", "!", "?"))


def evaluation_of(lemmas: frozenset[str], text: str, words: frozenset[str], polarity: int) -> int:
    """The evaluation of a statement (see :func:`evaluation`) with its ``words`` as written.

    A statement that charges someone judges them ill whatever its charge says
    ("accused the senators of capitulating to protect colleagues" praises no one).
    """
    if charges(words):
        return -1 if polarity >= 0 else 0
    return evaluation(judged(lemmas, text), polarity) if lemmas & EVALUATIVE else 0
