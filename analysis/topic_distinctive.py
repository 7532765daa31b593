"""Words that distinguish each source's telling of a topic.

For topic ``T`` and article ``a`` we compare ``a``'s statements on ``T`` with the other
articles' statements on ``T`` by the log-odds ratio with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words"):

    delta_w = log((y_aw + α_w) / (n_a + α_0 - y_aw - α_w))
            - log((y_rw + α_w) / (n_r + α_0 - y_rw - α_w))
    z_w = delta_w / sqrt(1 / (y_aw + α_w) + 1 / (y_rw + α_w))

where ``y`` are term counts (``a``: the article, ``r``: the rest of the topic), ``n`` their
totals and the prior ``α_w = α_0 * p_w`` spreads ``α_0`` pseudo-counts over the words in
proportion to their frequency ``p_w`` in the whole corpus. The prior shrinks the
estimates of rare words, so a word an outlet used once does not top the list; ``z``
ranks words by how surely they lean to ``a``. Everything is computed on the non-zero
cells only, so cost grows with the statements, not with topics x articles x terms.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.topic_labels import surface_forms

DISTINCTIVE_COLUMNS = ["topic_id", "article_id", "source", "terms", "scores"]
PRIOR_STRENGTH = 10.0
"""``α_0``: pseudo-counts of the corpus prior: weak, so a few statements can still speak."""
MIN_Z = 0.5
"""Words with a smaller z-score lean too weakly to be called distinctive."""


def _lookup(keys: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Return ``values`` at ``wanted`` keys (sorted ``keys``; missing keys give 0)."""
    pos = np.searchsorted(keys, wanted)
    pos = np.minimum(pos, len(keys) - 1)
    found = keys[pos] == wanted
    return np.where(found, values[pos], 0.0)


def log_odds(
    counts: sp.spmatrix, topics: np.ndarray, articles: np.ndarray, n_articles: int
) -> tuple[sp.coo_matrix, np.ndarray, np.ndarray]:
    """Return z-scores of every word used by an article in a topic.

    Parameters
    ----------
    counts : scipy.sparse matrix
        Raw term counts, one row per statement.
    topics, articles : numpy.ndarray
        Topic (``-1``: none) and article index of each statement.
    n_articles : int
        Number of articles.

    Returns
    -------
    (scipy.sparse.coo_matrix, numpy.ndarray, numpy.ndarray)
        z-scores with one row per (topic, article) pair, and the pairs' topic and article.
    """
    counts = sp.csr_matrix(counts, dtype=np.float64)
    placed = np.flatnonzero(topics >= 0)
    pair_key = topics[placed] * n_articles + articles[placed]
    pairs, pair_of = np.unique(pair_key, return_inverse=True)
    by_pair = (
        sp.csr_matrix((np.ones(len(placed)), (pair_of, placed)), shape=(len(pairs), counts.shape[0])) @ counts
    )
    by_pair = sp.coo_matrix(by_pair)
    k = int(topics.max()) + 1 if len(placed) else 0
    by_topic = sp.coo_matrix(
        sp.csr_matrix((np.ones(len(placed)), (topics[placed], placed)), shape=(k, counts.shape[0])) @ counts
    )
    pair_topic, pair_article = pairs // n_articles, pairs % n_articles
    n_terms = counts.shape[1]
    topic_keys = by_topic.row.astype(np.int64) * n_terms + by_topic.col
    order = np.argsort(topic_keys)
    row_topic = pair_topic[by_pair.row]
    y_a = by_pair.data
    y_t = _lookup(topic_keys[order], by_topic.data[order], row_topic * n_terms + by_pair.col)
    y_r = y_t - y_a
    n_a = np.asarray(by_pair.sum(axis=1)).ravel()[by_pair.row]
    n_t = np.asarray(by_topic.sum(axis=1)).ravel()[row_topic]
    n_r = n_t - n_a
    corpus = np.asarray(counts.sum(axis=0)).ravel()
    alpha = PRIOR_STRENGTH * corpus[by_pair.col] / max(corpus.sum(), 1.0)
    a0 = PRIOR_STRENGTH
    delta = np.log((y_a + alpha) / (n_a + a0 - y_a - alpha)) - np.log(
        (y_r + alpha) / (n_r + a0 - y_r - alpha)
    )
    z = delta / np.sqrt(1.0 / (y_a + alpha) + 1.0 / (y_r + alpha))
    # A pair whose topic no other article covers has nothing to be distinguished from.
    z = np.where(n_r > 0, z, 0.0)
    return sp.coo_matrix((z, (by_pair.row, by_pair.col)), shape=by_pair.shape), pair_topic, pair_article


def distinctive_table(
    counts: sp.spmatrix,
    topics: np.ndarray,
    articles: np.ndarray,
    names: tuple[Sequence[str], Sequence[str]],
    terms: np.ndarray,
    texts: Sequence[str],
    most: int = 5,
) -> pd.DataFrame:
    """Return up to ``most`` distinctive words per (topic, article) pair.

    Parameters
    ----------
    counts : scipy.sparse matrix
        Raw term counts, one row per statement; only single-word terms are used.
    topics, articles : numpy.ndarray
        Topic (``-1``: none) and article index of each statement.
    names : (sequence of str, sequence of str)
        Article ids and source names, by article index.
    terms : numpy.ndarray
        The term of each column of ``counts``.
    texts : sequence of str
        Statement texts, to write the words as the article does.
    most : int
        Largest number of words per pair.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`DISTINCTIVE_COLUMNS`; ``terms`` best first, ``scores`` their
        z-scores. Pairs without a distinctive word are left out.
    """
    article_ids, sources = names
    words = np.flatnonzero([" " not in str(t) for t in terms])
    if not len(topics) or topics.max() < 0 or not len(words):
        return pd.DataFrame({c: [] for c in DISTINCTIVE_COLUMNS})
    z, pair_topic, pair_article = log_odds(
        sp.csr_matrix(counts)[:, words], topics, articles, len(article_ids)
    )
    keep = z.data >= MIN_Z
    rows, cols, data = z.row[keep], z.col[keep], z.data[keep]
    order = np.lexsort((cols, -data, rows))
    rows, cols, data = rows[order], cols[order], data[order]
    if not len(rows):  # no word stands out anywhere (e.g. one short article)
        return pd.DataFrame({c: [] for c in DISTINCTIVE_COLUMNS})
    starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]])
    picks = []
    for start, end in zip(starts, np.r_[starts[1:], len(rows)], strict=True):
        span = range(start, min(end, start + most))
        pair = int(rows[start])
        words_of = [str(terms[words[cols[i]]]) for i in span]
        picks.append(
            (int(pair_topic[pair]), int(pair_article[pair]), words_of, [float(data[i]) for i in span])
        )
    # One pass over the texts finds how every picked word is written.
    forms = surface_forms(sorted({w for *_, ws, _ in picks for w in ws}), texts)
    out = [
        (t, article_ids[a], sources[a], [forms[w] for w in ws], [round(v, 3) for v in vs])
        for t, a, ws, vs in picks
    ]
    return pd.DataFrame(out, columns=DISTINCTIVE_COLUMNS)
