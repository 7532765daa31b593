"""The app stays up on hostile input (issue 8): a real drop of a mixed batch on the window.

The batch (made at test time, nothing committed) mixes the demo articles and a good
article whose name hides a right-to-left override with an empty file, random bytes, a
zip-bomb docx, a billion-laughs docx, a file of NUL bytes, a binary file named
``evil<RLO>txt.exe``, 3,000 empty PDF pages, 100,000 nested divs and a 10 MB line.
While it loads and is analysed the event loop must keep turning; afterwards each bad
file is one problem, the good articles are analysed, and no name shows a direction
trick, in the problems list or in the sources panel.
"""

from __future__ import annotations

import functools
import json
import os
import random
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl

from tests.analysis.ingest_fixtures import make
from tests.analysis.ingest_fixtures.measure import budget
from tests.analysis.test_ingest_hostile import _laughs_docx
from tests.desktop.conftest import wait_analysed
from tests.desktop.test_drop import drop, mime_with

ROOT = Path(__file__).resolve().parents[2]
RLO = "\u202e"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
MAX_STALL = 1.0  # seconds the event loop may go without turning, on an idle machine
GOOD = f"report{RLO}gpj.txt"
GOOD_TEXT = (
    "Bridge closed in Norrvik after flood\n\n"
    "“The bridge will stay closed until engineers have checked it,” Mayor Ilse Marr said on Tuesday.\n\n"
    "The regional water board denied that the flood barrier had been built too low."
)


@functools.cache
def bad_files() -> dict[str, bytes]:
    """Return the bad files by name (made once per session: the bomb takes a second to write)."""
    return {
        "empty.txt": b"",
        "noise.txt": random.Random(8).randbytes(32 * 1024),
        "bomb.docx": make.zip_bomb_docx(256 * 2**20),
        "nuls.txt": b"\x00" * 8000 + b"text",
        f"evil{RLO}txt.exe": random.Random(9).randbytes(4096),
        # Slow ones keep the loader busy for seconds: the window must not wait for them.
        "blank.pdf": make.blank_pdf(3000),
        "deep.html": b"<html><body>" + b"<div>" * 100_000 + b"<p>Deep.</p>" + b"</div>" * 100_000,
        "line.txt": b"word " * (2 * 2**20),
    }


def _batch(folder: Path, samples: list[Path]) -> tuple[list[Path], list[str]]:
    """Write the batch; return every path to drop and the names of the bad files."""
    bad = []
    for name, data in bad_files().items():
        (folder / name).write_bytes(data)
        bad.append(name)
    bad.append(Path(_laughs_docx(folder, folder / "unused")).name)
    (folder / GOOD).write_text(GOOD_TEXT, encoding="utf-8")
    paths = [folder / name for name in bad] + [folder / GOOD, *samples]
    random.Random(3).shuffle(paths)  # hostile and good files interleaved, as a real drop would be
    return paths, bad


class Heartbeat:
    """A timer ticking every 20 ms; the longest gap between ticks is how long the GUI froze.

    A watchdog thread notes where every thread was while a gap grew (the GUI thread may
    be busy itself, or waiting for the GIL another thread holds), so a failure says what
    froze the window.
    """

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.where: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._done = threading.Event()
        self._gui = threading.get_ident()
        threading.Thread(target=self._watch, daemon=True).start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def _watch(self) -> None:
        worst, gap_of, places = 0.0, 0.0, []
        while not self._done.wait(0.05):
            last = self.last
            gap = time.perf_counter() - last
            if gap < MAX_STALL / 2:
                continue
            if last != gap_of:  # a new gap: collect its places afresh
                gap_of, places = last, []
            frames = sys._current_frames()
            frames.pop(threading.get_ident(), None)  # not the watchdog itself
            place = " | ".join(_innermost(frame, ident == self._gui) for ident, frame in frames.items())
            if place not in places and len(places) < 4:  # the first few places tell the cause
                places.append(place)
            if gap > worst:
                worst, self.where = gap, list(places)

    def stop(self) -> float:
        self.timer.stop()
        self._done.set()
        return self.longest


def _innermost(frame: FrameType, gui: bool) -> str:
    """Return a thread's innermost frames: ours for the GUI thread, any for the others."""
    stack = traceback.extract_stack(frame)
    ours = [f for f in stack if f.filename.startswith(str(ROOT))] if gui else stack
    shown = [f"{Path(f.filename).name}:{f.lineno} {f.line}" for f in ours[-3:]]
    return ("GUI thread: " if gui else "other thread: ") + " > ".join(shown)


def _shown_texts(model) -> list[str]:  # type: ignore[no-untyped-def]
    """Every display and tooltip text of a table model."""
    texts = []
    for row in range(model.rowCount(QModelIndex())):
        for column in range(model.columnCount(QModelIndex())):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if value is not None:
                    texts.append(str(value))
    return texts


@pytest.fixture
def dropped(qtbot, window, tmp_path, sample_paths):  # type: ignore[no-untyped-def]
    """Drop the hostile batch on the window; return (window, bad names, longest stall, where)."""
    paths, bad = _batch(tmp_path, sample_paths)
    beat = Heartbeat()
    assert drop(window, mime_with([QUrl.fromLocalFile(str(p)) for p in paths]))
    wait_analysed(qtbot, window, len(sample_paths) + 1)
    return window, bad, beat.stop(), beat.where


def test_the_window_keeps_turning(dropped) -> None:  # type: ignore[no-untyped-def]
    window, _bad, stall, where = dropped
    assert stall < budget(MAX_STALL), f"the event loop stalled {stall:.2f} s in {where}"
    assert window.isVisible()


def test_one_problem_per_bad_file(dropped) -> None:  # type: ignore[no-untyped-def]
    window, bad, _stall, _where = dropped
    rows = [row for row in window.problems.rows() if row[0] == "problem"]
    assert window.problems.problem_count == len(bad)
    shown = [item for _kind, item, _reason in rows]
    for name in bad:
        safe = name.replace(RLO, "<U+202E>")
        assert [item for item in shown if item.endswith(safe)] != [], f"{safe} not listed"
    assert all(reason.strip() for _kind, _item, reason in rows)


def test_good_articles_are_analysed(dropped, sample_paths) -> None:  # type: ignore[no-untyped-def]
    window, _bad, _stall, _where = dropped
    analysis = window.session.analysis
    loaded = {Path(a.path).name for a in analysis.articles}
    assert loaded == {GOOD, *(p.name for p in sample_paths)}
    counts = analysis.statements.groupby("article_id").size()
    assert all(counts.get(a.id, 0) > 0 for a in analysis.articles)


def test_names_never_show_a_direction_trick(dropped) -> None:  # type: ignore[no-untyped-def]
    window, _bad, _stall, _where = dropped
    problems = [f"{item} {reason}" for _kind, item, reason in window.problems.rows()]
    sources = _shown_texts(window.panels["sources"].model)
    choice = window.panels["reader"].choice
    articles = [choice.itemText(i) for i in range(choice.count())]  # the reader's article picker
    assert any("report<U+202E>gpj" in text for text in articles)
    for text in problems + sources + articles:
        assert not set(text) & set(BIDI), f"raw direction control shown: {text!r}"
    assert any("evil<U+202E>txt.exe" in text for text in problems)
    assert any("evil<U+202E>txt.exe" in text for text in sources)  # its problem row
    assert any("report<U+202E>gpj" in text for text in sources)  # the good article's outlet
    assert window.windowTitle().isprintable()


COLD_START = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QApplication

app = QApplication([])
from desktop.main_window import MainWindow
import resources
from tests.desktop.test_drop import drop, mime_with
from tests.desktop.test_hostile_gui import Heartbeat, _batch

window = MainWindow()
window.show()
paths, bad = _batch(Path(sys.argv[1]), resources.samples())
beat = None

def start():  # a user takes a couple of seconds to drag files onto a new window
    global beat
    beat = Heartbeat()
    drop(window, mime_with([QUrl.fromLocalFile(str(p)) for p in paths]))
    QTimer.singleShot(100, poll)

def poll():
    session = window.session
    if session.busy or session.analysis is None:
        QTimer.singleShot(100, poll)
        return
    stall = beat.stop()
    print(json.dumps({"stall": stall, "where": beat.where, "articles": len(session.analysis.articles)}))
    app.quit()

QTimer.singleShot(2000, start)
QTimer.singleShot(120_000, app.quit)
app.exec()
"""


def test_a_fresh_window_keeps_turning(tmp_path: Path) -> None:
    """The first drop on a freshly started app: nothing the test run imported before helps.

    In one pytest process other tests have already imported pandas and the pipeline, which
    hides work the app does on its first drop; a new process starts as cold as the app.
    """
    env = {**os.environ, "PARALLAX_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", COLD_START, str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["articles"] == 5
    assert found["stall"] < budget(MAX_STALL), (
        f"the event loop stalled {found['stall']:.2f} s in {found['where']}"
    )


@pytest.mark.stress
def test_a_folder_of_ten_thousand_files_with_a_symlink_loop(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """10,000 tiny files and a loop back to the top: each file once, and the window keeps turning."""
    folder = tmp_path / "dump"
    (folder / "inner").mkdir(parents=True)
    for i in range(10_000):
        (folder / ("inner" if i % 2 else "") / f"{i:05d}.txt").write_text(
            f"Note {i}: the council of district {i % 97} met on day {i} and approved item {i * 7}, "
            "the clerk said."
        )
    (folder / "inner" / "back").symlink_to(folder, target_is_directory=True)
    beat = Heartbeat()
    assert drop(window, mime_with([QUrl.fromLocalFile(str(folder))]))

    def analysed() -> None:
        session = window.session
        assert not session.busy
        assert session.analysis is not None
        assert len(session.analysis.articles) == 10_000

    qtbot.waitUntil(analysed, timeout=900_000)
    stall = beat.stop()
    assert stall < budget(MAX_STALL), f"the event loop stalled {stall:.2f} s in {beat.where}"
    assert window.problems.problem_count == 0
