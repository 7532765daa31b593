"""Each format loads with its metadata, clean text and exact spans (fixtures written by us)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import ingest
from analysis.ingest import readers
from analysis.ingest.clean import is_nfc
from analysis.model import Article, Format, NoiseKind
from tests.analysis.ingest_fixtures import fixture, make


def noise_of(article: Article) -> dict[str, NoiseKind]:
    return {article.text[n.start : n.end]: n.kind for n in article.noise}


def prose(article: Article) -> list[str]:
    covered = {(n.start, n.end) for n in article.noise}
    return [article.text[s:e] for s, e in article.paragraphs if (s, e) not in covered]


def assert_consistent(article: Article) -> None:
    """Spans lie inside the text, paragraphs are ordered and disjoint, text is NFC."""
    assert is_nfc(article.text)
    previous = 0
    for start, end in article.paragraphs:
        assert previous <= start < end <= len(article.text)
        assert article.text[start:end] == article.text[start:end].strip()
        previous = end
    for n in article.noise:
        assert any(s <= n.start < n.end <= e for s, e in article.paragraphs)


def load_one(path: Path | str, **kwargs: object) -> Article:
    result = ingest.load([str(path)], **kwargs)  # type: ignore[arg-type]
    assert not result.errors, result.errors
    assert len(result.articles) == 1
    article = result.articles[0]
    assert_consistent(article)
    return article


# -- the demo case ----------------------------------------------------------------------
def test_demo_html_metadata_and_noise(sample_paths: list[Path]) -> None:
    article = load_one(next(p for p in sample_paths if p.suffix == ".html"))
    assert article.format is Format.HTML
    assert (article.title, article.source, article.author) == (
        "Kersian military: militants shelled Halvik hospital",
        "KSB World",
        "Marta Sokolova",
    )
    assert article.date == "2026-03-12"
    assert article.url == "https://ksb-world.example/news/2026/03/12/halvik-hospital"
    assert article.language == "en"
    kinds = noise_of(article)
    assert kinds["Talks in Geneva"] is NoiseKind.HEADING
    assert kinds["“A provocation by the militants”"] is NoiseKind.PULL_QUOTE
    footnote = next(t for t, k in kinds.items() if k is NoiseKind.FOOTNOTE)
    assert footnote.startswith("* “Tessel Liberation Front” — the organization was recognized as terrorist")
    # Boilerplate is either marked or left out; it is never article prose.
    for junk in (
        "We use cookies",
        "Home",
        "Share this article",
        "Read more",
        "All rights reserved",
        "Pavel Drozd",
    ):
        assert not any(junk in p for p in prose(article)), junk
    assert not article.text.startswith("Kersian military")  # the title is metadata
    assert prose(article)[0].startswith("Militants of the Tessel Liberation Front* shelled")


def test_demo_markdown_front_matter(sample_paths: list[Path]) -> None:
    article = load_one(next(p for p in sample_paths if p.suffix == ".md"))
    assert article.format is Format.MARKDOWN
    assert article.title == "Krall: Kersian artillery hit Halvik hospital, a million people on the move"
    assert (article.source, article.author, article.date) == ("Valdoria Daily", "Selin Aydın", "2026-03-12")
    assert article.url == "https://valdoria-daily.example/2026/03/12/krall-halvik"
    kinds = noise_of(article)
    assert kinds["By Selin Aydın"] is NoiseKind.BYLINE
    assert (
        kinds["Photo: Refugees wait at the Ekin crossing. • Valdoria Daily / Kerem Ulu"] is NoiseKind.CAPTION
    )
    assert "*" not in article.text
    assert "#" not in article.text


def test_demo_wire_text_header(sample_paths: list[Path]) -> None:
    article = load_one(next(p for p in sample_paths if p.suffix == ".txt"))
    assert article.format is Format.TEXT
    assert article.title == "Death toll rises in Halvik as Kersia and Valdoria trade blame"
    assert (article.source, article.date, article.author) == ("Global Wire", "2026-03-12", "Tom Halloran")
    kinds = noise_of(article)
    assert kinds[article.title] is NoiseKind.HEADING  # kept in the text: a text file has no separate title
    assert kinds["GLOBAL WIRE"] is NoiseKind.BYLINE
    assert kinds["March 12, 2026"] is NoiseKind.DATELINE
    assert kinds["HALVIK, Tessel Valley (Global Wire) - "] is NoiseKind.DATELINE
    assert kinds["(Reporting by Tom Halloran; Editing by Grace Mbeki)"] is NoiseKind.BYLINE


def test_demo_email(sample_paths: list[Path]) -> None:
    article = load_one(next(p for p in sample_paths if p.suffix == ".eml"))
    assert article.format is Format.EMAIL
    assert article.title == "Tessel Valley: UN alarmed by strike on Halvik hospital"
    assert article.source == "UN Office for the Coordination of Humanitarian Affairs"
    assert article.date == "2026-03-12T14:05:00+01:00"
    assert "Message-ID" not in article.text
    assert "From:" not in article.text
    kinds = noise_of(article)
    assert kinds["GENEVA, 12 March 2026 - "] is NoiseKind.DATELINE
    assert kinds["For more information, contact the OCHA press office."] is NoiseKind.BOILERPLATE


def test_demo_loads_whole(sample_paths: list[Path]) -> None:
    result = ingest.load([str(sample_paths[0].parent)])
    assert len(result.articles) == 4
    assert not result.errors
    assert len({a.id for a in result.articles}) == 4


# -- our own fixtures -------------------------------------------------------------------
def test_html_page_with_every_kind_of_clutter() -> None:
    article = load_one(fixture("noisy_page.html"))
    assert (article.title, article.source, article.author) == (
        "Bridge reopens after flood repairs",
        "Riverside Courier",
        "Jonas Pell",
    )
    assert article.url == "https://riverside-courier.example/local/bridge-reopens"
    assert article.date == "2025-11-03"
    kinds = noise_of(article)
    assert kinds["Traffic plan"] is NoiseKind.HEADING
    assert kinds["“Safer than on the day it was built”"] is NoiseKind.PULL_QUOTE
    for junk in ("cookies", "Front page", "Most read", "Read more", "Share this", "Ada Brook", "tracker"):
        assert not any(junk in p for p in prose(article)), junk
    assert "“The bridge is safer now than on the day it was built,” chief engineer Rosa Lind" in article.text


def test_markdown_renders_reading_text() -> None:
    article = load_one(fixture("front_matter.md"))
    assert article.title == "Harbour strike ends after pay deal"
    assert (article.source, article.author, article.side) == (
        "Coastline Herald",
        "Nina Vogt, Omar Reyes",
        "independent",
    )
    assert "ending a strike that lasted eleven days" in article.text  # link text kept, URL gone
    assert "new pay offer" in article.text
    assert "**" not in article.text
    assert "cranes.jpg" not in article.text  # images dropped
    assert '"This deal is a fair one for both sides," union leader Pia Horn said.' in prose(article)
    assert "a pay rise of six per cent over two years" in prose(article)
    kinds = noise_of(article)
    assert kinds["What the deal includes"] is NoiseKind.HEADING
    assert kinds["By Nina Vogt and Omar Reyes"] is NoiseKind.BYLINE
    assert (
        kinds["Photo: Cranes stand idle at the east quay. • Coastline Herald / Lars Eik"] is NoiseKind.CAPTION
    )


@pytest.mark.parametrize(
    ("name", "encoding", "language", "expect"),
    [
        ("tr_haber.txt", "cp1254", "tr", "Sağlık Bakanı Ayşe Güneş, yaralıların çoğunun çocuk"),
        ("ru_novosti.txt", "cp1251", "ru", "Главный врач больницы Елена Моравец заявила"),
        ("ru_novosti.txt", "koi8_r", "ru", "хирургическое отделение полностью разрушено"),
    ],
)
def test_legacy_single_byte_files_decode_right(
    tmp_path: Path, name: str, encoding: str, language: str, expect: str
) -> None:
    path = tmp_path / name
    path.write_bytes(fixture(name).read_text(encoding="utf-8").encode(encoding, errors="replace"))
    article = load_one(path)
    assert expect in article.text
    assert article.encoding.replace("_", "-") == encoding.replace("_", "-")
    assert article.language == language


def test_turkish_wire_header_facts(tmp_path: Path) -> None:
    path = tmp_path / "haber.txt"
    path.write_bytes(fixture("tr_haber.txt").read_bytes())
    article = load_one(path)
    assert article.source == "Anadolu Haber"
    assert article.date == "2026-03-12"
    assert noise_of(article)["HALVİK (Anadolu Haber) - "] is NoiseKind.DATELINE


def test_short_cyrillic_line_decodes(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("Привет, мир! Это короткий текст.".encode("cp1251"))
    assert load_one(path).text == "Привет, мир! Это короткий текст."


def test_encoding_override(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Der Bürgermeister sagte, die Straße sei frei.".encode("cp1252"))
    assert load_one(path, encoding="latin-1").encoding == "iso8859-1"
    result = ingest.load([str(path)], encoding="no-such-codec")
    assert "Unknown text encoding" in result.errors[0].message


def test_pdf_text_layer_paragraphs_and_properties(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    path.write_bytes(make.pdf(heading="Water plan"))
    article = load_one(path)
    assert article.format is Format.PDF
    assert (article.title, article.author) == ("Council approves water plan", "Karl Dahl")
    assert prose(article) == list(make.PARAGRAPHS)
    assert noise_of(article)["Water plan"] is NoiseKind.HEADING


def test_pdf_long_paragraph_is_reflowed(tmp_path: Path) -> None:
    long = " ".join(make.PARAGRAPHS)
    path = tmp_path / "long.pdf"
    path.write_bytes(make.pdf([long, make.PARAGRAPHS[0]]))
    assert prose(load_one(path)) == [long, make.PARAGRAPHS[0]]


def test_docx_body_styles_and_core_properties(tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(
        make.docx(
            [
                ("Title", "Council approves water plan"),
                ("Normal", make.PARAGRAPHS[0]),
                ("Heading 2", "Costs"),
                ("Normal", make.PARAGRAPHS[3]),
                ("Caption", "The reservoir at Lindholm in August."),
                ("Quote", make.PARAGRAPHS[1]),
            ]
        )
    )
    article = load_one(path)
    assert article.format is Format.DOCX
    assert (article.title, article.author) == ("Council approves water plan", "Karl Dahl")
    assert not article.text.startswith("Council approves")  # the title is metadata
    kinds = noise_of(article)
    assert kinds["Costs"] is NoiseKind.HEADING
    assert kinds["The reservoir at Lindholm in August."] is NoiseKind.CAPTION
    assert prose(article) == [make.PARAGRAPHS[0], make.PARAGRAPHS[3], make.PARAGRAPHS[1]]


def test_email_html_only_goes_through_the_page_reader(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in make.PARAGRAPHS)
    path = tmp_path / "release.eml"
    path.write_bytes(make.email(html=f"<html><body><nav>Menu</nav><article>{body}</article></body></html>"))
    article = load_one(path)
    assert article.source == "Lindholm Town Hall"
    assert article.title == "Council approves water plan"
    assert prose(article) == list(make.PARAGRAPHS)


def test_email_declared_legacy_charset(tmp_path: Path) -> None:
    path = tmp_path / "tr.eml"
    text = "Bakan Güneş, şehirdeki ameliyathanelerin dolduğunu söyledi."
    path.write_bytes(make.email(plain=text, charset="cp1254"))
    assert load_one(path).text == text


def test_email_signature_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "sig.eml"
    path.write_bytes(make.email(plain=f"{make.PARAGRAPHS[0]}\n\n-- \nKarl Dahl\nPress office\n+46 123"))
    assert load_one(path).text == make.PARAGRAPHS[0]


def test_type_comes_from_content_not_extension(tmp_path: Path) -> None:
    page = tmp_path / "saved.txt"
    page.write_bytes(fixture("noisy_page.html").read_bytes())
    assert load_one(page).format is Format.HTML
    document = tmp_path / "download.html"
    document.write_bytes(make.pdf())
    assert load_one(document).format is Format.PDF
    error_page = tmp_path / "report.pdf"
    error_page.write_text("The report you asked for has moved to the archive, the press office said.")
    assert load_one(error_page).format is Format.TEXT


def test_crlf_and_nfd_text_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    decomposed = "Cafe\u0301 owners said the square was closed.\r\n\r\nThe mayor said it would reopen."
    path.write_bytes(decomposed.encode("utf-8"))
    article = load_one(path)
    assert article.text == "Café owners said the square was closed.\n\nThe mayor said it would reopen."


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Der Bürgermeister sagte, die Straße sei frei.".encode("utf-16"))
    assert load_one(path).text == "Der Bürgermeister sagte, die Straße sei frei."


def test_pasted_text_is_named_by_first_line() -> None:
    article = ingest.load_text(
        "Ceasefire holds in the valley\n\nThe ceasefire held overnight, officials said."
    )
    assert article.format is Format.PASTE
    assert article.title == "Ceasefire holds in the valley"
    assert article.path == "Ceasefire holds in the valley"
    named = ingest.load_text("The ceasefire held overnight, officials said.", "From the radio")
    assert (named.title, named.path) == ("From the radio", "From the radio")
    with pytest.raises(ingest.LoadFailure):
        ingest.load_text(" \n\t ")


def test_read_data_gives_the_same_article_as_the_file(tmp_path: Path) -> None:
    data = fixture("noisy_page.html").read_bytes()
    path = tmp_path / "page.html"
    path.write_bytes(data)
    assert readers.read_data(data, str(path)) == load_one(path)


def test_outlet_in_capitals_under_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    body = (
        "The Old Mill bridge reopened to traffic on Monday after eight months of repairs, the council said."
    )
    path.write_text(f"Bridge reopens after repairs\n\nRIVERSIDE COURIER\n\n{body}\n\n“(CROSSTALK.)”")
    article = load_one(path)
    assert article.source == "Riverside Courier"
    assert prose(article) == [body, "“(CROSSTALK.)”"]


def test_pdf_running_heads_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    paragraphs = [" ".join(make.PARAGRAPHS) * 3 for _ in range(6)]
    path = tmp_path / "report.pdf"
    path.write_bytes(make.pdf(paragraphs, running="Lindholm Gazette — Water supply report"))
    article = load_one(path)
    assert "Lindholm Gazette" not in article.text
    assert prose(article) == paragraphs  # paragraphs running over a page break are joined again


def test_link_only_paragraphs_are_marked_as_pointers(tmp_path: Path) -> None:
    path = tmp_path / "links.html"
    path.write_text(
        "<html><body><article><h1>Bridge reopens</h1>"
        "<p>The Old Mill bridge reopened on Monday after eight months of repairs, the town council said.</p>"
        '<p>Buses return from Wednesday, according to the <a href="/t">transport office</a> of the town.</p>'
        '<p><strong>Related:</strong></p><p><a href="/c">Town plans second bridge by 2030</a></p>'
        "<p>Local shop owners said the closure had cut their sales by a third, the mayor said.</p>"
        "</article></body></html>"
    )
    article = load_one(path)
    kinds = noise_of(article)
    assert kinds["Town plans second bridge by 2030"] is NoiseKind.SHARE
    assert kinds["Related:"] is NoiseKind.SHARE
    assert "Buses return from Wednesday, according to the transport office of the town." in prose(article)
