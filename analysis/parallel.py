"""Independent pieces of work spread over every core the machine has.

Reading a file and reading an article's statements are pure functions of one item and pure
Python, so one process uses one core however many the machine has. :func:`map_chunks`
splits a batch into interleaved chunks read by forked worker processes and returns the
results in input order, exactly as reading them one by one in this process would.

Forking is used only where it is safe and cheap: on a platform that has it, from a process
with a single thread that is not itself a daemonic worker (the command line). A process
with other threads running (the desktop's in-thread fallback, where Qt runs) could fork
with a lock held by another thread, and multiprocessing forbids the desktop's daemonic
worker process children, so there the items are read in-process, as they are for small
batches, where starting workers costs more than it saves.

A worker that dies (killed, out of memory) costs nothing: what it had not returned is read
in-process. Cancellation is checked between chunks; pending chunks are dropped and the
running ones end on their own.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from analysis.progress import Progress, silent

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a worker's start and the round trip of its results cost more than
# the second core gains (fork and pickling take milliseconds; 50 articles are about a
# quarter of a second of work).
MIN_ITEMS = 50
# Chunks per worker: small enough to balance long and short items and to report progress,
# large enough that the per-task round trip stays negligible.
CHUNKS_PER_WORKER = 8


def workers_available() -> int:
    """Return how many worker processes :func:`map_chunks` may fork here (0: none)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    if threading.active_count() > 1:
        return 0
    # multiprocessing forbids a daemonic process (the desktop's worker) to have children.
    if multiprocessing.current_process().daemon:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores if cores and cores > 1 else 0


def map_chunks(
    read: Callable[[list[T]], list[R]],
    items: Sequence[T],
    *,
    describe: Callable[[T], str],
    progress: Progress = silent,
    workers: int | None = None,
) -> list[R]:
    """Return ``read`` of every item, in input order, read on several cores when that pays.

    Parameters
    ----------
    read : callable
        A module-level function (it travels to workers by name) mapping a list of items to
        the list of their results; it must not depend on which items share its list.
    items : sequence
        The work.
    describe : callable
        The progress message before an item read in this process.
    progress : Progress
        Receives the fraction of items read; may raise ``Cancelled``, which re-raises.
    workers : int, optional
        Worker processes to use; by default :func:`workers_available`. ``0`` or ``1``
        reads everything in this process.

    Returns
    -------
    list
        One result per item, in the order of ``items``.
    """
    count = workers_available() if workers is None else workers
    if count <= 1 or len(items) < MIN_ITEMS:
        return _serial(read, items, range(len(items)), describe, progress)
    return _forked(read, items, count, describe, progress)


def _serial(
    read: Callable[[list[T]], list[R]],
    items: Sequence[T],
    indices: Sequence[int],
    describe: Callable[[T], str],
    progress: Progress,
) -> list[R]:
    out: list[R] = []
    for n, i in enumerate(indices):
        progress((len(items) - len(indices) + n) / max(len(items), 1), describe(items[i]))
        out.extend(read([items[i]]))
    return out


def _forked(
    read: Callable[[list[T]], list[R]],
    items: Sequence[T],
    count: int,
    describe: Callable[[T], str],
    progress: Progress,
) -> list[R]:
    total = len(items)
    # Interleaved, so each chunk holds a fair share of long and short items whatever the
    # order (a folder of one outlet's long features, then wire briefs).
    pieces = min(total, count * CHUNKS_PER_WORKER)
    done: dict[int, R] = {}
    progress(0.0, f"Reading {total} items on {count} cores")
    pool = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("fork"))
    chunks: dict[Future[list[R]], int] = {pool.submit(read, list(items[k::pieces])): k for k in range(pieces)}
    pending = set(chunks)
    try:
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                done.update(zip(range(chunks[future], total, pieces), future.result(), strict=True))
            progress(len(done) / total, f"Read {len(done)} of {total}")
    except BrokenProcessPool:
        # A worker died; read what is missing here rather than lose the batch.
        pool.shutdown(wait=False, cancel_futures=True)
        missing = [i for i in range(total) if i not in done]
        done.update(zip(missing, _serial(read, items, missing, describe, progress), strict=True))
        return [done[i] for i in range(total)]
    except BaseException:
        # Cancelled or failed: never wait on a pool in an unknown state.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    # All chunks are in, so this returns at once, and the pool's threads are gone before a
    # later batch asks whether forking is safe.
    pool.shutdown(wait=True)
    return [done[i] for i in range(total)]
