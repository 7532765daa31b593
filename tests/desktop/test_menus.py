"""Menus and shortcuts: platform keys, the actions they run, dialogs they open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop.dialogs.about import AboutDialog
from desktop.dialogs.open_url import OpenUrlDialog, check_urls
from tests.desktop.conftest import ARTICLE, choose_file, wait_analysed, when_modal

SHORTCUTS = {
    "open": "Ctrl+O",
    "save": "Ctrl+S",
    "save_as": "Ctrl+Shift+S",
    "new": "Ctrl+N",
    "paste": "Ctrl+V",
    "find": "Ctrl+F",
    "export_brief": "Ctrl+E",
    "quit": "Ctrl+Q",
    "reanalyse": "F5",
    "cancel": "Esc",
}


def menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_menus_follow_the_platform_order(window) -> None:  # type: ignore[no-untyped-def]
    assert menu_titles(window) == ["File", "Edit", "Analysis", "View", "Help"]


@pytest.mark.parametrize(("name", "keys"), SHORTCUTS.items())
def test_standard_shortcuts(window, name: str, keys: str) -> None:  # type: ignore[no-untyped-def]
    shortcuts = window.act[name].shortcuts()
    assert any(s.matches(QKeySequence(keys)) == QKeySequence.SequenceMatch.ExactMatch for s in shortcuts)
    assert keys.split("+")[-1] in window.act[name].toolTip()


def test_every_action_says_what_it_does(window) -> None:  # type: ignore[no-untyped-def]
    for name, action in window.act.items():
        assert action.text().strip(), name
        assert action.toolTip().strip(), name


def test_ctrl_o_opens_the_file_dialog_and_loads_the_choice(qtbot, window, sample_paths) -> None:  # type: ignore[no-untyped-def]
    when_modal(qtbot, choose_file(sample_paths[1]))
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    wait_analysed(qtbot, window, 1)
    assert Path(window.session.articles[0].path).name == sample_paths[1].name
    assert window.prefs.last_folder == str(sample_paths[1].parent)


def test_ctrl_v_pastes_text_as_an_article(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(ARTICLE)
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    wait_analysed(qtbot, window, 1)
    assert "Ilse Marr" in window.session.articles[0].text


def test_paste_of_copied_files_loads_the_files(qtbot, window, sample_paths) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sample_paths[:2]])
    QGuiApplication.clipboard().setMimeData(mime)
    window.act["paste"].trigger()
    wait_analysed(qtbot, window, 2)


def test_paste_of_an_empty_clipboard_says_so(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(window.session.noticesAdded, timeout=2000):
        window.act["paste"].trigger()
    assert window.session.articles == []
    assert "clipboard" in window.statusBar().currentMessage()


def test_open_url_dialog_fetches_the_page(qtbot, window, web_article: str) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: OpenUrlDialog) -> None:
        dialog.edit.setPlainText(web_article)
        dialog.buttons.button(dialog.buttons.StandardButton.Open).click()

    when_modal(qtbot, fill)
    window.act["open_url"].trigger()
    wait_analysed(qtbot, window, 1)
    assert "The water came through the wall" in window.session.articles[0].text


def test_open_url_refuses_what_is_not_a_web_address() -> None:
    assert check_urls("https://example.org/a\nexample.net/b")[0] == [
        "https://example.org/a",
        "http://example.net/b",
    ]
    urls, reason = check_urls("file:///etc/passwd")
    assert urls == []
    assert "Not a web address" in reason


def test_ctrl_f_puts_the_cursor_in_the_filter_bar(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    if "filters" not in demo_window.panels:
        pytest.skip("the filter bar panel is not built yet")
    demo_window.activateWindow()
    demo_window.act["find"].trigger()
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit)
    assert demo_window.panels["filters"].isAncestorOf(focused)


def test_cancel_is_offered_only_while_work_runs(qtbot, window, sample_paths) -> None:  # type: ignore[no-untyped-def]
    assert not window.act["cancel"].isEnabled()
    window.loading.load_paths([str(p) for p in sample_paths])
    assert window.act["cancel"].isEnabled()
    assert window.progress.isVisible()
    window.act["cancel"].trigger()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=10_000)
    assert not window.act["cancel"].isEnabled()
    assert not window.progress.isVisible()


def test_f5_reanalyses(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    before = demo_window.session.analysis
    with qtbot.waitSignal(demo_window.session.analysisChanged, timeout=60_000):
        demo_window.act["reanalyse"].trigger()
    assert demo_window.session.analysis is not before


def test_view_menu_toggles_every_panel(window) -> None:  # type: ignore[no-untyped-def]
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    toggles = {a.text() for a in view.actions()}
    for key, dock in window.docks.items():
        assert dock.windowTitle() in toggles, key
        was = dock.isVisible()
        dock.toggleViewAction().trigger()
        assert dock.isVisible() != was


def test_colour_schemes_switch_the_palette(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from desktop import theme

    if QApplication.instance().findChild(theme.Theme) is None:
        theme.Theme(QApplication.instance())
    window.act["scheme_dark"].trigger()
    dark = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    window.act["scheme_light"].trigger()
    light = QApplication.palette().color(QPalette.ColorRole.Window).lightness()
    assert dark < 80 < 200 < light
    assert window.prefs.color_scheme == "light"
    window.act["scheme_system"].trigger()


def test_about_box_lists_versions_and_licences(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, str] = {}

    def read(dialog: AboutDialog) -> None:
        table = dialog.table
        for row in range(table.rowCount()):
            seen[table.item(row, 0).text()] = table.item(row, 2).text()
        dialog.reject()

    when_modal(qtbot, read)
    window.act["about"].trigger()
    assert {"Python", "Qt", "pandas", "scikit-learn", "reportlab"} <= set(seen)
    assert all(seen.values())
    assert seen["Qt"].startswith("LGPL")


def test_export_without_articles_explains_instead_of_failing(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    texts: list[str] = []

    def read(box: QMessageBox) -> None:
        texts.append(box.text())
        box.accept()

    when_modal(qtbot, read)
    window.act["export_brief"].trigger()
    assert texts
    assert "Load articles first" in texts[0]
