"""Fixtures for the desktop tests: isolated user folders and the real main window."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

ANALYSIS_TIMEOUT = 60_000  # ms; generous for a loaded CI machine

ARTICLE = """Flood barrier fails in Norrvik, residents say

NORRVIK, 2 April - The new flood barrier on the Aska river gave way on Tuesday night, residents said.
"The water came through the wall in minutes," said Ilse Marr, who lives by the river.
The city council denied that the barrier had been built below the agreed height.
"""


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point Parallax's settings, autosaves and backups at a fresh folder per test."""
    home = tmp_path_factory.mktemp("parallax-home")
    monkeypatch.setenv("PARALLAX_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def plain_application(qapp):  # type: ignore[no-untyped-def]
    """Undo what a test's window did to the whole application (theme, style sheet, palette)."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    yield
    from desktop import theme

    for applied in qapp.findChildren(theme.Theme):
        applied.setParent(None)
        applied.deleteLater()
    if qapp.styleSheet() != sheet:
        qapp.setStyleSheet(sheet)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setPalette(palette)


def settle(window: object) -> None:
    """Stop background work and let the pool drain, so no task outlives its window."""
    session = getattr(window, "session", None)
    if session is not None:
        session.cancel()
        session.set_dirty(False)
    autosave = getattr(window, "autosave", None)
    if autosave is not None:  # no autosave may start once the test is over
        autosave.timer.stop()
        autosave.close()
    for name in ("projects", "exports"):
        controller = getattr(window, name, None)
        runner = getattr(controller, "io", None) or getattr(controller, "runner", None)
        if runner is not None:
            runner.cancel()
    QThreadPool.globalInstance().waitForDone(30_000)
    QApplication.processEvents()


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """The real main window with default settings (not persisted), shown."""
    from desktop.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win, before_close_func=settle)
    win.show()
    qtbot.waitExposed(win)
    return win


def wait_analysed(qtbot, window, count: int | None = None) -> None:  # type: ignore[no-untyped-def]
    """Wait until loading and analysis are done (and ``count`` articles are loaded)."""

    def done() -> None:
        session = window.session
        failed = [p.message for p in session.problems if p.path == "analysis"]
        if failed:  # not an AssertionError: waitUntil must stop retrying
            raise RuntimeError(f"analysis failed: {failed}")
        assert not session.busy
        assert session.analysis is not None
        if count is not None:
            assert len(session.articles) == count
            assert len(session.analysis.articles) == count

    qtbot.waitUntil(done, timeout=ANALYSIS_TIMEOUT)


@pytest.fixture
def demo_window(qtbot, window):  # type: ignore[no-untyped-def]
    """The main window with the demo case loaded and analysed."""
    window.projects.open_demo()
    wait_analysed(qtbot, window, 4)
    return window


@pytest.fixture
def sample_folder(tmp_path: Path, sample_paths: list[Path]) -> Iterator[Path]:
    """A folder (with a sub-folder) holding copies of the demo articles."""
    folder = tmp_path / "case"
    (folder / "more").mkdir(parents=True)
    for i, path in enumerate(sample_paths):
        shutil.copy(path, folder / ("more" if i % 2 else "") / path.name)
    return folder


def when_modal(qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Run ``act(dialog)`` on the next modal dialog, once it is up (modal dialogs block the test)."""
    from PySide6.QtCore import QTimer

    def attempt(tries: int = 200) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if tries:
                QTimer.singleShot(25, lambda: attempt(tries - 1))
            return
        act(dialog)

    QTimer.singleShot(0, attempt)


def choose_file(path: Path):  # type: ignore[no-untyped-def]
    """Return an action for :func:`when_modal` that picks ``path`` in a file dialog."""

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.selectFile(str(path))
        dialog.accept()

    return act


def press(button):  # type: ignore[no-untyped-def]
    """Return an action for :func:`when_modal` that presses a message box's standard button."""

    def act(box) -> None:  # type: ignore[no-untyped-def]
        box.button(button).click()

    return act


@pytest.fixture
def web_article(tmp_path: Path) -> Iterator[str]:
    """A local web server serving one article page (the real fetch path, no internet)."""
    page = tmp_path / "site" / "norrvik.html"
    page.parent.mkdir()
    body = "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()[2:])
    page.write_text(
        "<html><head><title>Flood barrier fails in Norrvik</title>"
        '<meta property="og:site_name" content="Norrvik Courier"></head>'
        f"<body><article><h1>Flood barrier fails in Norrvik</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    handler = partial(SimpleHTTPRequestHandler, directory=str(page.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/norrvik.html"
    server.shutdown()
    server.server_close()
