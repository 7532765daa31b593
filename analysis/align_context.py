"""Article context for alignment: how close two articles are as wholes.

Two statements are counterparts when they speak of the same thing; in a corpus of many
events, two statements that share a few words are far likelier counterparts when their
articles report one event. Each article is summarised by the centroid of its statements'
TF-IDF rows; the cosine of two centroids is the articles' similarity. On ECB+ (43 topics,
each with two events of one kind) articles of one event have a median centroid cosine
near 0.38, articles of the other event of the same kind near 0.07, others near 0.02.

:func:`contextual` mixes a pair's own cosine with its articles' similarity::

    score = (cosine + weight x article_similarity) / (1 + weight)

In a corpus of one event every article pair is close, so the mix mostly lifts every
pair alike and the ranking within an article pair is the statements' own.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

# Article similarities below this are treated as none (keeps the matrix sparse).
FLOOR = 0.05
# Up to this many articles the similarities are kept as a dense square (fast lookups).
_DENSE_UP_TO = 2000
FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class ArticleContext:
    """Similarity of every pair of articles (centroid cosine; ``0`` below :data:`FLOOR`).

    ``matrix`` is a symmetric ``articles x articles`` CSR matrix with a zero diagonal.
    """

    matrix: sp.csr_matrix

    @property
    def n_articles(self) -> int:
        return int(self.matrix.shape[0])

    def lookup(self, first: IntArray, second: IntArray) -> FloatArray:
        """Return the similarity of articles ``first[i]`` and ``second[i]`` for every ``i``."""
        if first.size == 0:
            return np.zeros(0, dtype=np.float32)
        if self.n_articles <= _DENSE_UP_TO:
            return np.asarray(self._dense()[first, second], dtype=np.float32)
        keys, values = self._keys()
        wanted = first.astype(np.int64) * self.n_articles + second.astype(np.int64)
        at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
        if not len(keys):
            return np.zeros(first.size, dtype=np.float32)
        return np.where(keys[at] == wanted, values[at], 0).astype(np.float32)

    def related(self, threshold: float) -> sp.csr_matrix:
        """Return the boolean matrix of article pairs at least ``threshold`` similar."""
        kept = self.matrix.multiply(self.matrix >= threshold)
        return sp.csr_matrix(kept, dtype=bool)

    def _dense(self) -> npt.NDArray[np.float32]:
        cached: npt.NDArray[np.float32] | None = self.__dict__.get("_dense_cache")
        if cached is None:
            cached = np.asarray(self.matrix.toarray(), dtype=np.float32)
            object.__setattr__(self, "_dense_cache", cached)
        return cached

    def _keys(self) -> tuple[IntArray, FloatArray]:
        cached: tuple[IntArray, FloatArray] | None = self.__dict__.get("_key_cache")
        if cached is None:
            coo = self.matrix.tocoo()
            keys = coo.row.astype(np.int64) * self.n_articles + coo.col.astype(np.int64)
            order = np.argsort(keys)
            cached = (keys[order], coo.data[order].astype(np.float32))
            object.__setattr__(self, "_key_cache", cached)
        return cached


def article_context(vectors: sp.csr_matrix, groups: IntArray, floor: float = FLOOR) -> ArticleContext:
    """Return the centroid cosine of every pair of articles (the groups of ``vectors``' rows).

    Parameters
    ----------
    vectors : csr_matrix
        L2-normalised statement rows.
    groups : ndarray of int
        Article number (``0..n_articles-1``) of each row.
    floor : float
        Similarities below this are left out.
    """
    n_articles = int(groups.max()) + 1 if len(groups) else 0
    if n_articles == 0:
        return ArticleContext(sp.csr_matrix((0, 0), dtype=np.float32))
    member = sp.csr_matrix(
        (np.ones(len(groups), dtype=np.float32), (groups, np.arange(len(groups)))),
        shape=(n_articles, len(groups)),
    )
    centroids = sp.csr_matrix(member @ vectors)
    norms = np.sqrt(np.asarray(centroids.multiply(centroids).sum(axis=1)).ravel())
    centroids = sp.csr_matrix(sp.diags(1 / np.maximum(norms, 1e-12)) @ centroids, dtype=np.float32)
    product = sp.csr_matrix(centroids @ centroids.T, dtype=np.float32)
    product.setdiag(0)
    product.data[product.data < floor] = 0
    product.eliminate_zeros()
    return ArticleContext(product)


def contextual(similarity: FloatArray, context: FloatArray, weight: float) -> FloatArray:
    """Mix statement cosines with their articles' similarities (see the module docstring)."""
    return ((similarity + weight * context) / (1 + weight)).astype(np.float32)
