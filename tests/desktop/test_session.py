"""Session: loading and analysis in the background, edits replayed, runs superseded, cache reused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from analysis.model import LoadError
from desktop.session import Session

TIMEOUT = 60_000


@pytest.fixture
def session(qtbot):  # type: ignore[no-untyped-def]
    made = Session()
    yield made
    made.cancel()
    QThreadPool.globalInstance().waitForDone(30_000)


def load_and_wait(qtbot, session: Session, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT, check_params_cb=lambda: True):
        session.load([str(p) for p in paths])
    qtbot.waitUntil(lambda: not session.busy and session.analysis is not None, timeout=TIMEOUT)


def test_loading_reports_progress_and_busy_then_gives_an_analysis(qtbot, session, sample_paths) -> None:  # type: ignore[no-untyped-def]
    busy: list[bool] = []
    fractions: list[float] = []
    session.busyChanged.connect(lambda b: busy.append(b))
    session.progressChanged.connect(lambda f, _m: fractions.append(f))
    load_and_wait(qtbot, session, sample_paths)
    assert len(session.articles) == len(sample_paths)
    assert session.analysis is not None
    assert len(session.analysis.statements) > 20
    assert busy[0] is True
    assert busy[-1] is False
    assert fractions
    assert all(0.0 <= f <= 1.0 for f in fractions)
    assert session.dirty


def test_adding_an_article_does_not_reread_the_others(qtbot, session, sample_paths) -> None:  # type: ignore[no-untyped-def]
    load_and_wait(qtbot, session, sample_paths[:3])
    assert session.last_run is not None  # (its articles may be cached from an earlier test)
    load_and_wait(qtbot, session, sample_paths[3:])
    qtbot.waitUntil(lambda: len(session.analysis.articles) == 4, timeout=TIMEOUT)
    assert session.last_run.analysis is session.analysis
    assert session.last_run.extracted == 1  # only the new article was read into statements


def test_loading_a_file_again_is_announced_not_duplicated(qtbot, session, sample_paths) -> None:  # type: ignore[no-untyped-def]
    load_and_wait(qtbot, session, sample_paths[:1])
    notices: list[list[str]] = []
    session.noticesAdded.connect(notices.append)
    session.load([str(sample_paths[0])])
    qtbot.waitUntil(lambda: bool(notices) and not session.busy, timeout=TIMEOUT)
    assert len(session.articles) == 1
    assert any(Path(sample_paths[0]).name in n or "already" in n.lower() for n in notices[0])


def test_source_edits_survive_reanalysis(qtbot, session, sample_paths) -> None:  # type: ignore[no-untyped-def]
    load_and_wait(qtbot, session, sample_paths)
    target = session.articles[0].id
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        session.set_source_field(target, "source", "Renamed Outlet")
    assert session.analysis.article(target).source == "Renamed Outlet"
    rows = session.analysis.statements[session.analysis.statements["article_id"] == target]
    assert set(rows["source"]) == {"Renamed Outlet"}
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        session.analyze()
    assert session.analysis.article(target).source == "Renamed Outlet"


def test_a_burst_of_edits_gives_one_analysis_and_a_new_run_supersedes_the_old(
    qtbot, session, sample_paths
) -> None:  # type: ignore[no-untyped-def]
    load_and_wait(qtbot, session, sample_paths)
    runs: list[int] = []
    session.analysisChanged.connect(lambda: runs.append(1))
    ids = [a.id for a in session.articles]
    for i, article_id in enumerate(ids):
        session.set_source_field(article_id, "side", f"side {i}")
    session.analyze()
    session.analyze()  # the second call cancels the first
    qtbot.waitUntil(lambda: not session.busy, timeout=TIMEOUT)
    qtbot.wait(300)  # past the edit-burst timer: nothing else may arrive
    assert runs == [1]
    assert [session.analysis.article(i).side for i in ids] == [f"side {i}" for i in range(len(ids))]


def test_removing_an_article_reanalyses_without_it(qtbot, session, sample_paths) -> None:  # type: ignore[no-untyped-def]
    load_and_wait(qtbot, session, sample_paths)
    gone = session.articles[1].id
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        session.remove_article(gone)
    assert gone not in {a.id for a in session.analysis.articles}
    assert gone not in set(session.analysis.statements["article_id"])


def test_problems_are_collected_and_announced(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(session.problemsAdded) as blocker:
        session.add_problems([LoadError("a.bin", "not an article")])
    assert blocker.args == [[LoadError("a.bin", "not an article")]]
    assert session.problems == [LoadError("a.bin", "not an article")]


def test_reset_replaces_everything_and_is_not_dirty(qtbot, session, sample_paths) -> None:  # type: ignore[no-untyped-def]
    load_and_wait(qtbot, session, sample_paths)
    articles = list(session.articles[:2])
    with qtbot.waitSignal(session.analysisChanged, timeout=TIMEOUT):
        session.reset(articles)
    qtbot.waitUntil(
        lambda: session.analysis is not None and len(session.analysis.articles) == 2, timeout=TIMEOUT
    )
    assert not session.dirty
    assert session.edits.sources == {}


def test_a_claim_selected_from_code_shows_in_the_claims_panel(qtbot, session, sample_paths) -> None:  # type: ignore[no-untyped-def]
    from desktop.panels.claims import ClaimsPanel

    panel = ClaimsPanel(session)
    qtbot.addWidget(panel)
    load_and_wait(qtbot, session, sample_paths)
    qtbot.waitUntil(lambda: panel.claims_model.rowCount() > 1, timeout=TIMEOUT)
    chosen = panel.claims_model.rows()[1]
    selected: list[str] = []
    session.statementSelected.connect(selected.append)
    session.select_claim(chosen.b.id, chosen.a.id)  # either order names the same claim
    current = panel.current()
    assert current is not None
    assert current.key == chosen.key
    assert panel.detail.claim is not None
    assert panel.detail.claim.key == chosen.key
    assert selected == [chosen.a.id]  # as a click would: the reader goes to its first side
