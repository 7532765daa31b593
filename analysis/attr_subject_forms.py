"""Special shapes of the subject before a reporting cue, for :mod:`analysis.attr_subject`.

A dateline's date (``Nov. 12, 2007 HP today announced``), a clause noun (``the time``), a
participle after a text (``The report released Monday said``) trimmed off a phrase; an
account's holder (``Trump's Twitter account said``), a contraction (``He's claiming``), an
apposition between dashes (``Kall -- co-editor of a book -- said``), people spread over a
place (``observers across the country say``), a name right after a quote, and a proper
name with lower-case words in it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis import attr_np as np_
from analysis.attr_acronyms import long_form
from analysis.attr_lexicon import DOCUMENT_NOUNS, INSTITUTION_HEADS, ROLE_NOUNS, SPREAD_WORDS, words
from analysis.attr_np import Token, is_name
from analysis.attr_patterns import index_at
from analysis.claim_words import MONTHS, WEEKDAYS

DASHES = frozenset("-—–―")
# Nouns of texts that speak with a participle after them: "The report released Monday said".
DOCUMENT_HEADS = DOCUMENT_NOUNS | words("rules rule regulations guidance order orders decision plan bill law")


_CONTRACTED = re.compile(r"(\w+)[’'](?:s|re|m)")
# "May" and "Mar" are names as often as months; before a number (which the caller
# requires) they are dates.
_DATE_WORDS = MONTHS | WEEKDAYS | {"may", "mar"}
_CLOCK = re.compile(r"\d{1,2}(?::\d\d)?(?:am|pm|a\.m|p\.m)?")
_TIME_ZONES = words("gmt utc bst cet cest est edt cst cdt mst mdt pst pdt ist")


def without_date(phrase: list[Token]) -> list[Token]:
    """``Nov. 12, 2007 HP today announced``, ``8:13am PDT Ellen DeGeneres just tweeted``: a
    dateline's date and time are no part of the speaker."""

    def numeric(t: Token) -> bool:
        low = t.lower.rstrip(",.:")
        return low.isdigit() or _CLOCK.fullmatch(low) is not None or low in _TIME_ZONES

    k = 0
    while k < len(phrase) - 1 and (
        numeric(phrase[k]) or (phrase[k].lower.rstrip(",.") in _DATE_WORDS and numeric(phrase[k + 1]))
    ):
        k += 1
    return phrase[k:] if phrase[k].text[:1].isupper() else phrase


_CLAUSE_NOUNS = words("time times moment day amount way reason extent point minute")


def without_clause_noun(phrase: list[Token]) -> list[Token]:
    """``by the time Schumer said``, ``the amount Mr. Trump said``: a noun that a clause
    describes (its ``that`` left out) is no part of the clause's subject."""
    for k in (1, 2):
        if len(phrase) > k and phrase[k - 1].lower in _CLAUSE_NOUNS and phrase[k].text[:1].isupper():
            return phrase[k:]
    return phrase


def without_participle(phrase: list[Token]) -> list[Token]:
    """``The report released Monday said``: the report speaks, not "The report released"."""
    if len(phrase) >= 3 and phrase[-1].lower.endswith("ed") and phrase[-2].lower in DOCUMENT_HEADS:
        return phrase[:-1]
    return phrase


_EXPANSES = words("country world nation state region city globe continent county area spectrum aisle")


def spread_over(tokens: Sequence[Token], e: int) -> int:
    """Where ``(and) around the country`` or ``across Kersia`` ends a subject before
    ``tokens[e]`` begins; ``e`` when there is none."""
    if e >= 3 and tokens[e - 2].lower in SPREAD_WORDS and tokens[e - 1].text[:1].isupper():
        k = e - 2  # "Officials across Kersia say"
    elif (
        e >= 4
        and tokens[e - 1].lower in _EXPANSES
        and tokens[e - 2].lower == "the"
        and tokens[e - 3].lower in SPREAD_WORDS
    ):
        k = e - 3
    else:
        return e
    return k - 1 if tokens[k - 1].lower == "and" else k


def name_after_quote(tokens: list[Token], phrase: list[Token], first: int) -> bool:
    """One capitalised plain word right after a closing mark (``“…,” Long said``): a name,
    though the word lists hold it as an adverb; not a pronoun or a contraction (``She's``)."""
    if len(phrase) != 1 or first == 0 or tokens[first - 1].text not in np_.QUOTE_CLOSERS:
        return False
    word = phrase[0]
    return word.text[:1].isupper() and word.text.isalpha() and word.lower not in np_.PRONOUNS


_ACCOUNTS = words("account feed page channel")
_PLATFORMS = words("twitter facebook instagram x truth social official personal youtube telegram")


def account_holder(tokens: list[Token], e: int) -> list[Token] | None:
    """``Trump’s account tweeted``, ``Musk’s X account posted``: the holder speaks."""
    if e < 2 or tokens[e - 1].lower not in _ACCOUNTS:
        return None
    k = e - 2
    while k > 0 and tokens[k].lower in _PLATFORMS:
        k -= 1
    owner = tokens[k]
    m = _CONTRACTED.fullmatch(owner.text)
    if m is None or not owner.text.endswith(("’s", "'s")):
        return None
    name = m.group(1)
    role = name.lower() in ROLE_NOUNS or name.lower() in INSTITUTION_HEADS
    if not (name[:1].isupper() or role):
        return None
    # "Elon Musk’s", "the mayor’s": the first name or the article stands before the possessive.
    before = (
        [tokens[k - 1]]
        if role and k > 0 and tokens[k - 1].lower in np_.DETERMINERS
        else np_.scan_back(tokens, k)
    )
    words_before = [t.text for t in before] if before and before[-1].end == owner.start - 1 else []
    first = before[0].start if words_before else owner.start
    return [np_.token(first, owner.start + len(name), " ".join([*words_before, name]))]


def contracted_subject(tok: Token) -> list[Token] | None:
    """``He’s claiming``, ``they're saying``: the pronoun of a contracted progressive."""
    m = _CONTRACTED.fullmatch(tok.text)
    if m is None or m.group(1).lower() not in np_.PRONOUNS:
        return None
    return [np_.token(tok.start, tok.start + len(m.group(1)), m.group(1))]


def dashed_apposition(tokens: list[Token], dash: int) -> list[Token] | None:
    """``Kall -- co-editor of a book on debates -- said``: the phrase before the first dash."""
    k = dash
    while k > 0 and tokens[k - 1].text in DASHES:
        k -= 1
    for opening in range(k - 1, max(0, k - 30), -1):
        if tokens[opening].text in DASHES:
            while opening > 0 and tokens[opening - 1].text in DASHES:
                opening -= 1
            phrase = np_.scan_back(tokens, opening)
            if not np_.head_ok(phrase):
                return None
            first = index_at(tokens, phrase[0].start)
            if first > 1 and tokens[first - 1].text == ",":
                # "John Dickey, the chief executive of Ora Media -- the company that … -- told":
                # the dashes enclose an apposition of an apposition; the name speaks.
                name = np_.scan_back(tokens, first - 1)
                if is_name(name) and not is_name(phrase):
                    return name
            return phrase
        if tokens[opening].text in {".", ";", ":"} or tokens[opening].text in np_.QUOTE_CLOSERS:
            return None
    return None


def proper_name_with_lowercase(text: str, tokens: list[Token], last: Token) -> list[Token] | None:
    """``the Center for reconciliation of the warring parties in Syria said``: an organisation's
    name with lower-case words, recognised by its capitalised head word before ``for``/``of``."""
    k = index_at(tokens, last.start)
    if k == 0 or tokens[k - 1].lower not in np_.LINKS:
        return None
    span = long_form(text, last.end, floor=tokens[0].start)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    heads = [w for w in words[:4] if w[:1].isupper() and w.lower() in INSTITUTION_HEADS]
    if not heads or len(words) < 3:
        return None
    return [np_.token(span[0], last.end, text[span[0] : last.end])]
