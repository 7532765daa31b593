"""Why two aligned statements compete: denial, numbers, omission, blame, framing.

Each statement is read once into a :class:`Reading` (its stance, quantities, lists and
blame triples); :func:`compare` then checks one pair and returns every
:class:`Finding`, each with a strength in ``(0, 1]`` and a one-line explanation naming
both sides. Ranking across pairs is :mod:`analysis.claims`' job.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from analysis.attr_roles import HELD_TITLES
from analysis.claim_asserted import complement, negated_words, not_asserted
from analysis.claim_blame import blames, conflicting_blame, may_blame
from analysis.claim_context import (
    PEOPLE_KEYS,
    asserts_word,
    count_scope,
    months_named,
    names_in,
    other_years,
    years_named,
)
from analysis.claim_contrary import CONTRARY_WORDS, contrary_in_role, contrary_words
from analysis.claim_figures import agree, numbers
from analysis.claim_lists import find_omission, item_lists, said_anyway
from analysis.claim_text import around, snippet
from analysis.claim_types import DENIAL_SIMILARITY as DENIAL_SIMILARITY
from analysis.claim_types import Finding as Finding
from analysis.claim_types import Reading as Reading
from analysis.claim_words import (
    CATEGORY_OF_EVENT,
    content_lemmas,
    lemma,
    word_list,
    words_of,
)
from analysis.model import ClaimKind
from analysis.polarity import Stance, stance
from analysis.polarity_words import (
    CONDITIONS,
    CONFIRM_FRAMES,
    DENY_FRAMES,
    HYPHENED_NEGATORS,
    MODALS,
    NEGATORS,
    REFUTERS,
    REPORT_NOUNS,
)
from analysis.quantities import may_count, quantities

# A denial needs its two statements this aligned, and this much shared content overall.
MIN_DICE = 0.25
# Content words (besides the contrary pair) two statements with contrary words must share.
MIN_CONTRARY_SHARED = 2
# Words after which nothing is asserted ("States might respond"); "would" only with an "if" (see denial).
_SPECULATIVE = (MODALS - {"would"}) | {"whether", "unclear"}
_WOULD_HAVE = re.compile(r"\bwould\s*(?:[’']\s*ve|\s+have)\b", re.IGNORECASE)
# A plain negator ("not", "never") denies less surely than a disputing word ("denied", "false").
PLAIN_NEGATION = 0.75
# Negated clauses of fewer content words than this are denied with less strength.
FULL_SCOPE = 4
# A denial whose negated word the other statement does not use is this much less sure.
HEAD_UNSEEN = 0.5
# Share of a negated clause's content words the other statement must assert.
MIN_COVERAGE = 0.4
# Content words after an unseen negated word that name what it acts on ("not seek re-election").
COMPLEMENT = 2
# Which detectors a pair needs, as bits of ``checks`` in :func:`compare`.
FRAMES, FIGURES, LISTS, BLAMES, CONTRARY, POLARITY = (1 << k for k in range(6))
ALL_CHECKS = (1 << 6) - 1
_POLARITY_WORDS = NEGATORS | HYPHENED_NEGATORS | REFUTERS | DENY_FRAMES | CONFIRM_FRAMES
_POLARITY_WORDS |= {"evidence", "sign", "information"}


def read(text: str, voice: str, reported: str = "", cue: str = "", commitment: str = "") -> Reading:
    """Read a statement for comparison.

    Parameters
    ----------
    text : str
        The statement text.
    voice : str
        Who says it, for explanations ("Irina Malek (KSB World)").
    reported : str
        What it reports, without the attribution (:func:`analysis.claim_text.content`);
        the whole text when empty.
    cue, commitment : str
        The attribution step's reporting cue and commitment, if any.
    """
    core, may = read_core(text, voice, reported, cue, commitment)
    return with_details(core, may)


# The detectors whose facts (figures, lists, blame triples) are costly to read.
DETAILS = FIGURES | LISTS | BLAMES


def read_core(
    text: str, voice: str, reported: str = "", cue: str = "", commitment: str = ""
) -> tuple[Reading, int]:
    """Read a statement without its costly details; return it and the details it may hold.

    The second value has the bits of :data:`DETAILS` whose cheap screen passes (a digit
    or number word, an "and"/"or", an act word): :func:`with_details` reads those on
    demand, so a statement no pair needs them for is never scanned for figures.
    Parameters as for :func:`read`.
    """
    words = words_of(text)
    found = stance(text, cue, commitment, words)
    scope = _facts(found.scope) if found.scope else frozenset()
    if not scope and (found.frame or found.negated) and not _points_back(found):
        # "UPDATE: Nope", "confirmed as false": the bare word negates the whole statement.
        scope = _facts(text)
    lemmas = _facts(reported or text)
    reading = Reading(
        text=text,
        voice=voice,
        reported=reported or text,
        stance=found,
        polarity=found.polarity,
        lemmas=lemmas,
        scope_lemmas=scope,
        when=(years_named(text), months_named(text)),
    )
    # Each detector runs only when the statement has a word it could act on.
    may = (
        FIGURES * (may_count(text, words) and not _url(text))
        | LISTS * ("and" in words or "or" in words)
        | BLAMES * may_blame(words)
    )
    return reading, may


def with_details(reading: Reading, details: int) -> Reading:
    """Return ``reading`` with the details of the bits in ``details`` read (the rest stay empty)."""
    if not details & DETAILS:
        return reading
    text = reading.text
    return replace(
        reading,
        quantities=tuple(q for q in quantities(text) if q.key) if details & FIGURES else (),
        count_scope=count_scope(text) if details & FIGURES else "",
        lists=tuple(item_lists(text)) if details & LISTS else (),
        blames=tuple(blames(text)) if details & BLAMES else (),
    )


def _points_back(found: Stance) -> bool:
    """ "The military, which has been fighting rebels, has denied the claims": a denial of
    reports it does not restate; the rest of its sentence is not what it denies (such a
    refutation is paired by :mod:`analysis.claim_refutes`)."""
    return found.frame == "denied" and bool(set(word_list(found.scope)) & REPORT_NOUNS)


def _url(text: str) -> bool:
    """Whether a statement is (or holds) a web address: its digits are dates and ids, not counts."""
    return "http" in text or "www" in text


def _facts(text: str) -> frozenset[str]:
    """Content lemmas of ``text``, plus the category of any casualty word.

    "killed", "dead" and "death" all add ``deaths``, so "Culkin is dead" and "another
    Culkin death hoax" share the fact they dispute.
    """
    lemmas = content_lemmas(text) - _POLARITY_WORDS
    return frozenset(lemmas | {CATEGORY_OF_EVENT[w] for w in lemmas if w in CATEGORY_OF_EVENT})


def same_figure(a: Reading, b: Reading) -> bool:
    """Whether the two statements give the same figure for the same thing."""
    return any(agree(qa, qb) for qa in a.quantities for qb in b.quantities)


def shared_content(a: Reading, b: Reading) -> int:
    """Return how many content lemmas two readings share."""
    return len(a.lemmas & b.lemmas)


def framing(a: Reading, b: Reading) -> Finding | None:
    """Denied against confirmed: the same report framed in opposite ways."""
    frames = {a.stance.frame, b.stance.frame}
    if frames != {"denied", "confirmed"} or not a.scope_lemmas & b.scope_lemmas:
        return None
    denier, confirmer = (a, b) if a.stance.frame == "denied" else (b, a)
    return Finding(ClaimKind.FRAMING, 0.9, f"{_framed(denier)}; {_framed(confirmer)}")


def _framed(reading: Reading) -> str:
    cue = reading.stance.frame_cue
    return f"{reading.voice} {cue} it ({around(reading.text, cue)})"


def denial(a: Reading, b: Reading, similarity: float = 1.0, min_shared: int = 2) -> Finding | None:
    """One statement says not so what the other asserts.

    The negated clause must be largely what the other statement asserts (``coverage``),
    the two must overlap as wholes (a Dice share of their content words), and they must
    be aligned at all (``similarity``); a short negated clause ("Nor is Windows Server
    2012") is covered easily, so its strength is scaled down by its length.
    """
    if a.polarity == b.polarity or similarity < DENIAL_SIMILARITY:
        return None
    if a.stance.hedged or b.stance.hedged:
        return None  # "could not specify how many" asserts nothing to deny or be denied by
    negative, positive = (a, b) if a.polarity < 0 else (b, a)
    said = words_of(positive.reported)
    if (
        _SPECULATIVE & said
        or ("would" in said and said & CONDITIONS)
        or _WOULD_HAVE.search(positive.reported)
    ):
        return None  # "States might respond", "a win would've cost them the pick": nothing asserted
    if other_years(negative.when, positive.when):
        # "acquitted in 1958" / "found guilty in 1997": two events (months are not enough: "in
        # a March debate, he said he had not served" / "the Register on July 20 called him a veteran").
        return None
    # What is negated must be what the other asserts, not merely the same subject.
    common = negative.scope_lemmas & positive.lemmas
    shared = len(common)
    short = len(negative.scope_lemmas) == 1 and shared == 1 and shared_content(a, b) >= min_shared
    if shared < min_shared and not short:  # "Doctor denies selfie" scopes over one word
        return None
    if contrary_words(negative.scope_lemmas, positive.lemmas) is not None:
        return None  # "Rehana is not dead" and "Rehana is alive" agree
    # How much of what is negated the other statement asserts (or of what it asserts is
    # negated: "another death hoax" refutes all of "Culkin is dead"); all is a flat denial.
    coverage = shared / max(min(len(negative.scope_lemmas), len(positive.lemmas)), 1)
    dice = 2 * shared / max(len(negative.scope_lemmas) + len(positive.lemmas), 1)
    if coverage < MIN_COVERAGE or dice < MIN_DICE:
        return None
    if shared > 1 and common <= names_in(negative.text) | names_in(positive.text) | HELD_TITLES:
        # "I've never met Donald Trump" / "the richest thing about Donald Trump"; "denied to the
        # Press Herald that he called the governor a racist" / "the governor cursed out Gattine".
        return None
    negated = negated_words(negative.stance)  # the negated word; "No senator had called …": its verb too
    if not_asserted(negative.stance, negated, positive.text, positive.reported):
        return None  # "Bart is not dead" / "Buried Kitty Believed Dead, Meows Back to Life"
    cue = negative.stance.negation or negative.stance.frame_cue
    if cue in REFUTERS and cue in words_of(positive.text):
        return None  # "a call that turned out to be a hoax" / "the call turned out to be a hoax"
    strength = 0.4 + 0.6 * min(1.0, coverage) * min(1.0, len(negative.scope_lemmas) / FULL_SCOPE)
    plain = cue in NEGATORS or cue.endswith("n't") or cue == "yet"
    if plain:
        strength *= PLAIN_NEGATION  # "not" negates many things in passing; "denied", "false" dispute
    predicate = negated[1:]
    acted_on = complement(negative.stance.scope, predicate[0], COMPLEMENT) if predicate else frozenset()
    if acted_on and not acted_on & positive.lemmas:
        return None  # "no senator had called him to ask him to stay" / "call on Akin to withdraw"
    if negative.stance.head and not asserts_word(negative.stance.head, positive.lemmas):
        # "their goal wasn't saving the old building" / "the old building was private": the
        # negated word is not what the other says; maybe a synonym ("didn't create" / "drew"),
        # but then what it acts on is shared: "would not seek re-election after reports that he
        # used taxpayer money" shares only a later clause with "pledged to repay the money".
        # A plain negator with nothing shared after its unseen word shares only a subject:
        # "the Weekly Standard editor was not alone" / "Kristol, editor of the Weekly Standard".
        acted_on = complement(negative.stance.scope, negative.stance.head, COMPLEMENT)
        if (acted_on or plain) and not acted_on & positive.lemmas:
            return None
        strength *= HEAD_UNSEEN
    return Finding(
        ClaimKind.DENIAL,
        strength,
        f"{negative.voice} says not so ({around(negative.text, cue)}); "
        f"{positive.voice} asserts it ({snippet(positive.text)})",
    )


def omission(a: Reading, b: Reading) -> Finding | None:
    """One list leaves out an item the other has."""
    if not a.lists or not b.lists:
        return None
    found = find_omission(list(a.lists), list(b.lists))
    if found is None:
        return None
    shorter, _longer, missing = found
    short_reading, long_reading = (a, b) if shorter in a.lists else (b, a)
    missing = tuple(m for m in missing if not said_anyway(m, short_reading.lemmas))
    if not missing:
        return None
    # The more items the two lists share, the surer it is one list told twice.
    return Finding(
        ClaimKind.OMISSION,
        min(0.9, 0.6 + 0.1 * len(shorter.items)),
        f"{long_reading.voice} lists {', '.join(missing)}; {short_reading.voice} leaves it out "
        f"(“{' / '.join(shorter.items)}”)",
    )


def blame(a: Reading, b: Reading) -> Finding | None:
    """The same act on the same target, done by different actors."""
    if a.polarity < 0 or b.polarity < 0 or not a.blames or not b.blames:
        return None  # a denied act is a denial, not an accusation
    found = conflicting_blame(list(a.blames), list(b.blames))
    if found is None:
        return None
    ta, tb = found
    return Finding(
        ClaimKind.BLAME,
        0.9,
        f"who {ta.verb} {ta.target}: {a.voice} names {ta.agent}; {b.voice} names {tb.agent}",
    )


def contrary(a: Reading, b: Reading, similarity: float = 1.0) -> Finding | None:
    """Opposite words for one subject: "Rehana was killed" against "Rehana is alive".

    Both statements must have one polarity (a negated contrary agrees: "not dead" /
    "alive"), be aligned, and share content besides the contrary words.
    """
    if a.polarity != b.polarity or similarity < DENIAL_SIMILARITY or a.stance.hedged or b.stance.hedged:
        return None
    if _WOULD_HAVE.search(a.reported) or _WOULD_HAVE.search(b.reported):
        return None  # "a Chiefs win would've cost them the pick" / "Chiefs lose": no second account
    if other_years(a.when, b.when):
        return None  # "acquitted in 1958" / "found guilty in 1997": two trials, no two accounts
    found = contrary_in_role(a.reported, a.lemmas, b.reported, b.lemmas)
    if found is None:
        return None
    shared = (a.lemmas & b.lemmas) - CONTRARY_WORDS - PEOPLE_KEYS
    if len(shared) < MIN_CONTRARY_SHARED:
        return None
    strength = 0.5 + 0.1 * min(len(shared) - MIN_CONTRARY_SHARED, 3)
    first, second = found
    return Finding(
        ClaimKind.DENIAL,
        strength,
        f"opposite accounts: {a.voice} says {_word_in(a.text, first)} ({snippet(a.text)}); "
        f"{b.voice} says {_word_in(b.text, second)} ({snippet(b.text)})",
    )


def _word_in(text: str, lemma_: str) -> str:
    """Return the first word of ``text`` whose lemma is ``lemma_``, quoted (the lemma when none).

    Text order, not a set's: a set's order changes with each process's string hashing,
    so "allowing" and "allow" would alternate between two runs.
    """
    for word in word_list(text):
        if lemma(word) == lemma_:
            return f"“{word}”"
    return f"“{lemma_}”"


CHECKS = (framing, blame, omission)


def may_compete(a: Reading, b: Reading) -> bool:
    """Whether any detector could fire on the pair (most aligned pairs are ruled out here)."""
    return (
        a.polarity != b.polarity
        or bool(a.lemmas & CONTRARY_WORDS and b.lemmas & CONTRARY_WORDS)
        or bool(a.stance.frame and b.stance.frame)
        or bool(a.quantities and b.quantities)
        or bool(a.lists and b.lists)
        or bool(a.blames and b.blames)
    )


def compare(a: Reading, b: Reading, similarity: float = 1.0, checks: int = ALL_CHECKS) -> list[Finding]:
    """Return every reason two statements compete, strongest first (empty when they do not).

    ``similarity`` is the cosine of the two statements; figures need more of it than
    the other signals (see :func:`numbers`). ``checks`` selects the detectors to run
    (bits :data:`FRAMES` ... :data:`POLARITY`): a caller that screened the pair already
    knows which can fire.
    """
    if checks == ALL_CHECKS and not may_compete(a, b):
        return []
    found: list[Finding] = []
    for bit, check in _DETECTORS:
        if checks & bit and (finding := check(a, b, similarity)) is not None:
            found.append(finding)
    if any(f.kind is ClaimKind.FRAMING for f in found):
        # Denied vs confirmed is a framing conflict; the polarity gap it causes is the same fact.
        found = [f for f in found if f.kind is not ClaimKind.DENIAL]
    return sorted(found, key=lambda f: -f.strength)


_DETECTORS: tuple[tuple[int, Callable[[Reading, Reading, float], Finding | None]], ...] = (
    (FRAMES, lambda a, b, _: framing(a, b)),
    (BLAMES, lambda a, b, _: blame(a, b)),
    (LISTS, lambda a, b, _: omission(a, b)),
    (FIGURES, numbers),
    (POLARITY, denial),
    (CONTRARY, contrary),
)
