"""Benchmark the PDF brief: time and peak memory for 10, 50 and 200 articles.

Each size runs in a fresh process so its peak RSS is its own. By default the analyses are
hand-made (``tests/analysis/test_brief_cases.py``: 8-10 statements an article, claims,
timeline, speakers); ``--basil`` instead loads real BASIL articles from ../shared/data at
run time and analyses them with the real pipeline first (its time is reported apart).

Targets (issue 6): 50 articles under 5 s, 200 articles under 1 GB peak memory.

Usage::

    python tests/bench/bench_brief.py [--basil] [--sizes 10 50 200]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles"
TARGET_SECONDS_50 = 5.0
TARGET_PEAK_MB_200 = 1024.0


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # Linux reports KiB


def _basil_analysis(n: int) -> object:
    """Analyse the first ``n`` BASIL articles (whole events, in file order) with the real pipeline."""
    from analysis.model import Article, Format, content_id
    from analysis.pipeline import analyze

    articles = []
    for path in sorted(BASIL.rglob("*.json"))[:n]:
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(sentences) for sentences in record.get("body-paragraphs", [])]
        spans, offset = [], 0
        for p in paragraphs:
            spans.append((offset, offset + len(p)))
            offset += len(p) + 2
        text = "\n\n".join(paragraphs)
        articles.append(
            Article(
                id=content_id(text), path=str(path), format=Format.TEXT, text=text,
                title=record.get("title", ""), source=str(record.get("source", "")).lower(),
                date=str(record.get("date", "")), url=record.get("url", ""), paragraphs=tuple(spans),
            )
        )  # fmt: skip
    return analyze(articles)


def run_one(n: int, basil: bool) -> dict[str, float]:
    """Build one brief of ``n`` articles in this process; return the figures."""
    sys.path.insert(0, str(ROOT))
    from analysis.brief import BriefOptions, build_brief
    from tests.analysis.test_brief_cases import make_case

    start = time.perf_counter()
    analysis = _basil_analysis(n) if basil else make_case(n, outlets=min(n, 12))
    prepared = time.perf_counter() - start
    before = _peak_mb()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "brief.pdf"
        start, cpu = time.perf_counter(), time.process_time()
        build_brief(analysis, out, BriefOptions(title=f"Benchmark, {n} articles"))  # type: ignore[arg-type]
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        size_kb = out.stat().st_size / 1024
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
    return {
        "articles": n,
        "statements": float(len(analysis.statements)),  # type: ignore[attr-defined]
        "prepare_s": prepared,
        "brief_s": seconds,
        "cpu_s": cpu,
        "pages": float(pages),
        "pdf_kb": size_kb,
        "rss_before_mb": before,
        "peak_mb": _peak_mb(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--basil", action="store_true", help="real BASIL articles through the real pipeline")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 50, 200])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.basil)))
        return 0
    if args.basil and not BASIL.is_dir():
        print("skipped: ../shared/data/basil is absent")
        return 0
    kind = "BASIL articles, real pipeline" if args.basil else "hand-made analyses"
    print(f"PDF brief benchmark ({kind}); one fresh process per size")
    # Other work on the machine inflates wall time; CPU time of the brief is the steadier figure.
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(
        f"{'articles':>8} {'statements':>10} {'prepare s':>9} {'brief s':>8} {'cpu s':>6} {'pages':>6} "
        f"{'PDF kB':>8} {'peak MB':>8}"
    )
    results = []
    for n in args.sizes:
        command = [sys.executable, __file__, "--one", str(n)] + (["--basil"] if args.basil else [])
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            reason = (
                done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
            )
            print(f"{n:>8} failed: {reason}")
            return 1
        r = json.loads(done.stdout.strip().splitlines()[-1])
        results.append(r)
        print(
            f"{r['articles']:>8} {r['statements']:>10.0f} {r['prepare_s']:>9.2f} {r['brief_s']:>8.2f} "
            f"{r['cpu_s']:>6.2f} "
            f"{r['pages']:>6.0f} {r['pdf_kb']:>8.0f} {r['peak_mb']:>8.0f}"
        )
    for r in results:
        if r["articles"] == 50:
            verdict = "met" if r["brief_s"] < TARGET_SECONDS_50 else "MISSED"
            print(
                f"target 50 articles < {TARGET_SECONDS_50:.0f} s: {r['brief_s']:.2f} s wall, "
                f"{r['cpu_s']:.2f} s CPU ({verdict} on wall time)"
            )
        if r["articles"] == 200:
            verdict = "met" if r["peak_mb"] < TARGET_PEAK_MB_200 else "MISSED"
            print(
                f"target 200 articles < {TARGET_PEAK_MB_200:.0f} MB peak: {r['peak_mb']:.0f} MB ({verdict})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
