"""What the claim step reads from one statement, and what it finds in a pair."""

from __future__ import annotations

from dataclasses import dataclass, field

from analysis.claim_blame import Blame
from analysis.claim_context import When
from analysis.claim_lists import ItemList
from analysis.model import ClaimKind
from analysis.polarity import Stance
from analysis.quantities import Quantity

# Two statements aligned less than this compete in no way: no denial, no contrary words.
DENIAL_SIMILARITY = 0.1


@dataclass(frozen=True)
class Reading:
    """What one statement says, read once for all its pairs."""

    text: str
    voice: str
    reported: str
    stance: Stance
    polarity: int
    lemmas: frozenset[str]
    scope_lemmas: frozenset[str]
    quantities: tuple[Quantity, ...] = ()
    lists: tuple[ItemList, ...] = ()
    blames: tuple[Blame, ...] = field(default=())
    when: When = (frozenset(), frozenset())
    """The years and months it names: figures of other years or months count other events."""
    count_scope: str = ""
    """What its figures count: ``"another"`` incident, a running ``"total"``, or ``""``."""
    places: frozenset[str] = frozenset()
    """The places it and (``article_places``) its article name; set by the claim step."""
    article_places: frozenset[str] = frozenset()
    article_year: int = 0
    """The year its article was published, ``0`` when unknown (set with ``article_places``)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One reason a pair competes, with how strongly (``0..1``) and a one-line explanation."""

    kind: ClaimKind
    strength: float
    explanation: str
