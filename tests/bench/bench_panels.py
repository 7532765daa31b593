"""How long the desktop panels block the GUI thread on a big case (issue 5: under 100 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_panels.py [--articles 200] [--repeat 5]

Builds a case of ``--articles`` real articles (BASIL, then ECB+ to fill up; read from
../shared/data at run time, never stored), analyses it once with the real pipeline, then
gives it to the real main window the way a finished background analysis does (the
worker's preparation of the views' index runs first, untimed, as it does off the GUI
thread) and measures on the GUI thread: the update after a new analysis (every shown
panel, then with layout and paint), each panel's own refresh, a filter change, a topic
change and a statement selection.
Prints the median and worst of ``--repeat`` runs; prints a "skipped" line without the data.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
TARGET_MS = 100.0


def articles(limit: int) -> list[object]:
    """Return up to ``limit`` articles: BASIL (outlet, title, date) first, then ECB+."""
    from analysis.model import Article, Format, content_id

    found: list[Article] = []

    def add(text: str, path: str, **meta: str) -> None:
        paragraphs, offset = [], 0
        for block in text.split("\n\n"):
            paragraphs.append((offset, offset + len(block)))
            offset += len(block) + 2
        found.append(Article(content_id(text), path, Format.TEXT, text, paragraphs=tuple(paragraphs), **meta))

    for path in sorted((DATA / "basil" / "articles").glob("*/*.json"))[:limit]:
        item = json.loads(path.read_text(encoding="utf-8"))
        body = "\n\n".join(" ".join(s) for s in item["body-paragraphs"])
        add(body, str(path), title=item["title"], source=str(item["source"]), date=str(item["date"]))
    with gzip.open(DATA / "ecbplus" / "ecbplus_documents.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            if len(found) >= limit:
                break
            doc = json.loads(line)
            add(doc["text"], doc["doc_id"], source=f"ecb-{doc['doc_id'].split('_')[0]}")
    return found


def timed(
    action: Callable[[], object], repeat: int, before: Callable[[], object] = lambda: None
) -> list[float]:
    """Return the wall times in ms of ``action`` (after ``before``, untimed), ``repeat`` times."""
    from PySide6.QtWidgets import QApplication

    times = []
    for _ in range(repeat):
        before()
        QApplication.processEvents()
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
        QApplication.processEvents()
    return times


def report(name: str, times: list[float]) -> None:
    """Print one line: median, worst and whether the worst meets the target."""
    worst = max(times)
    mark = "ok" if worst < TARGET_MS else "OVER"
    print(f"{name:<44} median {statistics.median(times):7.1f} ms   worst {worst:7.1f} ms   {mark}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    options = parser.parse_args()
    if not (DATA / "basil").is_dir():
        print("skipped: ../shared/data/basil is absent")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PARALLAX_HOME", tempfile.mkdtemp(prefix="parallax-bench-"))
    from PySide6.QtWidgets import QApplication

    from analysis.pipeline import analyze
    from desktop import theme
    from desktop.main_window import MainWindow
    from desktop.models import index as index_module
    from desktop.models.prepare import prepare
    from desktop.session import Filters

    app = QApplication.instance() or QApplication([])
    theme.Theme(app, theme.Scheme.LIGHT)
    case = articles(options.articles)
    start = time.perf_counter()
    analysis = analyze(case)  # type: ignore[arg-type]
    took = time.perf_counter() - start
    print(
        f"case: {len(case)} articles, {len(analysis.statements)} statements, {len(analysis.topics)} topics, "
        f"{len(analysis.claims)} claims, {len(analysis.timeline)} events (analysed in {took:.1f} s)"
    )
    window = MainWindow()
    window.resize(1440, 900)
    window.show()
    session = window.session
    session.articles = list(case)  # type: ignore[arg-type]
    session.articlesChanged.emit()
    app.processEvents()
    panels = window.panels

    def worker() -> None:
        index_module._cache.clear()  # a new analysis: nothing cached yet
        start = time.perf_counter()
        prepare(analysis)  # what the analysis worker does off the GUI thread
        worker_ms.append((time.perf_counter() - start) * 1000)

    def deliver() -> None:
        session.analysis = None
        session.analyzer.succeeded.emit(analysis)

    def settle() -> None:
        deliver()
        QApplication.processEvents()  # layout and paint of what changed

    worker_ms: list[float] = []
    report("new analysis: shown panels updated", timed(deliver, options.repeat, worker))
    report("new analysis: updated, laid out and painted", timed(settle, options.repeat, worker))
    print(f"{'  (worker: index and rows prepared)':<44} median {statistics.median(worker_ms):7.1f} ms")
    for key, panel in panels.items():
        report(f"  {key} panel refresh", timed(panel.refresh, options.repeat))  # type: ignore[attr-defined]
    words = ["said", "government", "police", "president", "people"]
    turn = iter(range(10_000))
    report(
        "filter: search text",
        timed(lambda: session.set_filters(Filters(text=words[next(turn) % 5])), options.repeat),
    )
    session.set_filters(Filters())
    topic_ids = list(analysis.topics["id"])
    report(
        "select a topic",
        timed(lambda: session.select_topic(int(topic_ids[next(turn) % len(topic_ids)])), options.repeat),
    )
    ids = list(analysis.statements["id"])
    step = max(len(ids) // (options.repeat + 1), 1)
    report(
        "select a statement (other article)",
        timed(lambda: session.select_statement(ids[(next(turn) * step) % len(ids)]), options.repeat),
    )
    session.cancel()
    session.set_dirty(False)
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
