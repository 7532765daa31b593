"""The desktop never freezes: event-loop stalls while 200 articles load and analyse; start time.

    .venv/bin/python tests/bench/bench_gui.py [--articles 200] [--starts 3] [--worker process|thread]

Two figures (issue 5):

* **Time to a usable window**: a fresh process is started ``--starts`` times; each builds
  the real main window (every panel), shows it and answers its first event-loop turn.
  The time is measured from the parent's ``Popen`` (interpreter start and imports
  included) to that first turn. Target: under 2 s.
* **Longest stall of the event loop** while ``--articles`` articles are dropped on the
  real window (as one folder), loaded, analysed and shown, then re-analysed after an edit,
  then one more article added: a 10 ms ``QTimer`` records how late each tick fires; the
  longest lateness is the longest time the GUI thread was busy. Target: under 100 ms.
  The first phase is the start itself: panels built and worker processes warming up.

``--worker thread`` runs loading and analysis on the window's own threads (the fallback,
and the design before worker processes) to compare. The load average is printed with
each part: on a machine of two cores, other jobs show in the figures.

The articles are written by this script (variations of the bundled demo case: other
places, numbers and names), so the benchmark needs no external data.
Runs offscreen (``QT_QPA_PLATFORM=offscreen``) unless a display platform is set.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
if __name__ == "__main__":  # not again in the worker processes, which import this as __mp_main__
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Autosaves and settings of the benchmark never touch the real home.
    os.environ["PARALLAX_HOME"] = tempfile.mkdtemp(prefix="parallax-bench-")

TICK_MS = 10
PLACES = ["Halvik", "Orsa", "Brenn", "Tolvik", "Marn", "Edda", "Skarv", "Lomen", "Vesta", "Norrby"]
PEOPLE = ["Irina Malek", "Anton Krall", "Oleg Varnov", "Defne Arslan", "Maria Lindqvist", "Lena Moravec"]

START_SCRIPT = """
import time, sys
from PySide6.QtCore import QTimer
from desktop.app import build_window, create_app
app = create_app([])
window = build_window([], persistent=False)
window.show()
def ready():
    print("usable", flush=True)
    window.close()
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def write_case(folder: Path, count: int) -> None:
    """Write ``count`` articles: the demo texts with their places, numbers and people varied."""
    import resources
    from analysis import ingest

    texts = [a.text for a in ingest.load([str(p) for p in resources.samples()]).articles]
    for i in range(count):
        text = texts[i % len(texts)].replace("Halvik", PLACES[i % len(PLACES)])
        text = text.replace("34", str(20 + i % 40)).replace("six", str(3 + i % 9))
        speaker = PEOPLE[i % len(PEOPLE)]
        text += (
            f"\n\nUpdate {i}: {speaker} said on the evening of day {i % 28 + 1} that "
            f"{i * 7 % 300 + 12} trucks of aid had crossed at {PLACES[(i + 3) % len(PLACES)]}."
        )
        (folder / f"report_{i:03d}.txt").write_text(text, encoding="utf-8")


def start_times(starts: int) -> list[float]:
    """Seconds from process start to the first event-loop turn of a shown window."""
    times = []
    env = dict(os.environ)
    for _ in range(starts):
        began = time.perf_counter()
        run = subprocess.Popen([sys.executable, "-c", START_SCRIPT], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)  # fmt: skip
        line = run.stdout.readline() if run.stdout else ""
        elapsed = time.perf_counter() - began
        run.wait(60)
        if line.strip() == "usable":
            times.append(elapsed)
    return times


class StallMeter:
    """A 10 ms timer that records how late each of its ticks fired."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.lateness: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.lateness.append(max(0.0, (now - self._last) * 1000 - TICK_MS))
        self._last = now

    def start(self) -> None:
        self.lateness.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> tuple[float, float, int]:
        """Return the longest and 99th-percentile lateness (ms) and the ticks over 100 ms."""
        self.timer.stop()
        ordered = sorted(self.lateness) or [0.0]
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        return ordered[-1], p99, sum(1 for x in ordered if x > 100)


def run_until(app, condition, limit: float = 900.0) -> float:  # type: ignore[no-untyped-def]
    """Spin the event loop until ``condition()``; return the seconds it took."""
    began = time.perf_counter()
    while not condition():
        if time.perf_counter() - began > limit:
            raise TimeoutError("the window did not finish")
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - began


def stalls(count: int) -> list[tuple[str, float, float, float, int]]:
    """Measure the phases on the real window; return ``(phase, seconds, max, p99, >100)``."""
    from desktop import worker as workers
    from desktop.app import build_window, create_app

    app = create_app([])
    meter = StallMeter()
    window = build_window([], persistent=False)
    window.resize(1440, 900)
    window.show()
    meter.start()
    seconds = run_until(app, lambda: window.composer.built)
    seconds += run_until(app, lambda: workers.warmed() or not workers.enabled())
    rows = [("start: panels built, workers warm", seconds, *meter.stop())]
    session = window.session

    def settled() -> bool:
        failed = [p.message for p in session.problems if p.path == "analysis"]
        if failed:
            raise RuntimeError(f"the analysis failed: {failed[-1]}")
        return not session.busy and session.analysis is not None

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "case"
        folder.mkdir()
        write_case(folder, count)
        extra = Path(tmp) / "late_report.txt"
        extra.write_text((folder / "report_000.txt").read_text() + "\n\nA late correction.", "utf-8")
        phases = [
            (f"drop a folder of {count} articles", lambda: window.loading.load_paths([str(folder)])),
            (
                "edit a source, re-analyse",
                lambda: session.set_source_field(session.articles[0].id, "side", "X"),
            ),
            ("add one article", lambda: window.loading.load_paths([str(extra)])),
        ]
        for name, act in phases:
            before = session.analysis
            meter.start()
            act()
            seconds = run_until(app, lambda b=before: settled() and session.analysis is not b)
            run_until(app, lambda: True)  # one more turn: views repaint
            rows.append((name, seconds, *meter.stop()))
    session.set_dirty(False)
    window.close()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--worker", choices=["process", "thread"], default="process")
    args = parser.parse_args()
    os.environ["PARALLAX_WORKER"] = args.worker
    print(f"loading and analysis: {args.worker} · load average {load()}")

    times = start_times(args.starts)
    if times:
        print(f"time to a usable window: median {statistics.median(times):.2f} s, "
              f"worst {max(times):.2f} s over {len(times)} starts (target < 2 s)")  # fmt: skip
    else:
        print("time to a usable window: the window did not start")
    print(f"load average {load()}")
    print(f"\n{'phase':<36} {'wall s':>7} {'max stall ms':>13} {'p99 ms':>7} {'>100 ms':>8}")
    worst = 0.0
    for name, seconds, longest, p99, over in stalls(args.articles):
        worst = max(worst, longest)
        print(f"{name:<36} {seconds:7.1f} {longest:13.0f} {p99:7.0f} {over:8d}")
    print(f"\nlongest event-loop stall: {worst:.0f} ms (target < 100 ms) · load average {load()}")
    return 0


def load() -> str:
    """The 1, 5 and 15 minute load averages (other jobs on the machine show in the figures)."""
    return " ".join(f"{v:.2f}" for v in os.getloadavg()) + f" on {os.cpu_count()} cores"


if __name__ == "__main__":
    sys.exit(main())
