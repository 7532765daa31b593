"""Building the topic tables (topics, source x topic matrix, gaps) from an edited clustering.

The shapes are documented in :mod:`analysis.topics`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.topic_edits import EditedTopics
from analysis.topic_labels import class_tfidf, key_phrases, label_of, one_hot, surface_forms, top_columns

TOPIC_COLUMNS = [
    "id",
    "label",
    "terms",
    "statement_ids",
    "anchor",
    "size",
    "articles",
    "sources",
    "auto_label",
    "renamed",
]
GAP_COLUMNS = ["topic_id", "article_id", "source", "message"]
GAP_SHARE = 0.5
"""A silence is a gap when at least this share of the articles speak on the topic."""
N_TERMS = 10
"""Terms listed per topic."""
SURFACE_SAMPLE = 30
"""Statements read per topic to find how its terms are written."""


@dataclass(frozen=True)
class Tables:
    """The topic tables, and per statement row its final topic id and article index."""

    topics: pd.DataFrame
    matrix: pd.DataFrame
    gaps: pd.DataFrame
    topic_of: np.ndarray
    article_index: np.ndarray


def _renumber(labels: np.ndarray, article: np.ndarray, start: np.ndarray) -> dict[int, int]:
    """Map topic numbers to ids: widest coverage first, then size, then first appearance."""
    keys = []
    for t in np.unique(labels[labels >= 0]):
        rows = np.flatnonzero(labels == t)
        first = min(zip(article[rows], start[rows], strict=True))
        keys.append((-len(set(article[rows].tolist())), -len(rows), first, int(t)))
    return {t: i for i, (*_, t) in enumerate(sorted(keys))}


def _centrality(labels: np.ndarray, vectors: sp.csr_matrix) -> np.ndarray:
    """Return each row's cosine to its topic's centroid (``0`` for rows without a topic).

    One topic at a time, so memory stays at one topic's rows and one dense centroid.
    """
    out = np.zeros(len(labels))
    order = np.argsort(labels, kind="stable")
    bounds = np.searchsorted(labels[order], np.arange(int(labels.max(initial=-1)) + 2))
    for t in range(len(bounds) - 1):
        rows = order[bounds[t] : bounds[t + 1]]
        if len(rows):
            block = vectors[rows]
            centroid = np.asarray(block.sum(axis=0)).ravel()
            norm = float(np.sqrt((centroid * centroid).sum()))
            out[rows] = block @ (centroid / norm) if norm > 0 else 0.0
    return out


def _describe(
    weights: sp.csr_matrix, counts: sp.csr_matrix, terms: np.ndarray, texts: Sequence[str]
) -> tuple[str, list[str]]:
    """Return the automatic label and the listed terms of one topic."""
    columns, best = top_columns(weights, N_TERMS + 8)
    ranked = [(str(terms[j]), w) for j, w in zip(columns.tolist(), best.tolist(), strict=True)]
    # Counts of the ranked terms only: a topic's row holds thousands of terms.
    found = sp.csr_matrix(counts)[:, columns].toarray().ravel().tolist()
    term_counts = {term: float(n) for (term, _), n in zip(ranked, found, strict=True)}
    phrases = key_phrases(ranked, term_counts)
    listed = [t for t, _ in ranked if " " not in t or term_counts.get(t, 0) >= 2][:N_TERMS]
    forms = surface_forms([*phrases, *listed], texts[:SURFACE_SAMPLE])
    return label_of([forms[p] for p in phrases]), [forms[t] for t in listed]


def build_tables(
    statements: pd.DataFrame,
    edited: EditedTopics,
    counts: sp.csr_matrix,
    vectors: sp.csr_matrix,
    terms: np.ndarray,
    article_ids: Sequence[str],
    sources: Sequence[str],
) -> Tables:
    """Return the topic tables of an edited clustering (shapes: :mod:`analysis.topics`)."""
    position = {a: i for i, a in enumerate(article_ids)}
    article = np.array(
        [position.get(str(a), len(article_ids)) for a in statements["article_id"].tolist()], dtype=np.int64
    )
    start = (
        statements["start"].to_numpy(dtype=np.int64) if "start" in statements else np.arange(len(statements))
    )
    ids = [str(s) for s in statements["id"].tolist()]
    texts = [str(t) for t in statements["text"].tolist()]
    new_id = _renumber(edited.labels, article, start)
    centrality = _centrality(np.maximum(edited.before_moves, -1), vectors)
    topic_of = np.array([new_id.get(int(t), -1) for t in edited.labels], dtype=np.int64)
    k = len(new_id)
    weights = class_tfidf(counts, topic_of, k)
    by_topic = sp.csr_matrix(one_hot(topic_of, k).T @ counts)
    rows = []
    for old, tid in sorted(new_id.items(), key=lambda item: item[1]):
        members = np.flatnonzero(topic_of == tid)
        members = members[np.lexsort((start[members], article[members]))]
        auto, listed = _describe(weights[tid], by_topic[tid], terms, [texts[i] for i in members])
        core = np.flatnonzero(edited.before_moves == old)
        core = core if len(core) else members
        # The most central statement: the least likely to change topic on re-analysis.
        anchor = edited.anchors.get(old) or ids[int(core[np.argmax(centrality[core])])]
        covering = sorted(set(article[members].tolist()) - {len(article_ids)})
        label = edited.renames.get(old, auto)
        rows.append(
            (
                tid,
                label,
                listed,
                [ids[i] for i in members],
                anchor,
                len(members),
                len(covering),
                [sources[a] for a in covering],
                auto,
                old in edited.renames,
            )
        )
    topics = pd.DataFrame(rows, columns=TOPIC_COLUMNS)
    matrix = _matrix(topic_of, article, k, article_ids)
    return Tables(topics, matrix, _gaps(topics, matrix, sources), topic_of, article)


def _matrix(topic_of: np.ndarray, article: np.ndarray, k: int, article_ids: Sequence[str]) -> pd.DataFrame:
    """Return statement counts, topics x articles (every article a column)."""
    n = len(article_ids)
    keep = (topic_of >= 0) & (article < n)
    cells = np.zeros((k, n), dtype=np.int64)
    np.add.at(cells, (topic_of[keep], article[keep]), 1)
    frame = pd.DataFrame(cells, index=pd.Index(range(k), name="topic_id"), columns=list(article_ids))
    frame.columns.name = "article_id"
    return frame


def _gaps(topics: pd.DataFrame, matrix: pd.DataFrame, sources: Sequence[str]) -> pd.DataFrame:
    """Return one row per article silent on a topic most articles speak on."""
    n = matrix.shape[1]
    if n < 2:
        return pd.DataFrame({c: [] for c in GAP_COLUMNS})
    needed = max(1, math.ceil(GAP_SHARE * n))
    out = []
    cells = matrix.to_numpy()
    for tid, label in zip(topics["id"], topics["label"], strict=True):
        speaking = cells[tid] > 0
        if speaking.sum() < needed:
            continue
        for a in (int(i) for i in np.flatnonzero(~speaking)):
            out.append(
                (int(tid), str(matrix.columns[a]), sources[a], f"{sources[a]} is silent on “{label}”.")
            )
    return pd.DataFrame(out, columns=GAP_COLUMNS)
