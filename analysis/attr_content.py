"""The content of an attribution: the reported words, without the frame that reports them.

A statement is a sentence-like unit; what its speaker is reported to have said is often
less: ``At a rally on Friday, Krall said that the bridge would reopen`` reports ``the
bridge would reopen``; ``“We counted ten,” said Dr. Moravec, a surgeon`` reports the
quote. The content span lets the reader and the brief highlight exactly the attributed
words and lets claims compare what was said rather than who said it.

Rules, by where the frame (speaker and cue) stands in the statement:

- the frame ends the statement (``…, Krall said.``, ``…, according to X.``): the content
  is everything before it;
- the frame opens the content (``Krall said (that) …``, ``According to X, …``,
  ``…, saying …``): the content runs from after the cue (and a ``that``, a colon, the
  hearer of ``told`` or a short adjunct such as ``in a statement``) to the end;
- the frame stands inside the content (``The museum, Obama said, would …``): the
  content is the whole statement;
- a passive (``… was denied by the ministry``): the content is the subject before it.

Trailing sentence punctuation and the commas that join content and frame are trimmed;
quotation marks stay with the quote they belong to.
"""

from __future__ import annotations

import re

from analysis.attr_lexicon import words
from analysis.model import Span

_TRAILING = ",;:.!?—–-―"  # trimmed off the content's ends when outside quotation marks
_QUOTE_CLOSERS = "”»’\"'›"
_QUOTE_OPENERS = "“„«‘\"'‹"
# What may stand between the cue and a "that" opening the content: the hearer of "told",
# a time, or an adjunct of manner or place ("said in a statement on Tuesday that").
_BEFORE_THAT = re.compile(
    r"(?:\s+(?:[A-Za-z’'.\-]+|[0-9]+)){0,10}?\s+that\b",
)
_ADJUNCT_OPENERS = re.compile(
    r"\s*(?:in|on|at|to|during|after|before|while|last|this|earlier|later|late|early|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s*([\w’'-]+)")
_HEARERS = words("the a an his her their its reporters journalists supporters voters him them us me")
_HEARER_VERBS = ("told", "tell", "tells", "telling", "informed", "assured", "reminded", "warned", "advised")
_CONTENT_OPENERS = re.compile(r"\s*(?:that\b|:|,)?\s*")
_CLAUSE_CUT = re.compile(r",\s+(?:which|whom|whose|when|until|whereas|although|though)\b")
_SHORT = 3  # words after a closing frame that are its adjuncts ("said on Friday")
_PASSIVE_TAIL = re.compile(r"(?:\s+(?:was|were|is|are|been|being|be|has|have|had|also|not|already))+\s*$")


def _trim(text: str, start: int, end: int) -> Span | None:
    """Strip spaces and joining punctuation (outside quotes) off both ends."""
    while start < end and (text[start].isspace() or text[start] in ",;:—–-―"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return (start, end) if start < end and any(c.isalnum() for c in text[start:end]) else None


def _after_cue(text: str, cue: Span, end: int) -> int:
    """Return where the content starts after a cue that opens it."""
    cursor = cue[1]
    word = text[cue[0] : cue[1]].lower()
    that = _BEFORE_THAT.match(text, cursor, end)
    if that is not None:
        between = text[cursor : that.end() - 4]
        adjunct = _ADJUNCT_OPENERS.match(between)
        if (
            word.split()[0] in _HEARER_VERBS
            or (adjunct is not None and adjunct.end() > 0)
            or not between.strip()
        ) and not any(c in between for c in ',;:“”"'):
            return that.end()
    opener = _CONTENT_OPENERS.match(text, cursor, end)
    return opener.end() if opener is not None else cursor


def content_of(text: str, start: int, end: int, speaker: Span, cue: Span, pattern: str) -> Span | None:
    """Return the content span of an attributed statement.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The statement span.
    speaker, cue : Span
        The attribution's speaker mention and cue (article offsets inside the statement).
    pattern : str
        How the attribution was found (``subject``, ``inverted``, ``according``, ``passive``,
        ``transcript``, ``dash``, ...).

    Returns
    -------
    Span or None
        The reported words inside ``[start, end)``; ``None`` when nothing but the frame
        is left (``Krall declined to comment.`` has a frame and a short object only).
    """
    frame = (min(speaker[0], cue[0]), max(speaker[1], cue[1]))
    if pattern == "transcript":
        return _trim(text, cue[1], end)
    if pattern == "dash":
        return _trim(text, start, cue[0])
    if pattern == "passive":
        return _passive(text, start, cue)
    before = _trim(text, start, frame[0])
    opens_at = _after_cue(text, cue, end) if cue[1] >= speaker[1] else _after_speaker(text, frame, end)
    after = _trim(text, opens_at, end)
    if before is None or (pattern != "inverted" and not _closes(text, before, frame, after)):
        return _cut_clause(text, after) or before
    if after is not None and _words(text, after) > _SHORT and text[frame[1] : after[0]].strip() == ",":
        return _trim(text, start, end)  # "The museum, Obama said, would …": the frame sits inside
    return before


def reported(text: str, start: int, end: int) -> Span | None:
    """Return ``[start, end)`` as content: trimmed of spaces and joining punctuation."""
    return _trim(text, start, end)


def _cut_clause(text: str, span: Span | None) -> Span | None:
    """End indirect content where the outlet goes on in its own voice.

    ``…warned officials to boost security, after hackers targeted …``, ``…likened RT to the
    BBC, which receives …``: a non-restrictive relative or adverbial clause after a comma, a
    spaced dash or a semicolon is context the outlet adds, not what the source said.
    Quoted words are never cut.
    """
    if span is None:
        return None
    for m in _CLAUSE_CUT.finditer(text, span[0], span[1]):
        inside = text.count("“", span[0], m.start()) > text.count("”", span[0], m.start())
        if not inside and text.count('"', span[0], m.start()) % 2 == 0:
            return _trim(text, span[0], m.start())
    return span


def _closes(text: str, before: Span, frame: Span, after: Span | None) -> bool:
    """Whether the frame closes the content before it (``…, Krall said (on Friday).``).

    The words after such a frame are its adjuncts (``in a phone interview``, ``on
    Friday``, ``to reporters``), a parenthetical's second half (``, would …``) or nothing;
    an object (``acknowledged their uphill battle``) or a clause means the frame opens
    the content instead.
    """
    joined = text[before[1] : frame[0]]
    joins = any(c in joined for c in ",:;") or text[before[1] - 1] in _QUOTE_CLOSERS
    if not joins:
        return False
    if after is None or "," in text[frame[1] : after[0]]:
        return True
    if text[before[1] - 1] in _QUOTE_CLOSERS and text[after[0]] not in _QUOTE_OPENERS:
        return True  # "“…,” she said months after her release": the quote is the content
    return _adjunct(text, after[0], after[1])


def _adjunct(text: str, start: int, end: int) -> bool:
    """``in a phone interview``, ``Friday``, ``to reporters`` (not ``to comment``)."""
    m = _ADJUNCT_OPENERS.match(text, start, end)
    if m is None:
        return False
    if text[m.start() : m.end()].strip().lower() != "to":
        return True
    nxt = _NEXT_WORD.match(text, m.end(), end)
    return nxt is not None and (nxt.group(1)[:1].isupper() or nxt.group(1).lower() in _HEARERS)


def _passive(text: str, start: int, cue: Span) -> Span | None:
    """``The claim was denied by the ministry``: the subject, without its auxiliaries."""
    head = _trim(text, start, cue[0])
    if head is None:
        return None
    tail = _PASSIVE_TAIL.search(text, head[0], head[1])
    return _trim(text, head[0], tail.start() if tail else head[1])


def _after_speaker(text: str, frame: Span, end: int) -> int:
    """``According to X, …``, ``said Krall: …``: the content starts after the speaker."""
    opener = _CONTENT_OPENERS.match(text, frame[1], end)
    return opener.end() if opener is not None else frame[1]


def _words(text: str, span: Span) -> int:
    return len(text[span[0] : span[1]].split())


def frame_only(text: str, start: int, end: int, speaker: Span, cue: Span) -> bool:
    """Whether ``text[start:end]`` is nothing but an attribution (``Clinton said.``,
    ``Pence said on CNN.``): its content must be the quote before it."""
    frame = (min(speaker[0], cue[0]), max(speaker[1], cue[1]))
    if _trim(text, start, frame[0]) is not None:
        return False
    rest = _trim(text, frame[1], end)
    return (
        rest is None
        or (_words(text, rest) <= 2 * _SHORT and _adjunct(text, rest[0], rest[1]))
        or _manner(text, rest[0], rest[1])
    )


_MANNER = re.compile(r"\s*,?\s*[a-z]+ing\b")


def _manner(text: str, start: int, end: int) -> bool:
    """``Obama continued, calling out Speaker John Boehner``: a short participle adjunct
    says how the speaker spoke, not what (no quote, no ``that`` clause)."""
    if _MANNER.match(text, start, end) is None or _words(text, (start, end)) > 12:
        return False
    piece = text[start:end]
    return not any(mark in piece for mark in '"“”«»') and " that " not in piece
