"""The main window: composes the panels around the compare view and delegates the rest.

Layout: sources and topics on the left, the compare view in the centre (inside the drop
target), the reader on the right, claims, speakers and timeline tabbed at the bottom.
Behaviour lives in the controllers (projects, loading, export) and in :mod:`desktop.actions`.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMenu, QMessageBox

from analysis.settings import Settings
from desktop import actions, theme, window_state
from desktop.controllers import panels
from desktop.controllers.autosave import AutosaveController
from desktop.controllers.export import ExportController
from desktop.controllers.loading import LoadingController
from desktop.controllers.project import ProjectController
from desktop.dialogs.problems import ProblemsButton, ProblemsPanel
from desktop.dialogs.welcome import CentralView
from desktop.drop import DropArea, accept_drag, display_name, take_drop
from desktop.progress_bar import ProgressWidget
from desktop.session import Session


class MainWindow(QMainWindow):
    """The Parallax window for one :class:`Session`.

    Parameters
    ----------
    session : Session, optional
        The state to show; a fresh one by default.
    settings : Settings, optional
        The user's typed settings; defaults when not given.
    persist : bool
        Write the settings back to the user's settings file on close.
    defer_panels : bool
        Show the window before the panels' (heavy) modules are imported; they are built
        once imported in the background (``composer.ready``). Tests build them at once.
    """

    def __init__(
        self,
        session: Session | None = None,
        settings: Settings | None = None,
        persist: bool = False,
        defer_panels: bool = False,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session or Session(self)
        self.prefs = settings or Settings(first_run=False)
        self.persist = persist
        self.act: dict[str, QAction] = {}
        self.recent_menu: QMenu | None = None
        self._size_on_show = False
        self.setWindowIcon(theme.app_icon())
        self.setAcceptDrops(True)
        self._build_centre()
        self.composer = panels.Composer(self, self.session, self.central)
        self.panels, self.docks = self.composer.panels, self.composer.docks
        self.problems = ProblemsPanel(self)
        self.composer.add_dock("problems", "Problems", self.problems, panels.BOTTOM, "Ctrl+7")
        self._build_status_bar()
        self.loading = LoadingController(self.session, self, self._remember_folder)
        self.loading.folder = self.prefs.last_folder
        self.projects = ProjectController(self.session, self, self.prefs)
        self.exports = ExportController(
            self.session, self, self.prefs, project=lambda: self.projects.settings
        )
        self.autosave = AutosaveController(self.session, self.projects, self, self.prefs.autosave_seconds)
        self.progress.watch(self.projects.io, "Working on the project")
        self.progress.watch(self.exports.runner, "Exporting")
        self.loading.openProject.connect(
            lambda path, rest: self.projects.open_path(path, then=lambda: self.loading.take(rest))
        )
        actions.install(self)
        self.central.welcome.set_actions([self.act[k] for k in ("open", "open_url", "paste", "demo")])
        self._connect()
        self._default_layout = window_state.capture(self)
        self.resize(1440, 900)
        if not window_state.restore(self, self.prefs.window_state):
            self._place_default()
        self.update_title()
        self.composer.start(defer_panels)

    # -- composition -------------------------------------------------------------------
    def _build_centre(self) -> None:
        self.drop_area = DropArea(self)
        self.drop_area.setObjectName("dropArea")
        self.central = CentralView(self.drop_area)
        self.drop_area.setWidget(self.central)
        self.setCentralWidget(self.drop_area)

    def _place_default(self) -> None:
        """Tab the bottom docks, give the side docks sensible widths, hide Problems."""
        bottom = [d for k, d in self.docks.items() if self.dockWidgetArea(d) == panels.BOTTOM]
        for first, other in itertools.pairwise(bottom):
            self.tabifyDockWidget(first, other)
        if bottom:
            bottom[0].raise_()
        if "sources" in self.docks and "topics" in self.docks:
            self.splitDockWidget(self.docks["sources"], self.docks["topics"], Qt.Orientation.Vertical)
        self.docks["problems"].hide()
        if self.isVisible():
            self._size_docks()
        else:
            self._size_on_show = True  # dock sizes only hold once the window has its size

    def _size_docks(self) -> None:
        """Give the compare view most of the room: narrow sides, a low bottom row."""
        self._size_on_show = False
        side = [d for d in self.docks.values() if self.dockWidgetArea(d) in (panels.LEFT, panels.RIGHT)]
        widths = [int(self.width() * (0.22 if self.dockWidgetArea(d) == panels.LEFT else 0.28)) for d in side]
        self.resizeDocks(side, widths, Qt.Orientation.Horizontal)
        bottom = [d for d in self.docks.values() if self.dockWidgetArea(d) == panels.BOTTOM and d.isVisible()]
        if bottom:
            self.resizeDocks(bottom[:1], [int(self.height() * 0.34)], Qt.Orientation.Vertical)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._size_on_show:
            QTimer.singleShot(0, self._size_docks)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.progress = ProgressWidget(self)
        self.progress.watch(self.session.loader, "Loading articles")
        self.progress.watch(self.session.analyzer, "Analysing")
        self.problems_button = ProblemsButton(self)
        self.problems_button.clicked.connect(self.show_problems)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.problems_button)

    def _connect(self) -> None:
        s = self.session
        app_theme = QApplication.instance().findChild(theme.Theme)  # type: ignore[union-attr]
        if app_theme is not None:
            app_theme.changed.connect(self._refresh_icons)  # a method: disconnected with the window
        self.drop_area.dropped.connect(self.loading.take)
        self.composer.ready.connect(self._panels_built)
        s.problemsAdded.connect(self.problems.add_problems)
        s.noticesAdded.connect(self._notices)
        self.problems.countChanged.connect(self.problems_button.set_count)
        s.articlesChanged.connect(self._articles_changed)
        s.dirtyChanged.connect(lambda _dirty: self.update_title())
        self.projects.changed.connect(self.update_title)
        s.busyChanged.connect(self._busy)
        self._busy(s.busy)

    # -- reactions ---------------------------------------------------------------------
    def _refresh_icons(self) -> None:
        theme.refresh_icons(self)

    def _panels_built(self) -> None:
        for panel in self.panels.values():
            # Panels that take drops themselves (the sources table) hand them to the shell.
            dropped = getattr(panel, "dropped", None)
            if dropped is not None and hasattr(dropped, "connect"):
                dropped.connect(self.loading.take)
        theme.refresh_icons(self)

    def _articles_changed(self) -> None:
        self.central.show_work(bool(self.session.articles))

    def _notices(self, notices: list[str]) -> None:
        self.problems.add_notices(notices)
        if notices:
            self.statusBar().showMessage(display_name(notices[-1]), 8000)

    def _busy(self, busy: bool) -> None:
        cancel = self.act.get("cancel")
        if cancel is not None:
            cancel.setEnabled(busy)

    def update_title(self) -> None:
        """Show the project name and whether it has unsaved changes."""
        # "[*]" is where Qt draws the platform's modified marker.
        self.setWindowTitle(f"{display_name(self.projects.name)}[*] — Parallax")
        self.setWindowModified(self.session.dirty)

    def _remember_folder(self, folder: str) -> None:
        self.prefs.last_folder = folder

    def offer_recovery(self) -> None:
        """Offer the work an earlier, crashed run left behind (see the autosave controller)."""
        self.autosave.offer()

    def show_problems(self) -> None:
        """Open the problems list."""
        dock = self.docks["problems"]
        dock.show()
        dock.raise_()

    def focus_filters(self) -> None:
        """Ctrl+F: put the cursor in the filter bar's search field."""
        bar = self.panels.get("filters")
        if bar is None:
            self.statusBar().showMessage("Search is not available yet.", 4000)
            return
        self.central.show_work(True)
        focus = getattr(bar, "focus_search", None)
        if callable(focus):
            focus()
            return
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search = getattr(bar, "search", None)
        if isinstance(search, QLineEdit):
            search.selectAll()  # typing replaces the last search, as in every find bar

    # -- view --------------------------------------------------------------------------
    @property
    def scheme(self) -> theme.Scheme:
        """The colour scheme chosen by the analyst."""
        return theme.scheme_of(self.prefs.color_scheme)

    def set_scheme(self, scheme: theme.Scheme) -> None:
        """Switch colours (and remember the choice)."""
        self.prefs.color_scheme = str(scheme)
        app_theme = QApplication.instance().findChild(theme.Theme)  # type: ignore[union-attr]
        if app_theme is not None:
            app_theme.apply(scheme)

    def reset_layout(self) -> None:
        """Put every panel back where it starts."""
        window_state.restore(self, self._default_layout)
        for dock in self.docks.values():
            dock.setFloating(False)
            dock.show()
        self._place_default()

    def toggle_full_screen(self) -> None:
        """Enter or leave full screen."""
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def show_about(self) -> None:
        """Help › About Parallax."""
        from desktop.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def show_about_qt(self) -> None:
        """Help › About Qt."""
        QMessageBox.aboutQt(self, "About Qt")

    # -- drops anywhere over the window (docks included) ---------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        inputs = take_drop(event)
        if inputs is not None:
            self.loading.take(inputs)

    # -- closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.projects.maybe_close():
            event.ignore()
            return
        self.session.cancel()
        self.autosave.close()
        self.prefs.window_state = window_state.capture(self)
        if self.persist:
            self.prefs.save()
        event.accept()
