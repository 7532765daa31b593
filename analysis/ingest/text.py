"""Plain text (files and pasted text): paragraphs, a title line, wire-copy header facts.

A plain-text article has no markup, so its shape is read from the layout: blank lines
separate paragraphs; hard-wrapped lines inside a paragraph are joined; a block of short
lines (a header, a list) keeps one paragraph per line. The first short line is the
title (kept in the text, marked as a heading: the file gives no separate title), and
wire conventions give the outlet — ``HALVIK (Global Wire) -`` — the date line and the
byline.
"""

from __future__ import annotations

import re

from analysis.datelines import dateline
from analysis.ingest.blocks import Block, Extracted, Meta, Tag
from analysis.ingest.clean import clean
from analysis.ingest.dates import looks_like_date
from analysis.ingest.decode import decode

_BLANK = re.compile(r"\n[ \t]*\n")
_WIRE_SOURCE = re.compile(r"\(([^()\n]{2,40})\)\s*[-–—]{1,2}\s")
_BY = re.compile(r"^(?:by|written by|reporting by|\(reporting by)\s+([^;,()\n]{3,60})", re.IGNORECASE)
_OUTLET = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁİŞĞÇÖÜ][A-ZÀ-ÖØ-ÞА-ЯЁİŞĞÇÖÜ .&'’-]+")
_BULLET = re.compile(r"^\s*([-*•–]|\d+[.)])\s+")


def _short_lines(lines: list[str]) -> bool:
    """Return whether a block is a list of short lines (header, list) rather than prose."""
    lengths = [len(line) for line in lines]
    return (max(lengths) < 70 and sum(lengths) / len(lengths) < 45) or all(_BULLET.match(x) for x in lines)


def reflow(lines: list[str]) -> str:
    """Join hard-wrapped lines into one paragraph, mending words split by a hyphen."""
    out = ""
    for line in (x.strip() for x in lines):
        if not line:
            continue
        if out.endswith("-") and line[:1].islower() and out[-2:-1].isalpha():
            out = out[:-1] + line  # "infra-\nstructure" -> "infrastructure"
        else:
            out = f"{out} {line}" if out else line
    return out


def split_blocks(text: str) -> list[str]:
    """Split cleaned plain text into paragraph texts."""
    chunks = [c.strip("\n") for c in _BLANK.split(text) if c.strip()]
    if len(chunks) == 1 and chunks[0].count("\n") >= 3:
        return [line.strip() for line in chunks[0].split("\n") if line.strip()]
    blocks: list[str] = []
    for chunk in chunks:
        lines = [line.rstrip() for line in chunk.split("\n") if line.strip()]
        if len(lines) == 1:
            blocks.append(lines[0].strip())  # what reflow gives for one line
        elif _short_lines(lines):
            blocks.extend(line.strip() for line in lines)
        else:
            blocks.append(reflow(lines))
    return blocks


def _header_facts(blocks: list[Block], meta: Meta) -> None:
    """Fill source, date and author from wire-copy conventions in the opening blocks."""
    first_prose = next((b.text for b in blocks if len(b.text.split()) >= 12), "")
    found = _WIRE_SOURCE.search(first_prose[: dateline(first_prose) or 0])
    if found and not meta.source:
        meta.source = found.group(1).strip()
    for number, block in enumerate(blocks[:6]):
        text = block.text
        if text == first_prose:
            break  # the header ends where the article starts
        if not meta.date and looks_like_date(text):
            meta.date = text
        by = _BY.match(text)
        if by and not meta.author and len(text.split()) <= 16:
            meta.author = by.group(1).strip()
        if not meta.source and number and _OUTLET.fullmatch(text) and len(text.split()) <= 4:
            meta.source = text.title()  # an outlet name in capitals under the headline
    for block in blocks[-3:]:
        by = _BY.match(block.text)
        if by and not meta.author:
            meta.author = by.group(1).strip()


def _looks_like_title(line: str) -> bool:
    """Return whether an opening line reads as a headline (short, one line, no full stop)."""
    return (
        len(line) <= 200
        and len(line.split()) <= 30
        and "\n" not in line
        and not line.endswith((".", ",", ":"))
    )


def from_text(text: str, meta: Meta | None = None, *, title_line: bool = True) -> Extracted:
    """Return the blocks and header facts of plain ``text`` (already decoded)."""
    meta = meta or Meta()
    blocks = [Block(b) for b in split_blocks(clean(text))]
    if title_line and len(blocks) > 1 and _looks_like_title(blocks[0].text):
        blocks[0].tag = Tag.TITLE
        meta.title = meta.title or blocks[0].text
    _header_facts(blocks, meta)
    return Extracted(blocks, meta)


def read(data: bytes, *, encoding: str | None = None, declared: str | None = None) -> Extracted:
    """Read a plain-text file."""
    decoded = decode(data, override=encoding, declared=declared)
    return from_text(decoded.text, Meta(encoding=decoded.encoding))
