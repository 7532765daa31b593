"""The reader: the original article, noise greyed, statements tinted by speaker.

Selecting a statement anywhere opens its article here and selects its exact ``[start, end)``
span; clicking in the text selects the statement under the pointer.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from analysis.display import safe_name
from analysis.model import Article
from desktop.models.index import AnalysisIndex, StatementRow, passes
from desktop.panels.base import Panel, tool_button
from desktop.session import Session
from desktop.widgets.article_view import ArticleView
from desktop.widgets.labels import COMMITMENT_HELP, framing_word, kind_word
from desktop.widgets.legend import SpeakerLegend


class ReaderPanel(Panel):
    """See the module docstring."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.article: Article | None = None
        self._rows: list[StatementRow] = []
        self._starts: list[int] = []
        self._entries: list[tuple[str, str]] = []
        self.choice = QComboBox(self)
        self.choice.setAccessibleName("Article shown")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(20)
        self.choice.activated.connect(self._on_choice)
        self.previous = tool_button("◀", "Previous statement (Alt+Up)", self)
        self.next = tool_button("▶", "Next statement (Alt+Down)", self)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.meta = QLabel(self)
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.RichText)
        self.meta.setOpenExternalLinks(True)
        self.meta.setAccessibleName("Article details")
        self.text = ArticleView(self)
        self.text.clicked.connect(self._on_click)
        self.text.recolour.connect(self._recolour)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAccessibleName("Selected statement")
        self.legend = SpeakerLegend(self)
        self._layout()
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(QKeySequence(keys), self, lambda s=step: self.step(s))
        session.statementSelected.connect(self.show_statement)
        self.follow(session.articlesChanged)
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 0)
        top.addWidget(self.choice, 1)
        top.addWidget(self.previous)
        top.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        for label in (self.meta, self.info):
            label.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.meta)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.legend)

    def _recolour(self) -> None:
        """Redo the baked-in highlight colours (light and dark schemes differ)."""
        if self.article is not None:
            selected = self.text.selected_span()
            self.open_article(self.article.id)
            if selected[0] != selected[1]:
                self.text.select_span(*selected)

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        index = self.index()
        articles = index.articles if index is not None else tuple(self.session.articles)
        current = self.article.id if self.article is not None else ""
        self._fill_choice(index, articles)
        selected = index.by_id.get(self.session.selected_statement) if index is not None else None
        wanted = selected.article_id if selected is not None else current
        ids = [a.id for a in articles]
        self.open_article(wanted if wanted in ids else (ids[0] if ids else ""))
        if selected is not None:
            self._select(selected)

    def _fill_choice(self, index: AnalysisIndex | None, articles: tuple[Article, ...]) -> None:
        """List the articles in the chooser (only when they changed: 200 items take a while)."""
        entries = []
        for article in articles:
            name = index.sources.get(article.id, "") if index is not None else article.source
            title = safe_name(article.title)
            label = f"{name} — {title}" if title and title != name else name
            entries.append((label or safe_name(article.path), article.id))
        if entries == self._entries:
            return
        self._entries = entries
        self.choice.blockSignals(True)
        self.choice.clear()
        for label, article_id in entries:
            self.choice.addItem(label, article_id)
        self.choice.blockSignals(False)

    def open_article(self, article_id: str) -> None:
        """Show an article (its statements tinted, noise greyed)."""
        index = self.index()
        articles = index.articles if index is not None else tuple(self.session.articles)
        self.article = next((a for a in articles if a.id == article_id), None)
        self.choice.setCurrentIndex(self.choice.findData(article_id))
        rows = index.by_article.get(article_id, []) if index is not None else []
        visible = self.visible()
        self._rows = [r for r in rows if passes(visible, r.id)]
        self._starts = [r.start for r in self._rows]
        self.text.show_article(self.article, self._rows)
        self.text.mark_mentions(self._rows)
        self._meta(index)
        self._legend(index)
        self.info.setText("")

    def _meta(self, index: AnalysisIndex | None) -> None:
        article = self.article
        if article is None:
            self.meta.setText("<i>No article</i>" if self.session.articles else "")
            return
        source = index.sources.get(article.id, article.source) if index is not None else article.source
        parts = [f"<b>{_esc(source)}</b>"]
        parts += [_esc(p) for p in (article.side, article.date, article.author) if p]
        if article.url:
            parts.append(f"<a href='{_esc(article.url)}'>{_esc(article.url)}</a>")
        title = (
            f"<br><span style='font-size:large'>{_esc(safe_name(article.title))}</span>"
            if article.title
            else ""
        )
        self.meta.setText(" · ".join(parts) + title)

    def _legend(self, index: AnalysisIndex | None) -> None:
        counts: dict[str, tuple[str, int]] = {}
        for row in self._rows:
            name = row.speaker_name or row.speaker or "Outlet"
            _, n = counts.get(row.speaker_id, (name, 0))
            counts[row.speaker_id] = (name, n + 1)
        ordered = sorted(counts.items(), key=lambda item: -item[1][1])
        self.legend.set_entries([(sid, name, n) for sid, (name, n) in ordered])

    # -- selection ---------------------------------------------------------------------
    def show_statement(self, statement_id: str) -> None:
        """Open the statement's article and select its exact span."""
        index = self.index()
        row = index.by_id.get(statement_id) if index is not None else None
        if row is None:
            return
        if self.article is None or self.article.id != row.article_id:
            self.open_article(row.article_id)
        self._select(row)

    def _select(self, row: StatementRow) -> None:
        self.text.select_span(row.start, row.end)
        who = row.speaker_name or row.speaker or "The outlet"
        cue = f" <i>{_esc(row.cue)}</i>" if row.cue else ""
        word = framing_word(row.commitment, row.cue)
        help_text = _esc(COMMITMENT_HELP.get(row.commitment, ""))
        framing = f" · <span title='{help_text}'>{_esc(word)}</span>" if word else ""
        self.info.setText(
            f"<b>{_esc(who)}</b>{cue}{framing} · {_esc(kind_word(row.kind))} · ¶{row.paragraph} · "
            f"characters {row.start}–{row.end}"
        )

    def highlighted(self) -> list[str]:
        """Return the ids of the statements highlighted in the shown article (those the filters pass)."""
        return [row.id for row in self._rows]

    def statement_at(self, offset: int) -> StatementRow | None:
        """Return the shown statement whose span holds ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self._rows[i].start <= offset < self._rows[i].end:
            return self._rows[i]
        return None

    def _on_click(self, offset: int) -> None:
        row = self.statement_at(offset)
        if row is not None:
            self.session.select_statement(row.id)
            self._select(row)

    def _on_choice(self, number: int) -> None:
        self.open_article(str(self.choice.itemData(number)))

    def step(self, direction: int) -> None:
        """Select the previous (-1) or next (+1) statement of the article."""
        if not self._rows:
            return
        start, end = self.text.selected_span()
        if start == end:  # nothing selected yet: begin at the top
            i = 0
        else:
            i = (
                bisect_right(self._starts, start)
                if direction > 0
                else bisect_right(self._starts, start - 1) - 1
            )
        i = min(max(i, 0), len(self._rows) - 1)
        self.session.select_statement(self._rows[i].id)
        self._select(self._rows[i])


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
