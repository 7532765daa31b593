"""Replay the analyst's speaker edits (merges, renames) on freshly resolved speakers.

Edits name speakers by id. Ids are derived from names, so they are stable, but a new
article can still change one (a second ``Clinton`` turns ``clinton`` into
``hillary-clinton``); an edit whose id has disappeared then applies to the one speaker
that id still describes (same surname or name), so the analyst's work is not lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from analysis.model import Edits, Speaker
from analysis.name_fold import slug


def _alternative_keys(speaker: Speaker) -> set[str]:
    """Other ids an earlier run may have given this speaker."""
    keys = {speaker.id, slug(speaker.name), speaker.id.split("~")[0]}
    if "-" in speaker.id and "~" not in speaker.id:
        keys.add(speaker.id.rsplit("-", 1)[1])
    keys.update(slug(alias) for alias in speaker.aliases)
    return keys


class _Lookup:
    """Find the current speaker an edit's id means."""

    def __init__(self, speakers: Sequence[Speaker]) -> None:
        self.ids = {s.id for s in speakers}
        self.alternatives: dict[str, set[str]] = {}
        for s in speakers:
            for key in _alternative_keys(s):
                self.alternatives.setdefault(key, set()).add(s.id)

    def __call__(self, speaker_id: str) -> str | None:
        if speaker_id in self.ids:
            return speaker_id
        found = self.alternatives.get(speaker_id, set())
        return next(iter(found)) if len(found) == 1 else None


def _final(speaker_id: str, merges: dict[str, str]) -> str:
    """Follow merge chains (a -> b -> c) and stop at a cycle."""
    seen = {speaker_id}
    while speaker_id in merges and merges[speaker_id] not in seen:
        speaker_id = merges[speaker_id]
        seen.add(speaker_id)
    return speaker_id


def _merged(target: Speaker, members: Sequence[Speaker]) -> Speaker:
    aliases = list(target.aliases)
    for member in members:
        aliases.extend(a for a in member.aliases if a not in aliases)
    affiliation = target.affiliation or next((m.affiliation for m in members if m.affiliation), "")
    return replace(target, aliases=tuple(aliases), affiliation=affiliation)


def replay(speakers: Sequence[Speaker], edits: Edits) -> tuple[dict[str, str], list[Speaker]]:
    """Apply merges and renames.

    Parameters
    ----------
    speakers : sequence of Speaker
        The speakers of a fresh run (splits already applied to their mentions).
    edits : Edits
        The analyst's edits.

    Returns
    -------
    dict of str to str
        Every fresh speaker id -> the id it ends up as.
    list of Speaker
        The speakers after the edits, in the order given (merged ones dropped).
    """
    lookup = _Lookup(speakers)
    merges: dict[str, str] = {}
    for source, target in edits.speaker_merges.items():
        src, dst = lookup(source), lookup(target)
        if src is not None and dst is not None and src != dst:
            merges[src] = dst
    final = {s.id: _final(s.id, merges) for s in speakers}
    by_id = {s.id: s for s in speakers}
    members: dict[str, list[Speaker]] = {}
    for s in speakers:
        if final[s.id] != s.id:
            members.setdefault(final[s.id], []).append(s)
    renames = {lookup(k) or k: v for k, v in edits.speaker_renames.items()}
    out: list[Speaker] = []
    for s in speakers:
        if final[s.id] != s.id:
            continue
        merged = _merged(by_id[s.id], members.get(s.id, []))
        if s.id in renames and renames[s.id].strip():
            merged = replace(merged, name=renames[s.id].strip())
        out.append(merged)
    return final, out
