"""Saved web pages: trafilatura finds the article and its metadata; we keep the blocks.

trafilatura's ``bare_extraction`` drops navigation, cookie banners, related links,
footers and scripts and returns the article body as a small XML tree (``p``, ``head``,
``quote``, ``list``, ``table``), which becomes our blocks; its metadata gives title,
site name (the outlet), author, date and canonical URL. Pages it finds no article in
(a bare fragment, a short note) fall back to the visible text of their block elements.
DTDs and entity declarations are cut out before parsing so that no entity is ever
expanded and no local file is ever read.
"""

from __future__ import annotations

import logging
import re
import time
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from analysis.ingest.blocks import Block, Extracted, Meta, Tag
from analysis.ingest.clean import squash
from analysis.ingest.decode import decode
from analysis.ingest.errors import LoadFailure
from analysis.model import NoiseKind

for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    # Their warnings ("empty tree", "discarding data") are about pages we report ourselves.
    logging.getLogger(_name).setLevel(logging.CRITICAL)

_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w:.-]{2,40})", re.IGNORECASE)
_DTD = re.compile(r"<!DOCTYPE[^>\[]*(\[.*?\]\s*)?>", re.IGNORECASE | re.DOTALL)
_ENTITY = re.compile(r"<!ENTITY[^>]*>", re.IGNORECASE)
_XML_DECL = re.compile(r"<\?xml[^>]*\?>", re.IGNORECASE)
_LANG = re.compile(r"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_CLASS_KINDS = (
    ("caption", NoiseKind.CAPTION),
    ("credit", NoiseKind.CREDIT),
    ("byline", NoiseKind.BYLINE),
    ("author", NoiseKind.BYLINE),
    ("footnote", NoiseKind.FOOTNOTE),
    ("share", NoiseKind.SHARE),
    ("related", NoiseKind.SHARE),
    ("pullquote", NoiseKind.PULL_QUOTE),
    ("pull-quote", NoiseKind.PULL_QUOTE),
)
_TAGS = {"head": Tag.HEADING, "quote": Tag.QUOTE}
_FALLBACK_TAGS = {"p": Tag.PROSE, "li": Tag.ITEM, "blockquote": Tag.QUOTE, "pre": Tag.PROSE}
_ENOUGH = 600  # characters of article text below which the slower, thorough extraction runs
_THOROUGH_MAX = 500_000  # ...on pages up to this size only: its fallbacks grow worse than linearly
MAX_MARKUP = 2_000_000  # characters of markup (scripts and styles removed) trafilatura is given
_HEAVY_OPEN = re.compile(r"<(script|style|svg|noscript|template)\b", re.IGNORECASE)
_DATA_URI = re.compile(r"""=\s*(["'])data:[^"'<>]*\1""", re.IGNORECASE)
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg")


def defuse(markup: str) -> str:
    """Remove the XML declaration, any DTD and entity declarations from ``markup``."""
    return _ENTITY.sub("", _DTD.sub("<!DOCTYPE html>", _XML_DECL.sub("", markup, count=1)))


def _class_kind(element: Any) -> NoiseKind | None:
    classes = str(element.get("class", "")).lower()
    return next((kind for word, kind in _CLASS_KINDS if word in classes), None)


def _kind(element: Any, raw: str | None = None) -> NoiseKind | None:
    """Return the noise a block's markup reveals: its class, or being nothing but a link.

    ``raw`` is the element's text as ``itertext`` joins it, when the caller has it.
    """
    kind = _class_kind(element)
    if kind is not None:
        return kind
    text = ("".join(element.itertext()) if raw is None else raw).strip()
    linked = sum(len("".join(ref.itertext()).strip()) for ref in element.iter("ref"))
    # A paragraph that is one link ("Town plans second bridge by 2030") points elsewhere.
    return NoiseKind.SHARE if text and linked >= 0.9 * len(text) else None


def _text(element: Any) -> str:
    return squash("".join(element.itertext()))


def _block(element: Any, tag: str) -> Block:
    """Return the block of one element (its text joined once for both text and kind)."""
    raw = "".join(element.itertext())
    return Block(squash(raw), tag, _kind(element, raw) if tag != Tag.HEADING else None)


def _body_blocks(body: Any) -> list[Block]:
    """Turn trafilatura's output tree into blocks, one per paragraph-like element."""
    blocks: list[Block] = []
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in ("graphic", "ref") or not tag:
            continue
        if tag == "list":
            blocks.extend(_block(item, Tag.ITEM) for item in child.iter("item"))
        elif tag == "table":
            for row in child.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                blocks.append(Block(" | ".join(c for c in cells if c)))
        else:
            blocks.append(_block(child, _TAGS.get(tag, Tag.PROSE)))
    return blocks


def _fallback_blocks(markup: str) -> list[Block]:
    """Visible text of block elements, for pages trafilatura finds no article in."""
    try:
        tree = lxml_html.document_fromstring(markup.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return []
    for element in tree.iter(*_DROP_TAGS):
        element.drop_tree()
    blocks: list[Block] = []
    for element in tree.iter(
        "p", "li", "blockquote", "pre", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"
    ):
        if element.getparent() is not None and element.getparent().tag in _FALLBACK_TAGS:
            continue  # nested in a block already taken whole
        tag = Tag.HEADING if element.tag.startswith("h") else _FALLBACK_TAGS.get(element.tag, Tag.PROSE)
        kind = NoiseKind.CAPTION if element.tag == "figcaption" else _class_kind(element)
        blocks.append(Block(_text(element), tag, kind))
    if not any(b.text for b in blocks):
        body = tree.find("body")
        blocks = [Block(squash(t)) for t in (body if body is not None else tree).itertext() if t.strip()]
    return blocks


@lru_cache(maxsize=8)
def _options(url: str | None, fast: bool, day: str) -> Any:
    """Return trafilatura's settings for one page (``day``: they hold today's date as the latest).

    ``bare_extraction`` would build these from its keyword arguments on every call, reading
    its configuration each time; they are never changed by an extraction, so one per
    address, mode and day serves a whole batch.
    """
    from trafilatura.settings import DEFAULT_CONFIG, Extractor

    return Extractor(
        config=DEFAULT_CONFIG, output_format="python", fast=fast, comments=False, formatting=False,
        links=True, images=False, tables=True, dedup=False, url=url, with_metadata=True,
    )  # fmt: skip


def _extract(markup: str, url: str | None, fast: bool) -> Any:
    from trafilatura import bare_extraction

    try:
        return bare_extraction(markup, url=url, options=_options(url, fast, time.strftime("%Y-%m-%d")))
    except RecursionError:
        raise LoadFailure("The web page is nested too deeply to be read safely.") from None
    except Exception:  # a parser bug on one page must not stop the batch: fall back to plain blocks
        return None


def _meta(document: Any, markup: str, url: str | None) -> Meta:
    meta = Meta()
    if document is not None:
        meta.title = document.title or ""
        meta.source = document.sitename or ""
        meta.author = document.author or ""
        meta.date = document.date or ""
        meta.url = document.url or ""
    if not meta.title and (found := _TITLE.search(markup[:65536])):
        meta.title = squash(lxml_html.fromstring(f"<p>{found.group(1)}</p>").text_content())
    meta.url = meta.url or url or ""
    if lang := _LANG.search(markup[:4096]):
        meta.language = lang.group(1)
    return meta


def _drop_title(blocks: list[Block], title: str) -> list[Block]:
    if blocks and blocks[0].tag == Tag.HEADING and squash(blocks[0].text).casefold() == title.casefold():
        return blocks[1:]  # the title is metadata, not part of the text
    return blocks


def lighten(markup: str) -> str:
    """Remove scripts, styles, inline SVG and long ``data:`` URIs in one linear pass.

    Saved pages carry megabytes of them; they are never article text, and trafilatura's
    time grows with the markup. An unclosed ``<script>`` swallows the rest of the page,
    as it does in a browser.
    """
    parts: list[str] = []
    position = 0
    while opening := _HEAVY_OPEN.search(markup, position):
        parts.append(markup[position : opening.start()])
        closing = re.compile(rf"</{opening.group(1)}\s*>", re.IGNORECASE).search(markup, opening.end())
        position = closing.end() if closing else len(markup)
    parts.append(markup[position:])
    return _DATA_URI.sub('=""', "".join(parts))


def from_markup(markup: str, *, url: str | None = None, fast: bool = False) -> Extracted:
    """Return the article blocks and metadata of an HTML document given as text.

    Raises
    ------
    LoadFailure
        When the page, without scripts and styles, is still larger than ``MAX_MARKUP``.
    """
    markup = lighten(defuse(markup))
    if len(markup) > MAX_MARKUP:
        raise LoadFailure(
            f"The web page holds {len(markup) / 1e6:.1f} million characters of markup even without "
            f"scripts and styles; Parallax reads pages up to {MAX_MARKUP / 1e6:.0f} million. "
            "Save only the article (for example from the browser's reader view) and load that."
        )
    document = _extract(markup, url, fast=True)
    thin = document is None or len(document.text or "") < _ENOUGH
    if not fast and thin and len(markup) < _THOROUGH_MAX:
        # Little found: let trafilatura compare with its readability/jusText fallbacks,
        # which cost about a third more and matter only on pages like this one.
        document = _extract(markup, url, fast=False) or document
    blocks = _body_blocks(document.body) if document is not None and document.body is not None else []
    if not any(b.text for b in blocks):
        blocks = _fallback_blocks(markup)
    meta = _meta(document, markup, url)
    return Extracted(_drop_title(blocks, meta.title), meta)


def read(
    data: bytes, *, encoding: str | None = None, url: str | None = None, declared: str | None = None
) -> Extracted:
    """Read a web page (``declared``: the charset the web server named, which wins over ``meta``)."""
    meta_charset = _CHARSET.search(data[:4096])
    if not declared and meta_charset:
        declared = meta_charset.group(1).decode("ascii")
    decoded = decode(data, override=encoding, declared=declared)
    extracted = from_markup(decoded.text, url=url)
    extracted.meta.encoding = decoded.encoding
    return extracted
