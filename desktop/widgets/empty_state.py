"""A centred hint painted over an empty view ("Drop articles here or use File › Open")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

from desktop.widgets.colors import muted


class EmptyState(QObject):
    """Paints ``text`` on a scroll area's viewport while ``is_empty()`` holds.

    An event filter rather than a stacked widget: the view stays the drop target and keeps
    its focus and accessibility, the hint is only paint.
    """

    def __init__(self, view: QAbstractScrollArea, text: str) -> None:
        super().__init__(view)
        self.view = view
        self.text = text
        view.viewport().installEventFilter(self)

    def set_text(self, text: str) -> None:
        """Change the hint."""
        self.text = text
        self.view.viewport().update()

    def is_empty(self) -> bool:
        """Return whether the view shows nothing."""
        if isinstance(self.view, QAbstractItemView):
            model = self.view.model()
            return model is None or model.rowCount() == 0 or model.columnCount() == 0
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.text and self.is_empty():
            viewport = watched
            assert isinstance(viewport, QWidget)
            # Let the view paint its (empty) background first, then the hint on top.
            viewport.removeEventFilter(self)
            viewport.event(event)
            viewport.installEventFilter(self)
            painter = QPainter(viewport)
            painter.setPen(muted(viewport.palette()))
            flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            painter.drawText(viewport.rect().adjusted(16, 16, -16, -16), flags, self.text)
            painter.end()
            return True
        return False
