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

import itertools
import re
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pandas as pd

from analysis.align import Neighbours
from analysis.align_context import ArticleContext
from analysis.claim_text import around, snippet
from analysis.claim_types import Finding, Reading
from analysis.conflicts import FULL_SCOPE
from analysis.model import ClaimKind
from analysis.polarity import as_untrue
from analysis.polarity_words import DENY_FRAMES, NEEDS_CLAIM, REFUTERS, REPORT_NOUNS

PER_REFUTATION = 20
# A refutation that restates what it denies ("denied that its aircraft struck the hospital
# and called the reports a provocation") refutes only reports sharing this many of its words.
RESTATED_SHARED = 2
_OF_A_CLAUSE = re.compile(r"[a-z]+ that ")
STRENGTH = 0.55
# Content words a statement needs to carry a report another article may refute.
MIN_CLAIM_WORDS = 4
_PRONOUNS = frozenset(["it", "this", "them"])


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
    words = stance.scope.lower().split() if stance.scope else []
    named = set(words) & REPORT_NOUNS
    if stance.frame_cue in NEEDS_CLAIM and not as_untrue(words):
        # "Pelosi rejected it" turns down an offer, "courts dismissed their claims against the
        # banks" a lawsuit: only "as" and an untruth makes either a refutation of a report.
        named -= _PRONOUNS
        named -= {w for w, nxt in itertools.pairwise(words) if nxt == "against"}
    return bool(named)


def refutation_pairs(
    readings: Sequence[Reading],
    groups: npt.NDArray[np.int64],
    found: Neighbours,
    related: ArticleContext,
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
    refuting_articles = np.unique(groups[refuting])
    closest = _closest_claims(readings, groups, found, refuting_articles, related)
    pairs: dict[tuple[int, int], float] = {}
    for j in refuting:
        restated = _restated(readings[j])
        for i, s in closest.get(int(groups[j]), [])[:PER_REFUTATION]:
            if not restated or len(restated & readings[i].lemmas) >= RESTATED_SHARED:
                pairs[(i, j)] = s
    return pairs


def _restated(reading: Reading) -> frozenset[str]:
    """The content a refutation restates, when it denies a clause long enough to name it.

    "The story is a hoax" names nothing and refutes whatever its article retells; a
    denial of a clause of :data:`~analysis.conflicts.FULL_SCOPE` content words or more
    says what it refutes, and another article's statement about something else (the
    talks, the refugees) is no report it disputes.
    """
    stance = reading.stance
    # Only a denial of a clause restates: "denied that its aircraft struck ...", not
    # "denied the reports, calling them speculation from ..." (which points back).
    if not stance.frame_cue or not _OF_A_CLAUSE.match(stance.scope.lower()):
        return frozenset()
    scope = reading.scope_lemmas - REPORT_NOUNS
    return scope if len(scope) >= FULL_SCOPE else frozenset()


def _closest_claims(
    readings: Sequence[Reading],
    groups: npt.NDArray[np.int64],
    found: Neighbours,
    refuting_articles: npt.NDArray[np.int64],
    related: ArticleContext,
) -> dict[int, list[tuple[int, float]]]:
    """Return ``{refuting article: [(statement, cosine), ...]}``, closest first.

    The statements are those of related articles that do not refute, one per article
    (its statement closest to the refuting article), each asserting what it says in at
    least :data:`MIN_CLAIM_WORDS` content words.
    """
    a_article, b_article = groups[found.a], groups[found.b]
    # "It will be held in Glendale." or "And he had finally had enough." tells no report.
    asserting = np.array([r.polarity > 0 and len(r.lemmas) >= MIN_CLAIM_WORDS for r in readings], dtype=bool)
    keep = (
        np.isin(a_article, refuting_articles)
        & ~np.isin(b_article, refuting_articles)
        & asserting[found.b]
        & (related.lookup(a_article, b_article) > 0)
    )
    edges = pd.DataFrame(
        {
            "article": a_article[keep],
            "other": b_article[keep],
            "b": found.b[keep],
            "s": found.similarity[keep],
        }
    )
    # Best statement per (refuting article, other article), then the best articles first.
    edges = edges.sort_values(["article", "s", "b"], ascending=[True, False, True])
    edges = edges.drop_duplicates(["article", "other"])
    return {
        int(part["article"].iloc[0]): list(zip(part["b"].tolist(), part["s"].tolist(), strict=True))
        for _, part in edges.groupby("article", sort=True)
    }


def refutation(claim: Reading, refuting: Reading) -> Finding:
    """The finding for a claim and a refutation of the report it belongs to."""
    quoted = around(refuting.text, refuting.stance.negation or refuting.stance.frame_cue)
    return Finding(
        ClaimKind.DENIAL,
        STRENGTH,
        f"{refuting.voice} calls the report untrue ({quoted}); "
        f"{claim.voice} reports it ({snippet(claim.reported)})",
    )
