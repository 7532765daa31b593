"""``main.py --help`` answers on a machine without a display, for the GUI and every sub-command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    # No display and no offscreen platform: only argument parsing may run.
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_gui_help_needs_no_display() -> None:
    run = _run("--help")
    assert run.returncode == 0, run.stderr[-1000:]
    assert "--demo" in run.stdout
    assert "inspect|analyze|brief" in run.stdout
    assert "platform plugin" not in run.stderr


@pytest.mark.parametrize("command", ["inspect", "analyze", "brief"])
def test_sub_command_help(command: str) -> None:
    run = _run(command, "--help")
    assert run.returncode == 0, run.stderr[-1000:]
    assert f"parallax {command}" in run.stdout
