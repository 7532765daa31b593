"""Per-source coverage bars: one small bar per source, a hollow dot where a source is silent."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.roles import Role
from desktop.widgets.colors import muted

_Index = QModelIndex | QPersistentModelIndex
BAR = 9.0
SPACING = 3.0


class CoverageDelegate(QStyledItemDelegate):
    """Paints ``Role.COVERAGE`` (counts in source order) as bars scaled to the row's largest."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        counts = index.data(Role.COVERAGE)
        if not counts:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style is not None:
            option.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        silent = palette.color(QPalette.ColorRole.HighlightedText) if selected else muted(palette)
        rect = QRectF(option.rect).adjusted(4, 4, -4, -4)
        step = min(BAR + SPACING, rect.width() / max(len(counts), 1))
        width = max(step - SPACING if step > 4 else step - 1, 1.0)
        top = max(counts) or 1
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for i, count in enumerate(counts):
            x = rect.left() + i * step
            if count:
                height = max(rect.height() * count / top, 2.0)
                painter.fillRect(QRectF(x, rect.bottom() - height, width, height), colour)
            else:
                painter.setPen(QPen(silent, 1.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                size = min(width, 5.0)
                painter.drawEllipse(QRectF(x + (width - size) / 2, rect.bottom() - size, size, size))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        counts = index.data(Role.COVERAGE) or ()
        hint = super().sizeHint(option, index)
        return QSize(int(min(len(counts), 24) * (BAR + SPACING) + 8), max(hint.height(), 22))
