"""Opposite stances: the sides of one case that judge its subject in opposite ways.

"Compulsory vaccination protects children" and "compulsory vaccination violates
parents' rights" share no fact to contradict, yet take opposite sides; so can two
statements that share hardly a word ("Vaccines save lives" / "The side effects are
severe") when the whole case is about one subject. This module finds such pairs, the
only judgements listed as competing claims: one statement's judging words, read alone
(the aligned-pair detectors of :mod:`analysis.conflicts` check facts), say too little
about what it judges in a news report. The sides of articles do:

1. every statement of a *small case* (a connected group of related articles, at most
   :data:`SMALL_CASE` of them: an analyst's reports of one event; a corpus of many
   events gets none of this) is judged (:func:`analysis.claim_stance.judge`); one that
   judges nothing itself but repeats, with the same polarity, a judging statement of
   another article (cosine at least :data:`ECHO_MIN`) *echoes* it, its stance scaled by
   that cosine, and the explanation says whose stance it carries;
2. each article takes the side its statements mostly take (:func:`article_sides`; an
   article that praises and condemns in equal measure takes none), spoken for by its
   strongest statement on that side;
3. two articles of one case on opposite sides give one framing claim between their two
   statements, when no factual conflict already pairs them, they share a content word, are
   not one speaker's two remarks, are not aligned unless one retells the other but for its
   judging word (:func:`_retold`), and at least one judges by its own words; strength
   ``0.3 + 0.15 x opposition`` plus 0.05 when they share a content word: below the
   factual conflicts (denial, numbers, blame), and :func:`spread` keeps one statement
   opposed by many from filling the top of the list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from analysis.align import Neighbours
from analysis.align_context import ArticleContext
from analysis.claim_figures import PEOPLE_SIMILARITY
from analysis.claim_rows import Meta, Out, claim_row, pair_key
from analysis.claim_stance import NEUTRAL, SCREEN, Judgement, judge, may_judge, opposed
from analysis.claim_stance_words import charges
from analysis.claim_text import snippet
from analysis.claim_types import DENIAL_SIMILARITY, Finding, Reading
from analysis.claim_words import lemma, word_list, words_of
from analysis.model import ClaimKind

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
# Least cosine for a statement without judging words to carry its neighbour's stance.
ECHO_MIN = 0.1
# Pairs at least this similar are aligned (see :func:`_retold`); the share of the shorter
# statement's content an aligned pair must share to take sides.
ALIGNED = min(DENIAL_SIMILARITY, PEOPLE_SIMILARITY)
RETOLD = 0.7
# Least magnitude of the judgement an echo borrows (one strong judging word).
ECHO_SOURCE = 0.5

# How much an article's judging statements must agree for it to take a side (see
# :func:`article_sides`).
MIN_CONSISTENCY = 0.5
# The most articles a connected group of related articles may have to count as one case.
SMALL_CASE = 150
# Base and range of a stance claim's strength: below every factual conflict.
BASE_STRENGTH = 0.3
STRENGTH_RANGE = 0.15
SHARED_BONUS = 0.05
# Each stronger stance claim on one of its statements discounts a stance claim this much,
# down to a floor (see :func:`spread`).
REPEAT = 0.8
REPEAT_FLOOR = 0.3


@dataclass(frozen=True)
class Stances:
    """Every statement's stance: its own judgement, or the one it echoes."""

    judgements: list[Judgement]
    """Each statement's own judgement (:data:`NEUTRAL` when it judges nothing)."""
    score: FloatArray
    """Signed stance per statement: its own score, else the echoed one times the cosine."""
    echo: IntArray
    """The statement whose stance it carries, ``-1`` for its own or none."""


def _judgement(r: Reading) -> Judgement:
    """How a statement judges: its reported content, or the whole statement when its frame
    charges someone ("They accused Senator Krall of capitulating to protect colleagues":
    the charge judges, not "protect")."""
    if charges(words_of(r.text)):
        return judge(r.text)
    return judge(r.reported) if may_judge(r.lemmas, words_of(r.reported)) else NEUTRAL


def read_stances(
    readings: list[Reading], found: Neighbours, wanted: BoolArray, echoing: BoolArray
) -> Stances:
    """Judge the ``wanted`` statements that pass a word screen; ``echoing`` ones may echo a neighbour."""
    judgements = [
        _judgement(r) if want else NEUTRAL for r, want in zip(readings, wanted.tolist(), strict=True)
    ]
    own = np.array([j.score for j in judgements], dtype=np.float64)
    score, echo = own.copy(), np.full(len(own), -1, dtype=np.int64)
    a, b, sim = found.a, found.b, found.similarity.astype(np.float64)
    polarity = np.array([r.polarity for r in readings], dtype=np.int64)
    # Only a neighbour that asserts as it does: "the dam burst" does not echo "the dam burst is a hoax".
    can = echoing[a] & (own[a] == 0) & (own[b] != 0) & (sim >= ECHO_MIN) & (polarity[a] == polarity[b])
    # Neighbours come best first per row, so the first judged one is the nearest.
    rows, first = np.unique(a[can], return_index=True)
    source, cosine = b[can][first], sim[can][first]
    # A faint judgement ("costly") is too weak to lend: the nearest judging neighbour must be firm.
    firm = np.abs(own[source]) >= ECHO_SOURCE
    rows, source, cosine = rows[firm], source[firm], cosine[firm]
    score[rows] = own[source] * np.minimum(1.0, cosine)
    echo[rows] = source
    return Stances(judgements, score, echo)


def case_reach(related: ArticleContext) -> sp.csr_matrix:
    """Article pairs of one small case: a connected group of related articles of at most ``SMALL_CASE``.

    An analyst's case of a few dozen reports of one event is about one subject, so any
    two of its statements may take sides on it; a corpus of many events is not.
    """
    direct = sp.csr_matrix(related.matrix > 0, dtype=np.float32)
    _count, label = connected_components(direct, directed=False)
    sizes = np.bincount(label)
    small = np.flatnonzero(sizes[label] <= SMALL_CASE)
    order = small[np.argsort(label[small], kind="stable")]
    rows, cols = [], []
    for members in np.split(order, np.flatnonzero(np.diff(label[order])) + 1):
        if len(members) > 1:
            rows.append(np.repeat(members, len(members)))
            cols.append(np.tile(members, len(members)))
    n = related.n_articles
    if not rows:
        return sp.csr_matrix((n, n), dtype=np.float32)
    r, c = np.concatenate(rows), np.concatenate(cols)
    keep = r != c
    return sp.csr_matrix((np.ones(int(keep.sum()), dtype=np.float32), (r[keep], c[keep])), shape=(n, n))


@dataclass(frozen=True)
class Sides:
    """Each article's side: the sign of its statements' stances, when they mostly agree."""

    sign: IntArray
    """``+1`` / ``-1`` per article, ``0`` when it judges nothing or its statements disagree."""
    strength: FloatArray
    """How strongly: its strongest agreeing statement's stance times its consistency."""
    voice: IntArray
    """The statement that speaks for the article (its strongest agreeing one), ``-1`` when none."""


def article_sides(score: FloatArray, groups: IntArray, n_articles: int) -> Sides:
    """Return each article's side from its statements' stances.

    An article that calls the subject good in one line and bad in the next takes no
    side: its consistency (``|sum| / sum of magnitudes``) must reach ``MIN_CONSISTENCY``.
    """
    net = np.bincount(groups, weights=score, minlength=n_articles)
    mass = np.bincount(groups, weights=np.abs(score), minlength=n_articles)
    consistency = np.divide(np.abs(net), mass, out=np.zeros(n_articles), where=mass > 0)
    sign = np.where(consistency >= MIN_CONSISTENCY, np.sign(net), 0).astype(np.int64)
    agrees = np.flatnonzero((score != 0) & (np.sign(score) == sign[groups]))
    order = agrees[np.lexsort((-np.abs(score[agrees]), groups[agrees]))]
    firsts = order[np.r_[True, np.diff(groups[order]) != 0]] if len(order) else order
    voice = np.full(n_articles, -1, dtype=np.int64)
    voice[groups[firsts]] = firsts
    strength = np.zeros(n_articles)
    strength[groups[firsts]] = np.abs(score[firsts]) * consistency[groups[firsts]]
    return Sides(sign, strength, voice)


def stance_pairs(sides: Sides, reach: sp.csr_matrix, echo: IntArray) -> tuple[IntArray, IntArray]:
    """Return the statement pairs that speak for two articles of one case on opposite sides.

    At least one of the two must judge by its own words: two echoes are two guesses.
    """
    upper = sp.triu(reach, k=1).tocoo()
    g, h = upper.row.astype(np.int64), upper.col.astype(np.int64)
    keep = sides.sign[g] * sides.sign[h] < 0
    i, j = sides.voice[g[keep]], sides.voice[h[keep]]
    own = (echo[i] < 0) | (echo[j] < 0)
    return i[own], j[own]


def _retold(x: Reading, y: Reading) -> bool:
    """Whether two aligned statements say one thing, but for how they judge it.

    "Growers find the new motorway beneficial" / "... harmful" take sides on one subject.
    Most aligned statements whose judging words differ do not: "warnings about the threat
    of attacks" / "ignoring the threat environment", "the patch prevents attacks" / "the
    flaw is exploited" judge different things told in the same words (none of the 58
    opposite judgements of aligned lines once listed for BASIL's 60 events, read on
    2026-12-07, took sides on one subject), and pairing every aligned statement whose
    stance differs flagged half again as many PERSPECTRUM paraphrases. So an aligned pair
    takes sides only when the shorter statement's other content words are, by
    :data:`RETOLD` at least, the longer's.
    """
    px, py = x.lemmas - SCREEN, y.lemmas - SCREEN
    shorter = min(len(px), len(py))
    return shorter > 0 and len(px & py) >= RETOLD * shorter


def _subject(x: Reading, y: Reading) -> str:
    """Return the longest content word the two share (not a judging one), as the first writes it."""
    shared = (x.lemmas & y.lemmas) - SCREEN
    words = [w for w in word_list(x.reported) if lemma(w) in shared]
    return max(words, key=len) if words else ""


def _about(k: int, readings: list[Reading], stances: Stances) -> frozenset[str]:
    """What statement ``k`` speaks of: its content words and those of the statement it echoes."""
    source = int(stances.echo[k])
    words = readings[k].lemmas | (readings[source].lemmas if source >= 0 else frozenset())
    return words - SCREEN


def _quoted(meta: Meta, judgement: Judgement) -> str:
    start, end = judgement.cue
    cue = meta.reported[start:end] if end > start else ""
    return f"“{cue}” in {snippet(meta.reported, start, end)}" if cue else snippet(meta.reported)


def _says(k: int, metas: list[Meta], stances: Stances) -> str:
    """How statement ``k`` judges: by its own words, or by echoing another statement."""
    source = int(stances.echo[k])
    how = "good" if stances.score[k] > 0 else "bad"
    if source < 0:
        return f"{metas[k].voice} calls it {how} ({_quoted(metas[k], stances.judgements[k])})"
    return (
        f"{metas[k].voice} echoes {metas[source].voice}, who calls it {how} "
        f"({_quoted(metas[source], stances.judgements[source])})"
    )


def stance_finding(a: int, b: int, metas: list[Meta], readings: list[Reading], stances: Stances) -> Finding:
    """Return the framing finding of an opposite-stance pair, with its strength and explanation."""
    ja, jb = Judgement(float(stances.score[a])), Judgement(float(stances.score[b]))
    subject = _subject(readings[a], readings[b])
    strength = BASE_STRENGTH + STRENGTH_RANGE * opposed(ja, jb) + (SHARED_BONUS if subject else 0.0)
    on = f" on “{subject}”" if subject else ""
    bad, good = (a, b) if stances.score[a] < 0 else (b, a)
    return Finding(
        ClaimKind.FRAMING,
        strength,
        f"opposite stances{on}: {_says(bad, metas, stances)}; {_says(good, metas, stances)}",
    )


def _cosines(found: Neighbours, i: IntArray, j: IntArray, n: int) -> FloatArray:
    """Return the cosine of each pair ``(i, j)`` found by the neighbour search (0 when it was not)."""
    keys = found.a * n + found.b
    order = np.argsort(keys, kind="stable")
    keys, sims = keys[order], found.similarity[order].astype(np.float64)
    out = np.zeros(len(i), dtype=np.float64)
    for first, second in ((i, j), (j, i)):
        wanted = first * n + second
        at = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
        hit = keys[at] == wanted if len(keys) else np.zeros(len(i), dtype=bool)
        out = np.maximum(out, np.where(hit, sims[at] if len(keys) else 0.0, 0.0))
    return out


def stance_claims(
    metas: list[Meta],
    readings: list[Reading],
    found: Neighbours,
    groups: IntArray,
    related: ArticleContext,
    claimed: list[Out],
    events: Callable[[IntArray, IntArray], FloatArray],
) -> list[Out]:
    """Return claim rows for opposite stances not already claimed for another reason.

    ``events`` gives the event factor of each pair's two articles (see
    :func:`analysis.claim_rows.event_factor`); ``found`` supplies the cosines and echoes.
    """
    reach = case_reach(related)
    in_case = np.diff(reach.indptr)[groups] > 0
    if not in_case.any():
        return []  # a corpus of many events takes no sides
    stances = read_stances(readings, found, in_case, in_case)
    sides = article_sides(stances.score, groups, related.n_articles)
    i, j = stance_pairs(sides, reach, stances.echo)
    seen = {pair_key(str(c["a"]), str(c["b"])) for c in claimed}
    factors, cosines = events(i, j), _cosines(found, i, j, len(metas))
    out = []
    for a, b, event, similarity in zip(
        i.tolist(), j.tolist(), factors.tolist(), cosines.tolist(), strict=True
    ):
        x, y = metas[a], metas[b]
        if x.speaker_id == y.speaker_id and (x.speaker_id or x.source == y.source):
            continue  # one voice: one speaker's two remarks (in two outlets too), or one outlet's own
        if pair_key(x.id, y.id) in seen:
            continue
        if similarity >= ALIGNED and not _retold(readings[a], readings[b]):
            continue  # aligned lines judging oppositely mostly judge different things (see _retold)
        if not _about(a, readings, stances) & _about(b, readings, stances):
            continue  # opposite judgements of two different things
        out.append(claim_row(x, y, [stance_finding(a, b, metas, readings, stances)], similarity, event))
    return out


def spread(rows: list[Out]) -> list[Out]:
    """Discount stance claims whose statements already stand in stronger stance claims.

    Like :func:`analysis.claim_rows.diversified` (each stronger claim sharing a statement
    multiplies by ``REPEAT``), but never below ``REPEAT_FLOOR`` of the score: a statement
    that opposes many others yields many weak rows, all ranked below the factual
    conflicts, and each must stay findable when the analyst lists the framing claims.
    """
    seen: Counter[str] = Counter()
    for row in sorted(rows, key=lambda r: (-float(r["score"]), r["a"], r["b"])):
        a, b = str(row["a"]), str(row["b"])
        factor = max(REPEAT_FLOOR, REPEAT ** (seen[a] + seen[b]))
        row["score"] = round(float(row["score"]) * factor, 4)
        seen.update((a, b))
    return rows
