"""A case description: the title, a one-line summary and each outlet's side.

A case file is a small JSON object (``resources/demo.json`` is one)::

    {"title": "...", "summary": "...", "sides": {"Outlet name": "Side label", ...}}

The CLI reads one with ``--case``; the desktop reads the bundled demo case.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from analysis.model import Article, Edits


class CaseError(Exception):
    """A case file that cannot be read; the message says why."""


@dataclass(frozen=True)
class Case:
    """What an analyst says about a case before any analysis."""

    title: str = ""
    summary: str = ""
    sides: dict[str, str] = field(default_factory=dict)

    def edits(self, articles: Sequence[Article], edits: Edits | None = None) -> Edits:
        """Return ``edits`` (or new ones) giving each article the side of its outlet.

        Sides the analyst already set on an article are kept.
        """
        edits = edits or Edits()
        for article in articles:
            side = self.sides.get(article.source, "")
            if side:
                edits.sources.setdefault(article.id, {}).setdefault("side", side)
        return edits


def read_case(path: Path) -> Case:
    """Read a case file.

    Raises
    ------
    CaseError
        When the file is missing, not JSON, or not shaped like a case.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CaseError(f"cannot read the case file {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise CaseError(f"the case file {path} must hold a JSON object")
    sides = data.get("sides", {})
    if not isinstance(sides, dict) or not all(isinstance(v, str) for v in sides.values()):
        raise CaseError(f'"sides" in {path} must map outlet names to side labels')
    return Case(
        str(data.get("title", "")), str(data.get("summary", "")), {str(k): v for k, v in sides.items()}
    )


def demo_case() -> Case:
    """Return the bundled demo case (``resources/demo.json``)."""
    import resources

    return read_case(resources.path("demo.json"))
