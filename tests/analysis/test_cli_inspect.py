"""``python main.py inspect``: the JSON contract, exit statuses, errors never as tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE_KEYS = {
    "path", "format", "encoding", "title", "source", "author", "date", "url", "language", "text",
    "paragraphs", "noise",
}  # fmt: skip


def inspect(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "inspect", *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
    )  # fmt: skip


def as_json(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(done.stdout)
    return data


def test_json_shape_on_the_demo_folder(sample_paths: list[Path]) -> None:
    done = inspect("--json", str(sample_paths[0].parent))
    assert done.returncode == 0, done.stderr
    data = as_json(done)
    assert set(data) >= {"articles", "errors"}
    assert len(data["articles"]) == 4
    assert data["errors"] == []
    for article in data["articles"]:
        assert set(article) >= ARTICLE_KEYS
        text = article["text"]
        for start, end in article["paragraphs"]:
            assert 0 <= start < end <= len(text)
        for noise in article["noise"]:
            assert set(noise) == {"start", "end", "kind"}
            assert 0 <= noise["start"] < noise["end"] <= len(text)
    sources = sorted(a["source"] for a in data["articles"])
    assert sources == sorted(
        [
            "KSB World",
            "Valdoria Daily",
            "Global Wire",
            "UN Office for the Coordination of Humanitarian Affairs",
        ]
    )


def test_inspect_never_imports_qt(sample_paths: list[Path]) -> None:
    script = (
        "import sys, main; status = main.main(['inspect', sys.argv[1]]); "
        "print(status, 'PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(sample_paths[0])],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=True,
    )  # fmt: skip
    assert done.stdout.strip().splitlines()[-1] == "0 False"


def test_bad_file_is_an_errors_entry_not_a_traceback(tmp_path: Path, sample_paths: list[Path]) -> None:
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    done = inspect("--json", str(bad), str(sample_paths[0]))
    assert done.returncode == 0
    data = as_json(done)
    assert len(data["articles"]) == 1
    assert data["errors"][0]["path"] == str(bad)
    assert "PDF" in data["errors"][0]["message"]
    assert "Traceback" not in done.stderr + done.stdout


@pytest.mark.parametrize("json_flag", [True, False])
def test_nothing_loaded_exits_1(tmp_path: Path, json_flag: bool) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    done = inspect(*(["--json"] if json_flag else []), str(empty), str(tmp_path / "missing.md"))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout
    if json_flag:
        assert [e["path"] for e in as_json(done)["errors"]] == [str(empty), str(tmp_path / "missing.md")]
    else:
        assert "empty" in done.stderr


@pytest.mark.parametrize("args", [(), ("--json",), ("--no-such-option", "x.txt")])
def test_usage_errors_exit_2(args: tuple[str, ...]) -> None:
    done = inspect(*args)
    assert done.returncode == 2
    assert "usage" in done.stderr.lower()


def test_readable_summary(sample_paths: list[Path]) -> None:
    done = inspect(str(next(p for p in sample_paths if p.suffix == ".md")))
    assert done.returncode == 0
    assert "source: Valdoria Daily" in done.stdout
    assert "title:  Krall: Kersian artillery hit Halvik hospital" in done.stdout


def test_refused_url_is_an_error(sample_paths: list[Path]) -> None:
    done = inspect("--json", "file:///etc/passwd", str(sample_paths[0]))
    assert done.returncode == 0
    errors = as_json(done)["errors"]
    assert errors[0]["path"] == "file:///etc/passwd"
    assert "refused" in errors[0]["message"]
    assert "root:" not in done.stdout
