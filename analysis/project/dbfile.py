"""Low-level file handling: SQLite header checks, connections, durable replacement.

The header checks run before SQLite touches a file so that an empty, foreign or
truncated file gets a precise message instead of SQLite's generic "file is not a
database" or "database disk image is malformed".
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Header:
    """The fields of a SQLite file header that tell what the file is."""

    size: int
    """bytes on disk"""
    page_size: int
    pages: int
    """pages the header claims (0 when SQLite would not trust the count)"""
    application_id: int
    user_version: int


class HeaderProblem(Exception):
    """The file is not a readable SQLite database; the message says why, for the user."""


def _u32(data: bytes, offset: int) -> int:
    return int.from_bytes(data[offset : offset + 4], "big")


def read_header(path: Path) -> Header:
    """Read and sanity-check a SQLite file header.

    Raises
    ------
    HeaderProblem
        When the file is empty, not SQLite, or shorter than its header says.
    OSError
        When the file cannot be read at all.
    """
    size = path.stat().st_size
    with path.open("rb") as handle:
        data = handle.read(100)
    if size == 0:
        raise HeaderProblem("the file is empty (0 bytes): it was truncated or never finished writing")
    if not data.startswith(MAGIC):
        raise HeaderProblem("this is not a Parallax project (not a SQLite database)")
    if len(data) < 100:
        raise HeaderProblem(f"the file is truncated ({size} bytes, shorter than its own header)")
    raw_page = int.from_bytes(data[16:18], "big")
    page_size = 65536 if raw_page == 1 else raw_page
    # SQLite trusts the in-header page count only when the change counter matches
    # "version valid for"; otherwise it uses the file size, and so do we.
    pages = _u32(data, 28) if _u32(data, 24) == _u32(data, 92) else 0
    header = Header(size, page_size, pages, _u32(data, 68), _u32(data, 60))
    if page_size < 512 or page_size & (page_size - 1):
        raise HeaderProblem("the file header is damaged (impossible page size)")
    if not _has_wal_frames(path):
        # With committed frames still in the write-ahead log, the main file may be
        # mid-checkpoint; SQLite will repair it from the log, so only judge it without one.
        expected = pages * page_size
        if size % page_size or (expected and size < expected):
            raise HeaderProblem(f"the file is truncated ({size:,} of {max(expected, size):,} bytes)")
    return header


def _has_wal_frames(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 32  # a bare 32-byte WAL header holds no frames
    except OSError:
        return False


def connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """Open a project database for reading and writing in autocommit mode.

    Transactions are explicit (``BEGIN IMMEDIATE`` ... ``COMMIT``); the write-ahead log
    keeps the main file consistent until a checkpoint, and ``synchronous=FULL`` makes each
    commit durable before it returns.
    """
    mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10.0, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def connect_for_reading(path: Path) -> sqlite3.Connection:
    """Open a project to read it, leaving its journal mode as it is.

    A read-write connection lets SQLite finish what a crash interrupted (replay a
    write-ahead log, roll back a hot journal). Where the file or its folder cannot be
    written (a read-only share or medium) it is read as an immutable file instead.
    """
    base = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{base}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{base}?mode=ro&immutable=1", uri=True, isolation_level=None)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if "readonly" not in str(exc) and "unable to open" not in str(exc):
            raise
        return sqlite3.connect(f"{base}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return conn


def close(conn: sqlite3.Connection) -> None:
    """Fold the write-ahead log into the main file and close.

    After this the project is one self-contained file that can be copied to another
    machine on its own.
    """
    with contextlib.suppress(sqlite3.Error):
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def sync_dir(folder: Path) -> None:
    """Flush a directory entry (a rename) to disk where the platform allows it."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_sidecars(path: Path) -> None:
    """Delete a database's ``-wal``/``-shm``/``-journal`` files.

    Called before another file is moved onto ``path``: a stale log left by the old file
    must never be replayed onto the new one.
    """
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()


STALE_SECONDS = 600.0
"""A temporary file this old was left by a process that died while writing it."""


def sweep(folder: Path, pattern: str) -> None:
    """Delete old temporary files matching ``pattern`` (and their SQLite side files).

    Only old ones: a young one may belong to another Parallax writing right now.
    """
    now = time.time()
    for stale in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > STALE_SECONDS:
                remove_sidecars(stale)
                stale.unlink()


def replace(source: Path, target: Path) -> None:
    """Atomically move a finished database file onto ``target`` and make it durable."""
    with source.open("rb+") as handle:
        os.fsync(handle.fileno())
    remove_sidecars(target)
    os.replace(source, target)
    sync_dir(target.parent)
