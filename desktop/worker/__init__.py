"""Worker processes of the application: loading and analysis never share the window's GIL.

:func:`lane` gives the application-wide :class:`~desktop.worker.process.Lane` of a name
(``"load"``, ``"analysis"``); every session shares them, so the processes stay warm for
the life of the application. :func:`warm_up` starts them after the window shows;
:func:`shutdown` ends them (also at exit). Set ``PARALLAX_WORKER=thread`` to run
everything in-thread instead (:func:`enabled`), which is also what happens when a
process cannot be started.
"""

from __future__ import annotations

import atexit
import logging
import os
import threading

from desktop.worker.process import CANCEL_GRACE, Lane, WorkerDied

__all__ = ["CANCEL_GRACE", "Lane", "WorkerDied", "enabled", "lane", "lanes", "shutdown", "warm_up", "warmed"]

log = logging.getLogger(__name__)

MODULES = {
    "load": ("analysis.ingest",),
    "analysis": ("analysis.pipeline",),
}
"""What each lane's worker imports while warming up."""

_lanes: dict[str, Lane] = {}
_guard = threading.Lock()
_broken = False


def enabled() -> bool:
    """Whether work goes to worker processes (``PARALLAX_WORKER`` is not ``thread``)."""
    return not _broken and os.environ.get("PARALLAX_WORKER", "process").lower() != "thread"


def disable(reason: BaseException) -> None:
    """Fall back to in-thread work for the rest of the session (a process would not start)."""
    global _broken
    if not _broken:
        log.warning("worker processes unavailable, working in-thread: %s", reason)
    _broken = True


def lane(name: str) -> Lane:
    """Return the application's lane called ``name`` (created on first use)."""
    with _guard:
        found = _lanes.get(name)
        if found is None:
            if not _lanes:
                atexit.register(shutdown)
            found = _lanes[name] = Lane(name, MODULES.get(name, ()))
        return found


def lanes() -> list[Lane]:
    """Return the lanes made so far."""
    with _guard:
        return list(_lanes.values())


def warm_up(names: tuple[str, ...] = tuple(MODULES)) -> None:
    """Start the named workers and load their modules, on a background thread."""
    if not enabled():
        return
    chosen = [lane(name) for name in names]
    if all(chosen_lane.pid is not None for chosen_lane in chosen):
        return

    def warm() -> None:
        for each in chosen:
            try:
                each.warm()
            except OSError as exc:  # e.g. a frozen build without multiprocessing support
                disable(exc)
            except Exception:  # the first real call reports it, with its own reason
                log.debug("warming the %s worker failed", each.name, exc_info=True)

    # A plain daemon thread: it only waits on pipes, and must never hold up the exit.
    threading.Thread(target=warm, name="parallax-warm-up", daemon=True).start()


def warmed() -> bool:
    """Whether every worker process runs with its modules loaded (see :func:`warm_up`)."""
    with _guard:
        return all(name in _lanes and _lanes[name].warmed for name in MODULES)


def shutdown() -> None:
    """End every worker process (a task waiting on one ends as cancelled)."""
    for each in lanes():
        each.stop()
