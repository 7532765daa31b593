"""Shapes of a speaker mention that decide its kind (see :mod:`analysis.names`): a title
then a name, a body's role then a name, an organisation named "X for Y", a brand, places
joined, a quantified group."""

from __future__ import annotations

import re

from analysis.attr_lexicon import (
    ALL_PRONOUNS,
    ANONYMOUS_HEADS,
    GOVERNMENT_HEADS,
    INSTITUTION_HEADS,
    MEDIA_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from analysis.attr_places import COUNTRIES, US_STATES
from analysis.claim_words import WEEKDAYS
from analysis.model import SpeakerType
from analysis.name_fold import fold
from analysis.name_words import (
    GOVERNMENT_NAMES,
    LINKS,
    NOT_NAMES,
    QUANTIFIERS,
    WEB_NAME,
    is_cap,
    name_run,
    plain,
)


def org_type(words: set[str], name: str) -> SpeakerType | None:
    """Return the type of an organisation name, or ``None`` when it names no organisation."""
    folded = fold(name)
    if GOVERNMENT_NAMES.search(folded):
        return SpeakerType.GOVERNMENT
    if words & MEDIA_WORDS and not words & {"ministry", "department"}:
        return SpeakerType.MEDIA
    if words & INSTITUTION_HEADS:
        return SpeakerType.GOVERNMENT if words & GOVERNMENT_HEADS else SpeakerType.INSTITUTION
    last = name.split()[-1] if name.split() else ""
    if last in _NAMED_HEADS:
        # "the U.S. Geological Survey", "Lake County": capitalised, a body's name ("a survey"
        # and "the county" stay the nouns they are).
        return _NAMED_HEADS[last]
    return None


_NAMED_HEADS = {"Survey": SpeakerType.INSTITUTION, "County": SpeakerType.GOVERNMENT}


def titled_name(head: list[str]) -> bool:
    """Whether ``head`` ends in a title, then a person's name (``White House Press Secretary
    Jay Carney``, ``Fox News host Sean Hannity``), not an organisation's name."""
    i, j = name_run(head)
    if j != len(head) or i == 0 or plain(head[i - 1]).rstrip(".") not in NOT_NAMES:
        return False
    return not any(plain(t) in INSTITUTION_HEADS for t in head[i:j])


def unnamed(tokens: list[str]) -> bool:
    """A pronoun, a weekday or a quantifier with no name of its own: ``It``, ``Wednesday on
    Twitter``, ``Some on the right``, ``Many of Ms. Lind's colleagues``, ``Some in the GOP``."""
    first = plain(tokens[0])
    if first in ALL_PRONOUNS or first in WEEKDAYS:
        return True
    if first not in QUANTIFIERS or len(tokens) < 2:
        return False
    return tokens[1].lower() in LINKS | {"among"} or not any(is_cap(t) for t in tokens[1:])


_TITLE_WORDS = NOT_NAMES | INSTITUTION_HEADS | {"the"}


def titled_in_modifier(head: list[str], modifier: list[str], link: str) -> tuple[int, int] | None:
    """``[i, j)`` of the name closing a compound title's modifier (``chief of staff Mick
    Mulvaney``, ``Minister of Defence Anton Krall``), else ``None`` (also for ``the
    ambassador to the EU``: only "of" makes a compound title)."""
    if not modifier or link != "of" or plain(head[-1]).rstrip(".") not in TITLES:
        return None
    k = 0
    while k < len(modifier) and plain(modifier[k]).rstrip(".") in _TITLE_WORDS:
        k += 1
    name = modifier[k:]
    if k == 0 or not 1 <= len(name) <= 4 or not all(is_cap(t) for t in name) or name[-1].isupper():
        return None
    return k, len(modifier)


def is_place(folded: str, places: frozenset[str]) -> bool:
    """Whether a folded name is a place: of the corpus, a country or a US state."""
    return folded in places or folded in COUNTRIES or folded in US_STATES


def places_joined(head: list[str], places: frozenset[str]) -> bool:
    """``California and New York announced they will sue``: governments, together."""
    parts = fold(" ".join(head)).split(" and ")
    return len(parts) > 1 and all(is_place(part.strip(), places) for part in parts)


def titled_for(head: list[str], modifier: list[str], tokens: list[str]) -> bool:
    """Whether a capitalised ``X for Y`` is an organisation's or a programme's name
    (``Democracy for America``, ``Deferred Action for Childhood Arrivals``): a person is
    never named so, and a role ``for`` someone (``Secretary for Health``) is a title."""
    if not modifier or len(head) + len(modifier) + 1 != len(tokens) or tokens[len(head)].lower() != "for":
        return False
    if not all(is_cap(t) for t in head) or not is_cap(modifier[0]):
        return False
    return not any(plain(t).rstrip(".") in NOT_NAMES for t in head)


def branded(run: list[str]) -> bool:
    """Whether a capitalised run is an organisation's brand: a word in capitals beside
    ordinary words (``CREDO Action``) or a web address (``MoveOn.org``). A person's name in
    capitals is capitals throughout (a transcript's ``JOHN SMITH``)."""
    if any(WEB_NAME.search(t) for t in run):
        return True
    if len(run) == 1 and _CAMEL.fullmatch(run[0]) and not _SURNAME_PREFIX.match(run[0]):
        return True  # "OpenWorld", "YouTube", "PayPal" (not "McCain", "DeGeneres", "LaBolt")
    shouting = [t.isupper() and len(t) > 2 and t.isalpha() for t in run]
    return len(run) > 1 and any(shouting) and not all(shouting)


# One word with a capital inside ("OpenWorld"), and the surname prefixes that make one too.
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St|Fitz)[A-Z]")


def org_head_last(head: list[str]) -> bool:
    """Return whether a phrase ends in an organisation word (the Kersian Defence Ministry),
    not in a person it employs (``a senior administration official``, ``White House Press
    Secretary Jay Carney``, ``Fox News host Sean Hannity``)."""
    last = plain(head[-1])
    if last in ROLE_NOUNS or last in ANONYMOUS_HEADS:
        return False
    if titled_name(head):
        return False
    tail = [plain(t) for t in head[-3:]]
    named = head[-1] in _NAMED_HEADS  # "the U.S. Geological Survey", "Lake County"
    return named or any(t in INSTITUTION_HEADS or t in MEDIA_WORDS for t in tail) or "house" in tail


def body_before(before: list[str]) -> str:
    """The organisation words before a role (``Bureau of Prisons`` spokesman)."""
    cut = len(before)
    while cut > 0 and (plain(before[cut - 1]).rstrip(".") in ROLE_NOUNS or not is_cap(before[cut - 1])):
        cut -= 1
    return " ".join(before[:cut])


def affiliation_before(before: list[str]) -> str:
    """Return the organisation or country words before a role (``Defence Ministry`` spokesman)."""
    words: list[str] = []
    for tok in before:
        bare = plain(tok).rstrip(".")
        if bare in ROLE_NOUNS or tok.endswith(".") or not is_cap(tok):
            break
        words.append(tok)
    bare_words = {plain(w) for w in words}
    if bare_words & INSTITUTION_HEADS or any(w.isupper() and len(w) > 1 for w in words):
        return " ".join(words)
    if len(words) == 1 and fold(words[0]).endswith(("an", "ish", "ese", "i")):
        return words[0]
    return ""
