"""Cross-article alignment: each statement's counterparts in other articles.

Statements become L2-normalised TF-IDF rows (:func:`vectorise`); the cosine between
two rows is their dot product. Neighbours are found by multiplying blocks of rows with
the whole sparse matrix and keeping, per row, the ``k`` best counterparts from other
articles above a floor — memory stays bounded by the block size, never an ``n x n``
dense matrix. Near-identical wording across articles (syndicated copy) is grouped from
the same neighbour lists.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np
import numpy.typing as npt
import pandas as pd
import scipy.sparse as sp

from analysis.align_context import ArticleContext, contextual
from analysis.features import StatementVectorizer
from analysis.progress import Progress, silent
from analysis.tables import ALIGNMENT_COLUMNS

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d,.]*\d|\d")
# Products of one block of rows with all rows hold at most this many entries (~100 MB).
_BLOCK_ENTRIES = 8_000_000
# Terms in more rows than this many (or this share of all rows) are left out of the search.
NGRAMS = (1, 1)
_COMMON_MIN = 100
_COMMON_FRACTION = 0.01
# Candidates shortlisted per neighbour kept, when the search left common terms out.
_SHORTLIST = 4
COPY_COLUMNS = ["statement_id", "group"]
IntArray = npt.NDArray[np.int64]


def vectorise(texts: Sequence[str], label_words: Iterable[str] = ()) -> sp.csr_matrix:
    """Return L2-normalised TF-IDF rows of ``texts`` (the one place to swap the vectoriser).

    The news-aware :class:`~analysis.features.StatementVectorizer` shared with topics,
    with numbers kept as terms: "900,000" in two statements is strong evidence they
    report one figure.

    Parameters
    ----------
    texts : sequence of str
        Statement texts, speaker mentions and cues already masked out
        (:func:`analysis.features.masked_texts`).
    label_words : iterable of str
        Words used as speaker or cue labels in this corpus, dropped everywhere
        (:func:`analysis.features.label_terms`).

    Returns
    -------
    scipy.sparse.csr_matrix
        One row a text; a text without terms is an all-zero row.
    """
    if not any(texts):
        return sp.csr_matrix((len(texts), 1), dtype=np.float32)
    vectoriser = StatementVectorizer(numbers=True, extra_stop_words=label_words, ngram_range=NGRAMS)
    try:
        return sp.csr_matrix(vectoriser.fit_transform(texts), dtype=np.float32)
    except ValueError:  # every text was only stop words
        return sp.csr_matrix((len(texts), 1), dtype=np.float32)


@dataclass(frozen=True)
class Neighbours:
    """Directed neighbour edges: row ``a`` found row ``b``.

    ``similarity`` is the two statements' cosine; ``score`` is what ranked the edge, the
    cosine mixed with the articles' similarity when the search had an article context
    (:mod:`analysis.align_context`), else the cosine itself.
    """

    a: npt.NDArray[np.int64]
    b: npt.NDArray[np.int64]
    similarity: npt.NDArray[np.float32]
    score: npt.NDArray[np.float32] | None = None

    @property
    def ranking(self) -> npt.NDArray[np.float32]:
        """The score edges were ranked by (the cosine when no context was used)."""
        return self.similarity if self.score is None else self.score


@dataclass(frozen=True)
class Search:
    """How :func:`neighbours` searches: ``k`` per row, floors, and optional article context.

    ``floor`` applies to the ranking score; ``min_similarity`` to the statements' own
    cosine (with context, a pair must still share some content of its own).
    """

    k: int
    floor: float
    context: ArticleContext | None = None
    weight: float = 0.0
    min_similarity: float = 0.0


Edges = tuple[IntArray, IntArray, npt.NDArray[np.float32], npt.NDArray[np.float32]]


def _top_k(edges: Edges, k: int) -> Edges:
    """Keep the ``k`` best-scored edges of each row (edges: rows, cols, scores, cosines)."""
    rows, cols, scores, sims = edges
    # One float sort on "row, then best score first" (scores lie in [0, 2)) beats a lexsort.
    order = np.argsort(rows * 4.0 + (2.0 - scores.astype(np.float64)), kind="stable")
    rows, cols, scores, sims = rows[order], cols[order], scores[order], sims[order]
    rank = np.arange(len(rows)) - np.searchsorted(rows, rows, side="left")
    keep = rank < k
    return rows[keep], cols[keep], scores[keep], sims[keep]


def neighbours(
    vectors: sp.csr_matrix,
    groups: npt.NDArray[np.int64],
    k: int,
    floor: float,
    progress: Progress = silent,
    search: Search | None = None,
) -> Neighbours:
    """Find each row's ``k`` best rows of other groups, score at least ``floor``.

    Parameters
    ----------
    vectors : csr_matrix
        L2-normalised rows.
    groups : ndarray of int
        Group (article) of each row; rows never match rows of their own group.
    k : int
        Neighbours kept per row.
    floor : float
        Smallest score kept (the cosine, unless ``search`` adds article context).
    progress : Progress
        Called after each block.
    search : Search, optional
        Article context and its weight; overrides ``k`` and ``floor`` when given.

    Returns
    -------
    Neighbours
        The edges, symmetric: when ``b`` is among ``a``'s neighbours, ``a`` is listed for
        ``b``; each row's edges best first.
    """
    search = search or Search(k, floor)
    n = vectors.shape[0]
    searchable, common = _split_common_terms(vectors)
    transposed = searchable.T.tocsr()
    block = max(16, _BLOCK_ENTRIES // max(n, 1))
    parts = []
    for start in range(0, n, block):
        stop = min(n, start + block)
        parts.append(
            _block_edges(sp.csr_matrix(searchable[start:stop] @ transposed), start, groups, common, search)
        )
        progress(stop / max(n, 1), "Aligning statements across articles")
    return _symmetric(parts, with_score=search.context is not None)


def _block_edges(
    product: sp.csr_matrix,
    start: int,
    groups: npt.NDArray[np.int64],
    common: sp.csr_matrix | None,
    search: Search,
) -> Edges:
    """Return the best edges of one block of rows (the block's products with all rows)."""
    rows = np.repeat(np.arange(start, start + product.shape[0], dtype=np.int64), np.diff(product.indptr))
    cols = product.indices.astype(np.int64)
    cosine = product.data.astype(np.float32)
    cosine[groups[rows] == groups[cols]] = 0  # never the same article
    context = search.context.lookup(groups[rows], groups[cols]) if search.context is not None else None
    ranking = cosine if context is None else contextual(cosine, context, search.weight)
    ranking = np.where(cosine > 0, ranking, 0).astype(np.float32)
    if common is None:
        ranking[ranking < search.floor] = 0
    # Without common terms the cosine is a lower bound: shortlist more, then score exactly.
    chosen = _row_top_k(product.indptr, ranking, search.k if common is None else _SHORTLIST * search.k)
    rows, cols, cosine = rows[chosen], cols[chosen], cosine[chosen]
    if common is not None:
        cosine = cosine + _rowwise_dot(common, rows, cols)
    scores = cosine if context is None else contextual(cosine, context[chosen], search.weight)
    keep = (scores >= search.floor) & (cosine >= search.min_similarity)
    return _top_k((rows[keep], cols[keep], scores[keep], cosine[keep]), search.k)


def _row_top_k(indptr: npt.NDArray[np.int32], values: npt.NDArray[np.float32], k: int) -> IntArray:
    """Return the positions of the ``k`` largest positive values of each CSR row, in CSR order.

    Values tied with a row's ``k``-th largest are all kept, so which of equal values
    survive never depends on how a partial sort orders them. One partial sort
    (``np.partition``) per row finds the ``k``-th value, which costs far less than
    sorting every entry of the block: a block holds millions of small products.
    """
    chosen = []
    for lo, hi in itertools.pairwise(indptr.tolist()):
        seg = values[lo:hi]
        cut = hi - lo - k
        kth = np.partition(seg, cut)[cut] if cut > 0 else 0.0
        chosen.append(np.flatnonzero(seg >= kth if kth > 0 else seg > 0) + lo)
    return np.concatenate(chosen).astype(np.int64) if chosen else np.empty(0, np.int64)


def _split_common_terms(vectors: sp.csr_matrix) -> tuple[sp.csr_matrix, sp.csr_matrix | None]:
    """Split off the terms found in very many rows: search without them, score with them.

    A term in thousands of statements adds little to any cosine but makes the block
    products nearly dense (its cost grows with the square of its document frequency).
    Returns the search matrix and the common-term part (``None`` when nothing is common).
    """
    n = vectors.shape[0]
    frequency = np.bincount(vectors.indices, minlength=vectors.shape[1])
    common = frequency > max(_COMMON_MIN, int(_COMMON_FRACTION * n))
    if not common.any():
        return vectors, None
    rare_part = sp.csr_matrix(vectors @ sp.diags((~common).astype(vectors.dtype)))
    common_part = sp.csr_matrix(vectors @ sp.diags(common.astype(vectors.dtype)))
    rare_part.eliminate_zeros()
    common_part.eliminate_zeros()
    return rare_part, common_part


def _rowwise_dot(vectors: sp.csr_matrix, rows: IntArray, cols: IntArray) -> npt.NDArray[np.float32]:
    """Return the cosine of each ``(rows[i], cols[i])`` pair of L2-normalised rows."""
    if rows.size == 0:
        return np.empty(0, dtype=np.float32)
    return np.asarray(vectors[rows].multiply(vectors[cols]).sum(axis=1), dtype=np.float32).ravel()


def _symmetric(parts: list[Edges], with_score: bool) -> Neighbours:
    """Return the edges both ways, each pair once, every row's edges best first."""
    if not parts or not sum(len(p[0]) for p in parts):
        empty = np.empty(0, dtype=np.int64)
        return Neighbours(
            empty, empty, np.empty(0, dtype=np.float32), np.empty(0, np.float32) if with_score else None
        )
    a = np.concatenate([p[0] for p in parts])
    b = np.concatenate([p[1] for p in parts])
    score = np.concatenate([p[2] for p in parts]).astype(np.float32)
    sim = np.concatenate([p[3] for p in parts]).astype(np.float32)
    a, b = np.concatenate([a, b]), np.concatenate([b, a])
    score, sim = np.concatenate([score, score]), np.concatenate([sim, sim])
    # Both directions of a pair carry one score, so any copy of a duplicate will do.
    _, first = np.unique(a * (int(b.max()) + 1) + b, return_index=True)
    a, b, score, sim = a[first], b[first], score[first], sim[first]
    order = np.argsort(a * 4.0 + (2.0 - score.astype(np.float64)), kind="stable")
    return Neighbours(a[order], b[order], sim[order], score[order] if with_score else None)


def alignment_table(found: Neighbours, ids: Sequence[str], threshold: float) -> pd.DataFrame:
    """Return the alignment table (columns ``ALIGNMENT_COLUMNS``) of edges scored at least ``threshold``.

    Every statement's counterparts are the rows whose ``a`` is its id, best first; the
    ``similarity`` column is the ranking score (:attr:`Neighbours.ranking`).
    """
    keep = found.ranking >= threshold
    id_array = np.asarray(ids, dtype=object)
    return pd.DataFrame(
        {
            "a": id_array[found.a[keep]],
            "b": id_array[found.b[keep]],
            "similarity": found.ranking[keep].astype(float).round(4),
        },
        columns=ALIGNMENT_COLUMNS,
    )


def _wording(text: str) -> list[str]:
    return [m.group().lower() for m in _WORD.finditer(text)]


def copy_groups(
    found: Neighbours, texts: Sequence[str], ids: Sequence[str], threshold: float, ratio: float
) -> pd.DataFrame:
    """Group statements of different articles worded near-identically (syndicated copy).

    A pair is a copy when its cosine is at least ``threshold`` and its word sequences
    match for at least ``ratio`` of their length (so shared vocabulary in another order
    is not a copy). Groups are the connected components of copy pairs.

    Returns
    -------
    pandas.DataFrame
        Columns ``statement_id``, ``group`` (0, 1, ... by first member); one row per member.
    """
    candidate = (found.similarity >= threshold) & (found.a < found.b)
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: set[int] = set()
    for a, b in zip(found.a[candidate], found.b[candidate], strict=True):
        if SequenceMatcher(None, _wording(texts[a]), _wording(texts[b]), autojunk=False).ratio() >= ratio:
            parent[root(int(a))] = root(int(b))
            linked.update((int(a), int(b)))
    members: dict[int, list[int]] = {}
    for i in sorted(linked):
        members.setdefault(root(i), []).append(i)
    rows = [(ids[i], number) for number, group in enumerate(sorted(members.values())) for i in group]
    return pd.DataFrame(rows, columns=COPY_COLUMNS)
