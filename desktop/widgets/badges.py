"""Small rounded labels ("denied", "quote", "Numbers") painted inside delegates."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

_PAD_X = 5
_PAD_Y = 1


def pill_width(text: str, font: QFont) -> int:
    """Return the width a pill with ``text`` takes."""
    return QFontMetrics(font).horizontalAdvance(text) + 2 * _PAD_X


def paint_pill(
    painter: QPainter, right: float, top: float, text: str, color: QColor, font: QFont, filled: bool = False
) -> float:
    """Paint a pill whose right edge is ``right``; return its left edge.

    Outlined pills mark secondary facts; filled pills mark what needs attention
    (a denial, a competing claim) so they stand out in a long column.
    """
    metrics = QFontMetrics(font)
    width = metrics.horizontalAdvance(text) + 2 * _PAD_X
    height = metrics.height() + 2 * _PAD_Y
    rect = QRectF(right - width, top, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white") if color.lightness() < 150 else QColor("black"))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(color)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
    return rect.left()


def small_font(font: QFont, scale: float = 0.85) -> QFont:
    """Return ``font`` scaled down for badges and captions."""
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(font.pointSizeF() * scale, 7.0))
    else:
        small.setPixelSize(max(round(font.pixelSize() * scale), 9))
    return small
