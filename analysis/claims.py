"""Competing claims and corroborations across sources, ranked for the analyst.

:class:`ClaimFinder` aligns every statement with its counterparts in other articles
(:mod:`analysis.align`), reads each aligned pair for a reason to compete
(:mod:`analysis.conflicts`: denial, numbers, omission, blame, framing) and lists the
pairs that agree across sides as corroborations. The analyst's confirm/dismiss
decisions are keyed by the sorted statement ids, so they survive re-analysis.

Ranking (``score`` in ``[0, 1]``, highest first) puts first what an analyst must read::

    score = weight(kind) x strength x relevance(similarity) x voices

- ``weight``: a flat contradiction outranks a difference of detail — denial 1.0,
  blame 0.95, framing 0.9, numbers 0.9, omission 0.7;
- ``strength`` (from the detector): how sharp the conflict is — figures that cannot
  both be true ("six" vs "at least 20") score 0.75-1, figures that merely differ
  ("about 900,000" vs "about a million") 0.15-0.6;
- ``relevance``: how surely the two statements speak of the same thing,
  ``0.6 + 0.4 x min(1, cosine / 0.35)``;
- ``voices``: 1.0 across sides (or across outlets when sides are unset), 0.85 for two
  speakers of one side — a side contradicting itself matters, but less;
- then, so the top of the list covers distinct disputes before variations of one, each
  stronger claim of the same kind that already involves one of the two statements
  multiplies the score by 0.8.

Corroborations score ``min(1, cosine / 0.6)``, times 1.0 when their sides compete
elsewhere in the case (two adversaries agreeing is news) and 0.8 otherwise, halved for
syndicated copies (one text printed twice is not two witnesses).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from analysis import align
from analysis.claim_candidates import candidate_pairs, related_articles, signal_pairs
from analysis.claim_text import content
from analysis.conflicts import Finding, Reading, compare, read, same_figure, shared_content, snippet
from analysis.model import Article, ClaimKind, Decision, Edits
from analysis.progress import Progress, scaled, silent
from analysis.tables import CLAIM_COLUMNS

KIND_WEIGHT = {
    ClaimKind.DENIAL: 1.0,
    ClaimKind.BLAME: 0.95,
    ClaimKind.FRAMING: 0.9,
    ClaimKind.NUMBERS: 0.9,
    ClaimKind.OMISSION: 0.7,
}
SAME_SIDE = 0.85
REPEAT = 0.8
OUTPUT_COLUMNS = [*CLAIM_COLUMNS, "similarity"]
_PROGRESS_EVERY = 2000


def pair_key(a: str, b: str) -> str:
    """Return the order-free key of a pair of statement ids, as used in :class:`Edits`."""
    return f"{a}|{b}" if a <= b else f"{b}|{a}"


Row = Mapping[str, Any]
Out = dict[str, Any]


def _relative(row: Row, start_col: str, end_col: str) -> tuple[int, int] | None:
    """Return a span column pair relative to the statement text (``None`` when absent)."""
    start, end = int(row.get(start_col, -1)), int(row.get(end_col, -1))
    offset = int(row.get("start", 0))
    if start < 0 or end <= start or start < offset or end - offset > len(str(row["text"])):
        return None
    return start - offset, end - offset


def _reported(row: Row) -> str:
    """What a statement reports, with its attribution cut off (see :mod:`analysis.claim_text`)."""
    text = str(row["text"])
    return content(
        text, _relative(row, "cue_start", "cue_end"), _relative(row, "speaker_start", "speaker_end")
    )


def _voice(row: Row) -> str:
    speaker = str(row.get("speaker", "") or row.get("speaker_id", "") or "")
    source = str(row.get("source", "") or "") or "unnamed source"
    return f"{speaker} ({source})" if speaker else source


def _across(x: Row, y: Row) -> bool:
    """Whether two statements come from different sides (or outlets, when sides are unset)."""
    if x["side"] and y["side"]:
        return bool(x["side"] != y["side"])
    return bool(x["source"] != y["source"])


def _relevance(similarity: float) -> float:
    return 0.6 + 0.4 * min(1.0, similarity / 0.35)


class ClaimFinder:
    """Align statements across articles and rank their competing claims and corroborations.

    Parameters
    ----------
    n_neighbors : int
        Counterparts kept per statement.
    align_threshold : float
        Smallest cosine listed in ``alignments_``.
    candidate_floor : float
        Smallest cosine for a pair to be checked for a conflict; lower than
        ``align_threshold`` because a denial shares fewer words than a paraphrase.
    corroboration_threshold : float
        Smallest cosine for two agreeing statements to count as corroboration.
    copy_threshold, copy_ratio : float
        Cosine and word-sequence match ratio that make two statements one copied text.

    Attributes
    ----------
    alignments_ : DataFrame
        ``a, b, similarity``: each statement's counterparts in other articles, best first.
    copies_ : DataFrame
        ``statement_id, group``: near-identical wording across articles.
    claims_, agreements_ : DataFrame
        Competing claims and corroborations (``CLAIM_COLUMNS`` plus ``similarity``),
        ranked by ``score``.
    """

    def __init__(
        self,
        n_neighbors: int = 10,
        align_threshold: float = 0.2,
        candidate_floor: float = 0.08,
        corroboration_threshold: float = 0.3,
        copy_threshold: float = 0.85,
        copy_ratio: float = 0.9,
    ) -> None:
        self.n_neighbors = n_neighbors
        self.align_threshold = align_threshold
        self.candidate_floor = candidate_floor
        self.corroboration_threshold = corroboration_threshold
        self.copy_threshold = copy_threshold
        self.copy_ratio = copy_ratio

    def fit(
        self, statements: pd.DataFrame, articles: Sequence[Article], progress: Progress = silent
    ) -> ClaimFinder:
        """Find alignments, copies, competing claims and corroborations.

        Parameters
        ----------
        statements : DataFrame
            The statement table (``tables.STATEMENT_COLUMNS``).
        articles : sequence of Article
            The articles the statements come from (unused beyond the table's columns,
            kept for the pipeline's interface).
        progress : Progress
            Receives fractions in ``[0, 1]``; may raise ``Cancelled``.

        Returns
        -------
        ClaimFinder
            ``self``, fitted.
        """
        table = statements.reset_index(drop=True)
        rows: list[Row] = [{str(k): v for k, v in row.items()} for row in table.to_dict("records")]
        ids = [str(i) for i in table["id"]]
        reported = [_reported(row) for row in rows]
        groups = pd.factorize(table["article_id"])[0].astype(np.int64)
        progress(0.0, "Aligning statements across articles")
        vectors = align.vectorise(reported)
        found = align.neighbours(
            vectors, groups, self.n_neighbors, self.candidate_floor, progress=scaled(progress, 0.05, 0.35)
        )
        self.alignments_ = align.alignment_table(found, ids, self.align_threshold)
        self.copies_ = align.copy_groups(found, reported, ids, self.copy_threshold, self.copy_ratio)
        progress(0.4, "Reading statements for checkable facts")
        readings = [_reading(row, text) for row, text in zip(rows, reported, strict=True)]
        extra = signal_pairs(readings, groups, related_articles(vectors, groups))
        pairs = candidate_pairs(found, extra, vectors)
        copied = set(zip(*self._copy_pairs(), strict=True)) if len(self.copies_) else set()
        claims, agreements = self._pairs(rows, readings, pairs, copied, scaled(progress, 0.6, 1.0))
        self.claims_ = _ranked(_diversified(claims))
        self.agreements_ = _ranked(_weigh_corroborations(agreements, claims))
        progress(1.0, "Competing claims found")
        return self

    def _copy_pairs(self) -> tuple[list[str], list[str]]:
        by_group = self.copies_.groupby("group")["statement_id"].apply(list)
        a, b = [], []
        for members in by_group:
            for i, x in enumerate(members):
                for y in members[i + 1 :]:
                    a.append(min(x, y))
                    b.append(max(x, y))
        return a, b

    def _pairs(
        self,
        rows: list[Row],
        readings: list[Reading],
        pairs: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]],
        copied: set[tuple[str, str]],
        progress: Progress,
    ) -> tuple[list[Out], list[Out]]:
        """Check every candidate pair once; return claim rows and corroboration rows."""
        claims: list[Out] = []
        agreements: list[Out] = []
        firsts, seconds, sims = (p.tolist() for p in pairs)
        for done, (i, j, similarity) in enumerate(zip(firsts, seconds, sims, strict=True)):
            if done % _PROGRESS_EVERY == 0:
                progress(done / max(len(firsts), 1), "Reading aligned statements for competing claims")
            x, y = rows[i], rows[j]
            if x["source"] == y["source"] and x["speaker_id"] == y["speaker_id"]:
                continue  # one voice repeating itself is not two claims
            findings = compare(readings[i], readings[j])
            if findings:
                claims.append(_claim_row(x, y, findings, similarity))
            elif self._corroborates(readings[i], readings[j], x, y, similarity):
                is_copy = (min(x["id"], y["id"]), max(x["id"], y["id"])) in copied
                agreements.append(_agreement_row(x, y, readings[i], readings[j], similarity, is_copy))
        return claims, agreements

    def _corroborates(self, ra: Reading, rb: Reading, x: Row, y: Row, similarity: float) -> bool:
        if not _across(x, y) or ra.stance.polarity != rb.stance.polarity:
            return False
        if x["speaker_id"] and x["speaker_id"] == y["speaker_id"]:
            return False  # two outlets quoting one speaker are one witness
        if same_figure(ra, rb) and similarity >= self.corroboration_threshold / 2:
            return True  # "about 900,000 displaced" and "about 900,000 fled"
        return similarity >= self.corroboration_threshold and shared_content(ra, rb) >= 3

    def decided(self, edits: Edits) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Return claims and agreements with the analyst's decisions and notes applied.

        Dismissed pairs stay listed, marked ``dismissed``, and sort after all others;
        the rest keep their rank by score.
        """
        return _apply(self.claims_, edits), _apply(self.agreements_, edits)


def _reading(row: Row, reported: str) -> Reading:
    return read(
        str(row["text"]), _voice(row), reported, str(row.get("cue", "")), str(row.get("commitment", ""))
    )


def _claim_row(x: Row, y: Row, findings: list[Finding], similarity: float) -> Out:
    best = max(findings, key=lambda f: KIND_WEIGHT[f.kind] * f.strength)
    voices = 1.0 if _across(x, y) else SAME_SIDE
    score = KIND_WEIGHT[best.kind] * best.strength * _relevance(similarity) * voices
    others = sorted({str(f.kind) for f in findings if f.kind is not best.kind})
    explanation = best.explanation + (f" (also: {', '.join(others)})" if others else "")
    return _row(x, y, best.kind, score, explanation, similarity)


def _agreement_row(x: Row, y: Row, ra: Reading, rb: Reading, similarity: float, is_copy: bool) -> Out:
    sides = " / ".join(str(v) for v in (x["side"] or x["source"], y["side"] or y["source"]))
    how = "carry the same wording (likely one syndicated text)" if is_copy else "say the same"
    explanation = f"{ra.voice} and {rb.voice} ({sides}) {how}: {snippet(ra.reported)}"
    score = min(1.0, similarity / 0.6) * (0.5 if is_copy else 1.0)
    return _row(x, y, ClaimKind.CORROBORATION, score, explanation, similarity)


def _row(x: Row, y: Row, kind: ClaimKind, score: float, explanation: str, similarity: float) -> Out:
    return {
        "a": x["id"],
        "b": y["id"],
        "kind": str(kind),
        "score": round(float(score), 4),
        "explanation": explanation,
        "decision": str(Decision.OPEN),
        "note": "",
        "similarity": round(float(similarity), 4),
        "_sides": (x["side"] or x["source"], y["side"] or y["source"]),
    }


def _weigh_corroborations(agreements: list[Out], claims: list[Out]) -> list[Out]:
    """Weight corroborations up when their two sides compete elsewhere in the case."""
    competing = {frozenset(c["_sides"]) for c in claims}
    for row in agreements:
        factor = 1.0 if frozenset(row["_sides"]) in competing else 0.8
        row["score"] = round(float(row["score"]) * factor, 4)
    return agreements


def _diversified(claims: list[Out]) -> list[Out]:
    """Discount claims whose statements already appear in stronger claims.

    One disputed statement often conflicts with several counterparts; the analyst needs
    each distinct dispute near the top before the variations of one. Each earlier
    (stronger) claim sharing a statement multiplies the score by ``REPEAT``.
    """
    seen: Counter[tuple[str, str]] = Counter()
    for row in sorted(claims, key=lambda r: (-float(r["score"]), r["a"], r["b"])):
        a, b = (row["kind"], row["a"]), (row["kind"], row["b"])
        row["score"] = round(float(row["score"]) * REPEAT ** (seen[a] + seen[b]), 4)
        seen.update((a, b))
    return claims


def _ranked(rows: list[Out]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=OUTPUT_COLUMNS)
    if frame.empty:
        return frame.astype({"score": float, "similarity": float})
    return frame.sort_values(["score", "a", "b"], ascending=[False, True, True], ignore_index=True)


def _apply(frame: pd.DataFrame, edits: Edits) -> pd.DataFrame:
    """Apply ``Edits.claim_decisions`` / ``claim_notes``; dismissed rows sort last."""
    table = frame.copy()
    if table.empty:
        return table
    keys = [pair_key(a, b) for a, b in zip(table["a"], table["b"], strict=True)]
    table["decision"] = [edits.claim_decisions.get(k, str(Decision.OPEN)) for k in keys]
    table["note"] = [edits.claim_notes.get(k, "") for k in keys]
    dismissed = table["decision"] == str(Decision.DISMISSED)
    order = np.lexsort((-table["score"].to_numpy(), dismissed.to_numpy()))
    return table.iloc[order].reset_index(drop=True)
