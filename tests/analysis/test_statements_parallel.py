"""Statements read on several cores are exactly those read in one process."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from pathlib import Path

import pytest

from analysis import parallel, statements_parallel
from analysis.ingest import load, load_text
from analysis.model import Article, Statement
from analysis.parallel import MIN_ITEMS, workers_available
from analysis.pipeline import StatementCache, analyze
from analysis.progress import Cancelled
from analysis.statements import extract_statements
from analysis.statements_parallel import extract_many

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method"
)


@pytest.fixture(scope="module")
def many(sample_paths: list[Path]) -> list[Article]:
    """Enough distinct articles to take the forked path: the demo case, each told many times."""
    bases = load([str(path) for path in sample_paths]).articles
    return [
        load_text(f"Dispatch {n}.\n\n{base.text}", f"copy-{n}-{i}")
        for n in range(MIN_ITEMS // len(bases) + 2)
        for i, base in enumerate(bases)
    ]


def test_forked_statements_equal_serial_ones(many: list[Article]) -> None:
    seen: list[float] = []
    found = extract_many(many, workers=2, progress=lambda f, _m: seen.append(f))
    assert set(found) == {a.id for a in many}
    for article in many:
        assert found[article.id] == extract_statements(article)
    assert any(s.speaker for statements in found.values() for s in statements)
    assert seen[-1] == pytest.approx(1.0)
    assert len(seen) > 2
    assert not multiprocessing.active_children()


def test_small_cases_stay_in_process(many: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(*_args: object) -> None:
        raise AssertionError("a small case must not start workers")

    monkeypatch.setattr(parallel, "_forked", no_fork)
    few = many[: MIN_ITEMS - 1]
    assert extract_many(few, workers=2) == {a.id: extract_statements(a) for a in few}


def test_cancelling_stops_and_leaves_no_worker(many: list[Article]) -> None:
    def cancel_after_first_chunk(fraction: float, _message: str) -> None:
        if fraction > 0:
            raise Cancelled

    with pytest.raises(Cancelled):
        extract_many(many, workers=2, progress=cancel_after_first_chunk)
    assert _workers_gone_within(10.0)


def _workers_gone_within(seconds: float) -> bool:
    """Whether every worker process has ended (a cancelled one finishes its chunk first)."""
    deadline = time.monotonic() + seconds
    while multiprocessing.active_children():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


_PARENT = os.getpid()


def _die_in_worker(articles: list[Article]) -> list[list[Statement]]:
    """Read a chunk in the test process, but kill any forked worker that is handed one."""
    if os.getpid() != _PARENT:
        os._exit(3)
    return [extract_statements(a) for a in articles]


def test_a_dying_worker_loses_nothing(many: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    # Module level, so it pickles by name and the forked workers run it.
    monkeypatch.setattr(statements_parallel, "_read_chunk", _die_in_worker)
    found = extract_many(many, workers=2)
    assert found == {a.id: extract_statements(a) for a in many}
    assert _workers_gone_within(10.0)


def test_no_forking_while_other_threads_run() -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert workers_available() == 0
    finally:
        release.set()
        other.join()


def test_analysis_with_workers_is_the_same(many: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    forked = analyze(many, cache=StatementCache())
    monkeypatch.setattr(parallel, "workers_available", lambda: 0)
    serial = analyze(many, cache=StatementCache())
    assert forked.statements.equals(serial.statements)
    assert forked.claims.equals(serial.claims)


def _fail_in_worker(articles: list[Article]) -> list[list[Statement]]:
    raise ValueError(f"cannot read {len(articles)} articles")


def test_a_worker_error_reaches_the_caller(many: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(statements_parallel, "_read_chunk", _fail_in_worker)
    with pytest.raises(ValueError, match="cannot read"):
        extract_many(many, workers=2)
    assert _workers_gone_within(10.0)


def _report_workers(queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    queue.put(workers_available())


def test_a_daemonic_process_reads_in_process() -> None:
    # The desktop's worker is daemonic, and multiprocessing refuses it children.
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=_report_workers, args=(queue,), daemon=True)
    process.start()
    try:
        assert queue.get(timeout=60) == 0
    finally:
        process.join(timeout=10)
