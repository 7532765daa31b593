"""Word lists and a light lemmatiser shared by the claim detectors (English news).

Kept in one place so quantities, polarity, blame and list comparison agree on what a
function word, a reporting verb or a casualty word is.
"""

from __future__ import annotations

import re
from functools import lru_cache

STOP = frozenset(
    [
        "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "of", "in", "on",
        "at", "to", "for", "from", "by", "with", "as", "into", "onto", "about", "over", "under", "after",
        "before", "during", "since", "until", "while", "when", "where", "which", "who", "whom", "whose",
        "what", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "it", "its", "they", "them", "their", "there", "here", "he", "she", "him", "her", "his", "we",
        "us", "our", "you", "your", "i", "me", "my", "not", "no", "than", "then", "so", "such", "also",
        "just", "only", "very", "more", "most", "less", "least", "each", "every", "any", "all", "both",
        "either", "neither", "some", "other", "another", "per", "via", "among", "amid", "against",
        "across", "around", "near", "if", "because", "though", "although", "whether", "yet", "still",
        "even", "towards", "toward", "within", "without", "through", "upon", "beyond", "despite",
        "including",
    ]
)  # fmt: skip

MONTHS = frozenset(
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec",
    ]
) - {"may", "mar"}  # fmt: skip

WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

# Verbs and phrases that report speech; they say who speaks, not what about.
REPORTING = frozenset(
    [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added",
        "claim", "claims", "claimed", "state", "states", "stated", "stating", "report", "reports",
        "reported", "according", "announce", "announced", "note", "noted", "explain", "explained",
        "insist", "insisted", "stress", "stressed", "warn", "warned", "argue", "argued", "write", "wrote",
        "comment", "commented", "remark", "remarked", "assert", "asserted", "declare", "declared",
        "suggest", "suggested", "quote", "quoted", "speak", "spoke", "spokesman", "spokeswoman",
        "spokesperson",
    ]
)  # fmt: skip

PERSON_NOUNS = frozenset(
    [
        "person", "people", "civilian", "patient", "resident", "child", "woman", "man", "soldier",
        "fighter", "militant", "worker", "staff", "student", "refugee", "migrant", "body", "victim",
        "casualty", "inhabitant", "citizen", "member", "protester", "officer", "troop", "adult", "baby",
        "infant", "passenger", "prisoner", "doctor", "nurse", "journalist", "villager", "family",
        "individual",
    ]
)  # fmt: skip

# What happened to people: the category two figures must share to be compared.
CATEGORY_OF_EVENT = {
    **dict.fromkeys(
        ["kill", "dead", "die", "death", "fatality", "toll", "slain", "slay", "murder", "perish", "behead"],
        "deaths",
    ),
    **dict.fromkeys(["injure", "wound", "hurt", "injury"], "injured"),
    **dict.fromkeys(["displace", "flee", "fled", "evacuate", "uproot", "homeless"], "displaced"),
    **dict.fromkeys(["arrest", "detain", "capture", "imprison", "jail"], "detained"),
    **dict.fromkeys(["missing", "abduct", "kidnap"], "missing"),
    # Crowd sizes: organisers and police dispute them at every march.
    **dict.fromkeys(["protest", "march", "rally", "demonstrate", "demonstration", "attend"], "crowd"),
}
CATEGORY_OF_THING = {
    "body": "deaths",
    "fatality": "deaths",
    "death": "deaths",
    "casualty": "deaths",
    "refugee": "displaced",
    "evacuee": "displaced",
    "hostage": "missing",
    "detainee": "detained",
    "prisoner": "detained",
    "protester": "crowd",
    "protestor": "crowd",
    "demonstrator": "crowd",
    "marcher": "crowd",
}

_IRREGULAR = {
    "people": "people",
    "children": "child",
    "women": "woman",
    "men": "man",
    "lives": "life",
    "dead": "dead",
    "died": "die",
    "dies": "die",
    "dying": "die",
    "fled": "flee",
    "slain": "slain",
    "hit": "hit",
    "shot": "shoot",
    "struck": "strike",
    "fought": "fight",
    "caught": "catch",
    # Past forms of acts that reports deny ("did not sell" / "sold"), which no suffix rule finds.
    "sold": "sell",
    "sent": "send",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "held": "hold",
    "met": "meet",
    "brought": "bring",
    "built": "build",
    "paid": "pay",
    "won": "win",
    "lost": "lose",
    "bought": "buy",
    "stole": "steal",
    "stolen": "steal",
    "drove": "drive",
    "driven": "drive",
    "wrote": "write",
    "written": "write",
    "threw": "throw",
    "thrown": "throw",
    "news": "news",
    "bus": "bus",
    "gas": "gas",
    "series": "series",
    "species": "species",
}
_SUFFIXES = (
    ("ies", "y"),
    ("ied", "y"),
    ("ves", "f"),
    ("sses", "ss"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("ing", ""),
    ("ed", ""),
    ("es", "e"),
    ("s", ""),
)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Return a crude lemma: lower case, plural and -ed/-ing stripped ("killed" -> "kill").

    Crude on purpose: it only has to map the forms of one word together; it never has to
    produce a dictionary word. Words of four letters or fewer are left alone.
    """
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) == 4 and word[-1] == "s" and word[-2] not in "siuoy":
        return word[:-1]  # "guns", "arms", "tens"
    if len(word) <= 4 or word.endswith("ss"):
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + replacement
            if suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]  # "shelled" keeps its double l; "stopped" -> "stop"
            if suffix in ("ed", "ing") and stem.endswith(("at", "iz", "ur", "at", "us", "ag", "ac")):
                stem += "e"  # "evacuated" -> "evacuate", "injured" -> "injure"
            return stem
    return word


def straight_apostrophes(text: str) -> str:
    """``text`` with typographic apostrophes straight ("isn’t" -> "isn't"); same length, same offsets."""
    return text.replace("’", "'")


_LOWER_WORD = re.compile(r"[a-z][a-z-]*(?:'[a-z]+)*")
_NOT_CONTENT = STOP | REPORTING
_CURLY_CONTRACTION = re.compile(r"’(?=(?:t|re|ve|ll|d|m)\b)")
_CONTRACTION = re.compile(r"'(?:t|re|ve|ll|d|m)$")


@lru_cache(maxsize=32768)  # the timeline, the claim reader and the cue finder screen the same texts
def words_of(text: str) -> frozenset[str]:
    """Return the set of lower-case words of ``text`` (one pass; used to skip detectors early)."""
    return frozenset(_LOWER_WORD.findall(text.lower()))


def word_list(text: str) -> list[str]:
    """Return the lower-case words of ``text`` in text order (as :func:`words_of` finds them)."""
    return _LOWER_WORD.findall(text.lower())


def content_lemmas(text: str) -> set[str]:
    """Return the lemmas of the content words of ``text`` (no stop or reporting words)."""
    return set(content_lemma_list(text))


def content_lemma_list(text: str) -> list[str]:
    """Return the lemmas of the content words of ``text`` in text order, repeats kept.

    A contraction is no content word, with either apostrophe ("we’re" gave "re", "don’t"
    gave "don"); possessives are read as before.
    """
    lowered = _CURLY_CONTRACTION.sub("'", text.lower())
    return [
        lemma(w)
        for w in _LOWER_WORD.findall(lowered)
        if w not in _NOT_CONTENT and len(w) > 1 and not _CONTRACTION.search(w)
    ]


def phrase_in(scope: str, other: str) -> bool:
    """Whether the content words of ``scope`` ("without congressional action") run in ``other``."""
    negated = content_lemma_list(scope)
    said = content_lemma_list(other)
    n = len(negated)
    return n > 0 and any(said[k : k + n] == negated for k in range(len(said) - n + 1))
