"""Help › About Parallax: what it is, the versions in use and the licences of its parts."""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from typing import Any

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import theme

COMPONENTS = (
    "parallax", "PySide6-Essentials", "pandas", "numpy", "scipy", "scikit-learn", "reportlab",
    "trafilatura", "lxml", "pypdf", "python-docx", "charset-normalizer", "PyYAML", "dateparser",
    "platformdirs", "defusedxml",
)  # fmt: skip
"""Distributions listed in the About box (those not installed are left out)."""


def licence_of(meta: Any) -> str:
    """Return a short licence name from a distribution's metadata."""
    expression = meta.get("License-Expression") or ""
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if "License" in c]
    if classifiers:
        return ", ".join(classifiers)
    text = (meta.get("License") or "").strip()
    # Some projects paste the whole licence text here: its first line names it.
    first = text.splitlines()[0] if text else ""
    return first[:60] or "see the package"


def components() -> list[tuple[str, str, str]]:
    """Return ``(name, version, licence)`` for Parallax, Python, Qt and the libraries."""
    rows = [
        ("Python", platform.python_version(), "PSF-2.0"),
        ("Qt", qVersion(), "LGPL-3.0-only"),
    ]
    for name in COMPONENTS:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        rows.append((meta["Name"], meta["Version"], licence_of(meta)))
    return rows


def parallax_version() -> str:
    """Return the installed Parallax version (``"development"`` from a bare checkout)."""
    try:
        return metadata.version("parallax")
    except metadata.PackageNotFoundError:
        return "development"


class AboutDialog(QDialog):
    """The About box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Parallax")
        logo = QLabel(self)
        logo.setPixmap(theme.app_icon().pixmap(72, 72))
        title = QLabel(
            f"<h2>Parallax {parallax_version()}</h2>"
            "<p>Comparative source analysis: who said what about one event, on which topic, "
            "and where the sources compete — every statement cited back to its article.</p>"
            "<p>Released under the MIT licence. Icons drawn for Parallax.</p>",
            self,
        )
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.RichText)
        head = QHBoxLayout()
        head.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        self.table = self._table()
        system = QLabel(f"{platform.system()} {platform.release()} · {sys.platform}", self)
        system.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, parent=self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(QLabel("Built with:", self))
        layout.addWidget(self.table)
        layout.addWidget(system)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _table(self) -> QTableWidget:
        rows = components()
        table = QTableWidget(len(rows), 3, self)
        table.setHorizontalHeaderLabels(["Component", "Version", "Licence"])
        table.setAccessibleName("Components, versions and licences")
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table
