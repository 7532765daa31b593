"""Saving and opening project files.

A save is one SQLite transaction: it either commits whole or leaves the previous version
on disk, whatever happens to the process (``kill -9`` included). An existing project of
the current schema is updated in place and only the articles whose content changed are
rewritten (each row carries a fingerprint); anything else at the path (a new file, an
older schema, a damaged file) is replaced by a complete new file written beside it and
renamed over it. Every successful save refreshes the last-good backup (:mod:`.backup`).
"""

from __future__ import annotations

import glob
import logging
import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from analysis.project import backup, codec, dbfile, schema
from analysis.project.state import ProjectError, ProjectState

log = logging.getLogger(__name__)

SUFFIX = ".parallax"
GENERATOR = "Parallax"

_INSERT = (
    f"INSERT OR REPLACE INTO articles ({', '.join(schema.ARTICLE_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in schema.ARTICLE_COLUMNS)})"
)


@dataclass(frozen=True)
class SaveStats:
    """What a save wrote: articles rewritten, only moved, removed, and left alone."""

    written: int
    moved: int
    removed: int
    unchanged: int


# -- writing -----------------------------------------------------------------------------
def _check(state: ProjectState) -> None:
    seen: set[str] = set()
    for article in state.articles:
        if article.id in seen:
            raise ValueError(f"two articles share the id {article.id}")
        seen.add(article.id)


def _sync_rows(conn: sqlite3.Connection, table: str, key: str, rows: Mapping[str, str], prune: bool) -> None:
    """Make ``table`` hold ``rows`` (key -> value), touching only the rows that differ."""
    stored = dict(conn.execute(f"SELECT {key}, value FROM {table}").fetchall())
    encoded = {codec.to_sql(k): codec.to_sql(v) for k, v in rows.items()}
    changed = [(k, v) for k, v in encoded.items() if stored.get(k) != v]
    conn.executemany(f"INSERT OR REPLACE INTO {table} ({key}, value) VALUES (?, ?)", changed)
    if prune:
        conn.executemany(f"DELETE FROM {table} WHERE {key} = ?", [(k,) for k in stored if k not in encoded])


def write_state(
    conn: sqlite3.Connection, state: ProjectState, extra_meta: Mapping[str, str] | None = None
) -> SaveStats:
    """Write ``state`` (and ``extra_meta`` keys) into an open current-schema database.

    Call it inside a transaction; only rows that differ from what is stored are written.
    """
    stored = {
        codec.from_sql(row[0]): (row[1], row[2])
        for row in conn.execute("SELECT id, fingerprint, position FROM articles")
    }
    upserts: list[codec.ArticleRow] = []
    moves: list[tuple[int, str | bytes]] = []
    for position, article in enumerate(state.articles):
        old = stored.pop(article.id, None)
        if old is None or old[0] != codec.article_fingerprint(article):
            upserts.append(codec.article_row(article, position))
        elif old[1] != position:
            moves.append((position, codec.to_sql(article.id)))
    conn.executemany(_INSERT, upserts)
    conn.executemany("UPDATE articles SET position = ? WHERE id = ?", moves)
    conn.executemany("DELETE FROM articles WHERE id = ?", [(codec.to_sql(i),) for i in stored])
    _sync_rows(conn, "edits", "field", codec.edits_rows(state.edits), prune=True)
    _sync_rows(conn, "settings", "key", codec.settings_rows(state.settings), prune=True)
    now = _now()
    meta = {"name": state.name, "articles": str(len(state.articles)), "generator": GENERATOR, "saved_at": now}
    if conn.execute("SELECT 1 FROM meta WHERE key = 'created'").fetchone() is None:
        meta["created"] = now
    meta.update(extra_meta or {})
    _sync_rows(conn, "meta", "key", meta, prune=False)
    unchanged = len(state.articles) - len(upserts) - len(moves)
    return SaveStats(len(upserts), len(moves), len(stored), unchanged)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _transaction(
    conn: sqlite3.Connection, state: ProjectState, create: bool, meta: Mapping[str, str] | None
) -> SaveStats:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if create:
            schema.create(conn)
        stats = write_state(conn, state, meta)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return stats


def _refresh_backup(path: Path, conn: sqlite3.Connection) -> None:
    # The save itself succeeded; a backup that cannot be written must not undo that.
    try:
        backup.refresh(path, conn)
    except (OSError, sqlite3.Error) as exc:
        log.warning("could not refresh the backup of %s: %s", path, exc)


def _write(
    db: Path,
    project: Path,
    state: ProjectState,
    create: bool,
    keep_backup: bool,
    meta: Mapping[str, str] | None,
) -> SaveStats:
    """Save ``state`` into the database file ``db`` in one transaction (creating its schema
    when ``create``), then refresh the last-good backup of ``project`` from it."""
    conn = dbfile.connect(db, create=create)
    try:
        stats = _transaction(conn, state, create, meta)
        if keep_backup:
            _refresh_backup(project, conn)
    finally:
        dbfile.close(conn)
    return stats


def save_in_place(
    path: Path, state: ProjectState, keep_backup: bool, meta: Mapping[str, str] | None = None
) -> SaveStats:
    """Update an existing current-schema project in one transaction."""
    return _write(path, path, state, False, keep_backup, meta)


def save_fresh(
    path: Path, state: ProjectState, keep_backup: bool, meta: Mapping[str, str] | None = None
) -> SaveStats:
    """Write a complete new project beside ``path`` and rename it over ``path``."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.saving")
    dbfile.sweep(path.parent, f".{glob.escape(path.name)}.*.saving")
    dbfile.remove_sidecars(temp)
    temp.unlink(missing_ok=True)
    try:
        stats = _write(temp, path, state, True, keep_backup, meta)
        dbfile.replace(temp, path)
    except BaseException:
        dbfile.remove_sidecars(temp)
        temp.unlink(missing_ok=True)
        raise
    return stats


def stored_version(path: Path) -> int | None:
    """Return the schema of the Parallax project at ``path``; ``None`` when it is not one."""
    try:
        header = dbfile.read_header(path)
    except (OSError, dbfile.HeaderProblem):
        return None
    return header.user_version if header.application_id == schema.APPLICATION_ID else None


def save_project(path: Path | str, state: ProjectState, *, keep_backup: bool = True) -> SaveStats:
    """Save ``state`` to ``path`` atomically; see the module docstring.

    Parameters
    ----------
    path : Path or str
        The project file (conventionally ending in ``.parallax``).
    state : ProjectState
        What to save. Hand a :meth:`ProjectState.snapshot` to a worker thread.
    keep_backup : bool
        Refresh the last-good backup in the user data folder after saving.

    Returns
    -------
    SaveStats
        How many articles were written, moved, removed, left alone.

    Raises
    ------
    ProjectError
        When the file cannot be written (the version on disk is then unchanged).
    ValueError
        When the state cannot be stored (duplicate article ids, settings not JSON).
    """
    return write_project(Path(path).expanduser(), state, keep_backup=keep_backup)


def write_project(
    path: Path, state: ProjectState, *, keep_backup: bool, meta: Mapping[str, str] | None = None
) -> SaveStats:
    """Do the work of :func:`save_project`, adding ``meta`` keys (used by autosave)."""
    _check(state)
    codec.settings_rows(state.settings)  # raise ValueError before touching the disk
    try:
        version = stored_version(path)
        if version == schema.VERSION:
            try:
                return save_in_place(path, state, keep_backup, meta)
            except sqlite3.DatabaseError as exc:
                if type(exc) is not sqlite3.DatabaseError:  # locked, full, read-only, ...
                    raise
                log.warning("%s is damaged (%s); writing a complete new file", path, exc)
        elif version is not None and keep_backup:
            backup.keep_old_schema(path, version)
        return save_fresh(path, state, keep_backup, meta)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectError(path, f"could not be saved ({exc}); the version on disk is unchanged") from exc
