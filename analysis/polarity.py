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

from analysis.claim_words import STOP, straight_apostrophes, words_of
from analysis.negation_asserts import litotes, no_fact, rejected_alternative
from analysis.negation_rules import (
    CLAUSE_END,
    FAILED,
    denied_act,
    failed_to_find,
    in_relative,
    negated_head,
    unreal,
)
from analysis.polarity_words import (
    CLAIM_OBJECTS,
    CONFIRM_FRAMES,
    DENIED_THINGS,
    DENY_FRAMES,
    DETERMINERS,
    FRAME_NEGATORS,
    FRAME_REACH,
    HYPHENED_NEGATORS,
    IDIOMS,
    MODALS,
    NEEDS_CLAIM,
    NEGATORS,
    OBJECT_REACH,
    PASSIVE,
    PREDICATE_LEAD,
    PREDICATIVE_ONLY,
    REFUTERS,
    REFUTING_NOUNS,
    REPORTED,
)

_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|n't|[,.;:!?\"“”«»]")


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
    """Whether the statement asserts no fact: something is not (yet) known or said ("could
    not specify"), a duty lifted, a choice ("decided not to run") or a counterfactual."""
    head: str = ""
    """The word naming what is negated ("bomb" in "we did not bomb the camp"), when read."""

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
_PRESS_NAME = re.compile(r"(?<=[Tt])he Fake News")
# Where a negated clause may begin: "so he won't turn", "that did not happen".
_CLAUSE_START = CLAUSE_END | {"so", "because", "that", "which", "who", "if", "when", "unless", "though"}


def _tokens(text: str) -> list[_Token]:
    # A typographic apostrophe ("isn’t") reads as a straight one, and "the Fake News" (a name
    # for the press, not a title-case "Is Fake News") as one word that refutes nothing;
    # same length, same offsets.
    plain = _PRESS_NAME.sub("he FakeXNews", straight_apostrophes(text))
    return [(m.group().lower(), m.start(), m.end()) for m in _TOKEN.finditer(plain)]


_QUOTES = frozenset(['"', "“", "”", "«", "»", "'"])
_ADDITIVE = frozenset(["just", "only", "merely", "simply", "solely"])
_CONTRAST_REACH = 8


def _contrastive(words: list[str], i: int) -> bool:
    """ "was not one person, but a combination": the sentence asserts what follows "but".

    Only "not" swaps one thing for another; "nobody was hurt, but the church burned"
    negates its clause and goes on to another.
    """
    if words[i] != "not":
        return False
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
            if (word, nxt) in IDIOMS or (prev, word) in IDIOMS:
                continue
            if word == "nothing" and prev in ("this", "that", "a", "the"):
                continue  # "this nothing event": a slight, no negation
            if nxt in _ADDITIVE and word != "no":
                continue  # "isn't just about saving elephants — it's about security": asserted
            if word == "no" and nxt in (",", "!", "."):
                continue  # "No, Banksy has not been arrested": an interjection; the negation follows
            if prev in _QUOTES and nxt in _QUOTES:
                continue  # the lone "no" vote: a word quoted, not a negation
            if unreal(words, i) or _contrastive(words, i):
                continue  # "could not be reached", "do not have to file", "decided not to run"
            if litotes(words, i) or rejected_alternative(words, i) or no_fact(words, i):
                continue  # "not unfamiliar", "more consolidation, not less": asserted
            return i
        if word in REFUTERS and _refuting(word, prev, nxt) and not in_relative(words, i):
            return i
        if failed_to_find(words, i) >= 0:
            return i  # "failed to produce a shred of evidence that …" is "found no evidence that …"
    return -1


_OWNERS = frozenset(["his", "her", "their", "its"])
_MISLED = frozenset(
    ["his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "you", "people", "voters"]
)


def _refuting(word: str, prev: str, nxt: str) -> bool:
    """Whether a refuting word calls something untrue where it stands.

    "is false", "a hoax", "a falsified story", "is a fake": yes; "a fake passport",
    "gave false statements" (a kind of thing) and "convicted of fraud" (a crime): no.
    """
    if prev in _OWNERS and nxt in REPORTED:
        return False  # "Trump repeated his false claims": the narrator's word on the speaker's own claim
    if word == "misleading" and nxt in _MISLED:
        return False  # "a prophet who was misleading his followers": deceiving people, no report refuted
    if word in REFUTING_NOUNS or nxt in REPORTED:
        return True
    if word in PREDICATIVE_ONLY and prev not in PREDICATE_LEAD:
        return False
    return _ends_clause(nxt) or not nxt.isalpha() or nxt in STOP


def _ends_clause(word: str) -> bool:
    """Whether a word after a refuting word ends its clause ("a fake." / "a fake, ...")."""
    return not word or word in CLAUSE_END or (not word.isalpha() and word != "n't")


def find_frame(words: list[str], cue: str = "", commitment: str = "") -> int:
    """Return the index of the word that denies or confirms what is reported (``-1`` when none)."""
    for i, word in enumerate(words):
        if word in CONFIRM_FRAMES or (word in DENY_FRAMES and _frames_a_claim(words, i)):
            return i
    return -1


_PARTICIPLE_REACH = 5


def frame_negated(words: list[str], i: int) -> bool:
    """Whether the frame word at ``i`` is itself negated ("did not deny", "no doubt")."""
    before = words[max(0, i - FRAME_REACH) : i]
    if "," in before:
        before = before[len(before) - before[::-1].index(",") :]  # "and, no doubt": from the comma on
    if any(w in FRAME_NEGATORS or w.endswith("n't") for w in before):
        return True
    # "no casualties or fatalities confirmed": the participle's noun is negated, further back.
    wider = words[max(0, i - _PARTICIPLE_REACH) : i]
    return words[i].endswith("ed") and "no" in wider and "," not in wider[wider.index("no") :]


_UNTRUE_AFTER_AS = REFUTERS | {
    "propaganda", "speculation", "rumour", "rumor", "fiction", "fantasy", "absurd", "ridiculous",
    "provocation", "slander", "smear", "conspiracy", "politically", "untrustworthy",
}  # fmt: skip


def as_untrue(words: list[str], start: int = 0) -> bool:
    """Whether ``as`` follows ``start`` with a word of untruth right after it: "dismissed the
    reports as propaganda", "rejected it as a fabrication" (not "as being based in …")."""
    try:
        k = words.index("as", start)
    except ValueError:
        return False
    return any(w.strip("\"“”'.,") in _UNTRUE_AFTER_AS for w in words[k + 1 : k + 1 + OBJECT_REACH])


_OBJECT_PRONOUNS = frozenset(["him", "her", "it", "them", "us", "me", "you"])
_QUARREL_AFTER = frozenset(["over", "between", "with", "among"])
_QUARREL_BEFORE = DETERMINERS | {"a", "an", "this", "that", "lingering", "long", "bitter", "legal", "border"}


def _names_a_thing(word: str) -> bool:
    """Whether a word after "deny him" is a second object ("deny him bail"), not the clause's end."""
    return word.isalpha() and word not in _CLAUSE_START and word not in STOP and not word.endswith("ly")


def _a_quarrel(words: list[str], i: int) -> bool:
    """ "lingering disputes over border demarcation", "the dispute with Kyiv": a quarrel named,
    no report disputed."""
    if not words[i].startswith("disput"):
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return nxt in _QUARREL_AFTER or (i > 0 and words[i - 1] in _QUARREL_BEFORE)


def _frames_a_claim(words: list[str], i: int) -> bool:
    """Whether a frame word at ``i`` disputes a claim, not a thing or a person.

    "rejected the veto", "dismissed the case", "was dismissed", "denied bail" and "denied
    service" dispute no report; "rejected claims that", "dismissed the story as a hoax"
    and "denied the allegations" do.
    """
    word = words[i]
    after = [w for w in words[i + 1 : i + 1 + OBJECT_REACH] if w not in DETERMINERS]
    if _a_quarrel(words, i):
        return False
    if (
        word.startswith("den")
        and len(after) >= 2
        and after[0] in _OBJECT_PRONOUNS
        and _names_a_thing(after[1])
    ):
        return False  # "voted to deny it further loans": a thing refused, no report disputed
    if word in NEEDS_CLAIM:
        objects = CLAIM_OBJECTS.intersection(after)
        # "dismissed the reports as propaganda" disputes; "dismissed Obama's politics as
        # being based in phony theology" judges a thing: "as" needs an untruth after it.
        if objects == {"as"} and not as_untrue(words, i):
            return False
        return bool(objects) and (i == 0 or words[i - 1] not in PASSIVE)
    if word.startswith("den") and after and after[0] == "to":
        # "protections previously denied to them": a thing kept from someone; "denied to
        # reporters that …" still disputes the clause it goes on to name.
        return "that" in words[i + 2 : i + 2 + OBJECT_REACH]
    return not (word.startswith("den") and after and after[0] in DENIED_THINGS)


_AUXILIARIES = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will", "would", "could", "can"]
)  # fmt: skip


def _coordinated(toks: list[_Token], i: int) -> int:
    """Return the index of "and"/"or" opening the negated conjunct at ``i`` ("vacant and not
    in use"), or ``-1``: the negation then says nothing of the first conjunct."""
    j = i - 1
    if j >= 0 and toks[j][0] in _AUXILIARIES:
        j -= 1
    return j if j >= 0 and toks[j][0] in ("and", "or") else -1


def _scope(text: str, toks: list[_Token], i: int, whole_clause: bool = False) -> str:
    """Return the text from token ``i`` (or its clause's start) to the end of its clause.

    A frame ("denied that ...") scopes over what follows it; a negator ("Banksy has not
    been arrested") over its whole clause, subject included.
    """
    end = len(text)
    for word, start, _ in toks[i + 1 :]:
        if word in CLAUSE_END and start >= toks[i][2]:
            if word == "," and _in_aside(text, toks[i][2], start):
                continue  # a comma inside a dash aside ends no clause
            end = start
            break
    begin = toks[i][1]
    if whole_clause and (j := _coordinated(toks, i)) >= 0:
        begin = toks[j][2]
    elif whole_clause:
        begin = next((t[2] for t in reversed(toks[:i]) if t[0] in _CLAUSE_START), 0)
    return text[begin:end].strip()


_DASH = re.compile(r"\s(?:--|—|–)\s")


def _in_aside(text: str, after: int, at: int) -> bool:
    """Whether ``text[at]`` lies between two dashes opened after ``after``: "None of the other
    teams -- the Red Sox, the Orioles and the Nationals -- has offered more than eight years"."""
    opened = len(_DASH.findall(text, after, at)) % 2 == 1
    return opened and _DASH.search(text, at) is not None


# The screen reads hyphenated words whole: "No-one was injured" negates as "No one" does.
_TRIGGERS = NEGATORS | REFUTERS | DENY_FRAMES | CONFIRM_FRAMES | HYPHENED_NEGATORS | FAILED


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
    refused_a_thing = f < 0 and any(w in DENY_FRAMES for w in seq)  # "rejected the offer"
    if not frame and commitment == "denial" and not refused_a_thing:
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
            # "the report is false": what is refuted comes before the word, and ends with
            # its clause ("… are baseless, but intended to justify an invasion").
            end = next((t[1] for t in toks[n + 1 :] if t[0] in CLAUSE_END), len(text))
            scope = text[:end].strip()
        else:
            # "steps he took without congressional action": "without" negates only its object.
            whole = seq[n] != "without" if n >= 0 else False
            scope = _scope(text, toks, n, whole_clause=whole) if n >= 0 else (text if frame else "")
    negators = [i for i, w in enumerate(seq) if w in NEGATORS or w.endswith("n't")]
    hedged = any(unreal(seq, i) for i in negators)
    # "They should not be pursued": a sentence whose only negation states no fact asserts none.
    hedged = hedged or (n < 0 and not frame and any(no_fact(seq, i) for i in negators))
    # "Wal-Mart could refute the claims at a trial": a denial that may come denies nothing yet.
    hedged = hedged or (frame == "denied" and f >= 0 and bool(MODALS & set(seq[max(0, f - FRAME_REACH) : f])))
    if n >= 0:
        head = "" if seq[n] in REFUTERS else negated_head(seq, n)
    else:
        head = denied_act(seq, f) if frame == "denied" and f >= 0 else ""
    return Stance(seq[n] if n >= 0 else "", frame, frame_cue, scope, hedged, head)
