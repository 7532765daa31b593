"""A plain-Python index of one analysis that every panel shares.

Panels read statements, speakers, topics and claim links through this index instead of
the DataFrames, so Qt's ``data()`` calls stay cheap and the rows are built once per
analysis (not once per panel). Filtering is computed here too, once per filter change.
"""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from analysis.display import safe_name
from analysis.model import Article

if TYPE_CHECKING:  # pandas and the pipeline load with the first analysis, not with the window
    import pandas as pd

    from analysis.pipeline import Analysis
    from desktop.session import Filters  # a type only: the index itself needs no Qt

T = TypeVar("T")


class StatementRow(NamedTuple):
    """One statement as the views show it; spans are ``[start, end)`` into the article text.

    A named tuple, not a frozen dataclass: thousands are built per analysis and a tuple
    is built several times faster.
    """

    id: str
    article_id: str
    source: str
    side: str
    start: int
    end: int
    paragraph: int
    text: str
    speaker: str
    speaker_id: str
    speaker_name: str
    cue: str
    kind: str
    commitment: str
    topic_id: int
    speaker_span: tuple[int, int] | None = None
    cue_span: tuple[int, int] | None = None


class Link(NamedTuple):
    """A claim pair seen from one of its statements."""

    other: str
    kind: str
    score: float
    explanation: str
    competing: bool


def source_label(article: Article) -> str:
    """Return the name the views show for an article's outlet (invisible tricks spelled out)."""
    return safe_name(article.source or article.title or PurePath(article.path).stem or article.id)


def column_values(frame: pd.DataFrame, name: str, default: Any = "") -> list[Any]:
    """Return a column as a Python list (``default`` when absent; NaN becomes ``default``)."""
    if name not in frame.columns:
        return [default] * len(frame)
    column = frame[name]
    if not column.hasnans:  # the usual case: no per-value checks
        return list(column.tolist())
    return [default if v is None or (isinstance(v, float) and v != v) else v for v in column.tolist()]


def str_column(frame: pd.DataFrame, name: str) -> list[str]:
    """Return a column as strings (``""`` for missing values)."""
    if name in frame.columns and frame[name].dtype != object and not frame[name].hasnans:
        return (
            [str(v) for v in frame[name].tolist()]
            if len(frame) and frame[name].dtype.kind in "iufb"
            else list(frame[name].tolist())
        )
    return [str(v) for v in column_values(frame, name, "")]


def int_column(frame: pd.DataFrame, name: str, default: int = -1) -> list[int]:
    """Return a column as ints (``default`` for missing values)."""
    if name in frame.columns and frame[name].dtype.kind in "iu":
        return list(frame[name].tolist())
    return [int(v) for v in column_values(frame, name, default)]


@dataclass
class AnalysisIndex:
    """Rows and lookups built once from an :class:`Analysis`; see the module docstring."""

    articles: tuple[Article, ...]
    statements: list[StatementRow]
    speaker_names: dict[str, str]
    topic_labels: dict[int, str]
    links: dict[str, list[Link]]
    by_id: dict[str, StatementRow] = field(init=False)
    by_article: dict[str, list[StatementRow]] = field(init=False)
    by_topic: dict[int, list[StatementRow]] = field(init=False)
    sources: dict[str, str] = field(init=False)
    _haystacks: list[str] = field(init=False, repr=False)
    _memo: dict[object, Any] = field(default_factory=dict, init=False, repr=False)
    _last_filters: Filters | None = field(default=None, init=False, repr=False)
    _last_visible: frozenset[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.by_id = {s.id: s for s in self.statements}
        self.by_article = defaultdict(list)
        self.by_topic = defaultdict(list)
        for s in self.statements:
            self.by_article[s.article_id].append(s)
            self.by_topic[s.topic_id].append(s)
        for rows in self.by_article.values():
            rows.sort(key=lambda s: s.start)
        self.sources = {a.id: source_label(a) for a in self.articles}
        # Lower-cased search text per statement: the text and who said it, where.
        self._haystacks = [
            f"{s.text}\n{s.speaker}\n{s.speaker_name}\n{s.cue}\n{s.source}".casefold()
            for s in self.statements
        ]

    def article(self, article_id: str) -> Article | None:
        """Return the article with that id, or ``None``."""
        for article in self.articles:
            if article.id == article_id:
                return article
        return None

    def visible(self, filters: Filters) -> frozenset[str] | None:
        """Return the ids of statements the filters let through, ``None`` when all pass."""
        if not filters.active:
            return None
        if filters == self._last_filters:
            return self._last_visible
        terms = filters.text.casefold().split()
        keep = []
        for row, haystack in zip(self.statements, self._haystacks, strict=True):
            if filters.speaker_ids and row.speaker_id not in filters.speaker_ids:
                continue
            if filters.article_ids and row.article_id not in filters.article_ids:
                continue
            if filters.commitments and row.commitment not in filters.commitments:
                continue
            if filters.kinds and row.kind not in filters.kinds:
                continue
            if all(term in haystack for term in terms):
                keep.append(row.id)
        self._last_filters, self._last_visible = filters, frozenset(keep)
        return self._last_visible

    def memo(self, key: object, build: Callable[[], T]) -> T:
        """Return ``build()`` computed once per index (rows the views derive from it)."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[no-any-return]

    def speaker_label(self, row: StatementRow) -> str:
        """Return the speaker as the views name it: canonical name, else the mention."""
        return row.speaker_name or row.speaker


def passes(visible: frozenset[str] | None, statement_id: str) -> bool:
    """Return whether a statement is shown under a :meth:`AnalysisIndex.visible` result."""
    return visible is None or statement_id in visible


def _statement_rows(frame: pd.DataFrame, names: dict[str, str]) -> list[StatementRow]:
    ids, speaker_ids = str_column(frame, "id"), str_column(frame, "speaker_id")
    columns = zip(
        ids,
        str_column(frame, "article_id"),
        str_column(frame, "source"),
        str_column(frame, "side"),
        int_column(frame, "start", 0),
        int_column(frame, "end", 0),
        int_column(frame, "paragraph", 0),
        str_column(frame, "text"),
        str_column(frame, "speaker"),
        speaker_ids,
        [names.get(sid, "") for sid in speaker_ids],
        str_column(frame, "cue"),
        str_column(frame, "kind"),
        str_column(frame, "commitment"),
        int_column(frame, "topic_id", -1),
        _spans(frame, "speaker"),
        _spans(frame, "cue"),
        strict=True,
    )
    return [StatementRow(*values) for values in columns]


def _spans(frame: pd.DataFrame, prefix: str) -> list[tuple[int, int] | None]:
    starts, ends = int_column(frame, f"{prefix}_start"), int_column(frame, f"{prefix}_end")
    return [(s, e) if 0 <= s < e else None for s, e in zip(starts, ends, strict=True)]


def _links(tables: Iterable[tuple[pd.DataFrame, bool]]) -> dict[str, list[Link]]:
    links: dict[str, list[Link]] = defaultdict(list)
    for frame, competing in tables:
        a, b, kinds = str_column(frame, "a"), str_column(frame, "b"), str_column(frame, "kind")
        scores = [float(v or 0.0) for v in column_values(frame, "score", 0.0)]
        notes = str_column(frame, "explanation")
        for left, right, kind, score, why in zip(a, b, kinds, scores, notes, strict=True):
            is_conflict = competing and kind != "corroboration"
            links[left].append(Link(right, kind, score, why, is_conflict))
            links[right].append(Link(left, kind, score, why, is_conflict))
    return dict(links)


def build_index(analysis: Analysis) -> AnalysisIndex:
    """Build the index of an analysis (prefer :func:`index_for`, which caches it)."""
    speakers = analysis.speakers
    names = dict(zip(str_column(speakers, "id"), str_column(speakers, "name"), strict=True))
    topics = analysis.topics
    labels = dict(zip(int_column(topics, "id"), str_column(topics, "label"), strict=True))
    return AnalysisIndex(
        articles=tuple(analysis.articles),
        statements=_statement_rows(analysis.statements, names),
        speaker_names=names,
        topic_labels=labels,
        links=_links([(analysis.claims, True), (analysis.agreements, False)]),
    )


_cache: list[tuple[weakref.ref[Analysis], AnalysisIndex]] = []
_KEEP = 2  # the shown analysis and the one a worker just prepared


def index_for(analysis: Analysis) -> AnalysisIndex:
    """Return the (cached) index of an analysis; every panel shares it.

    The analysis worker calls this too (see :mod:`desktop.models.prepare`), so the GUI
    thread usually finds the index ready. Two entries are kept because the GUI may still
    ask for the shown analysis while the worker caches the next one.
    """
    for ref, index in list(_cache):
        if ref() is analysis:
            return index
    index = build_index(analysis)
    _cache[:] = [(weakref.ref(analysis), index), *_cache[: _KEEP - 1]]
    return index
