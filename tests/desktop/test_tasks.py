"""TaskRunner: work runs on the pool, outcomes come back as signals, a new run cancels the old."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from analysis.progress import Progress
from desktop.tasks import REPORT_INTERVAL, TaskRunner


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    made = TaskRunner()
    yield made
    made.cancel()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)


def test_work_runs_off_the_gui_thread_and_its_result_comes_back(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["gui"] = QThread.currentThread() is qtbot_thread
        progress(0.5, "half way")
        return 42

    qtbot_thread = QThread.currentThread()
    results: list[object] = []
    runner.succeeded.connect(results.append)
    with qtbot.waitSignals([runner.succeeded, runner.finished], timeout=10_000):
        runner.start(work)
        assert runner.busy
    assert results == [42]
    assert seen["gui"] is False
    assert not runner.busy


def test_progress_is_reported_in_order_and_throttled(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    fractions: list[float] = []
    runner.progressed.connect(lambda f, _m: fractions.append(f))

    def work(progress: Progress) -> None:
        for i in range(5):  # slow steps: each one is shown
            progress(i / 10, f"step {i}")
            threading.Event().wait(REPORT_INTERVAL * 1.2)
        for i in range(1, 10_001):  # a flood of tiny steps: a few reach the GUI thread
            progress(0.5 + i / 20_000, "")

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(work)
    qtbot.waitUntil(lambda: bool(fractions) and fractions[-1] == 1.0)
    assert fractions[:5] == [0.0, 0.1, 0.2, 0.3, 0.4]
    assert fractions == sorted(fractions)
    assert len(fractions) < 20


def test_a_failure_is_reported_with_its_reason_not_raised(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    def work(progress: Progress) -> None:
        raise ValueError("the file is not an article")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(work)
    message, details = blocker.args
    assert message == "the file is not an article"
    assert "ValueError" in details
    assert not runner.busy


def test_a_new_run_cancels_the_old_and_only_the_new_result_arrives(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    stopped = threading.Event()
    results: list[object] = []
    runner.succeeded.connect(results.append)

    def slow(progress: Progress) -> str:
        try:
            while not release.wait(0.01):
                progress(0.1, "waiting")
        except BaseException:
            stopped.set()
            raise
        return "old"

    runner.start(slow)
    with qtbot.waitSignal(runner.succeeded, timeout=10_000):
        runner.start(lambda progress: "new")
    assert stopped.wait(5), "the old run must stop at its next progress report"
    release.set()
    qtbot.wait(100)
    assert results == ["new"]


def test_cancel_stops_the_work_at_its_next_report(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    steps: list[int] = []
    started = threading.Event()

    def work(progress: Progress) -> None:
        for i in range(10_000):
            started.set()
            steps.append(i)
            progress(i / 10_000, "")
            threading.Event().wait(0.001)

    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.start(work)
        assert started.wait(5)
        runner.cancel()
    assert not runner.busy
    qtbot.wait(50)
    count = len(steps)
    qtbot.wait(100)
    assert len(steps) == count < 10_000


def test_emitting_signals_leaks_no_reference_to_true(qtbot, runner) -> None:  # type: ignore[no-untyped-def]
    # PySide6 6.12.0 dropped a reference to True on every Python-side emit(); Python 3.11
    # then dies after some thousands of progress reports. pyproject excludes that release.
    import sys

    before = sys.getrefcount(True)
    for _ in range(200):
        runner.progressed.emit(0.5, "")
    assert sys.getrefcount(True) - before >= 0


def test_a_task_outliving_its_runner_stops_quietly(qtbot) -> None:  # type: ignore[no-untyped-def]
    # Closing the window deletes the runner while its task still runs: the task must stop
    # at its next report, and nothing may raise from the worker thread.
    from PySide6.QtCore import QThreadPool

    reports = threading.Event()
    stopped = threading.Event()

    def work(progress: Progress) -> None:
        try:
            while True:
                progress(0.5, "")
                reports.set()
                threading.Event().wait(0.005)
        except BaseException:
            stopped.set()
            raise

    owner = TaskRunner()
    owner.start(work)
    assert reports.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(stopped.is_set, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
