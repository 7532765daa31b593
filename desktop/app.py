"""QApplication set-up and the GUI entry point.

``python main.py`` shows the window; files given as arguments are loaded into a new
project, a ``.parallax`` file opens as the project, ``--demo`` opens the bundled demo
case (so does the very first start). Heavy modules are imported after the window is
on screen where possible, so the window is usable quickly.
"""

from __future__ import annotations

import argparse
import gc
import logging
import signal
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import smoke

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

log = logging.getLogger("parallax")


def parse_args(args: Sequence[str]) -> argparse.Namespace:
    """Read the GUI's command line (Qt's own options are left to Qt)."""
    parser = argparse.ArgumentParser(
        prog="parallax",
        description="Comparative source analysis: start the desktop application.",
        epilog="Headless commands (no window): parallax inspect|analyze|brief --help",
    )
    parser.add_argument("--demo", action="store_true", help="open the bundled demo case")
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="articles, folders, URLs or a .parallax project"
    )
    known, _qt_options = parser.parse_known_args(list(args))
    return known


class ErrorReporter:
    """``sys.excepthook`` for the GUI: an exception in a slot is shown, never fatal.

    Qt calls slots from its event loop; an uncaught exception there would otherwise be
    printed and the user left wondering. One dialog at a time; repeats are counted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.shown: QMessageBox | None = None
        self.count = 0

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details)
        self.count += 1
        if self.shown is not None and self.shown.isVisible():
            return
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "Something went wrong",
            f"Parallax hit an unexpected error and carried on:\n{error or kind.__name__}",
            parent=self.parent,
        )
        box.setDetailedText(details)
        box.open()
        self.shown = box


def freeze_heap() -> None:
    """Move everything alive after start-up (modules, classes, Qt wrappers) out of the GC's way.

    A full garbage collection walks every tracked object while holding the GIL; run on a
    worker during an analysis it stalls the window for as long. Objects of the imported
    libraries live until exit anyway, so the collector need not walk them again.

    Only the young generations are collected first: a full collection here walked the
    whole start-up heap (about 160,000 objects, 0.17-0.2 s) and froze the window just
    after it showed. Old garbage frozen with the rest is reclaimed with the frozen heap
    (``desktop.worker.heap``) once it has grown.
    """
    gc.collect(1)
    gc.freeze()


def create_app(argv: Sequence[str]) -> QApplication:
    """Return the ``QApplication`` (created once) with names, style, palette and icon."""
    from desktop import theme

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        theme.prepare_high_dpi()
        app = QApplication([sys.argv[0] if sys.argv else "parallax", *argv])
    # Every Python slot the GUI thread runs must first take the GIL from a busy worker;
    # a shorter switch interval bounds that wait (5 ms by default, per slot call).
    sys.setswitchinterval(0.001)
    app.setApplicationName("Parallax")
    app.setApplicationDisplayName("Parallax")
    app.setOrganizationName("Parallax")
    app.setDesktopFileName("parallax")
    app.setWindowIcon(theme.app_icon())
    return app


def build_window(args: Sequence[str], *, persistent: bool = True) -> MainWindow:
    """Create the main window for the command line ``args`` and start what it asks.

    Parameters
    ----------
    args : sequence of str
        ``--demo`` and/or paths (articles, folders, URLs or one ``.parallax`` project).
    persistent : bool
        Read and write the user's settings (``False`` keeps everything in memory).
    """
    from analysis.settings import Settings
    from desktop import theme
    from desktop.main_window import MainWindow

    options = parse_args(args)
    prefs = Settings.load() if persistent else Settings(first_run=False)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if app.findChild(theme.Theme) is None:
        theme.Theme(app, theme.scheme_of(prefs.color_scheme))
    window = MainWindow(settings=prefs, persist=persistent, defer_panels=True)
    window.composer.ready.connect(freeze_heap)
    first_run = prefs.first_run
    prefs.first_run = False
    if options.paths:
        window.loading.load_paths(options.paths)
    elif options.demo or first_run:
        window.projects.open_demo()
    return window


def run_gui(args: Sequence[str]) -> int:
    """Start the application with ``args`` (files to load, or ``--demo``); return the exit status."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    parse_args(args)  # --help and usage errors answer before Qt needs a display
    app = create_app(args)
    reporter = ErrorReporter()
    sys.excepthook = reporter
    window = build_window(args)
    reporter.parent = window
    window.show()
    # Crash recovery is offered once the window is up, so the offer has a parent to sit on.
    QTimer.singleShot(0, window.offer_recovery)
    _close_on_interrupt(window)
    smoke.arm(window)  # PARALLAX_SMOKE_EXIT_MS: a scripted start closes by itself
    return int(app.exec())


def _close_on_interrupt(window: QWidget) -> None:
    """Ctrl+C in the terminal closes the window the normal way (asking about unsaved work)."""
    signal.signal(signal.SIGINT, lambda _signum, _frame: QTimer.singleShot(0, window.close))
    # Python runs signal handlers only between bytecodes: wake it up now and then.
    heartbeat = QTimer(window, interval=250)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start()
