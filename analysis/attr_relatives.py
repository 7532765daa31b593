"""Speakers that relative and reduced clauses stand between: the antecedent speaks.

``Saudi Arabia, which has denied any role, lobbied``, ``family members of the victims,
many of whom say``, ``All the experts I interviewed said``, ``The frigate stationed off the
coast said``, ``A USA TODAY analysis of super PACs that have raised …, shows``:
:mod:`analysis.attr_subject` asks these helpers for the phrase the clause describes.
"""

from __future__ import annotations

from analysis import attr_np as np_
from analysis import attr_phrase as loose
from analysis.attr_lexicon import ANONYMOUS_HEADS, DOCUMENT_NOUNS, INSTITUTION_HEADS, ROLE_NOUNS, words
from analysis.attr_np import Token
from analysis.attr_patterns import index_at
from analysis.cues import lookup

_PLACED = words("in on at off near from to across inside outside along")


def reduced_relative(tokens: list[Token], first: int) -> list[Token] | None:
    """``INS Mysore deployed in the Gulf of Aden attacked``, ``The frigate stationed off the
    coast said``: the phrase before a participle and its place speaks, not the place."""
    if first < 3 or tokens[first - 1].lower not in _PLACED:
        return None
    participle = tokens[first - 2]
    if not (participle.text.islower() and participle.lower.endswith("ed")):
        return None
    if tokens[first - 3].lower in np_.PRONOUNS or tokens[first - 3].lower in np_.BOUNDARY_WORDS:
        return None  # "Residents who lived in the camp said": a relative clause, read elsewhere
    phrase = np_.scan_back(tokens, first - 2)
    if not phrase or not np_.head_ok(phrase) or index_at(tokens, phrase[0].start) > first - 3:
        return None
    return phrase


def antecedent(tokens: list[Token], k: int, loose_too: bool) -> list[Token] | None:
    """The phrase a relative at ``k`` stands for (a comma between them skipped); with
    ``loose_too``, a loose phrase the word lists do not hold when no strict one is found."""
    k -= 1 if k > 0 and tokens[k - 1].text == "," else 0
    # "the study -- which notes": a dash that opens the aside (one that closes an aside, "--
    # most of whom … -- who cited", has no antecedent right before it).
    dash = 1 if k > 0 and tokens[k - 1].text in {"—", "–"} else 0
    dash = 2 if k > 1 and tokens[k - 1].text == tokens[k - 2].text == "-" else dash
    if dash and not any(t.text in {"—", "–", "-"} for t in tokens[: k - dash]):
        k -= dash
    found = np_.scan_back(tokens, k)
    if np_.head_ok(found):
        return found
    return (loose.loose_back(tokens, k) or None) if loose_too else None


def who_antecedent(tokens: list[Token], who: int) -> list[Token] | None:
    """``the votes of the half-dozen Republican senators who have criticized``: ``who`` stands
    for people, so a thing before ``of`` (the votes) gives way to the people after it;
    ``members of the committee who said`` stay the members."""
    found = antecedent(tokens, who, loose_too=False)
    if not found:
        return found
    link = next((k for k, t in enumerate(found) if t.lower == "of" and 0 < k < len(found) - 1), None)
    if link is None or np_.partitive(found, link):
        return found
    owner = found[link - 1].lower
    people = (
        owner in ROLE_NOUNS
        or owner in ANONYMOUS_HEADS
        or owner in INSTITUTION_HEADS
        or found[link - 1].text[:1].isupper()
    )
    return found if people else found[link + 1 :]


def _verb_before(token: Token) -> bool:
    """Whether the word before a link is a past verb (``turned to``, ``appealed to``)."""
    return token.text.islower() and token.lower.endswith("ed")


def which_antecedent(tokens: list[Token], which: int) -> list[Token] | None:
    """``Saudi Arabia, which has denied any role, lobbied``: ``which`` stands for a body or
    a text before it (a name, ``the ministry``, ``the report``), never for a person or a clause."""
    found = antecedent(tokens, which, loose_too=False)
    if not found:
        return None
    first = index_at(tokens, found[0].start)
    if first > 1 and tokens[first - 1].lower in np_.LINKS and not _verb_before(tokens[first - 2]):
        # "a spot in the Marine Reserve, which guaranteed": the spot or the reserve (but "turned
        # to the Chicago Police Department which reported": a verb's object, one antecedent).
        return None
    link = np_.first_link(found)
    if link is not None:
        before_link = found[link - 1]
        if before_link.lower in ROLE_NOUNS:
            # "the top Democrat on the Intelligence Committee, which had asked": not the person
            last = max(k for k, t in enumerate(found) if t.lower in np_.LINKS)
            found = found[last + 1 :]
        elif before_link.text.islower() and before_link.lower not in INSTITUTION_HEADS | DOCUMENT_NOUNS:
            return None  # "a spot in the Harbour Reserve, which …": the spot or the reserve
    head = np_.head_of(found)
    named = head.text[:1].isupper() and head.lower not in np_.PRONOUNS
    return found if named or head.lower in INSTITUTION_HEADS or head.lower in DOCUMENT_NOUNS else None


# Verbs by which a writer met its sources ("the experts I interviewed said").
_MET = words("interviewed surveyed polled asked contacted consulted reached quoted spoke talked")


def writer_sources(tokens: list[Token], e: int) -> list[Token] | None:
    """``All the experts I interviewed said``, ``People we spoke to said``: the phrase before
    the writer's clause speaks, not the writer."""
    k = e - 1 if e >= 1 and tokens[e - 1].lower in {"to", "with"} else e
    if k < 3 or tokens[k - 1].lower not in _MET or tokens[k - 2].lower not in {"i", "we"}:
        return None
    if tokens[k - 1].lower in {"spoke", "talked"} and k == e:
        return None  # "the people we spoke said" is no English; "spoke to" is
    phrase = np_.scan_back(tokens, k - 2)
    return phrase if phrase and np_.head_ok(phrase) else (loose.loose_back(tokens, k - 2) or None)


_OF_WHOM = words("many some most all several few none one two three both each half")


def of_whom(tokens: list[Token], e: int) -> bool:
    """Whether ``many of whom`` (``some of whom``, ``most of which``) ends right before ``e``."""
    return (
        e >= 3
        and tokens[e - 1].lower in {"whom", "which"}
        and tokens[e - 2].lower == "of"
        and tokens[e - 3].lower in _OF_WHOM
    )


_FINDINGS = words("show find indicate suggest")  # lemmas of the finding verbs
_LONGEST_SUBJECT = 30  # tokens from the clause start to a finding verb
_TEXT_REACH = 10  # words from the clause start to the text's noun


def document_subject(tokens: list[Token], i: int) -> list[Token] | None:
    """``Leaked documents from his 1995 tax return show``, ``…, a USA TODAY analysis of newly
    filed campaign-finance reports shows``: a text named at the start of the clause reports
    its finding, however long what describes it. Only for finding verbs, and only from a
    clause start (the sentence's, or just after a comma) with no verb before the text."""
    entry = lookup(tokens[i].lower)
    if entry is None or entry.lemma not in _FINDINGS or tokens[i].lower.endswith("ing"):
        return None
    starts = [k + 1 for k in range(i - 1, max(-1, i - _LONGEST_SUBJECT), -1) if tokens[k].text == ","]
    for start in [*starts, 0]:
        found = _text_from(tokens, start, i)
        if found is not None:
            return found
    return None


def _text_from(tokens: list[Token], start: int, cue: int) -> list[Token] | None:
    """The phrase opening at ``start`` up to its first document noun, when no verb or
    pronoun stands before that noun."""
    slashes = 0  # a glued slash is no word: "The USC Dornsife/Los Angeles Times Daybreak tracking poll"
    for k in range(start, cue):
        if k - slashes >= start + _TEXT_REACH:
            return None
        tok = tokens[k]
        glued = tok.text == "/" and np_.glued_slash(tokens, k)
        slashes += glued
        if tok.lower in np_.VERBISH or tok.lower in np_.PRONOUNS or not (tok.text[:1].isalnum() or glued):
            return None
        if tok.lower in DOCUMENT_NOUNS and tok.text.islower() and _ends_noun_phrase(tokens, k + 1, cue):
            phrase = np_.strip_leading(tokens[start : k + 1])  # "But polls show", "and polls found"
            return None if phrase[0].lower in _CLAUSE_WORDS else phrase
    return None


def _ends_noun_phrase(tokens: list[Token], k: int, cue: int) -> bool:
    """Whether the noun before ``tokens[k]`` is its phrase's head: the cue, a preposition,
    a relative, a participle or punctuation follows (not ``an inquiry panel``)."""
    if k == cue or not tokens[k].text[:1].isalnum():
        return True
    nxt = tokens[k].lower
    return (
        nxt in np_.LINKS or nxt in _CLAUSE_WORDS or nxt in {"by", "released", "issued"} or nxt.endswith("ed")
    )


_CLAUSE_WORDS = words("where when which that who whose while whereas if because as")
