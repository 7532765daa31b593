"""Where statements sit in their articles, and placing the ones clustering left out.

A news paragraph stays on one subject; a statement's neighbours in its paragraph are the
best evidence of its topic when its own words are too few.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from analysis.topic_labels import one_hot


@dataclass(frozen=True)
class Layout:
    """Statement rows in reading order: ``order`` lists rows by (article, start)."""

    article: np.ndarray
    paragraph: np.ndarray
    order: np.ndarray

    @classmethod
    def of(cls, statements: pd.DataFrame) -> Layout:
        """Read article, paragraph and start offset of each row of a statement table."""
        n = len(statements)
        article = pd.factorize(statements["article_id"].astype(str), sort=False)[0] if n else np.zeros(0, int)
        paragraph = (
            statements["paragraph"].fillna(0).to_numpy(dtype=np.int64)
            if "paragraph" in statements.columns
            else np.zeros(n, dtype=np.int64)
        )
        start = (
            statements["start"].fillna(0).to_numpy(dtype=np.int64)
            if "start" in statements.columns
            else np.arange(n, dtype=np.int64)
        )
        order = np.lexsort((np.arange(n), start, article))
        return cls(np.asarray(article, dtype=np.int64), paragraph, order)

    def same_paragraph(self) -> np.ndarray:
        """Return, for consecutive rows of ``order``, whether they share a paragraph."""
        a, p = self.article[self.order], self.paragraph[self.order]
        return np.asarray((a[1:] == a[:-1]) & (p[1:] == p[:-1]) & (p[1:] > 0), dtype=bool)

    def same_article(self) -> np.ndarray:
        """Return, for consecutive rows of ``order``, whether they share an article."""
        a = self.article[self.order]
        return np.asarray(a[1:] == a[:-1], dtype=bool)


def neighbours(layout: Layout) -> sp.csr_matrix:
    """Return the symmetric adjacency of consecutive statements of one paragraph."""
    n = len(layout.order)
    linked = np.flatnonzero(layout.same_paragraph())
    left, right = layout.order[linked], layout.order[linked + 1]
    rows, cols = np.r_[left, right], np.r_[right, left]
    return sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))


def _fill_along(labels: np.ndarray, layout: Layout, linked: np.ndarray) -> None:
    """Give unplaced rows the topic of the previous, then the next, linked row."""
    seq = layout.order
    for i in range(1, len(seq)):
        if labels[seq[i]] < 0 and linked[i - 1] and labels[seq[i - 1]] >= 0:
            labels[seq[i]] = labels[seq[i - 1]]
    for i in range(len(seq) - 2, -1, -1):
        if labels[seq[i]] < 0 and linked[i] and labels[seq[i + 1]] >= 0:
            labels[seq[i]] = labels[seq[i + 1]]


def _nearest_topic(labels: np.ndarray, vectors: sp.csr_matrix) -> None:
    """Give unplaced rows the topic whose centroid shares most weighted words with them."""
    waiting = np.flatnonzero(labels < 0)
    if not len(waiting) or labels.max() < 0:
        return
    k = int(labels.max()) + 1
    centroids = normalize(sp.csr_matrix(one_hot(labels, k).T @ vectors))
    sims = (vectors[waiting] @ centroids.T).toarray()
    best = sims.argmax(axis=1)
    found = sims[np.arange(len(waiting)), best] > 0
    labels[waiting[found]] = best[found]


def place_leftovers(labels: np.ndarray, vectors: sp.csr_matrix, layout: Layout) -> np.ndarray:
    """Return ``labels`` with unplaced rows (``-1``) placed by context where possible.

    First the paragraph neighbour's topic, then the topic sharing most words, then the
    nearest placed statement of the same article.
    """
    labels = labels.copy()
    if not len(labels):
        return labels
    _fill_along(labels, layout, layout.same_paragraph())
    _nearest_topic(labels, vectors)
    _fill_along(labels, layout, layout.same_article())
    return labels
