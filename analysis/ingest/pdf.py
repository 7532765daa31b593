"""PDF documents: the text layer, page by page, re-flowed into paragraphs.

pypdf gives lines; running headers, footers and page numbers repeat on most pages and
are dropped; lines are joined into paragraphs where a line ends short of the column or
at a blank line; words hyphenated at a line end are mended. A PDF without a text layer
(a scan) is refused with a message that says to OCR it first.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from typing import Any, NamedTuple

from analysis.ingest.blocks import Block, Extracted, Meta, Tag
from analysis.ingest.clean import clean, squash
from analysis.ingest.errors import LoadFailure
from analysis.ingest.limits import DEFAULT, Deadline, Limits
from analysis.ingest.text import reflow

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # repair notes on damaged files; we report our own

_PAGE_NUMBER = re.compile(
    r"^\s*(page|p\.|стр\.|sayfa|seite)?\s*\d{1,4}(\s*(of|/|из|von)\s*\d{1,4})?\s*$", re.I
)
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*$")
_BULLET = re.compile(r"^\s*([-•*–]|\d{1,3}[.)])\s+")
_JUNK_TITLE = re.compile(r"^(untitled|microsoft word|document\d*|title)\b|\.(docx?|pdf|indd|tex)$", re.I)


def _open(data: bytes) -> Any:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadFailure("This PDF is password-protected; save an unprotected copy and load that.")
        len(reader.pages)  # forces the page tree: a damaged file fails here, not later
    except LoadFailure:
        raise
    except DependencyError:
        raise LoadFailure(
            "This PDF is encrypted with AES; reading it needs the 'cryptography' package. "
            "Save an unprotected copy and load that."
        ) from None
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
    ) as exc:
        raise LoadFailure(f"The PDF is damaged and could not be read ({type(exc).__name__}).") from None
    except Exception as exc:  # pypdf raises many ad-hoc errors on corrupt input; all mean "damaged"
        raise LoadFailure(f"The PDF is damaged and could not be read ({type(exc).__name__}).") from None
    return reader


class Line(NamedTuple):
    """A text line with the height it starts at and its font size, when known."""

    text: str
    y: float | None = None
    size: float = 0.0


def _lines_of(page: Any) -> list[Line]:
    """Return the text lines of a page with their heights and font sizes.

    The visitor sees the same text pypdf outputs, piece by piece, with the text matrix;
    heights let us find paragraph breaks as larger vertical gaps between lines.
    """
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text:
            y = float(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            pieces.append((text, y, abs(float(size or 0) * float(tm[3] or 1) * float(cm[3] or 1))))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # one unreadable page (bad font, broken stream) must not lose the others
        return []
    lines: list[Line] = []
    current, start = "", None
    for text, y, size in pieces:
        for number, part in enumerate(clean(text).split("\n")):
            if number:
                lines.append(Line(current.rstrip(), *(start or (None, 0.0))))
                current, start = "", None
            if part.strip() and start is None:
                start = (y, size)
            current += part
    if current.strip():
        lines.append(Line(current.rstrip(), *(start or (None, 0.0))))
    return lines


def _page_lines(reader: Any, limits: Limits, deadline: Deadline) -> list[list[Line]]:
    pages: list[list[Line]] = []
    for number, page in enumerate(reader.pages):
        if number >= limits.max_pages:
            break
        deadline.check()
        pages.append(_lines_of(page))
    return pages


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", line.strip())


def _drop_furniture(pages: list[list[Line]]) -> list[list[Line]]:
    """Remove page numbers and running heads/feet repeated on most pages."""
    edges: Counter[str] = Counter()
    for lines in pages:
        content = [line.text for line in lines if line.text.strip()]
        edges.update({_key(x) for x in content[:2] + content[-2:]})
    repeated = {x for x, n in edges.items() if n >= max(2, 0.5 * len(pages))}
    return [
        [x for x in lines if not _PAGE_NUMBER.match(x.text) and _key(x.text) not in repeated]
        for lines in pages
    ]


def _gap_breaks(lines: list[Line]) -> set[int]:
    """Return indexes of lines that start a paragraph because of a wider gap above them."""
    gaps = []
    for index in range(1, len(lines)):
        above, here = lines[index - 1].y, lines[index].y
        if above is not None and here is not None:
            gaps.append((index, above - here))
    steps = Counter(round(g * 2) / 2 for _, g in gaps if g > 0.5)
    if not steps:
        return set()
    # The line spacing is the smallest step that recurs: paragraph gaps are wider, and
    # in a text of one-line paragraphs they may even be the commonest step.
    usual = min((step for step, n in steps.items() if n >= 2), default=min(steps))
    breaks = {index for index, gap in gaps if gap > 1.3 * usual or gap < -0.5}  # wider, or a new column
    for index, gap in gaps:
        prev, line = lines[index - 1], lines[index]
        if prev.size and line.size and not 0.8 < prev.size / line.size < 1.25:
            breaks.add(index)  # a change of type size: a heading, a caption
        elif gap > 1.6 * (prev.size or gap) and _SENTENCE_END.search(prev.text):
            breaks.add(index)  # one-line paragraphs: the step is far wider than the leading (~1.2 em)
    return breaks


def paragraphs(lines: list[Line]) -> list[str]:
    """Group text lines into paragraphs: a wider gap, a blank line, a bullet or a short last line ends one."""
    texts = [line.text for line in lines]
    lengths = sorted(len(x) for x in texts if x.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    breaks = _gap_breaks(lines)
    result: list[str] = []
    current: list[str] = []
    for index, line in enumerate(texts):
        starts = not line.strip() or index in breaks or (_BULLET.match(line) is not None)
        if starts and current:
            result.append(reflow(current))
            current = []
        if not line.strip():
            continue
        current.append(line)
        if len(line.strip()) < 0.75 * width and _SENTENCE_END.search(line):
            result.append(reflow(current))
            current = []
    if current:
        result.append(reflow(current))
    return result


def _join_pages(pages: list[list[str]]) -> list[str]:
    """Concatenate per-page paragraphs, re-joining one that runs over a page break."""
    result: list[str] = []
    for page in pages:
        for number, paragraph in enumerate(page):
            runs_on = (
                number == 0 and result and not _SENTENCE_END.search(result[-1]) and paragraph[:1].islower()
            )
            if runs_on:
                result[-1] = reflow([result[-1], paragraph])
            else:
                result.append(paragraph)
    return result


def _meta(reader: Any) -> Meta:
    meta = Meta(encoding="pdf")
    try:
        info = reader.metadata or {}
        fields = {str(k).lstrip("/").lower(): squash(str(v)) for k, v in info.items() if isinstance(v, str)}
    except Exception:  # damaged info dictionaries are common and never worth failing the file
        fields = {}
    title = fields.get("title", "")
    meta.title = "" if _JUNK_TITLE.search(title) else title
    meta.author = fields.get("author", "")
    meta.date = fields.get("creationdate", "") or fields.get("moddate", "")
    meta.source = fields.get("publisher", "") or fields.get("source", "") or fields.get("company", "")
    return meta


def read(data: bytes, *, limits: Limits = DEFAULT, deadline: Deadline | None = None) -> Extracted:
    """Read the text layer of a PDF."""
    reader = _open(data)
    pages = _drop_furniture(_page_lines(reader, limits, deadline or Deadline(limits.max_seconds)))
    if sum(len(line.text.strip()) for page in pages for line in page) < 20:
        raise LoadFailure(
            "This PDF has no text layer (it is probably a scan or made of images). "
            "Run OCR on it first (for example with ocrmypdf) and load the result."
        )
    meta = _meta(reader)
    blocks = [Block(p) for p in _join_pages([paragraphs(page) for page in pages])]
    if blocks and meta.title and squash(blocks[0].text).casefold() == meta.title.casefold():
        blocks = blocks[1:]  # the title is metadata
    elif blocks and len(blocks[0].text) <= 200 and not _SENTENCE_END.search(blocks[0].text):
        blocks[0].tag = Tag.TITLE
        meta.title = meta.title or blocks[0].text
    return Extracted(blocks, meta)
