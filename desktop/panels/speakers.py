"""The speakers panel: canonical speakers with type, aliases and counts; merge, split, rename."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QMenu, QPushButton, QWidget

from desktop.models.speakers import (
    ALIASES,
    COUNT,
    NAME,
    SOURCES,
    TYPE,
    SpeakerRow,
    SpeakersModel,
    speaker_rows,
)
from desktop.panels.base import Panel, size_columns, sortable, stack, table_view, toolbar
from desktop.session import Session
from desktop.widgets.empty_state import EmptyState


def mention_key(mention: str) -> str:
    """Return a mention as the speaker step keys its splits (see ``analysis.speakers``)."""
    from analysis.speakers import mention_key as key  # loaded with the analysis, not the window

    return key(mention)


def split_id(mention: str) -> str:
    """Return the id a mention gets when split off into its own speaker (never an existing id)."""
    return f"{mention_key(mention)}~split"


class SpeakersPanel(Panel):
    """See the module docstring."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.model = SpeakersModel(self)
        self.model.renamed.connect(self.rename)
        self.view = table_view(self, "Speakers", self.model)
        size_columns(self.view, {NAME: 28, TYPE: 12, COUNT: 10, SOURCES: 30}, stretch=ALIASES)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        sortable(self.view)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.empty = EmptyState(self.view, "Speakers appear once articles are analysed")
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.summary = QLabel(self)
        self.merge_button = QPushButton("Merge", self)
        self.split_button = QPushButton("Split…", self, toolTip="Split an alias off into its own speaker")
        self.only_button = QPushButton("Show their statements", self)
        self.only_button.setToolTip("Filter every view to the selected speakers")
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button.clicked.connect(self._split_menu)
        self.only_button.clicked.connect(self.filter_selected)
        bar = toolbar(self.summary, self.merge_button, self.split_button, self.only_button)
        stack(self, bar, self.view, grow=self.view)
        QShortcut(QKeySequence("F2"), self.view, self._edit_name, context=Qt.ShortcutContext.WidgetShortcut)

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        index, analysis = self.index(), self.session.analysis
        rows = speaker_rows(index, analysis.speakers, self.visible()) if index and analysis else []
        current = self.current()
        self.model.set_rows(rows)
        total = len(analysis.speakers) if analysis is not None else 0
        self.summary.setText(
            (f"{len(rows)} of {total} speakers" if len(rows) != total else f"{total} speakers")
            if total
            else ""
        )
        if current is not None:
            row = self.model.row_of(current.id)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, NAME))
        self._update_buttons()

    def current(self) -> SpeakerRow | None:
        """Return the speaker of the current row."""
        return self.model.row(self.view.currentIndex())

    def selected(self) -> list[SpeakerRow]:
        """Return the selected speakers."""
        found = (self.model.row(i) for i in self.view.selectionModel().selectedRows())
        return [r for r in found if r is not None]

    def _update_buttons(self) -> None:
        chosen, current = self.selected(), self.current()
        can_merge = len(chosen) >= 2 and current is not None
        self.merge_button.setEnabled(can_merge)
        self.merge_button.setToolTip(
            f"Merge the selected speakers into {current.name}"
            if can_merge and current
            else "Select two or more"
        )
        self.split_button.setEnabled(current is not None and bool(current.aliases))
        self.only_button.setEnabled(bool(chosen))

    # -- actions -----------------------------------------------------------------------
    def rename(self, speaker_id: str, name: str) -> None:
        """Give a speaker a display name."""
        self.session.apply_edit("rename_speaker", speaker_id=speaker_id, name=name)

    def merge(self, sources: list[str], target: str) -> None:
        """Merge speakers into ``target``."""
        for source in sources:
            if source != target:
                self.session.apply_edit("merge_speakers", source=source, target=target)

    def merge_selected(self) -> None:
        """Merge the selected speakers into the current one."""
        current = self.current()
        if current is not None:
            self.merge([r.id for r in self.selected()], current.id)

    def split(self, alias: str) -> None:
        """Make an alias its own speaker."""
        self.session.apply_edit("split_speaker", mention=mention_key(alias), new_id=split_id(alias))

    def filter_selected(self) -> None:
        """Show only the selected speakers' statements in every view."""
        ids = frozenset(r.id for r in self.selected())
        self.session.set_filters(replace(self.session.filters, speaker_ids=ids))

    def _edit_name(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.view.edit(current.siblingAtColumn(NAME))

    def _split_menu(self) -> None:
        menu = self._aliases_menu()
        if menu is not None:
            menu.exec(self.split_button.mapToGlobal(QPoint(0, self.split_button.height())))

    def _aliases_menu(self, parent: QMenu | None = None) -> QMenu | None:
        current = self.current()
        if current is None or not current.aliases:
            return None
        menu = parent.addMenu("Split off alias") if parent is not None else QMenu(self)
        for alias in current.aliases:
            menu.addAction(alias).setData(alias)
        menu.triggered.connect(lambda action: self.split(str(action.data())))
        return menu

    def _menu(self, point: QPoint) -> None:
        if self.current() is None:
            return
        menu = QMenu(self)
        menu.addAction("Rename", self._edit_name)
        merge = menu.addAction("Merge selected into this speaker", self.merge_selected)
        merge.setEnabled(len(self.selected()) >= 2)
        menu.addAction("Show their statements", self.filter_selected)
        self._aliases_menu(menu)
        menu.exec(self.view.viewport().mapToGlobal(point))
