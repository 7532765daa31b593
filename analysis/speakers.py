"""Speaker identity. PLACEHOLDER until the attribution work lands: ids are lower-cased mentions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pandas as pd

from analysis.model import Article, Edits, Speaker, SpeakerType, Statement
from analysis.tables import speakers_frame


class SpeakerResolver:
    """Give every statement a canonical ``speaker_id`` (placeholder)."""

    def __init__(self, edits: Edits | None = None) -> None:
        self.edits = edits

    def fit(self, statements: Sequence[Statement], articles: Sequence[Article]) -> SpeakerResolver:
        """Resolve speakers; sets ``statements_`` and ``speakers_``."""
        out: list[Statement] = []
        found: dict[str, Speaker] = {}
        for s in statements:
            if s.speaker:
                key = s.speaker.lower()
                found.setdefault(key, Speaker(key, s.speaker, SpeakerType.PERSON))
                s = replace(s, speaker_id=key)
            out.append(s)
        self.statements_ = out
        self.speakers_ = list(found.values())
        return self

    def table(self, statements: pd.DataFrame) -> pd.DataFrame:
        """Return the speaker table with counts from the statement table."""
        return speakers_frame(self.speakers_, statements)
