"""Autosave every few seconds of unsaved work, and the recovery offer after a crash.

One :class:`~analysis.project.Autosaver` per open project writes snapshots to the user
data folder on a background task: on a timer (at most every 30 s) and shortly after each
burst of edits. After Save / Open it is told the work is safe; a clean exit removes its
session. At the next start, :meth:`AutosaveController.offer` lists what dead sessions left.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from analysis.model import LoadError
from analysis.progress import Progress
from desktop.session import Session
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    from analysis.project import Autosaver, Recovery
    from desktop.controllers.project import ProjectController

log = logging.getLogger(__name__)
MAX_INTERVAL = 30
"""The most work (in seconds) a crash may cost."""
SETTLE_MS = 3000
"""Autosave this long after the last edit of a burst."""


class AutosaveController(QObject):
    """Keeps a snapshot of unsaved work; see the module docstring.

    Parameters
    ----------
    session : Session
        Whose work is saved.
    projects : ProjectController
        Gives the snapshot (:meth:`~ProjectController.state`) and announces saves and opens.
    window : QWidget
        Parent of the recovery dialog.
    interval : int
        Seconds between timed autosaves (clamped to ``1..30``).
    """

    autosaved = Signal(object)  # SaveStats of the snapshot written
    recovered = Signal(str)  # name of the project brought back

    def __init__(
        self, session: Session, projects: ProjectController, window: QWidget, interval: int = 20
    ) -> None:
        super().__init__(window)
        self.session, self.projects, self.window = session, projects, window
        self.saver: Autosaver | None = None
        self.runner = TaskRunner(parent=self)
        self.runner.succeeded.connect(self._written)
        self.runner.failed.connect(lambda message, _details: log.warning("autosave failed: %s", message))
        self.timer = QTimer(self, interval=1000 * min(max(int(interval), 1), MAX_INTERVAL))
        self.timer.timeout.connect(self.autosave_now)
        self.timer.start()
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.autosave_now)
        self._after_write: list[Any] = []
        session.editsChanged.connect(self._settle.start)
        session.articlesChanged.connect(self._settle.start)
        projects.saved.connect(self._safe)
        projects.opened.connect(self._reopened)

    # -- autosave ----------------------------------------------------------------------
    def _autosaver(self) -> Autosaver:
        if self.saver is None:
            from analysis.project import Autosaver  # already imported by the views' warm-up

            self.saver = Autosaver(self.projects.path)
        return self.saver

    def autosave_now(self) -> None:
        """Snapshot the work in the background when there is anything unsaved."""
        if not self.session.dirty or self.runner.busy:
            return
        build, saver = self.projects.snapshot(), self._autosaver()

        def work(progress: Progress) -> Any:
            return saver.autosave(build())

        self.runner.start(work)

    def _written(self, stats: object) -> None:
        self.autosaved.emit(stats)
        pending, self._after_write = self._after_write, []
        for then in pending:
            then()

    def _safe(self, path: str) -> None:
        if self.saver is not None:
            self.saver.mark_saved(path)

    def _reopened(self, path: str) -> None:
        """A project (or the demo) replaced the work: start a fresh autosave session for it."""
        self.close()

    def close(self) -> None:
        """End the autosave session cleanly (nothing to recover from it)."""
        self._settle.stop()
        if self.saver is not None:
            self.saver.close()  # waits for a running autosave: it serialises itself
            self.saver = None

    # -- recovery ----------------------------------------------------------------------
    def pending(self) -> list[Recovery]:
        """Return the unsaved work of earlier sessions that did not exit cleanly."""
        from analysis.project import pending_recoveries

        try:
            return pending_recoveries()
        except OSError as exc:  # an unreadable data folder must not stop the start
            log.warning("could not look for autosaves: %s", exc)
            return []

    def offer(self) -> None:
        """Show the recovery offer (non-blocking) when a crash left unsaved work."""
        found = self.pending()
        if not found:
            return
        from desktop.dialogs.recovery import RecoveryDialog

        dialog = RecoveryDialog(found, self.window)
        dialog.chosen.connect(self.restore)
        dialog.discarded.connect(self.discard)
        self.dialog = dialog
        dialog.open()

    def restore(self, found: Recovery) -> None:
        """Bring back a dead session's work as unsaved changes of a new session."""
        from analysis.project import ProjectError, recover

        try:
            state = recover(found)
        except ProjectError as exc:
            self.session.add_problems([LoadError(found.title, str(exc))])
            return
        self.projects.adopt(state, found.project_path)
        self.recovered.emit(found.title)
        # The dead session's snapshot goes only once this session holds the work.
        self._after_write.append(lambda: self.discard(found))
        self.autosave_now()

    def discard(self, found: Recovery) -> None:
        """Forget a dead session's work for good."""
        from analysis.project import ProjectError, discard

        try:
            discard(found)
        except ProjectError as exc:
            log.warning("could not discard %s: %s", found.session, exc)
