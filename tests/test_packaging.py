"""The desktop entry, the app icon set and build_spec/install.sh (no frozen build needed)."""

from __future__ import annotations

import configparser
import shutil
import stat
import struct
import subprocess
from pathlib import Path

import pytest

import resources

ROOT = Path(__file__).resolve().parent.parent
ENTRY = resources.path("parallax.desktop")
ICONS = resources.path("icons", "app")
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ENTRY, encoding="utf-8")
    return parser["Desktop Entry"]


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_entry_names_the_program_and_the_icon_set() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "parallax"
    assert entry["Exec"].split()[1] in ("%F", "%U")
    assert entry["Icon"] == "parallax"
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    for size in SIZES:
        assert _png_size(ICONS / f"{entry['Icon']}-{size}.png") == (size, size)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils missing")
def test_entry_is_valid() -> None:
    run = subprocess.run(["desktop-file-validate", str(ENTRY)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "error" not in run.stdout + run.stderr


def test_install_lays_out_a_build_the_desktop_way(tmp_path: Path) -> None:
    # A stand-in for dist/parallax: the real resources and an executable that only answers.
    dist = tmp_path / "dist" / "parallax"
    (dist / "_internal").mkdir(parents=True)
    shutil.copytree(resources.root(), dist / "_internal" / "resources")
    program = dist / "parallax"
    program.write_text('#!/bin/sh\necho frozen parallax "$@"\n', encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    prefix = tmp_path / "prefix"

    run = subprocess.run(
        [str(ROOT / "build_spec" / "install.sh"), str(dist), str(prefix)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr

    launched = subprocess.run([str(prefix / "bin" / "parallax"), "--demo"], capture_output=True, text=True)
    assert launched.stdout.strip() == "frozen parallax --demo"
    entry = (prefix / "share" / "applications" / "parallax.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix}/bin/parallax %F" in entry.splitlines()
    assert f"TryExec={prefix}/bin/parallax" in entry.splitlines()
    hicolor = prefix / "share" / "icons" / "hicolor"
    for size in SIZES:
        assert _png_size(hicolor / f"{size}x{size}" / "apps" / "parallax.png") == (size, size)
    assert (hicolor / "scalable" / "apps" / "parallax.svg").read_bytes() == (
        ICONS / "parallax.svg"
    ).read_bytes()


def test_install_refuses_a_folder_without_a_build(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    run = subprocess.run(
        [str(ROOT / "build_spec" / "install.sh"), str(tmp_path / "empty"), str(tmp_path / "prefix")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode != 0
    assert "make dist" in run.stderr
    assert not (tmp_path / "prefix" / "bin").exists()
