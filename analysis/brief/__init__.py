"""PDF briefing. PLACEHOLDER until the brief work lands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analysis.pipeline import Analysis
from analysis.progress import Progress, silent


@dataclass(frozen=True)
class BriefOptions:
    """What the analyst chose for the brief."""

    title: str = ""
    analyst: str = ""
    note: str = ""
    summary: str = ""
    paper: str = "a4"
    topic_ids: tuple[int, ...] | None = None
    appendix: bool = True


def build_brief(analysis: Analysis, path: Path, options: BriefOptions, progress: Progress = silent) -> Path:
    """Write the brief (placeholder: refuses)."""
    raise RuntimeError("the PDF brief is not built yet")
