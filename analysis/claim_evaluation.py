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


def judged(lemmas: frozenset[str], text: str) -> frozenset[str]:
    """Return ``lemmas`` without the words ``text`` uses in a sense that judges nothing."""
    return lemmas - {"responsible"} if _ROLE_OR_BLAME.search(text) else lemmas
