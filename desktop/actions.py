"""Menus, toolbar and shortcuts: the platform's standard keys wherever one exists.

:func:`install` builds every ``QAction`` of the main window, keyed by a short name
(``window.act["save"]``), so menus, toolbar, tests and the controllers share one set.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from desktop import theme
from desktop.theme import Scheme

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

Key = QKeySequence.StandardKey
FALLBACK = {Key.Quit: "Ctrl+Q", Key.FullScreen: "F11", Key.Refresh: "F5", Key.Cancel: "Esc"}
"""Keys for standard actions a platform theme may leave unbound (e.g. Quit on bare X11)."""


def _action(
    window: MainWindow,
    name: str,
    text: str,
    slot: Callable[[], object],
    keys: Key | str | None = None,
    icon: str = "",
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(f"action_{name}")
    if isinstance(keys, Key):
        bindings = QKeySequence.keyBindings(keys)
        action.setShortcuts(bindings or [QKeySequence(FALLBACK.get(keys, ""))])
    elif keys is not None:
        action.setShortcut(QKeySequence(keys))
    if icon:
        theme.set_icon(action, icon)
    shown = tip or text.replace("&", "").rstrip("…")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{shown} ({shortcut})" if shortcut else shown)
    action.setStatusTip(shown)
    action.triggered.connect(lambda _checked=False: slot())
    window.act[name] = action
    return action


def _file_menu(window: MainWindow) -> None:
    p, loading, export = window.projects, window.loading, window.exports
    menu = window.menuBar().addMenu("&File")
    menu.addAction(_action(window, "new", "&New Project", p.new_project, Key.New, "new"))
    menu.addAction(_action(window, "open", "&Open…", loading.open_files, Key.Open, "open",
                           "Open articles or a project"))  # fmt: skip
    menu.addAction(_action(window, "open_folder", "Open &Folder…", loading.open_folder, "Ctrl+Shift+D"))
    menu.addAction(_action(window, "open_url", "Open &URL…", loading.open_url, "Ctrl+Shift+U", "open-url"))
    menu.addAction(_action(window, "open_project", "Open &Project…", p.open_dialog, "Ctrl+Shift+O"))
    recent = window.recent_menu = menu.addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: p.fill_recent(recent))
    menu.addAction(_action(window, "demo", "Open &Demo Case", p.open_demo, None, "demo",
                           "Open the bundled demo case (a fictional strike on a hospital)"))  # fmt: skip
    menu.addSeparator()
    menu.addAction(_action(window, "save", "&Save", p.save, Key.Save, "save"))
    menu.addAction(_action(window, "save_as", "Save &As…", p.save_as, Key.SaveAs))
    menu.addSeparator()
    menu.addAction(_action(window, "export_brief", "&Export Brief (PDF)…", export.export_brief, "Ctrl+E",
                           "export", "Export the PDF brief"))  # fmt: skip
    menu.addAction(_action(window, "export_csv", "Export &CSV…", export.export_csv, None, "",
                           "Export statements and claims as CSV"))  # fmt: skip
    menu.addAction(_action(window, "export_json", "Export &JSON…", export.export_json, None, "",
                           "Export the whole analysis as JSON"))  # fmt: skip
    menu.addSeparator()
    quit_action = _action(window, "quit", "&Quit", window.close, Key.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    menu.addAction(quit_action)


def _edit_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu("&Edit")
    menu.addAction(_action(window, "paste", "&Paste Articles", window.loading.paste, Key.Paste, "paste",
                           "Paste files, web addresses or text as articles"))  # fmt: skip
    menu.addSeparator()
    menu.addAction(_action(window, "find", "&Find…", window.focus_filters, Key.Find, "find",
                           "Search and filter statements"))  # fmt: skip


def _analysis_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu("&Analysis")
    menu.addAction(_action(window, "reanalyse", "&Re-analyse", window.session.analyze, Key.Refresh,
                           "reanalyse"))  # fmt: skip
    cancel = _action(window, "cancel", "&Cancel", window.progress.cancel, Key.Cancel, "cancel",
                     "Cancel loading, analysis or export")  # fmt: skip
    # Esc belongs to the widget with focus first (closing a popup, leaving an editor).
    cancel.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    menu.addAction(cancel)


def _view_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu("&View")
    for dock in window.docks.values():
        menu.addAction(dock.toggleViewAction())
    menu.addSeparator()
    schemes = QMenu("Colour &Scheme", menu)
    group = QActionGroup(window)
    for scheme, text in (
        (Scheme.SYSTEM, "Follow the &System"),
        (Scheme.LIGHT, "&Light"),
        (Scheme.DARK, "&Dark"),
    ):
        action = _action(window, f"scheme_{scheme}", text, partial(window.set_scheme, scheme))
        action.setCheckable(True)
        action.setChecked(window.scheme == scheme)
        group.addAction(action)
        schemes.addAction(action)
    menu.addMenu(schemes)
    menu.addAction(_action(window, "reset_layout", "Reset &Layout", window.reset_layout))
    full = _action(window, "full_screen", "&Full Screen", window.toggle_full_screen, Key.FullScreen)
    menu.addAction(full)


def _help_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu("&Help")
    about = _action(window, "about", "&About Parallax", window.show_about, None, "about")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    menu.addAction(about)
    about_qt = _action(window, "about_qt", "About &Qt", window.show_about_qt)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    menu.addAction(about_qt)


def _toolbar(window: MainWindow) -> None:
    bar = QToolBar("Main Toolbar", window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for name in ("open", "open_url", "paste", None, "save", "export_brief", None, "reanalyse"):
        if name is None:
            bar.addSeparator()
        else:
            bar.addAction(window.act[name])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)


def install(window: MainWindow) -> None:
    """Build the menus, toolbar and shortcuts of ``window``."""
    _file_menu(window)
    _edit_menu(window)
    _analysis_menu(window)
    _view_menu(window)
    _help_menu(window)
    _toolbar(window)
    for name in ("open", "open_url", "paste", "save", "export_brief", "reanalyse"):
        window.act[name].setIconVisibleInMenu(True)
