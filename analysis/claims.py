"""Claims. PLACEHOLDER until the claims work lands: finds nothing."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.model import Article, Edits
from analysis.progress import Progress, silent
from analysis.tables import ALIGNMENT_COLUMNS, CLAIM_COLUMNS, empty


class ClaimFinder:
    """Align statements across articles and flag competing claims (placeholder)."""

    def fit(
        self, statements: pd.DataFrame, articles: Sequence[Article], progress: Progress = silent
    ) -> ClaimFinder:
        """Find alignments, copies, claims and agreements."""
        self.alignments_ = empty(ALIGNMENT_COLUMNS)
        self.copies_ = empty(["statement_id", "group"])
        self.claims_ = empty(CLAIM_COLUMNS)
        self.agreements_ = empty(CLAIM_COLUMNS)
        return self

    def decided(self, edits: Edits) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Return claims and agreements with the analyst's decisions applied."""
        return self.claims_, self.agreements_
