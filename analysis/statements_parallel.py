"""Statements of many articles at once, on every core the machine has.

Segmentation and attribution are pure functions of one article (:mod:`analysis.statements`)
and pure Python, so one process uses one core however many the machine has. A case of
hundreds of articles is split into chunks read by forked worker processes; each returns
the articles' statements, which are exactly what :func:`extract_statements` gives in this
process (statement ids come from the article id and offsets, never from a counter).

Forking is used only where it is safe and cheap: on a platform that has it, from a process
with a single thread (the command line, the desktop's worker process). A process with
other threads running (the desktop's in-thread fallback, where Qt runs) could fork with a
lock held by another thread, so there the statements are read in-process, as they are for
small cases, where starting workers costs more than it saves.

A worker that dies (killed, out of memory) costs nothing: what it had not returned is read
in-process. Cancellation is checked between chunks; pending chunks are dropped.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from analysis.model import Article, Statement
from analysis.progress import Progress, silent
from analysis.statements import extract_statements

# Below this many articles a worker's start and the round trip of its results cost more
# than the second core gains (fork and pickling are a few milliseconds; 50 articles are
# about a quarter of a second of work).
MIN_ARTICLES = 50
# Chunks per worker: small enough to balance long and short articles and to report
# progress, large enough that the per-task round trip stays negligible.
CHUNKS_PER_WORKER = 8

Found = dict[str, list[Statement]]


def workers_available() -> int:
    """Return how many worker processes :func:`extract_many` may fork here (0: none)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 0
    if threading.active_count() > 1:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return cores if cores and cores > 1 else 0


def extract_many(
    articles: Sequence[Article], *, progress: Progress = silent, workers: int | None = None
) -> Found:
    """Return the statements of each article by id, read on several cores when that pays.

    Parameters
    ----------
    articles : sequence of Article
        The articles to read (each id once).
    progress : Progress
        Receives the fraction of articles read; may raise ``Cancelled``, which drops the
        chunks not yet read and re-raises.
    workers : int, optional
        Worker processes to use; by default :func:`workers_available`. ``0`` or ``1``
        reads everything in this process.

    Returns
    -------
    dict of str to list of Statement
        Statements per article id, identical to :func:`extract_statements` of each.
    """
    count = workers_available() if workers is None else workers
    if count <= 1 or len(articles) < MIN_ARTICLES:
        return _serial(articles, progress, 0, len(articles))
    return _forked(articles, count, progress)


def _serial(articles: Sequence[Article], progress: Progress, done: int, total: int) -> Found:
    found: Found = {}
    for i, article in enumerate(articles):
        progress((done + i) / max(total, 1), f"Reading statements of {article.title or article.path}")
        found[article.id] = extract_statements(article)
    return found


def _read_chunk(articles: list[Article]) -> Found:
    """Worker side: the statements of one chunk (module level, so it pickles by name)."""
    return {article.id: extract_statements(article) for article in articles}


def _chunks(articles: Sequence[Article], count: int) -> list[list[Article]]:
    # Interleaved, so each chunk holds a fair share of long and short articles whatever
    # the load order (a folder of one outlet's long features, then wire briefs).
    pieces = max(1, min(len(articles), count * CHUNKS_PER_WORKER))
    return [list(articles[i::pieces]) for i in range(pieces)]


def _forked(articles: Sequence[Article], count: int, progress: Progress) -> Found:
    found: Found = {}
    total = len(articles)
    progress(0.0, f"Reading statements of {total} articles on {count} cores")
    context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(max_workers=count, mp_context=context)
    pending: set[Future[Found]] = {pool.submit(_read_chunk, chunk) for chunk in _chunks(articles, count)}
    try:
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                found.update(future.result())
            progress(len(found) / total, f"Read statements of {len(found)} of {total} articles")
    except BrokenProcessPool:
        # A worker died; read what is missing here rather than lose the run.
        pool.shutdown(wait=False, cancel_futures=True)
        missing = [a for a in articles if a.id not in found]
        found.update(_serial(missing, progress, len(found), total))
        return found
    except BaseException:
        # Cancelled or failed: drop the chunks not started and never wait on a pool in
        # an unknown state; the running ones end on their own.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    # All chunks are in, so this returns at once; the pool's threads are gone before a
    # later run asks whether forking is safe.
    pool.shutdown(wait=True)
    return found
