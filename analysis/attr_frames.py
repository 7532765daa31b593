"""Attributions framed by a noun rather than a verb.

``In Krall's words, the bridge is safe``, ``In the words of the mayor, …``, ``Krall's
view is that the bridge is safe`` and ``Krall put it bluntly in an email: “…”`` report the
source's words as surely as ``Krall said``,
but no reporting verb names them. Only frames that govern the whole statement count:
``Krall's claim that the bridge is safe was false`` is the outlet's verdict on a claim,
not Krall speaking, and stays narrative.
"""

from __future__ import annotations

import re

from analysis.cues import find_cues
from analysis.model import Commitment, Span

_NAME = r"[A-Z][\w.’'\-]*(?:\s+(?:[A-Z][\w.’'\-]*|of|the|de|van|von|al|bin))*"
_ROLE = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*"
_SOURCE = rf"(?P<source>{_NAME}|{_ROLE})"
_IN_WORDS = re.compile(
    rf"In\s+(?:{_SOURCE}[’']s?\s+(?:own\s+)?words|the\s+(?:own\s+)?words\s+of\s+(?P<source2>{_NAME}|{_ROLE})),\s+"
)
_STANCE_NOUNS = (
    "view|position|argument|contention|belief|assessment|message|point|conclusion|verdict|"
    "explanation|answer|response|reply|promise|pledge|hope|fear|worry|concern|complaint|claim|"
    "case|stance|advice|warning|defense|defence"
)
_VIEW_IS = re.compile(
    rf"{_SOURCE}[’']s?\s+(?P<cue>{_STANCE_NOUNS})\s+(?:is|was|has\s+been|remains)\s+(?:that\s+)?"
)


# "A top Senate aide put the prospects bluntly in an email to HuffPost: “…”": the medium
# named before a colon and a quote frames the quote as the subject's words.
_OPENING = r"[“\"«‘]"
_MEDIUM_COLON = re.compile(
    rf"(?P<source>(?:[Tt]he|[Aa]n?)\s+(?:[\w\-’']+\s+){{0,4}}[a-z][\w\-]*|{_NAME}),?\s+[^.:;!?“”\"]{{0,120}}?"
    rf"\b(?P<cue>in\s+(?:an?|his|her|their|its)\s+(?:e-?mail|statement|interview|letter|tweet|post|"
    rf"message|text\s+message|op-ed|column))\b[^:.;“”\"]{{0,60}}:\s*(?={_OPENING})"
)

# "The Democratic National Committee issued a brief statement shortly after Rubio's speech:"
# introduces the statement quoted after the colon (here or in the next paragraph).
_ISSUED_COLON = re.compile(
    rf"(?P<source>{_NAME}|(?:[Tt]he|[Aa]n?)\s+(?:[\w\-’']+\s+){{0,4}}[a-z][\w\-]*)\s+(?:(?:also|later|then)\s+)?"
    rf"(?P<cue>(?:issued|released|put\s+out|posted|published|sent\s+out)\s+(?:an?|the|its|his|her|their)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}?(?:statement|message|response|reply|note|letter|tweet|post))\b"
    rf"[^:.;“”\"]{{0,120}}:\s*(?:$|(?={_OPENING}))"
)

# How each stance noun frames what it reports (the default is neutral).
COMMITMENTS = {
    "claim": Commitment.DISTANCING, "contention": Commitment.DISTANCING, "promise": Commitment.EMPHATIC,
    "pledge": Commitment.EMPHATIC, "warning": Commitment.CONDITIONAL,
}  # fmt: skip


def noun_frame(text: str, start: int, end: int) -> tuple[Span, Span, Span] | None:
    """Return ``(speaker, cue, content)`` of a statement opened by a noun frame, if any.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The statement span.

    Returns
    -------
    tuple of Span or None
        The source phrase, the frame (``In … words`` or the stance noun) and the words
        after it; ``None`` when the statement opens with no such frame.
    """
    if "words" in text[start : min(end, start + 80)]:
        m = _IN_WORDS.match(text, start, end)
        if m is not None:
            group = "source" if m.group("source") else "source2"
            return (m.start(group), m.end(group)), (m.start(), m.end()), (m.end(), end)
    if ":" in text[start:end]:
        m = _MEDIUM_COLON.match(text, start, end)
        # Not when a verb frames it already ("… said in a statement: “…”").
        if m is not None and not find_cues(text, m.end("source"), m.start("cue")):
            return (m.start("source"), m.end("source")), (m.start("cue"), m.end("cue")), (m.end(), end)
        m = _ISSUED_COLON.match(text, start, end)
        # Not when a verb frames the quote ("… released a statement late Tuesday saying: “…”").
        if m is not None and not find_cues(text, m.end("cue"), m.end()):
            return (m.start("source"), m.end("source")), (m.start("cue"), m.end("cue")), (m.end(), end)
    head = text[start : min(end, start + 80)]
    if "’s " not in head and "'s " not in head:
        return None
    m = _VIEW_IS.match(text, start, end)
    if m is None:
        return None
    return (m.start("source"), m.end("source")), (m.start("cue"), m.end("cue")), (m.end(), end)
