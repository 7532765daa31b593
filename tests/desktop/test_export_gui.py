"""Export from the window: the PDF brief through its dialog (in the background), CSV and JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.dialogs.export_brief import ExportBriefDialog
from tests.desktop.conftest import ANALYSIS_TIMEOUT, when_modal


def test_csv_export_writes_statements_and_claims(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(demo_window.exports.written, timeout=ANALYSIS_TIMEOUT) as blocker:
        demo_window.exports.export_csv(str(tmp_path))
    assert {p.name for p in blocker.args[0]} == {"statements.csv", "claims.csv"}
    with (tmp_path / "statements.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    analysis = demo_window.session.analysis
    assert len(rows) == len(analysis.statements)
    article = analysis.article(rows[0]["article_id"])
    assert article.text[int(rows[0]["start"]) : int(rows[0]["end"])] == rows[0]["text"]
    with (tmp_path / "claims.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == len(analysis.claims) + len(analysis.agreements)
    assert demo_window.prefs.export_folder == str(tmp_path)
    assert "statements.csv" in demo_window.statusBar().currentMessage()


def test_json_export_holds_the_whole_analysis(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "case.json"
    with qtbot.waitSignal(demo_window.exports.written, timeout=ANALYSIS_TIMEOUT):
        demo_window.exports.export_json(str(target))
    data = json.loads(target.read_text(encoding="utf-8"))
    analysis = demo_window.session.analysis
    assert len(data["articles"]) == 4
    assert len(data["statements"]) == len(analysis.statements)
    assert len(data["claims"]) == len(analysis.claims)


def test_brief_dialog_choices_reach_the_pdf(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    target = tmp_path / "brief"
    topics = demo_window.session.analysis.topics
    dropped_label = str(topics.iloc[-1]["label"])

    def fill(dialog: ExportBriefDialog) -> None:
        dialog.title.setText("Halvik: who says what")
        dialog.analyst.setText("Test Analyst")
        dialog.note.setPlainText("Prepared for the morning meeting.")
        dialog.topics.item(dialog.topics.count() - 1).setCheckState(Qt.CheckState.Unchecked)
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.path.setText(str(target))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    demo_window.exports.ask_to_open = False
    when_modal(qtbot, fill)
    with qtbot.waitSignal(demo_window.exports.written, timeout=120_000) as blocker:
        demo_window.act["export_brief"].trigger()
    pdf = blocker.args[0][0]
    assert pdf == tmp_path / "brief.pdf"
    reader = PdfReader(str(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "Halvik: who says what" in text
    assert "Test Analyst" in text
    assert reader.metadata is not None
    assert reader.metadata.title == "Halvik: who says what"
    width_pt = float(reader.pages[0].mediabox.width)
    assert abs(width_pt - 612) < 2  # US Letter, as chosen
    # The project remembers the brief's title and the user the analyst, for next time.
    assert demo_window.projects.settings["title"] == "Halvik: who says what"
    assert demo_window.prefs.analyst == "Test Analyst"
    assert dropped_label  # the unchecked topic was offered
    del reader


def test_a_written_brief_is_offered_for_opening(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from analysis.brief import BriefOptions
    from desktop.dialogs.export_brief import BriefRequest

    with qtbot.waitSignal(demo_window.exports.written, timeout=120_000):
        demo_window.exports.start_brief(BriefRequest(tmp_path / "offer.pdf", BriefOptions(title="Offer")))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("offer.pdf" in b.text() for b in boxes)
    offer = next(b for b in boxes if "offer.pdf" in b.text())
    assert offer.button(QMessageBox.StandardButton.Open) is not None
    offer.button(QMessageBox.StandardButton.Close).click()


def test_a_failed_export_is_explained(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    with qtbot.waitSignal(demo_window.exports.runner.failed, timeout=ANALYSIS_TIMEOUT):
        demo_window.exports.export_csv(str(blocker_file / "sub"))
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any(b.windowTitle() == "Export failed" for b in boxes)
    for box in boxes:
        box.close()
    assert demo_window.isVisible()


def test_the_brief_is_written_off_the_gui_thread(qtbot, demo_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from analysis.brief import BriefOptions
    from desktop.dialogs.export_brief import BriefRequest

    demo_window.exports.ask_to_open = False
    demo_window.exports.start_brief(BriefRequest(tmp_path / "bg.pdf", BriefOptions()))
    assert demo_window.exports.runner.busy  # start_brief returned before the PDF exists
    assert demo_window.progress.isVisible()
    qtbot.waitUntil(
        lambda: (tmp_path / "bg.pdf").exists() and not demo_window.exports.runner.busy, timeout=120_000
    )
