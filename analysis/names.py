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
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    FEMININE_MARKERS,
    FEMININE_NAMES,
    INSTITUTION_HEADS,
    MASCULINE_MARKERS,
    MASCULINE_NAMES,
    MEDIA_WORDS,
    PARTISANS,
    POSTNOMINAL,
    ROLE_NOUNS,
    words,
)
from analysis.attr_places import COUNTRIES, DEMONYMS, US_STATES
from analysis.model import SpeakerType
from analysis.name_fold import fold, slug
from analysis.name_shapes import (
    affiliation_before,
    body_before,
    branded,
    is_place,
    org_head_last,
    org_type,
    places_joined,
    titled_for,
    titled_in_modifier,
    titled_name,
    unnamed,
)
from analysis.name_words import (
    GOVERNMENT_NAMES,
    GROUP_PLURALS,
    GROUP_QUALIFIERS,
    LINKS,
    PARTY_MEMBERS,
    QUANTIFIERS,
    given_name,
    is_cap,
    name_run,
    plain,
    surname_key,
)

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w]+(?:[’'\-&.][\w]+)*\.?|\S")
_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9&.]{1,12})\s*\)")
_PARENTHESIS = re.compile(r"\([^)]*\)")
_DETERMINERS = words("the a an this that these those its his her their our my your")
_ROLE_OR_PARTY = ROLE_NOUNS | PARTISANS | ANONYMOUS_HEADS  # "the Cheney family", "Trump supporters"
_PEOPLE_HEADS = ROLE_NOUNS | ANONYMOUS_HEADS
_OPENERS = words("plus and but also still yet so meanwhile however indeed then now")
_FAMILY = words("wife husband son daughter mother father brother sister lawyer friend")
_SPEAKING_FOR = words(
    """secretary spokesman spokeswoman spokesperson aide adviser advisor assistant representative envoy
    deputy"""
)


_HONORIFICS = words("mr mrs ms miss mx dr sir dame")
_BASED = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.]*\s+){0,3}[\w.]+-based\s+", re.IGNORECASE)
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.\s?){2,}")
_LONG_FORMS = re.compile(r"\bUnited (?:States|Nations|Kingdom)\b")


def org_key(name: str) -> str:
    """Return the matching key of an organisation name: no determiner, ``U.N.`` = ``U. N.``
    = ``UN``, ``United States Geological Survey`` = ``US Geological Survey``."""
    name = _DOTTED.sub(lambda m: m.group().replace(".", "").replace(" ", "") + " ", name.strip()).strip()
    name = _LONG_FORMS.sub(lambda m: "U" + m.group().split()[1][0], name)
    name = _BASED.sub("", name)  # "New York-based Human Rights Watch" = "Human Rights Watch"
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
    given: str = ""
    """The first name's matching key: ``Stan`` = ``Stanley``, ``A. J.`` = ``A.J.``."""
    role: str = ""
    affiliation: str = ""
    acronym: str = ""
    feminine: bool | None = None


_AUTHOR_LINKS = words("from by of for")
_POSSESSIVES = ("'s", "’s", "s'", "s’")


def _plural_possessives(tokens: list[str]) -> list[str]:
    """Glue an apostrophe to the word ending in ``s`` before it (``Mattis’``, ``officials'``):
    a possessive, not a quotation mark to drop."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        followed = k + 1 < len(tokens) and tokens[k + 1][:1].isalpha()  # not a closing mark: 'Dennis'
        if tok in {"'", "’"} and followed and out and out[-1].endswith("s") and out[-1][:1].isalpha():
            out[-1] += tok
        else:
            out.append(tok)
    return out


def _strip_document(tokens: list[str]) -> tuple[list[str], bool]:
    """Drop a document noun so the author remains (the ministry's statement -> the ministry).

    Returns the tokens and whether the author named the document as a modifier (``A
    Gallup survey``: an organisation, never a person). A document with no author (``a new
    survey``) stays whole.
    """
    for i, tok in enumerate(tokens):
        if plain(tok) in DOCUMENT_NOUNS and not is_cap(tok):
            after = tokens[i + 1 :]
            if len(after) > 2 and after[0].lower().endswith("ed") and after[1].lower() in {"by", "for"}:
                after = after[1:]  # "an opinion poll published by Ethnos newspaper"
            in_outlet = (
                bool(after) and after[0].lower() == "in" and any(plain(t) in MEDIA_WORDS for t in after)
            )
            if after and (after[0].lower() in _AUTHOR_LINKS or in_outlet) and len(after) > 1:
                return after[1:], False  # "a report in the Los Angeles Times" (not "figures in the party")
            before = tokens[:i]
            # The owner stands right before the noun or before at most two lower-case modifiers.
            near = range(max(0, len(before) - 3), len(before))
            owner = next((k for k in near if before[k].endswith(_POSSESSIVES)), None)
            if owner is not None and all(t.islower() for t in before[owner + 1 :]):
                # "Mattis’ resignation letter", "the ministry’s latest statement": the owner
                # wrote it, whatever stands between.
                word = before[owner]
                return [*before[:owner], word[:-2] if word.endswith(("'s", "’s")) else word[:-1]], False
            author = [t for t in before if plain(t) not in _DETERMINERS]
            if any(is_cap(t) for t in author):
                return before, True
    return tokens, False


def _feminine(tokens: list[str], first: str) -> bool | None:
    words = {plain(t).rstrip(".") for t in tokens}
    if words & FEMININE_MARKERS or first in FEMININE_NAMES:
        return True
    if words & MASCULINE_MARKERS or first in MASCULINE_NAMES:
        return False
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
    tokens, modifier = _strip_document(
        [t for t in _plural_possessives(_TOKEN.findall(body)) if t not in {",", '"', "“", "”", "'", "’", "‘"}]
    )
    # "the …", and a sentence adverb or conjunction glued on ("Plus Obama", "But Krall").
    while tokens and (plain(tokens[0]) in _DETERMINERS or (len(tokens) > 1 and plain(tokens[0]) in _OPENERS)):
        tokens = tokens[1:]
    if not tokens:
        return Parsed(mention, mention.strip(), SpeakerType.ANONYMOUS, slug(mention))
    found = _classify(mention, tokens, acronym, places)
    if modifier and found.type == SpeakerType.PERSON:
        # "A Gallup survey", "the Reuters/Ipsos poll": a pollster or a paper, no person.
        return Parsed(mention, found.name, SpeakerType.INSTITUTION, org_key(found.name))
    return found


def as_person(mention: str) -> Parsed:
    """Parse a one-word mention known from its article to be a person's surname."""
    word = mention.removesuffix("’s").removesuffix("'s")
    return Parsed(mention, word, SpeakerType.PERSON, surname_key([word]))


def _split_of(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split ``head of|for|from modifier`` at the first linking word."""
    for i, tok in enumerate(tokens):
        if tok.lower() in LINKS and 0 < i < len(tokens) - 1:
            return tokens[:i], tokens[i + 1 :]
        if tok.lower() in POSTNOMINAL and i > 0:
            # "Sources close to the ministry": the sources speak, the ministry is what they are near.
            rest = tokens[i + 1 :]
            return tokens[:i], rest[1:] if rest and rest[0].lower() in LINKS else rest
    return tokens, []


def _classify(mention: str, tokens: list[str], acronym: str, places: frozenset[str]) -> Parsed:
    words = {plain(t).rstrip(".") for t in tokens}
    name = " ".join(tokens)
    head, modifier = _split_of(tokens)
    head_words = {plain(t) for t in head}
    # "the press secretary of Russian President Dmitry Peskov": Peskov is the press secretary.
    own_i, own_j = name_run(head)
    if (
        modifier
        and head_words & _SPEAKING_FOR
        and not head_words & _FAMILY
        and "of" in {t.lower() for t in tokens}
        and own_j == own_i  # "Representative Luis Gutiérrez of Illinois" has a name of his own
    ):
        i, j = name_run(modifier)
        owner = " ".join(modifier[i:j])
        if (
            j > i
            and not is_place(fold(owner), places)
            and org_type({plain(t) for t in modifier[i:j]}, owner) is None
        ):
            return _person(mention, modifier, i, j, role=" ".join(head), affiliation="")
    body_first = all(is_cap(t) for t in head) and bool(head_words & INSTITUTION_HEADS)
    if modifier and body_first and titled_name(tokens) and not titled_name(head):
        # "Bureau of Prisons spokesman Al Quintero": the body's role, then the person's name.
        i, j = name_run(tokens)
        role = [t for t in tokens[:i] if plain(t).rstrip(".") in ROLE_NOUNS]
        return _person(mention, tokens, i, j, role=" ".join(role[-1:]), affiliation=body_before(tokens[:i]))
    if modifier and plain(head[-1]) in ROLE_NOUNS and not any(is_cap(t) for t in head):
        # "a spokesman for the ministry": an unnamed person speaking for an organisation.
        return _anonymous(mention, tokens, head, modifier)
    if modifier and len(head) <= 2 and plain(head[-1]).lower() in ANONYMOUS_HEADS:
        # "Sources close to the ministry", "People familiar with the matter": unnamed people.
        return _anonymous(mention, tokens, head, modifier)
    if plain(tokens[0]) in POSTNOMINAL:
        return _anonymous(mention, tokens, head, modifier)  # "those familiar with the White House"
    if unnamed(tokens):
        return _anonymous(mention, tokens, head, modifier)  # "Some on the right", "Many of his colleagues"
    titled = titled_in_modifier(head, modifier, tokens[len(head)].lower() if modifier else "")
    if titled is not None:
        # "White House chief of staff Mick Mulvaney": a title "of" something, then the name.
        return _person(mention, modifier, *titled, role=" ".join(head), affiliation="")
    # "Mr. Bloomberg" is the man, not the news agency: an honorific names a person.
    honorific = plain(tokens[0]).rstrip(".").lower() in _HONORIFICS
    org = None if honorific else org_type(words, name)
    seat = GOVERNMENT_NAMES.fullmatch(fold(name)) is not None  # "Downing Street", "the Élysée"
    if org is not None and (acronym or seat or org_head_last(head)):
        return Parsed(mention, name, org, org_key(acronym or name), acronym=acronym)
    if not honorific and titled_for(head, modifier, tokens):
        kind = org or SpeakerType.INSTITUTION
        return Parsed(mention, name, kind, org_key(acronym or name), acronym=acronym)
    if places_joined(head, places):
        return Parsed(mention, name, SpeakerType.GOVERNMENT, org_key(name))
    i, j = name_run(head)
    if j > i:
        run = head[i:j]
        run_text = fold(" ".join(run))
        state = run_text in US_STATES and (i, j) == (0, len(head))  # not "the Texas lawmaker"
        if (run_text in places or run_text in COUNTRIES or state) and not honorific:
            return Parsed(mention, name, SpeakerType.GOVERNMENT, org_key(name))
        if plain(run[-1]) in GROUP_PLURALS and j == len(head):
            return _group(mention, tokens, head, modifier)
        if branded(run) and not acronym:
            return Parsed(mention, name, org or SpeakerType.INSTITUTION, org_key(name))
        if (len(run) == 1 and run[0].isupper() and len(run[0]) > 1) or acronym:
            kind = org or SpeakerType.INSTITUTION
            return Parsed(mention, name, kind, org_key(acronym or run[0]), acronym=acronym or run[0])
        outlet = head_words & MEDIA_WORDS  # not "Michael Silverman of the Boston Herald"
        if outlet and j == len(head) and not honorific and not titled_name(head):
            return Parsed(mention, name, SpeakerType.MEDIA, org_key(name))
        if j == len(head) or plain(head[-1]) not in _ROLE_OR_PARTY:
            role_words = [t for t in head[:i] if plain(t).rstrip(".") in ROLE_NOUNS]
            affiliation = affiliation_before(head[:i])
            return _person(mention, head, i, j, role=" ".join(role_words), affiliation=affiliation)
    employee = plain(head[-1]) in _PEOPLE_HEADS and org != SpeakerType.MEDIA
    if org is not None and not employee:
        return Parsed(mention, name, org, org_key(name))
    return _anonymous(mention, tokens, head, modifier)  # "a senior administration official"


def _group(mention: str, tokens: list[str], head: list[str], modifier: list[str]) -> Parsed:
    """Members of a party or a people, never one person: ``Democrats`` speak as their party
    (one speaker in every article), ``some Democrats`` or ``Russians`` are unnamed people,
    and ``Log Cabin Republicans`` is an organisation's name."""
    before = [plain(t) for t in head[:-1]]
    named = [t for t in head[:-1] if is_cap(t) and plain(t) not in GROUP_QUALIFIERS]
    if named and not {"and", "or"} & set(before):
        return Parsed(mention, " ".join(tokens), SpeakerType.INSTITUTION, org_key(" ".join(tokens)))
    if not before and not modifier and plain(head[-1]) in PARTY_MEMBERS:
        return Parsed(mention, head[-1], SpeakerType.INSTITUTION, org_key(head[-1]))
    return _anonymous(mention, tokens, head, modifier)


def _person(mention: str, tokens: list[str], i: int, j: int, role: str, affiliation: str) -> Parsed:
    run = tokens[i:j]
    while len(run) > 1 and plain(run[0]) in QUANTIFIERS:
        run = run[1:]  # "One Strzok text in particular": Strzok
    given = given_name(run)  # the key that matches "Stan" with "Stanley" (see speakers)
    # "Mr. de León": a particle is part of the surname, not a first name; "A. Barry Rand"
    # goes by his middle name.
    shown = 1 if len(run) > 2 and re.fullmatch(r"[A-Z]\.", run[0]) else 0
    first = fold(run[shown]) if given else ""
    name = " ".join(run).removesuffix("’s").removesuffix("'s")
    return Parsed(
        mention,
        name,
        SpeakerType.PERSON,
        surname_key(run),
        first=first,
        given=given,
        role=role,
        affiliation=affiliation,
        feminine=_feminine(tokens, first),
    )


def _anonymous(mention: str, tokens: list[str], head: list[str], modifier: list[str]) -> Parsed:
    """A mention without a proper name: ``officials``, ``a source close to the talks``."""
    name = " ".join(tokens)
    affiliation = " ".join(t for t in head if is_cap(t) and plain(t).lower() not in ANONYMOUS_HEADS)
    if not affiliation and modifier and any(is_cap(t) for t in modifier):
        affiliation = " ".join(t for t in modifier if is_cap(t) or t.lower() in {"of", "for"}).strip()
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


_CACHE: dict[tuple[str, frozenset[str]], Parsed] = {}


def clear_cache() -> None:
    """Forget parsed mentions (the cache only saves time; results never depend on it)."""
    _CACHE.clear()


def parse_cached(mention: str, places: frozenset[str] = frozenset()) -> Parsed:
    """:func:`parse`, remembered: a case names its speakers again and again."""
    # Only the places the mention names matter, so "Trump" parsed once serves every article.
    folded = fold(mention)
    relevant = frozenset(p for p in places if p in folded) if places else places
    key = (mention, relevant)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 50_000:
            _CACHE.clear()
        found = _CACHE[key] = parse(mention, relevant)
    return found
