"""Lists in statements, for omissions: "the hospital, two schools and a bakery".

A list is a run of coordinated noun phrases; each item is compared by its head word
(the last word of the phrase, lemmatised), so "two schools" matches "schools". One
statement omits an item of another when its list of two or more items is a strict
subset of the other's: "the hospital and two schools" against "the hospital, two
schools and a bakery" omits the bakery.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.claim_context import COUNT_OPENERS
from analysis.claim_words import PERSON_NOUNS, REPORTING, STOP, content_lemmas, lemma, word_list

_JOIN = re.compile(r"\s*,?\s+(?:and|or)\s+")
# Punctuation that ends the clause around a list (commas separate its items).
_OUTSIDE = re.compile(r"[;:.!?\"“”«»()\[\]]")
_REACH = 160
_MAX_ITEM_WORDS = 4
# Heads that make a clause, not a noun phrase, or name nothing countable.
_NOT_HEADS = (
    STOP
    | REPORTING
    | frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
    | frozenset(["whoever", "whatever", "whichever", "whomever"])
)


# Nouns ending in "-ly" (most such words are adverbs: "directly or indirectly" lists no things).
_LY_NOUNS = frozenset(
    ["family", "ally", "assembly", "supply", "monopoly", "anomaly", "butterfly", "belly", "bully",
     "jelly", "reply", "folly", "rally", "italy", "july", "lily", "fly", "duopoly", "oligopoly"]
)  # fmt: skip


def _adverb(head: str, item: str) -> bool:
    """Whether a list item's head is an adverb ("directly", "publicly"), not a thing (nor
    a name: "Megyn Kelly")."""
    return head.endswith("ly") and len(head) > 4 and head not in _LY_NOUNS and head in item


# Nouns that count what follows "of": "two counts of aggravated assault" lists an assault.
_COUNTING = frozenset(["counts", "count", "charges", "charge", "instances", "cases", "acts"])
_PAIR_OPENERS = frozenset(["both", "either", "neither"])
_NAME_BEFORE = re.compile(r"(?P<lead>\S+)\s+[A-Z][\w’'-]*\s+(?:(?:to|of|for|on|and)\s+)?$")
# Words that open a list of examples: what it leaves out it does not deny.
_EXAMPLE_WORDS = r"like|such as|including|among them|notably|especially|particularly"
_EXAMPLES = re.compile(
    rf"\b(?:{_EXAMPLE_WORDS}|include|includes|e\.g\.|for example|for instance)\s*,?\s*$", re.IGNORECASE
)
_EXAMPLES_IN = re.compile(rf"\b(?:{_EXAMPLE_WORDS})\s+", re.IGNORECASE)  # inside a list's first item
# A clause opened by one of these before the list's first comma is an adjunct of the sentence.
_OPENING_PREPOSITIONS = frozenset(
    ["with", "after", "before", "in", "on", "at", "for", "from", "by", "during", "despite", "under", "since"]
)


@dataclass(frozen=True, slots=True)
class ItemList:
    """One list: its items as written and their head lemmas, with its span in the statement."""

    items: tuple[str, ...]
    heads: tuple[str, ...]
    start: int
    end: int
    examples: bool = False  # "serial liars like A, B or C": an open list, some of many


DETERMINERS = frozenset(
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "some", "several",
        "many", "all", "both",
    ]
)  # fmt: skip


def _noun_phrase(words: list[str]) -> bool:
    """Whether words read as a noun phrase: an optional determiner, then no function word."""
    body = words[1:] if words and words[0].lower() in DETERMINERS else words
    if len(body) > 1 and body[0].lower().endswith("ing"):
        return False  # "killing patients": a clause, not a thing
    return bool(body) and not any(w.lower() in STOP or w in _SAYING for w in body)


# Past forms that follow a name as its adjective ("Syrian armed forces", "Kyiv based").
_PARTICIPLE_ADJECTIVES = frozenset(
    ["armed", "backed", "based", "led", "elected", "organized", "organised", "sponsored", "funded", "owned",
     "allied", "united", "registered", "listed"]
)  # fmt: skip
# Reporting verbs that end a noun phrase ("Lt. Gerry Scherlinck said Riva").
_SAYING = frozenset(["said", "says", "told", "tells", "wrote", "writes", "added", "adds"])


def _past_verb(word: str) -> bool:
    """Whether a word after a name is its verb ("Oskarov signed"), not its adjective."""
    return word.islower() and (
        word in _SAYING or (word.endswith("ed") and word not in _PARTICIPLE_ADJECTIVES)
    )


def _trim_last(phrase: str) -> str:
    """Keep the last item's noun phrase: "a bakery near the town" -> "a bakery", "Oskarov
    signed the letter" -> "Oskarov" (a past form after a name is its verb)."""
    words = phrase.split()
    for i in range(1, len(words)):
        if words[i - 1][:1].isupper() and _past_verb(words[i]):
            words = words[:i]
            break
    for i in range(len(words), 0, -1):
        if _noun_phrase(words[:i]):
            return " ".join(words[:i])
    return ""


def _trim_first(phrase: str) -> str:
    """Keep the first item's noun phrase: "damaged the hospital" -> "the hospital"."""
    words = phrase.split()
    for i in range(len(words)):
        if _noun_phrase(words[i:]):
            return " ".join(words[i:])
    return ""


def _head(phrase: str) -> str:
    words = phrase.split()
    return lemma(words[-1]) if words else ""


# "a second time", "this time": when, not a thing listed.
_TIME_PHRASE = re.compile(r"(?:a|the|this|that|one|every|each|last|next)\s+(?:\w+\s+)?times?", re.IGNORECASE)
# A lower-case plural after a determiner or a number ("The producers", "two managers"; not
# "The Times, Reuters and CNN").
_COUNTED = re.compile(
    r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+)(?:(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|\d+)\s+)?[a-z-]+s|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+)\s+[a-z-]+s"
)


def _without_lead(items: list[str]) -> list[str]:
    """Drop a first item that is no member: a time ("for a second time, producers Craig Zadan
    and Neil Meron") or a group the names after it spell out ("two managers, Paul Riva and
    Alan Steinberg", "The producers, Craig Zadan and Neil Meron")."""
    if len(items) < 3:
        return items
    first, rest = items[0], items[1:]
    if _TIME_PHRASE.fullmatch(first):
        return rest
    if _COUNTED.fullmatch(first) and all(item[:1].isupper() for item in rest):
        return rest
    return items


def _opens_adjunct(words: list[str], set_off: bool) -> bool:
    """Whether a sentence's first comma part is an adverb ("Finally") or opens with a
    preposition, maybe after an adverb ("Shortly after the announcement", "Just before noon"),
    or, set off by a comma, with a subordinating conjunction ("While Ross wasn't signed,";
    without the comma it holds the list: "Because he is cutting waste and fraud")."""
    lowered = [w.lower() for w in words[:3]]
    if len(words) == 1 and _adverb(lowered[0], lowered[0]):
        return True  # "Finally, Krall, Vell and …"
    if set_off and lowered and lowered[0] in _SUBORDINATORS:
        return True
    while len(lowered) > 1 and (lowered[0] in _LEAD_ADVERBS or _adverb(lowered[0], lowered[0])):
        lowered = lowered[1:]
    return bool(lowered) and lowered[0] in _OPENING_PREPOSITIONS


# A first part opened by these is a clause ("While Ross wasn't signed on to multiple films,
# stars A, B and C are on board"), no item.
_SUBORDINATORS = frozenset(
    ["while", "although", "though", "whereas", "because", "if", "unless", "when", "as"]
)
_LEAD_ADVERBS = frozenset(["just", "right", "soon", "long", "even", "only", "also", "then", "well"])


def _items(parts: list[str], last: str) -> list[str]:
    """Return the list's items: the trailing comma parts that read as noun phrases, then the last."""
    kept: list[str] = []
    for k in range(len(parts) - 1, -1, -1):
        words = parts[k].split()
        if k == 0 and _opens_adjunct(words, len(parts) > 1):
            # "In Halvik, the hospital, two schools and …", "With today's ruling, committed
            # and loving couples", "Shortly after the announcement, the Senate and House":
            # an adjunct opening the sentence, no item of the list.
            break
        if len(words) > _MAX_ITEM_WORDS or not _noun_phrase(words):
            trimmed = _trim_first(" ".join(words[-_MAX_ITEM_WORDS:]))
            if trimmed:
                kept.append(trimmed)
            break
        kept.append(parts[k])
        if words and words[0].lower() in _PAIR_OPENERS:
            break  # "even when the funds run out, both Social Security and Medicare": two items
    words = last.split()
    if len(words) > 3 and words[1].lower() in _COUNTING and words[2].lower() == "of":
        words = words[3:]  # what "two counts of" counts ("aggravated assault") is the item
    return [*reversed(kept), _trim_last(" ".join(words[:_MAX_ITEM_WORDS]))]


def _in_name(text: str, start: int, items: list[str]) -> bool:
    """Whether a list of capitalised items is part of a name ("the Committee to Preserve
    Social Security and Medicare"): a capitalised word before it, maybe across "to" or "of",
    that does not open its sentence ("Cuts to Ports and Airports")."""
    if not all(item[:1].isupper() for item in items):
        return False
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and not m.group("lead").endswith((".", "!", "?", ":", '"', "“"))


def item_lists(text: str) -> list[ItemList]:
    """Find the lists of noun phrases in a statement.

    Each "and"/"or" is an anchor; the items are read from its clause to the left (split
    at commas) and the noun phrase to its right, so reading is linear in the text.

    Parameters
    ----------
    text : str
        One statement.

    Returns
    -------
    list of ItemList
        Lists of two or more items whose heads are content words.
    """
    found: list[ItemList] = []
    for m in _JOIN.finditer(text):
        left = _OUTSIDE.split(text[max(0, m.start() - _REACH) : m.start()])[-1]
        right = re.split(r"[,;:.!?\"“”«»()\[\]]", text[m.end() : m.end() + _REACH], maxsplit=1)[0]
        items = _without_lead(_items([p.strip() for p in left.split(",")], right))
        heads = tuple(_head(item) for item in items)
        if len(items) < 2 or any(not h or h in _NOT_HEADS or not h.isalpha() for h in heads):
            continue
        if any(_adverb(h, item) for h, item in zip(heads, items, strict=True)):
            continue
        if len(set(heads)) != len(heads):
            continue
        inside = _EXAMPLES_IN.search(items[0])
        if inside is not None:  # "liars like Mitch McConnell, Paul Ryan or Donald Trump"
            items[0] = items[0][inside.end() :]
        start = text.rfind(items[0], 0, m.start())
        if _in_name(text, start, items):
            continue
        end = text.find(items[-1], m.end()) + len(items[-1])
        examples = inside is not None or _EXAMPLES.search(text, max(0, start - 24), start) is not None
        found.append(ItemList(tuple(items), heads, start, end, examples))
    return found


def omitted(shorter: ItemList, longer: ItemList) -> tuple[str, ...]:
    """Return the items of ``longer`` that ``shorter`` leaves out ("" tuple when no omission).

    An omission needs the shorter list (two or more items) wholly inside the longer one.
    """
    if len(shorter.heads) < 2 or shorter.heads[0] not in longer.heads:
        return ()  # cheap screens first: most pairs of lists share no head at all
    if shorter.examples or longer.examples:
        return ()  # "with A and B" against "liars like B, C or A": examples leave others out
    short, long_ = set(shorter.heads), set(longer.heads)
    if len(short) < 2 or not short < long_:
        return ()
    return tuple(item for item, head in zip(longer.items, longer.heads, strict=True) if head not in short)


def find_omission(
    first: list[ItemList], second: list[ItemList]
) -> tuple[ItemList, ItemList, tuple[str, ...]] | None:
    """Return ``(shorter, longer, missing items)`` for the first omission between two statements."""
    for a in first:
        for b in second:
            for shorter, longer in ((a, b), (b, a)):
                missing = omitted(shorter, longer)
                if missing:
                    return shorter, longer, missing
    return None


_COUNT = re.compile(r"(?:" + COUNT_OPENERS + r"|dozens|hundreds|thousands|\d)\b", re.I)


def said_anyway(item: str, other: frozenset[str]) -> bool:
    """Whether a list item the other statement does not list is still no omission.

    "the capital, Athens, and demonstrators" lists the capital the other statement names
    in "the capital Athens and demonstrators"; "at least three people, a man and two
    women" counts the dead the other lists ("two women and a man"), a figure for
    :func:`analysis.conflicts.numbers` to compare.
    """
    words = content_lemmas(item)
    if words and words <= other:
        return True
    last = word_list(item)[-1:]
    return (
        bool(last)
        and lemma(last[0]) in PERSON_NOUNS
        and _COUNT.match(item.removeprefix("at least ")) is not None
    )
