"""Words of speaker names: which words are titles, parties, groups or seats of government,
and the runs of capitalised words that make a name (see :mod:`analysis.names`)."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.attr_lexicon import (
    PARTISANS,
    ROLE_NOUNS,
    TITLES,
    words,
)
from analysis.attr_places import COUNTRIES, DEMONYMS
from analysis.name_fold import fold

SUFFIXES = words("jr jr. sr sr. ii iii iv phd md esq")

PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-")

LINKS = words("of for from at with in on to")

SURNAME_TITLES = words("King Dean Major Bishop Judge Marshal Prince Pope Chancellor")

WEB_NAME = re.compile(r"\w\.(?:org|com|net)$", re.IGNORECASE)

# Members of a party or a people: a group, never one person's name.
PARTY_MEMBERS = words(
    """democrats republicans conservatives liberals progressives libertarians socialists communists
    tories whigs greens"""
)

GROUP_PLURALS = (
    PARTY_MEMBERS
    | words("moderates centrists independents evangelicals")
    | frozenset(d + "s" for d in DEMONYMS if d.endswith(("an", "i")))
)

QUANTIFIERS = words("some many most several few others all both each either neither one")

GROUP_QUALIFIERS = words(
    """some other others most many several few all both two three four five dozens hundreds
    thousands leading prominent senior top key fellow young younger older moderate conservative
    liberal progressive rank-and-file ordinary angry frustrated disaffected those these the"""
)

# Seats of government named for the government; whole words ("Wall Street Journal",
# "Freedom's Lighthouse" and "Real Estate Board" are none).
GOVERNMENT_NAMES = re.compile(
    r"\b(?:white house|kremlin|pentagon|downing street|elysee|state department|foreign office)\b"
)

# Capitalised words that are never part of a name: titles and role nouns ("Officials said").
# "the California Democrat", "Byron Dorgan, Democrat of North Dakota": a party is no name.
NOT_NAMES = TITLES | ROLE_NOUNS | PARTISANS


@lru_cache(maxsize=65536)
def plain(word: str) -> str:
    """Lower-case a token and drop a possessive ending (cached: names repeat their words)."""
    word = word.lower().replace("’", "'")
    if word.endswith("s'"):
        return word[:-1]  # "Democrats’"
    return word[:-2] if word.endswith("'s") else word


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def surname_key(tokens: list[str]) -> str:
    """Return the matching key of a person name: its last real token, folded."""
    words = [t for t in tokens if plain(t).rstrip(".") not in SUFFIXES and t not in {",", "."}]
    last = fold(words[-1]).rstrip(".") if words else ""
    last = last[:-2] if last.endswith("'s") else last
    for prefix in PREFIXES:
        if last.startswith(prefix) and len(last) > len(prefix) + 2:
            return last[len(prefix) :]
    return last


PARTICLES = words("de van von der bin ibn al da di la le du del della dos das")


def name_run(tokens: list[str]) -> tuple[int, int]:
    """Return ``[i, j)`` of the last run of capitalised non-title tokens."""
    j = len(tokens)
    surname_title = title_as_surname(tokens)
    while j > 0 and not (is_cap(tokens[j - 1]) and plain(tokens[j - 1]).rstrip(".") not in NOT_NAMES):
        if surname_title:
            break
        j -= 1
    i = j - 1 if surname_title else j
    while i > 0:
        prev = tokens[i - 1]
        if i < j and prev.endswith(("’s", "'s")):
            break  # "Microsoft's Dustin Childs": the owner is no part of the name
        bare = plain(prev).rstrip(".")
        if (is_cap(prev) and bare not in NOT_NAMES) or (bare in PARTICLES and i < j):
            i -= 1
        else:
            break
    return i, j


def title_as_surname(tokens: list[str]) -> bool:
    """Whether the last word, a title elsewhere, is the surname of the name before it
    (``Sen. Angus King``, ``Howard Dean``): titles stand before names in English, so one
    that ends the mention after a first name is the name (``the Jordanian King`` is not)."""
    if len(tokens) < 2 or tokens[-1] not in SURNAME_TITLES:
        return False
    before = tokens[-2]
    folded = fold(before)
    return (
        is_cap(before)
        and before.isalpha()
        and plain(before) not in NOT_NAMES
        and folded not in DEMONYMS
        and folded not in COUNTRIES
    )


# Short forms news uses for the same person ("Stan Perlo" / "Stanley Perlo").
_NICKNAMES = {
    short: full
    for full, shorts in {
        "david": "dave", "stanley": "stan", "michael": "mike", "robert": "bob bobby rob",
        "william": "bill billy",
        "james": "jim jimmy", "thomas": "tom tommy", "charles": "chuck charlie", "richard": "dick rick rich",
        "joseph": "joe", "anthony": "tony", "steven": "steve", "stephen": "steve", "christopher": "chris",
        "matthew": "matt", "daniel": "dan danny", "edward": "ed ted", "andrew": "andy", "alexander": "alex",
        "benjamin": "ben", "samuel": "sam", "nicholas": "nick", "patrick": "pat", "ronald": "ron",
        "timothy": "tim", "gregory": "greg", "jeffrey": "jeff", "kenneth": "ken", "lawrence": "larry",
        "elizabeth": "liz beth", "katherine": "kate kathy", "susan": "sue", "jennifer": "jen jenny",
        "margaret": "peggy meg", "john": "jon jack", "gerald": "jerry", "donald": "don", "douglas": "doug",
    }.items()
    for short in shorts.split()
}  # fmt: skip
_INITIALS = re.compile(r"(?:[A-Za-z]\.\s*)+")


def given_name(run: list[str]) -> str:
    """The matching key of a person's given name in a name ``run`` (surname last), ``""``
    for none: initials joined (``A. J.`` = ``A.J.`` = ``aj``), a middle name after one
    initial (``A. Barry Rand``), a short form as its full form (``Stan`` = ``Stanley``), and
    spellings folded (``Heydar`` = ``Heidar``, ``Massoud`` = ``Masoud``)."""
    given = run[:-1]
    if not given or given[0].islower() or plain(given[0]) in PARTICLES:
        return ""  # "Mr. de León", "Van Rompuy": a particle opens the surname
    initials = 0
    while initials < len(given) and _INITIALS.fullmatch(given[initials]):
        initials += 1
    if initials == len(given):
        return fold("".join(given)).replace(".", "").replace(" ", "")
    word = fold(given[1] if initials == 1 else given[0])
    word = _NICKNAMES.get(word, word)
    return _spelling(word)


def _spelling(word: str) -> str:
    """Fold spellings of one name: y = i, k = c, ou = u, ph = f, h after a consonant, doubles."""
    word = word.replace("ou", "u").replace("ph", "f").replace("y", "i").replace("k", "c")
    word = re.sub(r"(?<=[^aeiou])h", "", word)
    return re.sub(r"(.)\1", r"\1", word)


def spelling_variants(a: str, b: str) -> bool:
    """Whether two given-name keys are one name transliterated twice (``gurbanguli`` /
    ``curbanguli``, ``giannis`` / ``iannis``, ``elias`` / ``ilias``): at most one edit for
    names of five or six letters, two for longer ones; shorter names are never matched
    (``jim`` / ``tim`` are two people), nor names told apart by their last vowel alone."""
    shortest = min(len(a), len(b))
    if shortest < _VARIANT_MIN or a == b:
        return False
    if len(a) == len(b) and a[:-1] == b[:-1] and a[-1] in "aeio" and b[-1] in "aeio":
        return False  # "mario" / "maria", "julio" / "julia": a man's and a woman's name
    allowed = 1 if shortest <= _VARIANT_SHORT else 2
    return abs(len(a) - len(b)) <= allowed and _edits(a, b, allowed) <= allowed


_VARIANT_MIN = 5
_VARIANT_SHORT = 6


def _edits(a: str, b: str, cap: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, stopped once every path exceeds ``cap``."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (ca != cb))
        if min(row) > cap:
            return cap + 1
    return row[-1]
