"""The garbage collector is paused while an analysis runs, and always resumed."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from analysis.ingest import load
from analysis.model import Article
from analysis.pipeline import analyze
from analysis.progress import Cancelled


@pytest.fixture(scope="module")
def articles(sample_paths: list[Path]) -> list[Article]:
    return load([str(p) for p in sample_paths]).articles


def test_collector_paused_during_analysis_and_resumed_after(articles: list[Article]) -> None:
    seen: list[bool] = []
    result = analyze(articles, progress=lambda _f, _m: seen.append(gc.isenabled()))
    assert len(result.statements) > 0
    assert seen
    assert not any(seen)
    assert gc.isenabled()


def test_collector_resumed_when_cancelled(articles: list[Article]) -> None:
    def stop(fraction: float, _message: str) -> None:
        if fraction >= 0.4:
            raise Cancelled

    with pytest.raises(Cancelled):
        analyze(articles, progress=stop)
    assert gc.isenabled()


def test_collector_left_off_when_the_caller_had_turned_it_off(articles: list[Article]) -> None:
    gc.disable()
    try:
        analyze(articles)
        assert not gc.isenabled()
    finally:
        gc.enable()
