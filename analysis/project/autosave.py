"""Periodic autosave of the open project into the user data folder.

The desktop owns one :class:`Autosaver` per open project and calls :meth:`~Autosaver.autosave`
from a timer (every :attr:`analysis.settings.Settings.autosave_seconds`, at most 30 s) and
after edits, :meth:`~Autosaver.mark_saved` after Save / Save As / Open, and
:meth:`~Autosaver.close` on a clean shutdown. Nothing here imports Qt: the class is plain,
its methods may run on a worker thread (they serialise themselves), and what a crash
leaves behind is found by :func:`analysis.project.recovery.pending_recoveries`.

Autosaves never go beside the project: the analyst's folder holds only what they saved,
and an autosave of a project that was never saved still has somewhere to go.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from analysis import userdirs
from analysis.project import dbfile, recovery, store
from analysis.project.lock import FileLock
from analysis.project.state import ProjectError, ProjectState


def _session_id() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return f"{stamp}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class Autosaver:
    """Autosave one open project; see the module docstring.

    Parameters
    ----------
    project_path : Path or str or None
        The project file being edited, ``None`` for a project not saved yet.
    folder : Path or None
        Where sessions live; default ``<user data>/autosave``.

    Attributes
    ----------
    session : str
        This session's unique name.
    last_stats : SaveStats or None
        What the latest autosave wrote.
    """

    def __init__(self, project_path: Path | str | None = None, *, folder: Path | None = None) -> None:
        self.folder = folder or userdirs.autosave_dir()
        self.folder.mkdir(parents=True, exist_ok=True)
        recovery.prune(self.folder)
        self.session = _session_id()
        # The lock exists before the folder, so nobody ever sees an unlocked live session.
        lock = FileLock.acquire(recovery.lock_path(self.folder, self.session))
        if lock is None:
            raise ProjectError(self.folder / self.session, "could not lock a new autosave session")
        self._lock = lock
        self.dir = self.folder / self.session
        self.dir.mkdir()
        self.project_path = str(Path(project_path).expanduser().resolve()) if project_path else ""
        self.last_stats: store.SaveStats | None = None
        self._guard = threading.Lock()
        self._write_marker()

    @property
    def snapshot(self) -> Path:
        """The autosave file of this session."""
        return self.dir / recovery.SNAPSHOT

    def _write_marker(self) -> None:
        marker = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "started": datetime.now(UTC).isoformat(timespec="seconds"),
            "project": self.project_path,
        }
        temp = self.dir / f".{recovery.MARKER}.tmp"
        temp.write_text(json.dumps(marker, indent=2), encoding="utf-8")
        os.replace(temp, self.dir / recovery.MARKER)

    def _check_open(self) -> None:
        if not self._lock.held:
            raise ProjectError(self.dir, "this autosave session was closed")

    def autosave(self, state: ProjectState) -> store.SaveStats:
        """Write ``state`` as this session's snapshot, rewriting only what changed.

        Raises
        ------
        ProjectError
            When the user data folder cannot be written.
        """
        meta = {recovery.PROJECT_KEY: self.project_path, recovery.UNSAVED_KEY: "1"}
        with self._guard:
            self._check_open()
            self.last_stats = store.write_project(self.snapshot, state, keep_backup=False, meta=meta)
            return self.last_stats

    def mark_saved(self, project_path: Path | str | None = None) -> None:
        """Record that the work is safe in a project file (after Save, Save As or Open).

        The snapshot is kept, so the next autosave stays incremental, but a crash before
        the next edit offers nothing to recover.
        """
        with self._guard:
            self._check_open()
            if project_path is not None:
                self.project_path = str(Path(project_path).expanduser().resolve())
                self._write_marker()
            if not self.snapshot.exists():
                return
            conn = dbfile.connect(self.snapshot)
            try:
                with conn:
                    conn.execute("BEGIN IMMEDIATE")
                    conn.executemany(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                        [(recovery.UNSAVED_KEY, "0"), (recovery.PROJECT_KEY, self.project_path)],
                    )
            finally:
                dbfile.close(conn)

    def close(self) -> None:
        """End the session cleanly: delete its autosave and marker. Safe to call twice."""
        with self._guard:
            if not self._lock.held:
                return
            # Folder first, lock last: the session is never visible unlocked with contents.
            shutil.rmtree(self.dir, ignore_errors=True)
            self._lock.release(delete=True)

    def __enter__(self) -> Autosaver:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
