"""The one entry point from articles to a finished :class:`Analysis`.

The GUI and the CLI both call :func:`analyze`; it runs every step in order, reports
progress, honours cancellation and replays the analyst's :class:`~analysis.model.Edits`
on top of the fresh results so that edits survive re-analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import pandas as pd

from analysis import claims, collector, speakers, statements, statements_parallel, timeline, topics
from analysis.align_terms import SharedTerms
from analysis.model import Article, Edits, LoadError, Statement
from analysis.progress import Progress, scaled, silent
from analysis.tables import statements_frame


@dataclass(frozen=True)
class Analysis:
    """Everything one run found; tables are pandas DataFrames (see :mod:`analysis.tables`)."""

    articles: tuple[Article, ...]
    statements: pd.DataFrame
    speakers: pd.DataFrame
    topics: pd.DataFrame
    matrix: pd.DataFrame
    gaps: pd.DataFrame
    distinctive: pd.DataFrame
    alignments: pd.DataFrame
    copies: pd.DataFrame
    claims: pd.DataFrame
    agreements: pd.DataFrame
    timeline: pd.DataFrame
    errors: tuple[LoadError, ...] = ()

    def article(self, article_id: str) -> Article:
        """Return the article with the given id (``KeyError`` when absent)."""
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)


@dataclass
class StatementCache:
    """Statements per article id, so adding one article never re-reads the others.

    Segmentation and attribution depend only on the article text, so a cache keyed by
    the content-hash id is always valid.
    """

    by_article: dict[str, list[Statement]] = field(default_factory=dict)

    def get(self, article: Article) -> list[Statement]:
        """Return the article's statements, extracting them on first use."""
        found = self.by_article.get(article.id)
        if found is None:
            found = statements.extract_statements(article)
            self.by_article[article.id] = found
        return found

    def fill(self, articles: Sequence[Article], progress: Progress = silent) -> None:
        """Extract the statements of every article not cached yet, on several cores if it pays."""
        missing = list({a.id: a for a in articles if a.id not in self.by_article}.values())
        self.by_article.update(statements_parallel.extract_many(missing, progress=progress))

    def retain(self, article_ids: set[str]) -> None:
        """Forget articles that are no longer loaded (bounded memory on long sessions)."""
        for key in list(self.by_article):
            if key not in article_ids:
                del self.by_article[key]


def apply_source_edits(articles: Sequence[Article], edits: Edits) -> list[Article]:
    """Return the articles with the analyst's outlet/date/side/title overrides and order."""
    edited = []
    for article in articles:
        overrides = edits.sources.get(article.id, {})
        edited.append(
            replace(
                article,
                source=overrides.get("source", article.source),
                date=overrides.get("date", article.date),
                side=overrides.get("side", article.side),
                title=overrides.get("title", article.title),
            )
            if overrides
            else article
        )
    rank = {article_id: i for i, article_id in enumerate(edits.order)}
    # Stable sort: ordered articles first in the analyst's order, the rest in load order.
    return sorted(edited, key=lambda a: rank.get(a.id, len(rank)))


# An analysis builds hundreds of thousands of small objects that live until it ends, and
# every full collection scanned them all again: about a tenth of a 1,000-article run (1.8 of
# 16 s CPU), to free a few dozen objects in cycles. Reference counting frees the rest.
@collector.paused()
def analyze(
    articles: Sequence[Article],
    edits: Edits | None = None,
    *,
    progress: Progress = silent,
    cache: StatementCache | None = None,
    errors: Sequence[LoadError] = (),
) -> Analysis:
    """Run the whole analysis: statements, speakers, topics, claims, timeline.

    Parameters
    ----------
    articles : sequence of Article
        Loaded articles (duplicates already removed by ingest).
    edits : Edits, optional
        The analyst's edits to replay; none by default.
    progress : Progress
        Receives fractions in ``[0, 1]``; may raise ``Cancelled``.
    cache : StatementCache, optional
        Reused between runs so unchanged articles are not re-segmented.
    errors : sequence of LoadError
        Load problems to carry along into the result.

    Returns
    -------
    Analysis
    """
    edits = edits or Edits()
    cache = cache if cache is not None else StatementCache()
    docs = apply_source_edits(articles, edits)
    cache.retain({a.id for a in docs})

    cache.fill(docs, scaled(progress, 0.0, 0.35))
    found: list[Statement] = [s for article in docs for s in cache.get(article)]

    progress(0.35, "Resolving speakers")
    resolver = speakers.SpeakerResolver(edits=edits).fit(found, docs)
    table = statements_frame(resolver.statements_, docs)
    speaker_table = resolver.table(table)

    model = topics.TopicModel(n_topics=edits.n_topics).fit(table, docs, progress=scaled(progress, 0.4, 0.7))
    table, topic_result = model.apply(table, edits)

    progress(0.7, "Aligning statements and finding competing claims")
    shared = SharedTerms(model.ids_, model.counts_, model.terms_)  # alignment reuses the topic counts
    finder = claims.ClaimFinder().fit(table, docs, progress=scaled(progress, 0.7, 0.95), terms=shared)
    claim_table, agreement_table = finder.decided(edits)

    progress(0.95, "Building the timeline")
    events = timeline.build_timeline(table, docs)
    progress(1.0, "Done")
    return Analysis(
        articles=tuple(docs),
        statements=table,
        speakers=speaker_table,
        topics=topic_result.topics,
        matrix=topic_result.matrix,
        gaps=topic_result.gaps,
        distinctive=topic_result.distinctive,
        alignments=finder.alignments_,
        copies=finder.copies_,
        claims=claim_table,
        agreements=agreement_table,
        timeline=events,
        errors=tuple(errors),
    )
