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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from analysis import attr_np as np_
from analysis.attr_acronyms import long_form
from analysis.attr_kind import commitment_of, kind_of
from analysis.attr_lexicon import DOCUMENT_NOUNS, INSTITUTION_HEADS, NON_AGENT_HEADS, ROLE_NOUNS, words
from analysis.attr_np import Token
from analysis.cues import (
    ACCORDING_TO,
    COLON,
    STANCE_LEMMAS,
    Cue,
    find_cues,
    is_title_case,
    lookup,
)
from analysis.model import Commitment, Kind, Span
from analysis.quotes import Quote

_TRANSCRIPT = re.compile(r"[\"“]?\s*([A-Z][A-Z.'’\- ]{1,30}[A-Z]|[A-Z]\w+(?: [A-Z][\w.’'-]+){0,3}):\s+\S")
_DASH = re.compile(r"[”\"»’]\s*([―—–])\s*([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,4})[\s.,]*")
# Labels before a colon that introduce no speaker.
_NOT_LABELS = words(
    """CLARIFICATION CORRECTION UPDATE NOTE EDITOR'S EDITORS PHOTO WATCH READ MORE RELATED VIDEO"""
) | words(
    """Note Update Editor Photo Source Correction Related Watch Read Video Caption Warning Question Answer
    Q A Transcript Advertisement Listen Subscribe Share Follow Clarification Disclaimer Opinion Analysis
    Breaking Exclusive Live Sources Credit Image Update Updated Also See More Here Today Tomorrow"""
)
_ADJUNCTS = words("in on at during after before when while who as adding according from of")
# Heads that name a source clearly enough for a belief or a stance (the ministry, a survey).
_CLEAR_HEADS = np_.PRONOUNS | DOCUMENT_NOUNS | ROLE_NOUNS | INSTITUTION_HEADS
_AFTER_CUE = 160  # characters read after the last cue (a speaker phrase is shorter)
_BEFORE_CUE = 320  # and before the first one (subject, apposition, participle clause)
_MODALS = words("could would may might should can must will shall 'd ’d 'll ’ll")
_IDIOM_BEFORE = words("having needless suffice that so")  # having said that, needless to say
_NOUN_MARKERS = words("the a an his her its their our my your these those this that such new recent latest")
_PROGRESSIVE = words("is are was were been be am 's ’s")
_PASSIVE_AUX = words("was were been is are be being")
_QUOTE_CLOSERS = frozenset("”»’\"'›")
_TO_COMPLEMENT = words("want plan intend hope expect decline refuse pledge to insist on")
_CLAUSE_STARTERS = words("that he she it they we i there this these those the a an his her its their")


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
    return _outside(start, end, _clip(quotes, start, end))


def _clip(quotes: Sequence[Quote], start: int, end: int) -> list[Span]:
    """Return the quote spans that fall in ``[start, end)``, clipped to it."""
    return [(max(q.start, start), min(q.end, end)) for q in quotes if q.start < end and q.end > start]


def _outside(start: int, end: int, quotes: Sequence[Span]) -> list[Span]:
    """Return the parts of ``[start, end)`` outside the quote spans."""
    out: list[Span] = []
    cursor = start
    for q_start, q_end in quotes:
        if q_start > cursor:
            out.append((cursor, q_start))
        cursor = max(cursor, q_end)
    if cursor < end:
        out.append((cursor, end))
    return out


def _index_at(tokens: Sequence[Token], offset: int) -> int:
    """Return the index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _span(tokens: Sequence[Token]) -> Span:
    return tokens[0].start, tokens[-1].end


def _prev_word(tokens: Sequence[Token], i: int) -> Token | None:
    j = np_.skip_back(list(tokens), i)
    return tokens[j - 1] if j > 0 else None


def _according(text: str, tokens: list[Token], cue: Span) -> _Found | None:
    """``according to X`` at ``cue``: X speaks, unless X is a text of rules."""
    i = _index_at(tokens, cue[1])
    phrase = np_.scan_forward(tokens, i)
    if phrase and phrase[-1].lower in DOCUMENT_NOUNS:
        k = i + len(phrase)
        if k + 1 < len(tokens) and tokens[k].lower in {"from", "by", "of"}:
            phrase = [*phrase, tokens[k], *np_.scan_forward(tokens, k + 1)]
    if not np_.head_ok(phrase) or _non_agent(phrase):
        return None
    at_end = i + len(phrase) >= len(tokens) - 1
    return _Found(phrase, cue, text[cue[0] : cue[1]], ACCORDING_TO, "according", 3 if at_end else 2)


def _non_agent(phrase: Sequence[Token]) -> bool:
    """``the agreements reached in Lisk``: a text of rules, not a speaker."""
    return any(t.lower in NON_AGENT_HEADS for t in phrase[-2:]) or phrase[-1].lower in NON_AGENT_HEADS


def _weak_ok(entry: Cue, tokens: Sequence[Token], after: int, speaker: Sequence[Token]) -> bool:
    """A belief or finding counts only with a clear source and a clause after it."""
    if not entry.weak:
        return True
    nxt = tokens[after].lower if after < len(tokens) else ""
    if entry.lemma in _TO_COMPLEMENT:
        return nxt == "to" or (nxt == "that" and entry.lemma in {"hope", "expect"})
    head = np_.head_of(list(speaker))
    clear = head.text[:1].isupper() or head.lower in _CLEAR_HEADS
    if entry.lemma in STANCE_LEMMAS:
        # "Trump attacked Clinton", not "a group called …" or "was called".
        before = tokens[after - 2].lower if after >= 2 else ""
        return (
            clear and nxt not in {"", "by", "to", "off"} and before not in {"so", "was", "were", "is", "be"}
        )
    starts_clause = nxt in _CLAUSE_STARTERS or (after < len(tokens) and tokens[after].text[:1].isupper())
    first = _index_at(tokens, speaker[0].start)
    # "…, an analysis of the filings shows." (not "… on his radio show.")
    closing = nxt in {"", ".", ",", ";"} and first > 0 and tokens[first - 1].text == ","
    return clear and (starts_clause or closing)


def _inverted(tokens: list[Token], i: int, j: int, entry: Cue) -> list[Token] | None:
    """``“…,” said Krall`` / ``…, said the ministry``: the speaker follows the cue."""
    if not entry.inverts or tokens[i].lower.endswith("ing"):
        return None
    prev = _prev_word(tokens, i)
    if prev is not None and prev.text not in {","} and prev.text not in _QUOTE_CLOSERS:
        return None
    k = j
    while k < len(tokens) and tokens[k].lower in np_.SKIPPABLE:
        k += 1
    phrase = np_.scan_forward(tokens, k)
    if not phrase or phrase[0].lower in {"that", "it"} | np_.LINKS or not np_.head_ok(phrase, strict=True):
        return None
    after = k + len(phrase)
    # "…, said the army had …" is no inversion: a verb follows the phrase.
    if after < len(tokens) and tokens[after].text[:1].isalnum() and tokens[after].lower not in _ADJUNCTS:
        return None
    return phrase


def _passive(tokens: list[Token], i: int, j: int) -> list[Token] | None:
    """``was (first) confirmed by the ministry``."""
    if j >= len(tokens) or tokens[j].lower != "by":
        return None
    k = i - 1
    while (
        k >= 0
        and tokens[k].lower not in _PASSIVE_AUX
        and (tokens[k].lower.endswith("ly") or tokens[k].lower in np_.SKIPPABLE)
    ):
        k -= 1
    if k < 0 or tokens[k].lower not in _PASSIVE_AUX:
        return None
    phrase = np_.scan_forward(tokens, j + 1)
    return phrase if np_.head_ok(phrase) else None


def _impersonal(tokens: list[Token], i: int, j: int) -> list[Token] | None:
    """``they stated in the Kremlin``, ``as stated in the Foreign Ministry``."""
    if j >= len(tokens) or tokens[j].lower != "in":
        return None
    prev = _prev_word(tokens, i)
    if (
        prev is not None
        and prev.lower not in {"they", "it", "as", ",", "was", "is", "were"}
        and prev.text[:1].isalnum()
    ):
        return None
    phrase = np_.scan_forward(tokens, j + 1)
    if not phrase or phrase[-1].lower not in INSTITUTION_HEADS:
        return None
    return phrase


def _appositive_subject(tokens: list[Token], comma: int) -> list[Token] | None:
    """``X, who replaced Y as leader, said``: skip back over the comma-enclosed clause.

    ``The state's campaign chairman, Phil Lovas, said``: when the enclosed part is the
    name of the role before it, the name speaks.
    """
    for k in range(comma - 1, max(-1, comma - 40), -1):
        tok = tokens[k]
        if tok.text in {".", ";", ":"} or tok.text in _QUOTE_CLOSERS or tok.text in {"“", "«", "„"}:
            return None
        if tok.text == "," and k + 1 < comma:
            inner = tokens[k + 1 : comma]
            before = np_.scan_back(tokens, k)
            if _is_name(inner) and np_.head_ok(before) and not before[-1].text[:1].isupper():
                return inner
            first = inner[0]
            if first.lower in {
                "who",
                "which",
                "whose",
                "a",
                "an",
                "the",
                "now",
                "then",
                "himself",
                "herself",
            } or (first.lower.endswith("ing") or first.text[:1].isdigit() or first.lower in np_.NP_WORDS):
                return before if np_.head_ok(before) else None
            return None
    return None


def _is_name(tokens: Sequence[Token]) -> bool:
    """A short run of capitalised words (with initials): ``Phil Lovas``, ``G.K. Butterfield``."""
    return 0 < len(tokens) <= 5 and all(t.text[:1].isupper() or t.text == "." for t in tokens)


def _subject(text: str, tokens: list[Token], i: int) -> list[Token] | None:
    """The phrase right before the cue (after auxiliaries and adverbs)."""
    e = np_.skip_back(tokens, i)
    if e == 0:
        return None
    if tokens[e - 1].text == ")" and e >= 3 and tokens[e - 3].text == "(" and tokens[e - 2].text.isupper():
        # "the Center for reconciliation of the warring parties in Syria (CPVS) said"
        span = long_form(text, tokens[e - 3].start, floor=tokens[0].start)
        if span is not None:
            return [np_.token(span[0], tokens[e - 1].end, text[span[0] : tokens[e - 1].end])]
    if tokens[i].lower.endswith("ing") and not (e < i and tokens[e].lower in _PROGRESSIVE):
        return None  # a participle has no subject of its own (see _participle)
    if tokens[e - 1].text == ",":
        return _appositive_subject(tokens, e - 1)
    phrase = np_.scan_back(tokens, e)
    if len(phrase) == 1 and phrase[0].text[:1].isupper():
        longer = _proper_name_with_lowercase(text, tokens, phrase[0])
        if longer is not None:
            return longer
    return phrase if np_.head_ok(phrase) else None


def _proper_name_with_lowercase(text: str, tokens: list[Token], last: Token) -> list[Token] | None:
    """``the Center for reconciliation of the warring parties in Syria said``: an organisation's
    name with lower-case words, recognised by its capitalised head word before ``for``/``of``."""
    k = _index_at(tokens, last.start)
    if k == 0 or tokens[k - 1].lower not in np_.LINKS:
        return None
    span = long_form(text, last.end, floor=tokens[0].start)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    heads = [w for w in words[:4] if w[:1].isupper() and w.lower() in INSTITUTION_HEADS]
    if not heads or len(words) < 3:
        return None
    return [np_.token(span[0], last.end, text[span[0] : last.end])]


def _participle(tokens: list[Token], i: int, form: str, entry: Cue) -> list[Token] | None:
    """``Trump attacked Clinton, saying …``: the main clause's subject speaks.

    The subject is the last phrase before the cue that opens a clause (at the start or
    after a comma) and is followed by a verb: in ``Asked whether …, Mr. Santorum did not
    back down, saying …`` that is ``Mr. Santorum``.
    """
    if not form.lower().endswith("ing") or i == 0:
        return None
    prev = np_.skip_back(tokens, i)
    if prev < i and tokens[prev].lower in _PROGRESSIVE:
        return None  # "Trump is saying": an ordinary subject
    if tokens[i - 1].text != "," and entry.weak and entry.lemma not in STANCE_LEMMAS:
        return None  # "anyone wanting to learn": a belief or wish needs the comma
    best: list[Token] | None = None
    starts = [0] + [k + 1 for k in range(i - 1) if tokens[k].text == ","]
    for k in starts:
        while k < i and not tokens[k].text[:1].isalnum():
            k += 1
        phrase = np_.scan_forward(tokens, k)
        phrase = np_.strip_leading(phrase)
        end = k + len(phrase)
        if phrase and np_.head_ok(phrase) and len(phrase) < 8 and end < i and tokens[end].text[:1].isalpha():
            best = phrase
    return best


def _not_a_report(tokens: Sequence[Token], i: int, j: int, entry: Cue) -> bool:
    """Cue words that report nothing here.

    ``could deny`` (a modal: nothing was said), ``is expected to`` (nobody expects),
    ``having said that`` / ``needless to say`` (idioms), ``contributed reporting`` /
    ``reported from`` (credit lines), ``added a note`` (adding a thing, not words).
    """
    k = i - 1
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in {"not", "also", "never", "n't"}):
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    after = tokens[j].lower if j < len(tokens) else ""
    if before in _MODALS or (i > 0 and tokens[i - 1].lower in _IDIOM_BEFORE):
        return True
    if entry.weak and before in _PASSIVE_AUX and not tokens[i].lower.endswith("ing"):
        return True  # "is expected to": nobody in particular expects
    if entry.lemma == "report" and (before == "contributed" or after == "from"):
        return True
    return entry.lemma == "add" and after in {"a", "an", "the", "to", "up", "its", "his", "her", "their"}


def _is_noun(tokens: Sequence[Token], i: int) -> bool:
    """``the reports``, ``Tlaib’s remarks``, ``his claims``: a plural noun, not a verb."""
    form = tokens[i].lower
    if not form.endswith("s") or form == "says" or i == 0:
        return False
    prev = tokens[i - 1].lower
    return prev in _NOUN_MARKERS or prev.endswith(("’s", "'s", "s’"))


def _score(tokens: list[Token], phrase: list[Token], i: int, j: int, pattern: str) -> int:
    """Prefer the attribution that frames the whole statement."""
    if pattern in {"inverted", "passive", "impersonal"}:
        return 3
    first = _index_at(tokens, phrase[0].start)
    before = tokens[first - 1] if first > 0 else None
    after_quote = before is not None and before.text in _QUOTE_CLOSERS
    tail = [t for t in tokens[j:] if t.text[:1].isalnum()]
    at_end = len(tail) <= 6 and not any(t.lower == "that" for t in tail)
    if after_quote or (before is not None and before.text == "," and at_end):
        return 3
    if first == 0 or (before is not None and not before.text[:1].isalnum()):
        return 2
    return 1


def _cue_hits(text: str, regions: Sequence[Span]) -> list[tuple[int, int, str]]:
    """Every reporting cue outside quotation marks."""
    title = bool(regions) and is_title_case(text, regions[0][0], regions[-1][1])
    return [hit for r_start, r_end in regions for hit in find_cues(text, r_start, r_end, title)]


def _speaker_for_cue(
    text: str, tokens: list[Token], i: int, j: int, entry: Cue, form: str
) -> tuple[str, list[Token]] | None:
    """Try the patterns in order for the cue ``tokens[i:j]``; return the first that finds a speaker."""
    finders: tuple[tuple[str, Callable[[], list[Token] | None]], ...] = (
        ("passive", partial(_passive, tokens, i, j)),
        ("impersonal", partial(_impersonal, tokens, i, j)),
        ("inverted", partial(_inverted, tokens, i, j, entry)),
        ("subject", partial(_subject, text, tokens, i)),
        ("participle", partial(_participle, tokens, i, form, entry)),
    )
    for pattern, find in finders:
        phrase = find()
        if phrase and _weak_ok(entry, tokens, j, phrase):
            return pattern, phrase
    return None


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
        i, j = _index_at(tokens, c_start), _index_at(tokens, c_end)
        if _is_noun(tokens, i) or _not_a_report(tokens, i, j, entry):
            continue
        matched = _speaker_for_cue(text, tokens, i, j, entry, form)
        if matched is not None:
            pattern, phrase = matched
            score = _score(tokens, phrase, i, j, pattern) - (2 if entry.weak else 0)
            found.append(_Found(phrase, (c_start, c_end), form, entry, pattern, score))
    return found


def _transcript(text: str, start: int, end: int) -> _Found | None:
    m = _TRANSCRIPT.match(text, start, end)
    if m is None or m.group(1) in _NOT_LABELS:
        return None
    label = np_.token(m.start(1), m.end(1), m.group(1))
    colon = m.end(1)  # a transcript line is verbatim speech (see attribute: kind direct)
    return _Found([label], (colon, colon + 1), ":", COLON, "transcript", 4)


def _dash(text: str, start: int, end: int) -> _Found | None:
    """``“…” ― Carla Sanchez``: a quote signed with a dash and a name."""
    m = _DASH.search(text, start, end)
    if m is None or m.end() != end:
        return None
    label = np_.token(m.start(2), m.end(2), m.group(2))
    return _Found([label], (m.start(1), m.end(1)), m.group(1), COLON, "dash", 4)


def attribute(
    text: str, start: int, end: int, quotes: Sequence[Quote], block_start: bool = False
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

    Returns
    -------
    Attribution
        ``pattern == "none"`` and kind narrative when no attribution was found.
    """
    spans = _clip(quotes, start, end)
    regions = _outside(start, end, spans)
    hits = _cue_hits(text, regions)
    found: list[_Found] = []
    if hits:
        # Tokens only where a cue could be: most sentences are the outlet's own voice.
        # Speakers stand before their cue or a few words after it: no need to read further.
        window = min(end, max(h[1] for h in hits) + _AFTER_CUE)
        first = max(start, min(h[0] for h in hits) - _BEFORE_CUE)
        if first > start:
            first = max([first, *(q_end for q_start, q_end in spans if q_start < first < q_end)])
        inside = [(max(q_start, first), min(q_end, window)) for q_start, q_end in spans if q_start < window]
        inside = [q for q in inside if q[0] < q[1]]
        found = _candidates(text, np_.tokenize(text, first, window, inside), hits)
    for label in (_transcript(text, start, end) if block_start else None, _dash(text, start, end)):
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
    return Attribution(speaker, best.cue, best.cue_text, kind, commitment, best.pattern, best.score)


class Memo:
    """Attribute spans of one article, each span once (splitting and extraction share it)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[tuple[int, int, bool], Attribution] = {}

    def __call__(
        self, start: int, end: int, quotes: Sequence[Quote], block_start: bool = False
    ) -> Attribution:
        """Return :func:`attribute` of ``text[start:end]``, computed once."""
        key = (start, end, block_start)
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = attribute(self.text, start, end, quotes, block_start)
        return found
