"""Which statement pairs to read for competing claims.

Two channels, both sparse:

- **neighbours**: each statement's nearest counterparts in other articles (cosine);
  this finds denials and paraphrases, which share many words;
- **signals**: statements that carry the same kind of checkable fact — a figure for the
  same thing ("deaths"), a denied or confirmed frame, an act on the same target, a list
  with a shared item — in articles about the same event. "Six civilians were killed"
  and "At least 20 civilians were killed when shells hit the hospital" share few words
  but one fact; this channel pairs them. Articles count as being about the same event
  when their TF-IDF centroids are close, so a large corpus of many events never pairs
  every casualty figure with every other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt
import pandas as pd
import scipy.sparse as sp

from analysis.align import Neighbours
from analysis.align_context import ArticleContext
from analysis.conflicts import Reading

# Articles whose centroids are at least this close may report one event (a headline
# against its own story's body scores ~0.1; articles on different events ~0.02).
RELATED_ARTICLES = 0.05
RELATED_PER_ARTICLE = 50
# A signal group larger than this is too generic to pair exhaustively.
MAX_GROUP = 400


def signals(reading: Reading) -> set[str]:
    """Return the keys of the checkable facts a statement carries."""
    keys = {f"q:{q.key}" for q in reading.quantities}
    if reading.stance.frame:
        keys.add("frame")
    keys.update(f"b:{lemma}" for blame in reading.blames for lemma in blame.target_lemmas)
    keys.update(f"l:{head}" for items in reading.lists for head in items.heads)
    return keys


def related_articles(context: ArticleContext) -> sp.csr_matrix:
    """Return a symmetric boolean article x article matrix: the two report one event.

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
        (np.ones(len(chosen), dtype=bool), (rows[chosen], cols[chosen])), shape=(n_articles, n_articles)
    )
    return sp.csr_matrix(related + related.T, dtype=bool)


def same_event(
    i: npt.NDArray[np.int64], j: npt.NDArray[np.int64], groups: npt.NDArray[np.int64], related: sp.csr_matrix
) -> npt.NDArray[np.bool_]:
    """Return, per statement pair, whether its two articles are related (one event)."""
    if not len(i):
        return np.zeros(0, dtype=bool)
    return np.asarray(related[groups[i], groups[j]], dtype=bool).ravel()


def signal_pairs(
    readings: Sequence[Reading], groups: npt.NDArray[np.int64], related: sp.csr_matrix
) -> set[tuple[int, int]]:
    """Return statement pairs ``(i < j)`` that share a signal and come from related articles."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, reading in enumerate(readings):
        for key in signals(reading):
            by_key[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in by_key.values():
        if 2 <= len(members) <= MAX_GROUP:
            pairs.update(_related_members(np.asarray(members, dtype=np.int64), groups, related))
    return pairs


def _related_members(
    members: npt.NDArray[np.int64], groups: npt.NDArray[np.int64], related: sp.csr_matrix
) -> Iterable[tuple[int, int]]:
    """Return the pairs of one signal group whose articles are related (vectorised)."""
    first, second = np.triu_indices(len(members), k=1)
    articles = groups[members]
    block = related[articles][:, articles].toarray()
    keep = block[first, second]
    a, b = members[first[keep]], members[second[keep]]
    return zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist(), strict=True)


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


def candidate_pairs(
    nearest: Neighbours, extra: set[tuple[int, int]], vectors: sp.csr_matrix
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    """Merge nearest pairs (``i < j``) with signal pairs; return ``(i, j, cosine)``."""
    known = set(zip(nearest.a.tolist(), nearest.b.tolist(), strict=True))
    added = sorted(extra - known)
    i = np.concatenate([nearest.a, np.array([p[0] for p in added], dtype=np.int64)])
    j = np.concatenate([nearest.b, np.array([p[1] for p in added], dtype=np.int64)])
    sims = np.zeros(len(added), dtype=np.float32)
    if added:
        left, right = vectors[i[-len(added) :]], vectors[j[-len(added) :]]
        sims = np.asarray(left.multiply(right).sum(axis=1), dtype=np.float32).ravel()
    return i, j, np.concatenate([nearest.similarity, sims]).astype(np.float32)
