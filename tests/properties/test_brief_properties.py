"""Properties of the PDF brief (issue 8): any analysis prints, and the PDF reads back.

Analyses come from generated articles (:mod:`tests.properties.texts`); options are drawn
too (titles and notes in any script, paper, a subset of topics, with or without the
appendix, few or many findings). The brief must never raise, must leave a PDF that
pypdf opens page by page, and must leave no partial file behind.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from analysis.brief import BriefOptions, build_brief
from analysis.pipeline import Analysis, analyze
from tests.properties.texts import UNICODE, article_sets

QUICK = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
LONG = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


@st.composite
def briefs(draw: st.DrawFn) -> tuple[Analysis, BriefOptions]:
    """Return an analysis of generated articles and options an analyst could choose."""
    analysis = analyze(draw(article_sets()))
    # Topic ids around the real ones: a choice kept from an earlier analysis may name
    # topics that no longer exist.
    top = max((int(t) for t in analysis.topics["id"]), default=0)
    chosen = draw(
        st.one_of(st.none(), st.lists(st.integers(-1, top + 2), unique=True, max_size=4).map(tuple))
    )
    options = BriefOptions(
        title=draw(st.text(UNICODE, max_size=60)),
        analyst=draw(st.text(UNICODE, max_size=30)),
        note=draw(st.text(UNICODE, max_size=300)),
        summary=draw(st.text(UNICODE, max_size=80)),
        paper=draw(st.sampled_from(("a4", "letter"))),
        topic_ids=chosen,
        appendix=draw(st.booleans()),
        created=datetime(2026, 3, 11, 9, 30, tzinfo=UTC),
        max_findings=draw(st.integers(0, 12)),
    )
    return analysis, options


def brief_reads_back(analysis: Analysis, options: BriefOptions) -> None:
    """Build the brief; the PDF opens, every page's text extracts, nothing partial remains."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "brief.pdf"
        assert build_brief(analysis, path, options) == path
        reader = PdfReader(path, strict=True)
        assert len(reader.pages) >= 1
        for page in reader.pages:
            page.extract_text()
        assert [p.name for p in Path(folder).iterdir()] == ["brief.pdf"]


@QUICK
@given(case=briefs())
def test_any_analysis_prints(case: tuple[Analysis, BriefOptions]) -> None:
    brief_reads_back(*case)


@pytest.mark.stress
@LONG
@given(case=briefs())
def test_any_analysis_prints_at_length(case: tuple[Analysis, BriefOptions]) -> None:
    brief_reads_back(*case)
