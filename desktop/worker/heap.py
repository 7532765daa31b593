"""Keep Python's garbage collector from stalling the window while a result arrives.

A collection holds the GIL for as long as it walks the heap: with an analysis of a few
hundred articles in memory, a full one takes 100 ms and more, and whichever thread
triggers it, the GUI thread waits. Results are unpickled and prepared on a pool thread
inside :func:`quiet`: no automatic collection runs meanwhile, and what was built is then
frozen (:func:`gc.freeze`), so later collections skip it. It lives until the next result
replaces it, and is freed then by reference counting.

Frozen objects caught in reference cycles are never collected. Results hardly make any
(three 200-article analyses left 72 small objects), but as insurance the frozen heap is
collected once when it has doubled since the last time: growth, leak or not, is rare
and geometric, so that one stall is too.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from analysis import collector

FLOOR = 200_000
"""The frozen heap may always grow to this many objects without a collection."""

_lock = threading.Lock()
_active = 0
_limit = 0
"""Frozen objects above which the next result first collects the frozen heap."""
reclaimed: list[tuple[int, float]] = []
"""``(objects collected, seconds)`` of each collection of the frozen heap."""


@contextmanager
def quiet() -> Iterator[None]:
    """Run the body without automatic collections; freeze what it built (see above)."""
    global _active, _limit
    with _lock:
        if _active == 0:
            _reclaim_if_grown()
        _active += 1
    collector.pause()  # shared with an analysis that may run on a thread of this process
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                gc.freeze()
                if not _limit:  # the start-up heap with the first result is the base
                    _limit = max(2 * gc.get_freeze_count(), FLOOR)
        collector.resume()


def _reclaim_if_grown() -> None:
    global _limit
    if not _limit or gc.get_freeze_count() <= _limit:
        return
    began = time.perf_counter()
    # Unfreezing puts the whole frozen heap back (start-up included): collect it once,
    # then freeze what survived.
    gc.unfreeze()
    found = gc.collect()
    gc.freeze()
    reclaimed.append((found, time.perf_counter() - began))
    _limit = max(2 * gc.get_freeze_count(), FLOOR)
