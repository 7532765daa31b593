"""Getting articles in: File › Open, File › Open URL, Edit › Paste, drops, the command line.

Every route ends in :meth:`LoadingController.take`, which hands paths and addresses to
``session.load`` (background, with progress) and text to ``session.add_pasted``; what
cannot be loaded goes to the problems list with its reason, never to a blocking dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from analysis.model import LoadError
from desktop.dialogs.open_url import OpenUrlDialog
from desktop.drop import DropInputs, inputs_from_mime, pasted_name, web_urls_in
from desktop.session import Session

FILE_FILTER = ";;".join(
    [
        "Articles and projects (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.eml"
        " *.mht *.parallax)",
        "Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.pdf *.docx *.eml *.mht)",
        "Text and Markdown (*.txt *.text *.md *.markdown)",
        "Web pages (*.html *.htm *.xhtml)",
        "PDF documents (*.pdf)",
        "Word documents (*.docx)",
        "E-mail messages (*.eml)",
        "All files (*)",
    ]
)


PROJECT_SUFFIX = ".parallax"


class LoadingController(QObject):
    """Routes every way of adding articles to the session.

    Parameters
    ----------
    session : Session
        Where articles go.
    window : QWidget
        Parent of the dialogs.
    remember_folder : callable, optional
        Called with the folder of the last opened files (kept in the settings).
    """

    openProject = Signal(str, object)  # a .parallax file among the inputs, and the other inputs

    def __init__(
        self,
        session: Session,
        window: QWidget,
        remember_folder: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.session = session
        self.window = window
        self.folder = ""
        self._remember = remember_folder

    def take(self, inputs: DropInputs) -> None:
        """Load what a drop, a paste or the command line brought.

        A project file among them opens as the project (the first one; articles given
        with it are added to it once it is open).
        """
        projects = [p for p in inputs.paths if p.lower().endswith(PROJECT_SUFFIX)]
        if projects:
            rest = DropInputs([p for p in inputs.paths if p not in projects], inputs.urls, inputs.text)
            rest.refused = inputs.refused
            self.openProject.emit(projects[0], rest)
            return
        if inputs.refused:
            self.session.add_problems([LoadError(item, reason) for item, reason in inputs.refused])
        if inputs.loadable:
            self.session.load(inputs.loadable)
        if inputs.text.strip():
            self.session.add_pasted(inputs.text, pasted_name(inputs.text))

    def load_paths(self, items: Sequence[str]) -> None:
        """Load files, folders and web addresses (e.g. from the command line)."""
        inputs = DropInputs()
        for item in items:
            if web_urls_in(item):
                inputs.urls.append(item.strip())
            else:
                inputs.paths.append(str(Path(item).expanduser().absolute()))
        self.take(inputs)

    def open_files(self) -> None:
        """File › Open: choose one or more article files."""
        paths, _ = QFileDialog.getOpenFileNames(self.window, "Open Articles", self.folder, FILE_FILTER)
        if paths:
            self._set_folder(str(Path(paths[0]).parent))
            self.load_paths(paths)

    def open_folder(self) -> None:
        """File › Open Folder: every article in a folder and its sub-folders."""
        folder = QFileDialog.getExistingDirectory(self.window, "Open Folder of Articles", self.folder)
        if folder:
            self._set_folder(folder)
            self.load_paths([folder])

    def open_url(self) -> None:
        """File › Open URL: fetch one or more web pages."""
        dialog = OpenUrlDialog(self.window)
        if dialog.exec() == OpenUrlDialog.DialogCode.Accepted:
            self.take(DropInputs(urls=dialog.urls()))

    def paste(self) -> None:
        """Edit › Paste: the clipboard's files, web addresses or text become articles."""
        inputs = inputs_from_mime(QGuiApplication.clipboard().mimeData())
        if inputs.empty and not inputs.refused:
            self.session.noticesAdded.emit(["The clipboard holds no text, file or web address to load."])
            return
        self.take(inputs)

    def _set_folder(self, folder: str) -> None:
        self.folder = folder
        if self._remember is not None:
            self._remember(folder)
