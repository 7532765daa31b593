"""Read statements for competing claims, the costly facts only where a pair can use them.

Every statement is read cheaply (stance, polarity, content lemmas, years:
:func:`analysis.conflicts.read_core`), since refutations and the pair screen need
them of all. Figures, lists and blame triples cost most to read, and a detector only
compares them between two statements that both hold them, so each is read only for
statements with a candidate pair whose other statement may hold it as well (the cheap
screens of :func:`read_core`). Any pair a detector acts on then sees exactly what
:func:`analysis.conflicts.read` would give; on 1,000 articles most statements never
need their figures scanned.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from analysis.claim_context import places_named
from analysis.claim_rows import Meta
from analysis.claim_types import Reading
from analysis.conflicts import FIGURES, read_core, with_details
from analysis.model import Article
from analysis.progress import Progress

_PROGRESS_EVERY = 2000
Pairs = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]


def read_cores(meta: Sequence[Meta], progress: Progress) -> tuple[list[Reading], npt.NDArray[np.int64]]:
    """Read every statement without its details; return the readings and the details each may hold.

    Reports progress (and so honours cancellation) every few thousand statements.
    """
    readings: list[Reading] = []
    may = np.zeros(len(meta), dtype=np.int64)
    for k, m in enumerate(meta):
        if k % _PROGRESS_EVERY == 0:
            progress(k / max(len(meta), 1), "Reading statements for checkable facts")
        reading, may[k] = read_core(m.text, m.voice, m.reported, m.cue, m.commitment)
        readings.append(reading)
    return readings, may


def needed_details(
    may: npt.NDArray[np.int64], pairs: Pairs, aligned: float, agree_floor: float
) -> npt.NDArray[np.int64]:
    """Return per statement the details (bits of :data:`analysis.conflicts.DETAILS`) some pair needs.

    A pair needs a detail when both its statements may hold it; figures only when the
    pair is aligned enough to compare them (``aligned``) or to corroborate by one
    figure (``agree_floor``). The screen is a superset of the pairs the claim step reads.
    """
    i, j, sims = pairs
    both = may[i] & may[j]
    figures_apply = (sims >= aligned) | (sims >= agree_floor)
    need = np.where(figures_apply, both, both & ~FIGURES)
    needed = np.zeros(len(may), dtype=np.int64)
    np.bitwise_or.at(needed, i, need)
    np.bitwise_or.at(needed, j, need)
    return needed & may


def add_details(readings: list[Reading], needed: npt.NDArray[np.int64], progress: Progress) -> list[Reading]:
    """Return ``readings`` with the ``needed`` details of each read (see :func:`with_details`)."""
    todo = np.flatnonzero(needed).tolist()
    out = list(readings)
    for done, k in enumerate(todo):
        if done % _PROGRESS_EVERY == 0:
            progress(done / max(len(todo), 1), "Reading statements for figures, lists and blame")
        out[k] = with_details(readings[k], int(needed[k]))
    return out


def with_places(
    readings: list[Reading], article_ids: Sequence[str], articles: Sequence[Article]
) -> list[Reading]:
    """Return ``readings`` where those with figures know their article's places and year."""
    by_id = {a.id: a for a in articles}
    places: dict[str, frozenset[str]] = {}
    out = list(readings)
    for k, reading in enumerate(readings):
        if reading.quantities:
            aid = article_ids[k]
            article = by_id.get(aid)
            if aid not in places:
                places[aid] = places_named(article.text if article else "")
            year = article.date[:4] if article else ""
            out[k] = replace(
                reading,
                places=places_named(reading.text),
                article_places=places[aid],
                article_year=int(year) if year.isdigit() else 0,
            )
    return out
