"""Competing claims (and corroborations): both sides with speaker, source and statement."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.models.index import AnalysisIndex, StatementRow, column_values, passes, str_column
from desktop.models.roles import Role
from desktop.models.rows import RowsModel
from desktop.session import claim_key
from desktop.widgets.colors import kind_color
from desktop.widgets.labels import CLAIM_KIND_WORDS, DECISION_WORDS

RANK, KIND, SIDE_A, SIDE_B, SCORE, DECISION, NOTE = range(7)


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One claim pair as shown: the decision and note include edits not yet re-analysed."""

    key: str
    rank: int
    a: StatementRow
    b: StatementRow
    kind: str
    score: float
    explanation: str
    decision: str
    note: str


def side_text(index: AnalysisIndex, row: StatementRow) -> str:
    """Return "Source · Speaker: statement" for one side of a claim."""
    who = row.speaker_name or row.speaker
    source = index.sources.get(row.article_id, row.source)
    head = f"{source} · {who}" if who else source
    return f"{head}: {row.text}"


def claim_rows(
    index: AnalysisIndex,
    frame: pd.DataFrame,
    visible: frozenset[str] | None,
    decisions: Mapping[str, str],
    notes: Mapping[str, str],
) -> list[ClaimRow]:
    """Return the claims in the analysis' rank order; a claim shows while either side passes the filters.

    ``decisions`` and ``notes`` are the session's edits: they win over the table so a
    click shows at once, before the re-analysis that records it comes back. Dismissed
    claims sink below the others, as the analysis ranks them.
    """
    records = zip(
        str_column(frame, "a"),
        str_column(frame, "b"),
        str_column(frame, "kind"),
        [float(v or 0.0) for v in column_values(frame, "score", 0.0)],
        str_column(frame, "explanation"),
        str_column(frame, "decision"),
        str_column(frame, "note"),
        strict=True,
    )
    found = []
    for a, b, kind, score, why, decision, note in records:
        left, right = index.by_id.get(a), index.by_id.get(b)
        if left is None or right is None or not (passes(visible, a) or passes(visible, b)):
            continue
        key = claim_key(a, b)
        found.append(
            (score, key, left, right, kind, why, decisions.get(key, decision or "open"), notes.get(key, note))
        )
    found.sort(key=lambda item: item[6] == "dismissed")  # stable: keeps the table's rank otherwise
    return [
        ClaimRow(key, rank, left, right, kind, score, why, decision, note)
        for rank, (score, key, left, right, kind, why, decision, note) in enumerate(found, start=1)
    ]


class ClaimsModel(RowsModel[ClaimRow]):
    """Claims table; a dismissed claim reads greyed, a confirmed one bold."""

    headers = ("#", "Kind", "One side", "Other side", "Score", "Decision", "Note")
    header_tips = (
        "Rank by strength",
        "Why the statements compete: denial, numbers, blame, omission, framing",
        "Source · speaker: statement",
        "Source · speaker: statement",
        "How strongly they compete (0–1)",
        "Your verdict: open, confirmed or dismissed",
        "Your note",
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.lookup: AnalysisIndex | None = None

    def key(self, record: ClaimRow) -> object:
        return record.key

    def display(self, record: ClaimRow, column: int) -> Any:
        if column == RANK:
            return record.rank
        if column == KIND:
            return CLAIM_KIND_WORDS.get(record.kind, record.kind)
        if column in (SIDE_A, SIDE_B) and self.lookup is not None:
            return side_text(self.lookup, record.a if column == SIDE_A else record.b)
        if column == SCORE:
            return f"{record.score:.2f}"
        if column == DECISION:
            return DECISION_WORDS.get(record.decision, record.decision)
        if column == NOTE:
            return record.note.replace("\n", " ")
        return ""

    def extra(self, record: ClaimRow, column: int, role: int) -> Any:
        if role == Role.SORT:
            return {RANK: record.rank, SCORE: record.score}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(self, record, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == KIND:
                return kind_color(record.kind)
            return None
        if role == Qt.ItemDataRole.FontRole and record.decision != "open":
            font = QFont()
            font.setStrikeOut(record.decision == "dismissed")
            font.setBold(record.decision == "confirmed" and column == DECISION)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, SCORE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _tooltip(model: ClaimsModel, record: ClaimRow, column: int) -> str | None:
    if column in (SIDE_A, SIDE_B) and model.lookup is not None:
        return side_text(model.lookup, record.a if column == SIDE_A else record.b)
    if column == NOTE:
        return record.note or None
    return record.explanation or None
