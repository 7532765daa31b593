"""The news-aware statement vectoriser: what becomes a term and what never does."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.features import StatementVectorizer, label_terms, masked_texts, tokens
from analysis.topic_words import fold_plural
from tests.analysis.test_topics_corpus import corpus


def test_reporting_verbs_and_stop_words_never_become_terms() -> None:
    terms = StatementVectorizer().analyze(
        "The minister said, according to officials, that he denied and claimed it."
    )
    assert terms == ["minister", "official"]


def test_plurals_fold_but_verbs_are_left_alone() -> None:
    vec = StatementVectorizer(ngram_range=(1, 1))
    assert vec.analyze("Refugees and casualties; losses, houses crossed") == [
        "refugee",
        "casualty",
        "loss",
        "house",
        "crossed",
    ]
    assert vec.analyze("Killed, kill") == ["killed", "kill"]
    assert fold_plural("news") == "news"
    assert fold_plural("analysis") == "analysis"
    assert fold_plural("crosses") == "cross"


def test_bigrams_join_only_adjacent_content_words() -> None:
    terms = StatementVectorizer().analyze("Refugee flow, border crossing of the town, and the town hall.")
    bigrams = {t for t in terms if " " in t}
    assert bigrams == {"refugee flow", "border crossing", "town hall"}


def test_possessive_is_dropped_and_numbers_break_phrases() -> None:
    assert tokens("The hospital’s chief") == ["the", "hospital", "chief"]
    terms = StatementVectorizer().analyze("34 civilians killed")
    assert "34" not in terms
    assert "civilian killed" in terms
    assert "34" in StatementVectorizer(numbers=True).analyze("34 civilians killed")


def test_extra_stop_words_are_dropped() -> None:
    vec = StatementVectorizer(extra_stop_words={"brandt"})
    assert "brandt" not in vec.analyze("Brandt opened the shelters")


def test_rows_are_sublinear_tfidf_and_l2_normalised() -> None:
    texts = ["dam dam dam collapse", "dam collapse", "aid money"]
    x = StatementVectorizer(ngram_range=(1, 1)).fit_transform(texts)
    assert np.allclose(np.sqrt(x.multiply(x).sum(axis=1)).A.ravel(), 1.0)
    vocab = StatementVectorizer(ngram_range=(1, 1)).fit(texts).vocabulary_
    dam, collapse = x[0, vocab["dam"]], x[0, vocab["collapse"]]
    # Three times "dam" weighs 1 + log 3 as much as once: not three times.
    idf_ratio = x[1, vocab["dam"]] / x[1, vocab["collapse"]]
    assert dam / collapse == pytest.approx((1 + np.log(3)) * idf_ratio)


def test_transform_uses_the_fitted_vocabulary() -> None:
    vec = StatementVectorizer().fit(["flood water rose", "aid money arrived"])
    x = vec.transform(["flood aid unknownword"])
    assert x.shape == (1, len(vec.vocabulary_))
    assert set(vec.get_feature_names_out()[x.indices]) == {"flood", "aid"}


def test_speaker_and_cue_spans_are_blanked_in_each_statement() -> None:
    flood = corpus()
    texts = masked_texts(flood.table)
    row = flood.table.index[flood.table["text"].str.startswith("Mayor Ilse Brandt said eleven")][0]
    assert "Brandt" not in texts[row]
    assert "said" not in texts[row]
    assert "eleven people drowned" in texts[row]
    narrative = flood.table.index[flood.table["speaker"] == ""][0]
    assert texts[narrative] == flood.table["text"][narrative]


def test_speaker_without_span_is_found_in_the_text() -> None:
    table = pd.DataFrame({"text": ["Ilse Brandt said the shelters were full."], "speaker": ["Ilse Brandt"]})
    assert "Brandt" not in masked_texts(table)[0]


def test_label_terms_are_words_used_mostly_as_speakers() -> None:
    flood = corpus()
    labels = label_terms(flood.table, masked_texts(flood.table))
    assert {"brandt", "mayor", "ilse"} <= labels
    # "hospital" names a speaker, but the content speaks of hospitals too: not a label.
    assert "power" in labels or "vellum" in labels
    assert "dam" not in labels


def test_vectoriser_is_deterministic() -> None:
    texts = list(corpus().table["text"])
    a, b = StatementVectorizer().fit_transform(texts), StatementVectorizer().fit_transform(texts)
    assert (a != b).nnz == 0
