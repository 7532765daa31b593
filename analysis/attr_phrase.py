"""Looser speaker phrases, tried when the lexicon-bound scans of :mod:`analysis.attr_np` fail.

The strict scans accept only words from the project's lists, so ``exit polls``, ``arms
control experts`` or ``the nonpartisan Congressional Budget Office`` stop them at the first
unknown word. Without a part-of-speech tagger we read such phrases by their frame
instead: a run of words free of verbs, auxiliaries and clause words that opens its clause
(or starts with a determiner, a number or a name) and ends on a noun-like head. Also
here: the subject of a relative clause's antecedent (``companies that had insured the
firm agreed`` -> ``companies``) and the subject of a coordinated verb (``Cruz urged …
and said``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from analysis import attr_np as np_
from analysis.attr_lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    INSTITUTION_HEADS,
    MEDIA_WORDS,
    ROLE_NOUNS,
    words,
)
from analysis.attr_np import Token
from analysis.claim_words import WEEKDAYS

_MAX_WORDS = 9  # a loose phrase longer than this is more likely a clause
_STOPS = (
    np_.VERBISH
    | np_.BOUNDARY_WORDS
    | np_.PRONOUNS
    | np_.SKIPPABLE
    | words("has have had not no him them us me you there here it’s it's")
)
_NOUN_HEADS = ROLE_NOUNS | INSTITUTION_HEADS | DOCUMENT_NOUNS | ANONYMOUS_HEADS | MEDIA_WORDS | np_.QUANTITIES
# Plural-looking words that are no nouns.
_NOT_PLURALS = words("is was has does this thus its his hers ours yours always perhaps less unless various")
_RELATIVES = words("that who which")
_OBJECTS = words("him her them us me it")  # after a preposition inside a phrase: "those close to him"
_PRONOMINAL = words("those some many most several others few all both")
_COORDINATORS = words("and but")
# A clause opened by one of these is an adjunct, not the subject of a later verb:
# "…, with lawmakers nearing a vote, …" never speaks.
_ADJUNCT_OPENERS = words(
    "with without in on at for from by after before during despite amid under like unlike following since as"
)
_CLAUSE_OPENERS = np_.BOUNDARY_WORDS | _COORDINATORS
_LINKS_AND_COORDINATORS = np_.LINKS | _COORDINATORS
_FORWARD_STOPS = _STOPS - np_.DETERMINERS
_NOT_CAPITAL_HEADS = np_.DETERMINERS | np_.BOUNDARY_WORDS | np_.SKIPPABLE | np_.LEADING_JUNK


def _index_at(tokens: Sequence[Token], offset: int) -> int:
    """Return the index of the first token starting at or after ``offset``."""
    return bisect_left(tokens, offset, key=lambda t: t.start)


def noun_like(tok: Token) -> bool:
    """Whether a word can head a speaker phrase: a name, a listed noun or a plural."""
    low = tok.lower
    if tok.text[:1].isupper():
        return low not in _NOT_CAPITAL_HEADS
    if low in _NOUN_HEADS:
        return True
    return (
        tok.text.isalpha()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "ous", "ics"))
        and low not in _NOT_PLURALS
        and low not in _STOPS
    )


def _opens_clause(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` opens a clause: first, after punctuation or a clause word."""
    while i > 0 and (tokens[i - 1].lower in np_.SKIPPABLE or tokens[i - 1].lower in np_.LEADING_JUNK):
        i -= 1  # "Even political figures …", "Still, local officials …"
    if i == 0:
        return True
    before = tokens[i - 1]
    return not before.text[:1].isalnum() or before.lower in _CLAUSE_OPENERS


def loose_back(tokens: list[Token], end: int) -> list[Token] | None:
    """The speaker phrase ending before ``tokens[end]``, unknown words allowed.

    ``Experts on arms control said``, ``Regional election monitors said``, ``an
    arbitration panel in 2001 found``: the phrase runs back over words that are no verbs,
    auxiliaries or clause words, to a determiner, a number or the start of the clause.
    """
    i = end
    while i > 0 and end - i < _MAX_WORDS:
        tok = tokens[i - 1]
        linked = i > 1 and tokens[i - 2].lower in np_.LINKS
        if tok.text == "/" and np_.glued_slash(tokens, i - 1):
            i -= 1  # "the Reuters/Ipsos opinion poll"
            continue
        if not tok.text[:1].isalnum() or (tok.lower in _STOPS and not (linked and tok.lower in _OBJECTS)):
            break
        i -= 1
        if (tok.lower in np_.DETERMINERS or tok.text[:1].isdigit()) and not linked:
            break
    phrase = list(tokens[i:end])
    while phrase and phrase[0].lower in _LINKS_AND_COORDINATORS:
        phrase = phrase[1:]
    start = end - len(phrase)
    if len(phrase) == 1 and phrase[0].text.islower() and start > 0 and _opens_clause(tokens, start):
        # "But environmentalists worry …": a bare plural opening its clause, right before the cue
        return phrase if noun_like(phrase[0]) and phrase[0].lower.endswith("s") else None
    if len(phrase) < 2:
        return None
    first = phrase[0]
    framed = first.lower in np_.DETERMINERS or first.text[:1].isdigit() or first.text[:1].isupper()
    if not (framed or _opens_clause(tokens, start)):
        return None
    last = phrase[-1].lower
    if last in np_.LINKS or last in np_.DETERMINERS or not phrase[-1].text.isalnum():
        return None  # "a note of caution": the phrase must end on its noun
    if first.lower in _PRONOMINAL and len(phrase) > 2:
        return phrase  # "Those close to him", "Some familiar with the talks"
    head = np_.head_of(phrase)
    if first.lower in np_.DETERMINERS and head.text.isalpha() and head.lower not in _STOPS:
        return phrase  # "the ad’s narrator": a determiner opens a noun phrase
    return phrase if noun_like(head) else None


_FOR_OWNERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "our", "this", "that"])


def _reason_after(token: Token) -> bool:
    """Whether the word after "for" opens a reason (a gerund or a bare common noun)."""
    return token.text.endswith("ing") or (token.text.islower() and token.lower not in _FOR_OWNERS)


def loose_forward(tokens: list[Token], start: int) -> list[Token] | None:
    """The speaker phrase starting at ``tokens[start]`` (after ``according to`` or ``by``).

    ``according to the nonpartisan Congressional Budget Office``: the longest run of
    phrase words up to the clause's end whose last word is noun-like.
    """
    best: list[Token] | None = None
    j = start
    while j < len(tokens) and j - start < _MAX_WORDS:
        tok = tokens[j]
        if tok.text == "." and best and len(tokens[j - 1].text) == 1 and np_.is_title_dot(tokens, j):
            j += 1  # "George W. Bush": an initial's period (a title's, "said Mr.", stays a stop)
            continue
        if not tok.text[:1].isalnum() or tok.lower in _FORWARD_STOPS:
            break
        if best and tok.lower.endswith("ed"):
            break  # "the agreements reached in Lisk", "a complaint filed by …": a reduced relative
        if best and tok.lower == "for" and j + 1 < len(tokens) and _reason_after(tokens[j + 1]):
            # "criticized by fellow physicians for promoting cures", "blamed by developers for
            # delays": a reason follows (not "a spokesman for the ministry", "… for Apple").
            break
        if noun_like(tok) and tok.lower not in np_.LINKS:
            best = tokens[start : j + 1]
        j += 1
    return best


def relative_antecedent(tokens: list[Token], phrase: Sequence[Token]) -> list[Token] | None:
    """``Companies that had insured the firm agreed``: the antecedent of the relative speaks.

    ``phrase`` is the phrase found right before the cue; when it is the object of a
    relative clause (a relative pronoun and a verb stand before it), the phrase before
    the relative pronoun is the subject. Returns ``None`` when there is no such clause and
    ``[]`` when there is one but its antecedent is no speaker phrase (then ``phrase`` is
    not the speaker either).
    """
    k = _index_at(tokens, phrase[0].start) if phrase else 0
    verb = False
    for r in range(k - 1, max(-1, k - 6), -1):
        low = tokens[r].lower
        if not tokens[r].text[:1].isalnum():
            return None
        if low in _RELATIVES:
            if r == 0 or not (verb or (low == "who" and r < k - 1)):
                return None
            strict = np_.scan_back(tokens, r)
            return strict if strict and np_.head_ok(strict) else (loose_back(tokens, r) or [])
        verb = verb or low in np_.VERBISH or low in {"has", "have", "had"} or low.endswith("ed")
    return None


def coordinated_subject(tokens: list[Token], conj: int) -> list[Token] | None:
    """``Cruz urged delegates to vote and said …``: the subject of the first verb speaks.

    ``conj`` is the index of ``and``/``but`` before the cue. The subject is the phrase
    that opens the sentence (or the clause after the last comma before it) and is
    followed by a verb-like word.
    """
    starts = [0] + [k + 1 for k in range(conj) if tokens[k].text in {",", ";"}]
    predicate = None  # where a clause opening with a verb starts: "…, appeared on MSNBC and said"
    for latest, k in enumerate(reversed(starts)):
        while k < conj and (not tokens[k].text[:1].isalnum() or _opening_adverb(tokens[k])):
            k += 1  # "Purportedly Simpson became angry and said"
        if tokens[k].lower in _ADJUNCT_OPENERS:
            continue
        if _opens_with_verb(tokens, k):
            predicate = k
            continue
        if predicate is not None and _apposition_before(tokens, k, predicate):
            phrase = np_.strip_leading(np_.scan_forward(tokens, k))
            if phrase and np_.head_ok(phrase):
                return phrase  # "Dean, a medical doctor, appeared on MSNBC and said"
        if tokens[k].lower == "that" and k + 1 < conj:
            k += 1  # a cleft: "it was on Saturday, …, that the younger Hutchinson wrote … and warned"
        phrase = np_.strip_leading(np_.scan_forward(tokens, k))
        if not np_.head_ok(phrase):
            phrase = loose_forward(tokens, k) or phrase  # "The authors of the report combed …"
        if phrase and phrase[0].lower in _RELATIVES:
            if phrase[0].lower == "who" and latest == 0 and tokens[k - 1].text == ",":
                # "liberals, who accused … and threatened": the antecedent of "who" speaks.
                antecedent = np_.scan_back(tokens, k - 1)
                if antecedent and np_.head_ok(antecedent):
                    return antecedent
            continue
        stop = _index_at(tokens, phrase[-1].end) if phrase else k
        if phrase and np_.head_ok(phrase) and stop < conj and tokens[stop].text[:1].islower():
            return phrase
    return None


def _opening_adverb(tok: Token) -> bool:
    """``Purportedly``, ``Reportedly`` opening a clause (not ``has``, ``is``: a predicate)."""
    return tok.lower.endswith("ly") and tok.lower in np_.SKIPPABLE


def _opens_with_verb(tokens: list[Token], k: int) -> bool:
    """Whether a clause opens with a past verb and its object or adjunct ("appeared on",
    "visited the"), not a noun phrase ("retired officers")."""
    while k < len(tokens) and tokens[k].lower in np_.SKIPPABLE:
        k += 1  # "then appeared"
    if k + 1 >= len(tokens):
        return False
    first, nxt = tokens[k], tokens[k + 1].lower
    return (
        first.text.islower() and first.lower.endswith("ed") and (nxt in np_.LINKS or nxt in np_.DETERMINERS)
    )


def _apposition_before(tokens: list[Token], k: int, predicate: int) -> bool:
    """Whether one comma-enclosed apposition ("a medical doctor") separates the phrase
    opening at ``k`` from the predicate opening at ``predicate``."""
    commas = [j for j in range(k, predicate) if tokens[j].text == ","]
    if len(commas) != 2:
        return False
    opener = tokens[commas[0] + 1].lower
    return opener in np_.DETERMINERS or opener in {"who", "whose", "now", "then", "himself", "herself"}


_TIME_WORDS = words(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week month year
    weekend morning afternoon evening night"""
)


def skip_time(tokens: Sequence[Token], end: int) -> int:
    """Return where a time adjunct before ``tokens[end]`` starts (``on Wednesday``, ``last week``).

    ``David Axelrod on Wednesday called on …``: the time belongs to the verb, not to the
    speaker phrase before it.
    """
    k = end
    while k > 0 and (tokens[k - 1].lower in _TIME_WORDS or tokens[k - 1].text.isdigit()):
        k -= 1
    if k == end:
        return end
    if k > 0 and tokens[k - 1].lower in {"on", "in", "last", "this", "late", "early", "earlier"}:
        k -= 1
    # "Sen. Ted Cruz (R-Texas) on Friday accused": a closing group ends the speaker too.
    return k if k > 0 and (tokens[k - 1].text[:1].isalnum() or tokens[k - 1].text == ")") else end


# Lower-case words that open a clause or an adjunct, never a speaker phrase: a pattern that
# returns "called on Brewer", "including numerous politicians" or "this month" went astray.
_NOT_SPEAKER_OPENERS = words(
    """including included called calling reminding lining went won found upset opposes put got made
    took gave about according"""
)
_AFTER_PARTICIPLE = words("the a an to for of with on in about at into")
# Words that open an adjunct or a clause, never a speaker phrase alone ("By", "On Saturday", "who").
_FUNCTION_OPENERS = words(
    """by on in at for with from after before during since until if when while as because although who
    whom which what where whether"""
)
_TIME_HEADS = words("month months week weeks weekend year years times time day days morning evening night")
_TIME_OPENERS = words("this last next that at some")


def _bare_name(phrase: Sequence[Token]) -> bool:
    """Whether a phrase is a name alone: capitalised words and title periods, no "&"."""
    return all(t.text[:1].isupper() or t.text == "." for t in phrase)


def implausible_speaker(phrase: Sequence[Token]) -> bool:
    """Whether a phrase a pattern found cannot be a speaker (a verb phrase or a time)."""
    first = phrase[0].lower
    if first in _NOT_SPEAKER_OPENERS and phrase[0].text[:1].islower():
        return True
    if len(first) >= 6 and first.endswith("ing") and len(phrase) > 1 and phrase[1].lower in _AFTER_PARTICIPLE:
        return True  # "Looking for an elusive resolution, McConnell said": an adjunct
    if first in _TIME_HEADS:
        return True  # "at times said", "times" alone
    if first in WEEKDAYS and (len(phrase) == 1 or not phrase[1].text[:1].isupper()):
        return True  # "said Wednesday on Twitter" ("On Monday Jobs" still holds a name)
    if first in _FUNCTION_OPENERS and (len(phrase) == 1 or phrase[1].lower in WEEKDAYS | _TIME_HEADS):
        return (
            True  # "By then, with tracking suggesting", "On Saturday, the governor said", "according to who"
        )
    if phrase[-1].lower.endswith(("’s", "'s")) and len(phrase[-1].text) > 2 and _bare_name(phrase):
        # "Horton's senseless death … highlighted": an owner stopped short of its noun (not "an
        # analysis from Standard & Poor’s", a name that ends so).
        return True
    return len(phrase) >= 2 and first in _TIME_OPENERS and phrase[1].lower in _TIME_HEADS
