"""What must hold of every analysis, whatever the articles: the provenance contract.

Each ``check_*`` asserts one family of facts about an :class:`~analysis.pipeline.Analysis`
and says which row broke it, so a shrunk hypothesis example reads as a bug report.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from pandas.testing import assert_frame_equal

from analysis.model import Article
from analysis.pipeline import Analysis

TABLES = (
    "statements", "speakers", "topics", "matrix", "gaps", "distinctive", "alignments", "copies", "claims",
    "agreements", "timeline",
)  # fmt: skip


def _texts(analysis: Analysis) -> dict[str, str]:
    return {a.id: a.text for a in analysis.articles}


def check_statements(analysis: Analysis) -> None:
    """Every statement is its article's text at its span, inside the text, clear of noise.

    Its speaker and cue are the text at their spans; its content span (the reported words,
    when the table has it) lies within the statement.
    """
    texts = _texts(analysis)
    noise = {a.id: a.noise for a in analysis.articles}
    frame = analysis.statements
    assert frame["id"].is_unique, "statement ids repeat"
    for row in frame.itertuples():
        text = texts[row.article_id]  # KeyError: a statement of an article that is not there
        assert 0 <= row.start < row.end <= len(text), f"{row.id}: span [{row.start}, {row.end}) outside text"
        assert row.text == text[row.start : row.end], f"{row.id}: text is not article.text[start:end]"
        for n in noise[row.article_id]:
            overlaps = n.start < n.end and row.start < n.end and n.start < row.end
            assert not overlaps, f"{row.id} [{row.start}, {row.end}) overlaps {n.kind} [{n.start}, {n.end})"
        content = (getattr(row, "content_start", -1), getattr(row, "content_end", -1))
        if content[0] >= 0:  # the reported words lie within their statement
            assert row.start <= content[0] <= content[1] <= row.end, f"{row.id}: content span outside it"
        for part in ("speaker", "cue"):
            start, end = getattr(row, f"{part}_start"), getattr(row, f"{part}_end")
            if start >= 0:
                assert 0 <= start <= end <= len(text), f"{row.id}: {part} span outside text"
                assert text[start:end] == getattr(row, part), f"{row.id}: {part} is not text at its span"


def check_speakers(analysis: Analysis) -> None:
    """Speaker ids are unique, and each statement's speaker id names one of them."""
    ids = analysis.speakers["id"]
    assert ids.is_unique, "speaker ids repeat"
    known = set(ids)
    used = {s for s in analysis.statements["speaker_id"] if s}
    assert used <= known, f"statements name unknown speakers: {sorted(used - known)[:5]}"


def check_pairs(analysis: Analysis) -> None:
    """Each claim, agreement and alignment joins two existing statements of different voices."""
    frame = analysis.statements.set_index("id")
    for name in ("claims", "agreements", "alignments"):
        for a, b in getattr(analysis, name)[["a", "b"]].itertuples(index=False):
            assert a in frame.index, f"{name}: {a} is no statement"
            assert b in frame.index, f"{name}: {b} is no statement"
            left, right = frame.loc[a], frame.loc[b]
            different = left["article_id"] != right["article_id"] or left["speaker_id"] != right["speaker_id"]
            assert different, f"{name}: {a} and {b} are the same article and speaker"


def check_topics(analysis: Analysis) -> None:
    """Topic membership agrees both ways: statement ``topic_id`` and ``topics.statement_ids``."""
    statements = analysis.statements
    topic_of = dict(zip(statements["id"], statements["topic_id"], strict=True))
    topics = analysis.topics
    assert topics["id"].is_unique if len(topics) else True, "topic ids repeat"
    listed: set[str] = set()
    for topic_id, members in zip(topics["id"], topics["statement_ids"], strict=True):
        for statement_id in members:
            assert topic_of.get(statement_id) == topic_id, f"{statement_id} listed in topic {topic_id}"
            assert statement_id not in listed, f"{statement_id} is in two topics"
            listed.add(statement_id)
    placed = {s for s, t in topic_of.items() if t != -1}
    assert placed == listed, f"statements with a topic but unlisted: {sorted(placed - listed)[:5]}"
    known_topics = set(topics["id"])
    for name in ("gaps", "distinctive"):
        unknown = set(getattr(analysis, name)["topic_id"]) - known_topics
        assert not unknown, f"{name} names unknown topics {sorted(unknown)}"


def check_references(analysis: Analysis) -> None:
    """Timeline, copies, gaps and the matrix point only at statements and articles that exist."""
    texts = _texts(analysis)
    statement_ids = set(analysis.statements["id"])
    for row in analysis.timeline.itertuples():
        assert row.statement_id in statement_ids, f"timeline: {row.statement_id} is no statement"
        text = texts[row.article_id]
        assert text[row.start : row.end] == row.expression, f"timeline: {row.expression!r} not at its span"
    assert set(analysis.copies["statement_id"]) <= statement_ids, "copies name unknown statements"
    for name in ("gaps", "distinctive"):
        assert set(getattr(analysis, name)["article_id"]) <= set(texts), f"{name} name unknown articles"
    assert set(analysis.matrix.columns) <= set(texts), "matrix columns are not article ids"


def check_all(analysis: Analysis, articles: Sequence[Article]) -> None:
    """Run every check, and check the analysis holds exactly the articles it was given."""
    assert sorted(a.id for a in analysis.articles) == sorted(a.id for a in articles)
    check_statements(analysis)
    check_speakers(analysis)
    check_pairs(analysis)
    check_topics(analysis)
    check_references(analysis)


def assert_same(first: Analysis, second: Analysis) -> None:
    """Assert two analyses are equal, table by table (the determinism property)."""
    assert first.articles == second.articles
    for name in TABLES:
        left, right = getattr(first, name), getattr(second, name)
        assert isinstance(left, pd.DataFrame)
        assert_frame_equal(left, right, obj=name)
