"""Markdown with YAML front matter: metadata from the front matter, plain text from the body.

The article text is the rendered reading text, not the source: markers of headings,
emphasis, links, quotes and lists are removed, images and link definitions dropped.
The first ``#`` heading repeating the title is metadata and leaves the text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from analysis.ingest import noise
from analysis.ingest.blocks import Block, Extracted, Meta, Tag
from analysis.ingest.clean import clean, squash
from analysis.ingest.decode import decode
from analysis.ingest.text import reflow

_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELDS = {
    "title": ("title", "headline"),
    "source": ("source", "publisher", "outlet", "site", "site_name", "publication"),
    "date": ("date", "published", "pubdate", "published_at"),
    "url": ("url", "link", "canonical", "canonical_url"),
    "author": ("author", "authors", "byline"),
    "side": ("side",),
    "language": ("language", "lang"),
}
_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")
_ITEM = re.compile(r"^ {0,3}([-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^ {0,3}>\s?")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
# Each substitution with the characters every match of it contains one of: text with
# none of them is left alone without running the pattern (most prose has no markup).
_INLINE: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("<", re.compile(r"<!--.*?-->", re.DOTALL), ""),
    ("!", re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]"), ""),
    ("[", re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]"), r"\1\2"),
    ("<", re.compile(r"<(https?://[^>\s]+)>"), r"\1"),
    ("<", re.compile(r"</?[A-Za-z][^>]{0,200}>"), ""),
    ("`", re.compile(r"`([^`]+)`"), r"\1"),
    ("*_", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    ("*", re.compile(r"(?<![\w*\\])\*(?=\S)(.+?)(?<=[^\s\\])\*(?![\w*])"), r"\1"),
    ("_", re.compile(r"(?<![\w_\\])_(?=\S)(.+?)(?<=[^\s\\])_(?![\w_])"), r"\1"),
    ("~", re.compile(r"~~(.+?)~~"), r"\1"),
    ("\\", re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),
)
_MARKUP = "".join(sorted({mark for marks, _, _ in _INLINE for mark in marks}))


def inline(text: str) -> str:
    """Return Markdown inline text as plain reading text."""
    if not any(mark in text for mark in _MARKUP):
        return text
    for marks, pattern, replacement in _INLINE:
        if any(mark in text for mark in marks):
            text = pattern.sub(replacement, text)
    return text


def _value(raw: Any) -> str:
    if isinstance(raw, list):
        return ", ".join(str(x) for x in raw if isinstance(x, (str, int, float)))
    if isinstance(raw, (str, int, float)) or hasattr(raw, "isoformat"):
        return str(raw)
    return ""


def front_matter(text: str) -> tuple[Meta, str]:
    """Split YAML front matter off ``text``; return its metadata and the body."""
    found = _FRONT.match(text[:65536])
    if not found:
        return Meta(), text
    try:
        data = yaml.safe_load(found.group(1) or "")
    except yaml.YAMLError:
        data = None  # broken front matter: keep the body, drop the metadata
    meta = Meta()
    if isinstance(data, dict):
        lowered = {str(k).lower(): v for k, v in data.items()}
        for field_name, keys in _FIELDS.items():
            for key in keys:
                if key in lowered and _value(lowered[key]):
                    setattr(meta, field_name, _value(lowered[key])[:500])
                    break
    return meta, text[found.end() :]


class _Body:
    """Line-by-line Markdown block parser producing :class:`Block` objects."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = []
        self.tag = Tag.PROSE

    def flush(self) -> None:
        if self.lines:
            joined = "\n".join(self.lines) if self.tag == "pre" else reflow(self.lines)
            tag = Tag.PROSE if self.tag == "pre" else self.tag
            self.blocks.append(Block(joined if self.tag == "pre" else inline(joined), tag))
        self.lines, self.tag = [], Tag.PROSE

    def add(self, line: str, tag: str) -> None:
        if self.lines and tag != self.tag:
            self.flush()
        self.tag = tag
        self.lines.append(line)

    def parse(self, body: str) -> list[Block]:
        fenced = False
        for line in body.split("\n"):
            if _FENCE.match(line):
                self.flush()
                fenced = not fenced
                continue
            if fenced:
                self.add(line, "pre")
            else:
                self._line(line)
        self.flush()
        return self.blocks

    def _line(self, line: str) -> None:
        if not line.strip() or _RULE.match(line) or _LINK_DEF.match(line):
            if self.lines and _SETEXT.match(line) and len(self.lines) == 1 and self.tag == Tag.PROSE:
                self.tag = Tag.HEADING
            self.flush()
        elif heading := _ATX.match(line):
            self.flush()
            self.blocks.append(Block(inline(heading.group(2)), Tag.HEADING))
        elif _SETEXT.match(line) and len(self.lines) == 1 and self.tag == Tag.PROSE:
            self.tag = Tag.HEADING
            self.flush()
        elif _QUOTE.match(line):
            self.add(_QUOTE.sub("", line), Tag.QUOTE)
        elif item := _ITEM.match(line):
            self._item(line, item)
        else:
            self.add(line, self.tag if self.lines else Tag.PROSE)

    def _item(self, line: str, item: re.Match[str]) -> None:
        self.flush()
        if item.group(1) == "*" and noise.block_kind(Block(line.strip()), Meta()) is not None:
            self.add(line.strip(), Tag.PROSE)  # "* X — recognised as ..." is a footnote, not a list
            return
        self.add(line[item.end() :], Tag.ITEM)


def _drop_title(blocks: list[Block], meta: Meta) -> list[Block]:
    """Remove the first heading when it is the title (the title is metadata)."""
    for index, block in enumerate(blocks[:3]):
        if block.tag != Tag.HEADING:
            continue
        if not meta.title:
            meta.title = squash(block.text)
        if squash(block.text).casefold() == squash(meta.title).casefold():
            return blocks[:index] + blocks[index + 1 :]
        break
    return blocks


def read(data: bytes, *, encoding: str | None = None, declared: str | None = None) -> Extracted:
    """Read a Markdown file with optional YAML front matter."""
    decoded = decode(data, override=encoding, declared=declared)
    meta, body = front_matter(clean(decoded.text))
    meta.encoding = decoded.encoding
    blocks = _drop_title(_Body().parse(body), meta)
    return Extracted(blocks, meta)
