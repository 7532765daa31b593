"""File › Export Brief: what goes into the PDF brief and where it is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from analysis.brief import BriefOptions

if TYPE_CHECKING:
    import pandas as pd

PAPERS = (("A4", "a4"), ("US Letter", "letter"))


def default_paper() -> str:
    """Return ``"letter"`` where the locale uses US Letter (the Americas' letter countries)."""
    letter = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico}
    letter |= {QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Philippines}
    return "letter" if QLocale.system().territory() in letter else "a4"


@dataclass(frozen=True)
class BriefRequest:
    """The analyst's answers: where to write and the brief's options."""

    path: Path
    options: BriefOptions


class ExportBriefDialog(QDialog):
    """Ask for title, analyst, note, topics, appendix, paper and the output file."""

    def __init__(
        self,
        topics: pd.DataFrame | None,
        *,
        title: str = "",
        summary: str = "",
        analyst: str = "",
        path: str = "",
        paper: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export Brief")
        self.summary = summary
        self.title = QLineEdit(title, self)
        self.title.setPlaceholderText("Brief title (default: the event)")
        self.analyst = QLineEdit(analyst, self)
        self.analyst.setPlaceholderText("Your name, as printed on the cover")
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText("A note for the reader, printed after the key findings")
        self.note.setFixedHeight(72)
        self.topics = self._topic_list(topics)
        self.appendix = QCheckBox("Appendix of sources and cited statements", self)
        self.appendix.setChecked(True)
        self.paper = QComboBox(self)
        for label, value in PAPERS:
            self.paper.addItem(label, value)
        self.paper.setCurrentIndex(max(self.paper.findData(paper or default_paper()), 0))
        self.path = QLineEdit(path, self)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, parent=self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Title:", self.title)
        form.addRow("&Analyst:", self.analyst)
        form.addRow("&Note:", self.note)
        form.addRow("T&opics:", self.topics)
        form.addRow("", self.appendix)
        form.addRow("&Paper:", self.paper)
        save_to = QLabel("&Save to:", self)
        save_to.setBuddy(self.path)  # a layout cannot be a buddy: the shortcut goes to the field
        form.addRow(save_to, where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for widget, name in (
            (self.title, "Brief title"),
            (self.analyst, "Analyst name"),
            (self.note, "Note for the reader"),
            (self.topics, "Topics to include"),
            (self.paper, "Paper size"),
            (self.path, "Output PDF file"),
        ):
            widget.setAccessibleName(name)
        self.path.textChanged.connect(self._check)
        self.topics.itemChanged.connect(self._check)
        self._check()
        self.resize(560, 520)

    def _topic_list(self, topics: pd.DataFrame | None) -> QListWidget:
        listing = QListWidget(self)
        if topics is None:
            return listing
        for row in topics.to_dict("records"):
            count = len(row.get("statement_ids", []) or [])
            item = QListWidgetItem(f"{row['label']}  ({count} statements)")
            item.setData(Qt.ItemDataRole.UserRole, int(row["id"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            listing.addItem(item)
        return listing

    def _checked(self) -> list[int]:
        items = (self.topics.item(i) for i in range(self.topics.count()))
        return [
            int(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked
        ]

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, "Save Brief As", self.path.text(), "PDF (*.pdf)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def _check(self) -> None:
        has_topics = self.topics.count() == 0 or bool(self._checked())
        ok = bool(self.path.text().strip()) and has_topics
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def request(self) -> BriefRequest:
        """Return the analyst's choices (all topics gives ``topic_ids=None``)."""
        checked = self._checked()
        every = len(checked) == self.topics.count()
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        options = BriefOptions(
            title=self.title.text().strip(),
            analyst=self.analyst.text().strip(),
            note=self.note.toPlainText().strip(),
            summary=self.summary,
            paper=str(self.paper.currentData()),
            topic_ids=None if every else tuple(checked),
            appendix=self.appendix.isChecked(),
        )
        return BriefRequest(path, options)
