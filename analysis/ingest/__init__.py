"""Loading articles. PLACEHOLDER until the ingest work lands: UTF-8 text files only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.model import Article, Format, LoadError, content_id
from analysis.progress import Progress, silent


class LoadFailure(Exception):
    """The project's own load error: its message is shown to the user as it is."""


@dataclass
class LoadResult:
    """What a batch load gave: articles, one error per bad input, and notices."""

    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def load_text(text: str, name: str = "") -> Article:
    """Make an article of pasted text."""
    return Article(content_id(text), name or "pasted text", Format.PASTE, text, paragraphs=((0, len(text)),))


def load(
    inputs: Sequence[str],
    *,
    encoding: str | None = None,
    progress: Progress = silent,
    known: Iterable[Article] = (),
) -> LoadResult:
    """Load files, folders and URLs; one bad input never stops the batch."""
    result = LoadResult()
    for item in inputs:
        try:
            text = Path(item).read_text(encoding=encoding or "utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            result.errors.append(LoadError(item, str(exc)))
            continue
        result.articles.append(
            Article(
                content_id(text),
                item,
                Format.TEXT,
                text,
                source=Path(item).stem,
                paragraphs=((0, len(text)),),
            )
        )
    return result
