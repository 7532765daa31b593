"""The brief's layout under pressure: many sources, huge statements, rendering, fonts, the CLI.

"Nothing overflows" is checked on the PDF itself: every text run read back with pypdf must
end inside the page margins (its width measured with the font's metrics).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

import resources
from analysis.brief import BriefOptions, build_brief
from analysis.brief.fonts import REGULAR, FontNotFound, find_family, unicode_family
from analysis.brief.styles import MARGIN
from analysis.cli import run
from tests.analysis.test_brief import FIXED, build, flat, outline, page_texts
from tests.analysis.test_brief_cases import make_case


def overflows(path: Path) -> list[str]:
    """Return the text runs that start or end outside the page's side margins (or off the page)."""
    unicode_family()  # registers REGULAR for measuring
    bad: list[str] = []
    for number, page in enumerate(PdfReader(path).pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            font: object,
            size: float,
            number: int = number,
            width: float = width,
            height: float = height,
        ) -> None:
            text = text.strip("\n")
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[0] * cm[0]) or 1.0
            right = x + stringWidth(text, REGULAR, size * scale) * 0.97  # bold runs measure a bit wider
            if x < MARGIN - 1 or right > width - MARGIN + 1 or not 0 <= y <= height:
                bad.append(f"page {number}: x={x:.0f}..{right:.0f} y={y:.0f} {text[:40]!r}")

        page.extract_text(visitor_text=visit)
    return bad


@pytest.fixture(scope="module")
def wide_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Eight outlets: every topic table has 6-8 columns, set on landscape pages."""
    return build(tmp_path_factory.mktemp("wide"), "wide.pdf", make_case(8, outlets=8))


@pytest.fixture(scope="module")
def stacked_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve outlets: too many columns, so topic tables stack one statement per row."""
    return build(tmp_path_factory.mktemp("stacked"), "stacked.pdf", make_case(12, outlets=12))


def test_many_sources_get_landscape_topic_pages(wide_pdf: Path) -> None:
    reader = PdfReader(wide_pdf)
    entries = outline(wide_pdf)
    topics = next(page for _, t, page in entries if t == "Topics")
    timeline = next(page for _, t, page in entries if t == "Timeline")
    for i, page in enumerate(reader.pages):
        landscape = float(page.mediabox.width) > float(page.mediabox.height)
        assert landscape == (topics <= i < timeline), i
    topic_text = " ".join(page_texts(wide_pdf)[topics:timeline])
    for label in ("S1 KSB World", "S6 Tessel Post", "S8 Sarp Observer"):
        assert label in topic_text


def test_too_many_sources_stack_on_portrait_pages(stacked_pdf: Path) -> None:
    reader = PdfReader(stacked_pdf)
    assert all(float(p.mediabox.width) < float(p.mediabox.height) for p in reader.pages)
    text = " ".join(page_texts(stacked_pdf))
    assert "Source Statement" in text
    assert "S12 Kersia Now" in text


@pytest.mark.parametrize("fixture", ["wide_pdf", "stacked_pdf"])
def test_nothing_overflows_the_margins(fixture: str, request: pytest.FixtureRequest) -> None:
    assert overflows(request.getfixturevalue(fixture)) == []


def test_tables_repeat_their_header_on_every_page(stacked_pdf: Path) -> None:
    texts = page_texts(stacked_pdf)
    entries = outline(stacked_pdf)
    topics = next(page for _, t, page in entries if t == "Topics")
    timeline = next(page for _, t, page in entries if t == "Timeline")
    # Pages that open mid-table (not with a topic heading or a terms table) open with its header.
    continued = [t for t in texts[topics + 1 : timeline] if not re.match(r"(T\d+ · |How each source)", t)]
    assert continued
    for text in continued:
        assert re.match(r"Source Statement (■ )?S\d+ ", text), text[:80]  # and name the source at once


def test_huge_statements_never_break_the_layout(tmp_path: Path) -> None:
    case = make_case()
    statements = case.statements.copy()
    huge = "The convoy was stopped at the checkpoint and searched again. " * 120  # 7,200 characters
    first_claimed = case.claims.iloc[0]["a"]
    statements.loc[statements["id"] == first_claimed, "text"] = huge
    pdf = build(tmp_path, "huge.pdf", replace(case, statements=statements))
    text = flat(" ".join(page_texts(pdf)))
    assert "[…] — Kersian Defence Ministry · denied [S1 ¶1]" in text  # abridged, still cited
    assert text.count("searched again.") < 120
    assert overflows(pdf) == []


def test_empty_analysis_still_makes_a_brief(tmp_path: Path) -> None:
    case = make_case(1, outlets=1)
    empty = replace(
        case,
        statements=case.statements.iloc[0:0],
        topics=case.topics.iloc[0:0],
        claims=case.claims.iloc[0:0],
        agreements=case.agreements.iloc[0:0],
        timeline=case.timeline.iloc[0:0],
        distinctive=pd.DataFrame({"topic_id": [], "article_id": [], "terms": []}),
    )
    text = " ".join(page_texts(build(tmp_path, "empty.pdf", empty)))
    assert "No competing claims were found between these sources." in text
    assert "No dated events were found in these sources." in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_every_page_renders(wide_pdf: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(wide_pdf), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == len(PdfReader(wide_pdf).pages)
    assert all(p.stat().st_size > 1500 for p in pngs)  # a blank page compresses to a few hundred bytes


def test_missing_unicode_font_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FontNotFound, match="fonts-dejavu-core") as caught:
        find_family([tmp_path])
    assert str(tmp_path) in str(caught.value)


def test_font_without_cyrillic_or_greek_is_refused(tmp_path: Path) -> None:
    # reportlab ships Bitstream Vera (Latin only) in four faces: named as DejaVu it must still be refused.
    vera = Path(__import__("reportlab").__file__).parent / "fonts"
    for source, target in zip(
        ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf"),
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        strict=True,
    ):
        shutil.copy(vera / source, tmp_path / target)
    with pytest.raises(FontNotFound):
        find_family([tmp_path])


def test_cli_writes_the_demo_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo.pdf"
    paths = [str(p) for p in resources.samples()]
    assert run(["brief", "-o", str(out), "--title", "Halvik demo", "--paper", "letter", *paths]) == 0
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Halvik demo"
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = " ".join(page_texts(out))
    for heading in ("Key findings", "Coverage", "Topics", "Speakers", "Appendix: sources"):
        assert heading in text
    assert "KSB World" in text


def test_demo_claims_are_quoted_on_both_sides(tmp_path: Path) -> None:
    from analysis import ingest
    from analysis.pipeline import analyze

    loaded = ingest.load([str(p) for p in resources.samples()])
    analysis = analyze(loaded.articles)
    pdf = build_brief(analysis, tmp_path / "demo.pdf", BriefOptions(created=FIXED))
    text = flat(" ".join(page_texts(pdf)))
    statements = analysis.statements.set_index("id")["text"]
    open_claims = analysis.claims[analysis.claims["decision"] != "dismissed"]
    if open_claims.empty:
        assert "No competing claims were found" in text
    for claim in open_claims.itertuples():
        for side in (claim.a, claim.b):
            assert flat(statements[side])[:60] in text, side


def test_long_claim_lists_are_capped_and_say_so(tmp_path: Path) -> None:
    case = make_case()
    ids = list(case.statements["id"])
    extra = pd.DataFrame(
        [
            (ids[i], ids[-1 - i], "numbers", 0.5 - i / 100, f"Planted weak pair {i}.", "open", "")
            for i in range(30)
        ],
        columns=case.claims.columns,
    )
    pdf = build(tmp_path, "many.pdf", replace(case, claims=pd.concat([case.claims, extra])), max_listed=12)
    text = flat(" ".join(page_texts(pdf)))
    shown = re.findall(r"Planted weak pair \d+\.", text)
    assert len(shown) == 8 + 12  # 10 quoted in full (2 planted, 8 weak), then 12 listed; 10 left out
    assert "10 more, weaker still, are not listed here" in text


def test_silence_of_many_sources_is_summed_up(tmp_path: Path) -> None:
    pdf = build(tmp_path, "silent.pdf", make_case(35, outlets=12), topic_ids=(1,), appendix=False)
    text = flat(" ".join(page_texts(pdf)))
    assert re.search(r"Not reported by 7 of 35 sources: S\d+, S\d+", text)
    assert "does not report on this topic" not in text


@pytest.mark.stress
def test_two_hundred_articles_lay_out_cleanly(tmp_path: Path) -> None:
    # The whole record (a briefing is far shorter): hundreds of pages must still lay out.
    pdf = build(tmp_path, "big.pdf", make_case(200, outlets=12), complete_up_to=1000)
    assert len(PdfReader(pdf).pages) > 100
    assert overflows(pdf) == []


def test_many_gap_messages_show_a_few_and_name_the_rest(tmp_path: Path) -> None:
    case = make_case(6, outlets=6)
    gaps = pd.DataFrame(
        [
            {"topic_id": 0, "article_id": a.id, "source": a.source, "message": f"planted gap note {i}."}
            for i, a in enumerate(case.articles)
        ]
    )
    pdf = build(tmp_path, "gaps.pdf", replace(case, gaps=gaps), topic_ids=(0,), appendix=False)
    text = flat(" ".join(page_texts(pdf)))
    assert re.findall(r"planted gap note \d\.", text) == [f"planted gap note {i}." for i in range(3)]
    assert "Further gaps at 3 sources: S4, S5, S6." in text
