"""Project files at scale: a 2,000-article case saved, reopened and autosaved.

    .venv/bin/python tests/bench/bench_project.py [--articles N] [--size CHARS]

Prints the time and the peak Python memory (tracemalloc) of each operation, the file
size, and the process's peak resident memory. Articles are synthetic (our own made-up
sentences) of a realistic length: 2,000-12,000 characters, 6,000 on average.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from analysis.project import Autosaver, ProjectState, open_project, save_project
from tests.fixtures.projects.states import full_edits, make_article

Measure = Callable[[str, Callable[[], Any]], Any]


def timed(results: dict[str, list[float]]) -> Measure:
    """Return a runner that records each operation's wall time in seconds."""

    def run(label: str, work: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = work()
        results.setdefault(label, []).append(time.perf_counter() - start)
        return result

    return run


def traced(results: dict[str, list[float]]) -> Measure:
    """Return a runner that records each operation's peak Python allocation in bytes.

    Run apart from :func:`timed`: tracing slows Python code several times over.
    """

    def run(label: str, work: Callable[[], Any]) -> Any:
        tracemalloc.start()
        result = work()
        results.setdefault(label, []).append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        return result

    return run


def build(count: int, size: int) -> ProjectState:
    """Return a project of ``count`` articles averaging ``size`` characters."""
    articles = [make_article(i, size=size // 3 + (i * 7919) % (size * 5 // 3), seed=3) for i in range(count)]
    return ProjectState(articles, full_edits(articles), {"brief_title": "Scale test"}, name="Scale")


def one_edit(state: ProjectState, round_: int) -> ProjectState:
    """Return the state after one analyst edit (a source renamed) and one new note."""
    articles = list(state.articles)
    articles[round_] = dataclasses.replace(articles[round_], source=f"Renamed {round_}")
    edits = dataclasses.replace(state.edits, claim_notes={**state.edits.claim_notes, f"n{round_}": "note"})
    return ProjectState(articles, edits, state.settings, state.name)


def scenario(folder: Path, state: ProjectState, measure: Measure) -> dict[str, float]:
    """Save, re-save, open and autosave ``state`` under ``folder``; return file facts."""
    os.environ["PARALLAX_HOME"] = str(folder / "home")
    path = folder / "scale.parallax"
    measure("save (new file, with backup)", lambda: save_project(path, state))
    measure("save again, nothing changed", lambda: save_project(path, state))
    edited = one_edit(state, 1)
    stats = measure("save after one edit", lambda: save_project(path, edited))
    measure(
        "save after one edit, no backup", lambda: save_project(path, one_edit(edited, 2), keep_backup=False)
    )
    opened = measure("open (integrity check + read)", lambda: open_project(path))
    assert len(opened.articles) == len(state.articles)
    with Autosaver(path, folder=folder / "autosave") as saver:
        measure("first autosave of a session", lambda: saver.autosave(opened))
        for round_ in range(3, 8):
            measure("autosave after one edit", lambda r=round_: saver.autosave(one_edit(opened, r)))
        snapshot = saver.snapshot.stat().st_size
    return {"file": path.stat().st_size, "autosave": snapshot, "rewritten": stats.written}


def main() -> None:
    """Run the scenario twice (timed, then traced) and print one line per operation."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--size", type=int, default=6000, help="average article length in characters")
    args = parser.parse_args()
    state = build(args.articles, args.size)
    chars = sum(len(a.text) for a in state.articles)
    times: dict[str, list[float]] = {}
    peaks: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as first, tempfile.TemporaryDirectory() as second:
        facts = scenario(Path(first), state, timed(times))
        scenario(Path(second), build(args.articles, args.size), traced(peaks))
    print(f"{args.articles} articles, {chars / 1e6:.1f} M characters of text")
    print(f"{'operation':<34} {'median ms':>10} {'max ms':>8} {'peak Python MiB':>16}")
    for label, values in times.items():
        peak = max(peaks[label]) / 2**20
        print(
            f"{label:<34} {statistics.median(values) * 1000:>10.0f} {max(values) * 1000:>8.0f} {peak:>16.1f}"
        )
    print(f"a save after one edit rewrote {facts['rewritten']:.0f} of {args.articles} articles")
    print(f"project file {facts['file'] / 2**20:.1f} MiB, autosave {facts['autosave'] / 2**20:.1f} MiB")
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory of the process: {peak_kib / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
