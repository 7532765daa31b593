"""Property tests: whatever bytes or text arrive, readers raise only LoadFailure, and what
loads is NFC with every span inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ingest
from analysis.ingest import readers
from analysis.ingest.clean import clean, is_nfc
from analysis.model import Article
from tests.analysis.ingest_fixtures import make

NAMES = ["a.txt", "a.md", "a.html", "a.pdf", "a.docx", "a.eml", "a.bin"]
FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "<p>", "</p>", "<div>", "</div>", "<h2>", "</h2>", "<br>", "<script>", "</script>", "<!--", "-->",
    "<!DOCTYPE html>", "<html lang='tr'>", "<meta charset='cp1254'>", "&amp;", "&#0;", "&#x202e;", "&bogus;",
    "---\n", "title: x\n", "# ", "> ", "* ", "- ", "**", "[a](b)", "![i](j)", "\n", "\n\n", "\r\n",
    "From: A <a@b.c>\n", "Subject: s\n", "Date: Tue, 04 Mar 2025 10:15:00 +0100\n", "MIME-Version: 1.0\n",
    "“", "”", "«", "»", "•", "©", "—", "\u202e", "\x00", "\ufeff", "e\u0301", "İ", "ı", "Ш", "\ud7ff",
    "By Ann Lee", "Photo: x", "Read more", "GENEVA, 1 May - ", "* “X” — banned in the country.",
    "The council said the plan was sound.", "Совет одобрил план.", "Meclis planı onayladı.",
]  # fmt: skip


def check(article: Article) -> None:
    assert is_nfc(article.text)
    assert article.text.strip()
    previous = 0
    for start, end in article.paragraphs:
        assert previous <= start < end <= len(article.text)
        previous = end
    for noise in article.noise:
        assert 0 <= noise.start < noise.end <= len(article.text)
    assert "\x00" not in article.text
    for value in (article.title, article.source, article.author):
        assert "\u202e" not in value


def read_or_fail(data: bytes, name: str) -> None:
    try:
        article = readers.read_data(data, name)
    except ingest.LoadFailure as exc:
        message = str(exc)
    else:
        check(article)
        return
    assert message.strip()  # a message for the user, never empty


@pytest.mark.parametrize("name", NAMES)
@FAST
@given(data=st.binary(max_size=4096))
def test_random_bytes(name: str, data: bytes) -> None:
    read_or_fail(data, name)


@pytest.mark.parametrize("name", NAMES)
@FAST
@given(text=st.text(max_size=2000))
def test_random_unicode(name: str, text: str) -> None:
    read_or_fail(text.encode("utf-8", "surrogatepass"), name)


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.eml"])
@FAST
@given(parts=st.lists(st.sampled_from(FRAGMENTS), max_size=60), encoding=st.sampled_from(["utf-8", "utf-16"]))
def test_random_documents_of_real_pieces(name: str, parts: list[str], encoding: str) -> None:
    read_or_fail("".join(parts).encode(encoding, "surrogatepass"), name)


@FAST
@given(text=st.text(max_size=2000))
def test_pasted_text(text: str) -> None:
    try:
        article = ingest.load_text(text)
    except ingest.LoadFailure:
        assert not clean(text).strip()  # only text with nothing visible in it may fail
        return
    check(article)


def test_lone_surrogates_in_pasted_text_are_dropped() -> None:
    article = ingest.load_text("The council\ud800 met on Monday.")
    assert article.text == "The council met on Monday."


@settings(max_examples=25, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000), flip=st.integers(min_value=0, max_value=255))
def test_damaged_pdf_and_docx(cut: int, flip: int) -> None:
    for name, data in (("a.pdf", make.pdf()), ("a.docx", make.docx())):
        damaged = bytearray(data[: max(cut, 8)] if cut < len(data) // 2 else data)
        position = cut % len(damaged)
        damaged[position] = flip
        read_or_fail(bytes(damaged), name)
