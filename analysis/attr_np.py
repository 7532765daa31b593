"""Speaker noun phrases next to a reporting cue, found without a parser.

A source is a short noun phrase: proper names with their titles (``Defence Ministry
spokesman Major General Oleg Varnov``), role nouns (``local health officials``),
pronouns, or organisations. We scan token by token from the cue outwards and stop at
the first word that cannot belong to such a phrase: punctuation, a conjunction, or an
unknown lower-case word (most likely a verb or the content itself). Offsets are article
offsets throughout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from analysis.attr_lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    INSTITUTION_HEADS,
    MEDIA_WORDS,
    NON_AGENT_HEADS,
    POSTNOMINAL,
    ROLE_NOUNS,
    STATE_ABBREVIATIONS,
    TITLES,
    words,
)

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'\-&.]\w+)*(?:[’']s?)?|[^\w\s]")
_BLANK_TOKEN = re.compile(rf"(\s*)({_TOKEN.pattern})")  # a token with the blanks before it


class Token(NamedTuple):
    """A word or punctuation mark with its article offsets (a tuple: thousands are made per article)."""

    start: int
    end: int
    text: str
    lower: str


_new_tuple = tuple.__new__  # Token._make without its Python-level frame (tokens are many)


def token(start: int, end: int, text: str) -> Token:
    """Make a token, lower-casing it once."""
    return Token(start, end, text, text.lower())


def tokenize(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]] = ()) -> list[Token]:
    """Return the tokens of ``text[start:end]`` with article offsets.

    Each quoted span in ``quotes`` becomes one token ``”``: speakers and cues stand
    outside quotation marks, and a quote is a boundary for every phrase.
    """
    out: list[Token] = []
    cursor = start
    new = _new_tuple
    for q_start, q_end in (*quotes, (end, end)):
        if cursor < q_start:
            piece = text[cursor:q_start]
            low = piece.lower()
            if len(low) == len(piece):
                # Lower-case the piece once and slice it (most pieces are plain prose). Tokens
                # cover every non-blank character, so each token's offset is the running length
                # of the blanks and tokens before it: no match object per token.
                b = 0
                for blank, word in _BLANK_TOKEN.findall(piece):
                    a = b + len(blank)
                    b = a + len(word)
                    out.append(new(Token, (cursor + a, cursor + b, word, low[a:b])))
            else:  # a letter whose lower case is longer ("İ"): offsets would drift
                out.extend(
                    token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, cursor, q_start)
                )
        if q_start < q_end:
            out.append(Token(q_start, q_end, "”", "”"))
        cursor = q_end
    return out


DETERMINERS = words(
    """the a an this that these those its his her their our my your some many several most both each
    every any another other no two three four five six seven eight nine ten dozen dozens hundreds
    thousands one all few more"""
)
LINKS = words("of for from at with in on to")
# Nouns that serve someone "to": "Aides to Mr. Romney declined" (the aides speak, not Romney).
# Other "to"s end the phrase: "In a letter to Congress, Smith said".
_SERVES_TO = words(
    """aide aides adviser advisers advisor advisors assistant assistants spokesman spokeswoman
    spokesperson counsel envoy ambassador close witness witnesses"""
)
_NAME_SUFFIXES = words("jr sr")
PRONOUNS = words("he she they it we i who")
# Words between a subject and its cue: "has also said", "later told".
SKIPPABLE = words(
    """also has have had was were is are will would could should may might must can did does do not never
    later earlier previously recently again further repeatedly publicly privately separately quickly
    immediately already once often just initially first last today yesterday tonight flatly
    strongly firmly categorically emphatically openly angrily bluntly simply even still since then now
    been being n't subsequently frequently specifically explicitly directly personally
    formally officially widely long almost"""
)
# Hearsay adverbs: between a subject and its cue ("he allegedly said") or opening a sentence
# ("Purportedly Simpson became angry"), never part of a name.
HEARSAY = words("purportedly allegedly supposedly reputedly ostensibly reportedly apparently")
SKIPPABLE |= HEARSAY
# "doesn't", "didn’t": one token each; like "does not", they stand between subject and cue.
SKIPPABLE |= frozenset(
    f"{verb}n{mark}t"
    for verb in ("do", "does", "did", "has", "have", "had", "is", "are", "was", "were")
    for mark in "'’"
)
BOUNDARY_WORDS = words(
    """that which whom whose while but or whereas although though because since as after before when where
    if unless so yet what how why than once until whether nor while"""
)
# Capitalised words that open a sentence without being (part of) a name.
LEADING_JUNK = words(
    """and but meanwhile however instead asked speaking asked writing interviewed pressed meanwhile still
    yet so thus also besides moreover furthermore indeed nonetheless nevertheless separately elsewhere
    earlier later afterward afterwards today yesterday tonight monday tuesday wednesday thursday friday
    saturday sunday back here there now then overall like unlike despite during amid"""
)
VERBISH = words(
    "is are was were be been being am will would could should may might must can cannot do does did"
)
_ADJECTIVE_ENDINGS = ("al", "ian", "ic", "ary", "ese", "ish", "ive", "ior", "ern", "ed-up")
# Heads of quantities that speak for the people they count ("63 percent said", "a majority of voters").
QUANTITIES = words(
    """percent per cent majority minority plurality half third thirds quarter quarters share handful
    respondents participants"""
)
# Lower-case words a speaker phrase may contain.
NP_WORDS = (
    DETERMINERS
    | ROLE_NOUNS
    | TITLES
    | INSTITUTION_HEADS
    | DOCUMENT_NOUNS
    | ANONYMOUS_HEADS
    | MEDIA_WORDS
    | NON_AGENT_HEADS
    | QUANTITIES
    | words(
        """local senior top former other new latest recent independent health security humanitarian
        medical legal campaign press white house state city county federal regional national foreign
        military government police intelligence family close familiar knowledge matter & and de van von der
        bin ibn al da di la le du jr sr chief deputy acting assistant associate general vice first
        election transition defense defence justice education energy trade news wire human rights aid
        advocacy opposition civil liberties labor labour industry"""
    )
)
_NOT_CAPITAL_HEADS = DETERMINERS | BOUNDARY_WORDS | SKIPPABLE | LEADING_JUNK
_LINKS_AND_DETERMINERS = LINKS | DETERMINERS
_QUOTE_MARKS = set("\"“”„«»‘’‹›`'")
QUOTE_CLOSERS = frozenset("”»’\"'›")
"""Marks that close a quote (straight marks close as often as they open)."""
_OPEN_PAREN, _CLOSE_PAREN = "(", ")"


def _np_word(tok: Token) -> bool:
    """Return whether a token can be part of a speaker phrase."""
    text = tok.text
    if text[:1].isupper() or text[:1].isdigit():
        return True
    low = tok.lower
    if low in NP_WORDS or low in POSTNOMINAL:
        return True
    if low.endswith(("’s", "'s")) or (low.endswith(_ADJECTIVE_ENDINGS) and len(low) > 4):
        return True
    # Compound adjectives: "four-term congressman", "long-time aide".
    return "-" in low and low.replace("-", "").isalnum()


def is_name(tokens: Sequence[Token]) -> bool:
    """A short run of capitalised words (with initials): ``Phil Lovas``, ``G.K. Butterfield``."""
    return 0 < len(tokens) <= 5 and all(t.text[:1].isupper() or t.text == "." for t in tokens)


def is_title_dot(tokens: list[Token], i: int) -> bool:
    """Return whether the period at ``i`` closes an abbreviated title or initial (Dr., F.)."""
    if i == 0:
        return False
    prev = tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if prev.lower in _NAME_SUFFIXES and prev.end == tokens[i].start and prev.text[:1].isupper():
        return nxt is not None  # "Joseph Biden Jr. said": the suffix ends the name, not the sentence
    if nxt is None or not nxt.text[:1].isupper():
        return False  # "said the mayor." ends the sentence; "Gen. Varnov" goes on with a name
    return prev.end == tokens[i].start and (
        prev.lower in TITLES or (len(prev.text) == 1 and prev.text.isupper())
    )


def partitive(tokens: Sequence[Token], link: int) -> bool:
    """``many of his supporters``, ``63 percent of voters``: the counted noun is the head."""
    before = tokens[link - 1].lower
    return tokens[link].lower == "of" and (before in DETERMINERS or before in QUANTITIES or before.isdigit())


def first_link(tokens: Sequence[Token]) -> int | None:
    """The index of the first preposition after a phrase's first word (``of`` in ``head of
    the agency``), ``None`` when there is none."""
    return next((k for k, t in enumerate(tokens) if t.lower in LINKS and k > 0), None)


def head_of(tokens: list[Token]) -> Token:
    """Return the head word of a phrase: the last word before a preposition (``survey`` of …)
    or a closing group (``Leahy`` (D-Vt.))."""
    if len(tokens) > 1 and tokens[-1].text == _CLOSE_PAREN:
        k = _paren_start(tokens, len(tokens) - 1)
        tokens = tokens[:k] if k else tokens
    link = first_link(tokens)
    if link is not None and not tokens[-1].text[:1].isupper() and not partitive(tokens, link):
        return tokens[link - 1]
    return tokens[-1]


def head_ok(tokens: list[Token], strict: bool = False) -> bool:
    """Return whether a phrase has a plausible speaker head (its last word).

    ``strict`` refuses a generic noun after a determiner (``his refusal``): after the
    verb, only names, roles, organisations and documents speak.
    """
    if tokens and tokens[-1].text == _CLOSE_PAREN:
        k = _paren_start(tokens, len(tokens) - 1)
        tokens = tokens[:k] if k else tokens
    if not tokens:
        return False
    head = tokens[-1]
    low = head.lower.rstrip(".")
    if low in POSTNOMINAL and len(tokens) > 1 and tokens[-2].text[:1].isalpha():
        return head_ok(tokens[:-1], strict)  # "people familiar", "officials involved": the noun speaks
    if low in PRONOUNS:
        return len(tokens) == 1
    if re.split(r"[’']", low)[0] in PRONOUNS or "n’t" in low or "n't" in low:
        return False  # I’ll, he’d, Don't: a contraction, not a speaker
    if any(t.lower in VERBISH and not _name_part(tokens, k) for k, t in enumerate(tokens)):
        return False
    link = first_link(tokens)
    if link is not None and not head.text[:1].isupper() and not partitive(tokens, link):
        # "diplomats from both countries": the head stands before the preposition.
        return head_ok(tokens[:link], strict)
    if head.text[:1].isupper():
        return low not in _NOT_CAPITAL_HEADS or (low in VERBISH and _name_part(tokens, len(tokens) - 1))
    if low in ROLE_NOUNS or low in INSTITUTION_HEADS or low in DOCUMENT_NOUNS or low in ANONYMOUS_HEADS:
        return True
    if low in MEDIA_WORDS or (low in QUANTITIES and len(tokens) > 1):
        return True
    return not strict and tokens[0].lower in DETERMINERS and len(tokens) > 1 and head.text.isalpha()


def _name_part(tokens: list[Token], k: int) -> bool:
    """``Theresa May``, ``Will Hurd``: a capitalised modal inside a run of names is a name."""
    if not tokens[k].text[:1].isupper():
        return False
    return (k > 0 and tokens[k - 1].text[:1].isupper()) or (
        k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()
    )


_THINGS_SAID = words("everything anything nothing something whatever")


def strip_leading(tokens: list[Token]) -> list[Token]:
    """Drop sentence adverbs and prepositions written in front of a subject (Later, Trump ...).

    A determiner after a noun opens a new phrase: ``Wednesday's speech the senator`` is
    ``the senator`` (an initial ``A.`` is no determiner: ``C. A. Dutch Ruppersberger``).
    """
    for k in range(len(tokens) - 1, 0, -1):
        initial = k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k + 1].start == tokens[k].end
        if (
            tokens[k].lower in {"the", "a", "an"}
            and tokens[k - 1].lower not in _LINKS_AND_DETERMINERS
            and not initial
        ):
            tokens = tokens[k:]
            break
    i = 0
    while i < len(tokens) - 1:
        low = tokens[i].lower
        if low in VERBISH and _name_part(tokens, i):
            break  # "Will Hurd said", not "will"
        # "Everything Trump says": what is said comes before the one who says it.
        thing = low in _THINGS_SAID and tokens[i + 1].text[:1].isupper()
        if (
            low in SKIPPABLE
            or low in BOUNDARY_WORDS
            or low in LINKS
            or low in {"and", "meanwhile", "however"}
            or thing
        ):
            i += 1
        else:
            break
    return tokens[i:]


def _cut_plural_role_before_name(tokens: list[Token]) -> list[Token]:
    """``reporters Trump`` is no phrase: cut a plural role noun standing right before a name."""
    for i in range(len(tokens) - 1, 0, -1):
        prev, tok = tokens[i - 1], tokens[i]
        if tok.text[:1].isupper() and prev.lower.endswith("s") and prev.lower in ROLE_NOUNS:
            return tokens[i:]
    return tokens


def _paren_start(tokens: list[Token], close: int) -> int | None:
    """Return the index of the ``(`` matching the ``)`` at ``close`` if the group is short."""
    for k in range(close - 1, max(-1, close - 6), -1):
        if tokens[k].text == _OPEN_PAREN:
            return k if any(t.text[:1].isupper() for t in tokens[k + 1 : close]) else None
    return None


def _after_determiner(tokens: list[Token], i: int) -> bool:
    """Return whether an unknown lower-case word is a noun after a determiner (both countries)."""
    return (
        i > 0
        and tokens[i - 1].lower in DETERMINERS
        and tokens[i].text.isalpha()
        and tokens[i].lower not in VERBISH
        and tokens[i].lower not in SKIPPABLE
    )


def glued_slash(tokens: list[Token], slash: int) -> bool:
    """Whether the token at ``slash`` joins two numbers or two names, unspaced ("9/11", "Reuters/Ipsos")."""
    if slash == 0 or slash + 1 >= len(tokens):
        return False
    left, mark, right = tokens[slash - 1], tokens[slash], tokens[slash + 1]
    glued = left.end == mark.start and mark.end == right.start
    digits = left.text.isdigit() and right.text.isdigit()
    names = left.text[:1].isupper() and right.text[:1].isupper()
    return glued and (digits or names)


def scan_back(tokens: list[Token], end: int) -> list[Token]:
    """Collect the speaker phrase ending right before ``tokens[end]``.

    Parameters
    ----------
    tokens : list of Token
        The tokens of the clause.
    end : int
        Exclusive index: the phrase ends at ``tokens[end - 1]``.

    Returns
    -------
    list of Token
        The phrase (possibly empty).
    """
    i = end
    while i > 0:
        tok = tokens[i - 1]
        low = tok.lower
        if tok.text == _CLOSE_PAREN:
            k = _paren_start(tokens, i - 1)
            if k is None:
                break
            i = k
            continue
        if tok.text == "." and is_title_dot(tokens, i - 1):
            i -= 1
            continue
        if tok.text == "/" and glued_slash(tokens, i - 1):
            i -= 1  # "the families of 9/11 victims", "the Reuters/Ipsos poll"
            continue
        if low in {"and", "&"}:
            if i - 2 >= 0 and tokens[i - 2].text[:1].isupper() and i < end and tokens[i].text[:1].isupper():
                i -= 1
                continue
            break
        if low in LINKS and i < end and (low != "to" or (i >= 2 and tokens[i - 2].lower in _SERVES_TO)):
            i -= 1
            continue
        if low in BOUNDARY_WORDS or (low in PRONOUNS and i < end):
            break
        if low in PRONOUNS:
            i -= 1  # a pronoun is a whole phrase
            break
        if not _np_word(tok) and low not in PRONOUNS and not _after_determiner(tokens, i - 1):
            break
        if not tok.text[:1].isalnum():
            break
        i -= 1
    if end > i and tokens[end - 1].text == ".":
        end -= 1  # "Joseph Biden Jr. said": the name ends before the suffix's period
    phrase = _cut_plural_role_before_name(strip_leading(tokens[i:end]))
    while phrase and phrase[0].lower in LINKS:
        phrase = phrase[1:]
    return phrase


def scan_forward(tokens: list[Token], start: int) -> list[Token]:
    """Collect the speaker phrase starting at ``tokens[start]`` (after ``said``, ``by``, ``according to``)."""
    j = start
    n = len(tokens)
    while j < n:
        tok = tokens[j]
        low = tok.lower
        if j == start and low in PRONOUNS:
            return tokens[j : j + 1]
        if tok.text == _OPEN_PAREN:
            close = next((k for k in range(j + 1, min(n, j + 6)) if tokens[k].text == _CLOSE_PAREN), None)
            if close is None or not any(t.text[:1].isupper() for t in tokens[j + 1 : close]):
                break
            j = close + 1
            continue
        if tok.text == "." and is_title_dot(tokens, j):
            j += 1
            continue
        aside = _state_aside(tokens, j) if tok.text == "," and j > start else 0
        if aside:
            j += aside  # "the Brooklyn, N.Y., chapter of …": the state is part of the name
            continue
        if low in LINKS or low in {"and", "&"}:
            nxt = tokens[j + 1] if j + 1 < n else None
            nxt2 = tokens[j + 2] if j + 2 < n else None
            if nxt is not None and (
                nxt.text[:1].isupper()
                or (nxt.lower == "the" and nxt2 is not None and nxt2.text[:1].isupper())
            ):
                j += 1
                continue
            break
        skippable = low in SKIPPABLE and not (low in VERBISH and j > start and _name_part(tokens, j))
        if low in BOUNDARY_WORDS or skippable or not tok.text[:1].isalnum() or not _np_word(tok):
            break
        j += 1
    return tokens[start:j]


def _state_aside(tokens: list[Token], comma: int) -> int:
    """The tokens of ``, N.Y.,`` / ``, Ariz.,`` (a US state set off by commas) after a place
    and before the rest of a name (``the Brooklyn, N.Y., chapter``); ``0`` for none."""
    if not tokens[comma - 1].text[:1].isupper():
        return 0
    k = comma + 1
    if k < len(tokens) and re.fullmatch(r"(?:[A-Z]\.){2,}", tokens[k].text):
        k += 1  # "N.Y." is one token
    elif k + 1 < len(tokens) and tokens[k].lower in STATE_ABBREVIATIONS and tokens[k + 1].text == ".":
        k += 2
    else:
        return 0
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return 0
    rest = tokens[k + 1]
    continues = rest.text.isalpha() and rest.lower not in _NOT_NAME_GOING_ON and _np_word(rest)
    return k + 1 - comma if continues else 0


_NOT_NAME_GOING_ON = words("a an the his her their its who which whose and but or")


SENTENCE_ADVERBS = words(
    "however meanwhile moreover though too instead nonetheless nevertheless furthermore likewise"
)
"""Sentence adverbs: an aside between commas ("Pilots, however, said") or, with ``thus`` and
``therefore``, a word between a subject and its cue ("The army however said")."""
_BEFORE_CUE = SENTENCE_ADVERBS | {"thus", "therefore"}


def skip_back(tokens: list[Token], end: int) -> int:
    """Return the index before which only auxiliaries and adverbs stand (``has also``)."""
    while end > 0 and (
        tokens[end - 1].lower in SKIPPABLE
        or tokens[end - 1].lower in _BEFORE_CUE
        or (tokens[end - 1].lower.endswith("ly") and tokens[end - 1].lower not in NP_WORDS)
    ):
        if tokens[end - 1].text[:1].isupper():
            break
        end -= 1
    return end
