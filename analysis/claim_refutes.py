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

from analysis.align import Neighbours
from analysis.conflicts import Finding, Reading, snippet
from analysis.model import ClaimKind
from analysis.polarity import DENY_FRAMES, REFUTERS

# What a refutation points back at instead of restating it.
REPORT_NOUNS = frozenset(
    [
        "story", "report", "claim", "rumour", "rumor", "allegation", "account", "news", "possibility",
        "photo", "video", "image", "picture", "footage", "article", "speculation", "suggestion", "it",
        "this", "tweet", "post", "reports", "claims", "stories", "rumours", "rumors", "figures",
        "allegations",
    ]
)  # fmt: skip
# How closely the refuting article must discuss the other statement.
ABOUT_SIMILARITY = 0.3
PER_REFUTATION = 5
MAX_RESTATED = 3
STRENGTH = 0.55


def refutes_a_report(reading: Reading) -> bool:
    """Whether a statement calls a report untrue without restating it."""
    stance = reading.stance
    if reading.polarity >= 0:
        return False
    cue = stance.negation if stance.negation in REFUTERS else stance.frame_cue
    if cue not in REFUTERS and cue not in DENY_FRAMES:
        return False  # a plain "not" negates a content, it does not call a report false
    words = set(stance.scope.lower().split()) if stance.scope else set()
    restated = reading.scope_lemmas - REPORT_NOUNS
    # "dismissed the possibility of it being real" points back; "denied that its aircraft
    # struck the hospital and called the reports lies" restates what it denies.
    return (bool(words & REPORT_NOUNS) and len(restated) <= MAX_RESTATED) or len(reading.scope_lemmas) <= 1


def refutation_pairs(
    readings: Sequence[Reading], groups: npt.NDArray[np.int64], found: Neighbours
) -> dict[tuple[int, int], float]:
    """Return ``{(claim, refutation): similarity}`` for refutations of what their article discusses.

    ``similarity`` is how closely the refuting article's best statement aligns with the
    claim (the refutation itself shares few words with it).
    """
    refuting = [i for i, reading in enumerate(readings) if refutes_a_report(reading)]
    if not refuting:
        return {}
    close = found.similarity >= ABOUT_SIMILARITY
    about: dict[int, dict[int, float]] = defaultdict(dict)  # article -> {other statement: best cosine}
    for a, b, s in zip(
        found.a[close].tolist(), found.b[close].tolist(), found.similarity[close].tolist(), strict=True
    ):
        article = int(groups[a])
        if about[article].get(b, 0.0) < s:
            about[article][b] = s
    pairs: dict[tuple[int, int], float] = {}
    for j in refuting:
        discussed = about.get(int(groups[j]), {})
        best = sorted(((s, i) for i, s in discussed.items() if readings[i].polarity > 0), reverse=True)
        for s, i in best[:PER_REFUTATION]:
            pairs[(i, j)] = s
    return pairs


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
