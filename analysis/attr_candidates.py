"""Mentions a later pronoun or role noun may stand for, and how a role phrase matches one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from analysis import names
from analysis.attr_lexicon import INSTITUTION_HEADS
from analysis.attr_roles import DETERMINERS, norm
from analysis.model import Span

_WORDS = re.compile(r"[\w’'-]+")
_ROLE_BEFORE = re.compile(r"\b((?:[a-z]+\s+){1,2})$")  # "spokesman" in "Ministry spokesman Oleg Varnov"
_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+([^,.;“”\"]{1,60}),")


@dataclass(frozen=True)
class Candidate:
    """A mention that a later pronoun or role noun may stand for."""

    span: Span
    parsed: names.Parsed
    subject: bool
    text: str = field(repr=False, compare=False)

    @cached_property
    def words(self) -> frozenset[str]:
        """The mention's words with the role before it and an apposition after it, normalised.

        ``Ministry spokesman Oleg Varnov`` describes Varnov as a spokesman; ``Mr. Trump, the
        presumptive Republican nominee,`` as the nominee. Read only when a role noun needs it.
        """
        text, (start, end) = self.text, self.span
        before = _ROLE_BEFORE.search(text, max(0, start - 60), start)
        described = (before.group(1) + " " if before else "") + text[start:end]
        apposition = _APPOSITION.match(text, end)
        if apposition is not None:
            described += " " + apposition.group(1)
        return frozenset(norm(w) for w in _WORDS.findall(described.lower()))

    @cached_property
    def mention_words(self) -> list[str]:
        """The mention's own words in order, normalised ("Gov." -> "governor", "AARP's" -> "aarp")."""
        return [norm(w) for w in _WORDS.findall(self.text[self.span[0] : self.span[1]])]

    @property
    def possessive(self) -> bool:
        """``Mitt Romney’s`` modifies a noun; a pronoun does not stand for it."""
        return self.parsed.text.endswith(("’s", "'s"))

    @property
    def conjoined(self) -> bool:
        """``Chuck E. Cheese’s and Sears``, ``Kersia and Valdoria``: two parties, never one "he"."""
        return " and " in self.text[self.span[0] : self.span[1]]


def headed_by(cand: Candidate, head: str) -> bool:
    """Whether an organisation's name ends in ``head`` or goes on with an organisation word or
    "of": "the Defence Ministry", "Ministry of Defence", "Police Department" for "the police";
    not "Police Published" (a headline run into its dateline)."""
    mention = cand.mention_words
    at = [k for k, w in enumerate(mention) if w == head]
    return not at or any(
        k + 1 == len(mention) or mention[k + 1] in INSTITUTION_HEADS or mention[k + 1] in {"of", "for"}
        for k in at
    )


def qualified(cand: Candidate, head: str) -> bool:
    """Whether a candidate's role has words of its own before it (``AARP policy director``)."""
    mention = cand.mention_words
    before = next((mention[:k] for k, w in enumerate(mention) if w == head), [])
    return any(w not in DETERMINERS for w in before)
