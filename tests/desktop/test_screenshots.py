"""Screenshots of the real window under Xvfb (``make screenshots``; skipped otherwise).

The test starts ``python -m tests.desktop.test_screenshots OUT`` in a subprocess under
``xvfb-run -a`` with ``QT_QPA_PLATFORM=xcb`` (a real X server, real fonts and window
manager-free geometry), which opens the demo case, waits for the analysis, selects the top
competing claim and saves the main views as PNGs in ``resources/screenshots``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources" / "screenshots"
VIEWS = ("welcome", "main", "main-dark", "compare", "claims", "reader", "sources", "topics", "speakers",
         "timeline", "export-brief", "about")  # fmt: skip
SIZE = (1440, 900)


def test_screenshots_of_the_main_views(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if not request.config.getoption("--screenshots"):
        pytest.skip("screenshots: run with make screenshots (--screenshots)")
    if shutil.which("xvfb-run") is None:
        pytest.skip("xvfb-run is not installed")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PARALLAX_HOME": str(tmp_path / "home")}
    command = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0] + 80}x{SIZE[1] + 80}x24",
               sys.executable, "-m", "tests.desktop.test_screenshots", str(tmp_path)]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    from PySide6.QtGui import QImage

    OUT.mkdir(parents=True, exist_ok=True)
    for view in VIEWS:
        shot = tmp_path / f"{view}.png"
        image = QImage(str(shot))
        assert not image.isNull(), view
        assert image.width() > 200, view
        # A blank grab is one colour; a real view has text and frames.
        assert (
            len(
                {image.pixel(x, y) for x in range(0, image.width(), 17) for y in range(0, image.height(), 13)}
            )
            > 4
        )
        shutil.copy(shot, OUT / shot.name)


# -- the script run under Xvfb ---------------------------------------------------------------
def _wait(app, condition, seconds: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
        app.processEvents()
        time.sleep(0.02)


def _settle(app, ms: int = 400) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _select_top_claim(window) -> None:  # type: ignore[no-untyped-def]
    """Click the first competing claim, as an analyst would (it flows to compare and reader)."""
    from PySide6.QtWidgets import QAbstractItemView

    panel = window.panels.get("claims")
    views = [] if panel is None else [v for v in panel.findChildren(QAbstractItemView) if v.isVisible()]
    views = [v for v in views if v.model() is not None and v.model().rowCount() > 0]
    if views:
        views[0].setCurrentIndex(views[0].model().index(0, 1))
        views[0].selectRow(0)


def _grab_docks(app, window, out: Path) -> None:  # type: ignore[no-untyped-def]
    window.central.grab().save(str(out / "compare.png"))
    for key in ("claims", "reader", "sources", "topics", "speakers", "timeline"):
        dock = window.docks.get(key)
        if dock is None:
            continue
        dock.show()
        dock.raise_()
        _settle(app, 250)
        dock.grab().save(str(out / f"{key}.png"))


def _grab_dialogs(app, window, out: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.dialogs.about import AboutDialog
    from desktop.dialogs.export_brief import ExportBriefDialog

    export = ExportBriefDialog(
        window.session.analysis.topics,
        title="Halvik hospital strike",
        analyst="A. Analyst",
        path="/home/analyst/halvik-brief.pdf",
        parent=window,
    )
    about = AboutDialog(window)
    for name, dialog in (("export-brief", export), ("about", about)):
        dialog.show()
        _settle(app, 300)
        dialog.grab().save(str(out / f"{name}.png"))
        dialog.close()


def main(out: Path) -> int:
    """Open the demo case and save the screenshots into ``out``."""
    from desktop.app import build_window, create_app

    app = create_app([])
    app.setStyleSheet(app.styleSheet())
    empty = build_window([], persistent=False)
    empty.resize(*SIZE)
    empty.show()
    _wait(app, lambda: empty.composer.built)
    _settle(app, 600)
    empty.grab().save(str(out / "welcome.png"))
    empty.close()

    window = build_window(["--demo"], persistent=False)
    window.resize(*SIZE)
    window.show()
    _wait(
        app, lambda: window.composer.built and window.session.analysis is not None and not window.session.busy
    )
    _select_top_claim(window)
    _settle(app, 800)
    window.grab().save(str(out / "main.png"))
    _grab_docks(app, window, out)
    if "claims" in window.docks:
        window.docks["claims"].raise_()
    _grab_dialogs(app, window, out)
    window.act["scheme_dark"].trigger()
    _settle(app, 600)
    window.grab().save(str(out / "main-dark.png"))
    window.act["scheme_system"].trigger()
    window.session.set_dirty(False)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
