"""Opening project files, with a message the analyst understands for every failure."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from analysis.project import backup, codec, dbfile, schema
from analysis.project.state import ProjectError, ProjectState


@dataclass(frozen=True)
class ProjectInfo:
    """What a project's ``meta`` table says about it, read without loading the articles."""

    name: str
    articles: int
    saved_at: str
    created: str


def read_state(conn: sqlite3.Connection, fallback_name: str = "") -> ProjectState:
    """Read a whole project from an open current-schema database.

    Raises
    ------
    ValueError
        When a stored value is impossible (the file was tampered with or damaged).
    sqlite3.DatabaseError
        When SQLite cannot read it.
    """
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM articles ORDER BY position, rowid").fetchall()
    conn.row_factory = None
    articles = [codec.article_from_row(row) for row in rows]
    edits = codec.edits_from_rows(dict(conn.execute("SELECT field, value FROM edits").fetchall()))
    settings = codec.settings_from_rows(dict(conn.execute("SELECT key, value FROM settings").fetchall()))
    name = read_info(conn).name or fallback_name
    return ProjectState(articles=articles, edits=edits, settings=settings, name=name)


def read_meta(conn: sqlite3.Connection) -> dict[str, str]:
    """Read the ``meta`` table (name, dates, counts, autosave marks)."""
    return {codec.from_sql(k): codec.from_sql(v) for k, v in conn.execute("SELECT key, value FROM meta")}


def read_info(conn: sqlite3.Connection) -> ProjectInfo:
    """Read the summary kept in ``meta``."""
    meta = read_meta(conn)
    count = meta.get("articles", "")
    return ProjectInfo(
        name=meta.get("name", ""),
        articles=int(count) if count.isdigit() else 0,
        saved_at=meta.get("saved_at", ""),
        created=meta.get("created", ""),
    )


def _newer(path: Path, version: int) -> ProjectError:
    return ProjectError(
        path,
        f"this project was made by a newer Parallax (schema {version}); this version reads up to "
        f"schema {schema.VERSION}. Update Parallax to open it.",
    )


def _identify(conn: sqlite3.Connection, path: Path) -> int:
    """Return the schema version of an open database, refusing foreign and newer ones."""
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if application_id != schema.APPLICATION_ID:
        raise ProjectError(path, "this is a SQLite database but not a Parallax project")
    if version > schema.VERSION:
        raise _newer(path, version)
    if version < 1:
        raise ProjectError(path, "the project has no schema version; it was never completely written")
    return version


def _check_integrity(conn: sqlite3.Connection) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA quick_check(3)").fetchall()]
    if problems != ["ok"]:
        raise sqlite3.DatabaseError("; ".join(problems))


def _read(conn: sqlite3.Connection, path: Path, fallback_name: str) -> ProjectState:
    version = _identify(conn, path)
    _check_integrity(conn)
    if version == schema.VERSION:
        return read_state(conn, fallback_name)
    # Migrate a private copy: opening never changes the file (an older Parallax may still
    # need it); the next save writes the current schema.
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.backup(memory)
        schema.migrate(memory, version)
        return read_state(memory, fallback_name)
    finally:
        memory.close()


def open_project(path: Path | str, *, fallback_name: str | None = None) -> ProjectState:
    """Open a project file.

    Older schemas are migrated in memory; the file is rewritten in the current schema at
    the next save. A project saved without a name is named ``fallback_name`` (by default
    the file's stem).

    Raises
    ------
    ProjectError
        With a message for the analyst when the file is missing, unreadable, not a
        Parallax project, empty, truncated or damaged (offering the last good backup in
        ``error.backup`` when one exists), or made by a newer Parallax.
    """
    path = Path(path).expanduser()
    if path.is_dir():
        raise ProjectError(path, "this is a folder, not a project file")
    try:
        dbfile.read_header(path)
    except FileNotFoundError:
        raise ProjectError(path, "the file does not exist", backup.find_backup(path)) from None
    except OSError as exc:
        raise ProjectError(path, f"the file cannot be read ({exc.strerror})") from exc
    except dbfile.HeaderProblem as exc:
        raise ProjectError(path, str(exc), backup.find_backup(path)) from exc
    try:
        conn = dbfile.connect_for_reading(path)
        try:
            return _read(conn, path, path.stem if fallback_name is None else fallback_name)
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError, LookupError, TypeError) as exc:
        message = f"the project is damaged and cannot be read ({exc})"
        raise ProjectError(path, message, backup.find_backup(path)) from exc
