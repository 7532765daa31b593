"""Build PDF, DOCX and e-mail test documents at test time (nothing binary is committed)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Sequence
from email.message import EmailMessage
from typing import Any

PARAGRAPHS = (
    "The regional council approved the new water plan on Tuesday, its chairwoman Mira Olsen said.",
    "“We will not let the reservoir run dry again,” Olsen told reporters after the vote in Lindholm.",
    "The plan foresees two new pumping stations and a pipeline to the northern villages by 2028.",
    "Opposition members said the cost of 80 million crowns was far too high for a town of this size.",
)


def pdf(
    paragraphs: Sequence[str] = PARAGRAPHS,
    *,
    title: str = "Council approves water plan",
    author: str = "Karl Dahl",
    heading: str = "",
    password: str | None = None,
    running: str = "",
) -> bytes:
    """Return a text PDF made with reportlab.

    ``password`` protects it; ``running`` is drawn as a running head on every page, with
    a page number at the foot (what a report or a newspaper page carries).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    encrypt = StandardEncryption(password, canPrint=1) if password is not None else None
    doc = SimpleDocTemplate(out, pagesize=A4, title=title, author=author, encrypt=encrypt)
    styles = getSampleStyleSheet()
    story = [Paragraph(heading, styles["Heading1"])] if heading else []
    story += [Paragraph(p, styles["BodyText"]) for p in paragraphs]
    if running:

        def furniture(canvas: Any, document: Any) -> None:
            canvas.setFont("Helvetica", 8)
            canvas.drawString(72, A4[1] - 40, running)
            canvas.drawString(A4[0] / 2, 30, str(document.page))

        doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    else:
        doc.build(story)
    return out.getvalue()


def blank_pdf(pages: int) -> bytes:
    """Return a PDF of ``pages`` empty pages (what a scan without OCR looks like to us)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def broken_xref_pdf() -> bytes:
    """Return a text PDF whose cross-reference table points at wrong offsets."""
    data = pdf()
    start = data.rindex(b"xref")
    table = data[start:]
    broken = bytearray(table)
    for i in range(len(broken)):
        if 48 <= broken[i] <= 57 and b"trailer" not in table[max(0, i - 200) : i]:
            broken[i] = 48 + (broken[i] - 45) % 10  # shift every digit of the offsets
    return data[:start] + bytes(broken)


def docx(
    paragraphs: Sequence[tuple[str, str]] = (),
    *,
    title: str = "Council approves water plan",
    author: str = "Karl Dahl",
) -> bytes:
    """Return a .docx of ``(style, text)`` paragraphs with core properties set."""
    import docx as python_docx

    document = python_docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    items = paragraphs or [("Title", title)] + [("Normal", p) for p in PARAGRAPHS]
    for style, text in items:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_part(package: bytes, name: str, content: bytes) -> bytes:
    """Return ``package`` (a zip) with the part ``name`` replaced by ``content``."""
    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == name else source.read(info))
    return out.getvalue()


def docx_with_document(xml: bytes) -> bytes:
    """Return a valid .docx whose ``word/document.xml`` is ``xml``."""
    return replace_part(docx(), "word/document.xml", xml)


def zip_bomb_docx(size: int) -> bytes:
    """Return a .docx whose document part inflates to ``size`` bytes (honest headers)."""
    base = zipfile.ZipFile(io.BytesIO(docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
        for info in base.infolist():
            if info.filename != "word/document.xml":
                target.writestr(info.filename, base.read(info))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as stream:
            chunk = b"<w:p><w:r><w:t>" + b"a" * 4000 + b"</w:t></w:r></w:p>"
            written = 0
            while written < size:
                stream.write(chunk)
                written += len(chunk)
    return out.getvalue()


def lying_bomb_docx(size: int) -> bytes:
    """Return a .docx whose document part inflates to ``size`` bytes but declares 1 KB.

    The local and central headers are patched after writing, so only a reader that
    trusts the declared size would be fooled into inflating the whole stream.
    """
    data = bytearray(zip_bomb_docx(size))
    name = b"word/document.xml"
    for signature, size_offset in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        at = data.find(signature + b"")
        while at != -1:
            name_at = at + (46 if signature == b"PK\x01\x02" else 30)
            if data[name_at : name_at + len(name)] == name:
                data[at + size_offset : at + size_offset + 4] = struct.pack("<I", 1024)
            at = data.find(signature, at + 4)
    return bytes(data)


def email(
    *,
    plain: str | None = None,
    html: str | None = None,
    subject: str = "Council approves water plan",
    sender: str = "Lindholm Town Hall <press@lindholm.example>",
    charset: str = "utf-8",
) -> bytes:
    """Return an RFC 822 message with a text and/or HTML body."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "desk@newsroom.example"
    message["Subject"] = subject
    message["Date"] = "Tue, 04 Mar 2025 10:15:00 +0100"
    if plain is not None:
        message.set_content(plain, charset=charset)
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html", charset=charset)
        else:
            message.add_alternative(html, subtype="html", charset=charset)
    return bytes(message)


def deflate(data: bytes) -> bytes:
    """Return raw-deflated ``data`` (helper for hand-built packages)."""
    return zlib.compress(data)[2:-4]
