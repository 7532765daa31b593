"""Speed of statements + attribution (and speaker resolution) on real news texts.

    .venv/bin/python tests/bench/bench_statements.py [--data DIR] [--repeat N]

Reads the ECB+ documents and the BASIL articles from ``../shared/data`` at run time
(nothing is copied) and prints, per corpus: articles, characters, statements, the time
of ``extract_statements`` over all of them (best of ``--repeat`` runs, the mention cache
cleared before each), articles per second, the projected wall and CPU time for 1,000
articles, and the time of ``SpeakerResolver.fit`` over the whole corpus. Each corpus is
read twice: in one process (``1 core``) and as the pipeline reads it
(:func:`~analysis.statements_parallel.extract_many`, forked workers on every core; the
CPU column there is the parent's only). Target: 1,000 articles in under 5 seconds.
Prints "skipped" for a corpus that is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis import names  # noqa: E402
from analysis.model import Article, Format, content_id  # noqa: E402
from analysis.parallel import workers_available  # noqa: E402
from analysis.speakers import SpeakerResolver  # noqa: E402
from analysis.statements import extract_statements  # noqa: E402
from analysis.statements_parallel import extract_many  # noqa: E402
from tests.eval.attr_eval_basil import build_article  # noqa: E402


def ecb_articles(folder: Path) -> list[Article]:
    """ECB+ documents: one sentence a line, each line a paragraph."""
    out = []
    with gzip.open(folder / "ecbplus_documents.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            spans, cursor = [], 0
            for sentence in text.split("\n"):
                spans.append((cursor, cursor + len(sentence)))
                cursor += len(sentence) + 1
            out.append(Article(content_id(text), "ecb", Format.TEXT, text, paragraphs=tuple(spans)))
    return out


def basil_articles(folder: Path) -> list[Article]:
    return [build_article(p) for p in sorted((folder / "articles").glob("*/*.json"))]


def measure(name: str, articles: list[Article], repeat: int, cores: int) -> None:
    best = cpu = float("inf")
    statements = []
    for _ in range(repeat):
        names.clear_cache()  # every run parses its mentions afresh
        started, cpu_started = time.perf_counter(), time.process_time()
        if cores > 1:
            found = extract_many(articles, workers=cores)
            statements = [s for a in articles for s in found[a.id]]
        else:
            statements = [s for a in articles for s in extract_statements(a)]
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
    started = time.perf_counter()
    SpeakerResolver().fit(statements, articles)
    resolve = time.perf_counter() - started
    chars = sum(len(a.text) for a in articles)
    rate = len(articles) / best
    print(
        f"{name:<7} {cores:>2} {len(articles):>6} {chars:>11,} {len(statements):>10,}"
        f" {best:>8.2f} s {rate:>8.0f}/s"
        f" {1000 / rate:>9.2f} s {1000 * cpu / len(articles):>9.2f} s {resolve:>9.2f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'corpus':<7} {'cores':>2} {'articles':>6} {'characters':>11} {'statements':>10}"
          f" {'time':>10} {'rate':>10} {'per 1,000':>11} {'cpu/1,000':>11} {'speakers':>11}")  # fmt: skip
    print("(time: wall clock, best run; cpu: process time, which the machine's other load does not inflate)")
    for name, folder, load in (
        ("ECB+", args.data / "ecbplus", ecb_articles),
        ("BASIL", args.data / "basil", basil_articles),
    ):
        if folder.is_dir():
            articles = load(folder)
            for cores in sorted({1, max(workers_available(), 1)}):
                measure(name, articles, args.repeat, cores)
        else:
            print(f"{name:<7} skipped: {folder} is absent")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
