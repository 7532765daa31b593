"""Run plain analysis functions on a ``QThreadPool`` and hear back through signals.

The work function gets a progress callback (see :mod:`analysis.progress`); the runner's
callback raises :class:`~analysis.progress.Cancelled` once the task was cancelled, so the
work stops at its next report. Results come back to the GUI thread by queued signals; the
GUI thread never waits on a task.

Heavy work goes further away with :meth:`TaskRunner.start_remote`: a module-level function
runs in a worker process (:mod:`desktop.worker`), so its long library calls never hold
this process's GIL. A pool thread waits on the process, relays its progress, unpickles
the result and runs ``finish`` on it; the GUI thread receives ready objects.
"""

from __future__ import annotations

import atexit
import itertools
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from analysis import worker
from analysis.progress import Cancelled, CancelToken, Progress
from desktop.worker import heap

REPORT_INTERVAL = 0.1
"""Seconds between two progress signals of one task (cancellation is checked at every report)."""


class _Relay(QObject):
    """Carries a task's outcome from the worker thread to the GUI thread."""

    progressed = Signal(int, float, str)
    succeeded = Signal(int, object)
    failed = Signal(int, str, str)
    cancelled = Signal(int)


class _Job(QRunnable):
    def __init__(
        self, number: int, work: Callable[[Progress], Any], token: CancelToken, relay: _Relay
    ) -> None:
        super().__init__()
        self.number, self.work, self.token, self.relay = number, work, token, relay
        self.setAutoDelete(True)

    def _send(self, name: str, *args: object) -> bool:
        """Emit one of the relay's signals; ``False`` when its owner was deleted meanwhile."""
        try:
            getattr(self.relay, name).emit(self.number, *args)
        except RuntimeError:  # the window (and its runner) closed while the task ran
            return False
        return True

    def run(self) -> None:
        last = -1.0

        def report(fraction: float, message: str) -> None:
            nonlocal last
            # Each report wakes Python slots on the GUI thread, and each of those must win
            # the GIL from this busy worker: a few per second keep the bar alive, hundreds
            # queue up into a visible stall.
            now = time.monotonic()
            if now - last < REPORT_INTERVAL and fraction < 1.0:
                return
            last = now
            if not self._send("progressed", fraction, message):
                raise Cancelled("nobody waits for this task any more")

        try:
            result = self.work(self.token.wrap(report))
        except Cancelled:
            self._send("cancelled")
        except Exception as exc:  # a task must never take the app down; the GUI shows the reason
            self._send("failed", str(exc) or type(exc).__name__, traceback.format_exc())
        else:
            if self.token.cancelled:
                self._send("cancelled")
            else:
                self._send("succeeded", result)


class _Remote:
    """A task's work done in a worker process: send, wait, unpickle, finish (on a pool thread)."""

    def __init__(
        self, lane: str, call: worker.Call, finish: Callable[[Any], Any] | None, token: CancelToken
    ) -> None:
        self.lane, self.call, self.finish, self.token = lane, call, finish, token

    def __call__(self, progress: Progress) -> Any:
        from desktop import worker as workers

        if not workers.enabled():
            return self.in_thread(progress)
        try:
            encoded = workers.lane(self.lane).run(self.call, lambda: self.token.cancelled, progress)
        except OSError as exc:  # no process could start (e.g. a frozen build without support)
            workers.disable(exc)
            return self.in_thread(progress)
        with heap.quiet():  # no garbage collection walks the heap meanwhile
            # In pieces, yielding the GIL between them: the GUI thread never waits long for it.
            result = worker.decode(encoded, pause=lambda: time.sleep(0))
            if self.token.cancelled:
                raise Cancelled(self.lane)
            return self.finish(result) if self.finish is not None else result

    def in_thread(self, progress: Progress) -> Any:
        """Do the same work on this thread (the fallback without worker processes)."""
        call = self.call
        result = call.function(*worker.unwrap(call.args), progress=progress, **call.kwargs)
        return self.finish(result) if self.finish is not None else result


_remote_pool: QThreadPool | None = None


def remote_pool() -> QThreadPool:
    """The pool whose threads wait on worker processes (apart from the global pool's work)."""
    global _remote_pool
    if _remote_pool is None:
        # Its threads mostly sleep in poll(); a superseded task and its successor may both
        # wait here for a while, and must not hold up autosave or export on the global pool.
        _remote_pool = QThreadPool()
        _remote_pool.setMaxThreadCount(8)
        atexit.register(_stop_remote_work)
    return _remote_pool


def _stop_remote_work() -> None:
    from desktop import worker as workers

    workers.shutdown()
    if _remote_pool is not None:
        _remote_pool.waitForDone(5000)


class TaskRunner(QObject):
    """Runs one kind of task at a time: starting a new one cancels the one before.

    Signals carry only the outcome of the *current* task; a cancelled task's late results
    are dropped, so a stale analysis never overwrites a newer one.
    """

    started = Signal()
    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    finished = Signal()

    _numbers = itertools.count(1)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.succeeded.connect(self._on_success)
        self._relay.failed.connect(self._on_failure)
        self._relay.cancelled.connect(self._on_cancelled)
        self._current = 0
        self._token: CancelToken | None = None

    @property
    def busy(self) -> bool:
        """Whether a task is running."""
        return self._token is not None

    def start(self, work: Callable[[Progress], Any]) -> int:
        """Cancel the running task (if any) and start ``work(progress)``; return its number."""
        return self._launch(lambda _token: work, self._pool)

    def start_remote(
        self,
        function: Callable[..., Any],
        *args: Any,
        lane: str,
        finish: Callable[[Any], Any] | None = None,
        **kwargs: Any,
    ) -> int:
        """Cancel the running task and run ``function`` in the worker process ``lane``.

        Parameters
        ----------
        function : callable
            A module-level function of a Qt-free module, called as
            ``function(*args, progress=..., **kwargs)``; arguments and result must pickle.
            Wrap large arguments that stay the same between runs in
            :class:`analysis.worker.Keep` (they travel once).
        lane : str
            The worker process (see :mod:`desktop.worker`).
        finish : callable, optional
            Runs on the result in this process, on the pool thread, before delivery.

        Returns
        -------
        int
            The task's number.
        """
        call = worker.Call(function, tuple(args), dict(kwargs))
        return self._launch(lambda token: _Remote(lane, call, finish, token), remote_pool())

    def _launch(self, make: Callable[[CancelToken], Callable[[Progress], Any]], pool: QThreadPool) -> int:
        self.cancel()
        self._current = next(self._numbers)
        self._token = token = CancelToken()
        pool.start(_Job(self._current, make(token), token, self._relay))
        self.started.emit()
        return self._current

    def cancel(self) -> None:
        """Ask the running task to stop; its results will be dropped."""
        if self._token is not None:
            self._token.cancel()
            self._token = None
            self.cancelled.emit()
            self.finished.emit()

    def _on_progress(self, number: int, fraction: float, message: str) -> None:
        if number == self._current and self._token is not None:
            self.progressed.emit(fraction, message)

    def _finish(self, number: int) -> bool:
        if number != self._current or self._token is None:
            return False
        self._token = None
        return True

    def _on_success(self, number: int, result: object) -> None:
        if self._finish(number):
            self.succeeded.emit(result)
            self.finished.emit()

    def _on_failure(self, number: int, message: str, details: str) -> None:
        if self._finish(number):
            self.failed.emit(message, details)
            self.finished.emit()

    def _on_cancelled(self, number: int) -> None:
        # cancel() already announced its own; this is a task stopped from elsewhere (its
        # worker process was shut down), which still owes its listeners an ending.
        if self._finish(number):
            self.cancelled.emit()
            self.finished.emit()
