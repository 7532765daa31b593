"""No local file leaks through a document (issue 8), end to end.

A secret is planted in a local file. Documents point at it every way they can: an HTML
and a docx external entity, ``<img src=file://…>``, ``<iframe>``, ``<object>``,
``<link>``, ``<script src>``, a Markdown image and link, a docx external relationship
and an INCLUDETEXT field, and a ``file:`` URL given as an input. The batch (with the demo
articles) goes through load → analyse → brief → CSV → JSON → project file, and the
secret must appear in none of them. A visible marker written in the same documents'
prose must appear in all of them: that proves each output was really searched.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from analysis import ingest
from analysis.brief import BriefOptions, build_brief
from analysis.export import analysis_json, inspect_json, write_csv, write_json
from analysis.pipeline import analyze
from analysis.project import ProjectState, save_project
from tests.analysis.ingest_fixtures import make
from tests.analysis.test_ingest_hostile import SECRET, _xxe_docx, _xxe_html

MARKER = "Tovarik"  # an invented name, said in the prose beside every leak attempt
PROSE = f"Mayor Ilse {MARKER} said the water plan for Norrvik would cost 12 million crowns."


def _html(secret: Path) -> str:
    url = f"file://{secret}"
    return (
        f"<!DOCTYPE html><html><head><title>Water plan</title><link rel='stylesheet' href='{url}'>"
        f"<script src='{url}'></script></head><body><article><h1>Norrvik water plan</h1>"
        f"<p>{PROSE}</p><p><img src='{url}' alt='plan'> The council met on Monday.</p>"
        f"<iframe src='{url}'></iframe><object data='{url}'></object><embed src='{url}'>"
        f"<p>“The plan is sound,” council spokesman Jonas {MARKER}son said.</p></article></body></html>"
    )


def _markdown(secret: Path) -> str:
    return (
        f"---\ntitle: Water plan notes\nsource: Norrvik Notes\n---\n\n{PROSE}\n\n"
        f"![the plan](file://{secret}) The [full text](file://{secret}) was published on Monday.\n\n"
        f'<img src="file://{secret}"> The opposition said the cost was too high.\n'
    )


def _docx(secret: Path) -> bytes:
    """A docx with a linked sub-document and an INCLUDETEXT field, both naming the secret."""
    package = make.docx([("Normal", PROSE), ("Normal", "The council met on Monday, the mayor said.")])
    rels = zipfile.ZipFile(io.BytesIO(package)).read("word/_rels/document.xml.rels").decode()
    link = (
        f'<Relationship Id="rIdLeak" TargetMode="External" Target="file://{secret}" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/subDocument"/>'
    )
    package = make.replace_part(
        package,
        "word/_rels/document.xml.rels",
        rels.replace("</Relationships>", link + "</Relationships>").encode(),
    )
    document = zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml").decode()
    field = (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        f' INCLUDETEXT "file://{secret}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>The budget was approved.</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
        '<w:subDoc r:id="rIdLeak" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
    )
    return make.replace_part(
        package, "word/document.xml", document.replace("<w:sectPr", field + "<w:sectPr", 1).encode()
    )


def _inputs(folder: Path, secret: Path, samples: list[Path]) -> list[str]:
    (folder / "plan.html").write_text(_html(secret), encoding="utf-8")
    (folder / "notes.md").write_text(_markdown(secret), encoding="utf-8")
    (folder / "minutes.docx").write_bytes(_docx(secret))
    return [
        str(folder / "plan.html"),
        str(folder / "notes.md"),
        str(folder / "minutes.docx"),
        _xxe_html(folder, secret),
        _xxe_docx(folder, secret),
        f"file://{secret}",
        *map(str, samples),
    ]


def _outputs(folder: Path, secret: Path, samples: list[Path]) -> dict[str, str]:
    """Run the whole flow; return each output as text, keyed by what it is."""
    result = ingest.load(_inputs(folder, secret, samples))
    analysis = analyze(result.articles, errors=result.errors)
    pdf = build_brief(analysis, folder / "brief.pdf", BriefOptions(created=datetime(2026, 3, 11, tzinfo=UTC)))
    csv_files = write_csv(analysis, folder / "csv")
    write_json(analysis_json(analysis), folder / "analysis.json")
    project = folder / "case.parallax"
    save_project(project, ProjectState(result.articles, name="Leak test"))
    return {
        "articles": json.dumps(inspect_json(result.articles, result.errors), ensure_ascii=False),
        "notices": "\n".join(result.notices),
        "statements": "\n".join(analysis.statements["text"]),
        "pdf text": "\n".join(page.extract_text() for page in PdfReader(pdf).pages),
        "pdf bytes": pdf.read_bytes().decode("latin-1"),
        "csv": "\n".join(p.read_text(encoding="utf-8") for p in csv_files),
        "json": (folder / "analysis.json").read_text(encoding="utf-8"),
        "project": project.read_bytes().decode("utf-8", "replace"),
    }


def test_no_local_file_content_in_any_output(tmp_path: Path, sample_paths: list[Path]) -> None:
    secret = tmp_path / "private" / "diary.txt"
    secret.parent.mkdir()
    secret.write_text(SECRET)
    outputs = _outputs(tmp_path, secret, sample_paths)
    leaked = [name for name, text in outputs.items() if SECRET in text]
    assert not leaked, f"the secret leaked into {leaked}"
    searched = ("articles", "statements", "pdf text", "csv", "json", "project")
    assert [name for name in searched if MARKER not in outputs[name]] == []


def test_refusals_are_listed(tmp_path: Path, sample_paths: list[Path]) -> None:
    """The entity documents and the file: URL are refused, each with one error; the rest loads."""
    secret = tmp_path / "diary.txt"
    secret.write_text(SECRET)
    result = ingest.load(_inputs(tmp_path, secret, sample_paths))
    refused = {Path(e.path).name if "://" not in e.path else "file: url" for e in result.errors}
    assert refused == {"xxe.docx", "file: url"}
    loaded = {Path(a.path).name for a in result.articles}
    assert {"plan.html", "notes.md", "minutes.docx", "xxe.html"} <= loaded
    assert len(result.articles) == 4 + len(sample_paths)
