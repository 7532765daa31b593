"""Who did it: (agent, act, target) triples for blame conflicts.

"Militants of the Tessel Liberation Front shelled the central hospital" and "Kersian
artillery shelled the central hospital" describe one act on one target with different
agents: a blame conflict. Triples are read with patterns over harmful acts (active,
passive "was shelled by", and "X was responsible for"); no parser is needed for the
short, formulaic sentences news uses to assign blame, and a missed triple only costs
recall. Negated acts ("did not shell") are denials, not blame, and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.claim_words import STOP, content_lemmas

# Past tenses only: "strike", "attack" and "shelling" are as often nouns as verbs.
_ACTS = (
    "shelled|struck|hit|bombed|bombarded|attacked|fired on|fired at|fired upon|targeted|destroyed"
    "|killed|shot|raided|stormed|launched|carried out|blew up|shot down|ambushed|torched|burned"
    "|burnt|looted|damaged|massacred|assassinated|murdered|invaded|rocketed|mortared|hijacked"
)
_ACT = re.compile(rf"\b(?:{_ACTS})\b", re.I)
_RESPONSIBLE = re.compile(r"\b(?:was|were|is|are)\s+(?:responsible|to blame|behind)\b(?:\s+for\b)?", re.I)
# Punctuation that ends a clause; an agent or a target never crosses it.
_BOUNDARY = re.compile(r"[,;:.!?\"“”«»()]")
_REACH = 120
# "(the hospital) was / had been / were reportedly (shelled)": the act is passive.
_PASSIVE_AUX = re.compile(
    r"\b(?P<aux>(?:was|were|is|are|be|been|being|got|get)(?:\s+(?:not|never|reportedly|allegedly|also))?)\s+$",
    re.I,
)
_BY = re.compile(r"\bby\s+(?P<agent>.+)$", re.I)
# Where a clause starts: an agent never reaches back past these.
_CLAUSE = re.compile(
    r"^.*\b(?:that|said|says|say|told|claimed|claims|added|while|whereas|when|after|because|and|but|as)\s+",
    re.I,
)
_NEGATED = re.compile(r"(?:\b(?:not|never|no)|n['’]t)\s+(?:\w+\s+)?$", re.I)
_AUX_TAIL = re.compile(r"(?:\s+(?:had|has|have|reportedly|allegedly|also|then|deliberately))+\s*$", re.I)
# After these, the act word is a noun ("the hit", "Wednesday's strike"), not a verb.
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an)|['’]s)\s+$", re.I)
_NEGATORS = frozenset({"not", "never", "n't"})
# "the shelling of the hospital": the act's noun keeps the "of" phrase that names the target.
_ACT_OF = re.compile(
    r"^(?:the\s+|a\s+|an\s+)?(?:shelling|bombing|attack|strike|strikes|destruction|killing|shooting|raid)"
    r"\s+(?:of|on)\s+",
    re.I,
)
# Where an agent's own noun phrase ends; "of" stays ("militants of the Front").
_AGENT_TAIL = re.compile(
    r"\s+(?:on|in|at|near|from|against|inside|outside|across|north|south|east|west|over|during)\s+", re.I
)
# Words that do not identify who acted ("forces", "shells"): two agents that share only
# these are not the same actor, but an agent made only of these names nobody.
GENERIC_AGENTS = frozenset(
    [
        "force", "forces", "troop", "troops", "unit", "units", "official", "officials", "side", "army",
        "military", "strike", "strikes", "shell", "shells", "attack", "attacks", "attacker", "attackers",
        "gunmen", "gunman", "someone", "somebody", "people", "man", "men", "position", "positions", "fire",
        "rocket", "rockets", "missile", "missiles", "bomb", "bombs", "it", "they", "he", "she", "we",
        "who", "which", "one", "group", "our", "their", "his", "her", "its",
    ]
)  # fmt: skip


# An agent is a short noun phrase; these function words may occur in one.
_AGENT_WORDS = 6
_PHRASE_WORDS = frozenset(["the", "a", "an", "of", "from"])
# Two words sharing a prefix this long (and most of their length) may be one name.
_STEM = 5
_PUNCTUATION = " ,.;:!?'\"“”«»()-’"
# Capitalised words that name nobody in particular.
_UNNAMED = STOP | {"police", "officials", "authorities", "witnesses", "investigators", "sources"}


@dataclass(frozen=True, slots=True)
class Blame:
    """One act with its agent and target, each as the lemmas of its content words."""

    agent: str
    agent_lemmas: frozenset[str]
    verb: str
    target: str
    target_lemmas: frozenset[str]
    specific: bool = True
    """Whether the agent singles out an actor (see :func:`specific`)."""


def _agent_part(text: str) -> str:
    """Cut an agent candidate back to its own clause ("Krall said that X" -> "X")."""
    text = _CLAUSE.sub("", text.strip())
    return _AUX_TAIL.sub("", text).strip(" *'\"“”«»")


def _agent_head(agent: str) -> str:
    """Drop trailing place phrases: "the strikes on Halvik" -> "the strikes" (not an actor)."""
    return _AGENT_TAIL.split(agent, maxsplit=1)[0]


def _identity(agent: str) -> frozenset[str]:
    head = _agent_head(agent)
    return frozenset(w for w in content_lemmas(head) if w not in GENERIC_AGENTS and w not in STOP)


def _object(target: str) -> tuple[str, str]:
    """Cut a target back to its noun phrase ("the hospital in Halvik" -> "the hospital").

    Returns the phrase as shown ("the shelling of the hospital") and the part that names
    the target ("the hospital").
    """
    lead = _ACT_OF.match(target)
    prefix = lead.group() if lead else ""
    words = target[len(prefix) :].split()
    for i, word in enumerate(words):
        if word.lower() in STOP and any(w.lower() not in STOP for w in words[:i]):
            words = words[:i]
            break
    named = " ".join(words)
    return prefix + named, named


def _make(agent: str, act: str, target: str) -> Blame | None:
    agent = _agent_part(agent)
    identity = _identity(agent)
    shown, named = _object(target.strip(" *'\"“”«»"))
    target_lemmas = frozenset(content_lemmas(named))
    if not identity or not target_lemmas:
        return None
    full = frozenset(w for w in content_lemmas(agent) if w not in GENERIC_AGENTS and w not in STOP)
    return Blame(_agent_head(agent), identity, act.lower(), shown, target_lemmas, _specific(agent, full))


def _clause_before(text: str, at: int) -> str:
    return _BOUNDARY.split(text[max(0, at - _REACH) : at])[-1]


def _clause_after(text: str, at: int) -> str:
    return _BOUNDARY.split(text[at : at + _REACH], maxsplit=1)[0]


def _act(text: str, m: re.Match[str]) -> Blame | None:
    """Read the triple around one act word: active "A shelled T" or passive "T was shelled by A"."""
    before, after = _clause_before(text, m.start()), _clause_after(text, m.end())
    passive = _PASSIVE_AUX.search(before)
    if passive:
        by = _BY.search(after)
        if by is None or _NEGATORS & set(passive.group("aux").lower().split()):
            return None
        return _make(by.group("agent"), m.group(), before[: passive.start()])
    if _NEGATED.search(before) or _NOUN_BEFORE.search(before):
        return None
    return _make(before, m.group(), after)


_ACT_WORDS = frozenset(phrase.split()[0] for phrase in _ACTS.split("|")) | {"responsible", "blame", "behind"}


def may_blame(words: frozenset[str]) -> bool:
    """Whether a statement with these lower-case words can hold a blame triple (a cheap screen)."""
    return bool(words & _ACT_WORDS)


def blames(text: str) -> list[Blame]:
    """Read the blame triples of a statement.

    Each act word is an anchor; its agent and target are read from its own clause to
    the left and right, so reading is linear in the length of the statement.

    Parameters
    ----------
    text : str
        One statement.

    Returns
    -------
    list of Blame
        Acts with a nameable agent and a target; negated acts are left out.
    """
    found = [blame for m in _ACT.finditer(text) if (blame := _act(text, m)) is not None]
    for m in _RESPONSIBLE.finditer(text):
        earlier = [b for b in found if 0 <= text.find(b.target) < m.start()]
        # "X was responsible" with no "for ...": responsible for the act named before it.
        target = _clause_after(text, m.end()) if m.group().lower().endswith("for") else ""
        target = target or (earlier[-1].target if earlier else "")
        blame = _make(_clause_before(text, m.start()), "was responsible for", target)
        if blame:
            found.append(blame)
    return found


def _akin(first: str, second: str) -> bool:
    """Whether two words may name one actor: equal, or one spelling of a stem ("protester" / "protestor")."""
    if first == second:
        return True
    stem = len(_common_prefix(first, second))
    return stem >= _STEM and stem >= 0.8 * min(len(first), len(second))


def _common_prefix(first: str, second: str) -> str:
    for i, (x, y) in enumerate(zip(first, second, strict=False)):
        if x != y:
            return first[:i]
    return first[: min(len(first), len(second))]


def same_actor(a: Blame, b: Blame) -> bool:
    """Whether two agents can be the same actor (they share an identifying word, spelt alike)."""
    return any(_akin(x, y) for x in a.agent_lemmas for y in b.agent_lemmas)


def specific(blame: Blame) -> bool:
    """Whether a triple's agent singles out an actor: a name, or two identifying words.

    "He", "the driver" and "the protesters" may well be the actor another outlet names
    ("LaSalle", "Nichols"): a different wording is not a different actor. "Kersian
    artillery", "rebel fighters" and "saboteurs from the river militia" single one out.
    """
    return blame.specific


def _specific(agent: str, identity: frozenset[str]) -> bool:
    words = [w.strip(_PUNCTUATION) for w in agent.split()]
    words = [w for w in words if w]
    if not words or not _noun_phrase(words):
        return False
    named = any(_name_like(w, first=i == 0) for i, w in enumerate(words))
    return named or len(identity) >= 2


def _name_like(word: str, first: bool) -> bool:
    """A capitalised word other than the first ("Youths" opens a sentence), or an acronym / camel case."""
    if word.lower() in _UNNAMED or not word[:1].isupper():
        return False
    return not first or sum(c.isupper() for c in word) >= 2


def _noun_phrase(words: list[str]) -> bool:
    """Whether an agent reads as a short noun phrase, not a clause fragment ("He burst into the ...")."""
    if len(words) > _AGENT_WORDS:
        return False
    lowered = [w.lower() for w in words]
    return not any(
        (w in STOP and w not in _PHRASE_WORDS) or (w.endswith("ed") and len(w) >= 4) or w.isdigit()
        for w in lowered
    )


def same_act(a: Blame, b: Blame) -> bool:
    """Whether two triples can describe one act: a shared target word."""
    return bool(a.target_lemmas & b.target_lemmas)


def conflicting_blame(first: list[Blame], second: list[Blame]) -> tuple[Blame, Blame] | None:
    """Return the first pair of triples naming one act with different agents, if any.

    A statement that itself names both agents for the act ("Kersia blamed the militants,
    while Valdoria blamed Kersia") reports the dispute and takes no side in it.
    """
    for a in first:
        for b in second:
            if not same_act(a, b) or same_actor(a, b) or not (specific(a) and specific(b)):
                continue
            if any(same_act(a, o) and same_actor(a, o) for o in second):
                continue
            if any(same_act(b, o) and same_actor(b, o) for o in first):
                continue
            return a, b
    return None
