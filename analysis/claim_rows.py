"""Rows of the claim tables: who says each statement, scores, ranking and decisions.

:mod:`analysis.claims` decides which pairs compete; this module turns a pair and its
findings into a table row, ranks the rows and replays the analyst's decisions. The
scoring formula is documented in :mod:`analysis.claims`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from analysis.claim_text import content, snippet
from analysis.claim_types import Finding, Reading
from analysis.model import ClaimKind, Decision, Edits
from analysis.tables import CLAIM_COLUMNS

KIND_WEIGHT = {
    ClaimKind.DENIAL: 1.0,
    ClaimKind.BLAME: 0.95,
    ClaimKind.FRAMING: 0.9,
    ClaimKind.NUMBERS: 0.9,
    ClaimKind.OMISSION: 0.7,
}
SAME_SIDE = 0.85
# One speaker denying or judging against themselves across outlets is rarer than our
# misreading two consistent lines ("no longer accept … all talk" / "empty talk is over"):
# such pairs stay listed, lower. Omissions and figures of one speaker are how outlets differ.
SAME_SPEAKER = 0.5
_SELF_DOUBTED = frozenset([ClaimKind.DENIAL, ClaimKind.FRAMING])
# A speaker left as a pronoun (its antecedent not found) is not a name to show as one.
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
REPEAT = 0.8
# ``repeats``: how many more pairs of the same two lines the row stands for
# (:mod:`analysis.claim_repeats`); 0 for a pair met once.
OUTPUT_COLUMNS = [*CLAIM_COLUMNS, "similarity", "repeats"]
Out = dict[str, Any]


def pair_key(a: str, b: str) -> str:
    """Return the order-free key of a pair of statement ids, as used in :class:`Edits`."""
    return f"{a}|{b}" if a <= b else f"{b}|{a}"


@dataclass(frozen=True, slots=True)
class Meta:
    """What the claim step needs to know of one statement besides its wording."""

    id: str
    source: str
    side: str
    speaker_id: str
    voice: str
    text: str
    reported: str
    cue: str
    commitment: str

    @property
    def camp(self) -> str:
        """The side, or the outlet when no side is set."""
        return self.side or self.source


def _column(table: pd.DataFrame, name: str, default: object) -> list[Any]:
    return table[name].tolist() if name in table.columns else [default] * len(table)


def _relative(start: int, end: int, offset: int, length: int) -> tuple[int, int] | None:
    """Return an article span relative to its statement (``None`` when absent or outside)."""
    if start < 0 or end <= start or start < offset or end - offset > length:
        return None
    return start - offset, end - offset


def metas(table: pd.DataFrame) -> list[Meta]:
    """Return the :class:`Meta` of every row of a statement table, in order.

    Columns are read as whole lists (not row by row) so large tables stay fast.
    """
    cols = {
        name: _column(table, name, default)
        for name, default in [
            ("id", ""), ("source", ""), ("side", ""), ("speaker", ""), ("speaker_id", ""),
            ("text", ""), ("cue", ""), ("commitment", ""), ("start", 0),
            ("speaker_start", -1), ("speaker_end", -1), ("cue_start", -1), ("cue_end", -1),
        ]
    }  # fmt: skip
    out = []
    for i in range(len(table)):
        text, offset = str(cols["text"][i]), int(cols["start"][i])
        cue = _relative(int(cols["cue_start"][i]), int(cols["cue_end"][i]), offset, len(text))
        speaker = _relative(int(cols["speaker_start"][i]), int(cols["speaker_end"][i]), offset, len(text))
        source = str(cols["source"][i] or "")
        mention = str(cols["speaker"][i] or cols["speaker_id"][i] or "")
        if mention.lower() in _PRONOUNS:
            mention = f"someone the article calls “{mention}”"  # "he (hpo) asserts it" read as a name
        voice = f"{mention} ({source or 'unnamed source'})" if mention else source or "unnamed source"
        out.append(
            Meta(
                str(cols["id"][i]),
                source,
                str(cols["side"][i] or ""),
                str(cols["speaker_id"][i] or ""),
                voice,
                text,
                content(text, cue, speaker),
                str(cols["cue"][i] or ""),
                str(cols["commitment"][i] or ""),
            )
        )
    return out


def across(x: Meta, y: Meta) -> bool:
    """Whether two statements come from different sides (or outlets, when sides are unset)."""
    if x.side and y.side:
        return x.side != y.side
    return x.source != y.source


def _relevance(similarity: float) -> float:
    return 0.6 + 0.4 * min(1.0, similarity / 0.35)


def event_factor(article_similarity: float) -> float:
    """How surely two articles report one event, from their centroid cosine, as a factor.

    ``0.3 + 0.7 x clip((s - 0.05) / 0.25, 0, 1)``: articles of one event (ECB+ median
    0.38) keep their score, articles on another event of the same kind (median 0.07)
    keep a third of it.
    """
    return 0.3 + 0.7 * min(1.0, max(0.0, (article_similarity - 0.05) / 0.25))


def claim_row(x: Meta, y: Meta, findings: list[Finding], similarity: float, event: float = 1.0) -> Out:
    """Return the row of a competing pair: its strongest finding, scored.

    ``event`` is the :func:`event_factor` of the pair's two articles.
    """
    best = max(findings, key=lambda f: KIND_WEIGHT[f.kind] * f.strength)
    voices = 1.0 if across(x, y) else SAME_SIDE
    if x.speaker_id and x.speaker_id == y.speaker_id and best.kind in _SELF_DOUBTED:
        voices *= SAME_SPEAKER
    score = KIND_WEIGHT[best.kind] * best.strength * _relevance(similarity) * voices * event
    others = sorted({str(f.kind) for f in findings if f.kind is not best.kind})
    explanation = best.explanation + (f" (also: {', '.join(others)})" if others else "")
    return _row(x, y, best.kind, score, explanation, similarity)


def agreement_row(x: Meta, y: Meta, ra: Reading, rb: Reading, similarity: float, is_copy: bool) -> Out:
    """Return the row of a corroboration; a syndicated copy counts half."""
    how = "carry the same wording (likely one syndicated text)" if is_copy else "say the same"
    explanation = f"{ra.voice} and {rb.voice} ({x.camp} / {y.camp}) {how}: {snippet(ra.reported)}"
    score = min(1.0, similarity / 0.6) * (0.5 if is_copy else 1.0)
    return _row(x, y, ClaimKind.CORROBORATION, score, explanation, similarity)


def _row(x: Meta, y: Meta, kind: ClaimKind, score: float, explanation: str, similarity: float) -> Out:
    return {
        "a": x.id,
        "b": y.id,
        "kind": str(kind),
        "score": round(float(score), 4),
        "explanation": explanation,
        "decision": str(Decision.OPEN),
        "note": "",
        "similarity": round(float(similarity), 4),
        "repeats": 0,
        "_camps": frozenset((x.camp, y.camp)),
    }


def weigh_corroborations(agreements: list[Out], claims: list[Out]) -> list[Out]:
    """Weight corroborations up when their two sides compete elsewhere in the case."""
    competing = {c["_camps"] for c in claims}
    for row in agreements:
        factor = 1.0 if row["_camps"] in competing else 0.8
        row["score"] = round(float(row["score"]) * factor, 4)
    return agreements


def diversified(claims: list[Out]) -> list[Out]:
    """Discount claims whose statements already appear in stronger claims of the same kind.

    One disputed statement often conflicts with several counterparts; the analyst needs
    each distinct dispute near the top before the variations of one. Each earlier
    (stronger) claim of the same kind sharing a statement multiplies the score by
    ``REPEAT``; a claim of another kind on the same statement is a different dispute.
    """
    seen: Counter[tuple[str, str]] = Counter()
    for row in sorted(claims, key=lambda r: (-float(r["score"]), r["a"], r["b"])):
        a, b = (row["kind"], row["a"]), (row["kind"], row["b"])
        row["score"] = round(float(row["score"]) * REPEAT ** (seen[a] + seen[b]), 4)
        seen.update((a, b))
    return claims


def ranked(rows: list[Out]) -> pd.DataFrame:
    """Return the rows as a table (``OUTPUT_COLUMNS``), best score first."""
    frame = pd.DataFrame(rows, columns=OUTPUT_COLUMNS)
    if frame.empty:
        return frame.astype({"score": float, "similarity": float, "repeats": np.int64})
    return frame.sort_values(["score", "a", "b"], ascending=[False, True, True], ignore_index=True)


def apply_decisions(frame: pd.DataFrame, edits: Edits) -> pd.DataFrame:
    """Apply ``Edits.claim_decisions`` / ``claim_notes``; dismissed rows sort last."""
    table = frame.copy()
    if table.empty:
        return table
    keys = [pair_key(a, b) for a, b in zip(table["a"].tolist(), table["b"].tolist(), strict=True)]
    table["decision"] = [edits.claim_decisions.get(k, str(Decision.OPEN)) for k in keys]
    table["note"] = [edits.claim_notes.get(k, "") for k in keys]
    dismissed = table["decision"] == str(Decision.DISMISSED)
    order = np.lexsort((-table["score"].to_numpy(), dismissed.to_numpy()))
    return table.iloc[order].reset_index(drop=True)
