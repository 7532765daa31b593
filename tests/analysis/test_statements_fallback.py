"""A defect in attribution costs neither the article nor the batch (issue 8's promise)."""

from __future__ import annotations

import logging

import pytest

from analysis import statements
from analysis.ingest import load_text
from analysis.model import Article
from analysis.pipeline import analyze


def test_an_attribution_defect_keeps_the_articles_sentences_unattributed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = load_text("The mayor said the pier was safe. It rained all day in Orsk.", "broken.txt")
    fine = load_text("Harbour officials said the ferry would run on Monday.", "fine.txt")
    real = statements.attribute_units

    def attribute_or_fail(article: Article) -> list[statements.Attributed]:
        if article.id == broken.id:
            raise IndexError("a defect found in the field")
        return real(article)

    monkeypatch.setattr(statements, "attribute_units", attribute_or_fail)
    with caplog.at_level(logging.ERROR, logger="analysis.statements"):
        result = analyze([broken, fine])
    table = result.statements
    kept = table[table["article_id"] == broken.id]
    assert list(kept["text"]) == ["The mayor said the pier was safe.", "It rained all day in Orsk."]
    assert set(kept["speaker"]) == {""}
    assert all(
        broken.text[s:e] == t for s, e, t in zip(kept["start"], kept["end"], kept["text"], strict=True)
    )
    other = table[table["article_id"] == fine.id]
    assert list(other["speaker"]) == ["Harbour officials"]
    assert "Attribution failed on broken.txt" in caplog.text
