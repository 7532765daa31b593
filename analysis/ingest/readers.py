"""One input to one article: read the bytes, sniff the type, run its reader, assemble.

Every failure becomes :class:`LoadFailure`; a reader crashing on input nobody foresaw
is reported as a damaged file of its type rather than a traceback.
"""

from __future__ import annotations

from pathlib import PurePath

from analysis.ingest import build, docx, html, mail, markdown, pdf, sniff, text
from analysis.ingest import url as web
from analysis.ingest.blocks import Extracted
from analysis.ingest.errors import LoadFailure
from analysis.ingest.limits import DEFAULT, Deadline, Limits, read_bytes
from analysis.model import Article, Format

NAMES = {
    Format.TEXT: "text file",
    Format.MARKDOWN: "Markdown file",
    Format.HTML: "web page",
    Format.PDF: "PDF",
    Format.DOCX: "Word document",
    Format.EMAIL: "e-mail",
}


def extract(
    data: bytes,
    fmt: Format,
    *,
    encoding: str | None,
    limits: Limits,
    deadline: Deadline,
    url: str | None = None,
    declared: str | None = None,
) -> Extracted:
    """Run the reader of ``fmt`` on ``data`` (``url``: where a page came from; ``declared``: its charset)."""
    if fmt is Format.PDF:
        return pdf.read(data, limits=limits, deadline=deadline)
    if fmt is Format.DOCX:
        return docx.read(data, limits=limits, deadline=deadline)
    if fmt is Format.HTML:
        return html.read(data, encoding=encoding, url=url, declared=declared)
    if fmt is Format.MARKDOWN:
        return markdown.read(data, encoding=encoding, declared=declared)
    if fmt is Format.EMAIL:
        return mail.read(data, encoding=encoding)
    return text.read(data, encoding=encoding, declared=declared)


def read_data(
    data: bytes,
    name: str,
    *,
    encoding: str | None = None,
    limits: Limits = DEFAULT,
    url: str | None = None,
    path: str | None = None,
    declared: str | None = None,
) -> Article:
    """Return the article in ``data`` (the content of a file called ``name``).

    ``url`` and ``path`` are given for downloads: the address the data came from and the
    address the user typed (the article's ``path``); the format is then ``url``; ``declared``
    is the charset the web server named.

    Raises
    ------
    LoadFailure
        For anything that keeps the data from being an article.
    """
    deadline = Deadline(limits.max_seconds)
    found = sniff.sniff(data, name)
    if found in sniff.TEXT_LIKE and len(data) > limits.max_text_bytes:
        raise LoadFailure(
            f"The file is {len(data) / 2**20:.0f} MB; Parallax reads text files up to "
            f"{limits.max_text_bytes // 2**20} MB. Split it or save only the article."
        )
    if found in (Format.TEXT, Format.MARKDOWN) and len(data) // 4 > limits.max_chars:
        # Even at four bytes a character this is too long: refuse before decoding it all.
        raise build.too_long(len(data) // 4, limits)
    try:
        extracted = extract(
            data, found, encoding=encoding, limits=limits, deadline=deadline, url=url, declared=declared
        )
    except (LoadFailure, MemoryError):
        raise
    except RecursionError:
        raise LoadFailure(f"This {NAMES[found]} is nested too deeply to be read safely.") from None
    except Exception as exc:  # last line of defence: a library bug must not crash the batch
        raise LoadFailure(f"This {NAMES[found]} could not be read ({type(exc).__name__}: {exc}).") from None
    if url:
        extracted.meta.url = extracted.meta.url or url
    fmt = Format.URL if url else found
    return build.assemble(extracted, path=path or name, fmt=fmt, limits=limits)


def read_path(path: str, *, encoding: str | None = None, limits: Limits = DEFAULT) -> Article:
    """Return the article in the file at ``path``."""
    guess = sniff.by_extension(path)
    cap = limits.max_text_bytes if guess in sniff.TEXT_LIKE else limits.max_file_bytes
    return read_data(read_bytes(path, cap), path, encoding=encoding, limits=limits)


def read_url(address: str, *, encoding: str | None = None, limits: Limits = DEFAULT) -> Article:
    """Return the article at a web address."""
    fetched = web.fetch(address, limits)
    name = PurePath(fetched.url.split("?", 1)[0]).name or "index"
    if fetched.suffix and not name.endswith(f".{fetched.suffix}"):
        name = f"{name}.{fetched.suffix}"
    return read_data(
        fetched.data,
        name,
        encoding=encoding,
        limits=limits,
        url=fetched.url,
        path=address,
        declared=fetched.charset,
    )
