"""Alignment: sparse nearest neighbours across articles, and syndicated copies."""

from __future__ import annotations

import tracemalloc

import numpy as np
import scipy.sparse as sp

from analysis.align import _row_top_k, alignment_table, copy_groups, neighbours, vectorise

TEXTS = [
    "Rebel fighters shelled the central hospital in the town on Wednesday.",  # article 0
    "The talks between the two governments will take place in Geneva next week.",  # article 0
    "Government artillery shelled the central hospital in the town, the president said.",  # article 1
    "The two governments will hold talks in Geneva next week, diplomats said.",  # article 1
    "Rebel fighters shelled the central hospital in the town on Wednesday.",  # article 2 (copy)
    "Heavy rain is expected across the region on Friday.",  # article 2
]
GROUPS = np.array([0, 0, 1, 1, 2, 2], dtype=np.int64)


def brute_force(vectors: sp.csr_matrix, groups: np.ndarray, k: int, floor: float) -> set[tuple[int, int]]:
    dense = (vectors @ vectors.T).toarray()
    edges = set()
    for i in range(dense.shape[0]):
        scores = [
            (dense[i, j], j) for j in range(dense.shape[0]) if groups[j] != groups[i] and dense[i, j] >= floor
        ]
        for _, j in sorted(scores, reverse=True)[:k]:
            edges.update({(i, j), (j, i)})
    return edges


def test_counterparts_come_from_other_articles_best_first() -> None:
    vectors = vectorise(TEXTS)
    found = neighbours(vectors, GROUPS, k=2, floor=0.1)
    pairs = set(zip(found.a.tolist(), found.b.tolist(), strict=True))
    assert (0, 2) in pairs
    assert (1, 3) in pairs
    assert (0, 4) in pairs
    assert all(GROUPS[a] != GROUPS[b] for a, b in pairs)
    assert (5, 1) not in pairs  # the weather shares nothing with the talks
    table = alignment_table(found, [f"s{i}" for i in range(len(TEXTS))], threshold=0.1)
    firsts = table[table["a"] == "s0"]
    assert firsts["b"].iloc[0] == "s4"  # the identical copy is the best counterpart
    assert list(firsts["similarity"]) == sorted(firsts["similarity"], reverse=True)


def test_neighbours_match_brute_force() -> None:
    rng = np.random.default_rng(0)
    vocabulary = [f"w{i}" for i in range(60)]
    texts = [" ".join(rng.choice(vocabulary, size=8)) for _ in range(300)]
    groups = rng.integers(0, 30, size=300).astype(np.int64)
    vectors = vectorise(texts)
    found = neighbours(vectors, groups, k=3, floor=0.05)
    assert set(zip(found.a.tolist(), found.b.tolist(), strict=True)) == brute_force(vectors, groups, 3, 0.05)


def test_neighbours_never_build_a_dense_square() -> None:
    n = 15_000
    rng = np.random.default_rng(1)
    # Rows sharing a few common terms: their full similarity matrix would be dense.
    cols = np.concatenate([rng.integers(0, 40, size=(n, 3)), rng.integers(40, 5000, size=(n, 5))], axis=1)
    rows = np.repeat(np.arange(n), cols.shape[1])
    matrix = sp.csr_matrix((np.ones(rows.size, dtype=np.float32), (rows, cols.ravel())), shape=(n, 5000))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    vectors = sp.csr_matrix(sp.diags(1 / norms) @ matrix, dtype=np.float32)
    groups = np.arange(n, dtype=np.int64) // 20
    tracemalloc.start()
    found = neighbours(vectors, groups, k=5, floor=0.1)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    dense_bytes = n * n * 4
    assert peak < dense_bytes / 4
    assert found.a.size <= 2 * 5 * n  # k per row (each edge listed both ways), not n per row
    # Common terms are left out of the search only: the similarities reported are exact.
    sample = slice(0, found.a.size, 997)
    exact = np.asarray(vectors[found.a[sample]].multiply(vectors[found.b[sample]]).sum(axis=1)).ravel()
    np.testing.assert_allclose(found.similarity[sample], exact, rtol=1e-5)


def test_syndicated_copies_are_grouped() -> None:
    vectors = vectorise(TEXTS)
    found = neighbours(vectors, GROUPS, k=3, floor=0.1)
    ids = [f"s{i}" for i in range(len(TEXTS))]
    copies = copy_groups(found, TEXTS, ids, threshold=0.85, ratio=0.9)
    assert sorted(copies["statement_id"]) == ["s0", "s4"]
    assert copies["group"].nunique() == 1


def test_same_words_in_another_order_are_no_copy() -> None:
    texts = ["the army shelled the rebels near the town", "the rebels shelled the army near the town"]
    found = neighbours(vectorise(texts), np.array([0, 1], dtype=np.int64), k=1, floor=0.1)
    assert copy_groups(found, texts, ["a", "b"], threshold=0.5, ratio=0.9).empty


def test_empty_and_stop_word_only_input() -> None:
    assert vectorise([]).shape[0] == 0
    found = neighbours(vectorise(["the and of", "a the"]), np.array([0, 1], dtype=np.int64), k=3, floor=0.1)
    assert found.a.size == 0


def test_row_top_k_keeps_the_largest_positive_values_and_their_ties() -> None:
    values = np.array([0.2, 0.9, 0.5, 0.5, 0.0, 0.1, 0.3, -0.2, 0.0, 0.7], dtype=np.float32)
    indptr = np.array([0, 5, 8, 10], dtype=np.int32)  # rows: 0-4, 5-7, 8-9
    chosen = _row_top_k(indptr, values, 2).tolist()
    # Row 0: 0.9 and the two tied 0.5s; row 1: its two positives; row 2: its only positive.
    assert chosen == [1, 2, 3, 5, 6, 9]
    assert _row_top_k(indptr, values, 1).tolist() == [1, 6, 9]
