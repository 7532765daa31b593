"""Projects in the GUI: New, Open, Save, Save As, recent projects, the demo case, closing.

Project files are read and written by :mod:`analysis.project` on a background task, from a
snapshot taken on the GUI thread, so a large project never freezes the window. Autosave
and crash recovery live in :mod:`desktop.controllers.autosave`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from analysis.case import Case, demo_case
from analysis.model import Edits
from analysis.progress import Progress
from analysis.settings import Settings
from desktop.drop import display_name
from desktop.session import Session
from desktop.tasks import TaskRunner

SUFFIX = ".parallax"
FILTER = "Parallax projects (*.parallax)"
UNTITLED = "Untitled"


def load_demo(progress: Progress) -> tuple[Any, Edits, Case]:
    """Read the bundled demo case: its articles, their sides and the case description."""
    import resources
    from analysis import ingest

    case = demo_case()
    result = ingest.load([str(p) for p in resources.samples()], progress=progress)
    return result, case.edits(result.articles), case


class ProjectController(QObject):
    """Knows the current project's file and name; opens, saves and closes it.

    Parameters
    ----------
    session : Session
        The state saved and replaced.
    window : QWidget
        Parent of the dialogs.
    preferences : Settings
        The user's settings (recent projects, last folder).
    """

    changed = Signal()  # the project's name or file changed
    saved = Signal(str)  # path written
    opened = Signal(str)  # path read ("" for the demo case)

    def __init__(self, session: Session, window: QWidget, preferences: Settings) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.prefs = preferences
        self.path: Path | None = None
        self.name = UNTITLED
        self.settings: dict[str, Any] = {}
        """Per-project settings saved with the project (brief title, analyst, ...)."""
        self.io = TaskRunner(parent=self)
        self.io.succeeded.connect(self._succeeded)
        self.io.failed.connect(self._failed)
        self._then: Callable[[Any], None] = lambda _result: None
        self._edits_seen = 0
        session.editsChanged.connect(self._count_change)
        session.articlesChanged.connect(self._count_change)

    def _count_change(self) -> None:
        self._edits_seen += 1

    def _run(self, work: Callable[[Progress], Any], then: Callable[[Any], None]) -> None:
        self._then = then
        self.io.start(work)

    def _succeeded(self, result: object) -> None:
        then, self._then = self._then, lambda _result: None
        then(result)

    def _failed(self, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Project", message, parent=self.window)
        box.setDetailedText(details)
        box.open()

    def state(self) -> Any:
        """Return a snapshot of the project for saving (safe to hand to a worker)."""
        from analysis.project import ProjectState

        return ProjectState(self.session.articles, self.session.edits, self.settings, self.name).snapshot()

    def snapshot(self) -> Callable[[], Any]:
        """Copy what may still change now; return a builder of the state for a worker.

        The project store is imported by the builder, on the worker, so the first autosave
        costs the GUI thread nothing but the copy.
        """
        articles, edits = list(self.session.articles), copy.deepcopy(self.session.edits)
        settings, name = copy.deepcopy(self.settings), self.name

        def build() -> Any:
            from analysis.project import ProjectState

            return ProjectState(articles, edits, settings, name)

        return build

    def _set(self, path: Path | None, name: str) -> None:
        self.path, self.name = path, name or (path.stem if path else UNTITLED)
        self.changed.emit()

    # -- new, demo, open ---------------------------------------------------------------
    def new_project(self) -> None:
        """Start an empty project (after asking about unsaved changes)."""
        if self.maybe_close():
            self.session.reset()
            self.settings = {}
            self._set(None, UNTITLED)

    def open_demo(self) -> None:
        """Open the bundled demo case as a new, unsaved project."""
        if not self.maybe_close():
            return

        def then(found: tuple[Any, Edits, Case]) -> None:
            result, edits, case = found
            self.session.reset(result.articles, edits)
            if result.errors:
                self.session.add_problems(result.errors)
            self.settings = {"title": case.title, "summary": case.summary}
            self._set(None, "Demo: " + (case.title or "Halvik").split(",")[0])
            self.opened.emit("")

        self._run(load_demo, then)

    def open_dialog(self) -> None:
        """File › Open Project."""
        folder = str(self.path.parent) if self.path else self.prefs.last_folder
        chosen, _ = QFileDialog.getOpenFileName(self.window, "Open Project", folder, FILTER)
        if chosen:
            self.open_path(chosen)

    def open_path(
        self, path: str | Path, then: Callable[[], None] | None = None, instead_of: Path | None = None
    ) -> None:
        """Open a project file in the background, then show it.

        ``instead_of`` opens a backup in place of a damaged project: the work shows as
        unsaved changes of the damaged file, so Save repairs it.
        """
        if not self.maybe_close():
            return
        target = Path(path)

        def work(progress: Progress) -> Any:
            from analysis.project import ProjectError, open_project

            progress(0.1, f"Opening {target.name}")
            try:
                return open_project(target)
            except ProjectError as exc:  # handed back whole: it may name a backup to offer
                return exc

        def shown(state: Any) -> None:
            if isinstance(state, Exception):
                self._open_failed(target, state)
                return
            self.session.reset(state.articles, state.edits)
            self.settings = dict(state.settings)
            home = instead_of or target
            self._set(home, state.name or home.stem)
            self.prefs.add_recent(home)
            self.opened.emit(str(home))
            if instead_of is not None:
                self.session.set_dirty(True)
            if then is not None:
                then()

        self._run(work, shown)

    def _open_failed(self, target: Path, error: Any) -> None:
        """Say why a project did not open; offer its last good backup when there is one."""
        if not target.exists():
            self.prefs.forget_recent(target)
        box = QMessageBox(QMessageBox.Icon.Warning, "Project not opened", str(error), parent=self.window)
        backup = getattr(error, "backup", None)
        if backup is not None:
            button = box.addButton("Open Last Good &Backup", QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda: self.open_path(backup, instead_of=target))
        box.addButton(QMessageBox.StandardButton.Close)
        self.last_error = box
        box.open()

    def adopt(self, state: Any, project_path: str = "") -> None:
        """Show recovered work as unsaved changes (of its project file, when it had one)."""
        self.session.reset(state.articles, state.edits)
        self.settings = dict(state.settings)
        path = Path(project_path) if project_path else None
        self._set(path, state.name or (path.stem if path else UNTITLED))
        self.session.set_dirty(True)

    def fill_recent(self, menu: QMenu) -> None:
        """Fill File › Open Recent with the recent projects (those still on disk)."""
        menu.clear()
        for text in self.prefs.recent_projects:
            action = menu.addAction(display_name(Path(text).name))
            action.setToolTip(display_name(text))
            action.setEnabled(Path(text).exists())
            action.triggered.connect(lambda _checked=False, p=text: self.open_path(p))
        if not self.prefs.recent_projects:
            menu.addAction("No recent projects").setEnabled(False)

    # -- save --------------------------------------------------------------------------
    def save(self) -> bool:
        """File › Save; asks for a file the first time. Returns whether a save started."""
        if self.path is None:
            return self.save_as()
        self.save_to(self.path)
        return True

    def save_as(self) -> bool:
        """File › Save As."""
        folder = Path(self.prefs.last_folder or Path.home())
        suggested = str(self.path or folder / f"{self.name.replace(':', '')}{SUFFIX}")
        chosen, _ = QFileDialog.getSaveFileName(self.window, "Save Project As", suggested, FILTER)
        if not chosen:
            return False
        self.save_to(Path(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX))
        return True

    def save_to(self, path: Path, wait: bool = False) -> None:
        """Save the project to ``path`` in the background (or now, when ``wait``).

        Saving under a new file name renames the project after the file, as in any editor.
        """
        if path != self.path:
            self.name = path.stem
        state, seen = self.state(), self._edits_seen

        def work(progress: Progress) -> Path:
            from analysis.project import save_project

            progress(0.1, f"Saving {path.name}")
            save_project(path, state)
            return path

        def done(written: Path) -> None:
            if self.path != written:
                self._set(written, written.stem)
            # Edits made while the file was written are not in it: stay modified then.
            if seen == self._edits_seen:
                self.session.set_dirty(False)
            self.prefs.add_recent(written)
            self.saved.emit(str(written))

        if wait:
            done(work(lambda _f, _m: None))
        else:
            self._run(work, done)

    # -- closing -----------------------------------------------------------------------
    def maybe_close(self) -> bool:
        """Ask about unsaved changes; ``True`` when the project may be closed."""
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self.window,
            "Unsaved changes",
            f"Save the changes to “{display_name(self.name)}” before closing it?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Discard:
            return True
        return self._save_now()

    def _save_now(self) -> bool:
        """Save synchronously before closing; ``False`` when the analyst cancelled or it failed."""
        path = self.path
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self.window, "Save Project As", "", FILTER)
            if not chosen:
                return False
            path = Path(chosen if chosen.endswith(SUFFIX) else chosen + SUFFIX)
        try:
            self.save_to(path, wait=True)
        except Exception as exc:  # the analyst must see why and keep the window
            QMessageBox.warning(self.window, "Not saved", str(exc))
            return False
        return True
