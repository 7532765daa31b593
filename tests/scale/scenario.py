"""A big case from drop to exports, step by step, with the time and memory of each step.

Used by the scale test (which asserts on it) and ``tests/bench/bench_scale.py`` (which
prints it). The articles are the synthetic news corpus of :mod:`tests.scale.corpus`; the
analyst's edits are real ones, keyed by ids of the first analysis, so re-analysis replays
them as it does for a reopened project.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psutil
from pypdf import PdfReader

from analysis import ingest
from analysis.brief import BriefOptions, build_brief
from analysis.export import analysis_json, write_csv, write_json
from analysis.model import Edits
from analysis.pipeline import Analysis, StatementCache, analyze
from analysis.project import ProjectState, open_project, save_project
from tests.analysis.ingest_fixtures.measure import measure
from tests.scale.corpus import write_corpus

MB = 2**20


@dataclass(frozen=True)
class Step:
    """What one step cost: wall and CPU seconds, peak growth and peak total resident memory."""

    name: str
    wall: float
    cpu: float
    grew_mb: float
    rss_mb: float


@dataclass
class Run:
    """The steps of one scenario and what they produced."""

    steps: list[Step] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)

    def step(self, name: str, work: Callable[[], Any]) -> Any:
        """Run ``work`` as the step ``name``; record its cost and return its result."""
        base = psutil.Process().memory_info().rss
        done = measure(work)
        self.steps.append(Step(name, done.wall, done.cpu, done.peak_mb, base / MB + done.peak_mb))
        return done.value


def analyst_edits(analysis: Analysis) -> Edits:
    """Return edits an analyst makes in a day: sources renamed, speakers merged, topics named."""
    articles, speakers = analysis.articles, list(analysis.speakers["id"])
    anchors, claims = list(analysis.topics["anchor"]), analysis.claims
    key = "|".join(sorted((str(claims["a"].iloc[0]), str(claims["b"].iloc[0])))) if len(claims) else ""
    return Edits(
        sources={
            a.id: {"source": f"Outlet renamed {i}", "side": "reviewed"} for i, a in enumerate(articles[:50])
        },
        order=[a.id for a in reversed(articles[:20])],
        speaker_merges={speakers[1]: speakers[0]} if len(speakers) > 1 else {},
        speaker_renames={speakers[0]: "Chief spokesperson"} if speakers else {},
        topic_renames={anchors[0]: "Casualty figures"} if anchors else {},
        topic_merges=[anchors[1:3]] if len(anchors) > 2 else [],
        claim_decisions={key: "confirmed"} if key else {},
        claim_notes={key: "Checked against the wire copy."} if key else {},
    )


def run_scenario(folder: Path, count: int, *, seed: int = 0) -> Run:
    """Write ``count`` articles into ``folder`` and take them from load to every export.

    Steps: load the folder, analyse, save the project (with the analyst's edits), open
    it, re-analyse as a reopened project does, re-analyse after one more edit (cached
    statements, as the app does), write the brief, the CSV files and the JSON.
    """
    os.environ.setdefault("PARALLAX_HOME", str(folder / "home"))
    run = Run()
    write_corpus(folder / "articles", count, seed=seed)
    result = run.step("load (ingest the folder)", lambda: ingest.load([str(folder / "articles")]))
    first = run.step("analyse", lambda: analyze(result.articles))
    state = ProjectState(result.articles, analyst_edits(first), {"brief_title": "Scale"}, name="Scale")
    project = folder / "scale.parallax"
    run.step("save project", lambda: save_project(project, state))
    opened = run.step("open project", lambda: open_project(project))
    cache = StatementCache()
    analysis = run.step(
        "re-analyse the opened project", lambda: analyze(opened.articles, opened.edits, cache=cache)
    )
    edits = replace(opened.edits, n_topics=max(2, len(analysis.topics) // 2))
    analysis = run.step("re-analyse after an edit", lambda: analyze(opened.articles, edits, cache=cache))
    options = BriefOptions(title="Scale test", created=datetime(2026, 3, 11, tzinfo=UTC))
    pdf = run.step("brief (PDF)", lambda: build_brief(analysis, folder / "brief.pdf", options))
    csv_files = run.step("CSV export", lambda: write_csv(analysis, folder / "csv"))
    run.step("JSON export", lambda: write_json(analysis_json(analysis), folder / "analysis.json"))
    run.facts = {
        "articles": len(result.articles),
        "errors": [e.message for e in result.errors],
        "characters": sum(len(a.text) for a in result.articles),
        "statements": len(analysis.statements),
        "speakers": len(analysis.speakers),
        "topics": len(analysis.topics),
        "claims": len(analysis.claims),
        "agreements": len(analysis.agreements),
        "opened": len(opened.articles),
        "project_mb": project.stat().st_size / MB,
        "pdf": pdf,
        "pdf_mb": pdf.stat().st_size / MB,
        "pdf_pages": len(PdfReader(pdf).pages),
        "csv": csv_files,
        "json": folder / "analysis.json",
        "json_mb": (folder / "analysis.json").stat().st_size / MB,
        "first": first,
        "analysis": analysis,
    }
    return run


def json_statements(path: Path) -> int:
    """Return how many statements a written ``analysis.json`` holds."""
    return len(json.loads(path.read_text(encoding="utf-8"))["statements"])
