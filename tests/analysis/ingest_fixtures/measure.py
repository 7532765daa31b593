"""Time and memory of one loading call: wall and CPU seconds, peak resident growth."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import psutil

T = TypeVar("T")


@dataclass
class Measured(Generic[T]):
    """What a call returned and what it cost."""

    value: T
    wall: float
    cpu: float
    peak_mb: float


def measure(call: Callable[[], T], interval: float = 0.005) -> Measured[T]:
    """Run ``call`` while a sampler thread tracks the process's resident memory."""
    process = psutil.Process()
    base = process.memory_info().rss
    peak = base
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, process.memory_info().rss)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        value = call()
    finally:
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        done.set()
        sampler.join()
    peak = max(peak, process.memory_info().rss)
    return Measured(value, wall, cpu, (peak - base) / 2**20)


def budget(seconds: float) -> float:
    """Return ``seconds`` scaled by how overloaded the machine is (1x when it is idle).

    The 5-second promise is about an idle 2-core machine, which is what CI has; on a
    shared development machine running other jobs the wall clock stretches accordingly.
    """
    load = os.getloadavg()[0] / (os.cpu_count() or 1)
    return seconds * max(1.0, load)
