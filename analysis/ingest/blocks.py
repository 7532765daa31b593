"""What a reader hands over: blocks of text with hints, and the document's metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.model import NoiseKind


class Tag:
    """What the markup says a block is (plain strings keep readers simple)."""

    PROSE = "p"
    HEADING = "h"
    QUOTE = "quote"
    ITEM = "li"
    TITLE = "title"


@dataclass
class Block:
    """One paragraph-like unit of a document.

    Attributes
    ----------
    text : str
        The block text (cleaned by the assembler).
    tag : str
        What the markup says it is (:class:`Tag`).
    kind : NoiseKind or None
        Noise the markup already identifies (a ``figcaption``, a ``Caption`` style).
    """

    text: str
    tag: str = Tag.PROSE
    kind: NoiseKind | None = None


@dataclass
class Meta:
    """Document metadata as found; empty strings where the document says nothing."""

    title: str = ""
    source: str = ""
    author: str = ""
    date: str = ""
    url: str = ""
    language: str = ""
    side: str = ""
    encoding: str = ""


@dataclass
class Extracted:
    """A reader's result before assembly into an :class:`~analysis.model.Article`."""

    blocks: list[Block] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)
