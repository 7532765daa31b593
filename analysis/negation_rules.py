"""When a negator states no fact, and which word it negates.

``find_negation`` in :mod:`analysis.polarity` skips a negator that only says something
is not known yet ("could not be reached"), lifts a duty ("do not have to file"), reports a
choice ("decided not to run") or imagines ("there would be no dairy industry" had something
else happened); negators that assert are in :mod:`analysis.negation_asserts`. A refuting
word in a relative clause ("a tip that turned out to be a hoax") calls one thing named in
passing untrue, not a report.
:func:`negated_head` then names what a negation negates, for the denial detector to
check against what the other statement says.
"""

from __future__ import annotations

import itertools

from analysis.claim_words import STOP
from analysis.polarity_words import CONDITIONS, NO_NEWS, NOT_YET

CLAUSE_END = frozenset({",", ";", ".", "!", "?", "but", "while", "whereas", "although"})


_KNOWING = frozenset(
    ["know", "knew", "explain", "tell", "understand", "recall", "remember", "reveal", "disclose", "see"]
)
_WH = frozenset(["why", "how", "whether", "if", "what", "who", "when", "where", "which"])


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
