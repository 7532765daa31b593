"""E-mail messages (.eml): subject, sender, date, and the text or HTML body.

A press release or a forwarded article arrives as mail. The plain-text part is preferred
(it is what the sender wrote as text); an HTML-only message goes through the web page
reader. The sender's display name is the outlet; a signature after ``-- `` is dropped.
"""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import Address
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses
from typing import Any

from analysis.ingest import html, text
from analysis.ingest.blocks import Extracted, Meta
from analysis.ingest.clean import squash
from analysis.ingest.decode import decode
from analysis.ingest.errors import LoadFailure

_SIGNATURE = re.compile(r"\n-- ?\n.*\Z", re.DOTALL)


def _part_bytes(part: Message) -> tuple[bytes, str | None]:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # a damaged transfer encoding: read what is there as text
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        payload = raw.encode("utf-8", "replace") if isinstance(raw, str) else b""
    return payload, part.get_content_charset()


def _body_parts(message: Message) -> tuple[Message | None, Message | None]:
    plain: Message | None = None
    rich: Message | None = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = part
        elif kind == "text/html" and rich is None:
            rich = part
    return plain, rich


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name, "")
    except Exception:  # malformed header values raise on parsing under the modern policy
        return ""
    return squash(str(value or ""))


def _sender(message: Message) -> tuple[str, str]:
    """Return (display name, address) of the sender."""
    raw = _header(message, "From")
    try:
        addresses = getattr(message.get("From"), "addresses", None)
    except Exception:
        addresses = None
    if addresses:
        first: Address = addresses[0]
        return squash(first.display_name), first.addr_spec
    name, address = getaddresses([raw])[0] if raw else ("", "")
    return squash(name), address


def _meta(message: Message) -> Meta:
    name, address = _sender(message)
    domain = address.rpartition("@")[2] if "@" in address else ""
    return Meta(
        title=_header(message, "Subject"),
        source=name or domain,
        author=name or address,
        date=_header(message, "Date"),
    )


def read(data: bytes, *, encoding: str | None = None) -> Extracted:
    """Read an e-mail message."""
    try:
        message: Any = BytesParser(policy=policy.default).parsebytes(data)
    except Exception as exc:  # the parser is lenient; anything raised here means a broken file
        raise LoadFailure(f"The e-mail message could not be parsed ({type(exc).__name__}).") from None
    plain, rich = _body_parts(message)
    meta = _meta(message)
    if plain is not None:
        payload, charset = _part_bytes(plain)
        decoded = decode(payload, override=encoding, declared=charset)
        body = _SIGNATURE.sub("", decoded.text)
        extracted = text.from_text(body, meta, title_line=False)
    elif rich is not None:
        payload, charset = _part_bytes(rich)
        decoded = decode(payload, override=encoding, declared=charset)
        extracted = html.from_markup(decoded.text)
        extracted.meta = _merge(meta, extracted.meta)
    else:
        raise LoadFailure("The e-mail has no text or HTML body.")
    extracted.meta.encoding = decoded.encoding
    return extracted


def _merge(mail: Meta, page: Meta) -> Meta:
    """Mail headers win; the page fills what they lack (a newsletter's canonical URL)."""
    for name in ("title", "source", "author", "date", "url", "language"):
        if not getattr(mail, name):
            setattr(mail, name, getattr(page, name))
    return mail
