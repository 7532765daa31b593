"""Which panels the window shows, where, and how they are built.

Panels live in :mod:`desktop.panels` (one a module, each ``Panel(session, parent=None)``).
The registry imports them by name so that the window composes whatever exists: a missing
module leaves its place empty, a panel that fails to import or build shows the reason in
its place instead of taking the window down.

:class:`Composer` puts them into the window. At start-up it can show the window first,
with the docks in place and their panels still loading: the panels' modules (and with
them pandas and scikit-learn, about two seconds) are imported on a worker thread, and the
panels are built on the GUI thread once their code is there.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from analysis.progress import Progress
from desktop.dialogs.welcome import CentralView
from desktop.session import Session
from desktop.tasks import TaskRunner

log = logging.getLogger(__name__)

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


@dataclass(frozen=True)
class PanelSpec:
    """One panel: its key, where its class lives, its title, dock area and shortcut."""

    key: str
    module: str
    cls: str
    title: str
    area: Qt.DockWidgetArea | None = None
    """Dock area; ``None`` for the central panel."""
    shortcut: str = ""


COMPARE = PanelSpec("compare", "desktop.panels.compare", "ComparePanel", "Compare")
FILTERS = PanelSpec("filters", "desktop.panels.filters", "FilterBar", "Filters")
DOCKED = (
    PanelSpec("sources", "desktop.panels.sources", "SourcesPanel", "Sources", LEFT, "Ctrl+1"),
    PanelSpec("topics", "desktop.panels.topics", "TopicsPanel", "Topics", LEFT, "Ctrl+2"),
    PanelSpec("reader", "desktop.panels.reader", "ReaderPanel", "Reader", RIGHT, "Ctrl+3"),
    PanelSpec("claims", "desktop.panels.claims", "ClaimsPanel", "Claims", BOTTOM, "Ctrl+4"),
    PanelSpec("speakers", "desktop.panels.speakers", "SpeakersPanel", "Speakers", BOTTOM, "Ctrl+5"),
    PanelSpec("timeline", "desktop.panels.timeline", "TimelinePanel", "Timeline", BOTTOM, "Ctrl+6"),
)
"""Docked panels in menu order; panels sharing the bottom area are tabbed."""


def panel_class(spec: PanelSpec) -> type[QWidget] | None:
    """Import the panel's class; ``None`` when its module does not exist (yet).

    Raises
    ------
    Exception
        Whatever the module raised when it exists but is broken.
    """
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
    found = getattr(module, spec.cls, None)
    return found if isinstance(found, type) and issubclass(found, QWidget) else None


def _broken(spec: PanelSpec, parent: QWidget | None) -> QLabel:
    label = QLabel(f"The {spec.title} panel could not be shown.\n{traceback.format_exc(limit=3)}", parent)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def build_panel(spec: PanelSpec, session: Session, parent: QWidget | None = None) -> QWidget | None:
    """Build the panel for ``session``; ``None`` when it does not exist."""
    try:
        cls = panel_class(spec)
        if cls is None:
            return None
        widget = cls(session, parent)  # type: ignore[arg-type]  # panels take (session, parent)
    except Exception:  # a broken panel must not take the window down; its place says why
        log.exception("panel %s failed", spec.key)
        return _broken(spec, parent)
    widget.setObjectName(f"{spec.key}Panel")
    if not widget.accessibleName():
        widget.setAccessibleName(spec.title)
    return widget


def available(spec: PanelSpec) -> bool:
    """Whether the panel's module exists (without importing it)."""
    try:
        return importlib.util.find_spec(spec.module) is not None
    except (ImportError, ValueError):
        return False


def import_all(progress: Progress) -> None:
    """Import every panel's module (run on a worker: the GUI thread stays free meanwhile)."""
    specs = (COMPARE, FILTERS, *DOCKED)
    for i, spec in enumerate(specs):
        progress(i / len(specs), "Preparing the views")
        try:
            panel_class(spec)
        except Exception:  # reported when the panel is built, in its own place
            log.debug("panel %s does not import", spec.key, exc_info=True)
    # Warm what the first load, analysis and autosave need, so the GUI thread never imports it.
    from analysis import ingest, pipeline, project  # noqa: F401


def _placeholder(title: str) -> QLabel:
    label = QLabel(f"Preparing the {title.lower()} view…")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    return label


class Composer(QObject):
    """Builds the docks and panels of a main window around its :class:`CentralView`."""

    ready = Signal()  # every panel is built

    def __init__(self, window: QMainWindow, session: Session, central: CentralView) -> None:
        super().__init__(window)
        self.window, self.session, self.central = window, session, central
        self.panels: dict[str, QWidget] = {}
        self.docks: dict[str, QDockWidget] = {}
        self.built = False
        self.loader = TaskRunner(parent=self)
        self.loader.succeeded.connect(lambda _result: self.install(gradually=True))
        self.loader.failed.connect(lambda _message, _details: self.install(gradually=True))
        self._installing = False
        for spec in DOCKED:
            if available(spec):
                self.add_dock(
                    spec.key, spec.title, _placeholder(spec.title), spec.area or LEFT, spec.shortcut
                )

    def add_dock(
        self, key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea, keys: str
    ) -> QDockWidget:
        """Dock ``widget`` under ``key`` (its toggle in the View menu gets ``keys``)."""
        dock = QDockWidget(title, self.window)
        dock.setObjectName(f"{key}Dock")
        dock.setWidget(widget)
        dock.setAccessibleName(f"{title} panel")
        if keys:
            dock.toggleViewAction().setShortcut(keys)
        self.window.addDockWidget(area, dock)
        self.docks[key] = dock
        return dock

    def start(self, defer: bool) -> None:
        """Build the panels now, or after their modules were imported in the background."""
        if defer:
            self.loader.start(import_all)
        else:
            self.install()

    def install(self, gradually: bool = False) -> None:
        """Build every panel into its place (GUI thread).

        ``gradually`` builds one panel per turn of the event loop: building all eight at
        once kept the window from answering for 0.2-0.4 s just after it showed; one at a
        time, each turn stays short. :attr:`built` and :attr:`ready` follow the last one.
        """
        if self.built or self._installing:
            return
        steps = [*(lambda spec=spec: self._install_docked(spec) for spec in DOCKED), self._install_central]
        if not gradually:
            for step in steps:
                step()
            self._finish()
            return
        self._installing = True
        self._next(iter(steps))

    def _next(self, steps: Iterator[Callable[[], None]]) -> None:
        step = next(steps, None)
        if step is None:
            self._finish()
            return
        step()
        QTimer.singleShot(0, self, lambda: self._next(steps))

    def _install_docked(self, spec: PanelSpec) -> None:
        dock = self.docks.get(spec.key)
        widget = build_panel(spec, self.session) if dock is not None else None
        if dock is None or widget is None:
            return
        old = dock.widget()
        dock.setWidget(widget)
        if old is not None:
            old.deleteLater()
        self.panels[spec.key] = widget

    def _install_central(self) -> None:
        compare = build_panel(COMPARE, self.session)
        filters = build_panel(FILTERS, self.session)
        for key, widget in (("compare", compare), ("filters", filters)):
            if widget is not None:
                self.panels[key] = widget
        self.central.set_panels(compare, filters)

    def _finish(self) -> None:
        self.built, self._installing = True, False
        self.ready.emit()
