"""Topics of an event, the source x topic matrix, coverage gaps and distinctive words.

:class:`TopicModel` groups statements (narrative and attributed alike) by what they are
about, for 2 articles or 2,000:

- **Terms** (:mod:`analysis.features`): sublinear TF-IDF of words and adjacent-word
  bigrams, with each statement's own speaker and cue blanked out, words used mostly as
  speaker labels dropped, and reporting verbs and stop words ignored, so topics are never
  made of who spoke or how.
- **Context**: a statement's vector is mixed with its paragraph neighbours'
  (``context_weight``): a news paragraph stays on one subject, and a short sentence
  ("The surgical wing is gone.") says little on its own.
- **Clusters** (:mod:`analysis.topic_cluster`): LSA with one dimension per five
  statements (10 to 100), average-linkage tree (condensed by MiniBatchKMeans above
  2,000 statements), cut where the mean cosine silhouette is highest, at most
  ``max(√n, articles / 2)`` topics (:func:`topic_cap`), unless the analyst fixed
  ``n_topics``; refined by k-means. Topics smaller than
  ``max(2, round(sqrt(n) / 5))`` statements are dissolved while choosing.
- **Tiny statements** (fewer than ``min_words`` content words) never seed a topic: each
  joins its paragraph neighbour's topic, else the topic it shares most words with, else
  the nearest placed statement of its article; only a statement with none of these keeps
  ``topic_id`` ``-1``.
- **Labels** (:mod:`analysis.topic_labels`): 2-4 key phrases from class-based TF-IDF.
- **Edits** (:mod:`analysis.topic_edits`): renames, merges, splits and moves are replayed
  by anchor, so they survive re-analysis.

Tables of :class:`TopicResult`
------------------------------
``topics``
    ``id`` (int, ``0..k-1``: most widely covered first, then largest), ``label`` (str),
    ``terms`` (list of str, best first), ``statement_ids`` (list of str, article order),
    ``anchor`` (str: the statement id edits use for this topic), ``size`` (int),
    ``articles`` (int: how many articles speak on it), ``sources`` (list of str, in
    article order), ``auto_label`` (the label before any rename), ``renamed`` (bool).
``matrix``
    Statement counts: index topic ids (``topic_id``), columns article ids in article order
    (``article_id``); every article has a column, zeros included.
``gaps``
    ``topic_id, article_id, source, message``: article ``a`` is silent on topic ``T`` while
    at least half of the articles (and at least one) speak on it.
``distinctive``
    ``topic_id, article_id, source, terms, scores``: up to five words that set the
    article's telling of the topic apart from the other articles' (log-odds ratio with an
    informative Dirichlet prior, :mod:`analysis.topic_distinctive`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from analysis.features import StatementVectorizer, label_terms, masked_texts
from analysis.model import Article, Edits
from analysis.progress import Progress, scaled, silent
from analysis.topic_cluster import TopicClusterer
from analysis.topic_distinctive import distinctive_table
from analysis.topic_edits import apply_topic_edits
from analysis.topic_layout import Layout, neighbours, place_leftovers
from analysis.topic_tables import build_tables

__all__ = ["TopicModel", "TopicResult"]


@dataclass(frozen=True)
class TopicResult:
    """Topic tables: topics, source x topic matrix, coverage gaps, distinctive terms."""

    topics: pd.DataFrame
    matrix: pd.DataFrame
    gaps: pd.DataFrame
    distinctive: pd.DataFrame


def topic_cap(n: int, n_articles: int) -> int:
    """Return the most topics chosen automatically for ``n`` statements of ``n_articles`` articles.

    ``max(√n, n_articles / 2)``: about ``√n`` statements per topic for a few long articles,
    one topic per two articles for many short ones. On statement-sized texts the mean
    silhouette keeps rising as topics shrink to a handful of sentences of one article, so
    uncapped it cut one ECB+ event of 10 articles into 34 topics, a third of them spoken
    on by one article only; capped, topics follow the events' annotated sub-events more
    closely (``tests/eval/eval_topic_cases.py``; caps from ``√(n/2)`` to ``√n`` score
    alike there, ``√n`` keeps a 39-statement case at six topics rather than four).
    """
    return max(2, round(max(math.sqrt(n), n_articles / 2)))


def source_name(article: Article) -> str:
    """Return how an article is named to the analyst: outlet, else title, else file name."""
    return article.source or article.title or Path(article.path).name or article.id


class TopicModel:
    """Group statements by topic (see the module docstring).

    Parameters
    ----------
    n_topics : int, optional
        Fixed number of topics; ``None`` chooses it by silhouette.
    random_state : int
        Seed: the same statements always give the same topics.
    min_words : int
        Statements with fewer content words are placed by context, never clustered.
    context_weight : float
        Weight of each paragraph neighbour mixed into a statement's vector. 0.25: more
        pulls a paragraph's statements into one topic whatever they say (on ECB+ events
        read as cases, ``tests/eval/eval_topic_cases.py``, MCC 0.198 at 0.25, 0.157 at 0.5).

    Attributes
    ----------
    ids_ : list of str
        Statement ids seen by ``fit``, in row order.
    article_ids_, sources_ : list of str
        The articles' ids and display names, in the analyst's order.
    labels_ : numpy.ndarray
        Topic number of each statement before edits (``-1``: none).
    counts_ : scipy.sparse.csr_matrix
        Raw term counts per statement (labels and distinctive words come from these).
    vectors_ : scipy.sparse.csr_matrix
        TF-IDF rows per statement.
    terms_ : numpy.ndarray
        The term of each column.
    n_topics_ : int
        Number of topics found.
    scores_ : dict of int to float
        Silhouette of each number of topics tried.
    """

    def __init__(
        self,
        n_topics: int | None = None,
        random_state: int = 0,
        min_words: int = 3,
        context_weight: float = 0.25,
    ) -> None:
        self.n_topics = n_topics
        self.random_state = random_state
        self.min_words = min_words
        self.context_weight = context_weight

    def fit(
        self, statements: pd.DataFrame, articles: Sequence[Article], progress: Progress = silent
    ) -> TopicModel:
        """Learn topics from the statement table.

        Parameters
        ----------
        statements : pandas.DataFrame
            Columns of :data:`analysis.tables.STATEMENT_COLUMNS` (at least ``id``,
            ``article_id`` and ``text``; ``paragraph``, ``start``, speaker and cue spans
            are used when present).
        articles : sequence of Article
            The loaded articles, in the analyst's order.
        progress : Progress
            Receives fractions in ``[0, 1]``; may raise ``Cancelled``.

        Returns
        -------
        TopicModel
        """
        progress(0.0, "Weighing the words of each statement")
        self.ids_: list[str] = [str(s) for s in statements["id"].tolist()]
        self.article_ids_: list[str] = [a.id for a in articles]
        self.sources_: list[str] = [source_name(a) for a in articles]
        texts = masked_texts(statements)
        vectorizer = StatementVectorizer(extra_stop_words=label_terms(statements, texts))
        self.counts_: sp.csr_matrix = vectorizer.fit_counts(texts)
        self.vectors_: sp.csr_matrix = vectorizer.weigh(self.counts_)
        self.terms_: np.ndarray = vectorizer.get_feature_names_out()
        progress(0.2, "Grouping statements by topic")
        layout = Layout.of(statements)
        words = self._content_words()
        seeds = np.flatnonzero(words >= self.min_words)
        labels = np.full(len(self.ids_), -1, dtype=np.int64)
        self.scores_: dict[int, float] = {}
        if len(seeds):
            mixed = self._with_context(layout)
            spoken = len(np.unique(layout.article[seeds]))
            clusterer = self._clusterer(len(seeds), spoken).fit(
                mixed[seeds], progress=scaled(progress, 0.2, 0.85)
            )
            labels[seeds] = clusterer.labels_
            self.scores_ = clusterer.scores_
        progress(0.85, "Placing short statements")
        self.labels_: np.ndarray = place_leftovers(labels, self.vectors_, layout)
        self.n_topics_ = len(set(self.labels_.tolist()) - {-1})
        progress(1.0, "Topics found")
        return self

    def _content_words(self) -> np.ndarray:
        """Return the number of distinct content words (not bigrams) of each statement."""
        unigram = np.array([" " not in t for t in self.terms_], dtype=bool)
        present = self.counts_[:, np.flatnonzero(unigram)] if unigram.any() else self.counts_
        return np.diff(sp.csr_matrix(present).indptr)

    def _with_context(self, layout: Layout) -> sp.csr_matrix:
        """Return the TF-IDF rows mixed with their paragraph neighbours'."""
        if self.context_weight <= 0:
            return self.vectors_
        adjacency = neighbours(layout)
        return sp.csr_matrix(normalize(self.vectors_ + self.context_weight * (adjacency @ self.vectors_)))

    def _clusterer(self, n: int, n_articles: int) -> TopicClusterer:
        return TopicClusterer(
            n_clusters=self.n_topics,
            random_state=self.random_state,
            min_size=max(2, round(math.sqrt(n) / 5)),
            max_clusters=topic_cap(n, n_articles),
        )

    def apply(self, statements: pd.DataFrame, edits: Edits) -> tuple[pd.DataFrame, TopicResult]:
        """Return the statement table with ``topic_id`` filled, and the topic tables.

        Parameters
        ----------
        statements : pandas.DataFrame
            The table given to :meth:`fit` (rows may be reordered; unknown ids get no topic).
        edits : Edits
            The analyst's topic edits, replayed on the fitted topics.

        Returns
        -------
        (pandas.DataFrame, TopicResult)
        """
        ids = [str(s) for s in statements["id"].tolist()]
        row_of = {sid: i for i, sid in enumerate(self.ids_)}
        rows = np.array([row_of.get(sid, -1) for sid in ids], dtype=np.int64)
        known = rows >= 0
        base = np.where(known, self.labels_[np.maximum(rows, 0)], -1)
        edited = apply_topic_edits(ids, base, edits)
        empty_row = sp.csr_matrix((1, self.counts_.shape[1]))
        counts = sp.vstack([self.counts_, empty_row]).tocsr()[np.where(known, rows, len(self.ids_))]
        vectors = sp.vstack([self.vectors_, empty_row]).tocsr()[np.where(known, rows, len(self.ids_))]
        article_ids, sources = self.article_ids_, self.sources_
        tables = build_tables(statements, edited, counts, vectors, self.terms_, article_ids, sources)
        table = statements.copy()
        table["topic_id"] = tables.topic_of
        distinctive = distinctive_table(
            counts,
            tables.topic_of,
            tables.article_index,
            (article_ids, sources),
            self.terms_,
            [str(t) for t in statements["text"].tolist()],
        )
        return table, TopicResult(tables.topics, tables.matrix, tables.gaps, distinctive)
