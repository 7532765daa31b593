"""Citations ``[S2 ¶4]``: every quote points back to its source and paragraph.

A :class:`Citations` registry hands out the citation markup while the story is written and
remembers what was cited, so the appendix (written last) can place one link destination
per cited paragraph, listing the exact character spans of the statements quoted from it.
Without an appendix the links land on the source's row of the cover instead.
"""

from __future__ import annotations

from analysis.brief.records import Quote, Source
from analysis.brief.styles import CONFLICT_HEX, LINK_HEX


def source_anchor(source: Source) -> str:
    """Return the link destination name of a source entry, e.g. ``S2``."""
    return source.label


def paragraph_anchor(source: Source, paragraph: int) -> str:
    """Return the link destination name of a cited paragraph, e.g. ``S2p4``."""
    return f"{source.label}p{paragraph}"


def label(quote: Quote) -> str:
    """Return the plain citation text, e.g. ``[S2 ¶4]`` (``[S2]`` when the paragraph is unknown)."""
    where = f" ¶{quote.paragraph}" if quote.paragraph > 0 else ""
    return f"[{quote.source.label}{where}]"


class Citations:
    """Hands out citation links and records what was cited.

    Parameters
    ----------
    to_appendix : bool
        Link to per-paragraph entries of the appendix (``True``) or to the source rows
        of the cover (``False``, when the analyst left the appendix out).
    """

    def __init__(self, to_appendix: bool) -> None:
        self.to_appendix = to_appendix
        self._spans: dict[int, dict[int, set[tuple[int, int]]]] = {}
        self._findings: dict[str, list[tuple[int, str]]] = {}

    def mark(self, statement_id: str, number: int, anchor: str) -> None:
        """Remember that a statement is one side of key finding ``number`` (headed at ``anchor``)."""
        self._findings.setdefault(statement_id, []).append((number, anchor))

    def marks(self, quote: Quote) -> str:
        """Return links to the key findings ``quote`` takes part in, e.g. ``⚑ finding 3``."""
        found = self._findings.get(quote.id, [])
        links = [f'<a href="#{anchor}" color="{CONFLICT_HEX}">⚑ finding {n}</a>' for n, anchor in found]
        return " ".join(links)

    def cite(self, quote: Quote) -> str:
        """Return the citation markup for ``quote`` and remember it."""
        paragraphs = self._spans.setdefault(quote.source.number, {})
        paragraphs.setdefault(quote.paragraph, set()).add((quote.start, quote.end))
        return f'<a href="#{self.target(quote)}" color="{LINK_HEX}">{label(quote)}</a>'

    def target(self, quote: Quote) -> str:
        """Return the destination a citation of ``quote`` links to."""
        if self.to_appendix and quote.paragraph > 0:
            return paragraph_anchor(quote.source, quote.paragraph)
        return source_anchor(quote.source)

    def cited(self, source: Source) -> list[tuple[int, list[tuple[int, int]]]]:
        """Return ``(paragraph, sorted spans)`` cited from ``source``, in paragraph order."""
        paragraphs = self._spans.get(source.number, {})
        return [(p, sorted(paragraphs[p])) for p in sorted(paragraphs)]

    @property
    def count(self) -> int:
        """Return how many distinct statements were cited."""
        return sum(len(spans) for paragraphs in self._spans.values() for spans in paragraphs.values())
