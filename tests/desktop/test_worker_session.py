"""The session's loading and analysis in worker processes: crashes, memory, identical results.

These drive the real :class:`Session` on the demo articles; the worker processes are the
application's own (shared by every session of the test run).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import psutil
import pytest

from analysis import worker
from desktop import worker as workers
from desktop.session import Session
from desktop.tasks import TaskRunner

TIMEOUT = 60_000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def session(qtbot):  # type: ignore[no-untyped-def]
    made = Session()
    yield made
    made.cancel()


def settled(qtbot, session: Session, before: object = None) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: not session.busy and session.analysis is not None and session.analysis is not before,
        timeout=TIMEOUT,
    )


def analysed(qtbot, session: Session, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    session.load([str(p) for p in paths])
    settled(qtbot, session)


def arm(qtbot, session: Session, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Make the analysis worker's next call fail as ``kind`` (see ``worker.arm_fault``)."""
    runner = TaskRunner()  # the session's own runner would deliver the hook's None as an analysis
    with qtbot.waitSignal(runner.succeeded, timeout=TIMEOUT):
        runner.start_remote(worker.arm_fault, kind, lane="analysis")


@pytest.mark.parametrize(("kind", "reason"), [("exit", "stopped unexpectedly"), ("memory", "Out of memory")])
def test_a_dying_analysis_is_a_problem_and_costs_no_work(qtbot, session, sample_paths, kind, reason) -> None:  # type: ignore[no-untyped-def]
    analysed(qtbot, session, sample_paths)
    shown = session.analysis
    old_pid = workers.lane("analysis").pid
    arm(qtbot, session, kind)
    with qtbot.waitSignal(session.problemsAdded, timeout=TIMEOUT) as blocker:
        session.set_source_field(session.articles[0].id, "side", "Edited")
    assert blocker.args[0][0].path == "analysis"
    assert reason in blocker.args[0][0].message
    assert session.analysis is shown  # the window keeps what it showed
    assert not session.busy
    qtbot.waitUntil(lambda: workers.lane("analysis").pid is None)  # gone; restarts with the next run
    session.analyze()  # the next run works, with the edit made meanwhile
    settled(qtbot, session, shown)
    assert session.analysis.article(session.articles[0].id).side == "Edited"
    assert len(session.analysis.articles) == len(sample_paths)
    assert workers.lane("analysis").pid not in (None, old_pid)


def test_results_are_identical_to_the_in_thread_path(qtbot, session, sample_paths, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    analysed(qtbot, session, sample_paths)
    session.set_source_field(session.articles[1].id, "source", "Renamed Outlet")
    settled(qtbot, session, session.analysis)
    remote = session.analysis
    monkeypatch.setenv("PARALLAX_WORKER", "thread")
    other = Session()
    other.reset(session.articles, session.edits)
    settled(qtbot, other)
    local = other.analysis
    assert local.articles == remote.articles
    for name in ("statements", "speakers", "topics", "matrix", "claims", "agreements", "timeline"):
        pd.testing.assert_frame_equal(getattr(local, name), getattr(remote, name), obj=name)
    other.cancel()


def test_loading_problems_and_duplicates_come_back_from_the_worker(
    qtbot, session, sample_paths, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    problems: list[object] = []
    notices: list[list[str]] = []
    session.problemsAdded.connect(problems.extend)
    session.noticesAdded.connect(notices.append)
    analysed(qtbot, session, sample_paths[:2])
    session.load([str(sample_paths[0]), str(bad)])
    qtbot.waitUntil(lambda: bool(problems) and bool(notices) and not session.busy, timeout=TIMEOUT)
    assert [p.path for p in problems] == [str(bad)]  # type: ignore[attr-defined]
    assert len(session.articles) == 2


APP = """
import sys
from PySide6.QtCore import QTimer
from desktop.app import build_window, create_app
from desktop import worker as workers
app = create_app([])
window = build_window([], persistent=False)
window.show()
window.loading.load_paths(sys.argv[1:])
def check():
    session = window.session
    if session.busy or session.analysis is None:
        return
    print("workers", *[lane.pid for lane in workers.lanes() if lane.pid], flush=True)
    session.set_dirty(False)
    window.close()
    app.quit()
timer = QTimer(interval=100)
timer.timeout.connect(check)
timer.start()
app.exec()
"""


@pytest.mark.slow
def test_no_worker_process_outlives_the_application(sample_paths, tmp_path) -> None:
    env = {**__import__("os").environ, "PARALLAX_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(APP), *map(str, sample_paths)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    line = next(line for line in run.stdout.splitlines() if line.startswith("workers"))
    pids = [int(p) for p in line.split()[1:]]
    assert len(pids) == 2  # loading and analysis
    for pid in pids:
        alive = psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
        assert not alive, f"worker {pid} outlived the application"
    assert "leaked" not in run.stderr  # no semaphore left for the resource tracker to clean
