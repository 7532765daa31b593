"""Benchmark of the topic step on real articles: time and peak memory at 10, 100, 1,000.

Reads ECB+ and BASIL texts from ``../shared/data`` at run time (never stored), splits them
into statements with the project's own statement step, then times
``TopicModel().fit(...).apply(...)`` against the floor of the same run: plain
``TfidfVectorizer`` + ``KMeans`` over the same statement texts with the same number of
topics. Prints one row per size; exits 0 with a "skipped" line when the data is absent.

Run: ``.venv/bin/python tests/bench/bench_topics.py [sizes...]``
"""

from __future__ import annotations

import gzip
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

from analysis import ingest, statements
from analysis.model import Article, Edits
from analysis.tables import statements_frame
from analysis.topics import TopicModel

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def texts() -> list[tuple[str, str]]:
    """Return ``(name, text)`` of ECB+ documents, then BASIL articles."""
    out = []
    with gzip.open(DATA / "ecbplus" / "ecbplus_documents.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            out.append((f"ecb {doc['doc_id']}", doc["text"]))
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = ["".join(p) if isinstance(p, list) else str(p) for p in doc["body-paragraphs"]]
        out.append((f"basil {path.stem}", "\n\n".join(paragraphs)))
    return out


def timed(work: Callable[[], Any]) -> tuple[Any, float]:
    """Run ``work``; return its result and seconds."""
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start


def peak_mb(work: Callable[[], Any]) -> float:
    """Run ``work`` again under tracemalloc; return its peak allocated memory in MB."""
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return peak


def statement_table(sample: list[tuple[str, str]]) -> tuple[pd.DataFrame, list[Article]]:
    """Load texts as articles and split them with the project's statement step."""
    articles = [ingest.load_text(text, name) for name, text in sample]
    found = [s for a in articles for s in statements.extract_statements(a)]
    return statements_frame(found, articles), articles


def topic_step(table: pd.DataFrame, articles: list[Article]) -> int:
    model = TopicModel().fit(table, articles)
    model.apply(table, Edits())
    return model.n_topics_


def floor(table: pd.DataFrame, k: int) -> None:
    """The floor: plain TF-IDF + k-means with the same number of topics."""
    x = TfidfVectorizer(stop_words="english").fit_transform(table["text"])
    KMeans(n_clusters=max(k, 2), random_state=0).fit(x)


def main(sizes: list[int]) -> int:
    if not DATA.is_dir():
        print("skipped: ../shared/data is absent")
        return 0
    corpus = texts()
    header = ("articles", "statements", "topics", "time s", "peak MB", "floor s", "ratio")
    print(" ".join(f"{h:>{max(len(h), 6)}}" for h in header))
    for size in sizes:
        sample = corpus[:: max(1, len(corpus) // size)][:size]
        table, articles = statement_table(sample)
        k, seconds = timed(lambda t=table, a=articles: topic_step(t, a))
        peak = peak_mb(lambda t=table, a=articles: topic_step(t, a))
        _, floor_s = timed(lambda t=table, k=k: floor(t, k))
        print(
            f"{len(articles):>8} {len(table):>10} {k:>6} {seconds:>6.2f} {peak:>7.0f} "
            f"{floor_s:>7.2f} {seconds / max(floor_s, 1e-9):>6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main([int(a) for a in sys.argv[1:]] or [10, 100, 1000]))
