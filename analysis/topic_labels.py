"""Readable topic labels from class-based TF-IDF.

Class-based TF-IDF (c-TF-IDF, as in BERTopic) treats all statements of a topic as one
document: a term weighs ``tf(t, c) / |c| * log(1 + A / f(t))`` where ``tf(t, c)`` is the
term's count in topic ``c``, ``|c|`` the topic's number of terms, ``A`` the mean number of
terms per topic and ``f(t)`` the term's count in all topics. A term frequent in one topic
and rare in the others scores high.

A label is 2-4 key phrases: the best terms, a bigram preferred to the word it contains
when the bigram is nearly as strong (so "refugee flow" rather than "refugee"), no phrase
repeating another, written as the articles write them ("Geneva", "UN", "refugees").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from analysis.topic_words import fold_plural

_CASED = re.compile(r"[^\W\d_]+(?:['’](?!s\b)[^\W\d_]+)*")
LABEL_CHARS = 48
"""A label grows phrase by phrase while it stays within this many characters."""


def one_hot(labels: np.ndarray, k: int) -> sp.csr_matrix:
    """Return the ``rows x k`` indicator matrix of ``labels`` (``-1`` rows are empty)."""
    rows = np.flatnonzero(labels >= 0)
    return sp.csr_matrix((np.ones(len(rows)), (rows, labels[rows])), shape=(len(labels), k))


def class_tfidf(counts: sp.spmatrix, labels: np.ndarray, k: int) -> sp.csr_matrix:
    """Return c-TF-IDF weights, one row per topic (see the module docstring).

    Parameters
    ----------
    counts : scipy.sparse matrix
        Raw term counts, one row per statement.
    labels : numpy.ndarray
        Topic of each statement (``-1``: none).
    k : int
        Number of topics.

    Returns
    -------
    scipy.sparse.csr_matrix
        ``k x terms``.
    """
    tf = sp.csr_matrix(one_hot(labels, k).T @ counts, dtype=np.float64)
    sizes = np.asarray(tf.sum(axis=1)).ravel()
    total = np.asarray(tf.sum(axis=0)).ravel()
    mean_size = sizes.mean() if k else 0.0
    idf = np.log1p(mean_size / np.maximum(total, 1.0))
    scaled = sp.diags(1.0 / np.maximum(sizes, 1.0)) @ tf @ sp.diags(idf)
    return sp.csr_matrix(scaled)


def top_columns(row: sp.csr_matrix, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Return the columns and weights of the ``n`` best terms of one row, best first (ties: column)."""
    row = sp.csr_matrix(row)
    order = np.lexsort((row.indices, -row.data))[:n]
    return row.indices[order], row.data[order]


# Words that say nothing of a topic as a label, though they may help to find it: generic
# verbs, hedges, clock words and contraction leftovers ("I ' ll" in scraped text).
_WEAK_WORDS = """
    think thought want wanted know knew help helped take taken took make made get got come came go went
    see saw seem seemed turn turned try tried use used set put give gave begin began carry carried hand
    handed hold held keep kept leave let look looked move moved need needed run show showed start
    started stay stayed work worked going goes gone sure clear thing lot way fact really later earlier
    big little pm am gmt et sic updated published ll ve re don didn doesn isn wasn aren won couldn
    wouldn i'll i've i'd you're he's she's that's there's what's let's
"""
_WEAK = frozenset(_WEAK_WORDS.split())


def weak_label(term: str) -> bool:
    """Whether ``term`` makes a poor label phrase: a weak word, an adverb in -ly, or a
    two-word phrase that starts or ends with a weak word ("Sox want", "ll shoot")."""
    words = term.split()
    if len(words) == 1:
        word = words[0]
        return word in _WEAK or (word.endswith("ly") and len(word) > 4)
    return words[0] in _WEAK or words[-1] in _WEAK


def key_phrases(ranked: Sequence[tuple[str, float]], counts: dict[str, float], most: int = 4) -> list[str]:
    """Pick up to ``most`` phrases from ranked terms, preferring bigrams to their words.

    Parameters
    ----------
    ranked : sequence of (str, float)
        Terms with their c-TF-IDF weight, best first.
    counts : dict of str to float
        How often each term occurs in the topic; a bigram seen once is not a phrase.
    most : int
        Largest number of phrases.

    Returns
    -------
    list of str
    """
    weight = dict(ranked)
    if sum(not weak_label(t) for t, _ in ranked) >= 2:
        ranked = [(t, w) for t, w in ranked if not weak_label(t)]
    chosen: list[str] = []
    for term, w in ranked:
        if len(chosen) >= most:
            break
        if " " not in term:
            better = [
                b
                for b, bw in ranked
                if " " in b and term in b.split() and bw >= 0.5 * w and counts.get(b, 0) >= 2
            ]
            term = better[0] if better else term
        elif counts.get(term, 0) < 2:
            continue
        words = set(term.split())
        if any(words <= set(c.split()) or set(c.split()) <= words for c in chosen):
            continue
        chosen.append(term)
    return sorted(chosen, key=lambda t: -weight.get(t, 0.0))


def surface_forms(phrases: Sequence[str], texts: Sequence[str]) -> dict[str, str]:
    """Map each phrase (folded, lower-case) to its most common written form in ``texts``.

    A form also written in lower case wins against its sentence-initial capital
    ("Refugees are moving" and "the refugees" give "refugees").
    """
    seen: dict[tuple[str, ...], Counter[str]] = {tuple(p.split()): Counter() for p in phrases}
    firsts = {key[0] for key in seen}
    leads = {key[0] for key in seen if len(key) == 2}
    # Every word is tallied with its written form at C speed; only two-word phrases need
    # a pass word by word, over the texts that hold their first word.
    written: Counter[tuple[str, str]] = Counter()
    for text in texts:
        cased = _CASED.findall(text)
        folded = _folded(cased)
        if firsts.isdisjoint(folded):
            continue  # most texts hold none of the phrases
        written.update(zip(folded, cased, strict=True))
        if leads.isdisjoint(folded):
            continue
        for i in [i for i, word in enumerate(folded[:-1]) if word in leads]:
            key = (folded[i], folded[i + 1])
            if key in seen:
                seen[key][f"{cased[i]} {cased[i + 1]}"] += 1
    for (word, form), n in written.items():
        if (word,) in seen:
            seen[(word,)][form] += n
    out = {}
    for words, forms in seen.items():
        phrase = " ".join(words)
        lower = Counter({f: n for f, n in forms.items() if f == f.lower()})
        ranked = sorted(forms.items(), key=lambda f: (-(f[1] + lower[f[0].lower()]), f[0]))
        out[phrase] = ranked[0][0] if ranked else phrase
    return out


# Written word -> folded lower-case word. Words repeat across statements far more than
# they vary, so a dictionary lookup per word (in C, through ``map``) replaces three calls.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 300_000


def _folded(words: list[str]) -> list[str]:
    """Return ``fold_plural`` of each word, lower-cased with straight apostrophes."""
    try:
        return list(map(_FOLDED.__getitem__, words))
    except KeyError:  # a word met for the first time: learn it on the way
        if len(_FOLDED) > _FOLDED_MAX:
            _FOLDED.clear()  # bounded memory over a long session
        return [_FOLDED[w] if w in _FOLDED else _learn(w) for w in words]


def _learn(word: str) -> str:
    folded = _FOLDED[word] = fold_plural(word.lower().replace("’", "'"))
    return folded


def label_of(phrases: Sequence[str]) -> str:
    """Join phrases into a label of 2-4 phrases within :data:`LABEL_CHARS` where possible."""
    out: list[str] = []
    for phrase in phrases:
        if len(out) >= 2 and len(", ".join([*out, phrase])) > LABEL_CHARS:
            break
        out.append(phrase)
    return ", ".join(out)
