"""Projects in the GUI: New, Open, Save, Save As, recent projects, the demo case, closing.

Project files are read and written by :mod:`analysis.project` on a background task, from a
snapshot taken on the GUI thread, so a large project never freezes the window. Autosave
and crash recovery live in :mod:`desktop.controllers.autosave`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from analysis.model import Edits
from analysis.progress import Progress
from desktop.controllers.preferences import Preferences
from desktop.drop import display_name
from desktop.session import Session
from desktop.tasks import TaskRunner

SUFFIX = ".parallax"
FILTER = "Parallax projects (*.parallax)"
UNTITLED = "Untitled"


def demo_edits(articles: list[Any], sides: dict[str, str]) -> Edits:
    """Return edits that give each demo article the side of its outlet (``resources/demo.json``)."""
    edits = Edits()
    for article in articles:
        side = sides.get(article.source, "")
        if side:
            edits.sources[article.id] = {"side": side}
    return edits


def load_demo(progress: Progress) -> tuple[Any, Edits, dict[str, Any]]:
    """Read the bundled demo case: its articles, their sides and the case description."""
    import resources
    from analysis import ingest

    case = json.loads(resources.path("demo.json").read_text(encoding="utf-8"))
    result = ingest.load([str(p) for p in resources.samples()], progress=progress)
    return result, demo_edits(result.articles, case.get("sides", {})), case


class ProjectController(QObject):
    """Knows the current project's file and name; opens, saves and closes it.

    Parameters
    ----------
    session : Session
        The state saved and replaced.
    window : QWidget
        Parent of the dialogs.
    preferences : Preferences
        Holds the recent projects list.
    """

    changed = Signal()  # the project's name or file changed
    saved = Signal(str)  # path written
    opened = Signal(str)  # path read ("" for the demo case)

    def __init__(self, session: Session, window: QWidget, preferences: Preferences) -> None:
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

        def then(found: tuple[Any, Edits, dict[str, Any]]) -> None:
            result, edits, case = found
            self.session.reset(result.articles, edits)
            if result.errors:
                self.session.add_problems(result.errors)
            self.settings = {"title": case.get("title", ""), "summary": case.get("summary", "")}
            self._set(None, "Demo: " + str(case.get("title", "Halvik")).split(",")[0])
            self.opened.emit("")

        self._run(load_demo, then)

    def open_dialog(self) -> None:
        """File › Open Project."""
        folder = str(self.path.parent) if self.path else self.prefs.last_folder
        chosen, _ = QFileDialog.getOpenFileName(self.window, "Open Project", folder, FILTER)
        if chosen:
            self.open_path(chosen)

    def open_path(self, path: str | Path, then: Callable[[], None] | None = None) -> None:
        """Open a project file in the background, then show it."""
        if not self.maybe_close():
            return
        target = Path(path)

        def work(progress: Progress) -> Any:
            from analysis.project import open_project

            progress(0.1, f"Opening {target.name}")
            return open_project(target)

        def shown(state: Any) -> None:
            self.session.reset(state.articles, state.edits)
            self.settings = dict(state.settings)
            self._set(target, state.name or target.stem)
            self.prefs.add_recent(target)
            self.opened.emit(str(target))
            if then is not None:
                then()

        self._run(work, shown)

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
        """Save the project to ``path`` in the background (or now, when ``wait``)."""
        state, seen = self.state(), self._edits_seen

        def work(progress: Progress) -> Path:
            from analysis.project import save_project

            progress(0.1, f"Saving {path.name}")
            save_project(path, state)
            return path

        def done(written: Path) -> None:
            if self.path != written:
                self._set(written, self.name if self.path else written.stem)
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
