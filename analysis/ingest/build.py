"""Assemble a reader's blocks and metadata into an :class:`~analysis.model.Article`.

This is where the coordinate system is fixed: each block is cleaned, blocks are joined
with one blank line, and every paragraph and noise span is computed on the final text.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from analysis.ingest import language, noise
from analysis.ingest.blocks import Block, Extracted, Meta, Tag
from analysis.ingest.clean import clean, safe_name, squash
from analysis.ingest.dates import iso_date
from analysis.ingest.errors import LoadFailure
from analysis.ingest.limits import DEFAULT, Limits
from analysis.model import Article, Format, Noise, NoiseKind, content_id

SEPARATOR = "\n\n"


def _clean_blocks(blocks: list[Block]) -> list[Block]:
    kept = []
    for block in blocks:
        text = clean(block.text).strip()
        if text:
            kept.append(Block(text, block.tag, block.kind))
    return kept


def _layout(blocks: list[Block], meta: Meta) -> tuple[str, list[tuple[int, int]], list[Noise]]:
    parts: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    spans: list[Noise] = []
    offset = 0
    for block, marks in zip(blocks, noise.classify(blocks, meta), strict=True):
        if parts:
            offset += len(SEPARATOR)
        parts.append(block.text)
        paragraphs.append((offset, offset + len(block.text)))
        spans.extend(Noise(offset + start, offset + end, kind) for start, end, kind in marks)
        offset += len(block.text)
    return SEPARATOR.join(parts), paragraphs, spans


def domain(url: str) -> str:
    """Return the host of ``url`` without ``www.``, or ``""``."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


def _title(meta: Meta, blocks: list[Block], text: str, path: str) -> str:
    if meta.title:
        return meta.title
    for block in blocks[:3]:
        if block.tag in (Tag.HEADING, Tag.TITLE):
            return squash(block.text)[:200]
    first = text.split("\n", 1)[0]
    return squash(first)[:120] if first else _stem(path)


def _stem(path: str) -> str:
    return safe_name(os.path.splitext(os.path.basename(path))[0])


def _source(meta: Meta, path: str) -> str:
    return meta.source or (meta.url and domain(meta.url)) or _stem(path) or path


def too_long(size: int, limits: Limits) -> LoadFailure:
    """Return the error for a text of ``size`` characters, beyond ``limits.max_chars``."""
    return LoadFailure(
        f"The text is at least {size:,} characters long; Parallax reads articles up to "
        f"{limits.max_chars:,} characters. Split the document into articles first."
    )


def assemble(extracted: Extracted, *, path: str, fmt: Format, limits: Limits = DEFAULT) -> Article:
    """Return the article made of ``extracted``.

    Raises
    ------
    LoadFailure
        When no text is left or the text is longer than ``limits.max_chars``.
    """
    meta = extracted.meta
    for name in ("title", "source", "author", "side", "url", "language"):
        if value := getattr(meta, name):
            setattr(meta, name, squash(value))
    blocks = _clean_blocks(extracted.blocks)
    size = sum(len(b.text) + len(SEPARATOR) for b in blocks)
    if size > limits.max_chars:
        raise too_long(size, limits)
    text, paragraphs, spans = _layout(blocks, meta)
    if not text.strip():
        raise LoadFailure("No text was found in this document.")
    prose = " ".join(
        text[a:b] for (a, b), block in zip(paragraphs, blocks, strict=True) if block.tag == Tag.PROSE
    )
    return Article(
        id=content_id(text),
        path=path,
        format=fmt,
        text=text,
        encoding=meta.encoding,
        title=_title(meta, blocks, text, path),
        source=_source(meta, path),
        author=meta.author,
        date=iso_date(meta.date) if meta.date else "",
        url=meta.url,
        language=(meta.language.split("-")[0].split("_")[0].lower() if meta.language else "")
        or language.detect(prose or text),
        paragraphs=tuple(paragraphs),
        noise=tuple(spans),
        side=meta.side,
    )


def noise_kinds(article: Article) -> dict[str, NoiseKind]:
    """Return ``{noise text: kind}`` of an article (handy in tests and summaries)."""
    return {article.text[n.start : n.end]: n.kind for n in article.noise}
