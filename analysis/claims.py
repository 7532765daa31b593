"""Competing claims and corroborations across sources, ranked for the analyst.

:class:`ClaimFinder` aligns every statement with its counterparts in other articles
(:mod:`analysis.align`), reads each aligned pair for a reason to compete
(:mod:`analysis.conflicts`: denial, numbers, omission, blame, framing) and lists the
pairs that agree across sides as corroborations. The analyst's confirm/dismiss
decisions are keyed by the sorted statement ids, so they survive re-analysis.

Ranking (``score`` in ``[0, 1]``, highest first) puts first what an analyst must read::

    score = weight(kind) x strength x relevance(similarity) x voices

- ``weight``: a flat contradiction outranks a difference of detail — denial 1.0,
  blame 0.95, framing 0.9, numbers 0.9, omission 0.7;
- ``strength`` (from the detector): how sharp the conflict is — figures that cannot
  both be true ("six" vs "at least 20") score 0.75-1, figures that merely differ
  ("about 900,000" vs "about a million") 0.15-0.6; a denial by how much of the denied
  clause the other statement asserts (0.4-1); an omission by how many items the two
  lists share (0.8 for two); a refutation that only points back at "the story"
  (:mod:`analysis.claim_refutes`) 0.55;
- ``relevance``: how surely the two statements speak of the same thing,
  ``0.6 + 0.4 x min(1, cosine / 0.35)``;
- ``voices``: 1.0 across sides (or across outlets when sides are unset), 0.85 for two
  speakers of one side — a side contradicting itself matters, but less;
- then, so the top of the list covers distinct disputes before variations of one, each
  stronger claim of the same kind that already involves one of the two statements
  multiplies the score by 0.8.

Corroborations score ``min(1, cosine / 0.6)``, times 1.0 when their sides compete
elsewhere in the case (two adversaries agreeing is news) and 0.8 otherwise, halved for
syndicated copies (one text printed twice is not two witnesses).

Repeated lines (a live blog's boilerplate) are paired once: copies of one line within
an article are grouped before alignment, and pairs repeating a pair of lines already
found between the same two outlets are listed once (:mod:`analysis.claim_repeats`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from analysis import align
from analysis.align_context import ArticleContext, article_context
from analysis.align_terms import SharedTerms, shared_vectors
from analysis.claim_candidates import (
    nearest_pairs,
    related_articles,
    same_event,
)
from analysis.claim_contrary import CONTRARY_WORDS
from analysis.claim_figures import PEOPLE_SIMILARITY
from analysis.claim_reading import add_details, needed_details, read_cores, with_places
from analysis.claim_refutes import refutation, refutation_pairs, refutes_a_report
from analysis.claim_repeats import collapsed, expanded, identities, within_articles
from analysis.claim_rows import (
    Meta,
    Out,
    agreement_row,
    apply_decisions,
    claim_row,
    diversified,
    event_factor,
    metas,
    pair_key,
    ranked,
    weigh_corroborations,
)
from analysis.claim_stance_pairs import spread, stance_claims
from analysis.claim_types import Finding, Reading
from analysis.conflicts import (
    BLAMES,
    CONTRARY,
    DENIAL_SIMILARITY,
    FIGURES,
    FRAMES,
    LISTS,
    POLARITY,
    compare,
    same_figure,
    shared_content,
)
from analysis.features import label_terms, masked_texts
from analysis.model import Article, ClaimKind, Edits
from analysis.progress import Progress, scaled, silent

__all__ = ["ClaimFinder", "pair_key"]
_PROGRESS_EVERY = 2000
# The least cosine a denial, contrary words or a figure needs.
ALIGNED = min(DENIAL_SIMILARITY, PEOPLE_SIMILARITY)
Pairs = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float32]]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class _Known:
    """What pair reading needs of the whole corpus besides the two statements."""

    copied: set[tuple[str, str]]
    """Sorted id pairs of one copy group."""
    refuters: set[int]
    """Articles with a statement that refutes a report."""
    groups: npt.NDArray[np.int64]
    """Article number of each statement."""
    context: ArticleContext

    def events(self, i: npt.NDArray[np.int64], j: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        """Return the :func:`event_factor` of each pair's two articles."""
        similarity = self.context.lookup(self.groups[i], self.groups[j])
        return np.array([event_factor(float(s)) for s in similarity], dtype=np.float64)


class ClaimFinder:
    """Align statements across articles and rank their competing claims and corroborations.

    Parameters
    ----------
    n_neighbors : int
        Counterparts listed per statement in ``alignments_``.
    align_threshold : float
        Smallest cosine listed in ``alignments_``.
    n_candidates : int
        Nearest counterparts per statement checked for a conflict (pairs sharing a
        checkable fact are checked as well, see :mod:`analysis.claim_candidates`).
    candidate_floor : float
        Smallest cosine for a nearest pair to be checked for a conflict.
    corroboration_threshold : float
        Smallest cosine for two agreeing statements to count as corroboration.
    copy_threshold, copy_ratio : float
        Cosine and word-sequence match ratio that make two statements one copied text.

    Attributes
    ----------
    alignments_ : DataFrame
        ``a, b, similarity``: each statement's counterparts in other articles, best first.
    copies_ : DataFrame
        ``statement_id, group``: near-identical wording across articles.
    claims_, agreements_ : DataFrame
        Competing claims and corroborations (``CLAIM_COLUMNS`` plus ``similarity`` and
        ``repeats``), ranked by ``score``: one row per pair of lines, ``repeats`` counting
        the other pairs of copies it stands for (:mod:`analysis.claim_repeats`).
    """

    def __init__(
        self,
        n_neighbors: int = 30,
        align_threshold: float = 0.15,
        align_min_similarity: float = 0.02,
        context_weight: float = 1.0,
        n_candidates: int = 10,
        candidate_floor: float = 0.08,
        corroboration_threshold: float = 0.3,
        copy_threshold: float = 0.85,
        copy_ratio: float = 0.9,
    ) -> None:
        self.n_neighbors = n_neighbors
        self.align_threshold = align_threshold
        self.align_min_similarity = align_min_similarity
        self.context_weight = context_weight
        self.n_candidates = n_candidates
        self.candidate_floor = candidate_floor
        self.corroboration_threshold = corroboration_threshold
        self.copy_threshold = copy_threshold
        self.copy_ratio = copy_ratio

    def fit(
        self,
        statements: pd.DataFrame,
        articles: Sequence[Article],
        progress: Progress = silent,
        terms: SharedTerms | None = None,
    ) -> ClaimFinder:
        """Find alignments, copies, competing claims and corroborations.

        Parameters
        ----------
        statements : DataFrame
            The statement table (``tables.STATEMENT_COLUMNS``).
        articles : sequence of Article
            The articles the statements come from (unused beyond the table's columns,
            kept for the pipeline's interface).
        progress : Progress
            Receives fractions in ``[0, 1]``; may raise ``Cancelled``.
        terms : SharedTerms, optional
            The topic step's term counts (:mod:`analysis.align_terms`): alignment then
            reuses them instead of reading every text again; the result is the same.

        Returns
        -------
        ClaimFinder
            ``self``, fitted.
        """
        # Copies of one line in one article are paired once (see analysis.claim_repeats).
        full = statements.reset_index(drop=True)
        repeats = within_articles(full)
        table = full.iloc[repeats.keep].reset_index(drop=True)
        meta = metas(table)
        ids = [m.id for m in meta]
        reported = [m.reported for m in meta]
        groups = pd.factorize(table["article_id"])[0].astype(np.int64)
        progress(0.0, "Aligning statements across articles")
        vectors = shared_vectors(terms, ids, [m.text for m in meta]) if terms is not None else None
        if vectors is None:
            masked = masked_texts(table)
            vectors = align.vectorise(masked, label_terms(table, masked))
        context = article_context(vectors, groups)
        search = align.Search(
            k=max(self.n_neighbors, self.n_candidates),
            floor=min(self.align_threshold, self.candidate_floor / (1 + self.context_weight)),
            context=context,
            weight=self.context_weight,
            min_similarity=min(self.align_min_similarity, self.candidate_floor),
        )
        found = align.neighbours(
            vectors, groups, search.k, search.floor, scaled(progress, 0.05, 0.35), search
        )
        members = repeats.members
        self.alignments_ = expanded(align.alignment_table(found, ids, self.align_threshold), "a", members)
        copies = align.copy_groups(found, reported, ids, self.copy_threshold, self.copy_ratio)
        progress(0.4, "Reading statements for checkable facts")
        readings, may = read_cores(meta, scaled(progress, 0.4, 0.5))
        related = related_articles(context)
        nearest = nearest_pairs(found, self.n_candidates, self.candidate_floor)
        i, j, sims = nearest.a, nearest.b, nearest.similarity
        keep = same_event(i, j, groups, related)  # pairs of unrelated articles never compete
        pairs = (i[keep], j[keep], sims[keep])
        needed = needed_details(may, pairs, ALIGNED, self.corroboration_threshold / 2)
        readings = add_details(readings, needed, scaled(progress, 0.5, 0.6))
        readings = with_places(readings, table["article_id"].tolist(), articles)
        known = _Known(_copied(copies), _refuting_articles(readings, groups), groups, context)
        claims, agreements = self._pairs(meta, readings, pairs, known, scaled(progress, 0.6, 1.0))
        refuted = refutation_pairs(readings, groups, found, related)
        claims += _refutations(meta, readings, refuted, claims, known)
        stances = stance_claims(meta, readings, found, groups, related, claims, known.events)
        identity, sizes = identities(table), repeats.sizes
        claims = collapsed(claims, identity, sizes)
        self.copies_ = expanded(copies, "statement_id", members)
        self.claims_ = ranked(diversified(claims) + spread(collapsed(stances, identity, sizes)))
        self.agreements_ = ranked(weigh_corroborations(collapsed(agreements, identity, sizes), claims))
        progress(1.0, "Competing claims found")
        return self

    def _pairs(
        self,
        meta: list[Meta],
        readings: list[Reading],
        pairs: Pairs,
        known: _Known,
        progress: Progress,
    ) -> tuple[list[Out], list[Out]]:
        """Check every candidate pair once; return claim rows and corroboration rows.

        A vectorised screen (:func:`_screen`) splits the pairs into those a detector
        could act on and those that could only corroborate, and drops the rest, so the
        per-pair Python work stays small.
        """
        groups, refuters = known.groups, known.refuters
        claims: list[Out] = []
        agreements: list[Out] = []
        checks, agree = _screen(meta, readings, pairs, self.corroboration_threshold / 2)
        i, j, sims = pairs
        events = known.events(i, j)
        kept = np.flatnonzero((checks > 0) | agree).tolist()
        for done, k in enumerate(kept):
            if done % _PROGRESS_EVERY == 0:
                progress(done / max(len(kept), 1), "Reading aligned statements for competing claims")
            a, b, similarity = int(i[k]), int(j[k]), float(sims[k])
            x, y = meta[a], meta[b]
            findings = compare(readings[a], readings[b], similarity, int(checks[k])) if checks[k] else []
            if findings and (groups[a] in refuters or groups[b] in refuters):
                findings = _without_fellow_refuters(findings, readings[a], readings[b], groups[a] in refuters)
            if findings:
                claims.append(claim_row(x, y, findings, similarity, float(events[k])))
            elif agree[k] and self._corroborates(readings[a], readings[b], similarity):
                is_copy = (min(x.id, y.id), max(x.id, y.id)) in known.copied
                agreements.append(agreement_row(x, y, readings[a], readings[b], similarity, is_copy))
        return claims, agreements

    def _corroborates(self, ra: Reading, rb: Reading, similarity: float) -> bool:
        """Whether two screened statements (two camps, one polarity) say the same."""
        if similarity >= self.corroboration_threshold / 2 and same_figure(ra, rb):
            return True  # "about 900,000 displaced" and "about 900,000 fled"
        return similarity >= self.corroboration_threshold and shared_content(ra, rb) >= 3

    def decided(self, edits: Edits) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Return claims and agreements with the analyst's decisions and notes applied.

        Dismissed pairs stay listed, marked ``dismissed``, and sort after all others;
        the rest keep their rank by score.
        """
        return apply_decisions(self.claims_, edits), apply_decisions(self.agreements_, edits)


def _copied(copies: pd.DataFrame) -> set[tuple[str, str]]:
    """Return the sorted id pairs that belong to one copy group."""
    pairs: set[tuple[str, str]] = set()
    for members in copies.groupby("group")["statement_id"].apply(sorted):
        pairs.update((x, y) for i, x in enumerate(members) for y in members[i + 1 :])
    return pairs


def _refutations(
    meta: list[Meta],
    readings: list[Reading],
    pairs: dict[tuple[int, int], float],
    claims: list[Out],
    known: _Known,
) -> list[Out]:
    """Return claim rows for refutations of a report (see :mod:`analysis.claim_refutes`)."""
    seen = {pair_key(str(c["a"]), str(c["b"])) for c in claims}
    out = []
    for (i, j), similarity in sorted(pairs.items()):
        x, y = meta[i], meta[j]
        # A speaker's own words are no report they call untrue ("continued to deny the
        # allegations" / his farewell quote in another outlet).
        if pair_key(x.id, y.id) in seen or (x.speaker_id and x.speaker_id == y.speaker_id):
            continue
        event = float(known.events(np.array([i]), np.array([j]))[0])
        out.append(claim_row(x, y, [refutation(readings[i], readings[j])], similarity, event))
    return out


def _refuting_articles(readings: list[Reading], groups: npt.NDArray[np.int64]) -> set[int]:
    """Return the articles with a statement that calls a report untrue (:func:`refutes_a_report`)."""
    return {int(groups[i]) for i, reading in enumerate(readings) if refutes_a_report(reading)}


def _without_fellow_refuters(
    findings: list[Finding], ra: Reading, rb: Reading, a_refutes: bool
) -> list[Finding]:
    """Drop a denial between a refutation and a statement of an article that refutes the report too.

    "The picture is a hoax" does not compete with the retelling of the picture in an
    article that goes on to call it a hoax: that article does not carry the report.
    """
    negative, positive_refutes = (ra, not a_refutes) if ra.polarity < 0 else (rb, a_refutes)
    if not positive_refutes or not refutes_a_report(negative):
        return findings
    return [f for f in findings if f.kind is not ClaimKind.DENIAL]


def _screen(
    meta: list[Meta], readings: list[Reading], pairs: Pairs, agree_floor: float
) -> tuple[npt.NDArray[np.int64], BoolArray]:
    """Return per pair the detectors that could fire (bits of :func:`compare`) and if it could corroborate.

    A pair of one voice (same outlet and speaker) is neither, and one named speaker told by
    two outlets is compared by frames, figures, lists and blame only; a corroboration needs two
    camps (sides, or outlets when sides are unset), one polarity, two speakers and a
    cosine of at least ``agree_floor``.
    """
    i, j, sims = pairs
    if not len(i):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
    source = pd.factorize(pd.Series([m.source for m in meta]))[0]
    side = pd.factorize(pd.Series([m.side for m in meta]))[0]
    has_side = np.array([bool(m.side) for m in meta])
    speaker = pd.factorize(pd.Series([m.speaker_id for m in meta]))[0]
    named = np.array([bool(m.speaker_id) for m in meta])
    polarity = np.array([r.polarity for r in readings])
    flags = np.array(
        [
            [
                bool(r.stance.frame),
                bool(r.quantities),
                bool(r.lists),
                bool(r.blames),
                bool(r.lemmas & CONTRARY_WORDS),
            ]
            for r in readings
        ],
        dtype=bool,
    ).reshape(len(readings), 5)
    two_voices = (source[i] != source[j]) | (speaker[i] != speaker[j])
    both = flags[i] & flags[j]
    # Denials, contrary words and figures need the pair aligned (see
    # :mod:`analysis.conflicts`); frames, blame and lists carry their own evidence.
    aligned = sims >= ALIGNED
    checks = (
        FRAMES * both[:, 0]
        | FIGURES * (both[:, 1] & aligned)
        | LISTS * both[:, 2]
        | BLAMES * both[:, 3]
        | CONTRARY * (both[:, 4] & aligned)
        | POLARITY * ((polarity[i] != polarity[j]) & aligned)
    )
    one_witness = named[i] & (speaker[i] == speaker[j])  # two outlets quoting one speaker
    # One speaker's two remarks, told by two outlets, are no denial of each other ("Trump
    # wants to run the nation like his business" / "look for someone who isn't Trump", both
    # Bloomberg's); a figure or frame that differs is the outlets' conflict.
    checks = np.where(one_witness, checks & (FRAMES | FIGURES | LISTS | BLAMES), checks)
    checks = np.where(two_voices, checks, 0).astype(np.int64)
    camps = np.where(has_side[i] & has_side[j], side[i] != side[j], source[i] != source[j])
    agree = camps & ~one_witness & (polarity[i] == polarity[j]) & (sims >= agree_floor)
    return checks, agree
