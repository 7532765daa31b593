"""JSON and CSV views of articles and analyses (the contract of ``inspect`` and ``analyze``)."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.model import Article, LoadError
from analysis.pipeline import Analysis


def article_json(article: Article) -> dict[str, Any]:
    """Return the ``inspect --json`` record of one article."""
    return {
        "id": article.id,
        "path": article.path,
        "format": str(article.format),
        "encoding": article.encoding,
        "title": article.title,
        "source": article.source,
        "author": article.author,
        "date": article.date,
        "url": article.url,
        "language": article.language,
        "side": article.side,
        "copy_of": article.copy_of,
        "text": article.text,
        "paragraphs": [[start, end] for start, end in article.paragraphs],
        "noise": [{"start": n.start, "end": n.end, "kind": str(n.kind)} for n in article.noise],
    }


def errors_json(errors: Sequence[LoadError]) -> list[dict[str, str]]:
    """Return load errors as ``[{"path", "message"}]``."""
    return [{"path": e.path, "message": e.message} for e in errors]


def _plain(value: Any) -> Any:
    """Turn numpy scalars, arrays and NaN into JSON-ready Python values."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "tolist"):
        return value.tolist()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def records(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Return a table as a list of JSON-ready dicts (optionally only some columns)."""
    chosen = list(columns) if columns is not None else list(frame.columns)
    present = [c for c in chosen if c in frame.columns]
    return [{c: _plain(row[c]) for c in present} for row in frame[present].to_dict("records")]


def inspect_json(articles: Sequence[Article], errors: Sequence[LoadError]) -> dict[str, Any]:
    """Return the ``inspect --json`` object."""
    return {"articles": [article_json(a) for a in articles], "errors": errors_json(errors)}


STATEMENT_KEYS = [
    "id", "article_id", "source", "start", "end", "paragraph", "text", "speaker", "speaker_id",
    "cue", "cue_start", "cue_end", "kind", "commitment", "topic_id",
]  # fmt: skip
CLAIM_KEYS = ["a", "b", "kind", "score", "explanation", "decision", "note", "repeats"]
"""``repeats``: how many more pairs of verbatim copies (a live blog's boilerplate) the row stands for."""


def analysis_json(analysis: Analysis) -> dict[str, Any]:
    """Return the ``analyze --json`` object: articles, statements, speakers, topics, claims."""
    return {
        "articles": [article_json(a) for a in analysis.articles],
        "statements": records(analysis.statements, STATEMENT_KEYS),
        "speakers": records(analysis.speakers, ["id", "name", "aliases", "type", "affiliation", "count"]),
        "topics": records(analysis.topics, ["id", "label", "terms", "statement_ids"]),
        "claims": records(analysis.claims, CLAIM_KEYS),
        "agreements": records(analysis.agreements, CLAIM_KEYS),
        "timeline": records(analysis.timeline),
        "errors": errors_json(analysis.errors),
    }


def write_json(data: dict[str, Any], path: Path | None) -> None:
    """Write JSON to ``path``, or to standard output when ``path`` is ``None`` or ``-``."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if path is None or str(path) == "-":
        print(text)
    else:
        Path(path).write_text(text + "\n", encoding="utf-8")


def write_csv(analysis: Analysis, folder: Path) -> list[Path]:
    """Write ``statements.csv`` and ``claims.csv`` (with both sides' text) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    statements_path = folder / "statements.csv"
    analysis.statements[STATEMENT_KEYS].to_csv(statements_path, index=False)
    text = analysis.statements.set_index("id")["text"]
    claims = pd.concat([analysis.claims, analysis.agreements], ignore_index=True)
    claims = claims.assign(a_text=claims["a"].map(text), b_text=claims["b"].map(text))
    claims_path = folder / "claims.csv"
    claims.to_csv(claims_path, index=False)
    return [statements_path, claims_path]
