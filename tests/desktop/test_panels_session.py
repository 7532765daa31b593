"""Set-up shared by the panel tests, and checks of that set-up against the real session.

The demo case is loaded and analysed once per test run (``sample_case``); each test gets a
fresh :class:`Session` holding it, delivered the way a finished background analysis
delivers it. Tests that edit wait for the session's own re-analysis (:func:`reanalysed`).
Other test modules import the fixtures by their function names (``*_fixture``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from analysis import ingest
from analysis.model import Article
from analysis.pipeline import Analysis, analyze
from desktop.session import Session

TIMEOUT = 60_000


@pytest.fixture(name="sample_case", scope="session")
def sample_case_fixture(sample_paths: list[Path]) -> tuple[list[Article], Analysis]:
    """The demo articles, loaded and analysed once."""
    result = ingest.load([str(p) for p in sample_paths])
    assert not result.errors, result.errors
    return result.articles, analyze(result.articles)


def deliver(session: Session, articles: list[Article], analysis: Analysis) -> None:
    """Give a session articles and an analysis through the signals a finished task sends."""
    session.articles = list(articles)
    session.articlesChanged.emit()
    session.analyzer.succeeded.emit(analysis)


def wait_idle(qtbot, session: Session, before: Analysis | None = None) -> Analysis:  # type: ignore[no-untyped-def]
    """Wait until the session is idle with an analysis newer than ``before``; return it.

    A failed analysis stops the wait at once with the analysis' own error message.
    """
    failures: list[str] = []
    session.analyzer.failed.connect(lambda message, details: failures.append(details or message))

    def done() -> None:
        if failures:
            pytest.fail(f"analysis failed: {failures[0]}")
        assert not session.busy
        assert session.analysis is not None
        assert session.analysis is not before

    qtbot.waitUntil(done, timeout=TIMEOUT)
    qtbot.wait(5)  # let panels that update one event-loop turn later (the compare view) catch up
    assert session.analysis is not None
    return session.analysis


def reanalysed(qtbot, session: Session, act: Callable[[], object]) -> Analysis:  # type: ignore[no-untyped-def]
    """Do ``act`` (an edit) and wait for the re-analysis it schedules."""
    before = session.analysis
    act()
    return wait_idle(qtbot, session, before)


@pytest.fixture(name="session")
def session_fixture(qtbot, sample_case: tuple[list[Article], Analysis]) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    """A session holding the analysed demo case."""
    s = Session()
    deliver(s, *sample_case)
    yield s
    s.cancel()
    QThreadPool.globalInstance().waitForDone(TIMEOUT)


def fragment_id(analysis: Analysis, fragment: str) -> str:
    """Return the id of the statement containing ``fragment`` (fails when none does)."""
    table = analysis.statements
    found = table[table["text"].str.contains(fragment, regex=False)]
    assert len(found), f"no statement contains {fragment!r}"
    return str(found["id"].iloc[0])


def test_delivered_session_holds_the_analysed_case(session: Session) -> None:
    assert session.analysis is not None
    assert len(session.articles) == 4
    assert {a.id for a in session.analysis.articles} == {a.id for a in session.articles}
    assert len(session.analysis.statements) > 20


def test_an_edit_reanalyses_through_the_session(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    first = session.articles[0].id
    analysis = reanalysed(qtbot, session, lambda: session.set_source_field(first, "source", "Renamed Outlet"))
    assert analysis.article(first).source == "Renamed Outlet"
