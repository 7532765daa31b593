"""Size, count and time caps that keep one hostile input from stalling a batch."""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass

from analysis.ingest.errors import LoadFailure

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The caps applied while loading; the defaults suit news articles and reports.

    Attributes
    ----------
    max_file_bytes : int
        Largest binary document (PDF, DOCX) read at all.
    max_text_bytes : int
        Largest text-like file (txt, md, html, eml) read at all.
    max_chars : int
        Longest article text kept after extraction (about 300,000 words).
    max_seconds : float
        Time one file may take before it is given up.
    max_files : int
        Most files one batch (folders included) will read.
    max_pages : int
        Most PDF pages read.
    max_unzipped_bytes : int
        Largest total uncompressed size of a DOCX package (zip-bomb guard).
    url_timeout : float
        Seconds a web server may stay silent (connect or read).
    url_seconds : float
        Seconds a whole download may take.
    url_min_rate : int
        Bytes per second a download must average once ``url_grace`` seconds have passed:
        a server that trickles a few bytes at a time is given up after the grace, not
        after the whole ``url_seconds``, while a slow but honest one still finishes.
    url_grace : float
        Seconds before ``url_min_rate`` applies.
    url_max_bytes : int
        Largest web page downloaded.
    max_redirects : int
        Redirects followed for one URL.
    """

    max_file_bytes: int = 100 * MB
    max_text_bytes: int = 20 * MB
    max_chars: int = 2_000_000
    max_seconds: float = 20.0
    max_files: int = 20_000
    max_pages: int = 3_000
    max_unzipped_bytes: int = 200 * MB
    url_timeout: float = 4.0
    url_seconds: float = 15.0
    url_min_rate: int = 2048
    url_grace: float = 3.0
    url_max_bytes: int = 10 * MB
    max_redirects: int = 5


DEFAULT = Limits()


def megabytes(size: int) -> str:
    """Return ``size`` bytes as a short human figure such as ``"20 MB"``."""
    value = size / MB
    return f"{value:.0f} MB" if value >= 10 else f"{value:.1f} MB"


class Deadline:
    """A per-file time budget that long loops check between units of work."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        """Raise :class:`LoadFailure` once the budget is spent."""
        if time.monotonic() > self._end:
            raise LoadFailure(
                f"Reading took longer than {self.seconds:.0f} seconds and was stopped; "
                "the file may be damaged or far larger than an article."
            )


def _too_big(size: int, cap: int) -> LoadFailure:
    return LoadFailure(
        f"The file is {megabytes(size)}; Parallax reads files of this type up to {megabytes(cap)}. "
        "Split it or save only the article."
    )


def read_bytes(path: str, cap: int) -> bytes:
    """Read a regular file whole, refusing anything larger than ``cap`` bytes.

    The file is opened non-blocking and checked with ``fstat`` so that a FIFO or a
    device swapped in for a file can never block the loader; a file whose size or
    modification time changes while it is read is refused rather than half read.

    Raises
    ------
    LoadFailure
        For a missing, unreadable, special, oversized or changing file.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise LoadFailure("The file does not exist (it may have been moved or deleted).") from None
    except PermissionError:
        raise LoadFailure(
            "Permission denied: this file may not be read by you. Check its permissions."
        ) from None
    except OSError as exc:
        raise LoadFailure(f"The file could not be opened: {exc.strerror or exc}.") from None
    try:
        return _read_open(fd, cap)
    finally:
        os.close(fd)


def _read_open(fd: int, cap: int) -> bytes:
    before = os.fstat(fd)
    if not stat.S_ISREG(before.st_mode):
        raise LoadFailure("This is not a regular file (a device, pipe or socket); only documents are read.")
    if before.st_size > cap:
        raise _too_big(before.st_size, cap)
    chunks: list[bytes] = []
    total = 0
    try:
        while chunk := os.read(fd, 1 << 20):
            total += len(chunk)
            if total > cap:
                raise _too_big(total, cap)
            chunks.append(chunk)
    except OSError as exc:
        raise LoadFailure(f"The file could not be read: {exc.strerror or exc}.") from None
    after = os.fstat(fd)
    if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns) or total != after.st_size:
        raise LoadFailure("The file changed while it was being read; load it again once it is saved.")
    return b"".join(chunks)
