"""One article's text with noise greyed and statements tinted by speaker, at exact spans."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from analysis.model import Article
from desktop.models.index import StatementRow
from desktop.widgets.colors import muted, speaker_color, speaker_tint
from desktop.widgets.offsets import Utf16Map


class ArticleView(QTextEdit):
    """Read-only article text; :attr:`clicked` gives the character offset clicked.

    Offsets in and out are Python offsets into ``Article.text``; :class:`Utf16Map` turns
    them into Qt positions so a span is highlighted exactly even after emoji.
    """

    clicked = Signal(int)
    recolour = Signal()  # the palette changed: highlights need their colours again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName("Article text")
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.document().setDocumentMargin(14)
        self.viewport().installEventFilter(self)
        self.offsets = Utf16Map("")
        self.article_id = ""
        self._press: QPoint | None = None

    def show_article(self, article: Article | None, statements: Sequence[StatementRow]) -> None:
        """Show an article with its (visible) statements highlighted."""
        text = article.text if article is not None else ""
        self.article_id = article.id if article is not None else ""
        self.offsets = Utf16Map(text)
        self.setExtraSelections([])
        self.setPlainText(text)
        if article is None:
            return
        palette = self.palette()
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        grey = QTextCharFormat()
        grey.setForeground(muted(palette))
        for noise in article.noise:
            self._format(cursor, noise.start, noise.end, grey)
        for row in statements:
            tint = QTextCharFormat()
            tint.setBackground(speaker_tint(row.speaker_id, palette))
            tint.setToolTip(row.speaker_name or row.speaker or "The outlet's own voice")
            self._format(cursor, row.start, row.end, tint)
        cursor.endEditBlock()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def mark_mentions(self, statements: Sequence[StatementRow]) -> None:
        """Set speaker mentions bold in their speaker's colour and cues in italics."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cue = QTextCharFormat()
        cue.setFontItalic(True)
        for row in statements:
            if row.speaker_span is not None:
                name = QTextCharFormat()
                name.setFontWeight(700)
                name.setForeground(speaker_color(row.speaker_id, self.palette()))
                self._format(cursor, *row.speaker_span, name)
            if row.cue_span is not None:
                self._format(cursor, *row.cue_span, cue)
        cursor.endEditBlock()

    def _format(self, cursor: QTextCursor, start: int, end: int, fmt: QTextCharFormat) -> None:
        if 0 <= start < end:
            cursor.setPosition(self.offsets.to_qt(start))
            cursor.setPosition(
                min(self.offsets.to_qt(end), self.offsets.length), QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(fmt)

    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)``, outline it and scroll it to the middle of the view."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        outline = QTextEdit.ExtraSelection()
        outline.cursor = QTextCursor(cursor)
        outline.format.setBackground(self.palette().color(QPalette.ColorRole.Highlight))
        outline.format.setForeground(self.palette().color(QPalette.ColorRole.HighlightedText))
        outline.format.setProperty(QTextFormat.Property.FullWidthSelection, False)
        self.setExtraSelections([outline])
        self.setTextCursor(cursor)
        self._centre(cursor)

    def selected_span(self) -> tuple[int, int]:
        """Return the text cursor's selection as Python offsets."""
        cursor = self.textCursor()
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd())

    def _centre(self, cursor: QTextCursor) -> None:
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        top = self.cursorRect(start).top()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + top - self.viewport().height() // 3)

    def offset_at(self, x: int, y: int) -> int:
        """Return the Python offset of the character at a viewport point."""
        return self.offsets.from_qt(self.cursorForPosition(QPoint(x, y)).position())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.recolour.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click (not a drag that selects text) picks the statement under the pointer.
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            self._press = event.position().toPoint()
        elif event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            point = event.position().toPoint()
            if self._press is not None and (point - self._press).manhattanLength() < 4:
                self.clicked.emit(self.offset_at(point.x(), point.y()))
            self._press = None
        return False
