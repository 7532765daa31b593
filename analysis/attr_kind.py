"""How a statement is reported (direct / indirect / mixed) and framed (said / claimed / denied)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.cues import DENIAL_KEYS, DENIAL_PHRASE, DISTANCING_KEYS, DISTANCING_MARKERS, Cue
from analysis.model import Commitment, Kind, Span

_WORD = re.compile(r"\w+")
_FULL_QUOTE_END = re.compile(r"[.,!?…:;]\s*(?:[”»’\"'›]|'')+$")
# A direct quote is framed by its attribution and little else ("told a news conference in Valmara").
MAX_FRAME_WORDS = 12


def _words(text: str, spans: Sequence[Span]) -> int:
    return sum(len(_WORD.findall(text, s, e)) for s, e in spans)


def _is_full_quote(text: str, span: Span) -> bool:
    """A quoted sentence rather than a quoted phrase: it has its own punctuation or is long."""
    inner = text[span[0] : span[1]]
    return bool(_FULL_QUOTE_END.search(inner)) or len(_WORD.findall(inner)) >= 8


def kind_of(
    text: str, start: int, end: int, quotes: Sequence[Span], outside: Sequence[Span], speaker: Span, cue: Span
) -> Kind:
    """Return whether an attributed statement is a direct quote, a paraphrase or a mix.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The statement span.
    quotes : sequence of Span
        Quoted spans inside the statement.
    outside : sequence of Span
        The statement's text outside quotes.
    speaker, cue : Span
        The attribution's spans (not counted as content).

    Returns
    -------
    Kind
    """
    if not quotes:
        return Kind.INDIRECT
    if quotes[0][0] >= cue[1] >= speaker[1]:
        # "X, the chief of Y -- a firm that … -- told me, “…”": before the quote stand only
        # the speaker, its appositions and the cue; only words after the cue can be content.
        frame = _words(text, [(max(s, cue[1]), e) for s, e in outside if e > cue[1]])
    else:
        frame = _words(text, outside) - _words(text, [speaker]) - _words(text, [cue])
    if frame <= MAX_FRAME_WORDS and any(_is_full_quote(text, q) for q in quotes):
        # The content is the quote itself; the rest is "X said in Y on Thursday".
        content_before = [s for s in outside if s[1] <= min(speaker[0], cue[0])]
        if not content_before or all(_words(text, [s]) == 0 for s in content_before) or quotes[0][0] <= start:
            return Kind.DIRECT
    return Kind.MIXED


def commitment_of(text: str, outside: Sequence[Span], cue: Cue | None) -> Commitment:
    """Return how the outlet frames the statement.

    The cue's class comes first; a denial phrase (``called the reports false``) or a
    distancing marker (``allegedly``, ``so-called``) outside quotation marks overrides a
    neutral or emphatic cue. Narrative statements are neutral unless such markers occur.

    Parameters
    ----------
    text : str
        The article text.
    outside : sequence of Span
        The statement's text outside quotes (markers inside a quote are the speaker's).
    cue : Cue or None
        The attribution's cue, ``None`` for the outlet's own voice.

    Returns
    -------
    Commitment
    """
    base = cue.commitment if cue is not None else Commitment.NEUTRAL
    if base in {Commitment.DENIAL, Commitment.CONDITIONAL, Commitment.DISTANCING}:
        return base
    # "called the reports “a provocation”": the verdict may be quoted, the framing is not.
    whole = text[outside[0][0] : outside[-1][1]] if outside else ""
    lowered = whole.lower()
    if cue is not None and any(k in lowered for k in DENIAL_KEYS) and DENIAL_PHRASE.search(whole):
        return Commitment.DENIAL
    if any(k in lowered for k in DISTANCING_KEYS):
        joined = " ".join(text[s:e] for s, e in outside)
        if DISTANCING_MARKERS.search(joined):
            return Commitment.DISTANCING
    return base
