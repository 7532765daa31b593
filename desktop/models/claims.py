"""Competing claims (and corroborations): both sides with speaker, source and statement."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.models.index import AnalysisIndex, StatementRow, column_values, str_column
from desktop.models.roles import Role
from desktop.models.rows import RowsModel
from desktop.session import claim_key
from desktop.widgets.colors import kind_color
from desktop.widgets.labels import CLAIM_KIND_WORDS, DECISION_WORDS

if TYPE_CHECKING:  # pandas loads with the first analysis, not with the window
    import pandas as pd

RANK, KIND, SIDE_A, SIDE_B, SCORE, DECISION, NOTE = range(7)


class ClaimRow(NamedTuple):
    """One claim pair as shown: the decision and note include edits not yet re-analysed."""

    key: str
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
    found = []
    for row in index.memo(("claims", id(frame)), lambda: base_rows(index, frame)):
        if visible is not None and row.a.id not in visible and row.b.id not in visible:
            continue
        if row.key in decisions or row.key in notes:
            row = row._replace(
                decision=decisions.get(row.key, row.decision), note=notes.get(row.key, row.note)
            )
        found.append(row)
    found.sort(key=lambda row: row.decision == "dismissed")  # stable: keeps the table's rank otherwise
    return found


def base_rows(index: AnalysisIndex, frame: pd.DataFrame) -> list[ClaimRow]:
    """Return a claim table as rows, in its order, skipping pairs with an unknown statement."""
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
    rows = []
    for a, b, kind, score, why, decision, note in records:
        left, right = index.by_id.get(a), index.by_id.get(b)
        if left is not None and right is not None:
            rows.append(ClaimRow(claim_key(a, b), left, right, kind, score, why, decision or "open", note))
    return rows


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
        self._ranks: dict[str, int] = {}

    def set_rows(self, rows: list[ClaimRow]) -> None:
        """Replace the rows; their order given here is their rank."""
        self._ranks = {row.key: rank for rank, row in enumerate(rows, start=1)}
        super().set_rows(rows)

    def key(self, record: ClaimRow) -> object:
        return record.key

    def display(self, record: ClaimRow, column: int) -> Any:
        if column == RANK:
            return self._ranks.get(record.key, 0)
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
            return {RANK: self._ranks.get(record.key, 0), SCORE: record.score}.get(column)
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
