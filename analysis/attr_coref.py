"""Within-article resolution of pronouns and role nouns to the speaker they stand for.

``he``/``she`` go to the nearest earlier person of compatible gender, preferring the
subject (speaker or sentence-initial name) of each earlier statement; ``they`` to the
nearest group or organisation; ``it`` to the nearest organisation; a role noun
(``the spokesman``, ``the ministry``, ``the center``, ``the Turkish president``) to
the nearest earlier mention carrying that role or head word. Candidates are the
speakers found so far and the capitalised names outside quotes, gathered lazily
statement by statement (most pronouns resolve one statement back).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain

from analysis import names
from analysis.attr_candidates import Candidate, headed_by, qualified
from analysis.attr_lexicon import (
    ALL_PRONOUNS,
    FEMININE_NAMES,
    GOVERNMENT_HEADS,
    INSTITUTION_HEADS,
    MASCULINE_NAMES,
    MEDIA_WORDS,
    PARTISANS,
    ROLE_NOUNS,
    TITLES,
    words,
)
from analysis.attr_np import HEARSAY, LEADING_JUNK
from analysis.attr_roles import DETERMINERS, FORMS, HELD_TITLES, ISSUED, norm, role_head
from analysis.cues import lookup
from analysis.datelines import dateline
from analysis.model import Span, SpeakerType
from analysis.name_fold import fold

_NAME_RUN = re.compile(
    r"\b(?:[A-Z][\w’'\-]*\.?\s+(?:(?:of|for|the|de|van|von|der|al|bin|and)\s+)*)*[A-Z][\w’'\-]*[\w]"
)
_ARTICLES = DETERMINERS | {"a", "an", "his", "her", "their", "our"}
_PREPOSITIONS = frozenset(
    ["of", "about", "to", "for", "in", "on", "at", "with", "from", "by", "after", "before"]
)
# "When Gov. Asa Hutchinson … spoke": a clause opener written with a capital is no name.
_SUBORDINATORS = words("when while although though because since if as once until unless whereas")
# "Purportedly Simpson became angry": a hearsay adverb opening the sentence is no first name.
_NOT_NAME_STARTS = LEADING_JUNK | _ARTICLES | ALL_PRONOUNS | _PREPOSITIONS | _SUBORDINATORS | HEARSAY
_OPENERS = frozenset(',;:—–(“‘«"')
_CONJUNCTIONS = words("and but so yet or")
_LOOK_BACK = 5
_PAIR = re.compile(r"\b([A-Z][\w’'.-]+)\s+(?=([A-Z][\w’'-]+))")  # every "Capitalised Capitalised" pair
_WORDS = re.compile(r"[\w’'-]+")
_NONSPACE = re.compile(r"\S+")
_NOT_FIRST_NAMES = LEADING_JUNK | _ARTICLES | INSTITUTION_HEADS | TITLES | MEDIA_WORDS | GOVERNMENT_HEADS
_GROUP_WORDS = words(
    """officials diplomats sources residents witnesses lawmakers analysts experts authorities police doctors
    protesters activists leaders officers soldiers troops workers critics supporters aides investigators
    prosecutors detectives researchers scientists groups organizations organisations unions voters members
    demonstrators campaigners advocates"""
)
_GROUP_ALTERNATIVES = "|".join(sorted(_GROUP_WORDS))
_GROUP_RUN = re.compile(
    r"\b(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ll]ocal|[Ss]enior|[A-Z][\w’'-]+)\s+){0,3}"
    r"(?:" + _GROUP_ALTERNATIVES + r")\b"
)
_GROUP_WORD = re.compile(r"\b(?:" + _GROUP_ALTERNATIVES + r")\b")
_RELATIVES = frozenset(["who", "that", "which", "whose"])
_DATELINE_REACH = 120  # a dateline is a few words: read no further for one
_NAME_BEFORE = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s*$")
# "in a statement", "its written statement": an earlier statement says one was issued
# ("criticised the statement" speaks of someone else's).
_ISSUED_BY = {
    noun: re.compile(rf"\b(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?{noun}\b", re.IGNORECASE)
    for noun in ISSUED
}
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Z0-9&]{1,11}\)")
_GROUP_TYPES = {SpeakerType.INSTITUTION, SpeakerType.GOVERNMENT, SpeakerType.MEDIA}
_PERSON_TYPES = {SpeakerType.PERSON, SpeakerType.ANONYMOUS}


@dataclass
class Resolver:
    """Resolve the speakers of one article's statements in text order.

    Parameters
    ----------
    text : str
        The article text.
    places : frozenset of str
        Folded place names of the article (see :func:`analysis.attr_places.places_in`).
    """

    text: str
    places: frozenset[str] = frozenset()
    units: list[list[Candidate]] = field(default_factory=list)
    _regions: list[Sequence[Span]] = field(default_factory=list)
    _gathered: list[bool] = field(default_factory=list)
    _seen: dict[int, str] = field(default_factory=dict)  # lower-cased text of statements, read once
    _gender: dict[str, bool] = field(default_factory=dict)
    _surnames: set[str] = field(default_factory=set)
    _surnames_in_text: set[str] | None = None
    _parsed: dict[str, names.Parsed] = field(default_factory=dict)
    _named_genders: dict[str, bool | None] | None = None  # mentions repeat within an article
    _spoke: set[str] = field(default_factory=set)  # keys of the speakers resolved so far
    _speakers: list[Span | None] = field(default_factory=list)  # resolved speaker of each statement

    def _parse(self, span: Span) -> names.Parsed:
        mention = self.text[span[0] : span[1]]
        found = self._parsed.get(mention)
        if found is None:
            found = self._parsed[mention] = names.parse_cached(mention, self.places)
        return found

    def _candidate(self, span: Span, subject: bool) -> Candidate:
        parsed = self._parse(span)
        mention = self.text[span[0] : span[1]]
        if parsed.type != SpeakerType.PERSON and " " not in mention and self._known_surname(mention):
            parsed = names.as_person(mention)  # "Fox" after "Vicente Fox" is the man, not the network
        return Candidate(span, parsed, subject, self.text)

    def _known_surname(self, word: str) -> bool:
        """Whether the article also writes ``Firstname Word`` (so ``Word`` alone is a person)."""
        word = word.removesuffix("’s").removesuffix("'s")
        if word.lower().endswith(("ans", "ats", "ists", "ives")) or word.isupper():
            return False  # Republicans, Democrats: groups; EU, NATO: acronyms; no surnames
        if self._surnames_in_text is None:
            self._read_pairs()
        return word in (self._surnames_in_text or ())

    def _read_pairs(self) -> None:
        """Read every ``Capitalised Capitalised`` pair once: surnames, and genders by first name."""
        surnames: set[str] = set()
        genders: dict[str, bool | None] = {}
        for m in _PAIR.finditer(self.text):
            first, last = m.group(1).lower(), m.group(2)
            if first in _NOT_FIRST_NAMES or first in _PREPOSITIONS:
                continue  # "Looking Into Obama Citizenship Issue In Hawaii": a headline's words
            surnames.add(last)
            feminine = True if first in FEMININE_NAMES else False if first in MASCULINE_NAMES else None
            if feminine is not None:
                key = fold(last.removesuffix("’s").removesuffix("'s"))
                # A man and a woman of one surname: the surname tells nothing.
                genders[key] = feminine if genders.get(key, feminine) == feminine else None
        self._surnames_in_text, self._named_genders = surnames, genders

    def add(self, speaker: Span | None, regions: Sequence[Span]) -> None:
        """Record a statement: its resolved speaker and the text outside its quotes."""
        self.open(regions)
        self.close(speaker)

    def open(self, regions: Sequence[Span]) -> None:
        """Start the next statement: its names before a pronoun may be what it stands for.

        ``Ryan hammered Obama for what he called …``: ``he`` is Ryan, named earlier in the
        same statement. Call :meth:`close` with the statement's speaker once resolved.
        """
        self.units.append([])
        self._regions.append(regions)
        self._gathered.append(False)
        self._speakers.append(None)

    def close(self, speaker: Span | None) -> None:
        """Record the resolved speaker of the statement opened last."""
        if speaker is None:
            return
        self._speakers[-1] = speaker
        if self.text[speaker[0] : speaker[1]].lower() in ALL_PRONOUNS:
            return  # a pronoun left unresolved is no antecedent: "she" would stand for "She"
        cand = self._candidate(speaker, subject=True)
        self._spoke.add(cand.parsed.key)
        if cand.parsed.type == SpeakerType.PERSON:
            self._surnames.add(cand.parsed.key)
        found = self.units[-1]
        found[:] = [c for c in found if c.span != speaker]
        found[:0] = [cand, *self._affiliation(cand)]
        if self._gathered[-1]:
            found.sort(key=lambda c: (not c.subject, -c.span[0]))

    def _affiliation(self, cand: Candidate) -> list[Candidate]:
        """``Defence Ministry spokesman …`` also mentions the Defence Ministry."""
        aff = cand.parsed.affiliation
        if cand.parsed.type != SpeakerType.PERSON or not aff:
            return []
        at = self.text.find(aff, cand.span[0], cand.span[1])
        return [self._candidate((at, at + len(aff)), subject=False)] if at >= 0 else []

    def _gather(self, index: int) -> list[Candidate]:
        """Add the names outside quotes of statement ``index`` (once)."""
        if not self._gathered[index]:
            self._gathered[index] = True
            taken = {c.span for c in self.units[index]}
            first = self._regions[index][0][0] if self._regions[index] else -1
            for start, end in self._regions[index]:
                runs = list(_NAME_RUN.finditer(self.text, start, end))
                if _GROUP_WORD.search(self.text, start, end):
                    runs.extend(_GROUP_RUN.finditer(self.text, start, end))
                for m in runs:
                    span = self._trim_run(m.start(), m.end())
                    if span is None or span in taken or _inside_any(span, taken) or self._dateline(span):
                        continue
                    if self._lone_unknown(span) and not self._subject_group(span, start, first):
                        continue
                    acronym = _ACRONYM_AFTER.match(self.text, span[1], end)
                    span = (span[0], acronym.end()) if acronym else span
                    taken.add(span)
                    cand = self._candidate(span, subject=self._is_subject(span, start, first))
                    if self._plausible(cand):
                        self.units[index].append(cand)
            self.units[index].sort(key=lambda c: (not c.subject, -c.span[0]))
        return self.units[index]

    def _is_subject(self, span: Span, region_start: int, unit_start: int) -> bool:
        """A name opening its statement or a clause (``…, Ryan also hammered …``), not a possessive."""
        if self.text[span[0] : span[1]].endswith(("’s", "'s")):
            return False
        before = self.text[max(region_start, span[0] - 3) : span[0]].strip()
        if span[0] == unit_start or (bool(before) and before[-1] in _OPENERS):
            return True
        # "When Gov. Asa Hutchinson … spoke …, he disclosed": the subject of an opening clause.
        # A conjunction may come first: "And when Mr. Bloomberg ruled out running, he …".
        opening = [w.lower() for w in self.text[unit_start : span[0]].split()] if unit_start >= 0 else ["-"]
        if len(opening) == 2 and opening[0] in _CONJUNCTIONS:
            opening = opening[1:]
        return len(opening) == 1 and opening[0] in _SUBORDINATORS

    def _dateline(self, span: Span) -> bool:
        """``WASHINGTON —``, ``HALVIK, Kersia —``: the place a story was filed from speaks for no one."""
        word = self.text[span[0] : span[1]]
        return word.isupper() and dateline(self.text[span[0] : span[0] + _DATELINE_REACH]) > 0

    def _subject_group(self, span: Span, region_start: int, unit_start: int) -> bool:
        """``While investigators thought …, they now believe``: a group opening a clause."""
        return self.text[span[0]].islower() and self._is_subject(span, region_start, unit_start)

    def _lone_unknown(self, span: Span) -> bool:
        """A single capitalised word that is no known surname (Tuesday, Obamacare): skip it unparsed."""
        word = self.text[span[0] : span[1]]
        if " " in word or word.isupper():
            return False
        bare = word.removesuffix("’s").removesuffix("'s")
        return fold(bare) not in self._surnames and not self._known_surname(bare)

    def _trim_run(self, start: int, end: int) -> Span | None:
        """Drop sentence adverbs, weekdays and pronouns from the front of a capitalised run."""
        for m in _NONSPACE.finditer(self.text[start:end]):
            word = m.group().lower().rstrip(".,")
            if word in _NOT_NAME_STARTS or _participle(word, self.text, start + m.end()):
                continue
            if word.endswith("ing") and lookup(word) is not None:
                continue  # "Saying President Obama, he said, …": a reporting gerund, no name
            return start + m.start(), end
        return None

    def _plausible(self, cand: Candidate) -> bool:
        """Keep organisations, and persons that look like one (a title, a first name, a reused surname)."""
        parsed = cand.parsed
        if parsed.type in _GROUP_TYPES:
            return True
        if parsed.type != SpeakerType.PERSON:
            return bool(cand.words & ROLE_NOUNS)
        mention = self.text[cand.span[0] : cand.span[1]]
        tokens = mention.split()
        if len(tokens) == 1:
            return parsed.key in self._surnames or self._known_surname(tokens[0])
        titled = len(tokens) > len(parsed.name.split())
        named = parsed.first in MASCULINE_NAMES or parsed.first in FEMININE_NAMES
        reused = self.text.count(tokens[-1]) > self.text.count(mention)
        if titled or named or reused:
            self._surnames.add(parsed.key)
            return True
        return False

    def resolve(self, mention: Span, index: int) -> Span:
        """Return the span the mention at ``mention`` in statement ``index`` stands for.

        A possessive antecedent stands for its owner: "President Obama’s speech … the
        president said" resolves to "President Obama", not "President Obama’s".
        """
        start, end = self._resolve(mention, index)
        if (start, end) != mention and self.text.endswith(("’s", "'s"), start, end):
            end -= 2
        return start, end

    def _resolve(self, mention: Span, index: int) -> Span:
        words = self.text[mention[0] : mention[1]].split()
        low = [w.lower() for w in words]
        if len(low) == 1 and low[0] in {"he", "she"}:
            return self._pronoun(mention, index, feminine=low[0] == "she")
        if len(low) == 1 and low[0] in {"they", "it"}:
            return self._group(mention, index, plural=low[0] == "they")
        if len(low) == 2 and low[0] == "the" and low[1] in ISSUED:
            return self._issuer(mention, index, low[1])
        # "the conservative senator vying for the nomination": the role ends before its modifier.
        cut = next(
            (j for j in range(2, len(low)) if low[j].endswith("ing") or low[j] in _RELATIVES), len(low)
        )
        head = role_head(words[:cut])
        if head:
            # "the president's budget director": the role of someone named, not of any director.
            owner = next((norm(w) for w in low[: cut - 1] if w.endswith(("’s", "'s"))), "")
            return self._role(mention, index, head, {norm(w) for w in low[: cut - 1]} - DETERMINERS, owner)
        return mention

    def _issuer(self, mention: Span, index: int, noun: str) -> Span:
        """``…, the statement said``: whoever a statement just before was said to be in speaks."""
        named = _ISSUED_BY[noun]
        for k in range(index - 1, max(-1, index - _LOOK_BACK), -1):
            speaker = self._speakers[k]
            if speaker is not None and any(named.search(self.text, s, e) for s, e in self._regions[k]):
                return speaker
        return mention

    def _earlier(self, index: int, before: int, look_back: int = _LOOK_BACK) -> Iterator[list[Candidate]]:
        """Candidate lists of statement ``index`` (before ``before``) and the ones preceding it.

        Lazily, nearest first: most pronouns resolve one statement back, so older
        statements are only read when needed.
        """
        for k in range(index, max(-1, index - look_back), -1):
            cands = self._gather(k) if k < len(self.units) else []
            # In the statement itself only a subject before the mention may be its antecedent
            # ("Ryan hammered Obama for what he called …", not "Of Obama, he said …"), or the
            # owner of the subject ("Mr. Trump’s desire … was on display, although he insisted").
            yield [c for c in cands if c.span[1] <= before and self._opens(c, k)] if k == index else cands

    def _opens(self, cand: Candidate, index: int) -> bool:
        """Whether ``cand`` is the subject of statement ``index`` or the owner opening it."""
        if cand.subject:
            return True
        regions = self._regions[index]
        return cand.possessive and bool(regions) and cand.span[0] == regions[0][0]

    def _pronoun(self, mention: Span, index: int, feminine: bool) -> Span:
        if feminine:
            # Most people quoted in news are men, so a name of unknown gender is a weak
            # antecedent for "she": a woman named a little further back comes first.
            for cands in self._earlier(index, mention[0], 2 * _LOOK_BACK):
                for cand in cands:
                    if self._is_woman(cand):
                        return cand.span
        owner: Candidate | None = None
        for back, cands in enumerate(self._earlier(index, mention[0])):
            for cand in cands:
                if not _a_person(cand) or cand.conjoined:
                    continue
                known = self._gender_of(cand)
                if known is not None and known != feminine:
                    continue
                if cand.possessive and back > 0:
                    owner = owner or cand
                    continue
                self._gender[cand.parsed.key] = feminine
                return cand.span
        # "MacFarlane’s performance drew mixed reviews. “…,” he said.": with no one else
        # named, the owner is who speaks.
        return owner.span if owner is not None else mention

    def _is_woman(self, cand: Candidate) -> bool:
        person = cand.parsed.type == SpeakerType.PERSON and not cand.possessive
        return person and self._gender_of(cand) is True

    def _gender_of(self, cand: Candidate) -> bool | None:
        """What the article says of a person's gender: a pronoun resolved to them, their own
        mention (``Mrs.``, a first name), or a first name written with the surname elsewhere
        (``Donald Trump`` tells the gender of every bare ``Trump``)."""
        key = cand.parsed.key
        known = self._gender.get(key, cand.parsed.feminine)
        if known is None:
            if self._named_genders is None:
                self._read_pairs()
            known = (self._named_genders or {}).get(key)
        return known

    def _group(self, mention: Span, index: int, plural: bool) -> Span:
        for cands in self._earlier(index, mention[0]):
            for cand in cands:
                kind = cand.parsed.type
                is_plural = kind == SpeakerType.ANONYMOUS and cand.parsed.name.endswith("s")
                if kind in _GROUP_TYPES or (plural and is_plural):
                    return cand.span
        return mention

    def _role(self, mention: Span, index: int, head: str, modifiers: set[str], owner: str = "") -> Span:
        """The nearest earlier mention holding the role: one whose modifiers match first,
        then one who has spoken already, then any (``the governor`` is the governor the
        article quotes, not another governor named in passing since). A role with an
        ``owner`` (``the president's``) is no one's who holds it for another body
        (``AARP policy director David Certner``)."""
        best: Candidate | None = None
        wanted = _GROUP_TYPES if head in INSTITUTION_HEADS else _PERSON_TYPES
        if head in PARTISANS:
            wanted = {SpeakerType.PERSON}  # "the California Democrat" is named, not "one Democrat"
        forms = FORMS.get(head, (head,))
        for cands in chain(self._earlier(index, mention[0]), self._all_before(index, forms)):
            for cand in cands:
                if cand.span == mention or head not in cand.words or cand.parsed.type not in wanted:
                    continue
                if owner and owner not in cand.words and qualified(cand, head):
                    continue
                if wanted is _GROUP_TYPES and not headed_by(cand, head):
                    continue
                if modifiers & cand.words:
                    return cand.span
                if cand.parsed.key in self._spoke and not modifiers:
                    return cand.span
                best = best or cand
        if best is None and head in HELD_TITLES and not owner:
            named = _NAME_BEFORE.search(self.text, max(0, mention[0] - 60), mention[0])
            if named is not None:
                return named.span(1)  # "Tzipi Livni, the Israeli foreign minister said": the name
            if self._an_office(mention):
                return mention  # "the inspector general" of "the inspector general's report"
            return self._current_speaker(index, head) or mention
        return best.span if best is not None else mention

    def _an_office(self, mention: Span) -> bool:
        """Whether the article names the title as a body of its own (``the inspector
        general’s report``, ``a DOJ inspector general report``): then a bare ``the
        inspector general`` is that office, not whoever spoke just before."""
        words = self.text[mention[0] : mention[1]].split()
        if words and words[0].lower() in {"the", "a", "an"}:
            words = words[1:]
        if len(words) < 2:  # "the governor": too common a word to tell an office by
            return False
        title = r"\s+".join(re.escape(w) for w in words)
        return (
            re.search(rf"\b{title}(?:['’]s\b|\s+(?:report|office|review|investigation)\b)", self.text, re.I)
            is not None
        )

    def _current_speaker(self, index: int, head: str) -> Span | None:
        """The person who spoke in the statement just before (or the one before it): news
        names a speaker, then varies the name ("Perry said …", "the Texas governor added").
        Not one introduced by another role ("policy director David Certner" is no governor)."""
        for k in range(index - 1, max(-1, index - 3), -1):
            speaker = self._speakers[k]
            if speaker is not None:
                parsed = self._parse(speaker)
                # A party is no office: "Representative Pell …", then "the California Democrat".
                other_role = parsed.role and norm(parsed.role.split()[-1]) != head and head not in PARTISANS
                return speaker if parsed.type == SpeakerType.PERSON and not other_role else None
        return None

    def _all_before(self, index: int, forms: Sequence[str]) -> Iterator[list[Candidate]]:
        """Candidates of the statements before the look-back window that may hold the role.

        Only statements whose text (and the few words before it) names one of the role's
        ``forms`` are read: the role must be among a candidate's words.
        """
        for k in range(index - _LOOK_BACK, -1, -1):
            regions = self._regions[k]
            if regions:
                seen = self._seen.get(k)
                if seen is None:
                    # Every later role noun reads this statement again: lower-case it once.
                    seen = self._seen[k] = self.text[max(0, regions[0][0] - 60) : regions[-1][1]].lower()
                if any(form in seen for form in forms):
                    yield self._gather(k)


def _a_person(cand: Candidate) -> bool:
    """A person, or an unnamed holder of a role (``The Internal Revenue Service official``);
    not a role said of someone (``is known as a brilliant lawyer``)."""
    if cand.parsed.type == SpeakerType.PERSON:
        return True
    words = cand.text[cand.span[0] : cand.span[1]].lower().split()
    definite = words[0] not in {"a", "an", "another", "one"}
    role = words[-1] in ROLE_NOUNS and not words[-1].endswith("s")
    return cand.parsed.type != SpeakerType.MEDIA and definite and role


def _participle(word: str, text: str, after: int) -> bool:
    """``Amplifying the Romney campaign message, he said``: a participle opening an adjunct.

    A long ``-ing`` word followed by a lower-case word is no first name ("Manning said").
    """
    if len(word) < 6 or not word.endswith("ing"):
        return False
    rest = text[after : after + 2].lstrip()
    return bool(rest) and rest[0].islower()


def _inside_any(span: Span, spans: set[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)
