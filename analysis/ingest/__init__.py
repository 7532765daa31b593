"""Loading articles: files, folders, web addresses and pasted text become :class:`Article`.

``load`` reads a batch (one bad input never stops it), ``load_text`` makes an article
of pasted text, and every reader raises only :class:`LoadFailure`, whose message is
meant for the user. The flow per input is: read the bytes within limits, sniff the
type from content, decode, extract blocks and metadata, mark noise, assemble the
article (whose ``text`` is the coordinate system of every later span), then check for
exact and near duplicates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from analysis import parallel
from analysis.ingest import readers
from analysis.ingest.build import assemble
from analysis.ingest.clean import safe_name
from analysis.ingest.dedupe import Index, hashes, sketch
from analysis.ingest.errors import LoadFailure
from analysis.ingest.folders import expand
from analysis.ingest.limits import DEFAULT, Limits
from analysis.ingest.text import from_text
from analysis.ingest.url import is_url
from analysis.model import Article, Format, LoadError
from analysis.progress import Progress, scaled, silent

__all__ = ["Limits", "LoadFailure", "LoadResult", "load", "load_text", "safe_name"]


@dataclass
class LoadResult:
    """What a batch load gave: articles, one error per bad input, and notices."""

    articles: list[Article] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def load_text(text: str, name: str = "") -> Article:
    """Make an article of pasted or dragged text, named by its first line when unnamed.

    Raises
    ------
    LoadFailure
        When the text is empty or too long.
    """
    extracted = from_text(text)
    if not extracted.blocks:
        raise LoadFailure("The pasted text is empty.")
    first = extracted.blocks[0].text.split("\n", 1)[0]
    label = name or (first[:80] + ("…" if len(first) > 80 else ""))
    extracted.meta.title = extracted.meta.title or label
    extracted.meta.source = extracted.meta.source or name
    article = assemble(extracted, path=label or "pasted text", fmt=Format.PASTE)
    return article if article.source != article.path else replace(article, source="pasted text")


def _read(item: str, encoding: str | None, limits: Limits) -> Article:
    if is_url(item):
        return readers.read_url(item, encoding=encoding, limits=limits)
    return readers.read_path(item, encoding=encoding, limits=limits)


def _read_all(items: list[str], encoding: str | None, limits: Limits) -> list[Article | str]:
    """Read each input; a failure becomes its message (module level: workers run it by name)."""
    out: list[Article | str] = []
    for item in items:
        try:
            out.append(_read(item, encoding, limits))
        except LoadFailure as exc:
            out.append(str(exc))
        except MemoryError:
            out.append("The file is too large to read in the memory available.")
    return out


def _label(article: Article) -> str:
    return safe_name(article.title or article.path)


def load(
    inputs: Sequence[str],
    *,
    encoding: str | None = None,
    progress: Progress = silent,
    known: Iterable[Article] = (),
    limits: Limits = DEFAULT,
) -> LoadResult:
    """Load files, folders and http(s) URLs; one bad input never stops the batch.

    Parameters
    ----------
    inputs : sequence of str
        File paths, folder paths (walked recursively) and web addresses.
    encoding : str, optional
        Decode every text file with this encoding instead of detecting it.
    progress : Progress
        Called before each input; raising :class:`~analysis.progress.Cancelled` stops.
    known : iterable of Article
        Articles already loaded: exact duplicates of them are skipped, near duplicates
        linked to them.
    limits : Limits
        Size, time and count caps.

    Returns
    -------
    LoadResult
        The new articles in input order, one error per failed input, and notices.
    """
    expanded = expand(inputs, limits.max_files)
    result = LoadResult(errors=list(expanded.errors), notices=list(expanded.notices))
    index = Index()
    titles: dict[str, str] = {}
    for article in known:
        index.add(article)
        titles[article.id] = _label(article)
    # Reading is independent per input (on every core for a large batch); finding copies
    # needs the articles before each one, so it runs here in input order.
    outcomes = parallel.map_chunks(
        partial(_read_all, encoding=encoding, limits=limits),
        expanded.items,
        describe=lambda item: f"Reading {safe_name(item)}",
        progress=scaled(progress, 0.0, 0.95),
    )
    for item, outcome in zip(expanded.items, outcomes, strict=True):
        if isinstance(outcome, str):
            result.errors.append(LoadError(item, outcome))
            continue
        article = outcome
        if article.id in index.ids:
            result.notices.append(f"{safe_name(item)} is the same text as “{titles[article.id]}”; skipped.")
            continue
        # The sketch alone finds candidates; the full trigram set is built only for them.
        smallest = sketch(hashes(article.text))
        original = index.copy_of(article.text, smallest)
        if original:
            article = replace(article, copy_of=original)
            result.notices.append(f"{safe_name(item)} is a near copy of “{titles[original]}”; linked to it.")
        index.add(article, smallest=smallest)
        titles[article.id] = _label(article)
        result.articles.append(article)
    progress(1.0, f"Loaded {len(result.articles)} of {len(expanded.items)}")
    return result
