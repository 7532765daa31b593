"""Saving and opening projects: every field survives, saves are incremental and portable."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from analysis.model import Article, Edits, Format, Noise, NoiseKind
from analysis.project import ProjectError, ProjectState, open_project, save_project
from tests.fixtures.projects.states import make_article, make_state


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_HOME", str(tmp_path / "home"))


def test_full_state_round_trips_every_field(tmp_path: Path) -> None:
    state = make_state(5)
    # Guard: the fixture must set every Edits field, or a new field could go unstored unseen.
    for f in dataclasses.fields(Edits):
        default = f.default_factory() if callable(f.default_factory) else f.default
        assert getattr(state.edits, f.name) != default, f"fixture leaves Edits.{f.name} at its default"
    for f in dataclasses.fields(Article):
        values = {getattr(a, f.name) for a in state.articles}
        assert values - {"", ()}, f"fixture leaves Article.{f.name} empty"
    path = tmp_path / "case.parallax"
    save_project(path, state)
    assert open_project(path) == state


def test_awkward_text_survives(tmp_path: Path) -> None:
    text = "NUL\x00inside, RTL \u202eevil.exe\u202c, emoji 🛰️, CRLF\r\nand a lone \ufffd; 'quotes' \"too\""
    article = Article(
        id="odd", path="", format=Format.PASTE, text=text, noise=(Noise(0, 3, NoiseKind.CREDIT),), copy_of="x"
    )
    state = ProjectState([article], Edits(claim_notes={"a|b": text}), {"title": text}, name=text[:10])
    save_project(tmp_path / "odd.parallax", state)
    assert open_project(tmp_path / "odd.parallax") == state


def test_names_that_were_not_valid_utf8_survive(tmp_path: Path) -> None:
    # A file name of undecodable bytes reaches Python with lone surrogates; SQLite itself
    # accepts only valid UTF-8, so these must be stored another way and come back equal.
    odd = "r\udcffport"
    article = Article(id=f"id-{odd}", path=f"/cases/{odd}.txt", format=Format.TEXT, text="Body.", title=odd)
    state = ProjectState([article], Edits(claim_notes={odd: odd}), {odd: [odd]}, name=odd)
    path = tmp_path / "odd.parallax"
    save_project(path, state)
    assert save_project(path, state).written == 0
    assert open_project(path) == state
    state.articles.append(make_article(1))
    state.articles.reverse()
    assert save_project(path, state).moved == 1
    assert open_project(path) == state


def test_empty_project_takes_the_file_name(tmp_path: Path) -> None:
    save_project(tmp_path / "Fresh case.parallax", ProjectState())
    opened = open_project(tmp_path / "Fresh case.parallax")
    assert opened == ProjectState(name="Fresh case")


def test_resave_writes_only_what_changed(tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    state = make_state(30)
    assert save_project(path, state).written == 30
    assert save_project(path, state).written == 0
    state.articles[4] = dataclasses.replace(state.articles[4], side="changed")
    state.articles[10], state.articles[11] = state.articles[11], state.articles[10]
    removed = state.articles.pop()
    state.articles.append(make_article(99))
    stats = save_project(path, state)
    assert (stats.written, stats.moved, stats.removed) == (2, 2, 1)
    reopened = open_project(path)
    assert reopened == state
    assert removed.id not in {a.id for a in reopened.articles}


def test_removed_edits_and_settings_are_removed(tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    state = make_state(3)
    save_project(path, state)
    state.edits = Edits()
    state.settings = {"only": "this"}
    save_project(path, state)
    assert open_project(path) == state


def test_saved_file_is_self_contained_on_another_machine(tmp_path: Path) -> None:
    first = tmp_path / "machine_a" / "work"
    first.mkdir(parents=True)
    state = make_state(6)
    save_project(first / "case.parallax", state)
    save_project(first / "case.parallax", state)  # an in-place save must leave no log behind
    assert sorted(p.name for p in first.iterdir()) == ["case.parallax"]
    other = tmp_path / "machine_b" / "Desktop"
    other.mkdir(parents=True)
    shutil.copyfile(first / "case.parallax", other / "copied.parallax")
    shutil.rmtree(tmp_path / "machine_a")
    assert open_project(other / "copied.parallax") == state


def test_save_as_replaces_a_foreign_file(tmp_path: Path) -> None:
    path = tmp_path / "notes.parallax"
    path.write_bytes(b"some unrelated file the analyst chose to overwrite")
    state = make_state(2)
    save_project(path, state)
    assert open_project(path) == state


def test_save_replaces_a_damaged_file_instead_of_failing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "case.parallax"
    save_project(path, make_state(20))
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xa5" * (4096 * 3)
    path.write_bytes(bytes(data))
    state = make_state(20, seed=1)
    save_project(path, state)
    assert "writing a complete new file" in caplog.text
    assert open_project(path) == state


def test_unstorable_state_is_refused_before_touching_the_file(tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    state = make_state(2)
    save_project(path, state)
    before = path.read_bytes()
    with pytest.raises(ValueError, match="cannot be stored"):
        save_project(path, ProjectState(state.articles, state.edits, {"when": object()}))
    with pytest.raises(ValueError, match="share the id"):
        save_project(path, ProjectState([state.articles[0], state.articles[0]]))
    assert path.read_bytes() == before


def test_unwritable_destination_gives_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x")
    with pytest.raises(ProjectError, match="could not be saved") as caught:
        save_project(blocker / "case.parallax", make_state(1))
    assert caught.value.path == blocker / "case.parallax"


def test_file_is_marked_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    save_project(path, make_state(1))
    conn = sqlite3.connect(path)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    assert application_id.to_bytes(4, "big") == b"PRLX"
    assert version >= 2


def test_snapshot_is_independent_of_later_edits() -> None:
    state = make_state(2)
    snap = state.snapshot()
    state.edits.claim_notes["new"] = "later"
    state.settings["analyst"] = "someone else"
    state.articles.pop()
    assert "new" not in snap.edits.claim_notes
    assert snap.settings["analyst"] == "R. Ames"
    assert len(snap.articles) == 2


def test_leftovers_of_a_crashed_save_are_swept_later(tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    old, young = tmp_path / ".case.parallax.4242.saving", tmp_path / ".case.parallax.4343.saving"
    for leftover in (old, young):
        leftover.write_bytes(b"half a database")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    save_project(path, make_state(1))
    assert not old.exists()
    assert young.exists()  # may belong to another Parallax saving right now
