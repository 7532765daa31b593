"""Topics inside one event, as the source x topic matrix shows them: ECB+ events as cases.

``eval_topics.py`` asks whether topics separate events; this script asks whether the
topics *of one event* are its sub-events. Every ECB+ event with three articles or more
(URL lines dropped; ECB+ lost the paragraphs, so every two sentences make one) is
analysed as a case through statements, speakers and topics. So are the 43 pairs of
events of one ECB+ topic loaded together (two different shootings, two earthquakes).

Gold: ECB+ links event mentions across documents into chains. Two gold sentences of
different articles describe the same sub-event when they share a cross-document action
chain; a gold sentence stands for the statement that holds its first character. Over
all such cross-article pairs the script counts whether topics put them together:
precision, recall and the **Matthews correlation** (MCC) of "same topic" with "same
sub-event". MCC is the one to read: one topic for everything scores recall 1 and
precision at the base rate (printed), and MCC 0.

Rows: Parallax (number of topics chosen, :func:`analysis.topics.topic_cap`); Parallax
with the silhouette choice uncapped (the criterion before the cap); and the baseline,
scikit-learn TF-IDF + k-means over the same statements with Parallax's number of topics
per case. Columns also describe the cut: topics per case, median statements per topic,
the share of topics two articles or more speak on, the mean share of a case's articles
speaking on a topic (reach) and the coverage gaps reported per case.

Run: ``.venv/bin/python tests/eval/eval_topic_cases.py`` (about a minute); prints
"skipped" and exits 0 when ``../shared/data`` is absent. Texts are read at run time only.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "ecbplus" / "ecbplus_documents.jsonl.gz"
MENTIONS = DATA.with_name("ecbplus_mentions.jsonl.gz")
SENTENCES_PER_PARAGRAPH = 2
CAPPED, UNCAPPED = "Parallax, k chosen (capped)", "Parallax, silhouette uncapped"
BASELINE = "TF-IDF + k-means, Parallax's k"

from analysis import topics as topics_module  # noqa: E402
from analysis.model import Article, Edits  # noqa: E402
from analysis.pipeline import StatementCache  # noqa: E402
from analysis.speakers import SpeakerResolver  # noqa: E402
from analysis.tables import statements_frame  # noqa: E402
from analysis.topics import TopicModel  # noqa: E402
from tests.eval.attr_eval_common import article_of  # noqa: E402

Doc = dict[str, object]
Gold = tuple[str, int, frozenset[str]]  # article id, sentence start, action chains


@dataclass
class Case:
    """One analysed case: its articles, statement table and gold sentences."""

    articles: list[Article]
    table: pd.DataFrame
    gold: list[Gold]
    labels: dict[str, np.ndarray] = field(default_factory=dict)
    gaps: dict[str, int] = field(default_factory=dict)


def documents() -> list[Doc]:
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def chains() -> dict[tuple[str, int], set[str]]:
    """Return the cross-document action chains of each (document, sentence)."""
    out: dict[tuple[str, int], set[str]] = defaultdict(set)
    with gzip.open(MENTIONS, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                m = json.loads(line)
                if "ACTION" in m["tag"] and m["coref_type"] == "cross_doc":
                    out[(m["doc_id"], int(m["sentence"]))].add(str(m["chain_id"]))
    return out


def _text(doc: Doc) -> tuple[str, dict[int, int]]:
    """Return the article text and where each of its sentences starts in it."""
    text = str(doc["text"])
    spans = sorted((int(k), v) for k, v in doc["sentence_spans"].items())  # type: ignore[attr-defined]
    # ECB+ keeps the page address as a line of its own; no reader sees it as article text.
    kept = [(i, text[a:b]) for i, (a, b) in spans if not text[a:b].startswith("http")]
    parts, starts, cursor = [], {}, 0
    for j, (i, line) in enumerate(kept):
        sep = "" if j == 0 else (" " if j % SENTENCES_PER_PARAGRAPH else "\n\n")
        starts[i] = cursor + len(sep)
        parts.append(sep + line)
        cursor += len(sep) + len(line)
    return "".join(parts), starts


def build(docs: list[Doc], chain_of: dict[tuple[str, int], set[str]]) -> Case:
    """Return the case of ``docs``: statements and speakers found, gold sentences located."""
    articles, gold = [], []
    for doc in docs:
        text, starts = _text(doc)
        plain = article_of(text, str(doc["doc_id"]))
        article = Article(
            plain.id, plain.path, plain.format, text, source=str(doc["doc_id"]), paragraphs=plain.paragraphs
        )
        articles.append(article)
        for sentence in doc["gold_sentences"]:  # type: ignore[attr-defined]
            found = chain_of.get((str(doc["doc_id"]), int(sentence)))
            if found and int(sentence) in starts:
                gold.append((article.id, starts[int(sentence)], frozenset(found)))
    cache = StatementCache()
    cache.fill(articles)
    found_statements = [s for a in articles for s in cache.get(a)]
    resolver = SpeakerResolver(edits=Edits()).fit(found_statements, articles)
    return Case(articles, statements_frame(resolver.statements_, articles), gold)


def run_parallax(case: Case, name: str) -> None:
    model = TopicModel().fit(case.table, case.articles)
    table, result = model.apply(case.table, Edits())
    case.labels[name] = table["topic_id"].to_numpy()
    case.gaps[name] = len(result.gaps)


def run_baseline(case: Case, name: str, k_of: str) -> None:
    k = max(1, len(set(case.labels[k_of].tolist()) - {-1}))
    x = TfidfVectorizer(stop_words="english").fit_transform(case.table["text"])
    case.labels[name] = np.asarray(
        KMeans(n_clusters=min(k, x.shape[0]), random_state=0, n_init=3).fit_predict(x)
    )
    case.gaps[name] = -1


def _gold_rows(case: Case, labels: np.ndarray) -> list[tuple[str, int, frozenset[str]]]:
    table = case.table
    out = []
    for article_id, start, found in case.gold:
        hit = np.flatnonzero(
            (table["article_id"].to_numpy() == article_id)
            & (table["start"].to_numpy() <= start)
            & (table["end"].to_numpy() > start)
        )
        if len(hit) and labels[hit[0]] >= 0:
            out.append((article_id, int(labels[hit[0]]), found))
    return out


def pair_counts(case: Case, labels: np.ndarray) -> np.ndarray:
    """Return [both, same topic only, same sub-event only, neither] over cross-article pairs."""
    rows = _gold_rows(case, labels)
    counts = np.zeros(4, dtype=np.int64)
    for i, (a1, t1, c1) in enumerate(rows):
        for a2, t2, c2 in rows[i + 1 :]:
            if a1 != a2:
                same_topic, same_event = t1 == t2, bool(c1 & c2)
                counts[0 if same_topic and same_event else 1 if same_topic else 2 if same_event else 3] += 1
    return counts


def shape(case: Case, labels: np.ndarray, gaps: int) -> dict[str, float]:
    placed = labels >= 0
    frame = pd.DataFrame({"topic": labels[placed], "article": case.table["article_id"].to_numpy()[placed]})
    spoken = frame.groupby("topic")["article"].nunique().to_numpy()
    sizes = frame.groupby("topic").size().to_numpy()
    return {
        "topics": float(len(sizes)),
        "size": float(np.median(sizes)) if len(sizes) else 0.0,
        "shared": float(np.mean(spoken >= 2)) if len(spoken) else 0.0,
        "reach": float(np.mean(spoken / len(case.articles))) if len(spoken) else 0.0,
        "gaps": float(gaps),
    }


def scores(counts: np.ndarray) -> tuple[float, float, float, float]:
    tp, fp, fn, tn = (float(c) for c in counts)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    mcc = (tp * tn - fp * fn) / max(((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)) ** 0.5, 1e-9)
    return p, r, mcc, (tp + fn) / max(counts.sum(), 1)


def report(title: str, cases: list[Case], methods: list[str]) -> None:
    print(f"\n{title} ({len(cases)} cases; means per case, pairs pooled)")
    print(
        f"{'method':<34}{'topics':>7}{'size':>6}{'shared':>8}{'reach':>7}{'gaps':>6}{'P':>7}{'R':>7}{'MCC':>7}"
    )
    base = 0.0
    for name in methods:
        rows = [shape(c, c.labels[name], c.gaps[name]) for c in cases]
        mean = {k: float(np.mean([r[k] for r in rows])) for k in rows[0]}
        p, r, mcc, base = scores(np.sum([pair_counts(c, c.labels[name]) for c in cases], axis=0))
        gaps = f"{mean['gaps']:6.1f}" if mean["gaps"] >= 0 else f"{'':>6}"
        print(
            f"{name:<34}{mean['topics']:7.1f}{mean['size']:6.1f}{mean['shared']:8.3f}{mean['reach']:7.3f}"
            f"{gaps}{p:7.3f}{r:7.3f}{mcc:7.3f}"
        )
    print(f"(pairs of one sub-event: {base:.3f} of all cross-article pairs)")


def evaluate(cases: list[Case]) -> None:
    for case in cases:
        run_parallax(case, CAPPED)
        run_baseline(case, BASELINE, k_of=CAPPED)
    # The criterion before the cap, for comparison: silhouette alone.
    with mock.patch.object(topics_module, "topic_cap", return_value=400):
        for case in cases:
            run_parallax(case, UNCAPPED)


def main() -> int:
    if not DATA.exists():
        print(f"skipped: {DATA} not found")
        return 0
    started = time.perf_counter()
    chain_of = chains()
    by_event: dict[str, list[Doc]] = defaultdict(list)
    by_topic: dict[str, list[Doc]] = defaultdict(list)
    for doc in documents():
        by_event[str(doc["subtopic"])].append(doc)
        by_topic[str(doc["topic"])].append(doc)
    methods = [
        "Parallax, k chosen (capped)",
        "Parallax, silhouette uncapped",
        "TF-IDF + k-means, Parallax's k",
    ]
    for title, groups in (
        ("ECB+, one event per case", [d for _, d in sorted(by_event.items()) if len(d) >= 3]),
        ("ECB+, two events of one topic per case", [d for _, d in sorted(by_topic.items())]),
    ):
        cases = [build(docs, chain_of) for docs in groups]
        evaluate(cases)
        report(title, cases, methods)
    print(f"\n(evaluation took {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
