"""The worker process: loading and analysis run away from the window's process.

The desktop starts :func:`serve` in a *spawned* process (never forked: the parent runs
Qt) and keeps it warm across runs. It sends numbered :class:`Call` s over a pipe; each
names a module-level function, which runs with a ``progress`` callback. That callback
sends throttled reports back and raises :class:`~analysis.progress.Cancelled` once the
shared cancel event is set. Results go back pickled by :func:`encode`: a dataclass field
by field, so the receiving side unpickles them in short steps (:func:`decode`) and a
waiting GUI thread gets the GIL between two of them.

Arguments that rarely change (the loaded articles) travel once: the sender wraps them in
:class:`Keep`, and sends a :class:`Ref` to the same key while the worker still holds it
(values named by the last call are kept).

Why a process at all: long library calls (lxml, regular expressions over whole texts,
scipy, the garbage collector) hold the GIL for tens of milliseconds, and a window whose
thread waits for the GIL stalls. The same functions also run in-thread (:func:`unwrap`
turns the wrappers back into values), which is the fallback when no process is used.

This module never imports Qt.
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import pickle
import signal
import time
import traceback
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from analysis.model import Article, Edits
from analysis.progress import Cancelled

if TYPE_CHECKING:
    from multiprocessing.synchronize import Event

    from analysis.ingest import LoadResult
    from analysis.pipeline import Analysis, StatementCache

REPORT_INTERVAL = 0.1
"""Seconds between two progress messages of one call (the last one always goes)."""

PICKLE = pickle.HIGHEST_PROTOCOL

NICENESS = 10
"""How much lower the worker's CPU priority is than the window's (Unix ``nice``)."""


# -- what travels -------------------------------------------------------------------------
@dataclass(frozen=True)
class Keep:
    """An argument the worker keeps under ``key`` for later calls (see the module docstring)."""

    key: Hashable
    value: Any


@dataclass(frozen=True)
class Ref:
    """Stands for the value a previous call sent as ``Keep(key, ...)``."""

    key: Hashable


class Missing(KeyError):
    """A :class:`Ref` named a value the worker does not hold (it restarted); resend in full."""


@dataclass(frozen=True)
class Call:
    """``function(*args, progress=..., **kwargs)`` to run in the worker."""

    function: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Fields:
    """An encoded dataclass: its class and each field's encoding."""

    cls: type
    values: dict[str, Fields | bytes]


def encode(value: object, depth: int = 2) -> Fields | bytes:
    """Pickle ``value``; a dataclass field by field (nested ones down to ``depth``)."""
    if depth > 0 and dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = dataclasses.fields(value)
        if all(f.init for f in fields):
            return Fields(type(value), {f.name: encode(getattr(value, f.name), depth - 1) for f in fields})
    return pickle.dumps(value, PICKLE)


def decode(encoded: Fields | bytes, pause: Callable[[], None] = lambda: None) -> Any:
    """Rebuild what :func:`encode` made, calling ``pause()`` between two pieces."""
    if isinstance(encoded, bytes):
        return pickle.loads(encoded)
    values = {}
    for name, piece in encoded.values.items():
        values[name] = decode(piece, pause)
        pause()
    return encoded.cls(**values)


def pack(args: Sequence[Any], held: set[Hashable]) -> tuple[tuple[Any, ...], set[Hashable]]:
    """Replace ``Keep`` s whose key is in ``held`` by ``Ref`` s; also return every key named.

    Looks at the arguments and one level into lists and tuples (a list of articles).
    """
    named: set[Hashable] = set()

    def swap(value: Any) -> Any:
        if isinstance(value, Keep):
            named.add(value.key)
            return Ref(value.key) if value.key in held else value
        if isinstance(value, list | tuple):
            return type(value)(swap(v) if isinstance(v, Keep) else v for v in value)
        return value

    return tuple(swap(a) for a in args), named


def unwrap(args: Sequence[Any], kept: dict[Hashable, Any] | None = None) -> tuple[Any, ...]:
    """Turn ``Keep`` / ``Ref`` back into values, storing kept ones in ``kept``.

    Raises
    ------
    Missing
        When a ``Ref`` names a key ``kept`` does not hold.
    """
    store: dict[Hashable, Any] = {} if kept is None else kept

    def value_of(value: Any) -> Any:
        if isinstance(value, Keep):
            store[value.key] = value.value
            return value.value
        if isinstance(value, Ref):
            if value.key not in store:
                raise Missing(value.key)
            return store[value.key]
        if isinstance(value, list | tuple):
            return type(value)(value_of(v) if isinstance(v, Keep | Ref) else v for v in value)
        return value

    return tuple(value_of(a) for a in args)


# -- the process side -----------------------------------------------------------------------
class _Reporter:
    """The progress callback inside the worker: throttled messages, cancellation."""

    def __init__(self, conn: Connection, cancel: Event, number: int) -> None:
        self.conn, self.cancel, self.number = conn, cancel, number
        self.last = -1.0

    def __call__(self, fraction: float, message: str) -> None:
        if self.cancel.is_set():
            raise Cancelled(message)
        now = time.monotonic()
        if now - self.last < REPORT_INTERVAL and fraction < 1.0:
            return
        self.last = now
        _send(self.conn, ("progress", self.number, fraction, message))


def _send(conn: Connection, message: tuple[Any, ...]) -> None:
    try:
        conn.send(message)
    except (BrokenPipeError, ConnectionResetError, EOFError):
        os._exit(0)  # the window's process is gone: nobody waits for this work


def _run(conn: Connection, cancel: Event, number: int, blob: bytes, kept: dict[Hashable, Any]) -> bool:
    """Run one call and send its outcome; return ``False`` when the process should end."""
    try:
        call: Call = pickle.loads(blob)
        args = unwrap(call.args, kept)
        # Keep only what this call named: the sender mirrors that rule (see Lane in desktop).
        named = {v.key for v in _wrappers(call.args)}
        for key in [k for k in kept if k not in named]:
            del kept[key]
        _take_fault()
        result = call.function(*args, progress=_Reporter(conn, cancel, number), **call.kwargs)
        payload = encode(result)
    except Missing:
        kept.clear()
        _send(conn, ("missing", number))
    except Cancelled:
        _send(conn, ("cancelled", number))
    except MemoryError:
        kept.clear()
        message = "Out of memory; the worker process restarts (nothing the window holds was lost)."
        _send(conn, ("failed", number, message, traceback.format_exc()))
        return False  # a fresh process gives the memory back
    except Exception as exc:  # reported to the window, which stays up
        _send(conn, ("failed", number, str(exc) or type(exc).__name__, traceback.format_exc()))
    else:
        _send(conn, ("done", number, payload))
    return True


def _wrappers(args: Sequence[Any]) -> list[Keep | Ref]:
    found: list[Keep | Ref] = []
    for value in args:
        items = value if isinstance(value, list | tuple) else [value]
        found.extend(v for v in items if isinstance(v, Keep | Ref))
    return found


def serve(conn: Connection, cancel: Event) -> None:
    """Answer calls until the pipe closes or ``None`` arrives (the worker's main loop).

    Each message is ``(number, pickled Call)``; replies are ``("progress", n, fraction,
    message)``, ``("done", n, encoded)``, ``("failed", n, message, details)``,
    ``("cancelled", n)`` or ``("missing", n)``.
    """
    # Ctrl+C in the terminal reaches the whole process group; the window decides, not us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):  # background work: the window's process wins the CPU
        os.nice(NICENESS)
    kept: dict[Hashable, Any] = {}
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        number, blob = message
        if not _run(conn, cancel, number, blob, kept):
            return


# -- the work ---------------------------------------------------------------------------------
_fault = ""


def arm_fault(kind: str, *, progress: Callable[[float, str], None]) -> None:
    """Make the next call in this process fail: ``"exit"`` (a crash) or ``"memory"``.

    A hook for tests of the window's recovery; nothing else calls it.
    """
    global _fault
    if kind not in ("exit", "memory", ""):
        raise ValueError(f"unknown fault: {kind}")
    _fault = kind


def _take_fault() -> None:
    global _fault
    kind, _fault = _fault, ""
    if kind == "exit":
        os._exit(70)  # no clean-up, no reply: as a crash in a library would
    if kind == "memory":
        raise MemoryError


def warm(modules: Sequence[str], *, progress: Callable[[float, str], None]) -> int:
    """Import ``modules`` so the first real call finds them loaded; return the process id."""
    for module in modules:
        importlib.import_module(module)
    return os.getpid()


def load(
    inputs: Sequence[str],
    encoding: str | None,
    known: Sequence[Article],
    *,
    progress: Callable[[float, str], None],
) -> LoadResult:
    """Load files, folders and URLs (:func:`analysis.ingest.load`)."""
    from analysis import ingest

    return ingest.load(list(inputs), encoding=encoding, progress=progress, known=known)


@dataclass(frozen=True)
class CaseResult:
    """An analysis and how much of it was new work."""

    analysis: Analysis
    extracted: int
    """Articles whose statements were extracted in this run (the others came from the cache)."""


_cache: StatementCache | None = None


def analyze_case(
    articles: Sequence[Article], edits: Edits, *, progress: Callable[[float, str], None]
) -> CaseResult:
    """Analyse ``articles``; statements of articles seen before come from this process's cache."""
    global _cache
    from analysis.pipeline import StatementCache, analyze

    if _cache is None:
        _cache = StatementCache()
    before = set(_cache.by_article)
    analysis = analyze(list(articles), edits, progress=progress, cache=_cache)
    return CaseResult(analysis, len(set(_cache.by_article) - before))
