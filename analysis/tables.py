"""The DataFrame shapes that cross the boundary from analysis to GUI, CLI and brief.

Inside a step, records are dataclasses; between steps and outward, they are tables with
the columns named here, so every consumer agrees on one shape.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.model import Article, Speaker, Statement

STATEMENT_COLUMNS = [
    "id",
    "article_id",
    "source",
    "side",
    "start",
    "end",
    "paragraph",
    "text",
    "speaker",
    "speaker_id",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "kind",
    "commitment",
    "topic_id",
    "content_start",
    "content_end",
]

SPEAKER_COLUMNS = ["id", "name", "type", "aliases", "affiliation", "count", "sources"]
CLAIM_COLUMNS = ["a", "b", "kind", "score", "explanation", "decision", "note"]
ALIGNMENT_COLUMNS = ["a", "b", "similarity"]
TIMELINE_COLUMNS = ["statement_id", "article_id", "source", "date", "expression", "text"]


def _span_parts(span: tuple[int, int] | None) -> tuple[int, int]:
    """Split an optional span into two ints; ``-1`` marks a missing span."""
    return (-1, -1) if span is None else span


def statements_frame(statements: Iterable[Statement], articles: Sequence[Article]) -> pd.DataFrame:
    """Build the statement table (one row a statement, columns :data:`STATEMENT_COLUMNS`).

    Parameters
    ----------
    statements : iterable of Statement
        Attributed statements, in article order.
    articles : sequence of Article
        The articles they come from; supplies ``source`` and ``side``.

    Returns
    -------
    pandas.DataFrame
        ``topic_id`` is ``-1`` until the topic step fills it.
    """
    by_id = {a.id: a for a in articles}
    rows = []
    for s in statements:
        article = by_id.get(s.article_id)
        speaker_start, speaker_end = _span_parts(s.speaker_span)
        cue_start, cue_end = _span_parts(s.cue_span)
        content_start, content_end = _span_parts(s.content_span)
        rows.append(
            (
                s.id,
                s.article_id,
                article.source if article else "",
                article.side if article else "",
                s.start,
                s.end,
                s.paragraph,
                s.text,
                s.speaker,
                s.speaker_id,
                speaker_start,
                speaker_end,
                s.cue,
                cue_start,
                cue_end,
                str(s.kind),
                str(s.commitment),
                -1,
                content_start,
                content_end,
            )
        )
    frame = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    return frame.astype(
        {
            "start": "int64",
            "end": "int64",
            "paragraph": "int64",
            "speaker_start": "int64",
            "speaker_end": "int64",
            "cue_start": "int64",
            "cue_end": "int64",
            "topic_id": "int64",
            "content_start": "int64",
            "content_end": "int64",
        }
    )


def speakers_frame(speakers: Iterable[Speaker], statements: pd.DataFrame) -> pd.DataFrame:
    """Build the speaker table with how often, and by which sources, each is quoted."""
    counts: dict[str, int] = {}
    sources: dict[str, set[str]] = {}
    if len(statements):
        # One pass over two columns: a pandas group lookup per speaker cost seconds at 1,000 articles.
        for speaker_id, source in zip(
            statements["speaker_id"].tolist(), statements["source"].tolist(), strict=True
        ):
            if speaker_id:
                counts[speaker_id] = counts.get(speaker_id, 0) + 1
                sources.setdefault(speaker_id, set()).add(source)
    rows = [
        (
            sp.id, sp.name, str(sp.type), list(sp.aliases), sp.affiliation,
            counts.get(sp.id, 0), sorted(sources.get(sp.id, ())),
        )
        for sp in speakers
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=SPEAKER_COLUMNS)


def empty(columns: Sequence[str]) -> pd.DataFrame:
    """Return an empty table with the given columns."""
    return pd.DataFrame({c: [] for c in columns})
