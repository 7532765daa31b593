"""The reader: exact spans, clicking a statement, noise greyed, speaker colours, non-BMP text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from analysis.model import Article
from analysis.pipeline import Analysis, analyze
from desktop.panels.reader import ReaderPanel
from desktop.session import Session
from desktop.widgets.colors import muted, speaker_tint
from tests.desktop.test_panels_session import (  # noqa: F401
    deliver,
    sample_case_fixture,
    session_fixture,
)


def _format_at(panel: ReaderPanel, offset: int):  # type: ignore[no-untyped-def]
    cursor = QTextCursor(panel.text.document())
    cursor.setPosition(panel.text.offsets.to_qt(offset) + 1)  # the format of the character at offset
    return cursor.charFormat()


def test_selecting_any_statement_selects_its_exact_span(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    for row in session.analysis.statements.itertuples():
        session.select_statement(row.id)
        assert panel.article is not None
        assert panel.article.id == row.article_id
        assert panel.text.selected_span() == (row.start, row.end)
        assert panel.text.textCursor().selectedText() == panel.article.text[row.start : row.end].replace(
            "\n", "\u2029"
        )


def test_clicking_in_the_text_selects_the_statement_there(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    panel.resize(700, 800)
    panel.show()
    qtbot.waitExposed(panel)
    assert session.analysis is not None
    rows = session.analysis.statements
    target = rows[rows["article_id"] == rows["article_id"].iloc[0]].iloc[2]
    panel.open_article(str(target["article_id"]))
    cursor = QTextCursor(panel.text.document())
    cursor.setPosition(panel.text.offsets.to_qt(int(target["start"]) + 3))
    panel.text.setTextCursor(cursor)
    panel.text.ensureCursorVisible()
    point = panel.text.cursorRect(cursor).center()
    qtbot.mouseClick(panel.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert session.selected_statement == target["id"]
    assert panel.text.selected_span() == (target["start"], target["end"])


def test_noise_is_greyed_and_speakers_keep_one_colour(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    article = next(a for a in session.analysis.articles if a.noise)
    panel.open_article(article.id)
    noise = article.noise[0]
    assert _format_at(panel, noise.start).foreground().color() == muted(panel.text.palette())
    rows = [
        r for r in session.analysis.statements.itertuples() if r.article_id == article.id and r.speaker_id
    ]
    assert rows
    for row in rows:
        colour = _format_at(panel, row.start).background().color()
        assert colour == speaker_tint(row.speaker_id, panel.text.palette())
    assert len({r.speaker_id for r in rows}) > 1
    assert len({_format_at(panel, r.start).background().color().name() for r in rows}) > 1


def test_spans_stay_exact_after_characters_outside_the_bmp(qtbot, sample_case) -> None:  # type: ignore[no-untyped-def]
    from analysis import ingest

    text = (
        "Minister Ana Ruiz 🙂 said the bridge would reopen on Monday.\n\n"
        "“The 𝄞 repairs are finished,” engineer Tomas Vidal told reporters.\n\n"
        "Residents 😀😀 said they had waited three months."
    )
    article: Article = ingest.load_text(text, "Emoji Gazette")
    case = [article, sample_case[0][0]]
    analysis: Analysis = analyze(case)
    session = Session()
    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    deliver(session, case, analysis)
    rows = [r for r in analysis.statements.itertuples() if r.article_id == article.id]
    assert len(rows) >= 2
    for row in rows:
        session.select_statement(row.id)
        assert panel.text.selected_span() == (row.start, row.end)
        shown = panel.text.textCursor().selectedText().replace("\u2029", "\n")
        assert shown == text[row.start : row.end]


def test_stepping_walks_the_statements_in_order(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    first = session.analysis.articles[0].id
    rows = session.analysis.statements[session.analysis.statements["article_id"] == first].sort_values(
        "start"
    )
    session.select_statement(str(rows["id"].iloc[0]))
    panel.next.click()
    assert session.selected_statement == rows["id"].iloc[1]
    panel.previous.click()
    assert session.selected_statement == rows["id"].iloc[0]


def test_choosing_an_article_shows_its_text_and_legend(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    last = session.analysis.articles[-1]
    panel.choice.setCurrentIndex(panel.choice.count() - 1)
    panel.choice.activated.emit(panel.choice.count() - 1)
    assert panel.text.document().toRawText().replace("\u2029", "\n") == last.text
    assert panel.article is not None
    assert panel.article.id == last.id
    assert panel.legend.accessibleDescription()


def test_highlights_follow_a_switch_to_dark_colours(qtbot, session: Session) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    panel = ReaderPanel(session)
    qtbot.addWidget(panel)
    assert session.analysis is not None
    row = next(r for r in session.analysis.statements.itertuples() if r.speaker_id)
    session.select_statement(row.id)
    light = _format_at(panel, row.start + 1).background().color()
    dark = QPalette(panel.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#1a1b1f"), (QPalette.ColorRole.Text, "#e4e4e9")):
        dark.setColor(role, QColor(colour))
    panel.setPalette(dark)
    tint = _format_at(panel, row.start + 1).background().color()
    assert tint != light
    assert tint == speaker_tint(row.speaker_id, panel.text.palette())
    assert panel.text.selected_span() == (row.start, row.end)
