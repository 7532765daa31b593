"""A project written by schema 1 opens migrated, stays untouched until saved, then upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from analysis.model import Format, Noise, NoiseKind
from analysis.project import ProjectError, find_backup, open_project, save_project
from analysis.project.schema import VERSION

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "projects" / "v1_project.sql"


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_HOME", str(tmp_path / "home"))


@pytest.fixture
def old_project(tmp_path: Path) -> Path:
    """The committed schema-1 project, materialised as a file."""
    path = tmp_path / "old.parallax"
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text(encoding="utf-8"))
    conn.close()
    return path


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_old_project_opens_with_everything(old_project: Path) -> None:
    state = open_project(old_project)
    assert state.name == "Halvik (schema 1)"
    assert [a.source for a in state.articles] == ["KSB World", "Global Wire"]
    first = state.articles[0]
    assert first.format is Format.TEXT
    assert first.path == "C:\\Cases\\Halvik\\article0.txt"  # another machine's path: kept, not needed
    assert first.noise == (Noise(0, 17, NoiseKind.HEADING),)
    assert first.text[slice(*first.paragraphs[0])].startswith("The ministry said")
    assert first.side == ""  # schema 1 had no sides
    assert state.edits.sources == {"v1article0000000": {"side": "Kersian state"}}
    assert state.edits.order == ["v1article0000001", "v1article0000000"]
    assert state.edits.claim_decisions == {"v1article0000000:60|v1article0000001:23": "dismissed"}
    assert state.edits.n_topics == 3
    assert state.edits.topic_merges == []  # absent in the old document: default
    assert state.settings == {"brief_title": "Halvik", "analyst": "R. Ames"}


def test_opening_leaves_the_old_file_alone(old_project: Path) -> None:
    before = old_project.read_bytes()
    open_project(old_project)
    assert old_project.read_bytes() == before
    assert _version(old_project) == 1


def test_saving_upgrades_and_keeps_the_old_file(old_project: Path) -> None:
    state = open_project(old_project)
    save_project(old_project, state)
    assert _version(old_project) == VERSION
    assert open_project(old_project) == state
    backup = find_backup(old_project)
    assert backup is not None
    kept = list(backup.parent.glob("*.schema1.parallax"))
    assert len(kept) == 1
    assert _version(kept[0]) == 1
    assert open_project(kept[0]) == state


def test_unreadable_old_document_is_reported_as_damage(old_project: Path) -> None:
    conn = sqlite3.connect(old_project)
    conn.execute("UPDATE meta SET value = '[1, 2]' WHERE key = 'edits'")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="damaged"):
        open_project(old_project)
