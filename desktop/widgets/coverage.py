"""Per-source coverage bars: one small bar per source, a hollow dot where a source is silent."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.roles import Role
from desktop.widgets.colors import muted

_Index = QModelIndex | QPersistentModelIndex
BAR = 9.0
SPACING = 3.0
MIN_STEP = 4.0
"""Below this many pixels a source, one bar a source is unreadable: show the share covering it."""


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
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if rect.width() / max(len(counts), 1) < MIN_STEP:
            _paint_share(painter, rect, counts, colour, silent)
        else:
            _paint_bars(painter, rect, counts, colour, silent)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        counts = index.data(Role.COVERAGE) or ()
        hint = super().sizeHint(option, index)
        return QSize(int(min(len(counts), 24) * (BAR + SPACING) + 8), max(hint.height(), 22))


def _paint_bars(painter: QPainter, rect: QRectF, counts: list[int], colour: QColor, silent: QColor) -> None:
    """One bar a source, scaled to the busiest; a hollow dot where a source is silent."""
    step = min(BAR + SPACING, rect.width() / max(len(counts), 1))
    width = max(step - SPACING if step > 6 else step - 1, 1.0)
    top = max(counts) or 1
    painter.setPen(QPen(silent, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for i, count in enumerate(counts):
        x = rect.left() + i * step
        if count:
            height = max(rect.height() * count / top, 2.0)
            painter.fillRect(QRectF(x, rect.bottom() - height, width, height), colour)
        else:
            size = min(width, 5.0)
            painter.drawEllipse(QRectF(x + (width - size) / 2, rect.bottom() - size, size, size))


def _paint_share(painter: QPainter, rect: QRectF, counts: list[int], colour: QColor, silent: QColor) -> None:
    """A gauge of how many sources speak on the topic (too many sources for a bar each)."""
    share = sum(1 for c in counts if c) / len(counts)
    bar = QRectF(rect.left(), rect.center().y() - 3, rect.width(), 6)
    painter.setPen(QPen(silent, 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(bar, 3, 3)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * share, bar.height()), 3, 3)
