"""The speaker colour legend: a wrapping row of coloured chips under the reader."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.widgets.colors import speaker_tint

_GAP = 10
_CHIP = 12


class SpeakerLegend(QWidget):
    """Shows each speaker of the current article with its highlight colour and count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAccessibleName("Speaker colours")

    def set_entries(self, entries: Sequence[tuple[str, str, int]]) -> None:
        """Set (speaker id, name, statement count) entries."""
        self._entries = list(entries)
        self.setAccessibleDescription(", ".join(f"{name} ({count})" for _, name, count in self._entries))
        self.updateGeometry()
        self.update()

    def _layout(self, width: int) -> list[tuple[QRect, str, str]]:
        metrics = QFontMetrics(self.font())
        x, y, line = 4, 4, metrics.height() + 4
        placed = []
        for speaker_id, name, count in self._entries:
            label = f"{name} ({count})"
            w = _CHIP + 4 + metrics.horizontalAdvance(label)
            if x + w > width - 4 and x > 4:
                x, y = 4, y + line
            placed.append((QRect(x, y, w, metrics.height()), speaker_id, label))
            x += w + _GAP
        return placed

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        placed = self._layout(width)
        return (placed[-1][0].bottom() + 5) if placed else 0

    def sizeHint(self) -> QSize:
        return QSize(300, self.heightForWidth(max(self.width(), 300)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for rect, speaker_id, label in self._layout(self.width()):
            chip = QRect(rect.topLeft() + QPoint(0, (rect.height() - _CHIP) // 2), QSize(_CHIP, _CHIP))
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.setBrush(speaker_tint(speaker_id, self.palette()))
            painter.drawRoundedRect(chip, 3, 3)
            text = rect.adjusted(_CHIP + 4, 0, 0, 0)
            painter.drawText(text, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)
        painter.end()
