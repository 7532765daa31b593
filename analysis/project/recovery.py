"""Finding, restoring and discarding the work of sessions that did not exit cleanly.

Each running Parallax owns an autosave *session* in the user data folder::

    <data>/autosave/<session>.lock      held while the process lives (see :mod:`.lock`)
    <data>/autosave/<session>/session.json   who, when, which project (for people)
    <data>/autosave/<session>/snapshot.parallax   the last autosave, a complete project

A clean shutdown deletes all three. A session left behind whose lock is free belongs to a
process that died; if its snapshot holds unsaved work, the next start offers it.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from analysis import userdirs
from analysis.project import dbfile, load
from analysis.project.lock import FileLock, held_elsewhere
from analysis.project.state import ProjectError, ProjectState

SNAPSHOT = "snapshot.parallax"
MARKER = "session.json"
PROJECT_KEY = "autosave_project"
UNSAVED_KEY = "autosave_unsaved"


@dataclass(frozen=True)
class Recovery:
    """Unsaved work left by a session that ended without a clean shutdown.

    Attributes
    ----------
    session : str
        The session's folder name (unique).
    snapshot : Path
        The autosaved project.
    project_path : str
        The project file the work belongs to; ``""`` for a project never saved.
    name : str
        The case's name, or the project file's stem, or ``""``.
    saved_at : datetime or None
        When the last autosave completed (UTC).
    articles : int
        How many articles the autosave holds.
    problem : str
        Why the snapshot cannot be read (``""`` when it can).
    """

    session: str
    snapshot: Path
    project_path: str
    name: str
    saved_at: datetime | None
    articles: int
    problem: str = ""

    @property
    def title(self) -> str:
        """A label for a recovery dialog."""
        return self.name or "Untitled project"


def lock_path(folder: Path, session: str) -> Path:
    """Return the lock file of a session."""
    return folder / f"{session}.lock"


def _describe(folder: Path) -> Recovery | None:
    """Return the recovery a dead session offers, or ``None`` when it holds nothing unsaved."""
    snapshot = folder / SNAPSHOT
    if not snapshot.exists():
        return None
    try:
        conn = dbfile.connect_for_reading(snapshot)
        try:
            info = load.read_info(conn)
            meta = load.read_meta(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return Recovery(folder.name, snapshot, "", "", None, 0, problem=str(exc))
    if meta.get(UNSAVED_KEY) != "1" or info.articles == 0:
        return None
    project = meta.get(PROJECT_KEY, "")
    name = info.name or (Path(project).stem if project else "")
    try:
        saved_at = datetime.fromisoformat(info.saved_at) if info.saved_at else None
    except ValueError:
        saved_at = None
    return Recovery(folder.name, snapshot, project, name, saved_at, info.articles)


def _dead_sessions(root: Path) -> list[Path]:
    """Return the session folders under ``root`` whose process is gone."""
    folders = sorted(root.iterdir()) if root.is_dir() else []
    return [
        folder
        for folder in folders
        if folder.is_dir()
        and not folder.name.startswith(".")
        and not held_elsewhere(lock_path(root, folder.name))
    ]


def pending_recoveries(folder: Path | None = None) -> list[Recovery]:
    """List the unsaved work of sessions that exited uncleanly, newest first.

    Sessions of Parallax windows still running are never listed, nor sessions whose
    last autosave had been saved to the project already.
    """
    root = folder or userdirs.autosave_dir(create=False)
    found = [r for r in map(_describe, _dead_sessions(root)) if r is not None]
    return sorted(found, key=lambda r: r.saved_at.timestamp() if r.saved_at else 0.0, reverse=True)


def recover(recovery: Recovery) -> ProjectState:
    """Return the state autosaved by a dead session.

    The work was never saved: show it as modified, belonging to ``recovery.project_path``
    when that is set. The snapshot stays where it is until :func:`discard`: call that once
    the new session holds the work (after its first autosave or a save), so a second
    crash loses nothing.

    Raises
    ------
    ProjectError
        When the snapshot cannot be read.
    """
    return load.open_project(recovery.snapshot, fallback_name=recovery.name)


def discard(recovery: Recovery, folder: Path | None = None) -> None:
    """Delete a dead session's autosave for good.

    Raises
    ------
    ProjectError
        When the session belongs to a Parallax that is running.
    """
    root = folder or recovery.snapshot.parent.parent
    remove_session(root, recovery.session)


def remove_session(root: Path, session: str) -> None:
    """Delete a session's folder and lock unless a live process holds the lock."""
    held = FileLock.acquire(lock_path(root, session))
    if held is None:
        raise ProjectError(root / session, "this autosave belongs to a Parallax that is still running")
    shutil.rmtree(root / session, ignore_errors=True)
    held.release(delete=True)


def prune(folder: Path | None = None) -> None:
    """Delete dead sessions that hold nothing to recover (their work was saved)."""
    root = folder or userdirs.autosave_dir()
    for session in _dead_sessions(root):
        if _describe(session) is None:
            with contextlib.suppress(ProjectError, OSError):
                remove_session(root, session.name)
