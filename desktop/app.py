"""QApplication set-up and the GUI entry point (placeholder window until the desktop work lands)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication


def run_gui(args: Sequence[str]) -> int:
    """Start the application with ``args`` (files to load, or ``--demo``); return the exit status."""
    from desktop.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    app.setApplicationName("Parallax")
    window = MainWindow()
    window.show()
    return int(app.exec())
