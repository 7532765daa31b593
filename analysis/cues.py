"""Reporting cues: the verbs and phrases that introduce what someone said, with how they frame it.

Each cue has a *commitment class* (how the outlet frames the report: neutral ``said``,
emphatic ``stressed``, distancing ``claimed``, denial ``denied``, conditional ``warned``)
and two flags: ``inverts`` (it can stand before its speaker: ``…,” said Krall``) and
``weak`` (it reports a belief, intention or finding rather than speech — ``believes``,
``wants``, ``found`` — and needs a clear source before we count it). All inflected
forms are generated here, so the one compiled pattern finds ``say``, ``says``, ``said``
and ``saying`` in a single pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.model import Commitment

N, E, D, X, C = (
    Commitment.NEUTRAL,
    Commitment.EMPHATIC,
    Commitment.DISTANCING,
    Commitment.DENIAL,
    Commitment.CONDITIONAL,
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting verb or phrase."""

    lemma: str
    commitment: Commitment
    inverts: bool = False
    weak: bool = False


# lemma -> (commitment, inverts); speech verbs proper. Grounded in Levin's verbs of
# communication (say, tell, manner-of-speaking, complain, advise verbs), her judgement verbs
# and the reporting verbs news uses (Krestel et al.); the forms are generated below.
_SPEECH: dict[str, tuple[Commitment, bool]] = {
    "say": (N, True), "tell": (N, False), "add": (N, True), "note": (N, True), "explain": (N, True),
    "write": (N, True), "continue": (N, True), "ask": (N, True), "reply": (N, True), "respond": (N, True),
    "answer": (N, True), "recall": (N, True), "observe": (N, True),
    "comment": (N, True), "state": (N, True), "report": (N, True), "announce": (N, True), "quip": (N, True),
    "joke": (N, True), "conclude": (N, True), "agree": (N, True), "acknowledge": (N, True),
    "admit": (N, True), "concede": (N, True), "predict": (N, True), "suggest": (N, True),
    "argue": (N, True), "tweet": (N, True), "post": (N, False), "testify": (N, True),
    "mention": (N, False), "recount": (N, True), "counter": (N, True), "retort": (N, True),
    "complain": (N, True), "lament": (N, True), "wonder": (N, True), "inform": (N, False),
    "describe": (N, False), "point out": (N, True), "go on": (N, True), "reveal": (N, True),
    "disclose": (N, False), "estimate": (N, True), "cite": (N, False), "quote": (N, False),
    "repeat": (N, True), "shout": (N, True), "urge": (N, False),
    "demand": (N, False), "propose": (N, False), "recommend": (N, False), "call for": (N, False),
    "call on": (N, False), "accuse": (N, False), "blame": (N, False), "criticize": (N, False),
    "criticise": (N, False), "condemn": (N, False), "praise": (N, False), "welcome": (N, False),
    "promise": (E, True), "hint": (N, False), "signal": (N, False),
    "remark": (N, True), "muse": (N, True), "opine": (N, True), "boast": (N, True), "brag": (N, True),
    "yell": (N, True), "scream": (N, True), "whisper": (N, True), "mutter": (N, True), "exclaim": (N, True),
    "chant": (N, True), "plead": (N, True), "concur": (N, True), "confess": (N, True), "clarify": (N, True),
    "speculate": (N, True), "reason": (N, True), "surmise": (N, True), "forecast": (N, True),
    "grumble": (N, True), "interject": (N, True), "advise": (N, False), "question": (N, False),
    "charge": (N, True), "thank": (N, False), "congratulate": (N, False), "apologize": (N, False),
    "apologise": (N, False), "express": (N, False), "voice": (N, False), "detail": (N, False),
    "label": (N, False), "dub": (N, False), "characterize": (N, False), "characterise": (N, False),
    "portray": (N, False), "fault": (N, False), "chide": (N, False), "berate": (N, False),
    "commend": (N, False), "laud": (N, False), "exhort": (N, False), "implore": (N, False),
    "encourage": (N, False), "rail against": (N, False), "lash out": (N, False), "hit out": (N, False),
    "weigh in": (N, False), "speak out": (N, False), "push back": (N, False), "talk about": (N, False),
    "make note of": (N, False),
    "stress": (E, True), "emphasize": (E, True), "emphasise": (E, True), "confirm": (E, True),
    "insist": (E, True), "assert": (E, True), "affirm": (E, True), "underline": (E, True),
    "underscore": (E, True), "reaffirm": (E, True), "declare": (E, True), "assure": (E, False),
    "vow": (E, True), "pledge": (E, True), "guarantee": (E, False), "proclaim": (E, True),
    "highlight": (E, False), "maintain": (E, True), "reiterate": (E, True), "make clear": (E, True),
    "reassure": (E, False), "summarize": (N, True), "summarise": (N, True), "chime in": (N, True),
    "claim": (D, True), "allege": (D, True), "contend": (D, True), "purport": (D, False),
    "insinuate": (D, True),
    "deny": (X, False), "reject": (X, False), "dismiss": (X, False), "refute": (X, False),
    "rebut": (X, False), "dispute": (X, False), "disavow": (X, False), "repudiate": (X, False),
    "contradict": (X, False), "debunk": (X, False), "scoff": (X, True), "disagree": (X, False),
    "brush aside": (X, False), "shrug off": (X, False),
    "warn": (C, True), "threaten": (C, False), "caution": (C, True),
}  # fmt: skip

# Beliefs, intentions and findings (Levin's conjecture, want and long verbs): attributions
# too, but only with a clear source.
_WEAK: dict[str, Commitment] = {
    "believe": N, "think": N, "feel": N, "hope": N, "expect": N, "fear": N, "want": N, "plan": N,
    "intend": N, "worry": N, "know": N, "find": N, "show": N, "indicate": N, "insist on": E,
    "decline": N, "refuse": N, "doubt": D, "suspect": N, "understand": N, "realize": N, "realise": N,
    "recognize": N, "recognise": N, "assume": N, "wish": N, "learn": N, "discover": N, "determine": N,
    "demonstrate": N, "seek": N, "rule": N, "read": N,
}  # fmt: skip
BELIEF_LEMMAS = frozenset(
    ("believe", "think", "feel", "hope", "expect", "fear", "worry", "know", "doubt", "suspect", "understand",
     "realize", "realise", "recognize", "recognise", "assume", "wish")
)  # fmt: skip
"""Weak cues of cognition and emotion: their complement may be a bare clause (``believe
bigotry is acceptable``), not only one opened by ``that`` or a pronoun."""

# Stances taken in words (attacked, defended, called X a liar): attributions too, but
# only with a named or pronoun source and an object.
_STANCE_PHRASES = (
    "call", "attack", "blast", "slam", "mock", "defend", "endorse", "echo", "liken", "chastise",
    "denounce", "support", "oppose", "back", "decry", "applaud", "hail", "tout", "outline", "lay out",
    "point to", "speak of", "speak about", "put it", "lambast", "ridicule", "scold", "rebuke",
    "favor", "favour", "champion", "advocate", "lambaste", "deride", "disparage", "assail", "castigate",
    "push for", "press for", "take aim at", "go after", "brand", "refer to",
)  # fmt: skip
STANCE_LEMMAS = frozenset(_STANCE_PHRASES)

# Irregular inflections: lemma -> (third person, past, participle, gerund).
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "said", "saying"),
    "tell": ("tells", "told", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "know": ("knows", "knew", "known", "knowing"),
    "find": ("finds", "found", "found", "finding"),
    "show": ("shows", "showed", "shown", "showing"),
    "go": ("goes", "went", "gone", "going"),
    "see": ("sees", "saw", "seen", "seeing"),
    "make": ("makes", "made", "made", "making"),
    "put": ("puts", "put", "put", "putting"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "lay": ("lays", "laid", "laid", "laying"),
    "hit": ("hits", "hit", "hit", "hitting"),
    "quip": ("quips", "quipped", "quipped", "quipping"),
    "plan": ("plans", "planned", "planned", "planning"),
    "slam": ("slams", "slammed", "slammed", "slamming"),
    "admit": ("admits", "admitted", "admitted", "admitting"),
    "rebut": ("rebuts", "rebutted", "rebutted", "rebutting"),
    "regret": ("regrets", "regretted", "regretted", "regretting"),
    "brag": ("brags", "bragged", "bragged", "bragging"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "learn": ("learns", "learned", "learned", "learning"),
    "understand": ("understands", "understood", "understood", "understanding"),
    "take": ("takes", "took", "taken", "taking"),
    "dub": ("dubs", "dubbed", "dubbed", "dubbing"),
    "refer": ("refers", "referred", "referred", "referring"),
    "read": ("reads", "read", "read", "reading"),
    "scream": ("screams", "screamed", "screamed", "screaming"),
    "shrug": ("shrugs", "shrugged", "shrugged", "shrugging"),
    "label": ("labels", "labeled", "labeled", "labeling"),
}


def inflect(verb: str) -> tuple[str, ...]:
    """Return the base form and its inflections (third person, past, participle, gerund).

    Parameters
    ----------
    verb : str
        A lemma such as ``"deny"``.

    Returns
    -------
    tuple of str
        ``("deny", "denies", "denied", "denied", "denying")``.
    """
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb, verb[:-1] + "ies", verb[:-1] + "ied", verb[:-1] + "ied", verb + "ing"
    if verb.endswith("e"):
        return verb, verb + "s", verb + "d", verb + "d", verb[:-1] + "ing"
    third = verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s"
    return verb, third, verb + "ed", verb + "ed", verb + "ing"


def _phrase_forms(lemma: str) -> list[str]:
    """Inflect the first word of a (possibly multi-word) cue."""
    head, _, rest = lemma.partition(" ")
    return [f"{form} {rest}".strip() for form in inflect(head)]


def _build() -> dict[str, Cue]:
    table: dict[str, Cue] = {}
    for lemma, commitment in _WEAK.items():
        for form in _phrase_forms(lemma):
            # "…,” reads the letter": a text's words, the text named after them.
            table[form] = Cue(lemma, commitment, inverts=lemma == "read", weak=True)
    for lemma in _STANCE_PHRASES:
        for form in _phrase_forms(lemma):
            table.setdefault(form, Cue(lemma, N, inverts=False, weak=True))
    for lemma, (commitment, inverts) in _SPEECH.items():
        for form in _phrase_forms(lemma):
            table[form] = Cue(lemma, commitment, inverts=inverts)
    # "member states", "the state": only the past tense of "state" reports, the present
    # before "that" ("The letter states that …"), and "states" after a text or a quote ("“…,”
    # the letter states": see :func:`analysis.attr_patterns` for which subjects it takes).
    for form in ("state", "states"):
        table[f"{form} that"] = table[form]
    del table["state"]
    return table


CUES: dict[str, Cue] = _build()
"""Every inflected cue form (lower case) -> its :class:`Cue`."""

ACCORDING_TO = Cue("according to", N)
COLON = Cue(":", N)

# Cue forms by their first word, longest first, so that "called for" wins over "called".
# Scanning words and looking them up is much faster than one regex of 500 alternatives.
_BY_FIRST_WORD: dict[str, list[str]] = {}
for _form in sorted([*CUES, "according to"], key=len, reverse=True):
    _BY_FIRST_WORD.setdefault(_form.split(" ", 1)[0], []).append(_form)
_FIRST_WORDS = frozenset(_BY_FIRST_WORD)
_LOWER_WORD = re.compile(r"[a-z]+")
_WORD_CHAR = re.compile(r"[\w’'-]")


def find_cues(text: str, start: int, end: int, title: bool = False) -> list[tuple[int, int, str]]:
    """Return the cue forms in ``text[start:end]`` as ``(start, end, form as written)``.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The range to scan.
    title : bool
        Accept capitalised forms (headlines in title case: "Clinton Calls …"); otherwise
        cues are lower case, so that "States" or "Post" never count as verbs.

    Returns
    -------
    list of (int, int, str)
        Non-overlapping matches in text order.
    """
    segment = text[start:end]
    # "According to" opens sentences: the one cue looked up in any case.
    scan = segment.lower() if title or "According" in segment else segment
    # Which first words occur is decided in C (findall, set intersection); only their
    # occurrences are then checked one by one.
    present = _FIRST_WORDS.intersection(_LOWER_WORD.findall(scan))
    if not present:
        return []
    found: list[tuple[int, int, str]] = []
    for word in present:
        at = scan.find(word)
        while at >= 0:
            if at == 0 or not _WORD_CHAR.match(scan, at - 1):
                form = _form_at(scan, at, word)
                if form is not None and (title or form == "according to" or segment[at].islower()):
                    found.append((start + at, start + at + len(form), segment[at : at + len(form)]))
            at = scan.find(word, at + 1)
    found.sort()
    out: list[tuple[int, int, str]] = []
    for hit in found:
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


def _form_at(scan: str, at: int, word: str) -> str | None:
    """Return the longest cue form starting with ``word`` at ``scan[at:]``, if any."""
    for form in _BY_FIRST_WORD[word]:
        stop = at + len(form)
        if scan.startswith(form, at) and (stop >= len(scan) or not _WORD_CHAR.match(scan, stop)):
            return form
    return None


_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][a-z]+")


def capitalised_cue(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word in ``text[start:end]`` may open a cue (``Says``, ``Denies``).

    Only then can reading the span as a title-case headline find more cues; the check
    is much cheaper than counting every word (see :func:`is_title_case`).
    """
    return any(w.lower() in _FIRST_WORDS for w in _CAPITALISED.findall(text, start, end))


_LONGEST_HEADLINE = 200
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")


def is_title_case(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a headline in title case (most words capitalised)."""
    if end - start > _LONGEST_HEADLINE:
        return False
    found = _WORDS.findall(text, start, end)
    long_words = [w for w in found if len(w) > 3]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


# Cheap substring checks that rule the markers out before any regex runs.
DISTANCING_KEYS = ("alleg", "suppos", "purport", "ostensib", "so-called", "self-", "what ")
DENIAL_KEYS = ("call", "describ", "brand", "term", "dismiss")

# Words that put the outlet at a distance from what it reports.
DISTANCING_MARKERS = re.compile(
    r"\b(?:allegedly|alleged|supposedly|purportedly|ostensibly|so-called|self-styled|self-proclaimed|"
    r"what (?:he|she|it|they|the \w+) (?:called|described as|termed))\b",
    re.IGNORECASE,
)
# "called the reports false", "dismissed the claims as fabricated".
DENIAL_PHRASE = re.compile(
    r"\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)|brand(?:ed|s|ing)?|term(?:ed|s|ing)?|dismiss(?:ed|es|ing)?)"
    r"\b[^.;:]{0,80}?\b(?:false|untrue|baseless|groundless|unfounded|fabricat\w+|fake|lies|a lie|"
    r"nonsense|absurd|ridiculous|a provocation|provocation|disinformation|propaganda|a hoax|hoax)\b",
    re.IGNORECASE,
)


def lookup(form: str) -> Cue | None:
    """Return the cue for an inflected form (any case), or ``None``."""
    return CUES.get(form.lower())


def is_base_form(form: str) -> bool:
    """Whether ``form`` is a cue's base form (``report``, ``say``), the one a noun shares."""
    entry = CUES.get(form)
    return entry is not None and entry.lemma.split()[0] == form


def is_past_form(form: str) -> bool:
    """Whether ``form`` is a cue's past or participle (``said``, ``denied``, ``told``)."""
    return form in CUES and not is_base_form(form) and not form.endswith("s")
