"""Batches: folders, duplicates, near copies, progress and cancellation, web addresses."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from analysis import ingest
from analysis.ingest.limits import Limits
from analysis.model import Format
from analysis.progress import Cancelled, CancelToken
from tests.analysis.ingest_fixtures import fixture, make, server

WIRE = (
    "The regional council approved the new water plan on Tuesday after a long debate, its chairwoman "
    "Mira Olsen said. The plan foresees two new pumping stations and a pipeline to the northern villages "
    "by 2028. Opposition members said the cost of 80 million crowns was far too high for a town of this "
    "size and asked for an audit of the tender. Olsen said the audit would be published in the spring, "
    "together with the final budget and the schedule of the works on the reservoir."
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_folder_is_walked_recursively_supported_files_only(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "First article text, said the mayor on Monday.")
    write(tmp_path, "sub/b.md", "Second article text, said the mayor on Tuesday.")
    write(tmp_path, "sub/deeper/c.html", "<p>Third article text, said the mayor on Wednesday.</p>")
    write(tmp_path, "notes.csv", "a,b\n1,2")
    write(tmp_path, ".hidden.txt", "Hidden text that must not load.")
    result = ingest.load([str(tmp_path)])
    assert [Path(a.path).name for a in result.articles] == ["a.txt", "b.md", "c.html"]
    assert not result.errors


def test_empty_folder_gives_a_notice(tmp_path: Path) -> None:
    result = ingest.load([str(tmp_path)])
    assert not result.articles
    assert "No supported files" in result.notices[0]


def test_one_bad_input_never_stops_the_batch(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", WIRE)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.7 this is not really a pdf")
    result = ingest.load([str(bad), str(tmp_path / "missing.txt"), str(good)])
    assert [a.path for a in result.articles] == [str(good)]
    assert [e.path for e in result.errors] == [str(bad), str(tmp_path / "missing.txt")]
    assert "damaged" in result.errors[0].message
    assert "does not exist" in result.errors[1].message


def test_exact_duplicates_are_skipped_with_a_notice(tmp_path: Path) -> None:
    first = write(tmp_path, "one.txt", WIRE)
    second = write(tmp_path, "two.txt", WIRE)
    result = ingest.load([str(first), str(second)])
    assert [a.path for a in result.articles] == [str(first)]
    assert "two.txt" in result.notices[0]
    assert "same text" in result.notices[0]
    again = ingest.load([str(second)], known=result.articles)
    assert not again.articles
    assert "same text" in again.notices[0]


def test_near_duplicates_are_linked_as_copies(tmp_path: Path) -> None:
    original = write(tmp_path, "wire.txt", WIRE)
    syndicated = write(tmp_path, "copy.txt", WIRE.replace("on Tuesday", "on Tuesday evening") + " (Wire)")
    different = write(tmp_path, "other.txt", "The harbour strike ended on Sunday, the union said.")
    result = ingest.load([str(original), str(syndicated), str(different)])
    wire, copy, other = result.articles
    assert copy.copy_of == wire.id
    assert wire.copy_of == other.copy_of == ""
    assert any("near copy" in n for n in result.notices)
    later = ingest.load([str(syndicated)], known=[wire])
    assert later.articles[0].copy_of == wire.id


def test_progress_is_reported_and_cancel_stops(tmp_path: Path) -> None:
    paths = [str(write(tmp_path, f"{i}.txt", f"Article number {i} says the council met.")) for i in range(5)]
    seen: list[float] = []
    ingest.load(paths, progress=lambda fraction, message: seen.append(fraction))
    assert seen == sorted(seen)
    assert seen[0] == 0.0
    assert seen[-1] == 1.0
    token = CancelToken()

    def stop_after_two(fraction: float, message: str) -> None:
        if fraction >= 0.4:
            token.cancel()

    with pytest.raises(Cancelled):
        ingest.load(paths, progress=token.wrap(stop_after_two))


def test_file_limit_stops_with_a_notice(tmp_path: Path) -> None:
    for i in range(5):
        write(tmp_path, f"{i}.txt", f"Article number {i} says the council met.")
    result = ingest.load([str(tmp_path)], limits=Limits(max_files=3))
    assert len(result.articles) == 3
    assert "Stopped after 3 files" in result.notices[0]


# -- web addresses (a real local server) --------------------------------------------------
@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with server.serving() as base:
        yield base


def test_web_page_by_address(site: str) -> None:
    result = ingest.load([f"{site}/article"])
    article = result.articles[0]
    assert article.format is Format.URL
    assert article.path == f"{site}/article"
    assert (article.title, article.source) == ("Bridge reopens after flood repairs", "Riverside Courier")
    assert article.url == "https://riverside-courier.example/local/bridge-reopens"  # the canonical URL


def test_plain_text_and_pdf_by_address(site: str) -> None:
    result = ingest.load([f"{site}/plain", f"{site}/doc.pdf"])
    assert not result.errors
    plain, document = result.articles
    assert plain.text == make.PARAGRAPHS[0]
    assert plain.url == f"{site}/plain"
    assert plain.source == "127.0.0.1"  # no outlet named: the domain stands in
    assert document.title == "Council approves water plan"


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/missing", "answered 404"),
        ("/image", "image/png"),
        ("/loop", "redirects too many times"),
        ("/to-file", "only http and https"),
        ("/huge", "larger than"),
    ],
)
def test_bad_addresses_give_one_clear_error(site: str, route: str, message: str) -> None:
    good = str(fixture("front_matter.md"))
    result = ingest.load([f"{site}{route}", good], limits=Limits(url_max_bytes=2 * 2**20))
    assert [a.path for a in result.articles] == [good]
    assert len(result.errors) == 1
    assert message in result.errors[0].message
