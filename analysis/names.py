"""Names of speakers: folding, titles, and what a mention says about who is speaking.

A mention as written (``Defence Ministry spokesman Major General Oleg Varnov``) is parsed
into the parts that matter for identity: the name (``Oleg Varnov``), its matching key
(``varnov``: titles and first names dropped, diacritics folded so ``Erdoğan`` =
``Erdogan``, Cyrillic transliterated), the role (``spokesman``), the affiliation
(``Defence Ministry``), an acronym defined in parentheses, and the speaker type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.attr_lexicon import (
    ALL_PRONOUNS,
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    FEMININE_MARKERS,
    FEMININE_NAMES,
    GOVERNMENT_HEADS,
    INSTITUTION_HEADS,
    MASCULINE_MARKERS,
    MASCULINE_NAMES,
    MEDIA_WORDS,
    PARTISANS,
    POSTNOMINAL,
    ROLE_NOUNS,
    TITLES,
    words,
)
from analysis.attr_places import COUNTRIES, DEMONYMS, US_STATES
from analysis.model import SpeakerType
from analysis.name_fold import fold, slug

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w]+(?:[’'\-&.][\w]+)*\.?|\S")
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9&.]{1,12})\s*\)")
_PARENTHESIS = re.compile(r"\([^)]*\)")
_DETERMINERS = words("the a an this that these those its his her their our my your")
_SUFFIXES = words("jr jr. sr sr. ii iii iv phd md esq")
_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "an-", "ar-")
_LINKS = words("of for from at with in on to")
_FAMILY = words("wife husband son daughter mother father brother sister lawyer friend")
_SPEAKING_FOR = words(
    """secretary spokesman spokeswoman spokesperson aide adviser advisor assistant representative envoy
    deputy"""
)
_SURNAME_TITLES = words("King Dean Major Bishop Judge Marshal Prince Pope Chancellor")
_WEB_NAME = re.compile(r"\w\.(?:org|com|net)$", re.IGNORECASE)
# Members of a party or a people: a group, never one person's name.
_PARTY_MEMBERS = words(
    """democrats republicans conservatives liberals progressives libertarians socialists communists
    tories whigs greens"""
)
GROUP_PLURALS = (
    _PARTY_MEMBERS
    | words("moderates centrists independents evangelicals")
    | frozenset(d + "s" for d in DEMONYMS if d.endswith(("an", "i")))
)
_WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday")
_QUANTIFIERS = words("some many most several few others all both each either neither one")
_GROUP_QUALIFIERS = words(
    """some other others most many several few all both two three four five dozens hundreds
    thousands leading prominent senior top key fellow young younger older moderate conservative
    liberal progressive rank-and-file ordinary angry frustrated disaffected those these the"""
)
# Seats of government named for the government; whole words ("Wall Street Journal",
# "Freedom's Lighthouse" and "Real Estate Board" are none).
_GOVERNMENT_NAMES = re.compile(
    r"\b(?:white house|kremlin|pentagon|downing street|elysee|state department|foreign office)\b"
)


# Capitalised words that are never part of a name: titles and role nouns ("Officials said").
# "the California Democrat", "Byron Dorgan, Democrat of North Dakota": a party is no name.
_NOT_NAMES = TITLES | ROLE_NOUNS | PARTISANS
_HONORIFICS = words("mr mrs ms miss mx dr sir dame")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")


def org_key(name: str) -> str:
    """Return the matching key of an organisation name: no determiner, ``U.N.`` = ``UN``."""
    name = _DOTTED.sub(lambda m: m.group().replace(".", ""), name.strip())
    words = name.split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return slug(" ".join(words))


@dataclass(frozen=True, slots=True)
class Parsed:
    """What one mention says about its speaker."""

    text: str
    name: str
    type: SpeakerType
    key: str
    first: str = ""
    role: str = ""
    affiliation: str = ""
    acronym: str = ""
    feminine: bool | None = None


def _bare(word: str) -> str:
    """Lower-case a token and drop a possessive ending."""
    word = word.lower().replace("’", "'")
    if word.endswith("s'"):
        return word[:-1]  # "Democrats’"
    return word[:-2] if word.endswith("'s") else word


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _surname(tokens: list[str]) -> str:
    """Return the matching key of a person name: its last real token, folded."""
    words = [t for t in tokens if _bare(t).rstrip(".") not in _SUFFIXES and t not in {",", "."}]
    last = fold(words[-1]).rstrip(".") if words else ""
    last = last[:-2] if last.endswith("'s") else last
    for prefix in _PREFIXES:
        if last.startswith(prefix) and len(last) > len(prefix) + 2:
            return last[len(prefix) :]
    return last


def _strip_document(tokens: list[str]) -> list[str]:
    """Drop a document noun so the author remains (the ministry's statement -> the ministry)."""
    for i, tok in enumerate(tokens):
        if _bare(tok) in DOCUMENT_NOUNS and not _is_cap(tok):
            after = tokens[i + 1 :]
            if after and after[0].lower() in {"from", "by", "of"} and len(after) > 1:
                return after[1:]
            before = tokens[:i]
            if before and any(_bare(t) not in _DETERMINERS for t in before):
                if before[-1].lower().endswith(("'s", "’s")):
                    before = [*before[:-1], before[-1][:-2]]
                return before
    return tokens


def _name_run(tokens: list[str]) -> tuple[int, int]:
    """Return ``[i, j)`` of the last run of capitalised non-title tokens."""
    j = len(tokens)
    surname_title = _title_as_surname(tokens)
    while j > 0 and not (_is_cap(tokens[j - 1]) and _bare(tokens[j - 1]).rstrip(".") not in _NOT_NAMES):
        if surname_title:
            break
        j -= 1
    i = j - 1 if surname_title else j
    while i > 0:
        prev = tokens[i - 1]
        bare = _bare(prev).rstrip(".")
        if (_is_cap(prev) and bare not in _NOT_NAMES) or (
            bare in {"de", "van", "von", "der", "bin", "ibn", "al", "da", "di", "la", "le", "du"} and i < j
        ):
            i -= 1
        else:
            break
    return i, j


def _title_as_surname(tokens: list[str]) -> bool:
    """Whether the last word, a title elsewhere, is the surname of the name before it
    (``Sen. Angus King``, ``Howard Dean``): titles stand before names in English, so one
    that ends the mention after a first name is the name (``the Jordanian King`` is not)."""
    if len(tokens) < 2 or tokens[-1] not in _SURNAME_TITLES:
        return False
    before = tokens[-2]
    folded = fold(before)
    return (
        _is_cap(before)
        and before.isalpha()
        and _bare(before) not in _NOT_NAMES
        and folded not in DEMONYMS
        and folded not in COUNTRIES
    )


def _feminine(tokens: list[str], first: str) -> bool | None:
    words = {_bare(t).rstrip(".") for t in tokens}
    if words & FEMININE_MARKERS or first in FEMININE_NAMES:
        return True
    if words & MASCULINE_MARKERS or first in MASCULINE_NAMES:
        return False
    return None


def _org_type(words: set[str], name: str) -> SpeakerType | None:
    """Return the type of an organisation name, or ``None`` when it names no organisation."""
    folded = fold(name)
    if _GOVERNMENT_NAMES.search(folded):
        return SpeakerType.GOVERNMENT
    if words & MEDIA_WORDS and not words & {"ministry", "department"}:
        return SpeakerType.MEDIA
    if words & INSTITUTION_HEADS:
        return SpeakerType.GOVERNMENT if words & GOVERNMENT_HEADS else SpeakerType.INSTITUTION
    return None


def parse(mention: str, places: frozenset[str] = frozenset()) -> Parsed:
    """Parse a speaker mention as written.

    Parameters
    ----------
    mention : str
        The mention (``"the press secretary of Kersian President Lev Oskarov"``).
    places : frozenset of str
        Folded names known to be places in this corpus (a place that speaks is its
        government).

    Returns
    -------
    Parsed
    """
    acronym_match = _ACRONYM.search(mention)
    acronym = acronym_match.group(1).replace(".", "") if acronym_match else ""
    body = _PARENTHESIS.sub(" ", mention)
    tokens = _strip_document(
        [t for t in _TOKEN.findall(body) if t not in {",", '"', "“", "”", "'", "’", "‘"}]
    )
    while tokens and _bare(tokens[0]) in _DETERMINERS:
        tokens = tokens[1:]
    if not tokens:
        return Parsed(mention, mention.strip(), SpeakerType.ANONYMOUS, slug(mention))
    return _classify(mention, tokens, acronym, places)


def as_person(mention: str) -> Parsed:
    """Parse a one-word mention known from its article to be a person's surname."""
    word = mention.removesuffix("’s").removesuffix("'s")
    return Parsed(mention, word, SpeakerType.PERSON, _surname([word]))


def _split_of(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split ``head of|for|from modifier`` at the first linking word."""
    for i, tok in enumerate(tokens):
        if tok.lower() in _LINKS and 0 < i < len(tokens) - 1:
            return tokens[:i], tokens[i + 1 :]
        if tok.lower() in POSTNOMINAL and i > 0:
            # "Sources close to the ministry": the sources speak, the ministry is what they are near.
            rest = tokens[i + 1 :]
            return tokens[:i], rest[1:] if rest and rest[0].lower() in _LINKS else rest
    return tokens, []


def _classify(mention: str, tokens: list[str], acronym: str, places: frozenset[str]) -> Parsed:
    words = {_bare(t).rstrip(".") for t in tokens}
    name = " ".join(tokens)
    head, modifier = _split_of(tokens)
    head_words = {_bare(t) for t in head}
    # "the press secretary of Russian President Dmitry Peskov": Peskov is the press secretary.
    own_i, own_j = _name_run(head)
    if (
        modifier
        and head_words & _SPEAKING_FOR
        and not head_words & _FAMILY
        and "of" in {t.lower() for t in tokens}
        and own_j == own_i  # "Representative Luis Gutiérrez of Illinois" has a name of his own
    ):
        i, j = _name_run(modifier)
        owner = " ".join(modifier[i:j])
        place = fold(owner) in places or fold(owner) in COUNTRIES or fold(owner) in US_STATES
        if j > i and not place and _org_type({_bare(t) for t in modifier[i:j]}, owner) is None:
            return _person(mention, modifier, i, j, role=" ".join(head), affiliation="")
    body_first = all(_is_cap(t) for t in head) and bool(head_words & INSTITUTION_HEADS)
    if modifier and body_first and _titled_name(tokens) and not _titled_name(head):
        # "Bureau of Prisons spokesman Al Quintero": the body's role, then the person's name.
        i, j = _name_run(tokens)
        role = [t for t in tokens[:i] if _bare(t).rstrip(".") in ROLE_NOUNS]
        return _person(mention, tokens, i, j, role=" ".join(role[-1:]), affiliation=_body(tokens[:i]))
    if modifier and _bare(head[-1]) in ROLE_NOUNS and not any(_is_cap(t) for t in head):
        # "a spokesman for the ministry": an unnamed person speaking for an organisation.
        return _anonymous(mention, tokens, head, modifier)
    if modifier and len(head) <= 2 and _bare(head[-1]).lower() in ANONYMOUS_HEADS:
        # "Sources close to the ministry", "People familiar with the matter": unnamed people.
        return _anonymous(mention, tokens, head, modifier)
    if _unnamed(tokens):
        return _anonymous(mention, tokens, head, modifier)  # "Some on the right", "Many of his colleagues"
    titled = _titled_in_modifier(head, modifier)
    if titled is not None:
        # "White House chief of staff Mick Mulvaney": a title "of" something, then the name.
        return _person(mention, modifier, *titled, role=" ".join(head), affiliation="")
    # "Mr. Bloomberg" is the man, not the news agency: an honorific names a person.
    honorific = _bare(tokens[0]).rstrip(".").lower() in _HONORIFICS
    org = None if honorific else _org_type(words, name)
    seat = _GOVERNMENT_NAMES.fullmatch(fold(name)) is not None  # "Downing Street", "the Élysée"
    if org is not None and (acronym or seat or _org_head_last(head)):
        return Parsed(mention, name, org, org_key(acronym or name), acronym=acronym)
    if not honorific and _titled_for(head, modifier, tokens):
        kind = org or SpeakerType.INSTITUTION
        return Parsed(mention, name, kind, org_key(acronym or name), acronym=acronym)
    if _places_joined(head, places):
        return Parsed(mention, name, SpeakerType.GOVERNMENT, org_key(name))
    i, j = _name_run(head)
    if j > i:
        run = head[i:j]
        run_text = fold(" ".join(run))
        state = run_text in US_STATES and (i, j) == (0, len(head))  # not "the Texas lawmaker"
        if (run_text in places or run_text in COUNTRIES or state) and not honorific:
            return Parsed(mention, name, SpeakerType.GOVERNMENT, org_key(name))
        if _bare(run[-1]) in GROUP_PLURALS and j == len(head):
            return _group(mention, tokens, head, modifier)
        if _branded(run) and not acronym:
            return Parsed(mention, name, org or SpeakerType.INSTITUTION, org_key(name))
        if (len(run) == 1 and run[0].isupper() and len(run[0]) > 1) or acronym:
            kind = org or SpeakerType.INSTITUTION
            return Parsed(mention, name, kind, org_key(acronym or run[0]), acronym=acronym or run[0])
        outlet = head_words & MEDIA_WORDS  # not "Michael Silverman of the Boston Herald"
        if outlet and j == len(head) and not honorific and not _titled_name(head):
            return Parsed(mention, name, SpeakerType.MEDIA, org_key(name))
        if j == len(head) or _bare(head[-1]) not in ROLE_NOUNS | PARTISANS:
            role_words = [t for t in head[:i] if _bare(t).rstrip(".") in ROLE_NOUNS]
            affiliation = _affiliation(head[:i])
            return _person(mention, head, i, j, role=" ".join(role_words), affiliation=affiliation)
    employee = _bare(head[-1]) in ROLE_NOUNS | ANONYMOUS_HEADS and org != SpeakerType.MEDIA
    if org is not None and not employee:
        return Parsed(mention, name, org, org_key(name))
    return _anonymous(mention, tokens, head, modifier)  # "a senior administration official"


def _body(before: list[str]) -> str:
    """The organisation words before a role (``Bureau of Prisons`` spokesman)."""
    cut = len(before)
    while cut > 0 and (_bare(before[cut - 1]).rstrip(".") in ROLE_NOUNS or not _is_cap(before[cut - 1])):
        cut -= 1
    return " ".join(before[:cut])


def _titled_name(head: list[str]) -> bool:
    """Whether ``head`` ends in a title, then a person's name (``White House Press Secretary
    Jay Carney``, ``Fox News host Sean Hannity``), not an organisation's name."""
    i, j = _name_run(head)
    if j != len(head) or i == 0 or _bare(head[i - 1]).rstrip(".") not in _NOT_NAMES:
        return False
    return not any(_bare(t) in INSTITUTION_HEADS for t in head[i:j])


def _unnamed(tokens: list[str]) -> bool:
    """A pronoun, a weekday or a quantifier with no name of its own: ``It``, ``Wednesday on
    Twitter``, ``Some on the right``, ``Many of Ms. Lind's colleagues``, ``Some in the GOP``."""
    first = _bare(tokens[0])
    if first in ALL_PRONOUNS or first in _WEEKDAYS:
        return True
    if first not in _QUANTIFIERS or len(tokens) < 2:
        return False
    return tokens[1].lower() in _LINKS | {"among"} or not any(_is_cap(t) for t in tokens[1:])


def _titled_in_modifier(head: list[str], modifier: list[str]) -> tuple[int, int] | None:
    """``[i, j)`` of the name closing a compound title's modifier (``chief of staff Mick
    Mulvaney``, ``Minister of Defence Anton Krall``), else ``None``."""
    if not modifier or _bare(head[-1]).rstrip(".") not in TITLES:
        return None
    k = 0
    while k < len(modifier) and _bare(modifier[k]).rstrip(".") in _NOT_NAMES | INSTITUTION_HEADS | {"the"}:
        k += 1
    name = modifier[k:]
    if k == 0 or not 1 <= len(name) <= 4 or not all(_is_cap(t) for t in name):
        return None
    return k, len(modifier)


def _places_joined(head: list[str], places: frozenset[str]) -> bool:
    """``California and New York announced they will sue``: governments, together."""
    parts = fold(" ".join(head)).split(" and ")
    known = places | COUNTRIES | US_STATES
    return len(parts) > 1 and all(part.strip() in known for part in parts)


def _group(mention: str, tokens: list[str], head: list[str], modifier: list[str]) -> Parsed:
    """Members of a party or a people, never one person: ``Democrats`` speak as their party
    (one speaker in every article), ``some Democrats`` or ``Russians`` are unnamed people,
    and ``Log Cabin Republicans`` is an organisation's name."""
    before = [_bare(t) for t in head[:-1]]
    named = [t for t in head[:-1] if _is_cap(t) and _bare(t) not in _GROUP_QUALIFIERS]
    if named and not {"and", "or"} & set(before):
        return Parsed(mention, " ".join(tokens), SpeakerType.INSTITUTION, org_key(" ".join(tokens)))
    if not before and not modifier and _bare(head[-1]) in _PARTY_MEMBERS:
        return Parsed(mention, head[-1], SpeakerType.INSTITUTION, org_key(head[-1]))
    return _anonymous(mention, tokens, head, modifier)


def _titled_for(head: list[str], modifier: list[str], tokens: list[str]) -> bool:
    """Whether a capitalised ``X for Y`` is an organisation's or a programme's name
    (``Democracy for America``, ``Deferred Action for Childhood Arrivals``): a person is
    never named so, and a role ``for`` someone (``Secretary for Health``) is a title."""
    if not modifier or len(head) + len(modifier) + 1 != len(tokens) or tokens[len(head)].lower() != "for":
        return False
    if not all(_is_cap(t) for t in head) or not _is_cap(modifier[0]):
        return False
    return not any(_bare(t).rstrip(".") in _NOT_NAMES for t in head)


def _branded(run: list[str]) -> bool:
    """Whether a capitalised run is an organisation's brand: a word in capitals beside
    ordinary words (``CREDO Action``) or a web address (``MoveOn.org``). A person's name in
    capitals is capitals throughout (a transcript's ``JOHN SMITH``)."""
    if any(_WEB_NAME.search(t) for t in run):
        return True
    shouting = [t.isupper() and len(t) > 2 and t.isalpha() for t in run]
    return len(run) > 1 and any(shouting) and not all(shouting)


def _org_head_last(head: list[str]) -> bool:
    """Return whether a phrase ends in an organisation word (the Kersian Defence Ministry),
    not in a person it employs (``a senior administration official``, ``White House Press
    Secretary Jay Carney``, ``Fox News host Sean Hannity``)."""
    last = _bare(head[-1])
    if last in ROLE_NOUNS or last in ANONYMOUS_HEADS:
        return False
    if _titled_name(head):
        return False
    tail = [_bare(t) for t in head[-3:]]
    return any(t in INSTITUTION_HEADS or t in MEDIA_WORDS for t in tail) or "house" in tail


def _affiliation(before: list[str]) -> str:
    """Return the organisation or country words before a role (``Defence Ministry`` spokesman)."""
    words: list[str] = []
    for tok in before:
        bare = _bare(tok).rstrip(".")
        if bare in ROLE_NOUNS or tok.endswith(".") or not _is_cap(tok):
            break
        words.append(tok)
    bare_words = {_bare(w) for w in words}
    if bare_words & INSTITUTION_HEADS or any(w.isupper() and len(w) > 1 for w in words):
        return " ".join(words)
    if len(words) == 1 and fold(words[0]).endswith(("an", "ish", "ese", "i")):
        return words[0]
    return ""


def _person(mention: str, tokens: list[str], i: int, j: int, role: str, affiliation: str) -> Parsed:
    run = tokens[i:j]
    # "Mr. de León": a particle is part of the surname, not a first name.
    first = fold(run[0]) if len(run) > 1 and not run[0].islower() else ""
    name = " ".join(run).removesuffix("’s").removesuffix("'s")
    return Parsed(
        mention,
        name,
        SpeakerType.PERSON,
        _surname(run),
        first=first,
        role=role,
        affiliation=affiliation,
        feminine=_feminine(tokens, first),
    )


def _anonymous(mention: str, tokens: list[str], head: list[str], modifier: list[str]) -> Parsed:
    """A mention without a proper name: ``officials``, ``a source close to the talks``."""
    name = " ".join(tokens)
    affiliation = " ".join(t for t in head if _is_cap(t) and _bare(t).lower() not in ANONYMOUS_HEADS)
    if not affiliation and modifier and any(_is_cap(t) for t in modifier):
        affiliation = " ".join(t for t in modifier if _is_cap(t) or t.lower() in {"of", "for"}).strip()
    demonym = fold(affiliation)
    if demonym in DEMONYMS:
        affiliation = DEMONYMS[demonym]
    return Parsed(
        mention,
        name,
        SpeakerType.ANONYMOUS,
        slug(name),
        affiliation=affiliation,
        feminine=_feminine(tokens, ""),
    )
