"""The project file's SQLite schema: its versions and the migrations between them.

A Parallax project is a SQLite database marked with :data:`APPLICATION_ID` (SQLite's
``PRAGMA application_id``, so ``file(1)`` and our own check can tell it from any other
database) and versioned with ``PRAGMA user_version``.

History
-------
1. ``articles`` without ``side``; all edits as one JSON document in ``meta['edits']`` and
   all per-project settings as one in ``meta['settings']``.
2. ``articles.side`` and ``articles.fingerprint`` (a digest of the row, so a save rewrites
   only the articles that changed); edits one row per :class:`~analysis.model.Edits`
   field and settings one row per key, so an autosave after one edit writes one row.

A file is migrated on open in a private in-memory copy (the file on disk is left as it
is, so an older Parallax can still open it until the analyst saves), and rewritten in the
current schema when saved.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x50524C58  # "PRLX"
VERSION = 2
"""The schema this Parallax writes, and the newest it reads."""

ARTICLE_COLUMNS = (
    "id",
    "position",
    "fingerprint",
    "path",
    "format",
    "encoding",
    "title",
    "source",
    "author",
    "date",
    "url",
    "language",
    "copy_of",
    "side",
    "paragraphs",
    "noise",
    "text",
)
"""The article columns in table order: small ones first, ``text`` last, so that reading
the fingerprints of 2,000 articles never walks through their texts' overflow pages."""

_TEXT = "TEXT NOT NULL DEFAULT ''"

V1_SQL = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    path {_TEXT}, format TEXT NOT NULL, text TEXT NOT NULL, encoding {_TEXT},
    title {_TEXT}, source {_TEXT}, author {_TEXT}, date {_TEXT}, url {_TEXT}, language {_TEXT},
    paragraphs TEXT NOT NULL DEFAULT '[]', noise TEXT NOT NULL DEFAULT '[]', copy_of {_TEXT}
);
"""
"""Schema 1, kept verbatim: the fixture of an old project is built from it."""

CURRENT_SQL = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    fingerprint {_TEXT},
    path {_TEXT}, format TEXT NOT NULL, encoding {_TEXT},
    title {_TEXT}, source {_TEXT}, author {_TEXT}, date {_TEXT}, url {_TEXT}, language {_TEXT},
    copy_of {_TEXT}, side {_TEXT},
    paragraphs TEXT NOT NULL DEFAULT '[]', noise TEXT NOT NULL DEFAULT '[]', text TEXT NOT NULL
);
CREATE TABLE edits (field TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def create(conn: sqlite3.Connection) -> None:
    """Create the current schema in an empty database (inside the caller's transaction)."""
    for statement in CURRENT_SQL.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {VERSION}")


def _split_json_rows(conn: sqlite3.Connection, meta_key: str, table: str, key_column: str) -> None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (meta_key,)).fetchone()
    document = json.loads(row[0]) if row else {}
    if not isinstance(document, dict):
        raise ValueError(f"meta '{meta_key}' is not a JSON object")
    conn.executemany(
        f"INSERT INTO {table} ({key_column}, value) VALUES (?, ?)",
        [(str(key), json.dumps(value, ensure_ascii=False)) for key, value in document.items()],
    )
    conn.execute("DELETE FROM meta WHERE key = ?", (meta_key,))


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    conn.execute(f"ALTER TABLE articles ADD COLUMN side {_TEXT}")
    # An empty fingerprint never matches, so the first save rewrites every row once.
    conn.execute(f"ALTER TABLE articles ADD COLUMN fingerprint {_TEXT}")
    conn.execute("CREATE TABLE edits (field TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    _split_json_rows(conn, "edits", "edits", "field")
    _split_json_rows(conn, "settings", "settings", "key")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}
"""from-version -> the step that brings a database to from-version + 1."""


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database of schema ``version`` to :data:`VERSION` in one transaction.

    Raises
    ------
    ValueError
        When no migration path exists or an old document cannot be read.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        while version < VERSION:
            step = MIGRATIONS.get(version)
            if step is None:
                raise ValueError(f"no migration from schema {version}")
            step(conn)
            version += 1
        conn.execute(f"PRAGMA user_version = {VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
