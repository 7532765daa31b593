"""One process-wide pause of Python's cyclic garbage collector, shared by all who need it.

``gc.disable()`` is process-wide: two places that each disabled and re-enabled it on their
own (an analysis running on a thread, the window unpickling a result) would turn it back
on under each other. Here one count says how many pauses are open; the collector resumes
when the last one closes, and only if it was on when the first one opened.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


def pause() -> None:
    """Open a pause: no automatic collection until every open pause is resumed."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1


def resume() -> None:
    """Close a pause; the last one turns the collector back on if it was on before."""
    global _pauses
    with _lock:
        _pauses -= 1
        if _pauses == 0 and _was_enabled:
            gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    """Run the body inside a pause (also usable as a decorator); resumed on any exit."""
    pause()
    try:
        yield
    finally:
        resume()
