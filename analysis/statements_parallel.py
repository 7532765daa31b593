"""Statements of many articles at once, on every core the machine has.

Segmentation and attribution are pure functions of one article (:mod:`analysis.statements`),
so a large case is read by forked workers (:func:`analysis.parallel.map_chunks`); each
article's statements are exactly what :func:`extract_statements` gives in this process
(statement ids come from the article id and offsets, never from a counter).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis import parallel
from analysis.model import Article, Statement
from analysis.progress import Progress, silent
from analysis.statements import extract_statements

Found = dict[str, list[Statement]]


def extract_many(
    articles: Sequence[Article], *, progress: Progress = silent, workers: int | None = None
) -> Found:
    """Return the statements of each article by id, read on several cores when that pays.

    Parameters
    ----------
    articles : sequence of Article
        The articles to read (each id once).
    progress : Progress
        Receives the fraction of articles read; may raise ``Cancelled``.
    workers : int, optional
        Worker processes; by default as many as :func:`analysis.parallel.workers_available`.

    Returns
    -------
    dict of str to list of Statement
        Statements per article id, identical to :func:`extract_statements` of each.
    """
    found = parallel.map_chunks(_read_chunk, articles, describe=_describe, progress=progress, workers=workers)
    return {article.id: statements for article, statements in zip(articles, found, strict=True)}


def _describe(article: Article) -> str:
    return f"Reading statements of {article.title or article.path}"


def _read_chunk(articles: list[Article]) -> list[list[Statement]]:
    """Worker side: the statements of one chunk (module level, so it pickles by name)."""
    return [extract_statements(article) for article in articles]
