"""Progress reporting and cooperative cancellation for long work.

Long work is a plain function taking a :data:`Progress` callback. The callback receives
a fraction in ``[0, 1]`` and a short message; it may raise :class:`Cancelled` to stop
the work, which is how the GUI cancels a task without killing a thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised by a progress callback when the caller asked the work to stop."""


def silent(fraction: float, message: str) -> None:
    """Ignore progress; the default callback for headless use."""


def scaled(progress: Progress, start: float, end: float) -> Progress:
    """Give a sub-step the slice ``[start, end]`` of its parent's progress bar.

    Parameters
    ----------
    progress : Progress
        The parent callback.
    start, end : float
        The slice of the parent's range that the sub-step's ``0..1`` maps to.

    Returns
    -------
    Progress
        A callback that forwards scaled fractions (and cancellation) to ``progress``.
    """
    width = end - start

    def report(fraction: float, message: str) -> None:
        progress(start + width * min(max(fraction, 0.0), 1.0), message)

    return report


class CancelToken:
    """A thread-safe flag turned into a progress callback that raises when set."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._event.is_set()

    def wrap(self, progress: Progress = silent) -> Progress:
        """Return a callback that raises :class:`Cancelled` once cancelled."""

        def report(fraction: float, message: str) -> None:
            if self._event.is_set():
                raise Cancelled(message)
            progress(fraction, message)

        return report
