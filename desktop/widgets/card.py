"""The statement card: speaker, cue, commitment and the statement text in one cell.

Used by the compare and timeline grids. Heights depend on the column width (the text
wraps), so they are measured here and cached per statement and width.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.models.index import Link, StatementRow
from desktop.models.roles import Role
from desktop.widgets.badges import paint_pill, pill_width, small_font
from desktop.widgets.colors import blend, commitment_color, kind_color, muted, speaker_color
from desktop.widgets.labels import commitment_word, kind_word

PAD = 8
STRIPE = 4
GAP = 3
MAX_LINES = 12  # a very long statement is elided; the tooltip and reader show it whole

_Index = QModelIndex | QPersistentModelIndex


def speaker_text(row: StatementRow) -> str:
    """Return who speaks, as the card heads it."""
    return row.speaker_name or row.speaker or "Outlet's own voice"


def first_conflict(links: tuple[Link, ...]) -> Link | None:
    """Return the strongest competing link of a statement, if any."""
    competing = [link for link in links if link.competing]
    return max(competing, key=lambda link: link.score) if competing else None


class StatementCardDelegate(QStyledItemDelegate):
    """Paints a :class:`StatementRow` (``Role.STATEMENT``) as a compact card."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._heights: dict[tuple[str, int, str], int] = {}

    def clear_cache(self) -> None:
        """Forget measured heights (new analysis, font change)."""
        self._heights.clear()

    # -- measuring ---------------------------------------------------------------------
    def card_height(self, row: StatementRow, caption: str, width: int, font: QFont) -> int:
        """Return the height a card needs at ``width``, laying its text out (cached)."""
        key = (row.id, width, caption)
        height = self._heights.get(key)
        if height is None:
            metrics = QFontMetrics(font)
            bound = metrics.boundingRect(QRect(0, 0, _room(width), 100_000), _WRAP, row.text)
            body = min(bound.height(), metrics.lineSpacing() * MAX_LINES)
            height = self._frame(font, bool(caption)) + body
            self._heights[key] = height
        return height

    def estimator(self, font: QFont) -> Callable[[int, int, bool], int]:
        """Return ``estimate(text length, width, has caption) -> height``, costing no layout.

        Thousands of cards get a height this way at once; :meth:`card_height` corrects
        the ones that scroll into view.
        """
        metrics = QFontMetrics(font)
        # Word wrapping wastes part of each line; 0.9 keeps the estimate on the safe side.
        char, line = metrics.averageCharWidth() / 0.9, metrics.lineSpacing()
        plain, captioned = self._frame(font, False), self._frame(font, True)

        def estimate(length: int, width: int, caption: bool) -> int:
            lines = min(1 + int(length * char / _room(width)), MAX_LINES)
            return (captioned if caption else plain) + lines * line

        return estimate

    def _frame(self, font: QFont, caption: bool) -> int:
        """Return a card's height without its text: padding, header and optional caption."""
        small = QFontMetrics(small_font(font)).height()
        return PAD + (small + GAP if caption else 0) + small + 2 + GAP + PAD + 4

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        row = index.data(Role.STATEMENT)
        width = max(option.rect.width(), 200)
        if not isinstance(row, StatementRow):
            return QSize(width, QFontMetrics(option.font).height() + 2 * PAD)
        return QSize(width, self.card_height(row, str(index.data(Role.CAPTION) or ""), width, option.font))

    # -- painting ----------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row = index.data(Role.STATEMENT)
        palette: QPalette = option.palette
        if not isinstance(row, StatementRow):
            self._paint_empty(painter, option, index)
            return
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        links = tuple(index.data(Role.LINKS) or ())
        conflict = first_conflict(links)
        linked = str(index.data(Role.LINKED) or "")
        self._paint_background(painter, option, rect, linked)
        if conflict is not None or links:
            stripe = kind_color(conflict.kind if conflict else "corroboration", palette)
            painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), stripe)
        inner = rect.adjusted(PAD + STRIPE, PAD, -PAD, -PAD)
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText
            if option.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        small = small_font(option.font)
        caption = str(index.data(Role.CAPTION) or "")
        if caption:
            painter.setFont(small)
            painter.setPen(muted(palette))
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), caption)
            inner.setTop(inner.top() + QFontMetrics(small).height() + GAP)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        top = self._paint_header(painter, inner, row, links, small, palette, text_color, selected)
        painter.setFont(option.font)
        painter.setPen(text_color)
        body = QRect(inner.left(), top + GAP, inner.width(), inner.bottom() - top - GAP)
        metrics = QFontMetrics(option.font)
        text = row.text
        if metrics.boundingRect(body.adjusted(0, 0, 0, 100_000), _WRAP, text).height() > body.height() + 2:
            text = _elide_to(text, body, metrics)
        painter.drawText(body, _WRAP, text)
        painter.restore()

    def _paint_background(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, linked: str
    ) -> None:
        palette = option.palette
        base = palette.color(QPalette.ColorRole.Base)
        alt = palette.color(QPalette.ColorRole.AlternateBase)
        fill = blend(base, alt, 0.6)
        if option.state & QStyle.StateFlag.State_Selected:
            fill = palette.color(QPalette.ColorRole.Highlight)
        elif linked:
            fill = blend(base, kind_color(linked, palette), 0.18)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = muted(palette) if not linked else kind_color(linked, palette)
        pen = QPen(border, 2.0 if linked else 0.6)
        if linked:
            pen.setStyle(Qt.PenStyle.DashLine)
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight).darker(130), 2.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)

    def _paint_header(
        self,
        painter: QPainter,
        inner: QRect,
        row: StatementRow,
        links: tuple[Link, ...],
        small: QFont,
        palette: QPalette,
        text_color: QColor,
        selected: bool,
    ) -> int:
        """Paint "● Speaker · cue       [denied] [quote]"; return the header's bottom."""
        metrics = QFontMetrics(small)
        soft = text_color if selected else muted(palette)  # secondary marks stay legible on the highlight
        top = inner.top()
        right = float(inner.right())
        conflict = first_conflict(links)
        if conflict is not None:
            count = sum(1 for link in links if link.competing)
            label = f"⚔ {count}" if count > 1 else "⚔"
            right = (
                paint_pill(painter, right, top, label, kind_color(conflict.kind, palette), small, True) - 3
            )
        elif links:
            right = paint_pill(painter, right, top, "✓", kind_color("corroboration", palette), small) - 3
        colour = commitment_color(row.commitment, palette)
        if colour is not None:
            word = commitment_word(row.commitment)
            right = paint_pill(painter, right, top, word, colour, small, row.commitment == "denial") - 3
        if row.kind and row.kind != "narrative":
            right = paint_pill(painter, right, top, kind_word(row.kind), soft, small) - 3
        dot = metrics.height() // 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(speaker_color(row.speaker_id, palette))
        painter.drawEllipse(inner.left(), top + (metrics.height() - dot) // 2, dot, dot)
        bold = QFont(small)
        bold.setBold(True)
        x = inner.left() + dot + 5
        room = int(right) - x - 4
        name = QFontMetrics(bold).elidedText(speaker_text(row), Qt.TextElideMode.ElideRight, max(room, 0))
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(x, top, max(room, 0), metrics.height(), int(Qt.AlignmentFlag.AlignVCenter), name)
        x += QFontMetrics(bold).horizontalAdvance(name)
        if row.cue and room - QFontMetrics(bold).horizontalAdvance(name) > 30:
            italic = QFont(small)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(soft)
            rest = int(right) - x - 4
            cue = QFontMetrics(italic).elidedText(f" · {row.cue}", Qt.TextElideMode.ElideRight, rest)
            painter.drawText(x, top, rest, metrics.height(), int(Qt.AlignmentFlag.AlignVCenter), cue)
        return top + metrics.height() + 2

    def _paint_empty(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not text:
            return
        painter.save()
        painter.setPen(muted(option.palette))
        font = QFont(option.font)
        font.setItalic(True)
        painter.setFont(font)
        painter.drawText(option.rect.adjusted(PAD, PAD, -PAD, -PAD), _WRAP, text)
        painter.restore()


def _room(width: int) -> int:
    """Return the text width inside a card of ``width``."""
    return max(width - 2 * PAD - STRIPE - 4, 40)


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


def _elide_to(text: str, rect: QRect, metrics: QFontMetrics) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``rect`` when wrapped."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        probe = text[:mid].rstrip() + "…"
        if metrics.boundingRect(rect.adjusted(0, 0, 0, 100_000), _WRAP, probe).height() <= rect.height() + 2:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


def pill_room(row: StatementRow, font: QFont) -> int:
    """Return the width the header badges of ``row`` take (for minimum column widths)."""
    small = small_font(font)
    width = pill_width(commitment_word(row.commitment), small)
    return width + pill_width(kind_word(row.kind), small) + 8
