"""Word documents (.docx): body paragraphs and tables with their styles, core properties.

Before python-docx sees the package, every part is checked: the declared uncompressed
sizes must stay under the zip-bomb cap, each XML part is inflated in bounded chunks, and
any part carrying a DTD or entity declaration (Word never writes one; billion-laughs
and external-entity attacks need one) is refused. Styles give the hints: ``Title`` and
``Heading N`` are headings, ``Caption`` is a caption, ``Quote`` a quotation.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from lxml import etree

from analysis.ingest.blocks import Block, Extracted, Meta, Tag
from analysis.ingest.clean import squash
from analysis.ingest.errors import LoadFailure
from analysis.ingest.limits import DEFAULT, Deadline, Limits, megabytes
from analysis.model import NoiseKind

_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_MAX_PARTS = 10_000
_STYLE_TAGS: tuple[tuple[str, str, NoiseKind | None], ...] = (
    ("title", Tag.TITLE, None),
    ("subtitle", Tag.HEADING, None),
    ("heading", Tag.HEADING, None),
    ("caption", Tag.PROSE, NoiseKind.CAPTION),
    ("footnote", Tag.PROSE, NoiseKind.FOOTNOTE),
    ("intense quote", Tag.QUOTE, None),
    ("quote", Tag.QUOTE, None),
    ("list", Tag.ITEM, None),
)
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, deadline: Deadline) -> int:
    """Inflate one part in bounded chunks; return its size; refuse DTDs and overruns."""
    size = 0
    with archive.open(info) as stream:
        while chunk := stream.read(1 << 20):
            if size == 0 and _DECLARATION.search(chunk[:4096]):
                raise LoadFailure(
                    "This Word file contains XML entity declarations, which Word never writes; "
                    "it was refused for safety."
                )
            size += len(chunk)
            if size > budget:
                raise LoadFailure(
                    f"This Word file expands to more than {megabytes(budget)}; refused (zip bomb)."
                )
            deadline.check()
    return size


def guard(data: bytes, limits: Limits = DEFAULT, deadline: Deadline | None = None) -> None:
    """Check a DOCX package for zip bombs and entity declarations before parsing it.

    Raises
    ------
    LoadFailure
        For a damaged package, too many parts, an oversized expansion or a DTD.
    """
    deadline = deadline or Deadline(limits.max_seconds)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > _MAX_PARTS:
                raise LoadFailure(f"This Word file has {len(infos):,} parts; refused as malformed.")
            declared = sum(info.file_size for info in infos)
            if declared > limits.max_unzipped_bytes:
                raise LoadFailure(
                    f"This Word file would expand to {megabytes(declared)} (more than "
                    f"{megabytes(limits.max_unzipped_bytes)}); refused as a possible zip bomb."
                )
            budget = limits.max_unzipped_bytes
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    budget -= _check_part(archive, info, budget, deadline)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, RuntimeError, OSError) as exc:
        raise LoadFailure(f"The Word file is damaged and could not be read ({exc}).") from None
    except NotImplementedError:
        raise LoadFailure("The Word file uses a compression method that cannot be read.") from None


def _style_names(document: Any) -> dict[str, str]:
    """Return style id -> lower-case style name, read once per document."""
    names: dict[str, str] = {}
    try:
        for style in document.styles:
            names[str(style.style_id)] = str(style.name or "").lower()
    except (AttributeError, KeyError, ValueError):
        pass  # a damaged styles part only costs us the hints
    return names


def _paragraph_block(paragraph: Any, names: dict[str, str]) -> Block:
    # The paragraph's own style id, looked up in the table read once: python-docx's
    # ``paragraph.style`` searches the styles part again for every paragraph.
    properties = paragraph._p.pPr
    style_id = properties.style if properties is not None else None
    style = names.get(str(style_id), str(style_id).lower()) if style_id else ""
    for word, tag, kind in _STYLE_TAGS:
        if word in style:
            return Block(paragraph.text, tag, kind)
    return Block(paragraph.text)


def _table_blocks(table: Any) -> list[Block]:
    blocks = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = squash(cell.text)
            if text and (not cells or cells[-1] != text):  # merged cells repeat their text
                cells.append(text)
        if cells:
            blocks.append(Block(" | ".join(cells)))
    return blocks


def _company(data: bytes) -> str:
    """Return the ``Company`` of the extended properties (docProps/app.xml), if any."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            root = etree.fromstring(archive.read("docProps/app.xml"), parser=_SAFE_XML)
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, OSError):
        return ""
    found = [
        el.text for el in root.iter() if isinstance(el.tag, str) and el.tag.endswith("}Company") and el.text
    ]
    return squash(found[0]) if found else ""


def _meta(document: Any, data: bytes) -> Meta:
    props = document.core_properties
    meta = Meta(encoding="docx")
    meta.title = props.title or ""
    meta.author = props.author or ""
    created = props.created
    meta.date = created.isoformat() if created is not None else ""
    meta.source = _company(data)
    return meta


def read(data: bytes, *, limits: Limits = DEFAULT, deadline: Deadline | None = None) -> Extracted:
    """Read the body and core properties of a Word document."""
    guard(data, limits, deadline)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        names = _style_names(document)
        blocks: list[Block] = []
        for item in document.iter_inner_content():
            blocks.extend(_table_blocks(item) if hasattr(item, "rows") else [_paragraph_block(item, names)])
        meta = _meta(document, data)
    except LoadFailure:
        raise
    except Exception as exc:  # python-docx raises KeyError/ValueError/lxml errors on broken parts
        raise LoadFailure(f"The Word file is damaged and could not be read ({type(exc).__name__}).") from None
    blocks = [b for b in blocks if b.text.strip()]
    if blocks and meta.title and squash(blocks[0].text).casefold() == squash(meta.title).casefold():
        blocks = blocks[1:]  # the title is metadata
    elif blocks and blocks[0].tag == Tag.TITLE:
        meta.title = squash(blocks[0].text)
        blocks = blocks[1:]
    return Extracted(blocks, meta)
