"""Replaying the analyst's topic edits on a fresh clustering.

**Anchors.** Edits never name a topic by its number (numbers change when an article is
added); they name it by an *anchor*: the id of one of its statements
(``"<article id>:<start offset>"``, stable across re-analysis). An anchor resolves to the
topic that holds that statement in the current clustering. Each topic's ``anchor`` in the
topics table is the first edit anchor that resolves to it, else its most central
statement, so later edits of the same topic reuse the same key.

**Order of replay** (the fields of :class:`~analysis.model.Edits`):

1. ``topic_splits``: each group of statement ids becomes a topic of its own;
2. ``topic_merges``: each group of anchors becomes one topic (the first anchor's);
3. anchors of renames and move targets are resolved *now*, before any statement moves,
   so moving a topic's anchor statement away never carries the topic's name with it;
4. ``statement_moves``: each statement joins its target anchor's topic;
5. ``topic_renames``: the label of the topic an anchor resolves to (the last rename of a
   topic wins).

Edits naming statements that are gone (their article was removed) are skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from analysis.model import Edits


@dataclass
class EditedTopics:
    """The topic of every statement after the edits, and what the edits say of topics.

    ``before_moves`` is the assignment after splits and merges: anchors are chosen
    among these members. ``anchors`` and ``renames`` map a topic number to the edit
    anchor naming it and to the analyst's label.
    """

    labels: np.ndarray
    before_moves: np.ndarray
    anchors: dict[int, str] = field(default_factory=dict)
    renames: dict[int, str] = field(default_factory=dict)
    moved: set[str] = field(default_factory=set)


class _Resolver:
    """Statement id -> row, and an anchor -> its current topic."""

    def __init__(self, ids: Sequence[str], labels: np.ndarray) -> None:
        self.row = {sid: i for i, sid in enumerate(ids)}
        self.labels = labels

    def topic(self, anchor: str) -> int | None:
        i = self.row.get(anchor)
        if i is None or self.labels[i] < 0:
            return None
        return int(self.labels[i])


def _split(labels: np.ndarray, resolver: _Resolver, groups: list[list[str]], anchors: dict[int, str]) -> None:
    for group in groups:
        rows = [resolver.row[s] for s in group if s in resolver.row]
        if not rows:
            continue
        fresh = int(labels.max()) + 1 if len(labels) else 0
        labels[rows] = fresh
        anchors.setdefault(fresh, next(s for s in group if s in resolver.row))


def _merge(labels: np.ndarray, resolver: _Resolver, groups: list[list[str]], anchors: dict[int, str]) -> None:
    for group in groups:
        found = [(a, t) for a in group if (t := resolver.topic(a)) is not None]
        if len(found) < 2:
            continue
        anchor, target = found[0]
        for _, t in found[1:]:
            if t != target:
                labels[labels == t] = target
                anchors.pop(t, None)
        anchors[target] = anchors.get(target, anchor)


def apply_topic_edits(ids: Sequence[str], labels: np.ndarray, edits: Edits) -> EditedTopics:
    """Replay the topic edits of ``edits`` on a clustering (see the module docstring).

    Parameters
    ----------
    ids : sequence of str
        Statement ids, one per row.
    labels : numpy.ndarray
        The fresh clustering: topic number per row (``-1``: none).
    edits : Edits
        The analyst's edits.

    Returns
    -------
    EditedTopics
        Topic numbers are not compacted: some may be empty after merges and moves.
    """
    labels = np.array(labels, dtype=np.int64, copy=True)
    resolver = _Resolver(ids, labels)
    anchors: dict[int, str] = {}
    _split(labels, resolver, edits.topic_splits, anchors)
    _merge(labels, resolver, edits.topic_merges, anchors)
    before = labels.copy()
    renames: dict[int, str] = {}
    for anchor, label in edits.topic_renames.items():
        topic = resolver.topic(anchor)
        if topic is not None and label.strip():
            renames[topic] = label.strip()
            anchors.setdefault(topic, anchor)
    targets = {}
    for sid, anchor in edits.statement_moves.items():
        topic = resolver.topic(anchor)
        if topic is not None and sid in resolver.row:
            targets[sid] = topic
            anchors.setdefault(topic, anchor)
    for sid, topic in targets.items():
        labels[resolver.row[sid]] = topic
    return EditedTopics(labels, before, anchors, renames, set(targets))
