"""Alignment vectors from the term counts the topic step already made.

The topic step counts words and bigrams of every statement with the same news-aware
analyser alignment uses (:class:`analysis.features.StatementVectorizer`: speaker and
cue masked, label words dropped, plurals folded). Alignment wants words only, plus
numbers ("900,000" in two statements is strong evidence they report one figure), so
it keeps the topic counts' one-word columns, adds a count of each number, and weighs
them with the same sublinear TF-IDF: the result equals :func:`analysis.align.vectorise`
without reading the texts a second time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfTransformer

# The number tokens of :mod:`analysis.features` (words there are letters only).
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class SharedTerms:
    """Raw term counts per statement, as the topic step computed them.

    ``counts`` has one row per id of ``ids`` and one column per term of ``terms``
    (words and two-word phrases, no numbers).
    """

    ids: Sequence[str]
    counts: sp.csr_matrix
    terms: npt.NDArray[np.object_]


def shared_vectors(shared: SharedTerms, ids: Sequence[str], texts: Sequence[str]) -> sp.csr_matrix | None:
    """Return L2-normalised TF-IDF rows of words and numbers for ``ids``, or ``None``.

    ``None`` when some id has no row in ``shared`` (the caller then vectorises itself).

    Parameters
    ----------
    shared : SharedTerms
        The topic step's counts.
    ids : sequence of str
        Statement ids, in the row order wanted.
    texts : sequence of str
        The statements' texts (numbers are read from them).
    """
    row_of = {sid: i for i, sid in enumerate(shared.ids)}
    rows = [row_of.get(sid, -1) for sid in ids]
    if -1 in rows or shared.counts.shape[0] != len(shared.ids):
        return None
    words = np.flatnonzero([" " not in str(t) for t in shared.terms])
    counts = sp.csr_matrix(shared.counts[rows][:, words], dtype=np.float64)
    matrix = sp.hstack([counts, _number_counts(texts)], format="csr")
    keep = np.flatnonzero(np.diff(matrix.tocsc().indptr))  # terms no statement uses carry nothing
    matrix = matrix[:, keep]
    if matrix.shape[1] == 0:
        return sp.csr_matrix((len(ids), 1), dtype=np.float32)
    weighted = TfidfTransformer(sublinear_tf=True).fit_transform(matrix)
    return sp.csr_matrix(weighted, dtype=np.float32)


def _number_counts(texts: Sequence[str]) -> sp.csr_matrix:
    """Count each number token ("34", "900,000") per text, one column per distinct number."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for r, text in enumerate(texts):
        for number in _NUMBER.findall(text):
            rows.append(r)
            cols.append(vocabulary.setdefault(number, len(vocabulary)))
    data = np.ones(len(rows), dtype=np.float64)
    matrix = sp.csr_matrix((data, (rows, cols)), shape=(len(texts), len(vocabulary)))
    matrix.sum_duplicates()
    return matrix
