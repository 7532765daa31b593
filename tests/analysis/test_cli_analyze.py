"""The headless ``analyze`` and ``brief`` commands and case files, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from analysis.case import Case, CaseError, demo_case, read_case
from analysis.model import Article, Format

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT, timeout=120
    )


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("analyze") / "out.json"
    done = run("analyze", "--case", "resources/demo.json", "--json", str(out), "resources/samples")
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def test_analyze_json_has_every_table_and_exact_spans(analyzed: dict) -> None:
    assert {
        "articles",
        "statements",
        "speakers",
        "topics",
        "claims",
        "agreements",
        "timeline",
        "errors",
    } <= set(analyzed)
    texts = {a["id"]: a["text"] for a in analyzed["articles"]}
    assert analyzed["statements"]
    for s in analyzed["statements"]:
        assert texts[s["article_id"]][s["start"] : s["end"]] == s["text"]


def test_analyze_json_claims_and_topics_refer_to_statements(analyzed: dict) -> None:
    ids = {s["id"] for s in analyzed["statements"]}
    speaker_ids = {s["id"] for s in analyzed["speakers"]}
    assert analyzed["claims"], "the demo case has planted conflicts"
    for claim in analyzed["claims"] + analyzed["agreements"]:
        assert {claim["a"], claim["b"]} <= ids
        assert set(claim) >= {"a", "b", "kind", "score", "explanation", "repeats"}
        assert claim["repeats"] == 0  # the demo repeats no line verbatim
    for topic in analyzed["topics"]:
        assert set(topic["statement_ids"]) <= ids
        assert topic["label"]
    assert {s["speaker_id"] for s in analyzed["statements"] if s["speaker_id"]} <= speaker_ids


def test_case_sides_reach_the_articles(analyzed: dict) -> None:
    sides = {a["source"]: a["side"] for a in analyzed["articles"]}
    assert sides == demo_case().sides


def test_analyze_writes_csv(tmp_path: Path) -> None:
    done = run("analyze", "--csv", str(tmp_path), "resources/samples/03_global_wire_halvik.txt")
    assert done.returncode == 0, done.stderr
    header = (tmp_path / "statements.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("id,article_id,source,start,end")
    assert (tmp_path / "claims.csv").exists()


def test_brief_options_reach_the_pdf(tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    done = run(
        "brief", "-o", str(pdf), "--case", "resources/demo.json", "--analyst", "A. Analyst",
        "--note", "Checked against satellite imagery.", "--paper", "letter", "resources/samples",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    reader = PdfReader(pdf)
    assert reader.metadata is not None
    assert reader.metadata.title == demo_case().title
    assert reader.metadata.author == "A. Analyst"
    width = float(reader.pages[0].mediabox.width)
    assert abs(width - 612) < 1  # US Letter
    text = "".join(page.extract_text() for page in reader.pages[:2])
    assert "Checked against satellite imagery." in text


def test_no_input_loaded_exits_1_and_bad_case_exits_2(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run("analyze", str(empty)).returncode == 1
    bad = tmp_path / "case.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    done = run("analyze", "--case", str(bad), "resources/samples/03_global_wire_halvik.txt")
    assert done.returncode == 2
    assert "JSON object" in done.stderr
    assert "Traceback" not in done.stderr


def test_read_case_rejects_bad_sides(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"sides": {"A": 3}}', encoding="utf-8")
    with pytest.raises(CaseError, match="sides"):
        read_case(path)
    with pytest.raises(CaseError, match="cannot read"):
        read_case(tmp_path / "missing.json")


def test_case_edits_keep_sides_the_analyst_set() -> None:
    a = Article("a1", "a.txt", Format.TEXT, "Text.", source="Outlet A")
    b = Article("b1", "b.txt", Format.TEXT, "Text.", source="Outlet B")
    case = Case(sides={"Outlet A": "Left", "Outlet B": "Right"})
    edits = case.edits([a, b])
    assert edits.sources == {"a1": {"side": "Left"}, "b1": {"side": "Right"}}
    edits.sources["a1"]["side"] = "Centre"
    assert case.edits([a, b], edits).sources["a1"]["side"] == "Centre"


@pytest.mark.parametrize("flag", ["--json", "-o"])
def test_an_output_that_is_an_input_is_refused(tmp_path: Path, flag: str) -> None:
    """``analyze --json a.txt b.txt`` would write the JSON over a.txt: refused, a.txt untouched."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("The mayor said the bridge would reopen on Monday.\n", encoding="utf-8")
    second.write_text("Officials denied that the bridge was unsafe.\n", encoding="utf-8")
    command = "analyze" if flag == "--json" else "brief"
    done = run(command, flag, str(first), str(second))
    assert done.returncode == 2
    assert "would be overwritten" in done.stderr
    assert first.read_text(encoding="utf-8").startswith("The mayor said")


def test_an_output_among_the_inputs_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "a.json"
    article.write_text('{"title": "not an article"}', encoding="utf-8")
    done = run("analyze", "--json", str(article), "resources/samples", str(article))
    assert done.returncode == 2
    assert "also one of the inputs" in done.stderr


def test_a_reader_that_leaves_early_gets_no_traceback() -> None:
    """``parallax analyze … | head -1``: the pipe closes before the summary is written."""
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "analyze", "resources/samples"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before anything is written
    _, err = process.communicate(timeout=120)
    assert b"Traceback" not in err, err.decode()
    assert process.returncode == 141
