"""A large batch read on several cores loads exactly what reading it file by file loads."""

from __future__ import annotations

import multiprocessing
import random
from pathlib import Path

import pytest

from analysis import parallel
from analysis.ingest import load
from analysis.parallel import MIN_ITEMS
from analysis.progress import Cancelled

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs the fork start method"
)

_WORDS = [
    "council",
    "bridge",
    "river",
    "lorry",
    "mayor",
    "engineer",
    "deck",
    "harbour",
    "ferry",
    "tunnel",
    "budget",
    "vote",
    "road",
    "rail",
    "station",
    "market",
    "school",
    "clinic",
    "flood",
    "storm",
    "harvest",
    "festival",
    "museum",
    "library",
    "tower",
    "canal",
    "quarry",
    "mill",
    "orchard",
    "vineyard",
]


def _story(n: int) -> str:
    """A short article of its own: the words of each paragraph drawn by ``n``."""
    pick = random.Random(n)
    return "\n\n".join(
        f"{pick.choice(['Mayor Ilse Brandt', 'The council', 'Engineers'])} said the "
        + " and the ".join(pick.sample(_WORDS, 6))
        + f" would cost {pick.randint(2, 900)} thousand."
        for _ in range(4)
    )


@pytest.fixture
def batch(tmp_path: Path) -> list[str]:
    """Distinct stories, an exact duplicate, a near copy, an empty file and random bytes."""
    paths = []
    for n in range(MIN_ITEMS + 10):
        path = tmp_path / f"story-{n:03d}.txt"
        path.write_text(f"Report {n}\n\n{_story(n)}", encoding="utf-8")
        paths.append(path)
    (tmp_path / "copy.txt").write_bytes(paths[3].read_bytes())
    (tmp_path / "near.txt").write_text(paths[5].read_text(encoding="utf-8") + " Updated.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 8)
    return [str(tmp_path)]


def test_parallel_load_equals_serial_load(batch: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)
    forked = load(batch)
    monkeypatch.setattr(parallel, "workers_available", lambda: 0)
    serial = load(batch)
    assert forked.articles == serial.articles
    assert forked.errors == serial.errors
    assert forked.notices == serial.notices
    assert len(forked.articles) == MIN_ITEMS + 11  # the exact copy skipped, the near one linked
    name = {a.id: Path(a.path).name for a in forked.articles}
    assert [{name[a.id], name[a.copy_of]} for a in forked.articles if a.copy_of] == [
        {"near.txt", "story-005.txt"}
    ]
    assert len(forked.errors) == 2
    assert not multiprocessing.active_children()


def test_cancelling_a_parallel_load(batch: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "workers_available", lambda: 2)

    def cancel_once_reading(fraction: float, _message: str) -> None:
        if 0 < fraction < 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        load(batch, progress=cancel_once_reading)
