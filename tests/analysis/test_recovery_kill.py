"""``kill -9`` at random moments never loses a completed save or autosave.

A real child process (:mod:`tests.fixtures.projects.crash_child`) autosaves and saves a
changing project in a loop and logs each step only after it completed. After each kill
the project must open and hold *exactly* the state of some iteration at least as new as
the last logged save, and the autosave offered for recovery at least the last logged
autosave; the last-good backup must open too. Each child continues from the project the
previous one left, so opening after a crash is exercised as well.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from analysis.project import ProjectState, discard, find_backup, open_project, pending_recoveries, recover
from tests.fixtures.projects.crash_child import state_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_HOME", str(tmp_path / "home"))


def _wait_for(log: Path, child: subprocess.Popen[bytes], step: str) -> str:
    """Wait until the child logged a line starting with ``step``; return that line."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        found = [line for line in lines if line.startswith(step + " ")]
        if found:
            return found[0]
        if child.poll() is not None:
            raise AssertionError(f"child died on its own: {child.stderr.read() if child.stderr else ''!r}")
        time.sleep(0.005)
    raise AssertionError(f"child never logged {step!r}")


def _last(lines: list[str], step: str) -> int:
    return max((int(line.split()[1]) for line in lines if line.startswith(step + " ")), default=0)


def _assert_is_iteration(state: ProjectState, at_least: int) -> None:
    counter = int(state.settings["counter"])
    assert counter >= at_least
    assert state == state_for(counter)


def _kill_once(tmp_path: Path, rng: random.Random, env: dict[str, str], after_save: bool) -> str:
    """Run one child, kill it at a random moment, check what survived; return where it died.

    With ``after_save`` the random moment is counted from the child's first completed save
    (so the chain makes progress even on a slow machine), else from its start (so kills
    also land while it opens the crashed project and writes its first save).
    """
    project, folder, log = tmp_path / "case.parallax", tmp_path / "auto", tmp_path / "child.log"
    log.unlink(missing_ok=True)
    args = [sys.executable, "-m", "tests.fixtures.projects.crash_child", str(project), str(folder), str(log)]
    child = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        session = _wait_for(log, child, "ready").split()[2]
        if after_save:
            _wait_for(log, child, "saved")
        time.sleep(rng.uniform(0.0, 0.3))
        assert child.poll() is None, child.stderr.read() if child.stderr else ""
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        if child.stderr:
            child.stderr.close()
    lines = log.read_text(encoding="utf-8").splitlines()
    if project.exists():
        _assert_is_iteration(open_project(project), _last(lines, "saved"))
        backup = find_backup(project)
        assert backup is not None
        _assert_is_iteration(open_project(backup), 0)
    offers = pending_recoveries(folder)
    mine = [offer for offer in offers if offer.session == session]
    if _last(lines, "autosaved"):
        assert len(mine) == 1
        _assert_is_iteration(recover(mine[0]), _last(lines, "autosaved"))
    for offer in offers:
        discard(offer)
    return lines[-1].split()[0]


def _kill_loop(tmp_path: Path, kills: int, seed: int) -> Counter[str]:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    rng = random.Random(seed)
    return Counter(_kill_once(tmp_path, rng, env, after_save=cycle % 2 == 0) for cycle in range(kills))


def test_ten_kills_lose_nothing_completed(tmp_path: Path) -> None:
    died = _kill_loop(tmp_path, kills=10, seed=1)
    assert sum(died.values()) == 10
    assert open_project(tmp_path / "case.parallax").settings["counter"] > 0


@pytest.mark.stress
@pytest.mark.timeout(3600)
def test_three_hundred_kills_lose_nothing_completed(tmp_path: Path) -> None:
    died = _kill_loop(tmp_path, kills=300, seed=2)
    print(f"\nkilled after: {dict(died)}")
    # "autosaved" last means it died saving; "saved" last, while autosaving or preparing.
    assert died["autosaved"] >= 20
    assert died["saved"] >= 20
