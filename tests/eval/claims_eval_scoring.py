"""Honest scoring for the claims evaluation: a fixed split, thresholds tuned on one half only.

Every data set is split deterministically into a **tuning** half and a **held-out** half
by the SHA-1 of a grouping key (an ECB+ topic, an FNC-1 body, an Emergent claim, a
PERSPECTRUM claim), so the two halves never share an event, a body or a claim. A
threshold (ours and the baseline's alike) is picked where F1 is highest on the tuning
half, from the same fine grid for both, then reported on the held-out half.

Scores are arrays over one universe of candidate pairs (all cross-document sentence
pairs, all labelled headline/body pairs ...): ``truth`` (bool), ``half`` (0 tuning, 1
held-out) and one score per system, where a pair fires when its score reaches the
threshold and is above zero. Besides precision/recall/F1 the tables print the Matthews
correlation (MCC): F1 of a class that makes up half of the pairs rewards flagging every
pair (the "flag all" line), MCC is 0 for that and for any other uninformative rule.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

TUNING, HELD_OUT = 0, 1
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
# One grid for every system: fine near zero, where the stance baselines do best.
GRID = np.round(np.concatenate([np.arange(0.01, 0.3, 0.01), np.arange(0.3, 1.0001, 0.025)]), 3)


def half_of(key: str) -> int:
    """Return the half (``TUNING`` or ``HELD_OUT``) a grouping key belongs to, by its SHA-1."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2


@dataclass(frozen=True)
class Counts:
    """Confusion counts of one rule on one set of pairs."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def mcc(self) -> float:
        tp, fp, fn, tn = (float(x) for x in (self.tp, self.fp, self.fn, self.tn))
        denominator = math.sqrt((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn))
        return (tp * tn - fp * fn) / denominator if denominator else 0.0


def counts(fired: BoolArray, truth: BoolArray) -> Counts:
    """Return the confusion counts of ``fired`` against ``truth``."""
    return Counts(
        int((fired & truth).sum()),
        int((fired & ~truth).sum()),
        int((~fired & truth).sum()),
        int((~fired & ~truth).sum()),
    )


def fires(scores: FloatArray, threshold: float) -> BoolArray:
    """A pair fires when its score is positive and reaches the threshold."""
    return (scores > 0) & (scores >= threshold)


def tune(scores: FloatArray, truth: BoolArray, grid: FloatArray = GRID) -> float:
    """Return the grid threshold with the best F1 (ties: the higher threshold)."""
    best = max(grid, key=lambda t: (counts(fires(scores, float(t)), truth).f1, t))
    return float(best)


@dataclass(frozen=True)
class Result:
    """One system on one measure: its tuned threshold and counts per half and overall."""

    name: str
    threshold: float
    held_out: Counts
    tuning: Counts
    full: Counts


def evaluate(name: str, scores: FloatArray, truth: BoolArray, half: npt.NDArray[np.int64]) -> Result:
    """Tune a threshold on the tuning half; count on the held-out half, the tuning half and all."""
    tuning = half == TUNING
    threshold = tune(scores[tuning], truth[tuning])
    fired = fires(scores, threshold)
    held = ~tuning
    return Result(
        name,
        threshold,
        counts(fired[held], truth[held]),
        counts(fired[tuning], truth[tuning]),
        counts(fired, truth),
    )


def line(result: Result) -> str:
    """One table row: threshold, held-out P/R/F1/MCC, and F1 on the tuning half and all pairs."""
    c = result.held_out
    return (
        f"  {result.name:<34} {result.threshold:>5.2f}  {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
        f"{c.mcc:6.3f}   {result.tuning.f1:6.3f} {result.full.f1:6.3f}"
    )


def table(
    title: str, truth: BoolArray, half: npt.NDArray[np.int64], systems: dict[str, FloatArray]
) -> tuple[str, list[Result]]:
    """Return one measure's printed table (systems, trivial rule, difference) and its results.

    The first system is ours, the second the baseline; the difference row is ours minus
    the baseline on the held-out half.
    """
    held = half == HELD_OUT
    results = [evaluate(name, scores, truth, half) for name, scores in systems.items()]
    flag_all = counts(np.ones(int(held.sum()), dtype=bool), truth[held])
    head = (
        f"{title}\n  held-out half: {int(held.sum())} pairs, {int(truth[held].sum())} positive; "
        f"tuning half: {int((~held).sum())} pairs, {int(truth[~held].sum())} positive\n"
        f"  {'system':<34} {'thr':>5}  {'P':>6} {'R':>6} {'F1':>6} {'MCC':>6}   "
        f"{'F1 tune':>7} {'F1 all':>6}"
    )
    rows = [line(r) for r in results]
    rows.append(
        f"  {'(flag all: trivial)':<34} {'':>5}  {flag_all.precision:6.3f} {1.0:6.3f} {flag_all.f1:6.3f}"
    )
    if len(results) >= 2:
        ours, base = results[0].held_out, results[1].held_out
        rows.append(
            f"  {'difference (ours - baseline)':<34} {'':>5}  {ours.precision - base.precision:+6.3f} "
            f"{ours.recall - base.recall:+6.3f} {ours.f1 - base.f1:+6.3f} {ours.mcc - base.mcc:+6.3f}"
        )
    return "\n".join([head, *rows]), results
