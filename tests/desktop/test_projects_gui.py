"""Projects through the window: save, reopen, recent, unsaved-changes prompt, crash recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QMessageBox

from tests.desktop.conftest import ANALYSIS_TIMEOUT, choose_file, press, settle, wait_analysed, when_modal
from tests.desktop.test_drop import drop

ROOT = Path(__file__).resolve().parents[2]


def new_window(qtbot):  # type: ignore[no-untyped-def]
    from desktop.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=settle)
    win.show()
    return win


def side_edits(window) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {k: v["side"] for k, v in window.session.edits.sources.items() if "side" in v}


def test_save_as_then_reopen_gives_the_same_case(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = demo_window
    first = win.session.articles[0].id
    win.session.set_source_field(first, "side", "Analyst's label")
    assert win.session.dirty
    assert win.isWindowModified()
    target = tmp_path / "halvik.parallax"
    when_modal(qtbot, choose_file(target))
    with qtbot.waitSignal(win.projects.saved, timeout=ANALYSIS_TIMEOUT):
        win.act["save_as"].trigger()
    assert target.exists()
    assert not win.session.dirty
    assert not win.isWindowModified()
    assert "Parallax" in win.windowTitle()
    assert str(target.resolve()) == win.prefs.recent_projects[0]

    other = new_window(qtbot)
    other.projects.open_path(target)
    wait_analysed(qtbot, other, 4)
    assert [a.id for a in other.session.articles] == [a.id for a in win.session.articles]
    assert side_edits(other)[first] == "Analyst's label"
    assert other.projects.path == target
    assert other.projects.settings.get("title", "").startswith("Halvik")
    assert not other.session.dirty
    assert win.projects.name in other.windowTitle()


def test_ctrl_s_saves_to_the_open_project(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "case.parallax"
    demo_window.projects.save_to(target, wait=True)
    demo_window.session.set_source_field(demo_window.session.articles[1].id, "date", "2026-03-12")
    assert demo_window.session.dirty
    with qtbot.waitSignal(demo_window.projects.saved, timeout=ANALYSIS_TIMEOUT):
        demo_window.act["save"].trigger()
    assert not demo_window.session.dirty
    from analysis.project import open_project

    state = open_project(target)
    assert state.edits.sources[demo_window.session.articles[1].id]["date"] == "2026-03-12"


def test_recent_projects_menu_reopens_a_project(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "recent.parallax"
    demo_window.projects.save_to(target, wait=True)
    demo_window.projects.new_project()
    assert demo_window.session.articles == []
    menu = demo_window.recent_menu
    demo_window.projects.fill_recent(menu)
    entries = [a for a in menu.actions() if a.text() == "recent.parallax"]
    assert len(entries) == 1
    assert entries[0].isEnabled()
    entries[0].trigger()
    wait_analysed(qtbot, demo_window, 4)
    assert demo_window.projects.path == target


def test_dropping_a_project_file_opens_it(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "dropped.parallax"
    demo_window.projects.save_to(target, wait=True)
    other = new_window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(target))])
    assert drop(other, mime)
    wait_analysed(qtbot, other, 4)
    assert other.projects.path == target


def test_closing_with_unsaved_changes_asks_first(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    demo_window.session.set_source_field(demo_window.session.articles[0].id, "source", "Renamed")
    when_modal(qtbot, press(QMessageBox.StandardButton.Cancel))
    assert not demo_window.close()
    assert demo_window.isVisible()
    when_modal(qtbot, press(QMessageBox.StandardButton.Discard))
    assert demo_window.close()


def test_a_damaged_project_names_the_problem_and_offers_the_backup(
    qtbot, demo_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "damaged.parallax"
    demo_window.projects.save_to(target, wait=True)
    demo_window.session.set_source_field(demo_window.session.articles[0].id, "side", "kept")
    demo_window.projects.save_to(target, wait=True)  # the first save is now the backup
    target.write_bytes(target.read_bytes()[:300])  # truncated, as by a full disk
    other = new_window(qtbot)
    other.projects.open_path(target)
    qtbot.waitUntil(lambda: getattr(other.projects, "last_error", None) is not None, timeout=ANALYSIS_TIMEOUT)
    box = other.projects.last_error
    assert "damaged.parallax" in box.text()
    backup = [b for b in box.buttons() if "Backup" in b.text()]
    assert backup, box.text()
    backup[0].click()
    wait_analysed(qtbot, other, 4)
    assert other.projects.path == target
    assert other.session.dirty  # Save now repairs the damaged file


CRASHING_RUN = textwrap.dedent(
    """
    import sys, time
    from desktop.app import create_app, build_window
    app = create_app([])
    window = build_window(sys.argv[1:], persistent=False)
    window.show()
    def wait(condition):
        deadline = time.monotonic() + 60
        while not condition() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
    wait(lambda: window.session.analysis is not None and not window.session.busy)
    window.session.set_source_field(window.session.articles[0].id, "side", "Before the crash")
    window.autosave.autosave_now()
    wait(lambda: not window.autosave.runner.busy)
    print("autosaved", len(window.session.articles), flush=True)
    time.sleep(120)
    """
)


@pytest.mark.slow
def test_after_kill_9_the_next_start_offers_the_autosaved_work(qtbot, user_home: Path, sample_paths) -> None:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PARALLAX_HOME": str(user_home), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.Popen(
        [sys.executable, "-c", CRASHING_RUN, *map(str, sample_paths[:2])],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    try:
        line = run.stdout.readline() if run.stdout else ""
        assert line.startswith("autosaved 2"), line
    finally:
        os.kill(run.pid, signal.SIGKILL)
        run.wait(30)

    window = new_window(qtbot)
    assert len(window.autosave.pending()) == 1
    window.offer_recovery()
    dialog = window.autosave.dialog
    assert dialog.isVisible()
    assert "2 articles" in dialog.listing.item(0).text()
    dialog.recover_button.click()
    wait_analysed(qtbot, window, 2)
    assert "Before the crash" in side_edits(window).values()
    assert window.session.dirty
    # Once this session has autosaved the work, the dead session's copy is gone.
    qtbot.waitUntil(lambda: window.autosave.pending() == [], timeout=ANALYSIS_TIMEOUT)
