"""Which statement pairs to read for competing claims.

Candidates are each statement's nearest counterparts in other articles, ranked by the
contextual score of :mod:`analysis.align_context` (the pair's cosine mixed with how
close its two articles are), so a statement's candidates come first from articles on
its own event: "Six civilians were killed" and "At least 20 civilians were killed when
shells hit the hospital" share few words, but their articles share many. Pairs whose
articles are not related (see :func:`related_articles`) never compete, so a large
corpus of many events never pairs every casualty figure with every other.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pandas as pd
import scipy.sparse as sp

from analysis.align import Neighbours
from analysis.align_context import ArticleContext

# Articles whose centroids are at least this close may report one event (a headline
# against its own story's body scores ~0.1; articles on different events ~0.02).
RELATED_ARTICLES = 0.05
RELATED_PER_ARTICLE = 50


def related_articles(context: ArticleContext) -> ArticleContext:
    """Return which article pairs report one event, as an :class:`ArticleContext` of ones.

    Two articles are related when their centroid cosine reaches :data:`RELATED_ARTICLES`
    and each is among the other's :data:`RELATED_PER_ARTICLE` closest (either way), so
    one generic article cannot relate to all.
    """
    product = context.matrix.tocoo()
    keep = product.data >= RELATED_ARTICLES
    rows, cols, vals = product.row[keep], product.col[keep], product.data[keep]
    n_articles = context.n_articles
    order = np.lexsort((-vals, rows))
    rank = np.arange(len(order)) - np.searchsorted(rows[order], rows[order], side="left")
    chosen = order[rank < RELATED_PER_ARTICLE]
    related = sp.csr_matrix(
        (np.ones(len(chosen), dtype=np.float32), (rows[chosen], cols[chosen])), shape=(n_articles, n_articles)
    )
    related = sp.csr_matrix(related + related.T, dtype=np.float32)
    related.data[:] = 1.0
    return ArticleContext(related)


def same_event(
    i: npt.NDArray[np.int64], j: npt.NDArray[np.int64], groups: npt.NDArray[np.int64], related: ArticleContext
) -> npt.NDArray[np.bool_]:
    """Return, per statement pair, whether its two articles are related (one event)."""
    return related.lookup(groups[i], groups[j]) > 0


def nearest_pairs(found: Neighbours, k: int, floor: float) -> Neighbours:
    """Return the pairs ``(i < j)`` where either is among the other's ``k`` nearest above ``floor``.

    ``found`` lists each row's neighbours best first (as :func:`analysis.align.neighbours`
    returns them), so the first ``k`` edges of each row are its nearest.
    """
    rank = np.arange(len(found.a)) - np.searchsorted(found.a, found.a, side="left")
    keep = (rank < k) & (found.similarity >= floor)
    first, second = np.minimum(found.a[keep], found.b[keep]), np.maximum(found.a[keep], found.b[keep])
    frame = pd.DataFrame({"i": first, "j": second, "s": found.similarity[keep]}).drop_duplicates(["i", "j"])
    return Neighbours(
        frame["i"].to_numpy(np.int64), frame["j"].to_numpy(np.int64), frame["s"].to_numpy(np.float32)
    )
