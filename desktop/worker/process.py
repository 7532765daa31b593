"""One persistent worker process and the pipe to it, used by one task at a time.

A :class:`Lane` starts its process lazily (``spawn``: a fork of a process running Qt is
unsafe), keeps it warm across runs and starts a new one when it died. :meth:`Lane.run`
is called on a pool thread: it takes the lane, sends the call, relays progress, asks the
worker to stop when the task is cancelled (killing it when it ignores that for
:data:`CANCEL_GRACE` seconds) and returns the encoded result. Nothing here imports Qt.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import pickle
import threading
import time
from collections.abc import Callable, Hashable, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from analysis import worker
from analysis.progress import Cancelled

if TYPE_CHECKING:
    from collections.abc import Iterator
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnProcess
    from multiprocessing.synchronize import Event

log = logging.getLogger(__name__)

CANCEL_GRACE = 5.0
"""Seconds a cancelled call may run on before its worker is killed (and restarted lazily)."""

POLL = 0.05
"""Seconds between two checks of cancellation and of the worker's life while waiting."""


class WorkerDied(RuntimeError):
    """The worker process ended in the middle of a call (a crash, or killed from outside)."""


class Lane:
    """A named worker process; see the module docstring.

    Parameters
    ----------
    name : str
        Shown in messages and as the process name.
    modules : sequence of str
        What :meth:`warm` imports in the worker ahead of the first call.
    """

    _numbers = itertools.count(1)

    def __init__(self, name: str, modules: Sequence[str] = ()) -> None:
        self.name, self.modules = name, tuple(modules)
        self._lock = threading.Lock()
        self._process: SpawnProcess | None = None
        self._conn: Connection | None = None
        self._cancel: Event | None = None
        self._held: set[Hashable] = set()
        self._stopped: SpawnProcess | None = None
        self.starts = 0
        """How many processes this lane started (a restart adds one)."""
        self.warmed = False
        """Whether the running process has imported :attr:`modules`."""

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs."""
        process = self._process
        return process.pid if process is not None and process.is_alive() else None

    # -- calls --------------------------------------------------------------------------
    def run(
        self,
        call: worker.Call,
        cancelled: Callable[[], bool],
        report: Callable[[float, str], None],
    ) -> worker.Fields | bytes:
        """Run ``call`` in the worker and return its encoded result (see :func:`worker.decode`).

        Raises
        ------
        Cancelled
            When ``cancelled()`` turned true (the worker was asked to stop, or killed).
        WorkerDied
            When the process ended during the call.
        Exception
            The worker's failure, re-raised here with its message (details in ``__notes__``).
        """
        with self._taken(cancelled):
            for held in (self._held, set()):  # a second time in full when the worker lost a value
                message = self._exchange(call, held, cancelled, report)
                if message[0] != "missing":
                    break
        kind = message[0]
        if kind == "done":
            payload: worker.Fields | bytes = message[2]
            return payload
        if kind == "cancelled":
            raise Cancelled(self.name)
        error = RuntimeError(message[2])
        error.add_note(message[3])
        raise error

    def warm(self) -> None:
        """Start the worker and import its modules, unless it is already running."""
        if self.pid is None and self.modules:
            self.run(worker.Call(worker.warm, (self.modules,)), lambda: False, lambda _f, _m: None)
            self.warmed = True

    @contextmanager
    def _taken(self, cancelled: Callable[[], bool]) -> Iterator[None]:
        # One call at a time; a superseded task waiting here gives up without running.
        while not self._lock.acquire(timeout=POLL):
            if cancelled():
                raise Cancelled(self.name)
        try:
            yield
        finally:
            self._lock.release()

    def _exchange(
        self,
        call: worker.Call,
        held: set[Hashable],
        cancelled: Callable[[], bool],
        report: Callable[[float, str], None],
    ) -> tuple[Any, ...]:
        if cancelled():
            raise Cancelled(self.name)
        conn, cancel, process = self._ensure()
        args, named = worker.pack(call.args, held)
        number = next(self._numbers)
        cancel.clear()
        try:
            conn.send((number, pickle.dumps(worker.Call(call.function, args, call.kwargs), worker.PICKLE)))
        except OSError as exc:
            raise self._died() from exc
        self._held = named  # the worker keeps exactly what this call named
        return self._wait((conn, cancel, process), number, cancelled, report)

    def _wait(
        self,
        worker_process: tuple[Connection, Event, SpawnProcess],
        number: int,
        cancelled: Callable[[], bool],
        report: Callable[[float, str], None],
    ) -> tuple[Any, ...]:
        conn, cancel, process = worker_process
        asked = 0.0
        while True:
            if conn.poll(POLL):
                try:
                    message: tuple[Any, ...] = conn.recv()
                except (EOFError, OSError) as exc:
                    raise self._died() from exc
                if message[1] != number:
                    continue
                if message[0] != "progress":
                    return message
                if not asked:
                    try:
                        report(message[2], message[3])
                    except Cancelled:  # nobody listens any more: stop the worker too
                        asked = asked or self._ask_to_stop(cancel)
                continue
            if not process.is_alive():
                raise self._died()
            if cancelled() and not asked:
                asked = self._ask_to_stop(cancel)
            if asked and time.monotonic() - asked > CANCEL_GRACE:
                log.warning("the %s worker ignored cancellation; restarting it", self.name)
                self._kill()
                raise Cancelled(self.name)

    @staticmethod
    def _ask_to_stop(cancel: Event) -> float:
        cancel.set()
        return time.monotonic()

    # -- the process --------------------------------------------------------------------
    def _ensure(self) -> tuple[Connection, Event, SpawnProcess]:
        process, conn, cancel = self._process, self._conn, self._cancel
        if process is not None and conn is not None and cancel is not None and process.is_alive():
            return conn, cancel, process
        self._forget()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        # A fresh event each time: a killed worker may have died holding the old one's lock.
        cancel = context.Event()
        process = context.Process(
            target=worker.serve, args=(child, cancel), name=f"parallax-{self.name}", daemon=True
        )
        process.start()
        child.close()  # only the worker holds its end: its death is an EOF here
        self._process, self._conn, self._cancel = process, parent, cancel
        self.starts += 1
        return parent, cancel, process

    def _died(self) -> Exception:
        process = self._process
        if process is not None:
            process.join(1.0)
        stopped = process is not None and process is self._stopped
        code = process.exitcode if process is not None else None
        self._forget()
        if stopped:  # shut down on purpose (the window closed): not a failure
            return Cancelled(self.name)
        return WorkerDied(
            f"The {self.name} worker stopped unexpectedly (exit code {code}); "
            "nothing was lost and it restarts with the next run."
        )

    def _forget(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._process = self._conn = self._cancel = None
        self._held = set()
        self.warmed = False

    def _kill(self) -> None:
        process = self._process
        if process is not None:
            process.kill()
            process.join(5.0)
        self._forget()

    def stop(self, timeout: float = 2.0) -> None:
        """End the worker process (a call waiting on it ends as cancelled)."""
        process, cancel = self._process, self._cancel
        if process is None:
            return
        self._stopped = process
        if cancel is not None:
            cancel.set()
        process.terminate()
        process.join(timeout)
        if process.is_alive():
            process.kill()
            process.join(timeout)
