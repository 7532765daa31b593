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
from typing import Any

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


def _page_lines(reader: Any, limits: Limits, deadline: Deadline) -> list[list[str]]:
    pages: list[list[str]] = []
    for number, page in enumerate(reader.pages):
        if number >= limits.max_pages:
            break
        deadline.check()
        try:
            text = page.extract_text() or ""
        except Exception:  # one unreadable page (bad font, broken stream) must not lose the others
            text = ""
        pages.append([line.rstrip() for line in clean(text).split("\n")])
    return pages


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and running heads/feet repeated on most pages."""
    edges: Counter[str] = Counter()
    for lines in pages:
        content = [x.strip() for x in lines if x.strip()]
        edges.update({re.sub(r"\d+", "#", x) for x in content[:2] + content[-2:]})
    repeated = {x for x, n in edges.items() if len(pages) >= 3 and n >= 0.5 * len(pages)}
    return [
        [x for x in lines if not _PAGE_NUMBER.match(x) and re.sub(r"\d+", "#", x.strip()) not in repeated]
        for lines in pages
    ]


def paragraphs(lines: list[str]) -> list[str]:
    """Group text lines into paragraphs: a blank line, a short last line or a bullet ends one."""
    lengths = sorted(len(x) for x in lines if x.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 0
    result: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line.strip() or (_BULLET.match(line) and current):
            if current:
                result.append(reflow(current))
            current = [line] if line.strip() else []
            continue
        current.append(line)
        short = len(line.strip()) < 0.75 * width
        if short and (_SENTENCE_END.search(line) or len(current) == 1):
            result.append(reflow(current))
            current = []
    if current:
        result.append(reflow(current))
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
    lines = [line for page in pages for line in page]
    if sum(len(x.strip()) for x in lines) < 20:
        raise LoadFailure(
            "This PDF has no text layer (it is probably a scan or made of images). "
            "Run OCR on it first (for example with ocrmypdf) and load the result."
        )
    meta = _meta(reader)
    blocks = [Block(p) for p in paragraphs(lines)]
    if blocks and meta.title and squash(blocks[0].text).casefold() == meta.title.casefold():
        blocks = blocks[1:]  # the title is metadata
    elif blocks and len(blocks[0].text) <= 200 and not _SENTENCE_END.search(blocks[0].text):
        blocks[0].tag = Tag.TITLE
        meta.title = meta.title or blocks[0].text
    return Extracted(blocks, meta)
