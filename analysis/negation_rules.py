"""When a negator states no fact, and which word it negates.

``find_negation`` in :mod:`analysis.polarity` skips a negator that only says something
is not known yet ("could not be reached"), lifts a duty ("do not have to file"), reports a
choice ("decided not to run"), imagines ("there would be no dairy industry" had something
else happened), asserts by a double negative ("not unfamiliar") or sets aside an
alternative ("more mergers, not fewer"); and a refuting word in a relative clause ("a tip
that turned out to be a hoax") calls one thing named in passing untrue, not a report.
:func:`negated_head` then names what a negation negates, for the denial detector to
check against what the other statement says.
"""

from __future__ import annotations

import itertools

from analysis.claim_words import MONTHS, STOP, WEEKDAYS
from analysis.polarity_words import CONDITIONS, NO_NEWS, NOT_YET
from analysis.quantities import UNITS

CLAUSE_END = frozenset({",", ";", ".", "!", "?", "but", "while", "whereas", "although"})


_KNOWING = frozenset(
    ["know", "knew", "explain", "tell", "understand", "recall", "remember", "reveal", "disclose", "see"]
)
_WH = frozenset(["why", "how", "whether", "if", "what", "who", "when", "where", "which"])
# What a speaker was not speaking of: "not speaking about", "not referring to".
_SPEAKING = {
    "speaking": ("about", "of"),
    "talking": ("about", "of"),
    "referring": ("to",),
    "commenting": ("on",),
}


def informational(words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` only says something is not (yet) known or said.

    "He did not know why the officers took the bomb inside" takes the taking as given: an
    unknown reason denies nothing.
    """
    j = i + 1
    while j < len(words) and words[j] in NOT_YET:
        j += 1
    if j + 1 < len(words) and words[j] in _KNOWING and words[j + 1] in _WH:
        return True
    return j < len(words) and words[j] in NO_NEWS


_OBLIGED = frozenset(["necessarily", "required", "obliged", "obligated", "mandatory", "compelled"])


def no_obligation(words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` only lifts a duty: "do not have to file", "need not".

    "Couples do not have to file amended returns" says nothing did not happen, so it
    denies no report that couples may file them.
    """
    after = [w for w in words[i + 1 : i + 4] if w != "be"]
    if after[:1] and after[0] in _OBLIGED:
        return True
    return after[:2] in (["have", "to"], ["has", "to"], ["need", "to"], ["needs", "to"]) or (
        i > 0 and words[i - 1] == "need"
    )


_NOT_UN = frozenset(
    ["under", "until", "unless", "united", "union", "unit", "unique", "universal", "university"]
)


# After "not as" these open a role ("not as a punishment"), no comparison.
_NOT_AS_OBJECTS = frozenset(["a", "an", "the", "his", "her", "their", "its", "our", "part", "such", ","])


def litotes(words: list[str], i: int) -> bool:
    """ "Egypt is not unfamiliar to telecom cuts": a negated negative asserts; so do "it is
    not the first time he has appeared" and "it wasn't until May that the family revealed"."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if words[i] == "not" and nxt.startswith("un") and len(nxt) > 5 and nxt not in _NOT_UN:
        return True
    if words[i] == "not" and nxt == "as" and i + 2 < len(words) and words[i + 2] not in _NOT_AS_OBJECTS:
        return True  # "the crowds were not as thick": a comparison; what it compares is there
    return words[i + 1 : i + 4] == ["the", "first", "time"] or not_until(words, i) or unmatched(words, i)


_NOBODY = frozenset(["no", "nobody", "none", "nothing"])
_COMPARATIVES = frozenset(["more", "better", "harder", "longer", "greater", "further", "stronger"])
_UNMATCHED_REACH = 14


def unmatched(words: list[str], i: int) -> bool:
    """ "No candidate for president has done more to secure the border than Governor Perry":
    a superlative said of Perry, asserted (as "Perry has done more than anyone")."""
    if words[i] not in _NOBODY:
        return False
    ahead = words[i + 1 : i + 1 + _UNMATCHED_REACH]
    for k, word in enumerate(ahead):
        if word in CLAUSE_END:
            return False
        if word in _COMPARATIVES and "than" in ahead[k + 1 :]:
            after = ahead[ahead.index("than", k + 1) + 1 :]
            # "none of the offers are for more than eight years" bounds a figure: negated.
            return not (after and (after[0].isdigit() or after[0] in UNITS or after[0] in {"a", "an"}))
    return False


# "could not be rescued until the next morning": they were rescued then.
_PAST_AUXILIARIES = frozenset(["was", "were", "did", "had", "could"])
_PAST_NEGATED = frozenset(["wasn't", "weren't", "didn't", "hadn't", "couldn't"])
_UNTIL_REACH = 10


def not_until(words: list[str], i: int) -> bool:
    """ "The Colts didn't take the lead until the fourth quarter": what happened, and when.

    Only in the past: "they will not negotiate until the government reopens" refuses.
    """
    word = words[i]
    past = word in _PAST_NEGATED or (word == "not" and i > 0 and words[i - 1] in _PAST_AUXILIARIES)
    if word == "never" and i > 0 and words[i - 1] in _PAST_AUXILIARIES:
        # "Democrats until Wednesday had never had a woman in their leadership": until then.
        before = words[max(0, i - _UNTIL_REACH) : i]
        if any(w in ("until", "till") for w in before[_last_clause_end(before) :]):
            return True
        past = True
    for k in range(i + 1, min(len(words), i + 1 + _UNTIL_REACH)):
        ahead = words[k]
        if ahead in ("until", "till"):
            # In the past, whatever follows; else only before a date ("may not be restored
            # till 31 December"): "will not negotiate until the government reopens" refuses.
            return past or _a_date(words[k + 1 : k + 3])
        if ahead == "before" and _a_date(words[k + 1 : k + 3]):
            return True  # "will not be fully restored before 31 December": restored then
        if ahead in CLAUSE_END:
            return False
    return False


_DATE_WORDS = MONTHS | WEEKDAYS | {"next", "later", "tomorrow", "mid", "late", "early", "noon", "midnight"}


def _a_date(after: list[str]) -> bool:
    """Whether the words after "until" name a time (``31 December``, ``next week``, ``May``)."""
    return bool(after) and (after[0].isdigit() or after[0] in _DATE_WORDS or after[:2] == ["the", "end"])


def _last_clause_end(words: list[str]) -> int:
    """The index after the last clause boundary in ``words`` (0 when there is none)."""
    return max((k + 1 for k, w in enumerate(words) if w in CLAUSE_END), default=0)


_ALTERNATIVE_REACH = 3


def rejected_alternative(words: list[str], i: int) -> bool:
    """ "We'll see more consolidation, not less.": the sentence asserts what comes before."""
    if words[i] != "not" or i == 0 or words[i - 1] != ",":
        return False
    ahead = words[i + 1 : i + 2 + _ALTERNATIVE_REACH]
    return any(w in CLAUSE_END for w in ahead) or len(ahead) <= _ALTERNATIVE_REACH


_RELATIVE_LINK = frozenset(
    ["turned", "out", "to", "be", "proved", "proven", "was", "is", "were", "are", "been", "has", "had",
     "a", "an", "later", "eventually", "complete", "total"]
)  # fmt: skip


def in_relative(words: list[str], i: int) -> bool:
    """ "after a tip that turned out to be a hoax": the narrator's word on one thing it
    names in passing, no report of the event called untrue."""
    for j in range(i - 1, max(i - 8, -1), -1):
        if words[j] in ("that", "which"):
            return True
        if words[j] not in _RELATIVE_LINK:
            return False
    return False


_PRONOUNS = frozenset(["we", "they", "it", "he", "she", "i", "you"])


def unreal(words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` makes its statement assert nothing a report could deny
    or be denied by: not known yet, a duty lifted, a choice or a counterfactual ("it is the
    duty of us all to not take the step into the void" states no fact)."""
    return (
        informational(words, i)
        or no_obligation(words, i)
        or intention(words, i)
        or counterfactual(words, i)
        or in_condition(words, i)
        or possible(words, i)
        or hoped(words, i)
    )


def no_fact(words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` negates no fact, though its sentence may state others: what
    ought not be, or what a speaker was not speaking of ("he was not speaking about the wisdom
    of the mosque"). Unlike :func:`unreal`, only this negator is passed over."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    return normative(words, i) or after in _SPEAKING.get(nxt, ())


_OUGHT = frozenset(["should", "ought", "must"])
_OUGHT_NOT = frozenset(["shouldn't", "shouldnt", "mustn't", "oughtn't"])


def normative(words: list[str], i: int) -> bool:
    """ "One of them shouldn't be the chairman", "such attacks must not be repeated": what
    ought not to be states no fact (a report that it is so is no report it is not); "must not
    have known" infers, and stays a negation."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in _OUGHT_NOT:
        return after != "have"
    if words[i] != "not" or i == 0:
        return False
    before = words[i - 1]
    return (before in _OUGHT and after != "have") or (before == "to" and i >= 2 and words[i - 2] == "ought")


_HOPING = frozenset(
    ["hope", "hopes", "hoped", "hoping", "wish", "wishes", "wished", "pray", "prayed", "prays"]
)
_HOPE_REACH = 4


def hoped(words: list[str], i: int) -> bool:
    """ "which Sarah hoped wasn't in connection to her campaign": a hope states no fact."""
    for word in reversed(words[max(0, i - _HOPE_REACH) : i]):
        if word in CLAUSE_END:
            return False
        if word in _HOPING:
            return True
    return False


_POSSIBLE = frozenset(["could", "might", "may"])


def possible(words: list[str], i: int) -> bool:
    """ "There could be other packages not yet intercepted": a negation inside what only may
    be (a modal and "be" earlier in its clause, not right before it: "could not pay" is a
    fact) states nothing is so."""
    for k in range(i - 2, -1, -1):
        if words[k] in CLAUSE_END:
            return False
        if words[k] in _POSSIBLE and words[k + 1] == "be" and k + 1 < i - 1:
            return True
    return False


def in_condition(words: list[str], i: int) -> bool:
    """ "If funding is not secured by then, he will shut the government": a negation in the
    condition of an "if" or "unless" clause supposes; it states nothing is so."""
    for word in reversed(words[:i]):
        if word in CLAUSE_END:
            return False
        if word in CONDITIONS:
            return True
    return False


def counterfactual(words: list[str], i: int) -> bool:
    """ "had we ignored our commitment, there would be no dairy industry": what would be,
    had something else happened, denies no report of what is."""
    if "would" not in words[max(0, i - 3) : i]:
        return False
    if i + 1 < len(words) and words[i + 1] == "have":
        return True  # "would not have placed Bush on injured reserve": what did not happen, by choice
    before = words[:i]
    return bool({"if", "unless", "otherwise"} & set(before)) or any(
        w == "had" and nxt in _PRONOUNS for w, nxt in itertools.pairwise(before)
    )


_CHOICES = frozenset(
    ["decided", "decision", "chose", "choice", "agreed", "promised", "pledged", "vowed", "opted", "plans",
     "planned", "intends", "intended", "urged", "asked", "told", "wants", "wanted"]
)  # fmt: skip


def intention(words: list[str], i: int) -> bool:
    """Whether the negator at ``i`` turns down an act rather than denies a fact.

    "his decision to not seek re-election", "he chose not to run": a choice reported,
    which disputes no report that something happened.
    """
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return prev == "to" or (nxt == "to" and i >= 2 and words[i - 1] in _CHOICES)


# Words between a negator and what it negates: "no evidence of a refugee flow" denies the
# flow, "no one was hurt" the hurt, "not immediately confirmed" the confirming.
_LACKING = frozenset(
    ["evidence", "sign", "signs", "indication", "indications", "proof", "trace", "traces", "record",
     "records", "report", "reports", "word", "information", "suggestion", "reason", "one", "longer"]
)  # fmt: skip
_HEAD_REACH = 6
_SHORTEST = 3
# Words saying only that something is untrue, and light verbs ("did not get pooped on",
# "isn't going to be selling") whose next word names what is negated ("about to" is a stop word).
_UNTRUE = frozenset(["true", "real", "so", "case", "correct", "accurate", "genuine", "authentic"])
_LIGHT = frozenset(["get", "gets", "got", "going", "go"])


_PASSED_OVER = STOP | _LACKING | NOT_YET | _LIGHT


FAILED = frozenset(["fail", "fails", "failed", "failing"])
_FINDING = frozenset(["find", "produce", "show", "uncover", "provide", "yield", "turn", "reveal"])


def failed_to_find(words: list[str], i: int) -> int:
    """The index of the lacking thing when ``words[i]`` opens "failed to produce a shred of
    evidence that …" (a finding of none, as "found no evidence that …"), else ``-1``."""
    if words[i] not in FAILED or i + 2 >= len(words) or words[i + 1] != "to" or words[i + 2] not in _FINDING:
        return -1
    for k in range(i + 3, min(len(words), i + 3 + _HEAD_REACH)):
        if words[k] in _LACKING:
            return k
        if words[k] in CLAUSE_END:
            break
    return -1


def negated_head(words: list[str], i: int) -> str:
    """Return the first content word the negator at ``i`` negates (``""`` when none is near).

    "But their goal wasn't saving the old warehouse" negates the saving: a report that the
    warehouse was old is not what it denies.
    """
    lacking = failed_to_find(words, i)
    if lacking >= 0:
        i = lacking  # "failed to produce a shred of evidence that his views …": the views
    for word in words[i + 1 : i + 1 + _HEAD_REACH]:
        if word in CLAUSE_END or word in _UNTRUE:
            return ""  # "Not true": the whole report is denied, whatever it names
        if not word.isalpha() or len(word) < _SHORTEST or word in _PASSED_OVER or word.endswith("ly"):
            continue  # "not al-Baghdadi's wife" reads "al" first
        return word
    return ""


def denied_act(words: list[str], f: int) -> str:
    """Return the act a deny frame at ``f`` names by a gerund ("denied striking"), else ``""``."""
    for word in words[f + 1 : f + 4]:
        if word in ("having", "being", "ever", "any"):
            continue
        return word if len(word) > 5 and word.endswith("ing") else ""
    return ""
