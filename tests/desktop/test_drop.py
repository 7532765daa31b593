"""Getting articles in by drag and drop: real drag events sent to the drop target's viewport."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.drop import display_name, inputs_from_mime, pasted_name, web_urls_in
from tests.desktop.conftest import ARTICLE, wait_analysed


def mime_with(urls: list[QUrl] | None = None, text: str = "") -> QMimeData:
    mime = QMimeData()
    if urls:
        mime.setUrls(urls)
    if text:
        mime.setText(text)
    return mime


def drag_enter_event(mime: QMimeData) -> QDragEnterEvent:
    """A drag entering at (20, 20): Qt 6.12 takes a QPointF, earlier releases a QPoint."""
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    try:
        return QDragEnterEvent(QPointF(20, 20), *args)
    except TypeError:
        return QDragEnterEvent(QPoint(20, 20), *args)


def drop(window, mime: QMimeData) -> bool:  # type: ignore[no-untyped-def]
    """Drag ``mime`` over the drop target's viewport and release it; return whether entering was accepted."""
    target = window.drop_area.viewport()
    enter = drag_enter_event(mime)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    release = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, release)
    return release.isAccepted()


# -- reading mime data -------------------------------------------------------------------
def test_files_and_folders_become_paths(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "folder"
    inputs = inputs_from_mime(mime_with([QUrl.fromLocalFile(str(a)), QUrl.fromLocalFile(str(b))]))
    assert inputs.paths == [str(a), str(b)]
    assert not inputs.urls
    assert not inputs.text


def test_browser_link_wins_over_its_title_text() -> None:
    inputs = inputs_from_mime(mime_with([QUrl("https://news.example/a?id=3")], text="A headline"))
    assert inputs.urls == ["https://news.example/a?id=3"]
    assert inputs.text == ""


def test_unsupported_addresses_are_refused_with_a_reason() -> None:
    inputs = inputs_from_mime(mime_with([QUrl("data:text/plain,hello"), QUrl("ftp://host/x.txt")]))
    assert inputs.empty
    assert [reason for _item, reason in inputs.refused] == [
        "unsupported address type 'data:'",
        "unsupported address type 'ftp:'",
    ]


def test_text_of_addresses_is_fetched_other_text_is_an_article() -> None:
    assert inputs_from_mime(mime_with(text="https://a.example/1\nhttp://b.example/2\n")).urls == [
        "https://a.example/1",
        "http://b.example/2",
    ]
    inputs = inputs_from_mime(mime_with(text="See https://a.example/1 for more"))
    assert inputs.urls == []
    assert inputs.text == "See https://a.example/1 for more"
    assert web_urls_in("") == []


def test_pasted_article_is_named_by_its_first_line() -> None:
    assert pasted_name("\n\n   Flood   barrier fails  \nbody") == "Flood barrier fails"
    long = pasted_name("x" * 200)
    assert len(long) == 80
    assert long.endswith("…")
    assert pasted_name("  \n ") == "pasted text"


def test_direction_tricks_in_names_are_spelled_out() -> None:
    assert display_name("invoice\u202efdp.exe") == "invoice<U+202E>fdp.exe"
    assert display_name("plain name.txt") == "plain name.txt"


# -- real drops on the window --------------------------------------------------------------
def test_dropping_several_files_loads_and_analyses_them(qtbot, window, sample_paths) -> None:  # type: ignore[no-untyped-def]
    assert window.central.currentIndex() == 0  # the welcome page invites the drop
    assert drop(window, mime_with([QUrl.fromLocalFile(str(p)) for p in sample_paths]))
    wait_analysed(qtbot, window, len(sample_paths))
    assert window.central.currentIndex() == 1
    assert window.session.dirty
    assert window.problems.problem_count == 0


def test_dropping_a_folder_reads_it_recursively(qtbot, window, sample_folder: Path, sample_paths) -> None:  # type: ignore[no-untyped-def]
    assert drop(window, mime_with([QUrl.fromLocalFile(str(sample_folder))]))
    wait_analysed(qtbot, window, len(sample_paths))
    names = {Path(a.path).name for a in window.session.articles}
    assert names == {p.name for p in sample_paths}


def test_dropping_dragged_text_adds_an_article_named_by_its_first_line(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert drop(window, mime_with(text=ARTICLE))
    wait_analysed(qtbot, window, 1)
    article = window.session.articles[0]
    assert '"The water came through the wall in minutes," said Ilse Marr' in article.text
    assert "Flood barrier fails in Norrvik" in (article.title or article.path)
    assert len(window.session.analysis.statements) >= 3


def test_dropping_the_same_file_twice_announces_the_duplicate(qtbot, window, sample_paths) -> None:  # type: ignore[no-untyped-def]
    mime = mime_with([QUrl.fromLocalFile(str(sample_paths[0]))])
    assert drop(window, mime)
    wait_analysed(qtbot, window, 1)
    with qtbot.waitSignal(window.session.noticesAdded, timeout=30_000):
        assert drop(window, mime)
    wait_analysed(qtbot, window, 1)
    kinds = [kind for kind, _item, _reason in window.problems.rows()]
    assert "notice" in kinds


def test_a_bad_file_lands_in_the_problems_list_and_the_rest_loads(
    qtbot, window, tmp_path, sample_paths
) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "gone.txt"
    urls = [QUrl.fromLocalFile(str(sample_paths[0])), QUrl.fromLocalFile(str(missing))]
    with qtbot.waitSignal(window.session.problemsAdded, timeout=30_000):
        assert drop(window, mime_with(urls))
    wait_analysed(qtbot, window, 1)
    assert window.problems.problem_count == 1
    assert window.problems_button.isVisible()
    assert "1 problem" in window.problems_button.text()
    assert window.problems.rows()[0][1].endswith("gone.txt")


def test_refused_addresses_are_listed_not_fetched(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert drop(window, mime_with([QUrl("data:text/plain,secret")]))
    assert window.problems.problem_count == 1
    assert window.session.articles == []
    assert not window.session.loader.busy


def test_a_drag_without_content_is_refused(window) -> None:  # type: ignore[no-untyped-def]
    assert not drop(window, QMimeData())


def test_dropping_a_link_from_a_browser_fetches_the_article(qtbot, window, web_article: str) -> None:  # type: ignore[no-untyped-def]
    assert drop(window, mime_with([QUrl(web_article)], text="Flood barrier fails in Norrvik"))
    wait_analysed(qtbot, window, 1)
    article = window.session.articles[0]
    assert "The water came through the wall in minutes" in article.text
    assert window.problems.problem_count == 0
