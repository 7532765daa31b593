"""Topic clustering quality on real data, against a plain TF-IDF + k-means baseline.

Reads ``../shared/data`` at run time (texts are never stored) and prints, per data set,
NMI and ARI of Parallax's :class:`~analysis.topics.TopicModel` with the number of
clusters given and chosen automatically, next to the baseline measured in the same run
(scikit-learn ``TfidfVectorizer(stop_words="english")`` + ``KMeans`` with the true number
of clusters), and the seconds each took:

- ECB+: 982 documents into their 86 events (two events of the same kind per topic);
- ECB+ sentences: the gold sentences, each into its document's event (statement-sized
  texts, as the topic step sees them);
- GoogleNews titles (T) and titles + snippets (TS): 11,109 short texts into 152 stories;
- BASIL: articles into their events (three outlets per event).

Run: ``.venv/bin/python tests/eval/eval_topics.py``; exits 0 with a "skipped" line when
the data is absent.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from analysis.model import Article, Format, content_id
from analysis.topics import TopicModel

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
Labelled = tuple[list[str], list[str]]


def _jsonl(path: Path) -> Iterator[dict[str, object]]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def ecb_documents() -> Labelled:
    docs = list(_jsonl(DATA / "ecbplus" / "ecbplus_documents.jsonl.gz"))
    return [str(d["text"]) for d in docs], [str(d["subtopic"]) for d in docs]


def ecb_sentences() -> Labelled:
    texts, labels = [], []
    for doc in _jsonl(DATA / "ecbplus" / "ecbplus_documents.jsonl.gz"):
        text, spans = str(doc["text"]), doc["sentence_spans"]
        for sentence in doc["gold_sentences"]:  # type: ignore[attr-defined]
            start, end = spans[str(sentence)]  # type: ignore[index]
            texts.append(text[start:end])
            labels.append(str(doc["subtopic"]))
    return texts, labels


def google_news(variant: str) -> Labelled:
    rows = list(_jsonl(DATA / "googlenews_shorttext" / f"GoogleNews-{variant}.jsonl.gz"))
    return [str(r["text"]) for r in rows], [str(r["cluster"]) for r in rows]


def basil() -> Labelled:
    texts, labels = [], []
    for path in sorted((DATA / "basil" / "articles").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = ["".join(p) if isinstance(p, list) else str(p) for p in doc["body-paragraphs"]]
        texts.append("\n\n".join([str(doc.get("title", "")), *paragraphs]))
        labels.append(str(doc["triplet-uuid"]))
    return texts, labels


def as_statements(texts: list[str]) -> tuple[pd.DataFrame, list[Article]]:
    """Each text becomes one statement of its own article (no speakers, no paragraphs)."""
    ids = [f"{content_id(t)}{i}" for i, t in enumerate(texts)]
    articles = [Article(i, i, Format.PASTE, t) for i, t in zip(ids, texts, strict=True)]
    table = pd.DataFrame({"id": [f"{i}:0" for i in ids], "article_id": ids, "text": texts})
    return table, articles


def ours(texts: list[str], k: int | None) -> np.ndarray:
    table, articles = as_statements(texts)
    return TopicModel(n_topics=k).fit(table, articles).labels_


def baseline(texts: list[str], k: int) -> np.ndarray:
    x = TfidfVectorizer(stop_words="english").fit_transform(texts)
    return np.asarray(KMeans(n_clusters=k, random_state=0).fit_predict(x))


def row(name: str, method: str, labels: list[str], run: Callable[[], np.ndarray]) -> dict[str, object]:
    start = time.perf_counter()
    found = run()
    seconds = time.perf_counter() - start
    return {
        "data": name,
        "method": method,
        "k": len(set(found.tolist()) - {-1}),
        "NMI": round(normalized_mutual_info_score(labels, found), 3),
        "ARI": round(adjusted_rand_score(labels, found), 3),
        "seconds": round(seconds, 2),
    }


def evaluate(name: str, data: Labelled) -> list[dict[str, object]]:
    texts, labels = data
    k = len(set(labels))
    return [
        row(name, f"baseline TF-IDF + k-means (k={k})", labels, lambda: baseline(texts, k)),
        row(name, f"Parallax, k given ({k})", labels, lambda: ours(texts, k)),
        row(name, "Parallax, k chosen", labels, lambda: ours(texts, None)),
    ]


def main() -> int:
    if not DATA.is_dir():
        print("skipped: ../shared/data is absent")
        return 0
    sets: list[tuple[str, Callable[[], Labelled]]] = [
        ("ECB+ documents", ecb_documents),
        ("ECB+ gold sentences", ecb_sentences),
        ("GoogleNews-T", lambda: google_news("T")),
        ("GoogleNews-TS", lambda: google_news("TS")),
        ("BASIL articles", basil),
    ]
    rows = []
    for name, load in sets:
        data = load()
        print(f"{name}: {len(data[0])} texts, {len(set(data[1]))} gold clusters", flush=True)
        rows.extend(evaluate(name, data))
    print(pd.DataFrame(rows).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
