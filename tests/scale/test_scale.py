"""A big case opens, re-analyses and exports with bounded memory (issue 8, scale).

The scenario (:mod:`tests.scale.scenario`) takes a synthetic news corpus from a dropped
folder through analysis, project save and open, two re-analyses with the analyst's edits
replayed, and the brief, CSV and JSON exports. ``make test`` runs it on a small case;
``make stress`` on 2,000 articles, and checks that repeated re-analysis does not grow.
``tests/bench/bench_scale.py`` prints the same steps' figures.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import psutil
import pytest
from pypdf import PdfReader

from analysis.pipeline import StatementCache, analyze
from tests.scale.scenario import MB, Run, json_statements, run_scenario

PEAK_MB_2000 = 3000  # resident memory the 2,000-article case may reach at its peak (a laptop has 8 GB)


def check_run(run: Run, count: int) -> None:
    """Every step happened, and each export holds the whole analysis."""
    facts = run.facts
    assert facts["articles"] == count
    assert facts["errors"] == []
    assert facts["opened"] == count
    analysis = facts["analysis"]
    assert len(analysis.articles) == count
    assert analysis.statements["article_id"].nunique() == count, "every article has statements"
    assert len(analysis.topics) > 1
    assert len(analysis.claims) > 0
    reader = PdfReader(facts["pdf"])
    assert len(reader.pages) > 3
    assert "Scale test" in reader.pages[0].extract_text()
    statements_csv = next(p for p in facts["csv"] if p.name == "statements.csv")
    assert len(pd.read_csv(statements_csv)) == len(analysis.statements)
    assert json_statements(facts["json"]) == len(analysis.statements)


def check_edits_replayed(run: Run) -> None:
    """The analyst's edits, saved in the project, are applied to the re-analysis."""
    analysis = run.facts["analysis"]
    assert "Outlet renamed 0" in set(analysis.statements["source"])
    assert "Chief spokesperson" in set(analysis.speakers["name"])


def test_small_case_from_drop_to_exports(tmp_path: Path) -> None:
    run = run_scenario(tmp_path, 40)
    check_run(run, 40)
    check_edits_replayed(run)
    assert len(run.steps) == 9
    assert all(s.wall > 0 and s.rss_mb > 0 for s in run.steps)


@pytest.mark.stress
@pytest.mark.timeout(3600)
def test_two_thousand_articles(tmp_path: Path) -> None:
    run = run_scenario(tmp_path, 2000)
    check_run(run, 2000)
    check_edits_replayed(run)
    # Re-analysing again and again (what every edit does) must not keep growing.
    articles, cache = list(run.facts["analysis"].articles), StatementCache()
    analyze(articles, cache=cache)
    settled = psutil.Process().memory_info().rss / MB
    for _ in range(3):
        analyze(articles, cache=cache)
    assert psutil.Process().memory_info().rss / MB < settled * 1.15 + 100
    over = [(s.name, round(s.rss_mb)) for s in run.steps if s.rss_mb >= PEAK_MB_2000]
    assert not over, f"resident memory over {PEAK_MB_2000} MB: {over}"
