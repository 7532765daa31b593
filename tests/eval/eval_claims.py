"""Quality of alignment and competing-claim signals on real data, against cosine baselines.

    .venv/bin/python tests/eval/eval_claims.py [--only ecb fnc emergent perspectrum]

- **ECB+** cross-document sentence alignment: the gold sentences of all 982 documents
  are statements; two align when they share a cross-document chain. Precision, recall
  and F1 of ``ClaimFinder.alignments_`` against a plain TF-IDF cosine threshold over
  all cross-document pairs.
- **FNC-1** (headline vs body) and **Emergent** (claim vs article headline): does the
  conflict signal (any competing claim between the two) fire on disagree/against and
  stay quiet on agree/for? Precision, recall, F1 of the disagree class and the firing
  rate per gold class, against "fires when the best cosine reaches the threshold".
- **PERSPECTRUM**: within a claim, perspectives of opposite stance should be flagged,
  paraphrases (one gold cluster) aligned and not flagged.

Baselines are measured in the same run, at our alignment threshold and at their best
threshold on this data (an oracle the baseline does not deserve, shown for honesty).
Reads ../shared/data at run time; prints a "skipped" line when it is absent.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"

from analysis.claims import ClaimFinder  # noqa: E402
from analysis.ingest import load_text  # noqa: E402
from analysis.model import Article, Edits, Format, Statement, content_id  # noqa: E402
from analysis.speakers import SpeakerResolver  # noqa: E402
from analysis.statements import extract_statements  # noqa: E402
from analysis.tables import statements_frame  # noqa: E402

THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6]
Pair = tuple[str, str]


def prf(predicted: set[Pair], gold: set[Pair]) -> tuple[float, float, float]:
    """Return precision, recall and F1 of predicted pairs against gold pairs."""
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 0.0
    recall = hits / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def row(name: str, scores: tuple[float, float, float], extra: str = "") -> str:
    p, r, f = scores
    return f"  {name:<44} P {p:6.3f}  R {r:6.3f}  F1 {f:6.3f}  {extra}"


def jsonl(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def json_file(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def ordered(a: str, b: str) -> Pair:
    return (a, b) if a <= b else (b, a)


# --- building statement tables ------------------------------------------------------


def sentence_table(
    docs: Sequence[tuple[str, str, list[tuple[int, int]]]],
) -> tuple[pd.DataFrame, list[Article]]:
    """Statements from given sentence spans: ``(name, text, spans)`` per article, one source each."""
    articles, statements = [], []
    for name, text, spans in docs:
        article = Article(content_id(name + text), name, Format.TEXT, text, source=name)
        articles.append(article)
        statements += [
            Statement(Statement.make_id(article.id, s), article.id, s, e, text[s:e]) for s, e in spans
        ]
    return statements_frame(statements, articles), articles


def mixed_table(items: Sequence[tuple[str, str, bool]]) -> tuple[pd.DataFrame, list[Article]]:
    """Statements of ``(name, text, segment)`` items, each its own article and source.

    Bodies (``segment`` true) go through the real segmenter, attribution and speaker
    steps; headlines and one-sentence items are one statement each (the segmenter,
    rightly, takes a headline for a heading, not a statement).
    """
    articles, found = [], []
    for name, text, segment in items:
        base = load_text(text, name)
        article = Article(**{**base.__dict__, "id": content_id(name + base.text), "source": name})
        articles.append(article)
        if segment:
            found += extract_statements(article)
            continue
        body = article.text.strip()
        start = article.text.index(body) if body else 0
        found.append(
            Statement(Statement.make_id(article.id, start), article.id, start, start + len(body), body)
        )
    resolver = SpeakerResolver(edits=Edits()).fit(found, articles)
    return statements_frame(resolver.statements_, articles), articles


def fired_between(claims: pd.DataFrame, table: pd.DataFrame) -> set[Pair]:
    """Return the article pairs (by source name) that have at least one competing claim."""
    source = dict(zip(table["id"], table["source"], strict=True))
    return {ordered(source[a], source[b]) for a, b in zip(claims["a"], claims["b"], strict=True)}


def best_cosines(texts_a: list[str], texts_b: list[str]) -> float:
    """The plain baseline's score: the best TF-IDF cosine between two groups of sentences."""
    try:
        matrix = TfidfVectorizer(stop_words="english").fit_transform(texts_a + texts_b)
    except ValueError:
        return 0.0
    product = (matrix[: len(texts_a)] @ matrix[len(texts_a) :].T).toarray()
    return float(product.max()) if product.size else 0.0


# --- ECB+ ------------------------------------------------------------------------------


def ecb() -> None:
    docs = jsonl(DATA / "ecbplus" / "ecbplus_documents.jsonl.gz")
    mentions = jsonl(DATA / "ecbplus" / "ecbplus_mentions.jsonl.gz")
    items = [
        (d["doc_id"], d["text"], [tuple(d["sentence_spans"][str(s)]) for s in d["gold_sentences"]])
        for d in docs
    ]
    table, articles = sentence_table(items)  # type: ignore[arg-type]
    by_start = dict(zip(zip(table["source"], table["start"], strict=True), table["id"], strict=True))
    key_of = {
        (d["doc_id"], s): by_start[(d["doc_id"], d["sentence_spans"][str(s)][0])]
        for d in docs
        for s in d["gold_sentences"]
    }
    chains: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for m in mentions:
        if m["coref_type"] == "cross_doc" and (m["doc_id"], m["sentence"]) in key_of:
            chains[m["chain_id"]].add((m["doc_id"], key_of[(m["doc_id"], m["sentence"])]))
    gold = {
        ordered(x[1], y[1])
        for members in chains.values()
        for x, y in itertools.combinations(members, 2)
        if x[0] != y[0]
    }
    finder = ClaimFinder().fit(table, articles)
    ours = {ordered(a, b) for a, b in zip(finder.alignments_["a"], finder.alignments_["b"], strict=True)}
    print(f"ECB+ sentence alignment: {len(table)} gold sentences, {len(gold)} gold cross-document pairs")
    print(row("ours (ClaimFinder.alignments_)", prf(ours, gold), f"{len(ours)} pairs"))
    _cosine_baseline(table, gold)


def _cosine_baseline(table: pd.DataFrame, gold: set[Pair]) -> None:
    matrix = TfidfVectorizer(stop_words="english").fit_transform(table["text"])
    product = (matrix @ matrix.T).tocoo()
    ids = table["id"].to_numpy()
    articles = table["article_id"].to_numpy()
    upper = (product.row < product.col) & (articles[product.row] != articles[product.col])
    rows, cols, vals = product.row[upper], product.col[upper], product.data[upper]
    results = []
    for t in THRESHOLDS:
        keep = vals >= t
        predicted = {ordered(a, b) for a, b in zip(ids[rows[keep]], ids[cols[keep]], strict=True)}
        results.append((prf(predicted, gold), t, len(predicted)))
    at_ours = next(r for r in results if r[1] == 0.2)
    best = max(results, key=lambda r: r[0][2])
    print(row("baseline cosine >= 0.20", at_ours[0], f"{at_ours[2]} pairs"))
    print(row(f"baseline cosine >= {best[1]:.2f} (best F1, oracle)", best[0], f"{best[2]} pairs"))


# --- conflict signals: FNC-1, Emergent ----------------------------------------------------


def signal_report(
    name: str,
    gold: dict[Pair, str],
    fired: set[Pair],
    scores: dict[Pair, float],
    positive: str,
    negative: str,
) -> None:
    """Print P/R/F1 of the positive class among positive+negative pairs, and firing per class."""
    considered = {p for p, label in gold.items() if label in (positive, negative)}
    truth = {p for p in considered if gold[p] == positive}
    others = len(considered) - len(truth)
    print(f"{name}: {len(truth)} {positive} vs {others} {negative} pairs ({len(gold)} in all)")
    print(row("ours (a competing claim between the two)", prf(fired & considered, truth)))
    best = None
    for t in THRESHOLDS:
        baseline = {p for p in considered if scores.get(p, 0.0) >= t}
        result = prf(baseline, truth)
        if t == 0.2:
            print(row("baseline best cosine >= 0.20", result))
        if best is None or result[2] > best[0][2]:
            best = (result, t)
    assert best is not None
    print(row(f"baseline best cosine >= {best[1]:.2f} (best F1, oracle)", best[0]))
    counts: Counter[str] = Counter(gold.values())
    rates = Counter(label for p, label in gold.items() if p in fired)
    print(
        "  firing rate by gold class (ours):",
        ", ".join(f"{c} {rates[c]}/{counts[c]} = {rates[c] / counts[c]:.3f}" for c in sorted(counts)),
    )


def fnc() -> None:
    bodies = {row["Body ID"]: row["articleBody"] for row in csv_rows(DATA / "fnc1" / "bodies.csv")}
    stances = csv_rows(DATA / "fnc1" / "stances.csv")
    by_body: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, s in enumerate(stances):
        by_body[s["Body ID"]].append((f"h{i}", s["Headline"]))
    gold = {ordered(f"h{i}", f"body{s['Body ID']}"): s["Stance"] for i, s in enumerate(stances)}
    fired: set[Pair] = set()
    scores: dict[Pair, float] = {}
    for body_id, headlines in by_body.items():
        items = [(f"body{body_id}", bodies[body_id], True), *((n, h, False) for n, h in headlines)]
        table, articles = mixed_table(items)
        fired |= fired_between(ClaimFinder().fit(table, articles).claims_, table)
        sentences = table.loc[table["source"] == f"body{body_id}", "text"].tolist()
        for name, text in headlines:
            scores[ordered(name, f"body{body_id}")] = best_cosines([text], sentences)
    signal_report("FNC-1 headline vs body", gold, fired, scores, "disagree", "agree")


def emergent() -> None:
    rows = csv_rows(DATA / "emergent" / "train.csv")
    by_claim: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_claim[r["claimId"]].append(r)
    gold: dict[Pair, str] = {}
    fired: set[Pair] = set()
    scores: dict[Pair, float] = {}
    for claim_id, group in by_claim.items():
        items = {f"c{claim_id}": group[0]["claimHeadline"]} | {
            f"a{r['articleId']}": r["articleHeadline"] for r in group
        }
        table, articles = mixed_table([(name, text, False) for name, text in items.items()])
        fired |= fired_between(ClaimFinder().fit(table, articles).claims_, table)
        for r in group:
            pair = ordered(f"c{claim_id}", f"a{r['articleId']}")
            gold[pair] = r["articleHeadlineStance"]
            scores[pair] = best_cosines([group[0]["claimHeadline"]], [r["articleHeadline"]])
    signal_report("Emergent claim vs article headline", gold, fired, scores, "against", "for")


# --- PERSPECTRUM ---------------------------------------------------------------------------


def perspectrum() -> None:
    claims = json_file(DATA / "perspectrum" / "claims.json")
    pool = {p["pId"]: p["text"] for p in json_file(DATA / "perspectrum" / "perspective_pool.json")}
    opposite: set[Pair] = set()
    paraphrase: set[Pair] = set()
    flagged: set[Pair] = set()
    aligned: set[Pair] = set()
    cosine: dict[Pair, float] = {}
    considered: set[Pair] = set()
    for claim in claims:
        members = [
            (f"p{pid}", pool[pid], cluster["stance_label_3"], n)
            for n, cluster in enumerate(claim["perspectives"])
            for pid in cluster["pids"]
            if pid in pool
        ]
        if len(members) < 2:
            continue
        table, articles = sentence_table([(name, text, [(0, len(text))]) for name, text, _, _ in members])
        finder = ClaimFinder().fit(table, articles)
        flagged |= fired_between(finder.claims_, table)
        aligned |= fired_between(finder.alignments_, table)
        matrix = TfidfVectorizer(stop_words="english").fit_transform([m[1] for m in members])
        sims = (matrix @ matrix.T).toarray()
        for (i, x), (j, y) in itertools.combinations(enumerate(members), 2):
            pair = ordered(x[0], y[0])
            considered.add(pair)
            cosine[pair] = float(sims[i, j])
            if x[3] == y[3]:
                paraphrase.add(pair)
            elif x[2] != y[2]:
                opposite.add(pair)
    print(f"PERSPECTRUM: {len(considered)} perspective pairs, {len(opposite)} of opposite stance,", end=" ")
    print(f"{len(paraphrase)} paraphrase pairs")
    print(row("ours: flagged = opposite stance", prf(flagged & considered, opposite)))
    print(row("ours: aligned = paraphrase", prf(aligned & considered, paraphrase)))
    print(f"  paraphrase pairs wrongly flagged as competing (ours): {len(flagged & paraphrase)}")
    for label, truth in (("flagged = opposite stance", opposite), ("aligned = paraphrase", paraphrase)):
        results = [(prf({p for p in considered if cosine[p] >= t}, truth), t) for t in THRESHOLDS]
        at_ours = next(r for r in results if r[1] == 0.2)
        best = max(results, key=lambda r: r[0][2])
        print(row(f"baseline cosine >= 0.20: {label}", at_ours[0]))
        print(row(f"baseline cosine >= {best[1]:.2f} (oracle): {label}", best[0]))


SETS = {"ecb": ecb, "fnc": fnc, "emergent": emergent, "perspectrum": perspectrum}


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SETS), default=list(SETS))
    args = parser.parse_args(list(argv) if argv is not None else None)
    for name in args.only:
        folder = {"ecb": "ecbplus", "fnc": "fnc1"}.get(name, name)
        if not (DATA / folder).is_dir():
            print(f"skipped: ../shared/data/{folder} is absent")
            continue
        SETS[name]()
        print()
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
