"""Whole analysis, load to claims, on 10, 100 and 1,000 real articles (ECB+ and BASIL).

    .venv/bin/python tests/bench/bench_analysis.py [--sizes 10 100 1000] [--repeat 1]

Each size runs in a fresh process. The articles are written to a temporary folder as the
files an analyst would drop (BASIL as Markdown with its title, outlet and date; ECB+ as
plain text), then loaded with :func:`analysis.ingest.load` and analysed with
:func:`analysis.pipeline.analyze`. Prints per-step wall times (from the pipeline's
progress messages), the claim step's own sub-steps, the peak resident memory of the
process and of the largest statement worker it forked (the check adds the worker's twice,
an upper bound: forked workers share most pages), the CPU time of the process and its
workers (steadier than wall time when other work shares the machine),
and the floor of the same run: a naive sentence split, TF-IDF and k-means (as
many clusters as our topics) over the same texts. Targets: 1,000 articles under 15 s
and 2 GB, at most 3 times the floor, near-linear growth. Texts are read from
../shared/data at run time and never stored; prints a "skipped" line when absent.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"
PHASES = [(0.0, "statements"), (0.35, "speakers"), (0.4, "topics"), (0.7, "claims"), (0.95, "timeline")]
CLAIM_STEPS = {"Aligning": "align", "Reading statements": "read", "Reading aligned": "pairs"}


def corpus(limit: int) -> list[tuple[str, str]]:
    """Return ``(file name, file content)`` for ``limit`` articles, BASIL and ECB+ interleaved."""
    basil = sorted((DATA / "basil" / "articles").glob("*/*.json"))
    with gzip.open(DATA / "ecbplus" / "ecbplus_documents.jsonl.gz", "rt", encoding="utf-8") as handle:
        ecb = [json.loads(line) for line in handle]
    files: list[tuple[str, str]] = []
    share = len(basil) / (len(basil) + len(ecb))
    b = e = 0
    while len(files) < limit and (b < len(basil) or e < len(ecb)):
        if b < len(basil) and (b < share * (len(files) + 1) or e >= len(ecb)):
            files.append(basil_file(basil[b]))
            b += 1
        else:
            files.append((f"{ecb[e]['doc_id']}.txt", ecb[e]["text"]))
            e += 1
    return files


def basil_file(path: Path) -> tuple[str, str]:
    """Return ``(file name, Markdown)`` of one BASIL article, with its title, outlet and date."""
    item = json.loads(path.read_text(encoding="utf-8"))
    body = "\n\n".join(" ".join(sentences) for sentences in item["body-paragraphs"])
    front = (
        f"---\ntitle: {json.dumps(item['title'])}\nsource: {item['source']}\ndate: {item['date']}\n---\n\n"
    )
    return f"{path.stem}.md", front + body + "\n"


def write_files(files: list[tuple[str, str]], folder: Path) -> list[str]:
    """Write ``(file name, content)`` pairs into ``folder``; return their paths, in order."""
    paths = []
    for name, content in files:
        path = folder / name
        path.write_text(content, encoding="utf-8")
        paths.append(str(path))
    return paths


def floor(texts: list[str], n_clusters: int) -> float:
    """Seconds for the naive floor: regex sentences, TF-IDF, k-means."""
    from sklearn.cluster import KMeans
    from sklearn.feature_extraction.text import TfidfVectorizer

    started = time.perf_counter()
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(sentences)
    KMeans(n_clusters=max(2, min(n_clusters, len(sentences))), n_init=1, random_state=0).fit(matrix)
    return time.perf_counter() - started


def phase_timer(marks: dict[str, float]) -> Callable[[float, str], None]:
    """Return a progress callback recording when each pipeline phase starts."""

    def report(fraction: float, message: str) -> None:
        now = time.perf_counter()
        for start, name in PHASES:
            if fraction >= start and name not in marks:
                marks[name] = now
        for prefix, step in CLAIM_STEPS.items():
            if 0.7 <= fraction < 0.95 and message.startswith(prefix):
                marks.setdefault(f"claims.{step}", now)

    return report


def cpu_with_workers() -> float:
    """CPU seconds of this process and of its ended children (the statement workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def run_one(size: int) -> dict[str, float]:
    """Load and analyse ``size`` articles in this process; return the measurements."""
    from analysis.ingest import load
    from analysis.pipeline import analyze

    files = corpus(size)
    with tempfile.TemporaryDirectory() as folder:
        paths = write_files(files, Path(folder))
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started, cpu_started = time.perf_counter(), cpu_with_workers()
        loaded = load(paths)
        loaded_at = time.perf_counter()
        marks: dict[str, float] = {}
        analysis = analyze(loaded.articles, progress=phase_timer(marks))
        done, cpu_done = time.perf_counter(), cpu_with_workers()
    texts = [a.text for a in loaded.articles]
    out = {
        "articles": len(loaded.articles),
        "n_statements": len(analysis.statements),
        "load": loaded_at - started,
    }
    out |= _phase_times(marks, done)
    out |= {
        "total": done - started,
        "claims_found": len(analysis.claims),
        "topics_found": len(analysis.topics),
        "cpu": cpu_done - cpu_started,
    }
    out["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["worker_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out["baseline_mb"] = baseline
    cpu_floor = time.process_time()
    out["floor"] = floor(texts, len(analysis.topics))
    out["floor_cpu"] = time.process_time() - cpu_floor
    return out


def _phase_times(marks: dict[str, float], done: float) -> dict[str, float]:
    names = [name for _, name in PHASES] + sorted(k for k in marks if k.startswith("claims."))
    ordered = sorted((marks[n], n) for n in names if n in marks)
    times = {}
    for (at, name), following in zip(ordered, [*ordered[1:], (done, "")], strict=True):
        times[name] = following[0] - at
    if "claims" in marks:  # the claims phase spans its sub-steps
        end = marks.get("timeline", done)
        times["claims"] = end - marks["claims"]
        last = max((k for k in marks if k.startswith("claims.")), key=lambda k: marks[k], default="")
        if last:
            times[last] = end - marks[last]
    return times


def report(results: list[dict[str, float]]) -> None:
    """Print one row per size, then the growth between sizes."""
    steps = ["load", "statements", "speakers", "topics", "claims", "timeline"]
    subs = ["claims.align", "claims.read", "claims.pairs"]
    print(
        f"{'articles':>8} {'stmts':>6} "
        + " ".join(f"{s:>10}" for s in steps + subs)
        + "      total   floor  ratio  peak MB  worker MB   cpu  floor cpu  cpu ratio"
    )
    for r in results:
        cells = " ".join(f"{r.get(s, 0.0):10.2f}" for s in steps + subs)
        ratio = r["total"] / max(r["floor"], 1e-9)
        head = f"{int(r['articles']):8d} {int(r['n_statements']):6d} {cells}"
        cpu = f"{r['cpu']:6.2f} {r['floor_cpu']:10.2f} {r['cpu'] / max(r['floor_cpu'], 1e-9):10.2f}"
        memory = f"{r['peak_mb']:8.0f} {r.get('worker_mb', 0):10.0f}"
        print(f"{head} {r['total']:10.2f} {r['floor']:7.2f} {ratio:6.2f} {memory} {cpu}")
    for small, large in itertools.pairwise(results):
        growth = (large["total"] / small["total"]) / (large["articles"] / small["articles"])
        print(f"growth {int(small['articles'])} -> {int(large['articles'])}: time per article x{growth:.2f}")
    big = results[-1]
    memory = big["peak_mb"] + 2 * big.get("worker_mb", 0)
    verdict = big["total"] < 15 and memory < 2048 and big["total"] / big["floor"] <= 3
    targets = "(<15 s, <2 GB, ratio <= 3)"
    print(f"targets at {int(big['articles'])} articles {targets}: {'met' if verdict else 'NOT met'}")
    print("cpu: process time of load + analysis and of the statement workers")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: measure one size
    args = parser.parse_args()
    if not (DATA / "ecbplus").is_dir() or not (DATA / "basil").is_dir():
        print("skipped: ../shared/data (ecbplus, basil) is absent")
        return 0
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    results = []
    for size in args.sizes:
        child = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True
        )
        results.append(json.loads(child.stdout.strip().splitlines()[-1]))
    report(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
