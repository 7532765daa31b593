"""Work in a worker process: results, progress, crashes, cancellation, superseded runs.

Each test uses its own lane (worker process) so one test's crash or kill never touches
another's; the lanes are stopped at the end.
"""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Iterator

import pytest

from analysis import worker
from desktop import worker as workers
from desktop.tasks import TaskRunner
from tests.desktop import test_worker_jobs as jobs

TIMEOUT = 60_000  # ms: the first call in a fresh process imports what it needs
_names = itertools.count()


@pytest.fixture
def lane_name() -> Iterator[str]:
    name = f"test-{next(_names)}"
    yield name
    workers.lane(name).stop()


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    made = TaskRunner()
    yield made
    made.cancel()


def run_remote(qtbot, runner: TaskRunner, function, *args, lane: str, **kwargs) -> object:  # type: ignore[no-untyped-def]
    """Start ``function`` in the worker and wait for its outcome; return the result."""
    results: list[object] = []
    failures: list[str] = []
    runner.succeeded.connect(results.append)
    runner.failed.connect(lambda message, _details: failures.append(message))
    runner.start_remote(function, *args, lane=lane, **kwargs)  # (a running task ends cancelled)
    qtbot.waitUntil(lambda: bool(results or failures), timeout=TIMEOUT)
    runner.succeeded.disconnect(results.append)
    assert not failures, failures
    return results[0]


def test_work_runs_in_another_process_and_its_result_comes_back(qtbot, runner, lane_name) -> None:  # type: ignore[no-untyped-def]
    pid = run_remote(qtbot, runner, jobs.where, lane=lane_name)
    assert isinstance(pid, int)
    assert pid != os.getpid()
    assert pid == workers.lane(lane_name).pid  # still running: kept warm for the next call
    assert run_remote(qtbot, runner, jobs.where, lane=lane_name) == pid


def test_progress_comes_back_in_order(qtbot, runner, lane_name) -> None:  # type: ignore[no-untyped-def]
    fractions: list[float] = []
    runner.progressed.connect(lambda f, _m: fractions.append(f))
    run_remote(qtbot, runner, jobs.pulse, 0.8, lane=lane_name)
    assert len(fractions) >= 3  # every ~0.1 s, not every 5 ms
    assert len(fractions) < 30
    assert fractions == sorted(fractions)


def test_finish_runs_on_the_result_in_this_process_off_the_gui_thread(qtbot, runner, lane_name) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QThread

    gui = QThread.currentThread()
    seen: list[bool] = []

    def finish(pid: int) -> str:
        seen.append(QThread.currentThread() is gui)
        return f"{pid} finished in {os.getpid()}"

    result = run_remote(qtbot, runner, jobs.where, lane=lane_name, finish=finish)
    assert result == f"{workers.lane(lane_name).pid} finished in {os.getpid()}"
    assert seen == [False]


def test_a_failure_in_the_worker_is_reported_with_its_reason(qtbot, runner, lane_name) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT) as blocker:
        runner.start_remote(jobs.fail, "the file is not an article", lane=lane_name)
    message, details = blocker.args
    assert message == "the file is not an article"
    assert "ValueError" in details  # the worker's own traceback
    assert not runner.busy


def test_a_crash_is_reported_and_the_next_run_works_in_a_new_process(qtbot, runner, lane_name) -> None:  # type: ignore[no-untyped-def]
    lane = workers.lane(lane_name)
    first = run_remote(qtbot, runner, jobs.where, lane=lane_name)
    with qtbot.waitSignal(runner.failed, timeout=TIMEOUT) as blocker:
        runner.start_remote(jobs.crash, lane=lane_name)
    assert "stopped unexpectedly" in blocker.args[0]
    assert "exit code 3" in blocker.args[0]
    assert not runner.busy
    second = run_remote(qtbot, runner, jobs.where, lane=lane_name)
    assert second != first
    assert lane.starts == 2


def test_cancel_stops_the_worker_at_its_next_report_and_keeps_it(qtbot, runner, lane_name) -> None:  # type: ignore[no-untyped-def]
    pid = run_remote(qtbot, runner, jobs.where, lane=lane_name)
    with qtbot.waitSignal(runner.progressed, timeout=TIMEOUT):
        runner.start_remote(jobs.pulse, 60.0, lane=lane_name)
    with qtbot.waitSignal(runner.cancelled, timeout=1000):
        runner.cancel()
    assert not runner.busy
    began = time.monotonic()
    assert run_remote(qtbot, runner, jobs.where, lane=lane_name) == pid  # the same process
    assert time.monotonic() - began < 3  # the 60 s pulse stopped at once


def test_a_new_run_cancels_the_old_and_only_the_new_result_arrives(qtbot, runner, lane_name) -> None:  # type: ignore[no-untyped-def]
    results: list[object] = []
    runner.succeeded.connect(results.append)
    with qtbot.waitSignal(runner.progressed, timeout=TIMEOUT):
        runner.start_remote(jobs.pulse, 60.0, lane=lane_name)
    began = time.monotonic()
    with qtbot.waitSignal(runner.succeeded, timeout=TIMEOUT):
        runner.start_remote(jobs.where, lane=lane_name)
    assert time.monotonic() - began < 3
    qtbot.wait(200)
    assert results == [workers.lane(lane_name).pid]


def test_a_run_ignoring_cancellation_is_killed_and_the_worker_restarts(
    qtbot, runner, lane_name, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("desktop.worker.process.CANCEL_GRACE", 0.5)
    first = run_remote(qtbot, runner, jobs.where, lane=lane_name)
    runner.start_remote(jobs.stubborn, 60.0, lane=lane_name)
    qtbot.wait(300)  # it is sleeping in the worker, deaf to cancellation
    began = time.monotonic()
    second = run_remote(qtbot, runner, jobs.where, lane=lane_name)
    assert second != first
    assert time.monotonic() - began < 20  # grace, kill, fresh process (not the 60 s sleep)


def test_kept_arguments_travel_once_and_are_resent_when_the_worker_lost_them(
    qtbot, runner, lane_name
) -> None:  # type: ignore[no-untyped-def]
    values = [worker.Keep(("a", 1), "x" * 1000), worker.Keep(("b", 2), "y" * 1000)]
    pid, first = run_remote(qtbot, runner, jobs.identities, values, lane=lane_name)  # type: ignore[misc]
    _, again = run_remote(qtbot, runner, jobs.identities, values, lane=lane_name)  # type: ignore[misc]
    assert again == first  # the worker used the objects it kept, not new copies
    lane = workers.lane(lane_name)
    lane._held.add(("c", 3))  # the window believes the worker holds a value it lost
    third = [*values, worker.Keep(("c", 3), "z")]
    same_pid, ids = run_remote(qtbot, runner, jobs.identities, third, lane=lane_name)  # type: ignore[misc]
    assert same_pid == pid
    assert len(ids) == 3  # resent in full, not failed


def test_in_thread_fallback_runs_the_same_function_here(qtbot, runner, lane_name, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PARALLAX_WORKER", "thread")
    assert run_remote(qtbot, runner, jobs.where, lane=lane_name) == os.getpid()
    assert workers.lane(lane_name).pid is None  # no process was started


def test_stopping_the_workers_ends_their_processes_and_a_waiting_run_quietly(
    qtbot, runner, lane_name
) -> None:  # type: ignore[no-untyped-def]
    import psutil

    failures: list[str] = []
    runner.failed.connect(lambda message, _details: failures.append(message))
    pid = run_remote(qtbot, runner, jobs.where, lane=lane_name)
    runner.start_remote(jobs.stubborn, 60.0, lane=lane_name)
    qtbot.wait(200)
    workers.lane(lane_name).stop()
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    assert failures == []  # shutting down is not a failure


def test_a_large_case_loads_and_analyses_in_the_worker(qtbot, runner, lane_name, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # Enough articles for the parallel readers, which must not try to fork from the
    # (daemonic) worker process.
    from analysis.model import Edits
    from analysis.parallel import MIN_ITEMS

    for n in range(MIN_ITEMS + 5):
        (tmp_path / f"note-{n:03d}.txt").write_text(
            f"Harbour note {n}\n\nThe port authority said {n * 13 + 7} ships docked in week {n}.",
            encoding="utf-8",
        )
    loaded = run_remote(qtbot, runner, worker.load, [str(tmp_path)], None, [], lane=lane_name)
    assert len(loaded.articles) == MIN_ITEMS + 5
    assert not loaded.errors
    case = run_remote(qtbot, runner, worker.analyze_case, loaded.articles, Edits(), lane=lane_name)
    assert case.extracted == MIN_ITEMS + 5
    assert set(case.analysis.statements["article_id"]) == {a.id for a in loaded.articles}
