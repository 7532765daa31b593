"""Timeline. PLACEHOLDER until the timeline work lands: no events."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from analysis.model import Article
from analysis.tables import TIMELINE_COLUMNS, empty


def build_timeline(statements: pd.DataFrame, articles: Sequence[Article]) -> pd.DataFrame:
    """Return dated events per source (placeholder: none)."""
    return empty(TIMELINE_COLUMNS)
