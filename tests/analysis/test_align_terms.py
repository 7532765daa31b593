"""Alignment vectors from the topic step's counts equal alignment's own vectors."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from analysis.align import vectorise
from analysis.align_terms import SharedTerms, shared_vectors
from analysis.features import label_terms, masked_texts
from analysis.topics import TopicModel
from tests.analysis.test_claims import CASE, build


def test_shared_counts_give_the_same_vectors() -> None:
    table, articles = build(CASE)
    model = TopicModel().fit(table, articles)
    masked = masked_texts(table)
    own = vectorise(masked, label_terms(table, masked))
    ids = [str(i) for i in table["id"]]
    # Rows in another order than the topic step's: matched by id.
    order = np.arange(len(ids))[::-1]
    shared = shared_vectors(
        SharedTerms(model.ids_, model.counts_, model.terms_),
        [ids[i] for i in order],
        [str(table["text"].iloc[i]) for i in order],
    )
    assert shared is not None
    np.testing.assert_allclose(
        (shared @ shared.T).toarray(), (own[order] @ own[order].T).toarray(), atol=1e-5
    )


def test_unknown_statements_fall_back() -> None:
    table, articles = build(CASE)
    model = TopicModel().fit(table, articles)
    terms = SharedTerms(model.ids_, model.counts_, model.terms_)
    assert shared_vectors(terms, ["not-a-statement"], ["Six people died."]) is None


def test_numbers_are_terms() -> None:
    frame = pd.DataFrame(
        {"id": ["a", "b", "c"], "text": ["900,000 fled.", "About 900,000 fled.", "Talks began."]}
    )
    counts = np.array([[1, 0], [1, 0], [0, 1]])
    terms = SharedTerms(["a", "b", "c"], sp.csr_matrix(counts), np.array(["flee", "talk"], dtype=object))
    vectors = shared_vectors(terms, list(frame["id"]), list(frame["text"]))
    assert vectors is not None
    assert (vectors[0] @ vectors[1].T).toarray()[0, 0] > 0.99  # the figure and the verb both match
