"""User settings: typed defaults, repair of bad files, migration, forward compatibility."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from analysis import userdirs
from analysis.settings import AUTOSAVE_RANGE, SCHEMA, Settings


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


def _write(path: Path, document: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document), encoding="utf-8")


def test_missing_file_gives_defaults(path: Path) -> None:
    settings = Settings.load(path)
    assert settings == Settings()
    assert settings.problems == []
    assert settings.first_run
    assert AUTOSAVE_RANGE[0] <= settings.autosave_seconds <= 30


def test_round_trip_of_every_field(path: Path) -> None:
    settings = Settings(
        color_scheme="dark",
        recent_projects=["/cases/a.parallax"],
        recent_limit=5,
        last_folder="/cases",
        export_folder="/exports",
        window_state={"geometry": "AdnQywAD", "splitter/main": "AAAA/wAAAAE="},
        export_choices={"paper": "letter"},
        first_run=False,
        autosave_seconds=10,
        analyst="R. Ames",
        organisation="Desk Ünïcode",
    )
    assert settings.save(path)
    assert Settings.load(path) == settings
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SCHEMA


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe garbage", b"[1, 2, 3]", b'{"version": "two"}'])
def test_garbled_file_is_kept_aside_and_defaults_used(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    settings = Settings.load(path)
    assert settings == Settings()
    assert len(settings.problems) == 1
    aside = list(path.parent.glob("settings.json.bad-*"))
    assert [p.read_bytes() for p in aside] == [content]
    assert str(aside[0]) in settings.problems[0]
    assert not path.exists()
    assert settings.save(path)
    assert Settings.load(path).problems == []


def test_bad_values_fall_back_field_by_field(path: Path) -> None:
    _write(
        path,
        {
            "version": SCHEMA,
            "color_scheme": "purple",
            "recent_projects": ["/a.parallax", 7],
            "first_run": "yes",
            "analyst": "Kept",
            "autosave_seconds": 3600,
            "window_state": {"geometry": None},
        },
    )
    settings = Settings.load(path)
    assert settings.analyst == "Kept"
    assert settings.autosave_seconds == AUTOSAVE_RANGE[1]  # clamped: never more than 30 s at risk
    assert settings.color_scheme == "system"
    assert settings.recent_projects == []
    assert settings.first_run is True
    assert settings.window_state == {}
    assert len(settings.problems) == 4


def test_schema_1_is_migrated(path: Path) -> None:
    _write(
        path,
        {
            "version": 1,
            "recent": ["/cases/old.parallax"],
            "theme": "light",
            "autosave_minutes": 0.25,
            "geometry": "AdnQ",
            "splitters": {"main": "AAAA"},
            "analyst": "R. Ames",
        },
    )
    settings = Settings.load(path)
    assert settings.problems == []
    assert settings.recent_projects == ["/cases/old.parallax"]
    assert settings.color_scheme == "light"
    assert settings.autosave_seconds == 15
    assert settings.window_state == {"geometry": "AdnQ", "splitter/main": "AAAA"}
    assert settings.extra == {}
    settings.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SCHEMA


def test_newer_file_keeps_what_this_version_does_not_know(path: Path) -> None:
    _write(path, {"version": SCHEMA + 3, "analyst": "R. Ames", "future_panel": {"docked": True}})
    settings = Settings.load(path)
    assert settings.analyst == "R. Ames"
    assert settings.extra == {"future_panel": {"docked": True}}
    assert "newer Parallax" in settings.problems[0]
    settings.analyst = "Someone"
    settings.save(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["future_panel"] == {"docked": True}
    assert document["version"] == SCHEMA + 3
    assert document["analyst"] == "Someone"


def test_recent_projects_are_unique_newest_first_and_capped(tmp_path: Path) -> None:
    settings = Settings(recent_limit=3)
    files = [tmp_path / f"case{i}.parallax" for i in range(5)]
    for file in files:
        file.write_bytes(b"")
        settings.add_recent(file)
    settings.add_recent(files[2])
    assert settings.recent_projects == [str(files[i].resolve()) for i in (2, 4, 3)]
    files[4].unlink()
    assert settings.existing_recent() == [files[2].resolve(), files[3].resolve()]
    settings.forget_recent(files[3])
    assert settings.recent_projects == [str(files[i].resolve()) for i in (2, 4)]


def test_default_location_follows_parallax_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(userdirs.HOME_VARIABLE, str(tmp_path / "portable"))
    Settings(analyst="Here").save()
    assert (tmp_path / "portable" / "config" / "settings.json").is_file()
    assert Settings.load().analyst == "Here"
    assert userdirs.autosave_dir().is_relative_to(tmp_path / "portable" / "data")


def test_unwritable_location_reports_failure(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert Settings().save(blocker / "settings.json") is False
