"""Last-good backups of saved projects, kept in the user data folder.

After every successful save the project is copied (with SQLite's online backup, page by
page, so the copy is a consistent database) to ``<data>/backups/<stem>-<hash>.parallax``;
the copy it replaces is kept as ``...prev.parallax``. The hash is of the project's
absolute path, so two projects called ``Case.parallax`` in different folders keep
separate backups. Backups live outside the project's folder: whatever damages the folder
(a sync tool, a full USB stick) does not damage them.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from pathlib import Path

from analysis import userdirs
from analysis.project import dbfile


def _stem(project: Path, folder: Path | None, create: bool = True) -> Path:
    resolved = project.expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return (folder or userdirs.backup_dir(create)) / f"{resolved.stem}-{digest}"


def backup_paths(project: Path, folder: Path | None = None, create: bool = True) -> tuple[Path, Path]:
    """Return ``(latest, previous)`` backup paths of a project (they may not exist)."""
    stem = _stem(project, folder, create)
    return stem.with_name(stem.name + ".parallax"), stem.with_name(stem.name + ".prev.parallax")


def find_backup(project: Path, folder: Path | None = None) -> Path | None:
    """Return the newest backup of ``project`` that looks like a database, if any."""
    for candidate in backup_paths(project, folder, create=False):
        try:
            dbfile.read_header(candidate)
        except (OSError, dbfile.HeaderProblem):
            continue
        return candidate
    return None


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of an open database to ``target`` atomically."""
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    dbfile.remove_sidecars(temp)
    with contextlib.suppress(FileNotFoundError):
        temp.unlink()
    copy = sqlite3.connect(temp, isolation_level=None)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one file, never a log
    finally:
        copy.close()
    dbfile.replace(temp, target)


def refresh(project: Path, conn: sqlite3.Connection, folder: Path | None = None) -> Path:
    """Make the just-saved ``project`` (open as ``conn``) its latest backup.

    Returns
    -------
    Path
        The latest backup.
    """
    latest, previous = backup_paths(project, folder)
    dbfile.sweep(latest.parent, ".*.tmp")
    if latest.exists():
        os.replace(latest, previous)
    copy_database(conn, latest)
    return latest


def keep_old_schema(project: Path, version: int, folder: Path | None = None) -> Path:
    """Keep a copy of a project before it is rewritten in a newer schema."""
    stem = _stem(project, folder)
    target = stem.with_name(f"{stem.name}.schema{version}.parallax")
    source = dbfile.connect_for_reading(project)
    try:
        copy_database(source, target)
    finally:
        source.close()
    return target
