"""Clustering TF-IDF rows into topics, with the number of topics chosen by silhouette.

The recipe, the same for 20 statements and for 60,000:

1. **LSA**: truncated SVD of the TF-IDF rows (dimensions: :func:`auto_components`),
   rows re-normalised, so cosine similarity becomes a dot product and words that
   co-occur pull together.
2. **A tree of merges**: up to ``direct_limit`` rows are the leaves themselves; above it
   MiniBatchKMeans first condenses the rows into ``leaves`` (300) fine clusters,
   which become the leaves (so memory stays ``O(n)``, never ``n x n``). Leaves are joined by
   average linkage on cosine distance (UPGMA).
3. **The cut**: with ``n_clusters`` given, the tree is cut into that many clusters;
   otherwise cuts from 2 up to ``n / min_size`` clusters (at most 400, and fewer than the
   leaves) on a geometric grid of 40 are scored
   and **the cut with the highest mean silhouette (cosine, in the LSA space) wins**. Fine
   clusters below ``min_size`` members are dissolved into their nearest cluster before
   scoring, so a cut cannot win by isolating a few odd rows.
4. **Refinement**: a few k-means steps started from the cut's centroids move rows that
   the greedy tree put on the wrong side of a boundary.

Silhouette of row ``i`` is ``(b - a) / max(a, b)`` with ``a`` its mean distance to its own
cluster and ``b`` to the nearest other cluster. On unit vectors the sum of cosine
distances to a cluster ``C`` is ``|C| - z_i . sum(C)``, so every cut is scored exactly in
``O(n * d * k)`` without a pairwise matrix.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.preprocessing import normalize
from threadpoolctl import threadpool_limits

from analysis.progress import Progress, silent

FloatArray = np.ndarray
IntArray = np.ndarray


def auto_components(x: sp.spmatrix) -> int:
    """Return the LSA dimensions for ``x``: ``max(√rows, ¼·√shared entries)`` in ``[5, 100]``.

    Only entries of terms found in two rows or more count (others cannot relate rows).
    A few articles' statements get a handful of latent themes, long documents and
    archives up to a hundred.
    """
    x = sp.csr_matrix(x)
    shared = np.bincount(x.indices, minlength=x.shape[1]) >= 2
    entries = int(shared[x.indices].sum())
    return int(min(100, max(5, round(max(math.sqrt(x.shape[0]), math.sqrt(entries) / 4)))))


def embed(x: sp.spmatrix, n_components: int, random_state: int, n_iter: int = 4) -> FloatArray:
    """Return L2-normalised LSA rows of ``x`` (at most ``n_components`` columns).

    A randomized range finder (Halko et al. 2011) followed by the eigen-decomposition of
    the small ``l x l`` Gram matrix of the projection: the same left singular vectors as
    a truncated SVD, without the dense SVD of an ``l x terms`` matrix. Terms in only one
    row cannot relate two rows, so they are left out of the projection.
    """
    x = sp.csr_matrix(x)
    n = x.shape[0]
    shared = np.flatnonzero(np.bincount(x.indices, minlength=x.shape[1]) >= 2)
    x = x[:, shared] if len(shared) >= 2 else x
    dims = min(n_components, n - 1, x.shape[1] - 1)
    if dims < 2:
        return np.asarray(normalize(x.toarray()), dtype=np.float64)
    rng = np.random.default_rng(random_state)
    width = min(dims + 10, n, x.shape[1])
    q = np.asarray(x @ rng.standard_normal((x.shape[1], width)))
    for _ in range(n_iter):
        q, _ = np.linalg.qr(q)
        q = np.asarray(x @ np.asarray(x.T @ q))
    q, _ = np.linalg.qr(q)
    c = np.asarray(x.T @ q)
    values, vectors = np.linalg.eigh(c.T @ c)
    top = np.argsort(values)[::-1][:dims]
    rows = q @ (vectors[:, top] * np.sqrt(np.maximum(values[top], 0.0)))
    return np.asarray(normalize(rows), dtype=np.float64)


def _one_hot(labels: IntArray, k: int) -> sp.csr_matrix:
    n = len(labels)
    return sp.csr_matrix((np.ones(n), (np.arange(n), labels)), shape=(n, k))


def silhouette(z: FloatArray | sp.spmatrix, labels: IntArray) -> float:
    """Return the mean cosine silhouette of ``labels`` over unit rows ``z`` (dense or sparse).

    Rows alone in their cluster score 0, as in scikit-learn.
    """
    k = int(labels.max()) + 1
    if k < 2:
        return 0.0
    sums = _one_hot(labels, k).T @ z
    product = z @ sums.T
    product = product.toarray() if sp.issparse(product) else np.asarray(product)
    sizes = np.bincount(labels, minlength=k).astype(np.float64)
    dist = sizes[None, :] - product  # summed cosine distances, row -> cluster
    own = dist[np.arange(len(labels)), labels]
    own_size = sizes[labels]
    a = np.where(own_size > 1, own / np.maximum(own_size - 1, 1), 0.0)
    mean = dist / np.maximum(sizes, 1)[None, :]
    mean[np.arange(len(labels)), labels] = np.inf
    mean[:, sizes == 0] = np.inf
    b = mean.min(axis=1)
    s = np.where(own_size > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(s.mean())


def _centroids(z: FloatArray, labels: IntArray, k: int) -> FloatArray:
    return np.asarray(normalize(np.asarray(_one_hot(labels, k).T @ z)))


def compact(labels: IntArray) -> IntArray:
    """Renumber labels ``0..k-1`` in order of first appearance (deterministic ids)."""
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    order = np.argsort(np.argsort(first))
    return np.asarray(order[inverse], dtype=np.int64)


def dissolve(z: FloatArray, labels: IntArray, min_size: int) -> IntArray:
    """Move members of clusters smaller than ``min_size`` to the nearest large cluster."""
    labels = compact(labels)
    sizes = np.bincount(labels)
    small = sizes < min_size
    if not small.any() or small.all():
        return labels
    cents = _centroids(z, labels, len(sizes))
    sims = z @ cents.T
    sims[:, small] = -np.inf
    moved = np.where(small[labels], sims.argmax(axis=1), labels)
    return compact(moved)


def refine(z: FloatArray, labels: IntArray, random_state: int, max_iter: int = 20) -> IntArray:
    """Run k-means from the centroids of ``labels`` (spherical: rows are unit vectors)."""
    k = int(labels.max()) + 1
    if k < 2 or k >= len(z):
        return labels
    km = KMeans(n_clusters=k, init=_centroids(z, labels, k), n_init=1, max_iter=max_iter)
    return compact(km.set_params(random_state=random_state).fit_predict(z))


@dataclass(frozen=True)
class _Tree:
    """Leaves (rows or fine clusters), the row -> leaf map, and their linkage."""

    leaf_of: IntArray
    linkage: FloatArray | None
    n_leaves: int


class TopicClusterer:
    """Cluster TF-IDF rows into topics (see the module docstring for the recipe).

    Parameters
    ----------
    n_clusters : int, optional
        Fixed number of clusters; ``None`` chooses it by silhouette.
    random_state : int
        Seed of the SVD and k-means: the same input always gives the same clusters.
    n_components : int, optional
        LSA dimensions; by default :func:`auto_components`.
    min_size : int
        Smallest cluster kept when choosing automatically.
    max_clusters : int, optional
        Upper bound of the automatic choice (default ``n // min_size``, at most 400).
    direct_limit : int
        Largest number of rows linked directly; above it rows are condensed first.
    leaves : int
        Number of fine clusters rows are condensed into above ``direct_limit``.

    Attributes
    ----------
    labels_ : numpy.ndarray
        Cluster of each row, ``0..n_clusters_-1`` in order of first appearance.
    n_clusters_ : int
    scores_ : dict of int to float
        Silhouette of each cut tried (empty when ``n_clusters`` was given).
    embedding_ : numpy.ndarray
        The normalised LSA rows the clusters were found in.
    """

    def __init__(
        self,
        n_clusters: int | None = None,
        *,
        random_state: int = 0,
        n_components: int | None = None,
        min_size: int = 2,
        max_clusters: int | None = None,
        direct_limit: int = 2000,
        leaves: int = 300,
    ) -> None:
        self.n_clusters = n_clusters
        self.random_state = random_state
        self.n_components = n_components
        self.min_size = min_size
        self.max_clusters = max_clusters
        self.direct_limit = direct_limit
        self.leaves = leaves

    def fit(self, x: sp.spmatrix, progress: Progress = silent) -> TopicClusterer:
        """Cluster the rows of ``x`` (TF-IDF rows, L2-normalised).

        Rows sharing no term with any other row cannot be placed and get label ``-1``.
        """
        self.scores_: dict[int, float] = {}
        # Small BLAS calls run faster on one thread than fighting over busy cores.
        with threadpool_limits(limits=1, user_api="blas"):
            progress(0.0, "Reducing the term space")
            dims = self.n_components or auto_components(x)
            z = embed(x, dims, self.random_state)
            live = np.flatnonzero(np.abs(z).sum(axis=1) > 0)
            labels = np.full(len(z), -1, dtype=np.int64)
            if len(live):
                labels[live] = self._cluster(z[live], progress)
        self.labels_ = labels
        self.n_clusters_ = int(labels.max()) + 1 if len(labels) else 0
        self.embedding_ = z
        return self

    def _cluster(self, z: FloatArray, progress: Progress) -> IntArray:
        n = len(z)
        if n < 3 or (self.n_clusters is not None and self.n_clusters <= 1):
            return np.zeros(n, dtype=np.int64)
        progress(0.3, "Building the topic tree")
        tree = self._tree(z)
        progress(0.6, "Choosing the number of topics")
        if self.n_clusters is not None:
            labels = self._cut(tree, min(self.n_clusters, n))
        else:
            labels = self._choose(z, tree, progress)
        progress(0.9, "Refining topics")
        return refine(z, labels, self.random_state)

    def _tree(self, z: FloatArray) -> _Tree:
        n = len(z)
        if n <= self.direct_limit:
            leaves, leaf_of = z, np.arange(n)
        else:
            # Random seeding is enough here: the fine clusters are only leaves of the tree.
            km = MiniBatchKMeans(
                n_clusters=min(max(self.leaves, 2 * (self.n_clusters or 0)), n),
                init="random",
                n_init=1,
                random_state=self.random_state,
                batch_size=2048,
                max_iter=50,
            )
            leaf_of = compact(km.fit_predict(z))
            leaves = _centroids(z, leaf_of, int(leaf_of.max()) + 1)
        if len(leaves) < 2:
            return _Tree(leaf_of, None, len(leaves))
        tree = linkage(np.maximum(pdist(leaves, "cosine"), 0.0), method="average")
        return _Tree(leaf_of, tree, len(leaves))

    def _cut(self, tree: _Tree, k: int) -> IntArray:
        if tree.linkage is None or k >= tree.n_leaves:
            return compact(tree.leaf_of)
        leaf_labels = fcluster(tree.linkage, k, criterion="maxclust") - 1
        return compact(leaf_labels[tree.leaf_of])

    def _candidates(self, n: int, n_leaves: int) -> list[int]:
        upper = self.max_clusters or n // max(self.min_size, 1)
        upper = max(2, min(upper, n_leaves - 1, 400))
        grid = np.unique(np.round(np.geomspace(2, upper, num=min(upper - 1, 40))).astype(int))
        return [int(k) for k in grid]

    def _choose(self, z: FloatArray, tree: _Tree, progress: Progress) -> IntArray:
        best, best_score = np.zeros(len(z), dtype=np.int64), -np.inf
        candidates = self._candidates(len(z), tree.n_leaves)
        for i, k in enumerate(candidates):
            progress(0.6 + 0.3 * i / len(candidates), "Choosing the number of topics")
            labels = dissolve(z, self._cut(tree, k), self.min_size)
            score = silhouette(z, labels)
            self.scores_[k] = score
            if score > best_score + 1e-9:
                best, best_score = labels, score
        return best
