"""What a file is, judged from its content first and its extension second.

A web page saved as ``.txt``, a PDF downloaded as ``.html`` or an error page saved as
``.pdf`` are all common; the bytes decide. Known unsupported types get a message that
says what to do instead.
"""

from __future__ import annotations

import io
import os
import re
import zipfile

from analysis.ingest.errors import LoadFailure
from analysis.model import Format

EXTENSIONS: dict[str, Format] = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".pdf": Format.PDF,
    ".docx": Format.DOCX,
    ".eml": Format.EMAIL,
}
TEXT_LIKE = frozenset({Format.TEXT, Format.MARKDOWN, Format.HTML, Format.EMAIL})

_UNSUPPORTED: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) or Office file; save it as .docx or PDF first"),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF first"),
    (b"\x89PNG", "a PNG image; Parallax reads text, not pictures"),
    (b"\xff\xd8\xff", "a JPEG image; Parallax reads text, not pictures"),
    (b"GIF8", "a GIF image; Parallax reads text, not pictures"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7-Zip archive; unpack it first"),
    (b"\x7fELF", "a program, not a document"),
)
_HTML = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<article[\s>]", re.IGNORECASE)
_HEADER = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]?\S", re.MULTILINE)
_CONTROLS = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")
_MAIL_HEADERS = {
    b"from",
    b"to",
    b"subject",
    b"date",
    b"message-id",
    b"mime-version",
    b"received",
    b"return-path",
}


def by_extension(name: str) -> Format | None:
    """Return the format a file name suggests, or ``None`` for other extensions."""
    return EXTENSIONS.get(os.path.splitext(name)[1].lower())


def _zip_kind(data: bytes) -> Format:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise LoadFailure("The file looks like a ZIP/Office package but is damaged.") from None
    if "word/document.xml" in names:
        return Format.DOCX
    if "mimetype" in names and "content.xml" in names:
        raise LoadFailure("This is an OpenDocument file; save it as .docx or PDF first.")
    raise LoadFailure("This is a ZIP archive, not a document; unpack it and load the articles inside.")


def _looks_binary(head: bytes) -> bool:
    """Return whether the head of a file is binary rather than text in some encoding."""
    if not head:
        return False
    if head.count(0) > len(head) * 0.05:
        even, odd = head[0::2].count(0), head[1::2].count(0)
        return not (min(even, odd) < 0.05 * len(head) and max(even, odd) > 0.3 * len(head))  # UTF-16
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > len(head) * 0.1


def _is_email(head: bytes) -> bool:
    block = head.lstrip().split(b"\n\n", 1)[0].replace(b"\r", b"")
    if block.startswith(b"From "):  # mbox separator line
        block = block.split(b"\n", 1)[-1]
    first = _HEADER.match(block)
    if first is None:
        return False
    names = {m.group(1).lower() for m in _HEADER.finditer(block)}
    return len(names & _MAIL_HEADERS) >= 2 and first.group(1).lower() in _MAIL_HEADERS | {b"delivered-to"}


def sniff(data: bytes, name: str = "") -> Format:
    """Return the format of ``data``; the extension of ``name`` only breaks ties.

    Raises
    ------
    LoadFailure
        For empty files, binary data and known unsupported types.
    """
    if not data.strip():
        raise LoadFailure("The file is empty.")
    head = data[:8192]
    if b"%PDF-" in head[:1024]:
        return Format.PDF
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(data)
    for magic, what in _UNSUPPORTED:
        if head.startswith(magic):
            raise LoadFailure(f"This is {what}.")
    if _looks_binary(head):
        raise LoadFailure("This file holds binary data, not text; it is not a document Parallax can read.")
    guess = by_extension(name)
    text_head = head.replace(b"\x00", b"").lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if _is_email(text_head):
        return Format.EMAIL
    if b"<" in text_head[:4096] and _HTML.search(text_head[:4096]) and guess is not Format.MARKDOWN:
        return Format.HTML
    if text_head.startswith(b"---") and re.match(
        rb"---\r?\n.{0,4000}?\r?\n(---|\.\.\.)\r?\n", text_head, re.DOTALL
    ):
        return Format.MARKDOWN
    if guess in (Format.MARKDOWN, Format.HTML):
        return guess
    return Format.TEXT
