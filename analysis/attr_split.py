"""Split a sentence that reports two speakers (``X said …, while Y said …``) in two statements."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.attr_lexicon import ANONYMOUS_HEADS, INSTITUTION_HEADS, ROLE_NOUNS, words
from analysis.attr_np import PRONOUNS
from analysis.attribution import Memo
from analysis.cues import Cue, lookup
from analysis.model import Span
from analysis.quotes import Quote

_COMMA_OR_SEMICOLON = r",\s*(?:while|but|whereas|and|as)|;"
_JOINT = re.compile(rf"(?:{_COMMA_OR_SEMICOLON})\s+(?=\S)")
# Also a dash between two clauses ("… more intense — and he noted …"), for :func:`split`.
_CLAUSE_JOINT = re.compile(rf"(?:{_COMMA_OR_SEMICOLON}|\s+(?:—|–|--)\s*(?:and|but|while|whereas)?)\s+(?=\S)")
_DASHES = ("—", "–", "--")
_HAS_TWO_CUES = 2
_CLOSING = 3  # attribution score of "“…,” X said" and "…, X said"
_MAX_ADJUNCT_WORDS = 8  # "she said several months after her release"
_WORD = re.compile(r"\w+")
_OPENING_MARKS = frozenset("“\"«„‘'")
_PARTICIPLE_JOINT = re.compile(r",\s+(?=[a-z]+ing\b)")  # ", adding …", ", warning …"
_PARTICIPLE = re.compile(r"([a-z]+ing)\b")
# Who or what a report may cite ("the release of prisoners" is a reason, not a source).
_SOURCE_WORDS = (
    ROLE_NOUNS
    | ANONYMOUS_HEADS
    | INSTITUTION_HEADS
    | words("report reports statement statements document documents data figures footage video letter study")
)
_CITED = re.compile(r"citing\s+(?:(?:the|a|an|local|unnamed|several|two|three)\s+)?([\w-]+)(?:\s+([\w-]+))?")


def _names_a_source(text: str, start: int) -> bool:
    """ "…, Boyette said, citing aid workers at the camp": where the report came from, not a
    second report, so it stays with its sentence; "citing the release of prisoners" gives
    the speaker's reason, a report of its own."""
    if text.startswith("quoting ", start):
        return True
    m = _CITED.match(text, start)
    if m is None:
        return False
    first, second = m.group(1), m.group(2) or ""
    return first[:1].isupper() or first.lower() in _SOURCE_WORDS or second.lower() in _SOURCE_WORDS


def _inside(quotes: Sequence[Quote], offset: int) -> bool:
    return any(q.start < offset < q.end for q in quotes)


def _after_closing_attribution(memo: Memo, start: int, end: int, quotes: Sequence[Quote]) -> Span | None:
    """Find where a new clause starts after a closing attribution.

    In ``“You winning?” she said, but Kevin was drifting off again`` the content ends at
    ``she said``; what follows ``, but`` is the outlet's narrative, a statement of its own.
    Returns ``(end of the first part, start of the second)`` or ``None``.
    """
    text = memo.text
    if not _JOINT.search(text, start, end):
        return None
    found = memo(start, end, quotes)
    if found.speaker is None or found.cue is None or found.score < _CLOSING:
        return None
    frame_end = max(found.speaker[1], found.cue[1])
    if found.speaker[0] < found.cue[0] and found.pattern != "subject":
        return None
    for m in _JOINT.finditer(text, frame_end, end):
        if _inside(quotes, m.start()) or len(_WORD.findall(text, frame_end, m.start())) > _MAX_ADJUNCT_WORDS:
            return None
        second = (
            m.start() + 1 + len(text[m.start() + 1 : m.end()]) - len(text[m.start() + 1 : m.end()].lstrip())
        )
        if _inside(quotes, m.end() + 1) or text[m.end() : m.end() + 1] in _OPENING_MARKS:
            return None  # "“I love Larry,” he said, but “when it comes to energy …”": still his words
        return (m.start() + 1 if text[m.start()] in ",;" else m.start()), second
    return None


def participle_at(text: str, start: int) -> tuple[Cue, Span] | None:
    """The reporting cue of a participle clause opening at ``start`` (``adding that …``)
    and its span; ``None`` for no participle or a belief or stance (``calling it …``)."""
    m = _PARTICIPLE.match(text, start)
    entry = lookup(m.group(1)) if m else None
    return (entry, m.span(1)) if m and entry is not None and not entry.weak else None


def _participle_tail(memo: Memo, start: int, end: int, quotes: Sequence[Quote]) -> Span | None:
    """Find a participle clause that reports more after an attributed frame.

    ``Krall said the pier was safe, adding that repairs would start in May`` holds two
    reports of one speaker; the second becomes a statement of its own (the same speaker,
    cue ``adding``: see :mod:`analysis.statements`). Only after the frame: in ``Krall
    attacked the plan, saying …`` the participle is the frame itself and the sentence stays
    whole. Returns ``(end of the first part, start of the second)`` or ``None``.
    """
    text = memo.text
    joints = [
        m for m in _PARTICIPLE_JOINT.finditer(text, start, end)
        if participle_at(text, m.end()) is not None and not _inside(quotes, m.start())
        and not _names_a_source(text, m.end())
    ]  # fmt: skip
    if not joints:
        return None  # most sentences: no attribution to read
    found = memo(start, end, quotes)
    if found.speaker is None or found.cue is None:
        return None
    frame_end = max(found.speaker[1], found.cue[1])
    for m in joints:
        if m.start() < frame_end:
            continue
        left = memo(start, m.start() + 1, quotes)
        if left.speaker == found.speaker and left.cue == found.cue:
            return m.start() + 1, m.end()
        return None
    return None


_MIN_CLAUSE_WORDS = 4
# Finite verbs that mark a clause: auxiliaries, copulas and common irregular pasts (a
# regular past ends in -ed).
_FINITE = words(
    """is are was were am has have had will would could should may might must can cannot do does did
    gave made took came went got saw began became brought bought built caught chose drew drove fell
    felt fought found flew held hit kept knew led left lost meant met paid put ran rose sent set shot
    sold spoke spent stood struck swore taught thought threw won wrote"""
)


def _narrative_clause(text: str, start: int, end: int, quotes: Sequence[Quote]) -> bool:
    """``The pier closed on Monday, but officials said …``: the outlet's own clause, with a
    verb of its own (``Krall, the mayor, and other officials said`` is one subject) and no
    quote in it."""
    if any(q.start < end and q.end > start for q in quotes):
        return False
    found = [w.lower() for w in _WORD.findall(text, start, end)]
    verb = any(w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in found)
    return verb and len(found) >= _MIN_CLAUSE_WORDS


_MAX_MODIFIERS = 3  # "human rights groups", "senior Western diplomats"
# Words that open a clause of their own, or an adjunct, before a subject: "…, and the
# report that officials said …" or "…, and only a month ago announced …" does not open
# with its speaker.
_NOT_MODIFIERS = (
    _FINITE
    | PRONOUNS
    | words(
        """that which what whom whose when where why how if because after before since although though
    as not no than whether while in on at by for from with of to into about something anything
    everything nothing only also just even then now still later earlier today yesterday"""
    )
)
_MODIFIER = re.compile(r"[\w'’-]+")


def _opens_with(text: str, start: int, speaker: Span) -> bool:
    """Whether the clause at ``start`` opens with its speaker's noun phrase: the speaker
    itself or a few modifiers before a head that is no pronoun (``human rights groups
    warned``; not ``the man they called``)."""
    if speaker[0] == start:
        return True
    before = text[start : speaker[0]].split()
    if not 0 < len(before) <= _MAX_MODIFIERS or text[speaker[0] : speaker[1]].lower() in PRONOUNS:
        return False
    # A reporting word before the head belongs to a frame ("as saying the quake …").
    return all(
        _MODIFIER.fullmatch(w) and w.lower() not in _NOT_MODIFIERS and lookup(w.lower()) is None
        for w in before
    )


def _narrative_shape(text: str, left: Span, joint: str, quotes: Sequence[Quote]) -> bool:
    """Whether the outlet's own clause ``left`` may stand before a report (``Brewer is
    expected to veto the bill, but she has not said …``): a clause of its own, and not
    before ``as`` (``That judges do not, as Roberts said, call balls and strikes`` is one
    statement with an aside)."""
    return not joint.rstrip().endswith("as") and _narrative_clause(text, left[0], left[1], quotes)


def split(memo: Memo, start: int, end: int, quotes: Sequence[Quote]) -> list[Span]:
    """Return the sentence's statement spans: itself, or two clauses with their own speakers.

    A split happens only where both sides are attributed and the right-hand side opens
    with its speaker (``…, while Valdorian President Anton Krall said …``), so an
    ordinary ``and`` or ``but`` never cuts a statement.

    Parameters
    ----------
    memo : Memo
        Attributes spans of the article (each once).
    start, end : int
        The sentence span.
    quotes : sequence of Quote
        The quotes of the sentence's block.

    Returns
    -------
    list of Span
        One or more spans, in order, covering the sentence.
    """
    text = memo.text
    tail = _after_closing_attribution(memo, start, end, quotes)
    if tail is not None:
        return [(start, tail[0]), *split(memo, tail[1], end, quotes)]
    cues = memo.cues.within(start, end)
    if not cues:
        return [(start, end)]
    if len(cues) >= _HAS_TWO_CUES:
        tail = _participle_tail(memo, start, end, quotes)
        if tail is not None:
            return [(start, tail[0]), (tail[1], end)]
    one_cue = len(cues) < _HAS_TWO_CUES
    for m in _CLAUSE_JOINT.finditer(text, start, end):
        if m.end() > cues[-1][0]:
            break  # the right-hand side must hold a cue
        if _inside(quotes, m.start()):
            continue
        punctuation = m.group().split()[0]  # ",", ";" or a dash
        if punctuation in _DASHES and any(d in text[start : m.start()] for d in _DASHES):
            continue  # the closing dash of an aside: "… rivals — his personality — Mr. Christie …"
        # The comma, semicolon or dash ends the left clause.
        left_end = (
            m.start() + 1
            if text[m.start()] in ",;"
            else text.index(punctuation, m.start()) + len(punctuation)
        )
        narrative = _narrative_shape(text, (start, left_end), m.group(), quotes)
        if one_cue and not narrative:
            continue  # with one cue, only the outlet's own clause may stand on the left
        right = memo(m.end(), end, quotes)
        if (
            right.speaker is None
            or right.pattern != "subject"
            or not _opens_with(text, m.end(), right.speaker)
        ):
            continue
        left = memo(start, left_end, quotes)
        # The outlet's clause splits off unless another cue frames the whole sentence
        # ("…, but Krall urged him to wait, according to aides").
        if left.speaker is None and not (narrative and memo(start, end, quotes).cue == right.cue):
            continue
        if left.speaker is not None and left.score < _HAS_TWO_CUES:
            continue
        conj = left_end + len(text[left_end : m.end()]) - len(text[left_end : m.end()].lstrip())
        return [(start, left_end), *split(memo, conj, end, quotes)]
    return [(start, end)]
