"""An advisory file lock that the operating system drops when its process dies.

A running Parallax holds the lock of its autosave session; a session whose lock can be
taken belongs to a process that is gone, whether it exited or was killed (``kill -9``,
power loss), which is how an unclean exit is told from a live second window.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock locks belong to the open file description, so even a probe from the
        # same process through another descriptor sees a held lock as held.
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class FileLock:
    """An exclusive lock on one file, held until :meth:`release` or process death."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path, *, create: bool = True) -> FileLock | None:
        """Take the lock without waiting; ``None`` when another holder has it.

        With ``create=False`` a missing lock file also gives ``None``.
        """
        flags = os.O_RDWR | (os.O_CREAT if create else 0)
        try:
            fd = os.open(path, flags, 0o600)
        except FileNotFoundError:
            return None
        if not _try_lock(fd):
            os.close(fd)
            return None
        return cls(path, fd)

    @property
    def held(self) -> bool:
        """Whether this object still holds the lock."""
        return self._fd is not None

    def release(self, *, delete: bool = False) -> None:
        """Drop the lock (deleting its file first when asked); safe to call twice."""
        if self._fd is None:
            return
        if delete:
            with contextlib.suppress(OSError):
                self.path.unlink()
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def held_elsewhere(path: Path) -> bool:
    """Return whether a live holder (another process or object) has the lock at ``path``."""
    probe = FileLock.acquire(path, create=False)
    if probe is None:
        return path.exists()
    probe.release()
    return False
