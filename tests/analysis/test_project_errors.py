"""Opening what is not a good project: a clear message, and the last good backup offered."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from analysis.project import ProjectError, find_backup, open_project, save_project
from analysis.project.schema import VERSION
from tests.fixtures.projects.states import make_state


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_HOME", str(tmp_path / "home"))


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A project saved twice (so it has a latest and a previous backup)."""
    path = tmp_path / "case.parallax"
    save_project(path, make_state(40, seed=1))
    save_project(path, make_state(40, seed=2))
    return path


def _error(path: Path) -> ProjectError:
    with pytest.raises(ProjectError) as caught:
        open_project(path)
    return caught.value


def test_text_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "notes.parallax"
    path.write_text("Just some notes, not a database.\n" * 10)
    error = _error(path)
    assert "not a Parallax project" in str(error)
    assert error.backup is None


def test_other_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "SQLite database but not a Parallax project" in str(_error(path))


@pytest.mark.parametrize("keep", [0, 50, 4096 + 100])
def test_truncated_project_offers_the_backup(saved: Path, keep: int) -> None:
    size = saved.stat().st_size
    with saved.open("r+b") as handle:
        handle.truncate(keep if keep < size else size // 2)
    error = _error(saved)
    assert ("empty" if keep == 0 else "truncated") in error.reason
    assert error.backup is not None
    assert str(error.backup) in str(error)
    assert open_project(error.backup) == make_state(40, seed=2)


def test_truncated_to_whole_pages_is_reported_too(saved: Path) -> None:
    with saved.open("r+b") as handle:
        handle.truncate(4096 * 4)
    assert "truncated" in _error(saved).reason


def test_corrupt_pages_are_reported_as_damage(saved: Path) -> None:
    data = bytearray(saved.read_bytes())
    for start in range(4096 * 2, len(data), 4096 * 3):
        data[start : start + 4096] = os.urandom(4096)
    saved.write_bytes(bytes(data))
    error = _error(saved)
    assert "damaged" in error.reason
    assert error.backup is not None
    assert open_project(error.backup) == make_state(40, seed=2)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("format", "floppy"),
        ("noise", '[[5, 2, "caption"]]'),
        ("noise", '[[0, 3, "nonsense"]]'),
        ("paragraphs", "[[true, 3]]"),
        ("paragraphs", "[[-1, 3]]"),
        ("paragraphs", "[[1, 2, 3]]"),
        ("paragraphs", '{"a": 1}'),
        ("paragraphs", "not json"),
    ],
)
def test_tampered_value_names_the_article(saved: Path, column: str, value: str) -> None:
    conn = sqlite3.connect(saved)
    first = conn.execute("SELECT id FROM articles ORDER BY position LIMIT 1").fetchone()[0]
    conn.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", (value, first))
    conn.commit()
    conn.close()
    error = _error(saved)
    assert "damaged" in error.reason
    assert first in error.reason


def test_newer_schema_is_refused_with_both_versions(saved: Path) -> None:
    conn = sqlite3.connect(saved)
    conn.execute(f"PRAGMA user_version = {VERSION + 5}")
    conn.commit()
    conn.close()
    error = _error(saved)
    assert f"newer Parallax (schema {VERSION + 5})" in error.reason
    assert f"reads up to schema {VERSION}" in error.reason


def test_missing_file_and_folder(tmp_path: Path, saved: Path) -> None:
    assert "does not exist" in _error(tmp_path / "nowhere.parallax").reason
    assert "folder" in _error(tmp_path).reason
    saved.unlink()
    assert _error(saved).backup is not None  # moved or deleted: the backup is still offered


def test_backups_keep_the_previous_save_too(saved: Path) -> None:
    latest = find_backup(saved)
    assert latest is not None
    previous = latest.with_name(latest.name.replace(".parallax", ".prev.parallax"))
    assert open_project(latest) == make_state(40, seed=2)
    assert open_project(previous) == make_state(40, seed=1)
    latest.write_bytes(b"")  # a damaged latest backup falls back to the previous one
    assert find_backup(saved) == previous


def test_backups_of_same_named_projects_stay_apart(tmp_path: Path) -> None:
    one, two = tmp_path / "a" / "case.parallax", tmp_path / "b" / "case.parallax"
    for index, path in enumerate((one, two)):
        path.parent.mkdir()
        save_project(path, make_state(2, seed=index))
    backup_one, backup_two = find_backup(one), find_backup(two)
    assert backup_one is not None
    assert backup_two is not None
    assert backup_one != backup_two
    assert open_project(backup_two) == make_state(2, seed=1)


def test_backups_live_in_the_user_data_folder(saved: Path, tmp_path: Path) -> None:
    backup = find_backup(saved)
    assert backup is not None
    assert backup.is_relative_to(tmp_path / "home" / "data")
    assert sorted(p.name for p in saved.parent.iterdir() if p.is_file()) == ["case.parallax"]
