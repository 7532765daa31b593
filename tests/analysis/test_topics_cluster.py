"""The clustering engine under the topics: silhouette, cuts, sampling, determinism."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score, silhouette_score
from sklearn.preprocessing import normalize

from analysis.features import StatementVectorizer
from analysis.topic_cluster import TopicClusterer, auto_components, embed, refine, silhouette


def _word(n: int) -> str:
    """Return a made-up lower-case word for ``n`` (letters only, never a stop word)."""
    out = ""
    n += 26 * 27
    while n:
        n, r = divmod(n, 26)
        out = chr(ord("a") + r) + out
    return "q" + out


def synthetic(topics: int, per_topic: int, seed: int = 0) -> tuple[list[str], np.ndarray]:
    """Texts drawn from separate vocabularies (40 words a topic) plus shared filler words."""
    rng = np.random.default_rng(seed)
    texts, truth = [], []
    for i in range(topics * per_topic):
        t = i % topics
        own = rng.choice(40, size=6, replace=False) + 40 * t
        filler = rng.choice(30, size=2, replace=False) + 40 * topics
        texts.append(" ".join(_word(int(w)) for w in [*own, *filler]))
        truth.append(t)
    return texts, np.array(truth)


def test_silhouette_matches_scikit_learn_cosine() -> None:
    rng = np.random.default_rng(1)
    z = normalize(rng.normal(size=(60, 5)))
    labels = rng.integers(0, 4, size=60)
    assert silhouette(z, labels) == pytest.approx(silhouette_score(z, labels, metric="cosine"))


def test_silhouette_scores_singletons_zero_like_scikit_learn() -> None:
    rng = np.random.default_rng(2)
    z = normalize(rng.normal(size=(20, 4)))
    labels = np.r_[np.zeros(10, int), np.ones(9, int), [2]]
    assert silhouette(z, labels) == pytest.approx(silhouette_score(z, labels, metric="cosine"))


def test_embedding_rows_are_unit_vectors_of_chosen_width() -> None:
    texts, _ = synthetic(4, 25)
    x = StatementVectorizer().fit_transform(texts)
    z = embed(x, auto_components(x), random_state=0)
    assert z.shape == (100, auto_components(x))
    assert np.allclose(np.linalg.norm(z, axis=1), 1.0)


def test_number_of_clusters_is_found_on_separate_vocabularies() -> None:
    texts, truth = synthetic(5, 20)
    model = TopicClusterer().fit(StatementVectorizer().fit_transform(texts))
    assert model.n_clusters_ == 5
    assert adjusted_rand_score(truth, model.labels_) == 1.0
    assert max(model.scores_, key=model.scores_.__getitem__) == 5


def test_given_number_of_clusters_is_kept() -> None:
    texts, _ = synthetic(5, 20)
    model = TopicClusterer(n_clusters=3).fit(StatementVectorizer().fit_transform(texts))
    assert model.n_clusters_ == 3
    assert model.scores_ == {}


def test_sampled_tree_still_labels_every_row() -> None:
    texts, truth = synthetic(6, 100)
    x = StatementVectorizer().fit_transform(texts)
    model = TopicClusterer(direct_limit=150).fit(x)
    assert (model.labels_ >= 0).all()
    assert adjusted_rand_score(truth, model.labels_) > 0.95


def test_rows_sharing_no_term_are_left_unplaced() -> None:
    texts, _ = synthetic(3, 10)
    texts.append("zzlonely zzwords")
    model = TopicClusterer().fit(StatementVectorizer().fit_transform(texts))
    assert model.labels_[-1] == -1
    assert (model.labels_[:-1] >= 0).all()


def test_clustering_is_deterministic() -> None:
    texts, _ = synthetic(4, 30, seed=3)
    x = StatementVectorizer().fit_transform(texts)
    assert np.array_equal(TopicClusterer().fit(x).labels_, TopicClusterer().fit(x).labels_)


def test_refine_moves_a_row_to_its_nearer_centroid() -> None:
    z = normalize(np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9], [0.95, 0.05]]))
    assert refine(z, np.array([0, 0, 1, 1, 1])).tolist() == [0, 0, 1, 1, 0]


def test_tiny_inputs_do_not_fail() -> None:
    x = StatementVectorizer().fit_transform(["flood water", "flood water"])
    assert TopicClusterer().fit(x).labels_.tolist() == [0, 0]
