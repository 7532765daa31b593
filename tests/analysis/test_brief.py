"""The PDF brief, read back: sections, planted conflicts, citations, outline, metadata, fonts.

Briefs are built from hand-made analyses (``test_brief_cases``) whose planted claims hold
whatever state the real analysis steps are in, and from the real pipeline on the demo case.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from analysis.brief import BriefOptions, build_brief
from analysis.progress import Cancelled
from tests.analysis.test_brief_cases import make_case

FIXED = datetime(2026, 3, 14, 9, 0, tzinfo=UTC)


def build(tmp: Path, name: str, case: object, **options: object) -> Path:
    opts = BriefOptions(created=FIXED, **options)  # type: ignore[arg-type]
    return build_brief(case, tmp / name, opts)  # type: ignore[arg-type]


def flat(text: str) -> str:
    """Return text with all whitespace runs made single spaces (lines wrap anywhere)."""
    return re.sub(r"\s+", " ", text)


def page_texts(path: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(path).pages]


def outline(path: Path) -> list[tuple[int, str, int]]:
    """Return (depth, title, page index) of every outline entry, in order."""
    reader = PdfReader(path)
    out: list[tuple[int, str, int]] = []

    def walk(items: list[object], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item)))  # type: ignore[attr-defined]

    walk(reader.outline, 0)
    return out


def links(path: Path) -> list[tuple[int, int, float]]:
    """Return (page index, target page index, target top or -1) of every internal link."""
    reader = PdfReader(path)
    numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    out = []
    for i, page in enumerate(reader.pages):
        for annot in page.get("/Annots", []) or []:
            annot = annot.get_object()
            dest = annot.get("/Dest")
            if annot.get("/Subtype") == "/Link" and dest is not None:
                top = float(dest[3]) if dest[1] == "/XYZ" else -1.0
                out.append((i, numbers[dest[0].idnum], top))
    return out


def findings_pages(entries: list[tuple[int, str, int]]) -> tuple[int, int]:
    """Return the first page of the key findings and the first page after them."""
    start = next(page for depth, t, page in entries if depth == 0 and t == "Key findings")
    end = next(page for depth, t, page in entries if depth == 0 and t == "Coverage")
    return start, end


@pytest.fixture(scope="module")
def case_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("brief")
    return build(
        tmp,
        "case.pdf",
        make_case(),
        title="Halvik case",
        analyst="Ada Analyst",
        summary="Four sources.",
        note="Read S1 with care.",
    )


@pytest.fixture(scope="module")
def case_text(case_pdf: Path) -> str:
    return " ".join(page_texts(case_pdf))


def section(text: str, start: str, end: str) -> str:
    """Return the text from ``start`` to ``end``, looking past the contents page's entries."""
    begin = text.index(start, text.index("Citations. Every quoted statement"))
    return text[begin : text.index(end, begin + len(start))]


def test_every_section_is_present_in_order(case_pdf: Path) -> None:
    titles = [t for depth, t, _ in outline(case_pdf) if depth == 0]
    assert titles == [
        "Halvik case", "Contents", "About this brief", "Key findings", "Coverage", "Topics", "Timeline",
        "Speakers", "Appendix: sources",
    ]  # fmt: skip
    topics = [t for depth, t, _ in outline(case_pdf) if depth == 1 and t.startswith("T")]
    assert topics == [
        "T1 · Strike on the Halvik hospital", "T2 · Civilian casualties", "T3 · People fleeing the valley",
        "T4 · Talks in Geneva", "T5 · Aid convoys",
    ]  # fmt: skip


def test_cover_names_sources_dates_and_analyst(case_pdf: Path) -> None:
    cover = page_texts(case_pdf)[0]
    for expected in ("Halvik case", "Four sources.", "Ada Analyst", "2026-03-14 09:00", "Read S1 with care."):
        assert expected in cover
    assert "11 March 2026 – 14 March 2026" in cover
    for outlet, side in (
        ("KSB World", "Kersian state"),
        ("Valdoria Daily", "Valdorian"),
        ("Ekin Radyosu", "Regional"),
    ):
        assert outlet in cover
        assert side in cover
    assert "2 competing claims" in cover


def test_key_findings_quote_both_sides_of_planted_conflicts(case_text: str) -> None:
    findings = section(case_text, "Key findings", "Coverage")
    assert "The Kersian Defence Ministry denied that its aircraft had struck the hospital." in findings
    assert "Satellite images confirmed that the hospital had been struck, Defne Arslan said." in findings
    assert "Only six civilians were killed in Halvik" in findings
    assert "At least 34 civilians were killed in Halvik" in findings
    assert "Kersian Defence Ministry · denied [S1 ¶1]" in findings
    assert "One side denies the strike the other confirms." in findings
    assert "Checked with imagery." in findings  # the analyst's note on a claim
    assert "confirmed by the analyst" in findings


def test_dismissed_claims_are_set_aside_not_findings(case_pdf: Path, case_text: str) -> None:
    findings = [t for depth, t, _ in outline(case_pdf) if depth == 1 and t[0].isdigit()]
    assert [t.split(":")[0] for t in findings] == ["1. Denial", "2. Conflicting numbers"]
    aside = section(case_text, "Set aside by the analyst", "Coverage")
    assert "The road to Ekin was closed on Tuesday." in aside
    assert "Different days; no conflict." in aside


def test_confirmed_claims_lead_even_when_weaker(tmp_path: Path) -> None:
    case = make_case()
    claims = case.claims.copy()
    claims["decision"] = ["open", "confirmed", "dismissed"]
    pdf = build(tmp_path, "order.pdf", replace(case, claims=claims))
    findings = [t for depth, t, _ in outline(pdf) if depth == 1 and t[0].isdigit()]
    assert findings[0].startswith("1. Conflicting numbers")


def test_corroboration_across_sides_is_quoted(case_text: str) -> None:
    agree = section(case_text, "Corroborations across sides", "Set aside")
    assert "Lev Oskarov said the talks would take place in Geneva on 16 March." in agree
    assert "Anton Krall said the talks would take place in Geneva on 16 March." in agree


def test_topic_tables_give_speaker_cue_and_gaps(case_text: str) -> None:
    topic = section(case_text, "T2 · Civilian casualties", "T3 · People fleeing")
    assert "Maria Lindqvist (said) · claimed" in topic
    assert "Hospital director · said" in topic
    assert "S4: Ekin Radyosu does not report on this topic." in topic
    assert "S1: gives a toll far below every other source." in topic
    assert "How each source tells it" in topic


def test_text_is_escaped_and_unicode_prints(case_text: str) -> None:
    assert "Casualty figures marked <unconfirmed> & rising" in case_text
    assert "Şırnak'tan gelen sağlık görevlisi" in case_text
    assert "Министр заявил, что больница была разрушена." in case_text
    assert "Ο εκπρόσωπος δήλωσε ότι οι συνομιλίες θα συνεχιστούν." in case_text


def test_unshaped_right_to_left_text_is_announced(case_text: str) -> None:
    about = section(case_text, "Typesetting notices", "Key findings")
    assert "2 passage(s) in Arabic or Hebrew script are printed unshaped" in about


def test_long_statements_are_abridged_in_tables_only(case_text: str) -> None:
    topics = section(case_text, "T1 · Strike", "T2 · Civilian")
    assert "[…] — Hospital director · said [S3 ¶2]" in topics


def test_citations_link_to_cited_paragraphs_in_the_appendix(case_pdf: Path) -> None:
    entries = outline(case_pdf)
    appendix_page = next(page for depth, t, page in entries if t == "Appendix: sources")
    contents_page = next(page for depth, t, page in entries if t == "Contents")
    findings = range(*findings_pages(entries))
    # Links into the key findings are the ⚑ flags of topic tables; the rest are citations.
    found = [link for link in links(case_pdf) if link[0] != contents_page and link[1] not in findings]
    assert len(found) > 40
    assert all(target >= appendix_page for _, target, _ in found)
    texts = page_texts(case_pdf)
    anchors = sum(len(re.findall(r"S\d ¶\d+ — paragraph \[", t)) for t in texts[appendix_page:])
    cited = {(target, round(y)) for page, target, y in found if 0 < page < appendix_page}
    assert len(cited) == anchors  # one destination per cited paragraph, all used
    sources = {(target, round(y)) for page, target, y in found if page == 0}
    assert len(sources) == 4  # the cover's source labels lead to their appendix entries
    assert "S2 ¶1 — paragraph [0, " in " ".join(texts[appendix_page:])


def test_without_appendix_citations_link_to_the_cover(tmp_path: Path) -> None:
    pdf = build(tmp_path, "short.pdf", make_case(), appendix=False)
    assert "Appendix: sources" not in [t for _, t, _ in outline(pdf)]
    entries = outline(pdf)
    contents_page = next(page for _, t, page in entries if t == "Contents")
    findings = range(*findings_pages(entries))
    targets = {target for page, target, _ in links(pdf) if page != contents_page and target not in findings}
    assert targets == {0}


def test_topic_selection_limits_topics_and_claims(tmp_path: Path) -> None:
    pdf = build(tmp_path, "one.pdf", make_case(), topic_ids=(1,))
    titles = [t for _, t, _ in outline(pdf)]
    assert "T1 · Civilian casualties" in titles
    assert not any("Strike on the Halvik hospital" in t for t in titles)
    assert [t.split(":")[0] for t in titles if t[0].isdigit()] == ["1. Conflicting numbers"]


def test_metadata_and_paper(case_pdf: Path, tmp_path: Path) -> None:
    meta = PdfReader(case_pdf).metadata
    assert meta is not None
    assert (meta.title, meta.author, meta.subject) == ("Halvik case", "Ada Analyst", "Four sources.")
    assert meta["/CreationDate"].startswith("D:20260314090000")
    box = PdfReader(case_pdf).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    letter = build(tmp_path, "letter.pdf", make_case(), paper="letter")
    box = PdfReader(letter).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    with pytest.raises(ValueError, match="paper"):
        build(tmp_path, "bad.pdf", make_case(), paper="tabloid")


def test_page_numbers_and_running_header(case_pdf: Path) -> None:
    texts = page_texts(case_pdf)
    total = len(texts)
    for i, text in enumerate(texts, start=1):
        assert f"Page {i} of {total}" in text
    assert all("Halvik case" in t for t in texts[1:])


def test_same_input_same_bytes(tmp_path: Path) -> None:
    first = build(tmp_path, "a.pdf", make_case(), title="Same")
    second = build(tmp_path, "b.pdf", make_case(), title="Same")
    assert first.read_bytes() == second.read_bytes()


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    def stop(fraction: float, message: str) -> None:
        if fraction > 0.5:
            raise Cancelled(message)

    target = tmp_path / "cancelled.pdf"
    with pytest.raises(Cancelled):
        build_brief(make_case(), target, BriefOptions(created=FIXED), progress=stop)
    assert list(tmp_path.iterdir()) == []


def test_progress_rises_to_one(tmp_path: Path) -> None:
    seen: list[float] = []
    build_brief(make_case(), tmp_path / "p.pdf", BriefOptions(), progress=lambda f, m: seen.append(f))
    assert seen[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in seen)
    assert seen == sorted(seen)


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_fonts_are_embedded_unicode_truetype(case_pdf: Path) -> None:
    out = subprocess.run(["pdffonts", str(case_pdf)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        assert "TrueType" in row, row
        assert re.search(r"\byes\s+yes\s+yes\b", row), row  # embedded, subset, ToUnicode
    assert any("Bold" in r for r in rows)
    assert any("Oblique" in r or "Italic" in r for r in rows)


def test_topic_tables_flag_and_link_the_sides_of_key_findings(case_pdf: Path, case_text: str) -> None:
    topic = section(case_text, "T1 · Strike on the Halvik hospital", "T2 · Civilian casualties")
    assert "Kersian Defence Ministry · denied [S1 ¶1] ⚑ finding 1" in topic
    assert "Defne Arslan (said) · asserted [S2 ¶1] ⚑ finding 1" in topic
    entries = outline(case_pdf)
    finding_page = next(page for _, t, page in entries if t.startswith("1. Denial"))
    topics_page = next(page for _, t, page in entries if t == "Topics")
    assert any(page >= topics_page and target == finding_page for page, target, _ in links(case_pdf))
