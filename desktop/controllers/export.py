"""Export: the PDF brief (Ctrl+E), CSV and JSON of statements and claims.

Exports run on their own task runner, so the window stays responsive while a long brief
is typeset; when a file is written the analyst is offered to open it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from analysis.progress import Progress
from analysis.settings import Settings
from desktop.session import Session
from desktop.tasks import TaskRunner

if TYPE_CHECKING:
    from analysis.pipeline import Analysis
    from desktop.dialogs.export_brief import BriefRequest


def brief_work(analysis: Analysis, request: BriefRequest) -> Callable[[Progress], Path]:
    """Return the background work that typesets the brief of ``analysis``."""

    def work(progress: Progress) -> Path:
        from analysis.brief import build_brief

        return Path(build_brief(analysis, request.path, request.options, progress) or request.path)

    return work


class ExportController(QObject):
    """Runs exports in the background and reports where the files went.

    Parameters
    ----------
    session : Session
        Whose analysis is exported.
    window : QWidget
        Parent of the dialogs.
    preferences : Settings
        The user's settings: the export folder, the analyst's name and the paper
        size are remembered there.
    project : callable, optional
        Returns the project's own settings (``title``, ``summary``, ``analyst`` of its
        brief); the dialog starts from them and writes the answers back.
    """

    written = Signal(list)  # list[Path] of the files an export wrote

    def __init__(
        self,
        session: Session,
        window: QWidget,
        preferences: Settings | None = None,
        project: Callable[[], dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.preferences = preferences if preferences is not None else Settings(first_run=False)
        self._project = project or dict
        self.runner = TaskRunner(parent=self)
        self.runner.succeeded.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.ask_to_open = True
        """Offer to open a written brief (tests switch it off to stay non-interactive)."""

    def _ready(self) -> bool:
        if self.session.analysis is None or not self.session.articles:
            QMessageBox.information(
                self.window, "Nothing to export", "Load articles first; the analysis is empty."
            )
            return False
        return True

    def _folder(self) -> str:
        return self.preferences.export_folder or self.preferences.last_folder or str(Path.home())

    def export_brief(self) -> None:
        """Ask for the brief's options, then typeset it in the background."""
        if not self._ready():
            return
        from desktop.dialogs.export_brief import ExportBriefDialog

        assert self.session.analysis is not None
        project = self._project()
        dialog = ExportBriefDialog(
            self.session.analysis.topics,
            title=str(project.get("title", "")),
            summary=str(project.get("summary", "")),
            analyst=str(project.get("analyst", "") or self.preferences.analyst),
            path=str(Path(self._folder()) / "brief.pdf"),
            paper=self.preferences.export_choices.get("paper", ""),
            parent=self.window,
        )
        if dialog.exec() != ExportBriefDialog.DialogCode.Accepted:
            return
        self.start_brief(dialog.request())

    def start_brief(self, request: BriefRequest) -> None:
        """Typeset the brief for a :class:`~desktop.dialogs.export_brief.BriefRequest`."""
        assert self.session.analysis is not None
        options = request.options
        self.preferences.analyst = options.analyst or self.preferences.analyst
        self.preferences.export_choices["paper"] = options.paper
        self.preferences.export_folder = str(request.path.parent)
        self._project().update(title=options.title, analyst=options.analyst)
        self.runner.start(brief_work(self.session.analysis, request))

    def export_csv(self, folder: str = "") -> None:
        """Write ``statements.csv`` and ``claims.csv`` into a folder."""
        if not self._ready():
            return
        folder = folder or QFileDialog.getExistingDirectory(
            self.window, "Export CSV to Folder", self._folder()
        )
        if not folder:
            return
        analysis = self.session.analysis
        self.preferences.export_folder = folder

        def work(progress: Progress) -> list[Path]:
            from analysis.export import write_csv

            progress(0.1, "Writing statements and claims as CSV")
            return write_csv(analysis, Path(folder))  # type: ignore[arg-type]

        self.runner.start(work)

    def export_json(self, path: str = "") -> None:
        """Write the whole analysis (articles, statements, speakers, topics, claims) as JSON."""
        if not self._ready():
            return
        if not path:
            default = str(Path(self._folder()) / "analysis.json")
            path, _ = QFileDialog.getSaveFileName(self.window, "Export JSON", default, "JSON (*.json)")
        if not path:
            return
        analysis, target = self.session.analysis, Path(path)
        self.preferences.export_folder = str(target.parent)

        def work(progress: Progress) -> list[Path]:
            from analysis.export import analysis_json, write_json

            progress(0.1, "Writing the analysis as JSON")
            write_json(analysis_json(analysis), target)  # type: ignore[arg-type]
            return [target]

        self.runner.start(work)

    def _done(self, result: object) -> None:
        paths = [Path(str(p)) for p in (result if isinstance(result, list) else [result])]
        self.written.emit(paths)
        status = getattr(self.window, "statusBar", None)
        if status is not None:
            status().showMessage(f"Exported {', '.join(p.name for p in paths)} to {paths[0].parent}", 8000)
        if self.ask_to_open and len(paths) == 1 and paths[0].suffix.lower() == ".pdf":
            self._offer_open(paths[0])

    def _offer_open(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Brief exported",
            f"The brief was saved to\n{path}",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Open)
        box.accepted.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.open()  # non-blocking: the window stays usable while the offer is shown

    def _failed(self, message: str, details: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Export failed", f"The export failed:\n{message}", parent=self.window
        )
        box.setDetailedText(details)
        box.open()
