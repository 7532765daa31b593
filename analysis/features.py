"""The news-aware statement vectoriser shared by topics and alignment.

News statements are full of words that say *who* spoke and *how* ("Defence Minister
Pavel Varnov said", "according to", "denied") rather than *what* about. Left in, they make
topics of speakers and of reporting verbs. This module turns statements into TF-IDF rows
where such words carry no weight:

- :func:`masked_texts` blanks each statement's own speaker and cue spans (offsets from
  the statement table), so attribution never reaches the vocabulary;
- :func:`label_terms` finds words used mostly as speaker or cue labels across the corpus
  (a surname quoted five times and mentioned once) so they can be dropped everywhere;
- :class:`StatementVectorizer` tokenises with a reporting-verb and news-filler stop list,
  folds English plurals, forms bigrams only of words adjacent in the text (never across
  punctuation or a removed word) and weighs terms with sublinear TF-IDF.

Typical use::

    texts = masked_texts(table)
    vec = StatementVectorizer(extra_stop_words=label_terms(table, texts))
    X = vec.fit_transform(texts)  # scipy.sparse CSR, rows L2-normalised
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfTransformer

from analysis.topic_words import NEWS_STOP_WORDS, REPORTING_WORDS, fold_plural

# Words (apostrophes inside, possessive 's left out), numbers, and punctuation that breaks phrases.
_WORDS = re.compile(r"[^\W\d_]+(?:'(?!s\b)[^\W\d_]+)*")
_TOKEN = re.compile(r"([^\W\d_]+(?:'(?!s\b)[^\W\d_]+)*)(?:'s\b)?|(\d+(?:[.,]\d+)*)|([.,;:!?()\[\]\"“”|—–])")
# A separator that breaks bigram adjacency where a speaker or cue was blanked out.
_MASK = "|"

STOP_WORDS: frozenset[str] = frozenset(ENGLISH_STOP_WORDS) | REPORTING_WORDS | NEWS_STOP_WORDS
"""Words that never become terms: English function words, reporting verbs, news filler."""


def _splice(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Return ``text`` with each ``[start, end)`` span replaced by a separator."""
    out, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            start = last
        if start >= end:
            continue
        out.append(text[last:start])
        out.append(f" {_MASK} ")
        last = end
    out.append(text[last:])
    return "".join(out)


def _span(start: int, end: int, s_start: int, s_end: int) -> tuple[int, int] | None:
    """Clip the article span ``[start, end)`` to a statement and make it statement-relative."""
    if start < 0 or end <= start:
        return None
    lo, hi = max(start, s_start), min(end, s_end)
    return (lo - s_start, hi - s_start) if lo < hi else None


def _mentions(text: str, mention: str) -> list[tuple[int, int]]:
    """Return the spans of ``mention`` in ``text`` (case-insensitive, whole words)."""
    if not mention.strip() or mention.strip().lower() not in text.lower():
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(mention.strip())}(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def _ints(statements: pd.DataFrame, name: str) -> list[int]:
    """Return an integer column as a list (``-1`` where absent or missing)."""
    if name not in statements.columns:
        return [-1] * len(statements)
    return [int(v) for v in statements[name].fillna(-1).tolist()]


def _strs(statements: pd.DataFrame, name: str) -> list[str]:
    """Return a text column as a list (``""`` where absent or missing)."""
    if name not in statements.columns:
        return [""] * len(statements)
    return [str(v) for v in statements[name].fillna("").tolist()]


def masked_texts(statements: pd.DataFrame) -> list[str]:
    """Return each statement's text with its own speaker and cue blanked out.

    Parameters
    ----------
    statements : pandas.DataFrame
        The statement table (:data:`analysis.tables.STATEMENT_COLUMNS`). The spans
        ``speaker_start/_end`` and ``cue_start/_end`` index the article text; ``-1`` marks
        a missing span, in which case the ``speaker``/``cue`` strings are looked up in
        the statement text instead. Only ``text`` is required.

    Returns
    -------
    list of str
        One text per row, in row order.
    """
    texts = [str(t) for t in statements["text"].tolist()]
    starts, ends = _ints(statements, "start"), _ints(statements, "end")
    spans: list[list[tuple[int, int]]] = [[] for _ in texts]
    for name in ("speaker", "cue"):
        values = _strs(statements, name)
        lo, hi = _ints(statements, f"{name}_start"), _ints(statements, f"{name}_end")
        for i, text in enumerate(texts):
            if not values[i]:
                continue
            span = _span(lo[i], hi[i], starts[i], ends[i])
            if span is not None and starts[i] >= 0:
                spans[i].append(span)
            else:
                spans[i].extend(_mentions(text, values[i]))
    return [_splice(text, found) if found else text for text, found in zip(texts, spans, strict=True)]


def tokens(text: str, *, numbers: bool = False) -> list[str | None]:
    """Split ``text`` into lower-case words; ``None`` marks a break between phrases.

    Possessive ``'s`` is dropped ("hospital's" -> "hospital"); punctuation, and digits
    unless ``numbers`` is set, become breaks so no bigram spans them.

    Parameters
    ----------
    text : str
        Any text.
    numbers : bool
        Keep digit tokens (``"34"``, ``"900,000"``) as words.

    Returns
    -------
    list of str or None
    """
    out: list[str | None] = []
    for word, number, _ in _TOKEN.findall(text.lower().replace("’", "'")):
        out.append(word or (number if numbers and number else None))
    return out


class StatementVectorizer:
    """Sublinear TF-IDF over news-aware terms (see the module docstring).

    Parameters
    ----------
    ngram_range : tuple of int
        ``(1, 1)`` for words only, ``(1, 2)`` to add bigrams of adjacent content words.
    min_df, max_df : int or float
        Document-frequency limits, as in scikit-learn's ``CountVectorizer``.
    sublinear_tf : bool
        Use ``1 + log(tf)``: a word repeated in one statement should not outweigh others.
    fold_plurals : bool
        Map plural nouns to their singular ("refugees" -> "refugee").
    numbers : bool
        Keep digit tokens as terms.
    extra_stop_words : iterable of str
        More words to drop, e.g. :func:`label_terms` of the corpus (lower-case).

    Attributes
    ----------
    vocabulary_ : dict of str to int
        Term -> column.
    idf_ : numpy.ndarray
        Inverse document frequency per column.
    """

    def __init__(
        self,
        *,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int | float = 1,
        max_df: int | float = 1.0,
        sublinear_tf: bool = True,
        fold_plurals: bool = True,
        numbers: bool = False,
        extra_stop_words: Iterable[str] = (),
    ) -> None:
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.sublinear_tf = sublinear_tf
        self.fold_plurals = fold_plurals
        self.numbers = numbers
        self.extra_stop_words = frozenset(extra_stop_words)

    def analyze(self, text: str) -> list[str]:
        """Return the terms of one text: content words, then bigrams of adjacent ones."""
        memo = self._memo()
        words: list[str | None] = []
        # One pass over the regex matches (this runs once per statement, so it is hot).
        for word, number, _ in _TOKEN.findall(text.lower().replace("’", "'")):
            if word:
                term = memo.get(word, "")
                if term == "":
                    term = memo[word] = self._term(word)
                words.append(term)
            else:
                words.append(number if number and self.numbers else None)
        terms = [w for w in words if w is not None] if self.ngram_range[0] <= 1 else []
        if self.ngram_range[1] >= 2:
            terms.extend(f"{a} {b}" for a, b in itertools.pairwise(words) if a and b and a != b)
        return terms

    def _term(self, word: str) -> str | None:
        """Return the term a word counts as, or ``None`` for a stop word."""
        if len(word) < 2 or word in STOP_WORDS or word in self.extra_stop_words:
            return None
        return fold_plural(word) if self.fold_plurals else word

    def _memo(self) -> dict[str, str | None]:
        """Return the word -> term cache; the analyser runs once per statement."""
        key = (self.extra_stop_words, self.fold_plurals)
        cached: tuple[object, dict[str, str | None]] | None = getattr(self, "_memo_cache", None)
        if cached is None or cached[0] != key:
            cached = (key, {})
            self._memo_cache = cached
        return cached[1]

    def _counter(self) -> CountVectorizer:
        return CountVectorizer(analyzer=self.analyze, min_df=self.min_df, max_df=self.max_df, dtype=np.int64)

    def fit_counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Learn the vocabulary and IDF; return the raw term counts (rows x terms)."""
        counter: CountVectorizer | None = self._counter()
        try:
            counts = sp.csr_matrix(counter.fit_transform(texts))  # type: ignore[union-attr]
        except ValueError as exc:
            # No texts, or nothing but stop words: an empty vocabulary, not an error.
            if "vocabulary" not in str(exc) and "no terms remain" not in str(exc):
                raise
            counter, counts = None, sp.csr_matrix((len(texts), 0), dtype=np.int64)
        self._counter_ = counter
        self.vocabulary_: dict[str, int] = dict(counter.vocabulary_) if counter else {}
        self._weights_ = TfidfTransformer(sublinear_tf=self.sublinear_tf).fit(counts) if counter else None
        self.idf_: np.ndarray = self._weights_.idf_ if self._weights_ else np.zeros(0)
        return counts

    def counts(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Return raw term counts of ``texts`` over the learned vocabulary."""
        if self._counter_ is None:
            return sp.csr_matrix((len(texts), 0), dtype=np.int64)
        return sp.csr_matrix(self._counter_.transform(texts))

    def weigh(self, counts: sp.spmatrix) -> sp.csr_matrix:
        """Turn raw counts into L2-normalised TF-IDF rows."""
        if self._weights_ is None:
            return sp.csr_matrix(counts, dtype=np.float64)
        return sp.csr_matrix(self._weights_.transform(counts))

    def fit(self, texts: Sequence[str]) -> StatementVectorizer:
        """Learn the vocabulary and IDF of ``texts``."""
        self.fit_counts(texts)
        return self

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Return TF-IDF rows of ``texts`` over the learned vocabulary."""
        return self.weigh(self.counts(texts))

    def fit_transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Learn the vocabulary of ``texts`` and return their TF-IDF rows."""
        return self.weigh(self.fit_counts(texts))

    def get_feature_names_out(self) -> np.ndarray:
        """Return the terms in column order."""
        if self._counter_ is None:
            return np.zeros(0, dtype=object)
        return np.asarray(self._counter_.get_feature_names_out(), dtype=object)


def label_terms(statements: pd.DataFrame, texts: Sequence[str]) -> frozenset[str]:
    """Return words used more often as a speaker or cue label than in content.

    A word counts once per statement. ``"krall"`` in "Valdorian President Anton Krall said"
    five times and in the content once is a label; ``"hospital"`` in the speaker "the
    hospital's chief physician" once but in twenty statements' content is not.

    Parameters
    ----------
    statements : pandas.DataFrame
        The statement table with ``speaker`` and ``cue`` columns.
    texts : sequence of str
        The statements' masked texts (:func:`masked_texts`).

    Returns
    -------
    frozenset of str
        Lower-case words (plurals not folded).
    """
    label_df: Counter[str] = Counter()
    for column in ("speaker", "cue"):
        if column not in statements.columns:
            continue
        for value in statements[column].fillna("").astype(str).tolist():
            label_df.update({w for w in tokens(value) if w})
    if not label_df:
        return frozenset()
    content_df: Counter[str] = Counter()
    candidates = set(label_df)
    for text in texts:
        content_df.update(candidates.intersection(_WORDS.findall(text.lower().replace("’", "'"))))
    return frozenset(w for w, n in label_df.items() if n > content_df[w] and w not in ENGLISH_STOP_WORDS)
