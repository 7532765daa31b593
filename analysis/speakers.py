"""Speaker identity: one canonical speaker behind many mentions, within and across articles.

Persons match on their surname (titles and first names dropped, diacritics folded:
``President Recep Tayyip Erdoğan`` = ``Erdogan``); when two persons in the corpus share
a surname their first names keep them apart (``hillary-clinton``, ``bill-clinton``) and
a bare ``Clinton`` takes the first name its article uses. Organisations match on their
name without determiner, a shorter form inside the same article joins the longer one
(``Defence Ministry`` -> ``Kersian Defence Ministry``) and acronyms defined in
parentheses (or well known) join their long form. Anonymous voices (``officials``,
``a source``) stay separate per article. A spokesperson keeps their own identity and
names their organisation as ``affiliation``.

Speaker ids come from the normalised names, never from counters, so the analyst's
merges, renames and splits (:class:`~analysis.model.Edits`) name the same speakers on
every run and are replayed here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import pandas as pd

from analysis import attr_acronyms, names
from analysis.attr_edits import replay
from analysis.attr_lexicon import FEMININE_NAMES, MASCULINE_NAMES
from analysis.attr_places import places_in
from analysis.model import Article, Edits, Speaker, SpeakerType, Statement
from analysis.name_fold import fold, slug
from analysis.name_words import given_name, spelling_variants
from analysis.tables import speakers_frame

_ORG_TYPES = {SpeakerType.INSTITUTION, SpeakerType.GOVERNMENT, SpeakerType.MEDIA}


@dataclass
class _Mention:
    """One statement's speaker mention and what we know of it."""

    index: int
    article_id: str
    text: str
    parsed: names.Parsed
    first: str = ""
    key: str = ""


def mention_key(mention: str) -> str:
    """Return the normalised form of a mention that :attr:`Edits.speaker_splits` is keyed by."""
    return slug(mention)


class SpeakerResolver:
    """Give every statement a canonical ``speaker_id`` and list the speakers.

    Parameters
    ----------
    edits : Edits, optional
        The analyst's speaker merges, renames and splits, replayed on every fit.

    Attributes
    ----------
    statements_ : list of Statement
        The statements with ``speaker_id`` set (``""`` for the outlet's own voice).
    speakers_ : list of Speaker
        One per canonical speaker, ordered by how often they speak.
    """

    def __init__(self, edits: Edits | None = None) -> None:
        self.edits = edits

    def fit(self, statements: Sequence[Statement], articles: Sequence[Article]) -> SpeakerResolver:
        """Resolve speakers; sets ``statements_`` and ``speakers_`` and returns ``self``."""
        places = {a.id: places_in(a.text) for a in articles}
        acronyms = dict(attr_acronyms.WELL_KNOWN)
        for article in articles:
            acronyms.update(attr_acronyms.definitions(article.text))
        mentions = [
            _Mention(
                i,
                s.article_id,
                s.speaker,
                names.parse_cached(s.speaker, places.get(s.article_id, frozenset())),
            )
            for i, s in enumerate(statements)
            if s.speaker
        ]
        _link_within_articles(mentions, acronyms)
        _assign_person_keys(mentions)
        for m in mentions:
            if m.parsed.type == SpeakerType.ANONYMOUS or not m.key:
                m.key = f"{m.parsed.key or 'unknown'}~{m.article_id[:8]}"
        edits = self.edits or Edits()
        for m in mentions:
            split = edits.speaker_splits.get(mention_key(m.text)) or edits.speaker_splits.get(
                mention_key(m.parsed.name)
            )
            if split:
                m.key = split
        speakers = _build_speakers(mentions, places)
        final, self.speakers_ = replay(speakers, edits)
        ids = {m.index: final.get(m.key, m.key) for m in mentions}
        self.statements_ = [
            replace(s, speaker_id=ids[i]) if i in ids else s for i, s in enumerate(statements)
        ]
        return self

    def table(self, statements: pd.DataFrame) -> pd.DataFrame:
        """Return the speaker table with counts and sources from the statement table."""
        return speakers_frame(self.speakers_, statements)


def _link_within_articles(mentions: list[_Mention], acronyms: dict[str, str]) -> None:
    """Give short forms the identity of the long form their own article uses."""
    by_article: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article_id].append(m)
    for group in by_article.values():
        firsts: dict[str, set[str]] = defaultdict(set)
        org_keys = {m.parsed.key for m in group if m.parsed.type in _ORG_TYPES}
        surnames = {m.parsed.key for m in group if m.parsed.type == SpeakerType.PERSON}
        for m in group:
            if m.parsed.type in _ORG_TYPES and " " not in m.parsed.name and m.parsed.key in surnames:
                m.parsed = names.as_person(m.text)  # "Fox" where the article says "Vicente Fox"
            if m.parsed.type == SpeakerType.PERSON and m.parsed.given:
                firsts[m.parsed.key].add(m.parsed.given)
        for m in group:
            if m.parsed.type == SpeakerType.PERSON:
                known = firsts.get(m.parsed.key, set())
                m.first = m.parsed.given or (next(iter(known)) if len(known) == 1 else "")
            elif m.parsed.type in _ORG_TYPES:
                m.key = _org_identity(m.parsed.key, org_keys, acronyms)


def _org_identity(key: str, article_keys: set[str], acronyms: dict[str, str]) -> str:
    """Return the identity key of an organisation mention within its article."""
    longer = [k for k in article_keys if k != key and k.endswith("-" + key)]
    if len(longer) == 1:
        key = longer[0]
    return acronyms.get(key, key)


def _assign_person_keys(mentions: list[_Mention]) -> None:
    """Key persons by surname, adding the first name where two persons share a surname."""
    persons = [m for m in mentions if m.parsed.type == SpeakerType.PERSON and m.parsed.key]
    _merge_spellings(persons, _firsts(persons))
    _merge_double_surnames(persons)
    firsts = _firsts(persons)
    by_first = defaultdict(set)
    for surname, counter in firsts.items():
        for first in counter:
            by_first[first].add(surname)
    # Ids show a first name as written ("stan-perlo"), matched by its key ("Stanley" too).
    shown: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in persons:
        if m.first and m.parsed.first:
            shown[m.first][m.parsed.first] += 1
        if m.first and m.parsed.role:
            roles[m.parsed.key, m.first].add(_role_word(m.parsed.role))
    for m in persons:
        surname = m.parsed.key
        if surname not in firsts and len(by_first.get(surname, ())) == 1 and not m.first:
            # "Xi" alone where the corpus says "Xi Jinping": the family name comes first.
            surname = next(iter(by_first[surname]))
        counter = firsts.get(surname, Counter())
        if len(counter) > 1:
            first = m.first if m.first in counter else _by_role(m, surname, counter, roles)
            written = shown.get(first)
            m.key = f"{written.most_common(1)[0][0] if written else first}-{surname}"
        else:
            m.key = surname


def _firsts(persons: list[_Mention]) -> dict[str, Counter[str]]:
    """How often each first name (its matching key) stands with each surname."""
    firsts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in persons:
        if m.first:
            firsts[m.parsed.key][m.first] += 1
    return firsts


def _merge_spellings(persons: list[_Mention], counts: dict[str, Counter[str]]) -> None:
    """One given name spelt two ways under one surname is one person (``Gurbanguli`` /
    ``Kurbanguly Berdymukhamedov``, ``Giannis`` / ``Yiannis``), unless the two first names
    are of a man and a woman (``Mario`` / ``Maria``): the rarer spelling takes the commoner."""
    written: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in persons:
        if m.first:
            written[m.parsed.key, m.first].add(m.parsed.first)
    rename: dict[tuple[str, str], str] = {}
    for surname, counter in counts.items():
        ordered = [first for first, _ in counter.most_common()]
        for k, rarer in enumerate(ordered):
            for commoner in ordered[:k]:
                if spelling_variants(rarer, commoner) and _one_gender(
                    written[surname, rarer] | written[surname, commoner]
                ):
                    rename[surname, rarer] = rename.get((surname, commoner), commoner)
                    break
    for m in persons:
        m.first = rename.get((m.parsed.key, m.first), m.first)


def _merge_double_surnames(persons: list[_Mention]) -> None:
    """``Boone Isaacs`` where the case also says ``Cheryl Boone Isaacs``: a two-word name that
    ends another person's name of the same surname is that person (a double surname read as
    a given name and a surname)."""
    longer: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in persons:
        words = m.parsed.name.split()
        if m.first and len(words) >= 3:
            longer[m.parsed.key, given_name(words[-2:])].add(m.first)
    for m in persons:
        if len(m.parsed.name.split()) == 2:
            owners = longer.get((m.parsed.key, m.first), set())
            if len(owners) == 1:
                m.first = next(iter(owners))


def _one_gender(firsts: set[str]) -> bool:
    """Whether no two of these first names are of a man and a woman."""
    return not (firsts & FEMININE_NAMES and firsts & MASCULINE_NAMES)


def _role_word(role: str) -> str:
    return role.split()[-1].lower().rstrip(".")


def _by_role(m: _Mention, surname: str, counter: Counter[str], roles: dict[tuple[str, str], set[str]]) -> str:
    """The first name a bare surname stands for among several: the one holding its role
    ("Former Vice President Cheney" is Dick, not Mary), else the most frequent."""
    if m.parsed.role:
        holders = [f for f in counter if _role_word(m.parsed.role) in roles.get((surname, f), set())]
        if len(holders) == 1:
            return holders[0]
    return counter.most_common(1)[0][0]


def _build_speakers(mentions: Sequence[_Mention], places: dict[str, frozenset[str]]) -> list[Speaker]:
    """Make one :class:`Speaker` per identity key, most frequent first."""
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        groups[m.key].append(m)
    org_by_article = {(m.article_id, m.parsed.key): m.key for m in mentions if m.parsed.type in _ORG_TYPES}
    out: list[Speaker] = []
    for key, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        kind = Counter(m.parsed.type for m in group).most_common(1)[0][0]
        best = max(group, key=lambda m: (len(m.parsed.name.split()), m.parsed.name))
        aliases = _distinct(text for text, _ in Counter(m.text for m in group).most_common())
        acronym = next((m.parsed.acronym for m in group if m.parsed.acronym), "")
        if acronym and acronym not in aliases:
            aliases.append(acronym)
        affiliation = _affiliation(group, org_by_article, places) or _parent(key, kind, groups)
        out.append(Speaker(key, _display(best.parsed), kind, tuple(aliases), affiliation))
    return out


def _distinct(aliases: Iterable[str]) -> list[str]:
    """Aliases in order, one per spelling that differs in more than a capital letter
    ("the Kersian Defence Ministry" and "The Kersian Defence Ministry" are one)."""
    seen: dict[str, str] = {}
    for alias in aliases:
        seen.setdefault(alias.casefold(), alias)
    return list(seen.values())


def _parent(key: str, kind: SpeakerType, groups: dict[str, list[_Mention]]) -> str:
    """``un-humanitarian-office`` belongs to ``un``: an organisation named after another one."""
    if kind not in _ORG_TYPES or "-" not in key or "~" in key:
        return ""
    head = key.split("-", 1)[0]
    return head if head in groups and head != key else ""


def _display(parsed: names.Parsed) -> str:
    """Return a readable name: persons without titles, organisations without ``the``."""
    name = parsed.name.replace(" .", ".")
    return name[4:] if name.lower().startswith("the ") else name


def _affiliation(
    group: Sequence[_Mention], org_by_article: dict[tuple[str, str], str], places: dict[str, frozenset[str]]
) -> str:
    """Return the organisation a speaker speaks for: its speaker id when known, else its name."""
    for m in group:
        text = m.parsed.affiliation
        if not text:
            continue
        key = names.org_key(text)
        for (article_id, org_key), speaker_id in org_by_article.items():
            if article_id == m.article_id and (org_key == key or org_key.endswith("-" + key)):
                return speaker_id
        folded = fold(text)
        if folded.endswith("n") and folded[:-1] in places.get(m.article_id, frozenset()):
            return text[:-1]
        return text
    return ""
