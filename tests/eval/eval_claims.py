"""Quality of alignment and competing-claim signals on real data, against cosine baselines.

    .venv/bin/python tests/eval/eval_claims.py [--only ecb fnc emergent perspectrum]

Each set is split into a tuning half and a held-out half (:mod:`claims_eval_scoring`);
every threshold, ours and the baseline's, is picked on the tuning half from one grid
and reported on the held-out half, with the difference and the Matthews correlation.

- **ECB+** cross-document sentence alignment: the gold sentences of each half are the
  statements of one corpus; two align when they share a cross-document chain. Ours: the
  score of ``ClaimFinder.alignments_``; baseline: plain TF-IDF cosine.
- **FNC-1** (headline vs body) and **Emergent** (claim vs article headline): does the
  conflict signal fire on disagree/against and stay quiet on agree/for? Ours: the best
  score of a competing claim between the two; baseline: the best TF-IDF cosine between
  the headline and any body sentence.
- **PERSPECTRUM**: within a claim, perspectives of opposite stance should be flagged
  (ours: best claim score, mostly opposite-stance claims of one small case,
  :mod:`analysis.claim_stance_pairs`), paraphrases (one gold cluster) aligned (ours:
  alignment score); baseline: TF-IDF cosine for both. Half the pairs are of opposite
  stance, so flagging every pair scores F1 0.649 and MCC 0: read MCC and the printed
  share of pairs flagged per kind before F1.

Reads ../shared/data at run time; prints a "skipped" line when it is absent.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
DATA = ROOT.parent / "shared" / "data"

from claims_eval_scoring import Result, half_of, table  # noqa: E402

from analysis.claims import ClaimFinder  # noqa: E402
from analysis.ingest import load_text  # noqa: E402
from analysis.model import Article, Edits, Format, Statement, content_id  # noqa: E402
from analysis.speakers import SpeakerResolver  # noqa: E402
from analysis.statements import extract_statements  # noqa: E402
from analysis.tables import statements_frame  # noqa: E402

Pair = tuple[str, str]
# Low enough that the eval, not the default, decides where alignment starts.
EVAL_ALIGN_FLOOR = 0.01
SUMMARY: list[tuple[str, list[Result]]] = []


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


def report(title: str, truth: list[bool], half: list[int], systems: dict[str, list[float]]) -> None:
    """Print one measure's table and keep its results for the summary."""
    text, results = table(
        title,
        np.asarray(truth, dtype=bool),
        np.asarray(half, dtype=np.int64),
        {name: np.asarray(scores, dtype=np.float64) for name, scores in systems.items()},
    )
    print(text)
    SUMMARY.append((title.split(":")[0], results))


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


def best_between(frame: pd.DataFrame, table: pd.DataFrame, column: str) -> dict[Pair, float]:
    """Return the best ``column`` value of the rows of ``frame`` per pair of sources."""
    source = dict(zip(table["id"], table["source"], strict=True))
    best: dict[Pair, float] = {}
    for a, b, value in zip(frame["a"], frame["b"], frame[column], strict=True):
        pair = ordered(source[a], source[b])
        best[pair] = max(best.get(pair, 0.0), float(value))
    return best


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
    truth: list[bool] = []
    halves: list[int] = []
    ours: list[float] = []
    base: list[float] = []
    for half in (0, 1):
        part = [d for d in docs if half_of(str(d["topic"])) == half]
        t, o, b = _ecb_half(part, mentions)
        truth += t
        halves += [half] * len(t)
        ours += o
        base += b
    report("ECB+ sentence alignment: a pair aligns when it shares a chain", truth, halves, {
        "ours (alignments_ score)": ours, "baseline TF-IDF cosine": base,
    })  # fmt: skip


def _ecb_half(
    docs: list[dict[str, Any]], mentions: list[dict[str, Any]]
) -> tuple[list[bool], list[float], list[float]]:
    """Return truth, size, our score and the baseline's over all cross-document pairs of one corpus."""
    items = [
        (d["doc_id"], d["text"], [tuple(d["sentence_spans"][str(s)]) for s in d["gold_sentences"]])
        for d in docs
    ]
    statements, articles = sentence_table(items)  # type: ignore[arg-type]
    by_start = dict(
        zip(zip(statements["source"], statements["start"], strict=True), statements["id"], strict=True)
    )
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
    finder = ClaimFinder(align_threshold=EVAL_ALIGN_FLOOR).fit(statements, articles)
    aligned = {
        ordered(a, b): float(s)
        for a, b, s in zip(
            finder.alignments_["a"], finder.alignments_["b"], finder.alignments_["similarity"], strict=True
        )
    }
    ids = statements["id"].to_numpy()
    groups = statements["article_id"].to_numpy()
    matrix = TfidfVectorizer(stop_words="english").fit_transform(statements["text"])
    cosine = (matrix @ matrix.T).toarray()
    first, second = np.triu_indices(len(ids), k=1)
    cross = groups[first] != groups[second]
    first, second = first[cross], second[cross]
    pairs = [ordered(a, b) for a, b in zip(ids[first], ids[second], strict=True)]
    return (
        [p in gold for p in pairs],
        [aligned.get(p, 0.0) for p in pairs],
        cosine[first, second].tolist(),
    )


# --- conflict signals: FNC-1, Emergent ----------------------------------------------------


Case = tuple[str, list[tuple[str, str, bool]], list[tuple[Pair, str]]]


def stance_report(name: str, cases: list[Case], positive: str, negative: str) -> None:
    """Fit each case, score its labelled pairs, print the table of positive vs negative pairs.

    A case is ``(key, items for mixed_table, [(pair, label)])``. The baseline scores a pair
    by the best cosine between the two sides' statements (the same sentences ours reads).
    """
    truth: list[bool] = []
    halves: list[int] = []
    ours: list[float] = []
    base: list[float] = []
    fired_by_label: dict[str, list[float]] = defaultdict(list)
    for key, items, labelled in cases:
        statements, articles = mixed_table(items)
        best = best_between(ClaimFinder().fit(statements, articles).claims_, statements, "score")
        texts = statements.groupby("source")["text"].apply(list).to_dict()
        for pair, label in labelled:
            fired_by_label[label].append(best.get(pair, 0.0))
            if label in (positive, negative):
                truth.append(label == positive)
                halves.append(half_of(key))
                ours.append(best.get(pair, 0.0))
                base.append(best_cosines(texts.get(pair[0], []), texts.get(pair[1], [])))
    report(f"{name}: {positive} (positive) vs {negative}", truth, halves, {
        "ours (best competing-claim score)": ours, "baseline best TF-IDF cosine": base,
    })  # fmt: skip
    rates = ", ".join(
        f"{label} {np.mean(np.asarray(s) > 0):.3f}" for label, s in sorted(fired_by_label.items())
    )
    print(f"  share of pairs with any competing claim, by gold class (all pairs): {rates}")


def fnc() -> None:
    bodies = {row["Body ID"]: row["articleBody"] for row in csv_rows(DATA / "fnc1" / "bodies.csv")}
    stances = csv_rows(DATA / "fnc1" / "stances.csv")
    by_body: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for i, s in enumerate(stances):
        by_body[s["Body ID"]].append((f"h{i}", s["Headline"], s["Stance"]))
    cases: list[Case] = []
    for body_id, headlines in by_body.items():
        body = f"body{body_id}"
        items = [(body, bodies[body_id], True), *((n, h, False) for n, h, _ in headlines)]
        labelled = [(ordered(n, body), label) for n, _, label in headlines]
        cases.append((body_id, items, labelled))
    stance_report("FNC-1 headline vs body", cases, "disagree", "agree")


def emergent() -> None:
    rows = csv_rows(DATA / "emergent" / "train.csv")
    by_claim: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by_claim[r["claimId"]].append(r)
    cases: list[Case] = []
    for claim_id, group in by_claim.items():
        claim = f"c{claim_id}"
        items = {claim: group[0]["claimHeadline"]} | {
            f"a{r['articleId']}": r["articleHeadline"] for r in group
        }
        labelled = [(ordered(claim, f"a{r['articleId']}"), r["articleHeadlineStance"]) for r in group]
        cases.append((claim_id, [(n, t, False) for n, t in items.items()], labelled))
    stance_report("Emergent claim vs article headline", cases, "against", "for")


# --- PERSPECTRUM ---------------------------------------------------------------------------


def perspectrum() -> None:
    claims = json_file(DATA / "perspectrum" / "claims.json")
    pool = {p["pId"]: p["text"] for p in json_file(DATA / "perspectrum" / "perspective_pool.json")}
    opposite: list[bool] = []
    paraphrase: list[bool] = []
    halves: list[int] = []
    flagged: list[float] = []
    aligned: list[float] = []
    cosine: list[float] = []
    for claim in claims:
        members = [
            (f"p{pid}", pool[pid], cluster["stance_label_3"], n)
            for n, cluster in enumerate(claim["perspectives"])
            for pid in cluster["pids"]
            if pid in pool
        ]
        if len(members) < 2:
            continue
        statements, articles = sentence_table(
            [(name, text, [(0, len(text))]) for name, text, _, _ in members]
        )
        finder = ClaimFinder(align_threshold=EVAL_ALIGN_FLOOR).fit(statements, articles)
        claim_scores = best_between(finder.claims_, statements, "score")
        align_scores = best_between(finder.alignments_, statements, "similarity")
        matrix = TfidfVectorizer(stop_words="english").fit_transform([m[1] for m in members])
        sims = (matrix @ matrix.T).toarray()
        for (i, x), (j, y) in itertools.combinations(enumerate(members), 2):
            pair = ordered(x[0], y[0])
            halves.append(half_of(str(claim["cId"])))
            paraphrase.append(x[3] == y[3])
            opposite.append(x[3] != y[3] and x[2] != y[2])
            flagged.append(claim_scores.get(pair, 0.0))
            aligned.append(align_scores.get(pair, 0.0))
            cosine.append(float(sims[i, j]))
    report("PERSPECTRUM opposite stance flagged: perspective pairs within a claim", opposite, halves, {
        "ours (best competing-claim score)": flagged, "baseline TF-IDF cosine": cosine,
    })  # fmt: skip
    para, opp, fired = np.asarray(paraphrase), np.asarray(opposite), np.asarray(flagged) > 0
    print(f"  paraphrase pairs with a competing claim (ours): {int(fired[para].sum())}")
    # Against a rule that fires on everything: how often ours fires on each kind of pair.
    print(
        f"  share of pairs with any competing claim (all pairs): opposite stance {fired[opp].mean():.3f}, "
        f"same stance {fired[~opp & ~para].mean():.3f}, paraphrase {fired[para].mean():.3f}"
    )
    report("PERSPECTRUM paraphrases aligned: perspective pairs within a claim", paraphrase, halves, {
        "ours (alignments_ score)": aligned, "baseline TF-IDF cosine": cosine,
    })  # fmt: skip


SETS = {"ecb": ecb, "fnc": fnc, "emergent": emergent, "perspectrum": perspectrum}


def summary(tuning: bool = False) -> None:
    """Print one line per measure: held-out F1 of ours and the baseline, and the difference.

    With ``tuning`` the lines are of the tuning half instead (what development may look at).
    """
    print(f"Summary ({'TUNING' if tuning else 'held-out'} half; thresholds picked on the tuning half)")
    print(f"  {'measure':<40} {'ours F1':>8} {'base F1':>8} {'diff':>7} {'ours MCC':>9} {'base MCC':>9}")
    for title, results in SUMMARY:
        ours, base = (
            (results[0].tuning, results[1].tuning) if tuning else (results[0].held_out, results[1].held_out)
        )
        print(
            f"  {title[:40]:<40} {ours.f1:8.3f} {base.f1:8.3f} {ours.f1 - base.f1:+7.3f} "
            f"{ours.mcc:9.3f} {base.mcc:9.3f}"
        )


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="+", choices=sorted(SETS), default=list(SETS))
    parser.add_argument("--tuning", action="store_true", help="summarise the tuning half (for development)")
    args = parser.parse_args(list(argv) if argv is not None else None)
    for name in args.only:
        folder = {"ecb": "ecbplus", "fnc": "fnc1"}.get(name, name)
        if not (DATA / folder).is_dir():
            print(f"skipped: ../shared/data/{folder} is absent")
            continue
        SETS[name]()
        print()
    if SUMMARY:
        summary(args.tuning)
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())
