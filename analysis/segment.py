"""Quote-aware sentence segmentation over an article's prose.

The article is first cut into *blocks*: its paragraphs minus noise spans, further cut at
line breaks that end a line (headings, datelines, list items) but not at line breaks
that merely wrap a sentence. Each block is then cut into sentences. A closed quote is
never cut, so a multi-sentence quote stays one unit; an unclosed quote is only kept
whole when the next block opens with a quotation mark (a quote continued across
paragraphs), so a stray mark cannot swallow a paragraph either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from analysis.attr_lexicon import STATE_ABBREVIATIONS, words
from analysis.model import Article, Span
from analysis.quotes import Quote, find_quotes
from analysis.spans import uncovered

# A possible sentence end: terminal punctuation, closing marks, then space.
_END = re.compile(
    r"(?:[.!?]+|…|\.\.\.)(?:[”’»\"')\]]|'')*(?=\s+(\S))"
)  # group 1: the next word's first character
_BLANK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
_NEWLINE = re.compile(r"\n")
_WORD_BEFORE = re.compile(r"([\w.’'\-]+)[.]$")
_NEXT_WORD = re.compile(r"\s+([\"“‘«„(\[]*)(\w+)")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]$")
_OPENING = '“„«‘‚"`‹(['

# Never a sentence end: titles, months, initials and similar abbreviations.
STRONG_ABBREVIATIONS = words(
    """mr mrs ms mx dr prof gen lt col maj capt cmdr adm sgt cpl pvt brig gov sen rep rev fr sr sra hon
    pres supt insp det amb atty dept univ jan feb mar apr jun jul aug sep sept oct nov dec tues thur
    thurs mt ft vs ave blvd e.g i.e cf al approx ca gov't lt.-gen maj.-gen ret"""
)
# Abbreviations only before a number (No. 5, Vol. 2); elsewhere they end a sentence.
NUMBER_ABBREVIATIONS = words("no nos vol pp fig art sec ch")
# A sentence end only when the next word usually starts a sentence.
WEAK_ABBREVIATIONS = words("inc corp ltd co jr plc llc etc a.m p.m bros st rd")
# US state abbreviations end a sentence ("held in Glendale, Ariz. Organisers …") except
# before a title or office they qualify ("call for Ariz. Gov. Jan Brewer to veto …").
STATE_OFFICES = words("gov sen rep lt atty attorney governor senator mayor state house legislature")
SENTENCE_STARTERS = words(
    """the a an he she it they we i you this that these those there his her its their our but and or so yet
    in on at as after before when while if although though however meanwhile still also then now what
    who why how where mr mrs ms dr"""
)


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of prose: a paragraph (or a line of one) free of noise."""

    start: int
    end: int
    quotes: tuple[Quote, ...]


def _disjoint(spans: tuple[Span, ...]) -> list[Span]:
    """Return the spans sorted, overlapping ones merged.

    Ingest never makes overlapping paragraphs, but a damaged or hand-edited project file
    can hold them; read twice, their text would give two statements with one id.
    """
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _free_ranges(article: Article) -> list[Span]:
    """Return the paragraphs minus the noise spans, in text order."""
    text = article.text
    paragraphs = _disjoint(article.paragraphs) if article.paragraphs else [(0, len(text))]
    noise = sorted((n.start, n.end) for n in article.noise)
    out: list[Span] = []
    for p_start, p_end in paragraphs:
        out.extend(uncovered(max(0, p_start), min(p_end, len(text)), noise))
    return out


def _split_lines(text: str, start: int, end: int) -> list[Span]:
    """Cut a range at blank lines, and at line breaks that end a line."""
    pieces: list[Span] = []
    cursor = start
    for m in _BLANK.finditer(text, start, end):
        pieces.append((cursor, m.start()))
        cursor = m.end()
    pieces.append((cursor, end))
    out: list[Span] = []
    for p_start, p_end in pieces:
        cursor = p_start
        for m in _NEWLINE.finditer(text, p_start, p_end):
            if not _wraps(text, cursor, m.start(), p_end):
                out.append((cursor, m.start()))
                cursor = m.end()
        out.append((cursor, p_end))
    return out


def _wraps(text: str, line_start: int, newline: int, end: int) -> bool:
    """Return whether the line break at ``newline`` only wraps a running sentence."""
    before = text[line_start:newline].rstrip()
    after = text[newline + 1 : end].lstrip()
    if not before or not after:
        return False
    last, first = before[-1], after[0]
    # A wrapped line ends inside a sentence and the next one goes on in lower case.
    return (first.islower() or last in ",;-–—") and last not in ".!?:"


def _trim(text: str, start: int, end: int) -> Span:
    """Shrink a span so that it starts and ends on a non-space character."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def blocks(article: Article) -> list[Block]:
    """Return the article's prose blocks with their quotes.

    Parameters
    ----------
    article : Article
        The loaded article; its paragraphs and noise spans bound the blocks.

    Returns
    -------
    list of Block
        Trimmed, non-empty, in text order, never overlapping a noise span.
    """
    text = article.text
    out: list[Block] = []
    for r_start, r_end in _free_ranges(article):
        for l_start, l_end in _split_lines(text, r_start, r_end):
            start, end = _trim(text, l_start, l_end)
            if start < end:
                out.append(Block(start, end, tuple(find_quotes(text, start, end))))
    return out


_NEXT_INITIAL = re.compile(r"\s+[A-Z]\.\s*[A-Z]")


def _abbreviation_blocks(text: str, dot: int, block_end: int) -> bool:
    """Return whether the period at ``dot`` ends an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 24), dot + 1)
    if m is None:
        return False
    word = m.group(1).lstrip("-’'").lower()
    following = _NEXT_WORD.match(text, dot + 1, block_end)
    next_word = following.group(2).lower() if following else ""
    starts_sentence = next_word in SENTENCE_STARTERS
    if word in STRONG_ABBREVIATIONS:
        return True
    if word in NUMBER_ABBREVIATIONS:
        return next_word[:1].isdigit()
    if word in STATE_ABBREVIATIONS:
        return next_word in STATE_OFFICES
    if word in WEAK_ABBREVIATIONS or _INITIALS.match(word) or (len(word) == 1 and word.isalpha()):
        # "Representative C. A. Dutch Ruppersberger": an initial before another initial
        # ("A." reads as the article "A" otherwise).
        return not starts_sentence or (
            len(word) == 1 and _NEXT_INITIAL.match(text, dot + 1, block_end) is not None
        )
    return False


def _inside(quotes: Sequence[Quote], position: int, continued: bool) -> bool:
    """Return whether ``position`` lies inside a quote that must not be cut."""
    for q in quotes:
        if q.start < position < q.end:
            return q.closed or continued
        if q.start >= position:
            break
    return False


def _spaced_close(text: str, quotes: Sequence[Quote], cut: int) -> int:
    """``… no dairy industry. " The problems …``: a closing mark set off by a space after
    the full stop still ends its quote and the sentence; return the cut after the mark
    (``-1`` when the quote goes on or no capitalised sentence follows)."""
    for q in quotes:
        if q.start < cut < q.end:
            rest = text[q.end :].lstrip()
            if q.closed and not text[cut : q.end - 1].strip() and rest[:1].isupper():
                return q.end
            return -1
    return -1


def sentences(text: str, block: Block, continued: bool = False) -> list[Span]:
    """Cut one block into quote-aware sentence spans.

    Parameters
    ----------
    text : str
        The article text.
    block : Block
        The block to cut.
    continued : bool
        Whether the next block opens with a quotation mark, so an unclosed quote here
        continues there and is kept whole.

    Returns
    -------
    list of Span
        Trimmed spans covering the block's text.
    """
    out: list[Span] = []
    cursor = block.start
    for m in _END.finditer(text, block.start, block.end):
        cut = m.end()
        if m.group(1).islower():  # read in the match: no copy of the rest of the block
            continue
        period = m.group().startswith(".") and not m.group().startswith("...")
        if period and _abbreviation_blocks(text, m.start(), block.end):
            continue
        if _inside(block.quotes, cut, continued):
            cut = _spaced_close(text, block.quotes, cut)
            if cut < 0:
                continue
        span = _trim(text, cursor, cut)
        if span[0] < span[1]:
            out.append(span)
        cursor = cut
    span = _trim(text, cursor, block.end)
    if span[0] < span[1] and out and not any(c.isalnum() for c in text[span[0] : span[1]]):
        out[-1] = (out[-1][0], span[1])  # a stray closing mark ends the sentence before it
    elif span[0] < span[1]:
        out.append(span)
    return out


def _first_quote_closed(text: str, block: Block) -> bool | None:
    """``None`` when the block does not open with a quote, else whether that quote closes."""
    if not opens_with_quote(text, block) or not block.quotes:
        return None
    return block.quotes[0].closed


def settle_quotes(text: str, blocks: list[Block]) -> list[tuple[Block, bool]]:
    """Decide for each block whether its unclosed quote continues in the next block.

    Newspapers continue a quote over paragraphs by opening each one with a mark and
    closing only the last. A run of blocks that open with marks but never close is no
    such quote (stray marks, transcripts): there, and wherever an unclosed quote is not
    continued, the unclosed quote is dropped so it cannot hide the attribution.

    Parameters
    ----------
    text : str
        The article text.
    blocks : list of Block
        The article's blocks in order.

    Returns
    -------
    list of (Block, bool)
        Each block (its quotes settled) and whether its last quote continues.
    """
    out: list[tuple[Block, bool]] = []
    embedded, close_at = 0, 0  # blocks still inside a quote run over unmarked paragraphs
    for i, block in enumerate(blocks):
        if embedded:
            embedded -= 1
            if embedded:
                out.append(
                    (Block(block.start, block.end, (Quote(block.start, block.end, closed=False),)), True)
                )
                continue
            rest = tuple(find_quotes(text, close_at, block.end))
            out.append(
                (Block(block.start, block.end, (Quote(block.start, close_at, closed=True), *rest)), False)
            )
            continue
        if not block.quotes or block.quotes[-1].closed:
            out.append((block, False))
            continue
        embedded, close_at = _unmarked_run(text, blocks, i)
        if embedded:
            out.append((block, True))
            continue
        continued = False
        mark = text[block.quotes[-1].start]
        for nxt in blocks[i + 1 : i + 12]:
            closed = _first_quote_closed(text, nxt)
            if closed is None or text[nxt.start] != mark:
                break
            if closed:
                continued = True
                break
        quotes = block.quotes if continued else block.quotes[:-1]
        out.append((Block(block.start, block.end, quotes), continued))
    return out


_LAST_RUN = 4
_CLOSING = '”"»'
_FIRST_MARK = re.compile(r"[“”\"«»„]")


def _unmarked_run(text: str, blocks: list[Block], i: int) -> tuple[int, int]:
    """How many blocks after ``i`` continue its open quote without opening marks, and
    where in the last of them the quote closes.

    A tweet or a letter quoted over paragraphs sometimes opens once and closes once
    ("tweeted: “I had to fire … || He has pled guilty … || There was nothing to hide!”",
    "“Brett McGurk … in 2015. || Was supposed to leave …,” Trump tweeted."): the run counts
    when the blocks between hold no quotation mark at all and the first mark of the last
    one closes, within a few blocks. ``(0, 0)`` when there is no such run.
    """
    if text[blocks[i].quotes[-1].start] not in '“"«':
        return 0, 0
    for k, nxt in enumerate(blocks[i + 1 : i + 1 + _LAST_RUN], start=1):
        if nxt.quotes or opens_with_quote(text, nxt):
            return 0, 0
        mark = _FIRST_MARK.search(text, nxt.start, nxt.end)
        if mark is None:
            continue
        closes = mark.group() in _CLOSING and (mark.end() == nxt.end or not text[mark.end()].isalnum())
        return (k, mark.end()) if closes else (0, 0)
    return 0, 0


def opens_with_quote(text: str, block: Block) -> bool:
    """Return whether a block starts with an opening quotation mark."""
    return text[block.start] in _OPENING[:-2] or text.startswith("``", block.start)
