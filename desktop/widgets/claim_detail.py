"""Both sides of one claim with their context, the verdict buttons and the analyst's note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from analysis.model import Article, Decision
from desktop.models.claims import ClaimRow
from desktop.models.index import AnalysisIndex, StatementRow
from desktop.widgets.colors import kind_color
from desktop.widgets.labels import CLAIM_KIND_WORDS, DECISION_WORDS, framing_word

CONTEXT = 320
"""Characters of context shown before and after a statement (within its paragraph)."""


def context_html(article: Article | None, row: StatementRow) -> str:
    """Return the statement in bold inside its paragraph (trimmed to :data:`CONTEXT`)."""
    if article is None:
        return f"<b>{_esc(row.text)}</b>"
    text = article.text
    start, end = 0, len(text)
    if 0 < row.paragraph <= len(article.paragraphs):
        start, end = article.paragraphs[row.paragraph - 1]
    before_from = max(start, row.start - CONTEXT)
    after_to = min(end, row.end + CONTEXT)
    before = ("…" if before_from > start else "") + text[before_from : row.start]
    after = text[row.end : after_to] + ("…" if after_to < end else "")
    return f"{_esc(before)}<b>{_esc(text[row.start : row.end])}</b>{_esc(after)}"


def side_html(index: AnalysisIndex, row: StatementRow) -> str:
    """Return one side of a claim: who, where, how, and the statement in context."""
    article = index.article(row.article_id)
    source = index.sources.get(row.article_id, row.source)
    who = row.speaker_name or row.speaker or "the outlet itself"
    cue = f" — <i>{_esc(row.cue)}</i>" if row.cue else ""
    side = f" ({_esc(article.side)})" if article is not None and article.side else ""
    word = framing_word(row.commitment, row.cue)
    head = f"<p><b>{_esc(source)}</b>{side}<br>{_esc(who)}{cue}{' · ' + word if word else ''}</p>"
    return head + f"<p style='line-height:130%'>{context_html(article, row)}</p>"


class ClaimDetail(QWidget):
    """Shows one :class:`ClaimRow`; verdicts and notes go out through signals."""

    decided = Signal(str, str, str)  # a, b, decision
    noted = Signal(str, str, str)  # a, b, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim: ClaimRow | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.left, self.right = QTextBrowser(self), QTextBrowser(self)
        for browser, name in ((self.left, "One side"), (self.right, "Other side")):
            browser.setAccessibleName(name)
            browser.setOpenLinks(False)
        self.confirm = QPushButton("Confirm", self, toolTip="These statements really compete (Ctrl+Enter)")
        self.dismiss = QPushButton("Dismiss", self, toolTip="Not a real conflict: hide it from the brief")
        self.reopen = QPushButton("Reopen", self, toolTip="Undo the verdict")
        self.confirm.clicked.connect(lambda: self._decide(Decision.CONFIRMED))
        self.dismiss.clicked.connect(lambda: self._decide(Decision.DISMISSED))
        self.reopen.clicked.connect(lambda: self._decide(Decision.OPEN))
        self.note = QPlainTextEdit(self, placeholderText="Your note on this claim (kept with the project)")
        self.note.setAccessibleName("Note")
        self.note.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._save_timer.start)
        self._layout()
        self.show_claim(None, None)

    def _layout(self) -> None:
        sides = QHBoxLayout()
        sides.addWidget(self.left)
        sides.addWidget(self.right)
        # Verdict buttons and the note share one row: the two sides get the height.
        verdict = QHBoxLayout()
        for button in (self.confirm, self.dismiss, self.reopen):
            verdict.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        verdict.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addLayout(sides, 1)
        layout.addLayout(verdict)

    def show_claim(self, claim: ClaimRow | None, index: AnalysisIndex | None) -> None:
        """Show a claim (``None`` clears); the note is kept while it is being typed."""
        same = claim is not None and self.claim is not None and claim.key == self.claim.key
        if not same:
            self.save_note()
        self.claim = claim
        for widget in (self.confirm, self.dismiss, self.reopen, self.note):
            widget.setEnabled(claim is not None)
        if claim is None or index is None:
            self.heading.setText("<i>Select a claim to see both sides in context</i>")
            self.left.clear()
            self.right.clear()
            self._set_note("")
            return
        colour = kind_color(claim.kind, self.palette()).name()
        kind = CLAIM_KIND_WORDS.get(claim.kind, claim.kind)
        verdict = DECISION_WORDS.get(claim.decision, claim.decision)
        self.heading.setText(
            f"<span style='color:{colour}'><b>{kind}</b></span> · score {claim.score:.2f} · {verdict}"
            f"<br>{_esc(claim.explanation)}"
        )
        self.left.setHtml(side_html(index, claim.a))
        self.right.setHtml(side_html(index, claim.b))
        self.confirm.setEnabled(claim.decision != Decision.CONFIRMED)
        self.dismiss.setEnabled(claim.decision != Decision.DISMISSED)
        self.reopen.setEnabled(claim.decision != Decision.OPEN)
        if not same or not self.note.hasFocus():
            self._set_note(claim.note)

    def _set_note(self, text: str) -> None:
        if self.note.toPlainText() != text:
            self.note.blockSignals(True)
            self.note.setPlainText(text)
            self.note.blockSignals(False)
        self._save_timer.stop()

    def save_note(self) -> None:
        """Send the note if it changed (called on a typing pause and when switching claims)."""
        self._save_timer.stop()
        claim = self.claim
        if claim is not None and self.note.toPlainText() != claim.note:
            self.noted.emit(claim.a.id, claim.b.id, self.note.toPlainText())

    def _decide(self, decision: Decision) -> None:
        if self.claim is not None:
            self.decided.emit(self.claim.a.id, self.claim.b.id, str(decision))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
