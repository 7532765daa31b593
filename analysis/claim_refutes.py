"""Refutations that name no content: "The story is a hoax", "Surgeons dismissed the possibility".

A denial usually repeats what it denies ("There is no evidence of a refugee flow"), so
word overlap pairs it with the assertion. Many refutations instead point back at a
report the article has just described: "this is a falsified story", "officials
dismissed the reports". Such a statement refutes what its own article discusses, so it
is paired with the statements of other articles that its article's other statements
align with closely: article B says "X happened ... the story is false", article A says
"X happened" — A's statement and B's refutation compete.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from analysis.align import Neighbours
from analysis.conflicts import Finding, Reading, snippet
from analysis.model import ClaimKind
from analysis.polarity_words import DENY_FRAMES, REFUTERS

# What a refutation points back at instead of restating it.
REPORT_NOUNS = frozenset(
    [
        "story", "report", "claim", "rumour", "rumor", "allegation", "account", "news", "possibility",
        "photo", "video", "image", "picture", "footage", "article", "speculation", "suggestion", "it",
        "this", "tweet", "post", "reports", "claims", "stories", "rumours", "rumors", "figures",
        "allegations",
    ]
)  # fmt: skip
PER_REFUTATION = 20
STRENGTH = 0.55


def refutes_a_report(reading: Reading) -> bool:
    """Whether a statement calls a report untrue (a refuting word) or denies a report.

    "The third-breast story is a hoax" and "the woman is a fake" call something untrue
    whatever else they say; a denial counts when it points back at a report ("officials
    dismissed the possibility", "the ministry denied reports that ..."), while "denied
    that its aircraft struck the hospital" denies its own content and is paired by
    :func:`analysis.conflicts.denial` with the statements that assert it.
    """
    stance = reading.stance
    if reading.polarity >= 0 or stance.hedged:
        return False
    if stance.negation in REFUTERS:
        return True
    if stance.frame_cue not in REFUTERS and stance.frame_cue not in DENY_FRAMES:
        return False  # a plain "not" negates a content, it does not call a report false
    # "dismissed the possibility of it being real", "denied reports that ..." point back.
    words = set(stance.scope.lower().split()) if stance.scope else set()
    return bool(words & REPORT_NOUNS)


def refutation_pairs(
    readings: Sequence[Reading],
    groups: npt.NDArray[np.int64],
    found: Neighbours,
    related: sp.csr_matrix,
) -> dict[tuple[int, int], float]:
    """Return ``{(claim, refutation): similarity}`` for refutations of what related articles report.

    For each refutation, the articles related to its own (one event, see
    :func:`analysis.claim_candidates.related_articles`) that do not refute the report
    themselves each contribute their statement closest to the refuting article;
    the :data:`PER_REFUTATION` closest of these are paired with it. ``similarity`` is
    how closely the refuting article's best statement aligns with the claim (the
    refutation itself shares few words with it).
    """
    refuting = [i for i, reading in enumerate(readings) if refutes_a_report(reading)]
    if not refuting:
        return {}
    # An article that refutes the report itself does not carry it: a headline calling a
    # story a hoax agrees with a body that tells the story and then calls it a hoax.
    refuting_articles = {int(groups[j]) for j in refuting}
    about = _closest_by_article(groups, found)
    pairs: dict[tuple[int, int], float] = {}
    for j in refuting:
        article = int(groups[j])
        best: dict[int, tuple[float, int]] = {}  # other article -> (cosine, its statement)
        for i, s in about.get(article, {}).items():
            other = int(groups[i])
            if readings[i].polarity <= 0 or other in refuting_articles or not related[article, other]:
                continue
            if s > best.get(other, (-1.0, -1))[0]:
                best[other] = (s, i)
        for s, i in sorted(best.values(), reverse=True)[:PER_REFUTATION]:
            pairs[(i, j)] = s
    return pairs


def _closest_by_article(groups: npt.NDArray[np.int64], found: Neighbours) -> dict[int, dict[int, float]]:
    """Return ``{article: {statement of another article: best cosine with the article}}``."""
    about: dict[int, dict[int, float]] = defaultdict(dict)
    for a, b, s in zip(found.a.tolist(), found.b.tolist(), found.similarity.tolist(), strict=True):
        closest = about[int(groups[a])]
        if closest.get(b, 0.0) < s:
            closest[b] = s
    return about


def refutation(claim: Reading, refuting: Reading) -> Finding:
    """The finding for a claim and a refutation of the report it belongs to."""
    cue = refuting.stance.negation or refuting.stance.frame_cue
    at = refuting.text.lower().find(cue) if cue else -1
    quoted = snippet(refuting.text, at, at + len(cue)) if at >= 0 else snippet(refuting.text)
    return Finding(
        ClaimKind.DENIAL,
        STRENGTH,
        f"{refuting.voice} calls the report untrue ({quoted}); "
        f"{claim.voice} reports it ({snippet(claim.reported)})",
    )
