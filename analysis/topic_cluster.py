"""Clustering TF-IDF rows into topics, with the number of topics chosen by silhouette.

The recipe, the same for 20 statements and for 60,000:

1. **LSA**: truncated SVD of the TF-IDF rows (dimensions: :func:`auto_components`),
   rows re-normalised, so cosine similarity becomes a dot product and words that
   co-occur pull together.
2. **A tree of merges**: average linkage on cosine distance (UPGMA) over the rows, or,
   above ``direct_limit`` rows, over a seeded sample of that many (so memory stays
   bounded, never ``n x n`` for large ``n``).
3. **The cut**: with ``n_clusters`` given, the tree is cut into that many clusters;
   otherwise cuts from 2 up to ``rows / min_size`` clusters (at most 400) on a geometric
   grid of 40 are scored and **the cut with the highest mean silhouette (cosine, in the
   LSA space) wins**. Clusters below ``min_size`` members are dissolved into their nearest
   cluster before scoring, so a cut cannot win by isolating a few odd rows.
4. **Refinement**: every row joins its nearest cluster centroid, then spherical k-means
   moves rows that the greedy tree put on the wrong side of a boundary.

Silhouette of row ``i`` is ``(b - a) / max(a, b)`` with ``a`` its mean distance to its own
cluster and ``b`` to the nearest other cluster. On unit vectors the sum of cosine
distances to a cluster ``C`` is ``|C| - z_i . sum(C)``, so every cut is scored exactly in
``O(n * d * k)`` without a pairwise matrix.
"""

from __future__ import annotations

import math

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import pdist
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


def _orthonormal(y: FloatArray) -> FloatArray:
    """Return an orthonormal basis of the columns of ``y`` (Cholesky QR, twice for accuracy).

    Much faster than Householder QR on tall matrices; a tiny ridge keeps the Cholesky
    factorisation defined when columns are nearly dependent.
    """
    for _ in range(2):
        gram = y.T @ y
        ridge = 1e-10 * max(float(np.trace(gram)), 1e-30)
        upper = np.linalg.cholesky(gram + ridge * np.eye(len(gram))).T
        y = y @ np.linalg.inv(upper)
    return y


def embed(x: sp.spmatrix, n_components: int, random_state: int, n_iter: int = 2) -> FloatArray:
    """Return L2-normalised LSA rows of ``x`` (at most ``n_components`` columns).

    A randomized range finder (Halko et al. 2011) followed by the eigen-decomposition of
    the small ``l x l`` Gram matrix of the projection: the same left singular vectors as
    a truncated SVD, without the dense SVD of an ``l x terms`` matrix. Terms in only one
    row cannot relate two rows, so they are left out of the projection.
    """
    x = sp.csr_matrix(x)
    n = x.shape[0]
    shared = np.flatnonzero(np.bincount(x.indices, minlength=x.shape[1]) >= 2)
    x = sp.csr_matrix(x[:, shared]) if len(shared) >= 2 else x
    dims = min(n_components, n - 1, x.shape[1] - 1)
    if dims < 2:
        return np.asarray(normalize(x.toarray()), dtype=np.float64)
    xt = sp.csr_matrix(x.T)
    rng = np.random.default_rng(random_state)
    width = min(dims + 10, n, x.shape[1])
    q = _orthonormal(np.asarray(x @ rng.standard_normal((x.shape[1], width))))
    for _ in range(n_iter):
        q = _orthonormal(np.asarray(x @ _orthonormal(np.asarray(xt @ q))))
    c = np.asarray(xt @ q)
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


def refine(z: FloatArray, labels: IntArray, max_iter: int = 10) -> IntArray:
    """Run spherical k-means (rows and centroids on the unit sphere) from ``labels``."""
    k = int(labels.max()) + 1
    if k < 2:
        return labels
    for _ in range(max_iter):
        moved = np.asarray((z @ _centroids(z, labels, k).T).argmax(axis=1), dtype=np.int64)
        if np.array_equal(moved, labels):
            break
        labels = moved
    return compact(labels)


class TopicClusterer:
    """Cluster TF-IDF rows into topics (see the module docstring for the recipe).

    Parameters
    ----------
    n_clusters : int, optional
        Fixed number of clusters; ``None`` chooses it by silhouette.
    random_state : int
        Seed of the projection and the sample: the same input gives the same clusters.
    n_components : int, optional
        LSA dimensions; by default :func:`auto_components`.
    min_size : int
        Smallest cluster kept when choosing automatically.
    max_clusters : int, optional
        Upper bound of the automatic choice (never above ``rows // min_size`` nor 400).
    direct_limit : int
        Largest number of rows the tree is built on; above it, on a seeded sample.

    Attributes
    ----------
    labels_ : numpy.ndarray
        Cluster of each row, ``0..n_clusters_-1`` in order of first appearance; ``-1`` for
        rows sharing no term with any other row.
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
    ) -> None:
        self.n_clusters = n_clusters
        self.random_state = random_state
        self.n_components = n_components
        self.min_size = min_size
        self.max_clusters = max_clusters
        self.direct_limit = direct_limit

    def fit(self, x: sp.spmatrix, progress: Progress = silent) -> TopicClusterer:
        """Cluster the rows of ``x`` (TF-IDF rows, L2-normalised)."""
        self.scores_: dict[int, float] = {}
        # Small BLAS calls run faster on one thread than fighting over busy cores.
        with threadpool_limits(limits=1, user_api="blas"):
            progress(0.0, "Reducing the term space")
            z = embed(x, self.n_components or auto_components(x), self.random_state)
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
        part = z[self._sample(n)]
        progress(0.3, "Building the topic tree")
        tree = linkage(np.maximum(pdist(part, "cosine"), 0.0), method="average")
        progress(0.6, "Choosing the number of topics")
        if self.n_clusters is not None:
            labels = self._cut(tree, min(self.n_clusters, len(part)))
        else:
            smallest = max(2, round(self.min_size * len(part) / n))
            labels = self._choose(part, tree, smallest, progress)
        progress(0.9, "Refining topics")
        # Every row joins the nearest topic found in the tree's rows, then k-means polishes.
        centroids = _centroids(part, labels, int(labels.max()) + 1)
        return refine(z, compact(np.asarray((z @ centroids.T).argmax(axis=1))))

    def _sample(self, n: int) -> IntArray:
        """Return the rows the tree is built on: all, or a seeded sample of ``direct_limit``."""
        if n <= self.direct_limit:
            return np.arange(n)
        rng = np.random.default_rng(self.random_state)
        return np.sort(rng.choice(n, size=self.direct_limit, replace=False))

    @staticmethod
    def _cut(tree: FloatArray, k: int) -> IntArray:
        return compact(fcluster(tree, k, criterion="maxclust") - 1)

    def _candidates(self, n: int, smallest: int) -> list[int]:
        upper = n // smallest if self.max_clusters is None else min(self.max_clusters, n // smallest)
        upper = max(2, min(upper, n - 1, 400))
        grid = np.unique(np.round(np.geomspace(2, upper, num=min(upper - 1, 40))).astype(int))
        return [int(k) for k in grid]

    def _choose(self, z: FloatArray, tree: FloatArray, smallest: int, progress: Progress) -> IntArray:
        best, best_score = np.zeros(len(z), dtype=np.int64), -np.inf
        candidates = self._candidates(len(z), smallest)
        for i, k in enumerate(candidates):
            progress(0.6 + 0.3 * i / len(candidates), "Choosing the number of topics")
            labels = dissolve(z, self._cut(tree, k), smallest)
            score = silhouette(z, labels)
            self.scores_[k] = score
            if score > best_score + 1e-9:
                best, best_score = labels, score
        return best
