"""Repeated lines: read each distinct statement once, list each distinct pair once.

A live blog repeats its boilerplate, a wire story is re-issued with one line changed, an
outlet prints the same sentence in every update. Pairing every copy separately would
list one dispute hundreds of times (three articles repeating one line 100 times gave
thousands of claims) and, worse, the copies crowd a statement's nearest neighbours
within its own article out of the search's common terms, hiding the counterparts it
really has.

Two steps, both keyed on the statement's *normalised* text (case-, white-space- and
punctuation-insensitive, :func:`normalised`):

- :func:`within_articles` groups the statements of one article (and one speaker) with
  the same normalised text before anything is aligned; the first in the article stands
  for the group and only it is paired;
- :func:`collapsed` then keeps one row of the pairs whose two sides repeat a pair
  already found — same normalised text on each side, from the same outlet
  (the same article when no outlet is set): the best-scoring one, ties broken by the
  statement ids.

Each listed row's ``repeats`` says how many more pairs of statements it stands for
(``0``: it is the only one); statements whose copies were not paired still get their
representative's counterparts in the alignment table (:func:`expanded`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

__all__ = ["REPEATS", "Repeats", "collapsed", "expanded", "normalised", "within_articles"]

REPEATS = "repeats"
_WORDS = re.compile(r"\w+")
_SEPARATOR = "\x1f"
IntArray = npt.NDArray[np.int64]
Row = dict[str, Any]


@lru_cache(maxsize=32768)  # both the repeat keys and the identities read every statement text
def normalised(text: str) -> str:
    """Return ``text`` lower-cased (casefold) as its words only, one space apart.

    "Six people were KILLED ," and "six people were killed." give one key.
    """
    return " ".join(_WORDS.findall(text.casefold()))


def _strings(table: pd.DataFrame, name: str) -> list[str]:
    if name not in table.columns:
        return [""] * len(table)
    return ["" if v is None or v != v else str(v) for v in table[name].tolist()]  # v != v: NaN


@dataclass(frozen=True)
class Repeats:
    """Statements of one article grouped by normalised text and speaker.

    Attributes
    ----------
    keep : ndarray of int
        Row positions of the representatives (the first of each group), ascending.
    of : ndarray of int
        Per row of the table, the position in ``keep`` of its representative.
    ids : list of str
        The table's statement ids, in row order.
    """

    keep: IntArray
    of: IntArray
    ids: list[str]

    @property
    def sizes(self) -> dict[str, int]:
        """How many statements each representative (by id) stands for, itself included."""
        counts = np.bincount(self.of, minlength=len(self.keep))
        return {self.ids[int(k)]: int(c) for k, c in zip(self.keep, counts, strict=True)}

    @property
    def members(self) -> dict[str, list[str]]:
        """The other statement ids each repeated representative stands for (only groups of two or more)."""
        out: dict[str, list[str]] = {}
        for row in np.flatnonzero(self.keep[self.of] != np.arange(len(self.of))):
            out.setdefault(self.ids[int(self.keep[self.of[row]])], []).append(self.ids[int(row)])
        return out


def within_articles(table: pd.DataFrame) -> Repeats:
    """Group the statements of one article and speaker that have one normalised text.

    Parameters
    ----------
    table : DataFrame
        The statement table (``id``, ``article_id``, ``speaker_id``, ``text``), in
        article order, with a default index.
    """
    keys = [
        f"{article}{_SEPARATOR}{speaker}{_SEPARATOR}{normalised(text)}"
        for article, speaker, text in zip(
            _strings(table, "article_id"), _strings(table, "speaker_id"), _strings(table, "text"), strict=True
        )
    ]
    codes = pd.factorize(pd.Series(keys, dtype=object))[0].astype(np.int64)
    # factorize numbers keys by first appearance, so the first index of each code ascends.
    keep = np.unique(codes, return_index=True)[1].astype(np.int64)
    return Repeats(keep, codes, _strings(table, "id"))


def identities(table: pd.DataFrame) -> dict[str, str]:
    """Return, per statement id, what makes two statements "the same line": outlet and text.

    The outlet is the article when no outlet is set, so unnamed sources never merge. The
    speaker id is left out: an unnamed group ("rescuers said") gets one per article, and
    one outlet's same sentence names its speaker the same way each time.
    """
    return {
        sid: f"{source or article}{_SEPARATOR}{normalised(text)}"
        for sid, source, article, text in zip(
            _strings(table, "id"),
            _strings(table, "source"),
            _strings(table, "article_id"),
            _strings(table, "text"),
            strict=True,
        )
    }


def collapsed(rows: list[Row], identity: dict[str, str], sizes: dict[str, int]) -> list[Row]:
    """Keep one row of each pair of lines; set its ``repeats`` to the pairs it stands for, less one.

    Parameters
    ----------
    rows : list of dict
        Claim or corroboration rows (``a``, ``b``, ``score``).
    identity : dict
        :func:`identities` of the statements.
    sizes : dict
        :attr:`Repeats.sizes`: how many statements of its article each one stands for.

    Returns
    -------
    list of dict
        The best-scoring row of each group (ties: smallest ``(a, b)`` ids), in the
        order the groups were first met.
    """
    groups: dict[tuple[str, str], list[Row]] = {}
    for row in rows:
        a, b = identity[str(row["a"])], identity[str(row["b"])]
        groups.setdefault((a, b) if a <= b else (b, a), []).append(row)
    out = []
    for members in groups.values():
        if len(members) == 1:  # most pairs of lines are met once: no ranking, no sum
            best = members[0]
            pairs = sizes.get(str(best["a"]), 1) * sizes.get(str(best["b"]), 1)
        else:
            best = min(members, key=lambda r: (-float(r["score"]), *sorted((str(r["a"]), str(r["b"])))))
            pairs = sum(sizes.get(str(r["a"]), 1) * sizes.get(str(r["b"]), 1) for r in members)
        best[REPEATS] = int(pairs) - 1
        if best[REPEATS] > 0 and "explanation" in best:
            # Said in the explanation, so every view of the claim (table, detail, brief) shows it.
            more = best[REPEATS]
            times = f"{more:,} more time{'s' if more != 1 else ''}"
            best["explanation"] = (
                f"{best['explanation']} (the same lines are paired {times} in repeated copies)"
            )
        out.append(best)
    return out


def expanded(frame: pd.DataFrame, column: str, members: dict[str, list[str]]) -> pd.DataFrame:
    """Give each repeated statement its representative's rows (``column`` names the representative)."""
    if not members or frame.empty:
        return frame
    extra = frame[frame[column].isin(members.keys())]
    if extra.empty:
        return frame
    copies = extra.assign(**{column: extra[column].map(members)}).explode(column)
    return pd.concat([frame, copies], ignore_index=True)
