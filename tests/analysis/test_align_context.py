"""Article context in alignment: counterparts in articles about the same event rank first."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from analysis.align import Search, neighbours, vectorise
from analysis.align_context import article_context, contextual

# Articles 0 and 1 report one hospital strike; article 2 a football match.
TEXTS = [
    "Shells hit the central hospital in Halvik on Tuesday.",
    "Nobody slept through the long night.",
    "The surgical wing of the hospital burned.",
    "Witnesses saw shells strike the central hospital in Halvik.",
    "Surgeons at the Halvik hospital worked through the night.",
    "Fire gutted the surgical wing of the hospital.",
    "The striker scored twice in the derby.",
    "Fans celebrated through the long night.",
    "The coach praised the defence after the derby.",
]
GROUPS = np.array([0, 0, 0, 1, 1, 1, 2, 2, 2], dtype=np.int64)


def test_articles_of_one_event_are_closer_than_others() -> None:
    context = article_context(vectorise(TEXTS), GROUPS, floor=0.0)
    close = context.lookup(np.array([0]), np.array([1]))[0]
    far = context.lookup(np.array([0]), np.array([2]))[0]
    assert close > 0.3 > far
    assert context.lookup(np.array([1]), np.array([0]))[0] == close  # symmetric
    assert context.lookup(np.array([2]), np.array([2]))[0] == 0  # an article is not its own context


def test_sparse_lookup_matches_dense() -> None:
    rng = np.random.default_rng(3)
    matrix = sp.random(2500, 2500, density=0.001, random_state=4, dtype=np.float32)
    matrix = sp.csr_matrix(matrix + matrix.T)
    matrix.setdiag(0)
    matrix.eliminate_zeros()
    from analysis.align_context import ArticleContext

    context = ArticleContext(matrix)
    rows, cols = matrix.nonzero()
    first = np.concatenate([rows[:500], rng.integers(0, 2500, 500)]).astype(np.int64)
    second = np.concatenate([cols[:500], rng.integers(0, 2500, 500)]).astype(np.int64)
    expected = np.asarray(matrix[first, second]).ravel()
    np.testing.assert_allclose(context.lookup(first, second), expected, rtol=1e-6)


def test_context_lifts_the_counterpart_of_a_same_event_article() -> None:
    vectors = vectorise(TEXTS)
    context = article_context(vectors, GROUPS)
    plain = neighbours(vectors, GROUPS, k=1, floor=0.01)
    lifted = neighbours(vectors, GROUPS, k=1, floor=0.01, search=Search(1, 0.01, context, 1.0))
    best_plain = dict(zip(plain.a.tolist()[::-1], plain.b.tolist()[::-1], strict=True))
    best_lifted = dict(zip(lifted.a.tolist()[::-1], lifted.b.tolist()[::-1], strict=True))
    # "the long night" ties the sleepless night to the football fans' more closely...
    assert GROUPS[best_plain[1]] == 2
    # ...but with its article's context its counterpart is the other hospital report's night.
    assert GROUPS[best_lifted[1]] == 1
    assert lifted.score is not None
    ranked = lifted.ranking[lifted.a == 1]
    assert list(ranked) == sorted(ranked, reverse=True)


def test_contextual_search_matches_brute_force() -> None:
    rng = np.random.default_rng(0)
    vocabulary = [f"w{i}" for i in range(60)]
    texts = [" ".join(rng.choice(vocabulary, size=8)) for _ in range(300)]
    groups = rng.integers(0, 30, size=300).astype(np.int64)
    vectors = vectorise(texts)
    context = article_context(vectors, groups)
    found = neighbours(vectors, groups, 3, 0.1, search=Search(3, 0.1, context, 1.0, min_similarity=0.05))
    dense = (vectors @ vectors.T).toarray()
    expected: set[tuple[int, int]] = set()
    for i in range(len(texts)):
        others = np.flatnonzero(groups != groups[i])
        cos = dense[i, others].astype(np.float32)
        score = contextual(cos, context.lookup(np.full(others.size, groups[i]), groups[others]), 1.0)
        ok = (score >= 0.1) & (cos >= 0.05) & (cos > 0)
        best = sorted(zip(score[ok].tolist(), others[ok].tolist(), strict=True), reverse=True)[:3]
        expected.update((i, j) for _, j in best)
        expected.update((j, i) for _, j in best)
    assert set(zip(found.a.tolist(), found.b.tolist(), strict=True)) == expected


def test_no_shared_terms_no_edges() -> None:
    texts = ["Shells hit the hospital.", "The derby ended goalless."]
    vectors = vectorise(texts)
    groups = np.array([0, 1], dtype=np.int64)
    found = neighbours(
        vectors, groups, 3, 0.01, search=Search(3, 0.01, article_context(vectors, groups), 1.0)
    )
    assert found.a.size == 0
    assert found.ranking.size == 0
