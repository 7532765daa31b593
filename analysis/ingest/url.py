"""Web addresses: fetched with hard limits, then read like a saved file.

Only ``http`` and ``https`` are fetched (``file:``, ``data:``, ``ftp:`` are refused so a
link can never read a local file); the server gets ``url_timeout`` seconds per answer
and the whole download ``url_seconds``; at most ``url_max_bytes`` are read and at most
``max_redirects`` redirects followed, each to http(s) only. The content type must be a
page or a document.
"""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from http.client import HTTPMessage
from typing import IO, Any
from urllib.parse import urlsplit

from analysis.ingest.errors import LoadFailure
from analysis.ingest.limits import DEFAULT, Limits, megabytes

SCHEMES = ("http", "https")
ACCEPTED = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "txt",
    "text/markdown": "md",
    "application/pdf": "pdf",
    "message/rfc822": "eml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/octet-stream": "",
}
_HEADERS = {
    "User-Agent": "Mozilla/5.0 (compatible; Parallax article loader)",
    "Accept": "text/html,application/xhtml+xml,text/plain;q=0.8,application/pdf;q=0.8,*/*;q=0.1",
    "Accept-Encoding": "identity",
}


@dataclass(frozen=True)
class Fetched:
    """A downloaded document: bytes, the type the server gave, and the final address."""

    data: bytes
    content_type: str
    url: str
    suffix: str
    charset: str | None = None


def is_url(text: str) -> bool:
    """Return whether ``text`` is written as a URL (any scheme), not a file path."""
    if ":" not in text:
        return False  # no scheme without a colon; most inputs are plain paths
    scheme = urlsplit(text).scheme.lower()
    return (len(scheme) > 1 and "://" in text[:12]) or scheme in (
        "data",
        "file",
        "javascript",
        "about",
        "mailto",
    )


def check_url(url: str) -> str:
    """Return ``url`` when it may be fetched; raise :class:`LoadFailure` otherwise."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise LoadFailure(
            f"Only http and https addresses are fetched; {parts.scheme or 'this'}: links are refused."
        )
    if not parts.hostname:
        raise LoadFailure("The address has no host name.")
    return url


def _redirects(limit: int) -> urllib.request.HTTPRedirectHandler:
    """Return a redirect handler following at most ``limit`` hops, to http(s) only."""

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = limit
        max_repeats = 2

        def redirect_request(
            self, req: Any, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
        ) -> Any:
            check_url(newurl)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return Redirects()


def _open(url: str, limits: Limits) -> Any:
    opener = urllib.request.build_opener(_redirects(limits.max_redirects))
    request = urllib.request.Request(url, headers=_HEADERS)
    try:
        return opener.open(request, timeout=limits.url_timeout)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and "not allowed" in str(exc.msg):
            raise LoadFailure(
                "The address redirects to a non-web link; only http and https are followed."
            ) from None
        if 300 <= exc.code < 400:
            raise LoadFailure(
                f"The address redirects too many times (more than {limits.max_redirects})."
            ) from None
        raise LoadFailure(f"The server answered {exc.code} {exc.reason}.") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            raise LoadFailure(f"The server did not answer within {limits.url_timeout:.0f} seconds.") from None
        raise LoadFailure(f"The address could not be reached ({reason}).") from None
    except TimeoutError:
        raise LoadFailure(f"The server did not answer within {limits.url_timeout:.0f} seconds.") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise LoadFailure(f"The address could not be fetched ({exc}).") from None


def _content_type(response: Any, limits: Limits) -> tuple[str, str]:
    content_type = response.headers.get_content_type() if response.headers else "application/octet-stream"
    if content_type not in ACCEPTED:
        raise LoadFailure(f"The address returned {content_type}, not a web page or a document.")
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > limits.url_max_bytes:
        raise LoadFailure(
            f"The page is {megabytes(int(length))}, larger than the "
            f"{megabytes(limits.url_max_bytes)} read from the web."
        )
    return content_type, ACCEPTED[content_type]


def _body(response: Any, limits: Limits) -> bytes:
    began = time.monotonic()
    end = began + limits.url_seconds
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = response.read1(65536)
        except TimeoutError:
            raise LoadFailure(f"The server stopped sending for {limits.url_timeout:.0f} seconds.") from None
        except (OSError, http.client.HTTPException) as exc:
            raise LoadFailure(f"The download broke off ({exc}).") from None
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > limits.url_max_bytes:
            raise LoadFailure(f"The page is larger than {megabytes(limits.url_max_bytes)}; download stopped.")
        now = time.monotonic()
        if now > end:
            raise LoadFailure(
                f"The download took longer than {limits.url_seconds:.0f} seconds and was stopped."
            )
        _check_rate(total, now - began, limits)
        chunks.append(chunk)


def _check_rate(total: int, elapsed: float, limits: Limits) -> None:
    """Give up a download that trickles: slower than ``url_min_rate`` after the grace."""
    if elapsed > limits.url_grace and total < limits.url_min_rate * elapsed:
        raise LoadFailure(
            f"The server sent only {total:,} bytes in {elapsed:.0f} seconds; download stopped "
            "(a server this slow is stalling)."
        )


def fetch(url: str, limits: Limits = DEFAULT) -> Fetched:
    """Download ``url`` within ``limits``.

    Raises
    ------
    LoadFailure
        For refused schemes, network errors, HTTP errors, wrong content types, oversized
        or endless downloads and redirect loops.
    """
    check_url(url)
    response = _open(url, limits)
    with response:
        content_type, suffix = _content_type(response, limits)
        data = _body(response, limits)
        charset = response.headers.get_content_charset() if response.headers else None
        return Fetched(data, content_type, response.geturl() or url, suffix, charset)
