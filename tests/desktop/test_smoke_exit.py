"""``PARALLAX_SMOKE_EXIT_MS``: a scripted GUI start closes by itself, normally, with status 0."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import smoke

ROOT = Path(__file__).resolve().parents[2]
READY = r"smoke: analysis ready: 4 articles, (\d+) statements, (\d+) topics, (\d+) claims \((.*)\)"


def _start(home: Path, **variables: str) -> subprocess.CompletedProcess[str]:
    """Run ``main.py --demo`` offscreen with ``variables`` set; return the finished run."""
    env = {**os.environ, "PARALLAX_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **variables}
    env.pop("PARALLAX_WORKER", None)
    return subprocess.run(
        [sys.executable, "main.py", "--demo"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip


@pytest.mark.slow
def test_gui_closes_by_itself_after_the_workers_analysed(tmp_path: Path) -> None:
    began = time.monotonic()
    run = _start(tmp_path, PARALLAX_SMOKE_EXIT_MS="100", PARALLAX_SMOKE_AWAIT_ANALYSIS="1")
    assert run.returncode == 0, run.stderr[-2000:]
    assert time.monotonic() - began < smoke.DEADLINE_MS / 1000
    found = re.search(READY, run.stderr)
    assert found, run.stderr[-2000:]
    statements, topics, claims = (int(found.group(i)) for i in (1, 2, 3))
    assert min(statements, topics, claims) > 0
    assert found.group(4).startswith("worker processes")
    assert found.start() < run.stderr.index("smoke: closing the window")
    # Closed the normal way: the window's state reached the (fresh) settings file.
    settings = json.loads((tmp_path / "config" / "settings.json").read_text(encoding="utf-8"))
    assert settings["first_run"] is False
    assert settings["window_state"]


def test_delay_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(smoke.EXIT_VARIABLE, raising=False)
    assert smoke.delay_ms() is None
    monkeypatch.setenv(smoke.EXIT_VARIABLE, " 1500 ")
    assert smoke.delay_ms() == 1500
    for bad in ("-1", "soon"):
        monkeypatch.setenv(smoke.EXIT_VARIABLE, bad)
        with pytest.raises(ValueError, match=r"-1|soon"):
            smoke.delay_ms()


def test_armed_window_closes_in_process(window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(smoke.EXIT_VARIABLE, "50")
    monkeypatch.delenv(smoke.AWAIT_VARIABLE, raising=False)
    smoke.arm(window)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def test_unarmed_window_stays_open(window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(smoke.EXIT_VARIABLE, raising=False)
    smoke.arm(window)
    qtbot.wait(200)
    assert window.isVisible()
