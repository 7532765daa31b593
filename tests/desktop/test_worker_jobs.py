"""Work functions the worker tests send to a worker process; no tests here.

The worker process imports this module by name to run them, so it must stay Qt-free.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence

from analysis.progress import Progress


def pulse(seconds: float, *, progress: Progress) -> int:
    """Report progress every few milliseconds for ``seconds``; return the process id."""
    began = time.monotonic()
    while (elapsed := time.monotonic() - began) < seconds:
        progress(min(elapsed / seconds, 0.99), "pulsing")
        time.sleep(0.005)
    return os.getpid()


def stubborn(seconds: float, *, progress: Progress) -> int:
    """Work ``seconds`` without a single progress report (so without noticing cancellation)."""
    time.sleep(seconds)
    return os.getpid()


def crash(*, progress: Progress) -> None:
    """End the process at once, as a crash in a library would."""
    progress(0.1, "about to crash")
    os._exit(3)


def where(*, progress: Progress) -> int:
    """Return the process id of the process running this."""
    return os.getpid()


def identities(items: Sequence[object], *, progress: Progress) -> tuple[int, list[int]]:
    """Return the process id and the identity of each item as this process holds it."""
    return os.getpid(), [id(item) for item in items]


def fail(message: str, *, progress: Progress) -> None:
    """Raise an ordinary error."""
    raise ValueError(message)
