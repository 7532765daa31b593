"""Polarity of a statement: does it assert, negate, deny or confirm what it reports?

Two things are told apart because they make different competing claims:

- the *content* may be negated ("There is no evidence of a refugee flow", "Our forces
  did not conduct any strikes", "the report is false"): against an assertion of the
  same content this is a **denial** conflict;
- the *frame* may deny or confirm ("The ministry denied that ...", "The UN confirmed
  that ..."): a denied frame against a confirmed one is a **framing** conflict.

The attribution step's ``commitment`` column (``denial``) and ``cue`` column are used
when present; the wording is read as well so the signal also works on bare sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.claim_words import words_of

_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|n't|[,.;:!?\"“”«»]")

NEGATORS = frozenset(
    ["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without"]
)
# Words that call the content itself untrue ("the report is false").
REFUTERS = frozenset(
    [
        "false", "untrue", "baseless", "groundless", "fabricated", "fabrication", "hoax", "fake", "bogus",
        "myth", "unfounded", "debunked", "incorrect", "inaccurate", "lie", "lies", "nonsense", "nope",
        "falsified", "falsehood", "fictitious", "doctored", "photoshopped", "misleading", "rubbish",
        "debunk", "debunks", "hoaxes", "hoaxer", "fakes", "bullshit", "exaggerated", "fraud", "scam", "sham",
        "concocted", "fabricating", "hoaxed", "untruth", "untruths", "misinformation", "disinformation",
        "unsubstantiated", "spurious", "debunking", "disproven",
    ]
)  # fmt: skip
DENY_FRAMES = frozenset(
    [
        "deny", "denies", "denied", "denying", "denial", "rejected", "rejects", "reject", "refuted",
        "refutes", "refute", "dismissed", "dismisses", "disputed", "disputes", "contradicted",
        "contradicts", "rebuffed", "rebuts", "rebutted", "doubt", "doubts", "doubted", "doubting",
        "sceptical", "skeptical", "retract", "retracts", "retracted", "retraction", "disproved", "disproves",
        "discredited", "discredits", "repudiated", "repudiates",
    ]
)  # fmt: skip
CONFIRM_FRAMES = frozenset(
    [
        "confirm", "confirms", "confirmed", "confirming", "confirmation", "acknowledged", "acknowledges",
        "admitted", "admits", "admit", "verified", "verifies", "corroborated", "corroborates", "proved",
        "proves",
    ]
)  # fmt: skip
# Negators that do not negate the claim: "not only", "no doubt", "nothing but".
_IDIOMS = frozenset(
    {
        ("not", "only"),
        ("not", "least"),
        ("not", "just"),
        ("no", "doubt"),
        ("no", "matter"),
        ("nothing", "but"),
        ("none", "other"),
        ("none", "more"),
        ("no", "less"),
        ("or", "not"),
        ("whether", "not"),
        ("if", "not"),
        ("not", "to"),
    }
)


# Refuting nouns call something untrue even after "a" ("the video is a hoax"); others
# ("the myth predicts", "the scam involved") name a thing and count only at a clause end.
_REFUTING_NOUNS = frozenset(["hoax", "hoaxes", "fabrication", "falsehood", "nonsense", "rubbish"])
# Things a refuting adjective calls untrue ("a doctored photo", "a falsified story").
_REPORTED = frozenset(
    [
        "story", "stories", "report", "reports", "claim", "claims", "news", "photo", "photos", "picture",
        "video", "image", "images", "account", "tweet", "quote", "rumour", "rumor", "document", "letter",
        "footage",
    ]
)  # fmt: skip
# "a fake passport", "the lies of": the refuting word names a thing, it calls nothing untrue.
_NOT_REFUTING = NEGATORS | {"a", "the", "to", "of", "an"}
# ...unless nothing follows it in its clause: "the woman is a fake", "exposed as a fake, experts say".
# Words before a frame that cancel it: "did not deny", "no doubt", "beyond doubt".
_FRAME_NEGATORS = NEGATORS | {"little", "beyond", "never", "nor"}
_FRAME_REACH = 3


@dataclass(frozen=True, slots=True)
class Stance:
    """What a statement does with its content.

    ``negation`` is the word that negates the content (``""`` when asserted); ``frame``
    is ``"denied"``, ``"confirmed"`` or ``""``, with ``frame_cue`` the word that says so;
    ``scope`` is the text the negation or frame applies to (up to the end of its clause).
    """

    negation: str = ""
    frame: str = ""
    frame_cue: str = ""
    scope: str = ""
    hedged: bool = False
    """Whether the statement says something is not (yet) known or said ("could not specify")."""

    @property
    def negated(self) -> bool:
        """Whether the content is negated (by a negator or a refuting word)."""
        return bool(self.negation)

    @property
    def polarity(self) -> int:
        """``-1`` when the statement says its content is not so, else ``+1``."""
        sign = -1 if self.negated else 1
        return -sign if self.frame == "denied" else sign


_Token = tuple[str, int, int]
_CLAUSE_END = frozenset({",", ";", ".", "!", "?", "but", "while", "whereas", "although"})
# Where a negated clause may begin: "so he won't turn", "that did not happen".
_CLAUSE_START = _CLAUSE_END | {"so", "because", "that", "which", "who", "if", "when", "unless", "though"}


def _tokens(text: str) -> list[_Token]:
    return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# "was not immediately available", "could not be reached", "no comment": news boilerplate
# about the reporting, not a negated claim.
_NOT_YET = frozenset(["immediately", "yet", "be", "been", "publicly", "officially", "independently"])
_NO_NEWS = frozenset(
    [
        "available", "clear", "known", "reached", "identified", "released", "disclosed", "confirmed",
        "comment", "commented", "respond", "responded", "return", "returned", "say", "elaborate", "verify",
        "verified", "specify", "give", "provide", "details", "immediate", "further", "word", "response",
        "specified", "determined",
    ]
)  # fmt: skip


def _informational(words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` only says something is not (yet) known or said."""
    j = i + 1
    while j < len(words) and words[j] in _NOT_YET:
        j += 1
    return j < len(words) and words[j] in _NO_NEWS


_QUOTES = frozenset(['"', "“", "”", "«", "»", "'"])
_CONTRAST_REACH = 8


def _contrastive(words: list[str], i: int) -> bool:
    """ "was not one person, but a combination": the sentence asserts what follows "but"."""
    ahead = words[i + 1 : i + 1 + _CONTRAST_REACH]
    return "but" in ahead and "," in ahead[: ahead.index("but")]


def find_negation(words: list[str]) -> int:
    """Return the index of the first word negating the content (``-1`` when none)."""
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        prev = words[i - 1] if i else ""
        if word == "yet" and nxt == "to" and prev in ("has", "have", "had", "is", "are", "was", "were"):
            return i  # "had yet to regain consciousness" is "had not regained"
        if word in NEGATORS or word == "n't" or word.endswith("n't"):
            if (word, nxt) in _IDIOMS or (prev, word) in _IDIOMS:
                continue
            if word == "no" and nxt in (",", "!", "."):
                continue  # "No, Banksy has not been arrested": an interjection; the negation follows
            if prev in _QUOTES and nxt in _QUOTES:
                continue  # the lone "no" vote: a word quoted, not a negation
            if _informational(words, i) or _contrastive(words, i):
                continue
            return i
        if word in REFUTERS and (
            prev not in _NOT_REFUTING or word in _REFUTING_NOUNS or nxt in _REPORTED or _ends_clause(nxt)
        ):
            return i  # "is false", "a hoax", "a falsified story", "is a fake"; not "a fake passport"
    return -1


def _ends_clause(word: str) -> bool:
    """Whether a word after a refuting word ends its clause ("a fake." / "a fake, ...")."""
    return not word or word in _CLAUSE_END or (not word.isalpha() and word != "n't")


def find_frame(words: list[str], cue: str = "", commitment: str = "") -> int:
    """Return the index of the word that denies or confirms what is reported (``-1`` when none)."""
    for i, word in enumerate(words):
        if word in DENY_FRAMES or word in CONFIRM_FRAMES:
            return i
    return -1


def frame_negated(words: list[str], i: int) -> bool:
    """Whether the frame word at ``i`` is itself negated ("did not deny", "no doubt")."""
    before = words[max(0, i - _FRAME_REACH) : i]
    return any(w in _FRAME_NEGATORS or w.endswith("n't") for w in before) and "," not in before


def _scope(text: str, toks: list[_Token], i: int, whole_clause: bool = False) -> str:
    """Return the text from token ``i`` (or its clause's start) to the end of its clause.

    A frame ("denied that ...") scopes over what follows it; a negator ("Banksy has not
    been arrested") over its whole clause, subject included.
    """
    end = len(text)
    for word, start, _ in toks[i + 1 :]:
        if word in _CLAUSE_END and start >= toks[i][2]:
            end = start
            break
    begin = toks[i][1]
    if whole_clause:
        begin = next((t[2] for t in reversed(toks[:i]) if t[0] in _CLAUSE_START), 0)
    return text[begin:end].strip()


_TRIGGERS = NEGATORS | REFUTERS | DENY_FRAMES | CONFIRM_FRAMES


def may_negate(text: str, words: frozenset[str] | None = None) -> bool:
    """Whether ``text`` has any word that could negate or frame it (a cheap screen)."""
    words = words if words is not None else words_of(text)
    return bool(words & _TRIGGERS) or "n't" in text or "n’t" in text or "yet to" in text


def stance(text: str, cue: str = "", commitment: str = "", words: frozenset[str] | None = None) -> Stance:
    """Read the stance of one statement.

    Parameters
    ----------
    text : str
        The statement text.
    cue : str
        The reporting cue found by attribution ("denied", "said"), if any.
    commitment : str
        The attribution's :class:`~analysis.model.Commitment` value, if any.
    words : frozenset of str, optional
        The statement's lower-case words, when the caller already has them.

    Returns
    -------
    Stance
    """
    if not may_negate(text, words):
        # Most statements neither negate nor frame: skip tokenising them.
        return Stance(frame="denied", frame_cue=cue, scope=text) if commitment == "denial" else Stance()
    toks = _tokens(text)
    seq = [t[0] for t in toks]
    f = find_frame(seq)
    if f >= 0 and frame_negated(seq, f):
        # "did not deny" and "no doubt" deny nothing; "would not confirm" asserts nothing.
        return Stance(hedged=seq[f] in CONFIRM_FRAMES)
    frame = "denied" if f >= 0 and seq[f] in DENY_FRAMES else "confirmed" if f >= 0 else ""
    if not frame and commitment == "denial":
        frame = "denied"  # attribution saw a denial the word lists do not know
    if f >= 0:
        # What is framed is what follows the frame; a negation there is a double negative,
        # but a refuting word only repeats the denial ("dismissed the story as a hoax").
        n = find_negation(seq[f + 1 :])
        n = n + f + 1 if n >= 0 else -1
        if n >= 0 and seq[n] in REFUTERS and seq[f] in DENY_FRAMES:
            n = -1
        scope = _scope(text, toks, f)
        frame_cue = seq[f]
    else:
        n = find_negation(seq)
        frame_cue = cue if frame else ""
        if n >= 0 and seq[n] in REFUTERS:
            scope = text  # "the report is false": what is refuted comes before the word
        else:
            scope = _scope(text, toks, n, whole_clause=True) if n >= 0 else (text if frame else "")
    hedged = any(_informational(seq, i) for i, w in enumerate(seq) if w in NEGATORS or w.endswith("n't"))
    return Stance(seq[n] if n >= 0 else "", frame, frame_cue, scope, hedged)
