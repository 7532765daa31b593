"""Attribution of one statement: who speaks (as written), with which cue, how it is reported.

Patterns, tried for every reporting cue outside quotation marks:

- inverted: ``“…,” said Dr. Lena Moravec`` / ``…, said the ministry``;
- subject: ``Krall warned that …``, ``…, the ministry said.``, ``X, who replaced Y as
  leader, said …`` (the apposition is skipped, so X speaks);
- passive: ``… was confirmed by the ministry``;
- impersonal: ``they stated in the Kremlin``, ``as stated in the Foreign Ministry``;
- participle: ``Trump attacked Clinton, saying …`` (the main clause's subject speaks);
- ``according to X`` (but not ``according to the agreements``) and transcript labels
  (``WALLACE: …``).

The speaker found here is the mention as written, pronouns and role nouns included;
:mod:`analysis.attr_coref` resolves those within the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial

from analysis import attr_np as np_
from analysis import attr_patterns as patterns
from analysis import attr_phrase as loose
from analysis import attr_subject as subjects
from analysis.attr_content import content_of, reported
from analysis.attr_frames import COMMITMENTS as FRAME_COMMITMENTS
from analysis.attr_frames import noun_frame
from analysis.attr_kind import commitment_of, kind_of
from analysis.attr_lexicon import DOCUMENT_NOUNS, NON_AGENT_HEADS, words
from analysis.attr_nouns import is_noun
from analysis.attr_np import Token
from analysis.attr_reports import not_a_report
from analysis.cues import (
    ACCORDING_TO,
    COLON,
    Cue,
    capitalised_cue,
    find_cues,
    is_past_form,
    is_title_case,
    lookup,
)
from analysis.model import Commitment, Kind, Span
from analysis.quotes import Quote
from analysis.spans import uncovered

_TRANSCRIPT = re.compile(r"[\"“]?\s*([A-Z][A-Z.'’\- ]{1,30}[A-Z]|[A-Z]\w+(?: [A-Z][\w.’'-]+){0,3}):\s+\S")
_DASH = re.compile(r"[”\"»’]\s*([―—–])\s*([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4})[\s.,]*")
# Labels before a colon that introduce no speaker.
_NOT_LABELS = words(
    """CLARIFICATION CORRECTION UPDATE NOTE EDITOR'S EDITORS PHOTO WATCH READ MORE RELATED VIDEO"""
) | words(
    """Note Update Editor Photo Source Correction Related Watch Read Video Caption Warning Question Answer
    Q A Transcript Advertisement Listen Subscribe Share Follow Clarification Disclaimer Opinion Analysis
    Breaking Exclusive Live Sources Credit Image Update Updated Also See More Here Today Tomorrow
    Published Posted Filed Dateline Date Time Location Byline Modified Revised Edited"""
)
# First words of a column's heading, no name: "Report Card:", "Fact Check:", "Bottom Line:".
_LABEL_HEADINGS = words(
    "Report Fact Bottom Key Quick Fast Background Reader Readers Top Weekly Daily Morning"
)
# Heads that name a source clearly enough for a belief or a stance (the ministry, a survey).
_LONGEST_HEADLINE = 200  # longer spans are never read as headlines (see cues.is_title_case)
_AFTER_CUE = 120  # characters read after the last cue (a speaker phrase is shorter)
_BEFORE_CUE = 160  # and before the first one (subject, apposition, participle clause)


@dataclass(frozen=True, slots=True)
class Attribution:
    """The attribution found in one statement; spans are article offsets."""

    speaker: Span | None
    cue: Span | None
    cue_text: str
    kind: Kind
    commitment: Commitment
    pattern: str
    score: int = 0
    content: Span | None = None


@dataclass(frozen=True, slots=True)
class _Found:
    speaker: list[Token]
    cue: Span
    cue_text: str
    entry: Cue
    pattern: str
    score: int


def outside(start: int, end: int, quotes: Sequence[Quote]) -> list[Span]:
    """Return the parts of the span ``[start, end)`` that lie outside quotation marks."""
    return uncovered(start, end, _clip(quotes, start, end))


def _clip(quotes: Sequence[Quote], start: int, end: int) -> list[Span]:
    """Return the quote spans that fall in ``[start, end)``, clipped to it."""
    return [(max(q.start, start), min(q.end, end)) for q in quotes if q.start < end and q.end > start]


def _span(tokens: Sequence[Token]) -> Span:
    return tokens[0].start, tokens[-1].end


def _according(text: str, tokens: list[Token], cue: Span) -> _Found | None:
    """``according to X`` at ``cue``: X speaks, unless X is a text of rules."""
    i = patterns.index_at(tokens, cue[1])
    phrase = np_.scan_forward(tokens, i)
    wider = loose.loose_forward(tokens, i)
    end = i + len(wider) if wider else 0
    if wider and (not np_.head_ok(phrase) or (len(wider) > len(phrase) and _closes(tokens, end))):
        # "according to the nonpartisan Congressional Budget Office", "according to exit polls"
        phrase = wider
    if phrase and phrase[-1].lower in DOCUMENT_NOUNS:
        k = i + len(phrase)
        if k + 1 < len(tokens) and tokens[k].lower in {"from", "by", "of"}:
            phrase = [*phrase, tokens[k], *np_.scan_forward(tokens, k + 1)]
    if not np_.head_ok(phrase) or _non_agent(phrase) or loose.implausible_speaker(phrase):
        return None  # "tag photos according to who is in them": a clause, no source
    at_end = i + len(phrase) >= len(tokens) - 1
    return _Found(phrase, cue, text[cue[0] : cue[1]], ACCORDING_TO, "according", 3 if at_end else 2)


def _closes(tokens: list[Token], k: int) -> bool:
    """Whether a phrase ending before ``tokens[k]`` ends its clause (punctuation or the end)."""
    return k >= len(tokens) or not tokens[k].text[:1].isalnum()


_CONTRACTED = words("he she it that there who what where here")


def _possessive(tok: Token) -> bool:
    """``Trump's`` or ``the NRA's``, not the contraction ``He's`` (he is)."""
    return tok.text.endswith(("’s", "'s")) and tok.lower[:-2] not in _CONTRACTED


def _modifies_a_noun(tokens: Sequence[Token], i: int) -> bool:
    """Whether the cue word at ``i`` is a noun or a noun's modifier, no report: after a
    possessive (``Trump's proposed ban``), a possessive and an adverb (``Trump's originally
    proposed figure``) or a ``no`` (``no immediate comments``)."""
    if i < 2:
        return i == 1 and _possessive(tokens[0])
    last, earlier = tokens[i - 1], tokens[i - 2]
    if last.lower == "no" or (earlier.lower == "no" and last.lower != "one"):
        return True  # "no immediate comments"; "No one said" names its speaker
    return _possessive(last) or (last.lower.endswith("ly") and _possessive(earlier))


_BE = frozenset(["is", "are", "was", "were", "been", "be"])
_EXISTENTIAL_REACH = 5


def _existential(tokens: Sequence[Token], phrase: Sequence[Token], i: int) -> bool:
    """``there have been no fatalities confirmed``: the noun before a participle cue is what
    is confirmed, not who confirms (``there were protesters who said`` keeps its speaker)."""
    if not tokens[i].lower.endswith("ed") or not phrase or tokens[i - 1].start != phrase[-1].start:
        return False
    first = patterns.index_at(tokens, phrase[0].start) - 1
    for k in range(first, max(first - _EXISTENTIAL_REACH, 0), -1):
        if tokens[k].lower in _BE:
            return "there" in {tokens[k - 1].lower, tokens[max(k - 2, 0)].lower}
        if not tokens[k].lower.isalpha():
            return False
    return False


def _word_start(text: str, floor: int, at: int) -> int:
    """Move ``at`` back to the start of the word it falls in (never before ``floor``).

    The window read before a cue has a fixed width; cut inside "America's" it made
    "ica's Toughest Sheriff" a speaker.
    """
    while at > floor and not text[at - 1].isspace():
        at -= 1
    return at


def _non_agent(phrase: Sequence[Token]) -> bool:
    """``the agreements reached in Lisk``: a text of rules, not a speaker."""
    return any(t.lower in NON_AGENT_HEADS for t in phrase[-2:]) or phrase[-1].lower in NON_AGENT_HEADS


_RELATIVE_PRONOUNS = words("who which")


def _score(tokens: list[Token], phrase: list[Token], i: int, j: int, pattern: str) -> int:
    """Prefer the attribution that frames the whole statement."""
    if pattern in {"inverted", "passive", "impersonal"}:
        return 3
    k = np_.skip_back(tokens, i)
    if k >= 2 and tokens[k - 1].lower == "to":
        k = np_.skip_back(tokens, k - 2)  # "who plans to support": the relative's verb chain
    if k > 0 and tokens[k - 1].lower in _RELATIVE_PRONOUNS:
        return 1  # "X, who had asked for …, said …": the main clause's cue frames the statement
    first = patterns.index_at(tokens, phrase[0].start)
    before = tokens[first - 1] if first > 0 else None
    if before is not None and before.text in np_.QUOTE_CLOSERS:
        return 3
    if before is not None and before.text == "," and _at_end(tokens, j):
        return 3
    if first == 0 or (before is not None and not before.text[:1].isalnum()):
        return 2
    if first == 1 and before is not None and before.lower in _OPENING_CONJUNCTIONS:
        return 2  # "But Fowler said …": the conjunction links to the sentence before
    return 1


_OPENING_CONJUNCTIONS = frozenset(["but", "and", "yet", "so", "still"])


def _at_end(tokens: list[Token], j: int) -> bool:
    """Whether at most six words and no ``that`` follow ``tokens[j]`` (``…, X said on Friday``)."""
    words = 0
    for k in range(j, len(tokens)):
        t = tokens[k]
        if t.text[:1].isalnum():
            words += 1
            if words > 6 or t.lower == "that":
                return False
    return True


Hit = tuple[int, int, str]


class CueIndex:
    """Every cue of an article, found in one scan and looked up by range.

    Splitting and attribution ask for the cues of each sentence, often twice; one scan of
    the whole text replaces thousands of small ones. A second scan that accepts any case
    tells which sentences hold a capitalised cue word (only those may be headlines in
    title case, "Krall Denies Report", whose cues count).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._hits: dict[bool, tuple[list[Hit], list[int]]] = {}

    def within(self, start: int, end: int, any_case: bool = False) -> list[Hit]:
        """Return the cues lying wholly inside ``[start, end)``, in text order."""
        found = self._hits.get(any_case)
        if found is None:
            hits = find_cues(self.text, 0, len(self.text), any_case)
            found = self._hits[any_case] = (hits, [h[0] for h in hits])
        hits, starts = found
        i = bisect_left(starts, start)
        out: list[Hit] = []
        while i < len(hits) and hits[i][0] < end:
            if hits[i][1] <= end:
                out.append(hits[i])
            i += 1
        return out

    def capitalised(self, start: int, end: int) -> bool:
        """Whether a cue word in ``[start, end)`` is capitalised (``Says``, ``According``)."""
        return any(self.text[h[0]].isupper() for h in self.within(start, end, any_case=True))


def _cue_hits(text: str, regions: Sequence[Span], index: CueIndex | None = None) -> list[Hit]:
    """Every reporting cue outside quotation marks."""
    if not regions:
        return []
    start, end = regions[0][0], regions[-1][1]
    title = (
        end - start <= _LONGEST_HEADLINE
        and capitalised_cue(text, start, end)
        and is_title_case(text, start, end)
    )
    if title or index is None:
        return [hit for r_start, r_end in regions for hit in find_cues(text, r_start, r_end, title)]
    return [hit for r_start, r_end in regions for hit in index.within(r_start, r_end)]


def _speaker_for_cue(
    text: str, tokens: list[Token], i: int, j: int, entry: Cue, form: str
) -> tuple[str, list[Token]] | None:
    """Try the patterns in order for the cue ``tokens[i:j]``; return the first that finds a speaker."""
    subject = cache(partial(subjects.subject, text, tokens, i))  # read once, for two patterns
    finders: tuple[tuple[str, Callable[[], list[Token] | None]], ...] = (
        ("passive", partial(patterns.passive, tokens, i, j)),
        ("impersonal", partial(patterns.impersonal, tokens, i, j)),
        ("inverted", partial(patterns.inverted, tokens, i, j, entry)),
        ("subject", subject),
        ("participle", partial(patterns.participle, tokens, i, form, entry)),
    )
    for pattern, find in finders:
        phrase = find()
        if not phrase or (pattern == "inverted" and loose.implausible_speaker(phrase)):
            continue  # "…,” Sherrill said Wednesday on Twitter": a time, not the speaker after
        if pattern == "inverted" and _named_subject_before(tokens, i, subject):
            continue
        if pattern == "passive" and entry.weak:
            # "has been endorsed by dozens of papers": the agent is named; it need only be a noun.
            if loose.noun_like(np_.head_of(phrase)):
                return pattern, phrase
        elif patterns.weak_ok(entry, tokens, j, phrase):
            return pattern, phrase
    return None


def _named_subject_before(tokens: list[Token], i: int, subject_of: Callable[[], list[Token] | None]) -> bool:
    """Whether a named subject and its apposition stand before the cue (``Byron Dorgan,
    Democrat of North Dakota, said Democrats from rural states would …``): the name
    speaks, and what follows the cue is the content, not an inverted speaker."""
    if i == 0 or tokens[i - 1].text != ",":
        return False
    subject = subject_of()
    if not subject or patterns.index_at(tokens, subject[0].start) != 0:
        return False
    return all(t.text[:1].isupper() or t.text == "." for t in subject)  # a titled name


def _candidates(text: str, tokens: list[Token], hits: Sequence[tuple[int, int, str]]) -> list[_Found]:
    found: list[_Found] = []
    for c_start, c_end, form in hits:
        if form.lower() == "according to":
            according = _according(text, tokens, (c_start, c_end))
            if according is not None:
                found.append(according)
            continue
        entry = lookup(form)
        if entry is None:
            continue
        i, j = patterns.index_at(tokens, c_start), patterns.index_at(tokens, c_end)
        if i >= len(tokens) or tokens[i].start != c_start:
            continue  # the cue is inside a longer token ("d.said", a web address)
        if is_noun(tokens, i) or not_a_report(tokens, i, j, entry):
            continue
        if _modifies_a_noun(tokens, i):
            continue
        matched = _speaker_for_cue(text, tokens, i, j, entry, form)
        if matched is not None and _existential(tokens, matched[1], i):
            continue
        if matched is not None and not loose.implausible_speaker(matched[1]):
            pattern, phrase = matched
            score = _score(tokens, phrase, i, j, pattern) - (2 if entry.weak else 0)
            found.append(_Found(phrase, (c_start, c_end), form, entry, pattern, score))
    return found


def _transcript(text: str, start: int, end: int) -> _Found | None:
    m = _TRANSCRIPT.match(text, start, end)
    # "Last Modified:", "Photo Credit:": a label ending in a label word names no speaker.
    if (
        m is None
        or m.group(1).rsplit(" ", 1)[-1] in _NOT_LABELS
        or m.group(1).split(" ", 1)[0] in _LABEL_HEADINGS
    ):
        return None
    label_start = m.start(1)
    first, _, rest = m.group(1).partition(" ")
    if rest and not first.isupper() and _label_cue(first):
        label_start += len(first) + 1  # "Said Ellis: “…”", "Told Howell: '…'": the name speaks
    label = np_.token(label_start, m.end(1), text[label_start : m.end(1)])
    colon = m.end(1)  # a transcript line is verbatim speech (see attribute: kind direct)
    return _Found([label], (colon, colon + 1), ":", COLON, "transcript", 4)


_OPENING_WORD = re.compile(r"[\"“]?([A-Z][a-z]+) [A-Z]")


def _opens_with_label_cue(text: str, start: int) -> bool:
    """``Said Ellis: “…”`` in the middle of a paragraph: a label as sure as at its start."""
    m = _OPENING_WORD.match(text, start)
    return m is not None and _label_cue(m.group(1))


def _label_cue(word: str) -> bool:
    """Whether a capitalised first word reports the label after it: a cue that inverts
    (``Said``, ``Says``) or any cue in the past (``Told``, ``Wrote``), not a noun (``Report``)."""
    entry = lookup(word)
    return entry is not None and (entry.inverts or is_past_form(word.lower()))


def _noun_frame(text: str, start: int, end: int) -> tuple[_Found | None, Span | None]:
    """``In Krall's words, …``, ``Krall's view is that …``: a noun frames the statement."""
    found = noun_frame(text, start, end)
    if found is None:
        return None, None
    (s_start, s_end), (c_start, c_end), (t_start, t_end) = found
    noun = text[c_start:c_end].split()[-1].rstrip(",").lower()
    entry = Cue(noun, FRAME_COMMITMENTS.get(noun, Commitment.NEUTRAL))
    speaker = np_.token(s_start, s_end, text[s_start:s_end])
    frame = _Found([speaker], (c_start, c_end), text[c_start:c_end].rstrip(", "), entry, "noun", 2)
    return frame, (t_start, t_end)


def _dash(text: str, start: int, end: int) -> _Found | None:
    """``“…” ― Carla Sanchez``: a quote signed with a dash and a name."""
    m = _DASH.search(text, start, end)
    if m is None or m.end() != end:
        return None
    label = np_.token(m.start(2), m.end(2), m.group(2))
    return _Found([label], (m.start(1), m.end(1)), m.group(1), COLON, "dash", 4)


def attribute(
    text: str,
    start: int,
    end: int,
    quotes: Sequence[Quote],
    block_start: bool = False,
    cues: CueIndex | None = None,
) -> Attribution:
    """Attribute the statement ``text[start:end]``.

    Parameters
    ----------
    text : str
        The article text.
    start, end : int
        The statement span.
    quotes : sequence of Quote
        The quotes of the statement's block.
    block_start : bool
        Whether the statement opens its block (transcript labels only count there).
    cues : CueIndex, optional
        The article's cues, found once (by default the statement is scanned).

    Returns
    -------
    Attribution
        ``pattern == "none"`` and kind narrative when no attribution was found.
    """
    spans = _clip(quotes, start, end)
    regions = uncovered(start, end, spans)
    hits = _cue_hits(text, regions, cues)
    found: list[_Found] = []
    if hits:
        # Tokens only where a cue could be: most sentences are the outlet's own voice.
        # Speakers stand before their cue or a few words after it: no need to read further.
        window = min(end, max(h[1] for h in hits) + _AFTER_CUE)
        first = max(start, min(h[0] for h in hits) - _BEFORE_CUE)
        if first > start:
            first = _word_start(text, start, first)
            # Cut inside a quote, the window starts at its closing mark (which tells the
            # patterns that a quote ends there), as it would with the whole quote in it.
            first = max([first, *(q_end - 1 for q_start, q_end in spans if q_start < first < q_end - 1)])
        inside = [(max(q_start, first), min(q_end, window)) for q_start, q_end in spans if q_start < window]
        inside = [q for q in inside if q[0] < q[1]]
        found = _candidates(text, np_.tokenize(text, first, window, inside), hits)
    framed = _noun_frame(text, start, end)
    for label in (_transcript(text, start, end) if block_start else None, _dash(text, start, end), framed[0]):
        if label is not None:
            found.append(label)
    if not found:
        kind = Kind.DIRECT if spans and spans[0][0] <= start and spans[-1][1] >= end else Kind.NARRATIVE
        return Attribution(None, None, "", kind, commitment_of(text, regions, None), "none")
    best = max(found, key=lambda f: (f.score, -f.cue[0]))
    speaker = _span(best.speaker)
    verbatim = best.pattern in {"transcript", "dash"}
    kind = Kind.DIRECT if verbatim else kind_of(text, start, end, spans, regions, speaker, best.cue)
    commitment = commitment_of(text, regions, best.entry)
    if best.pattern == "noun" and framed[1] is not None:
        content = reported(text, *framed[1])
    else:
        content = content_of(text, start, end, speaker, best.cue, best.pattern)
    return Attribution(speaker, best.cue, best.cue_text, kind, commitment, best.pattern, best.score, content)


class Memo:
    """Attribute spans of one article, each span once (splitting and extraction share it)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cues = CueIndex(text)
        self._found: dict[tuple[int, int, bool], Attribution] = {}

    def __call__(
        self, start: int, end: int, quotes: Sequence[Quote], block_start: bool = False
    ) -> Attribution:
        """Return :func:`attribute` of ``text[start:end]``, computed once."""
        # A block's first statement differs only when it opens with a transcript label:
        # splitting (which never asks about labels) and extraction then share one result.
        opens = block_start or _opens_with_label_cue(self.text, start)
        labelled = opens and _transcript(self.text, start, end) is not None
        key = (start, end, labelled)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = attribute(self.text, start, end, quotes, labelled, self.cues)
        return found
