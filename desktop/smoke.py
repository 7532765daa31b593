"""Self-closing start-up for smoke tests of the installed or frozen application.

``PARALLAX_SMOKE_EXIT_MS=N`` closes the main window the normal way (settings saved,
autosave session ended) ``N`` ms after it shows, so a script can start the GUI offscreen
and check it exits with status 0. With ``PARALLAX_SMOKE_AWAIT_ANALYSIS=1`` the countdown
starts only when the first analysis arrives instead, which proves the worker processes
start in that build; every analysis that arrives is logged on one ``smoke:`` line.

Neither variable is meant for analysts; without them this module does nothing.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

EXIT_VARIABLE = "PARALLAX_SMOKE_EXIT_MS"
AWAIT_VARIABLE = "PARALLAX_SMOKE_AWAIT_ANALYSIS"
STUCK_STATUS = 3
"""Exit status when the window refused to close or no analysis came within the deadline."""
DEADLINE_MS = 120_000
"""How long to wait for a first analysis, and for a refused close, before giving up."""

log = logging.getLogger("parallax.smoke")


def delay_ms() -> int | None:
    """Return the requested delay before closing (``None`` when no smoke test is asked for).

    Raises
    ------
    ValueError
        When the variable is set but is not a non-negative whole number of milliseconds.
    """
    raw = os.environ.get(EXIT_VARIABLE, "").strip()
    if not raw:
        return None
    value = int(raw)
    if value < 0:
        raise ValueError(f"{EXIT_VARIABLE} must be >= 0, got {value}")
    return value


def arm(window: MainWindow) -> None:
    """Close ``window`` by itself as the environment asks; do nothing when it asks nothing."""
    delay = delay_ms()
    if delay is None:
        return
    window.session.analysisChanged.connect(lambda: _report(window))
    if os.environ.get(AWAIT_VARIABLE, "") not in ("", "0"):
        _close_after_first_analysis(window, delay)
    else:
        QTimer.singleShot(delay, window, lambda: _close(window))


def _close_after_first_analysis(window: MainWindow, delay: int) -> None:
    """Start the countdown when the first analysis arrives; give up after the deadline."""
    started = False

    def first() -> None:
        nonlocal started
        # analysisChanged also fires when a project resets (no analysis yet): wait for one.
        if not started and window.session.analysis is not None:
            started = True
            QTimer.singleShot(delay, window, lambda: _close(window))

    def too_late() -> None:
        if not started:
            log.error("smoke: no analysis arrived within %d ms", DEADLINE_MS)
            QApplication.exit(STUCK_STATUS)

    window.session.analysisChanged.connect(first)
    QTimer.singleShot(DEADLINE_MS, window, too_late)


def _close(window: MainWindow) -> None:
    """Close the window normally; exit with :data:`STUCK_STATUS` if it is still open later."""
    log.info("smoke: closing the window")
    # A close may be refused (unsaved work asks first); a smoke test must not hang on it.
    # The window is the timers' context: a window deleted meanwhile cancels them.
    QTimer.singleShot(DEADLINE_MS, window, lambda: _stuck(window))
    window.close()


def _stuck(window: MainWindow) -> None:
    if window.isVisible():
        log.error("smoke: the window did not close")
        QApplication.exit(STUCK_STATUS)


def _report(window: MainWindow) -> None:
    """Log what the analysis found and where it ran (worker processes or in-thread)."""
    from desktop import worker

    analysis = window.session.analysis
    if analysis is None:
        return
    pids = [lane.pid for lane in worker.lanes() if lane.pid is not None]
    mode = f"worker processes {pids}" if worker.enabled() and pids else "in-thread"
    log.info(
        "smoke: analysis ready: %d articles, %d statements, %d topics, %d claims (%s)",
        len(analysis.articles),
        len(analysis.statements),
        len(analysis.topics),
        len(analysis.claims),
        mode,
    )
