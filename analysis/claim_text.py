"""The reported content of a statement, without its attribution.

"President Krall, who replaced Emre Duman as party leader, said the talks with Kersia
would take place in Geneva" reports "the talks with Kersia would take place in Geneva";
the rest says who spoke. Comparing contents, not whole sentences, is what lets two
sides' statements of one fact align. The attribution step's cue and speaker spans are
used when known; otherwise the first reporting verb is found here.
"""

from __future__ import annotations

import re

from analysis.claim_words import straight_apostrophes, words_of

Span = tuple[int, int]

_CUE = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|claimed|claims|stated|states|announced|announces"
    r"|reported|reports|insisted|stressed|warned|noted|explained|denied|denies|confirmed|confirms"
    r"|according to|acknowledged|admitted|argued|declared|asserted|wrote)\b"
    r"(?:\s+(?:on|in|to)\s+(?:a\s+|an\s+|the\s+)?\w+)?(?:\s+that)?",
    re.I,
)
_CUE_WORDS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "claimed",
        "claims",
        "stated",
        "states",
        "announced",
        "announces",
        "reported",
        "reports",
        "insisted",
        "stressed",
        "warned",
        "noted",
        "explained",
        "denied",
        "denies",
        "confirmed",
        "confirms",
        "according",
        "acknowledged",
        "admitted",
        "argued",
        "declared",
        "asserted",
        "wrote",
    ]
)
# An attribution tail ("..., the ministry said") is at most this many words.
_MAX_ATTRIBUTION_WORDS = 9
_MIN_CONTENT_WORDS = 4


def _words(text: str) -> int:
    return len(text.split())


def _find_cue(text: str) -> Span | None:
    if not words_of(text) & _CUE_WORDS:
        return None  # the word screen is cheap; the alternation is not
    m = _CUE.search(text)
    return (m.start(), m.end()) if m else None


def content_span(text: str, cue: Span | None = None, speaker: Span | None = None) -> Span:
    """Return the ``[start, end)`` of what a statement reports (the whole text when unsure).

    Parameters
    ----------
    text : str
        The statement.
    cue, speaker : (int, int), optional
        Spans of the reporting cue and the speaker mention, relative to ``text``.

    Returns
    -------
    (int, int)
        The content: the words after the cue ("X said [that] ..."), or before the
        attribution ("..., X said"), or after a leading "According to X,".
    """
    cue = cue if cue is not None else _find_cue(text)
    if cue is None:
        return 0, len(text)
    before, after = text[: cue[0]], text[cue[1] :]
    if _quoted_before(before):
        return _before_attribution(text, cue)  # “...,” Krall told a news conference
    speaker_before = speaker is None or speaker[1] <= cue[1]
    if speaker_before and _words(after) >= _MIN_CONTENT_WORDS and _words(after) >= _words(before) / 3:
        return _after_cue(text, cue, speaker)
    return _before_attribution(text, cue)


def _quoted_before(before: str) -> bool:
    """Whether ``before`` is a quotation closed just before a short attribution."""
    close = max(before.rfind("»"), before.rfind("”"), before.rfind('"'))
    return (
        close >= 0
        and _words(before[:close]) >= _MIN_CONTENT_WORDS
        and _words(before[close + 1 :]) <= _MAX_ATTRIBUTION_WORDS
    )


def _after_cue(text: str, cue: Span, speaker: Span | None) -> Span:
    """Content follows the cue; skip "According to the ministry," style lead-ins."""
    start = cue[1]
    rest = text[start:]
    comma = rest.find(",")
    leading = _words(text[: cue[0]]) <= 1  # "According to ...", "As stated in ..."
    if leading and comma >= 0 and _words(rest[:comma]) <= _MAX_ATTRIBUTION_WORDS:
        start += comma + 1  # "According to the Valdorian Interior Ministry, at least 34 ..."
    elif speaker is not None and speaker[0] >= start and speaker[1] < len(text):
        start = max(start, speaker[1])
    while start < len(text) and text[start] in " ,:":
        start += 1
    if text[start : start + 5].lower() == "that ":
        start += 5  # the cue span from attribution may stop before "that"
    return start, len(text)


def _before_attribution(text: str, cue: Span) -> Span:
    """Content precedes "..., the ministry said": cut at the comma before the speaker."""
    before = text[: cue[0]]
    comma = max(before.rfind(","), before.rfind("»"), before.rfind("”"), before.rfind('"'))
    end = comma if comma >= 0 and _words(before[comma + 1 :]) <= _MAX_ATTRIBUTION_WORDS else len(before)
    if _words(text[:end]) < _MIN_CONTENT_WORDS:
        return 0, len(text)
    return 0, end


def content(text: str, cue: Span | None = None, speaker: Span | None = None) -> str:
    """Return the reported content of ``text`` (see :func:`content_span`)."""
    start, end = content_span(text, cue, speaker)
    return text[start:end].strip(' \t\n"“”«»,')


SNIPPET = 70
"""Characters of a statement an explanation quotes."""


def snippet(text: str, start: int = 0, end: int | None = None, width: int = SNIPPET) -> str:
    """Return a quoted excerpt of ``text`` of about ``width`` characters around ``[start, end)``."""
    end = len(text) if end is None else end
    if len(text) <= width:
        return f"“{text.strip()}”"
    middle = (start + end) // 2
    left = max(0, min(middle - width // 2, len(text) - width))
    cut = text[left : left + width].strip()
    return f"“{'…' if left else ''}{cut}{'…' if left + width < len(text) else ''}”"


def around(text: str, word: str) -> str:
    """Return an excerpt of ``text`` around the first ``word`` (the start when it is absent).

    Either apostrophe matches: the readers report "didn't" for a text that prints "didn’t".
    """
    at = straight_apostrophes(text).lower().find(straight_apostrophes(word).lower()) if word else -1
    return snippet(text, at, at + len(word)) if at >= 0 else snippet(text)
