"""Autosave sessions: where they write, what they offer after a crash, what a clean exit leaves."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from analysis.project import (
    Autosaver,
    ProjectError,
    discard,
    open_project,
    pending_recoveries,
    recover,
    save_project,
)
from tests.fixtures.projects.crash_child import state_for
from tests.fixtures.projects.states import make_state

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_HOME", str(tmp_path / "home"))


def _crash(project: Path, folder: Path, iterations: int) -> Path:
    """Run a real process that autosaves and saves, then dies without a clean shutdown."""
    log = folder.parent / "child.log"
    args = [sys.executable, "-m", "tests.fixtures.projects.crash_child", str(project), str(folder), str(log)]
    done = subprocess.run([*args, "--die-after", str(iterations)], cwd=ROOT, timeout=60, check=False)
    assert done.returncode == 3
    return log


def test_autosaves_go_to_the_data_folder_not_beside_the_project(tmp_path: Path) -> None:
    project = tmp_path / "work" / "case.parallax"
    project.parent.mkdir()
    with Autosaver(project) as saver:
        saver.autosave(make_state(3))
        assert saver.snapshot.is_relative_to(tmp_path / "home" / "data" / "autosave")
        assert list(project.parent.iterdir()) == []


def test_autosave_is_incremental(tmp_path: Path) -> None:
    state = make_state(40)
    with Autosaver(folder=tmp_path / "auto") as saver:
        assert saver.autosave(state).written == 40
        state.edits.claim_notes["x"] = "one more note"
        assert saver.autosave(state).written == 0
        state.articles[7] = dataclasses.replace(state.articles[7], title="retitled")
        assert saver.autosave(state).written == 1
        assert open_project(saver.snapshot, fallback_name="") == state


def test_live_session_is_never_offered(tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    with Autosaver(folder=folder) as saver:
        saver.autosave(make_state(2))
        assert pending_recoveries(folder) == []
        assert Autosaver(folder=folder).session != saver.session  # a second window is its own session


def test_clean_close_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    saver = Autosaver(tmp_path / "case.parallax", folder=folder)
    saver.autosave(make_state(2))
    saver.close()
    saver.close()
    assert list(folder.iterdir()) == []
    with pytest.raises(ProjectError, match="closed"):
        saver.autosave(make_state(1))


def test_crash_offers_the_last_autosave(tmp_path: Path) -> None:
    folder, project = tmp_path / "auto", tmp_path / "case.parallax"
    before = datetime.now(UTC) - timedelta(seconds=1)
    _crash(project, folder, iterations=3)
    found = pending_recoveries(folder)
    assert len(found) == 1
    offer = found[0]
    assert offer.project_path == str(project.resolve())
    assert offer.articles == len(state_for(3).articles)
    assert offer.saved_at is not None
    assert before <= offer.saved_at <= datetime.now(UTC)
    assert offer.title == "case 3"
    assert recover(offer) == state_for(3)
    discard(offer)
    assert pending_recoveries(folder) == []
    assert list(folder.iterdir()) == []


def test_saved_work_is_not_offered(tmp_path: Path) -> None:
    folder, project = tmp_path / "auto", tmp_path / "case.parallax"
    code = (
        "import os, sys\n"
        "from analysis.project import Autosaver, save_project\n"
        "from tests.fixtures.projects.states import make_state\n"
        f"saver = Autosaver(folder=__import__('pathlib').Path({str(folder)!r}))\n"
        "saver.autosave(make_state(2))\n"
        f"save_project({str(project)!r}, make_state(2))\n"
        f"saver.mark_saved({str(project)!r})\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
    assert pending_recoveries(folder) == []
    assert len(list(folder.iterdir())) == 2  # the dead session and its lock, until pruned
    Autosaver(folder=folder).close()  # the next start prunes it
    assert list(folder.iterdir()) == []


def test_next_start_keeps_unsaved_work_while_pruning(tmp_path: Path) -> None:
    folder, project = tmp_path / "auto", tmp_path / "case.parallax"
    _crash(project, folder, iterations=2)
    with Autosaver(project, folder=folder):
        assert [r.title for r in pending_recoveries(folder)] == ["case 2"]


def test_discard_refuses_a_live_session(tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    _crash(tmp_path / "case.parallax", folder, iterations=1)
    offer = pending_recoveries(folder)[0]
    with Autosaver(folder=folder) as saver:
        saver.autosave(make_state(1))
        live = dataclasses.replace(offer, session=saver.session, snapshot=saver.snapshot)
        with pytest.raises(ProjectError, match="still running"):
            discard(live)
        assert saver.snapshot.exists()


def test_recoveries_are_newest_first(tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    for name in ("first", "second"):
        _crash(tmp_path / f"{name}.parallax", folder, iterations=1)
    found = pending_recoveries(folder)
    assert [Path(r.project_path).stem for r in found] == ["second", "first"]


def test_autosave_from_a_worker_thread_while_marking_saved(tmp_path: Path) -> None:
    project = tmp_path / "case.parallax"
    errors: list[BaseException] = []
    with Autosaver(project, folder=tmp_path / "auto") as saver:

        def work() -> None:
            try:
                for counter in range(1, 15):
                    saver.autosave(state_for(counter))
            except BaseException as exc:  # re-raised on the test thread below
                errors.append(exc)

        worker = threading.Thread(target=work)
        worker.start()
        for _ in range(15):
            saver.mark_saved(project)
        worker.join()
        assert errors == []
        assert open_project(saver.snapshot, fallback_name="") == state_for(14)


def test_a_save_and_an_autosave_of_the_same_state_agree(tmp_path: Path) -> None:
    state = make_state(5)
    save_project(tmp_path / "case.parallax", state)
    with Autosaver(tmp_path / "case.parallax", folder=tmp_path / "auto") as saver:
        saver.autosave(state)
        assert open_project(saver.snapshot) == open_project(tmp_path / "case.parallax")
    assert os.listdir(tmp_path / "auto") == []


def test_unreadable_autosave_is_listed_with_its_problem(tmp_path: Path) -> None:
    folder = tmp_path / "auto"
    _crash(tmp_path / "case.parallax", folder, iterations=1)
    offer = pending_recoveries(folder)[0]
    offer.snapshot.write_bytes(b"\x00" * 10_000)
    (damaged,) = pending_recoveries(folder)
    assert damaged.problem
    assert damaged.articles == 0
    with pytest.raises(ProjectError):
        recover(damaged)
    discard(damaged)
    assert list(folder.iterdir()) == []
