"""Every hostile input of issue 8, tried for real: outcome, time and memory (the README table).

    .venv/bin/python tests/bench/bench_hostile.py [--full] [--only TEXT]

Each case is generated at run time by the ingest hostile suite's own builders (imported
from ``tests/analysis/test_ingest_hostile.py``, not copied), plus the cases that need a
live setting: misbehaving web servers (a local one), an unreadable file, a file rewritten
while it is read, and a dropped folder of 10,000 tiny files. Every case is loaded beside a
good article, as one batch, then the batch is analysed; each runs in a fresh forked
process so its peak memory is its own. ``--full`` adds the slow ones: a real 200 MB text
file and a 1 GB zip bomb. Prints a Markdown table: the input, the outcome (the error the
user sees, or what loaded), seconds and peak memory growth of loading and of analysing
the batch, whether the good article still loaded, and whether the planted secret leaked.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from analysis import ingest
from analysis.pipeline import analyze
from tests.analysis.ingest_fixtures import make, server
from tests.analysis.ingest_fixtures.measure import measure
from tests.analysis.test_ingest_hostile import CASES, GOOD, SECRET, _file

Build = Callable[[Path, Path], str]
NOBODY = 65534
MAX_SECONDS, MAX_MB = 5.0, 500.0


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    name: str
    outcome: str
    load: float
    analyse: float
    load_mb: float
    analyse_mb: float
    good: bool
    leaked: bool


def _tiny_files(folder: Path, secret: Path) -> str:
    root = folder / "dump"
    root.mkdir()
    for i in range(10_000):
        (root / f"{i:05d}.txt").write_text(f"Note {i}: the council met on day {i} and approved item {i * 7}.")
    return str(root)


def _unreadable(folder: Path, secret: Path) -> str:
    path = folder / "locked.txt"
    path.write_text("The council met on Monday, the mayor said.")
    path.chmod(0)
    return str(path)


def _changing(folder: Path, secret: Path) -> str:
    path = folder / "changing.txt"
    path.write_bytes(b"The council met again and the mayor said the plan was sound.\n" * 5_000)
    return str(path)


def extra_cases(base: str, full: bool) -> list[tuple[str, Build]]:
    """Return the cases the ingest suite runs outside its CASES table."""

    def url(route: str) -> Build:
        return lambda folder, secret: f"{base}{route}"

    cases: list[tuple[str, Build]] = [
        ("url that never answers", url("/silent")),
        ("url that redirects forever", url("/loop")),
        ("url that streams without end", url("/endless")),
        ("url that trickles a byte at a time", url("/trickle")),
        ("url redirecting to file:", url("/to-file")),
        ("unreadable file (chmod 000)", _unreadable),
        ("file rewritten while read", _changing),
        ("folder of 10,000 tiny files", _tiny_files),
    ]
    if full:
        cases += [
            ("200 MB text file (real bytes)", _real_text),
            ("docx zip bomb (1 GB)", _file("giga.docx", make.zip_bomb_docx(1024 * 2**20))),
        ]
    return cases


def _real_text(folder: Path, secret: Path) -> str:
    path = folder / "real.txt"
    with path.open("wb") as handle:
        for _ in range(200):
            handle.write(b"The council met on Monday and the mayor said the plan was sound. " * 16384)
    return str(path)


@contextmanager
def rewriting(path: str, active: bool) -> Iterator[None]:
    """Keep rewriting ``path`` in place (same bytes, new times) while the block runs."""
    stop = threading.Event()

    def rewrite() -> None:
        line = b"The council met again and the mayor said the plan was sound.\n"
        fd = os.open(path, os.O_WRONLY)
        try:
            while not stop.is_set():
                os.pwrite(fd, line, len(line) * random.randrange(5_000))
                time.sleep(0.0005)
        finally:
            os.close(fd)

    writer = threading.Thread(target=rewrite, daemon=True)
    if active:
        writer.start()
    try:
        yield
    finally:
        stop.set()
        if active:
            writer.join()


def _child(item: str, drop_privileges: bool, send: multiprocessing.connection.Connection) -> None:
    if drop_privileges:  # root reads anything; an unreadable file needs an ordinary user
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    loaded = measure(lambda: ingest.load([item, str(GOOD)]))
    result = loaded.value
    analysed = measure(lambda: analyze(result.articles, errors=result.errors))
    mine = [a for a in result.articles if a.path != str(GOOD)]
    if result.errors:
        outcome = "; ".join(e.message for e in result.errors)
    else:
        statements = len(
            analysed.value.statements[analysed.value.statements["article_id"].isin({a.id for a in mine})]
        )
        outcome = f"loaded safely: {len(mine)} article{'s' * (len(mine) != 1)}, {statements} statements"
    texts = [a.text + a.title + a.source for a in result.articles] + [e.message for e in result.errors]
    texts += list(analysed.value.statements["text"])
    send.send(
        Row(
            "",
            outcome,
            loaded.wall,
            analysed.wall,
            loaded.peak_mb,
            analysed.peak_mb,
            str(GOOD) in [a.path for a in result.articles],
            any(SECRET in t for t in texts),
        )
    )


def run_case(name: str, build: Build, root: Path) -> Row:
    """Build one case in its own folder and load it in a fresh forked process."""
    folder = Path(tempfile.mkdtemp(dir=root))
    folder.chmod(0o755)
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    item = build(folder, secret)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(item, name.startswith("unreadable") and os.geteuid() == 0, send)
    )
    with rewriting(item, name.startswith("file rewritten")):
        process.start()
        process.join(120)
    if process.is_alive():
        process.kill()
        process.join()
        return Row(name, "did not finish in 120 s", 120.0, 0.0, 0.0, 0.0, False, False)
    if not receive.poll():
        return Row(name, f"crashed (exit status {process.exitcode})", 0.0, 0.0, 0.0, 0.0, False, False)
    row: Row = receive.recv()
    return replace(row, name=name)


def markdown(rows: list[Row]) -> str:
    """Return the rows as the README table."""
    lines = [
        "| input | outcome | load s | load MB | analyse s | analyse MB | good article loaded | leak |",
        "|---|---|---:|---:|---:|---:|:---:|:---:|",
    ]
    for r in rows:
        outcome = r.outcome.replace("|", "\\|").replace("\n", " ")
        outcome = outcome if len(outcome) <= 110 else outcome[:107] + "…"
        slow = " ⚠" if r.load > MAX_SECONDS else ""
        big = " ⚠" if r.load_mb > MAX_MB else ""
        lines.append(
            f"| {r.name} | {outcome} | {r.load:.2f}{slow} | {r.load_mb:.0f}{big} | {r.analyse:.2f} | "
            f"{r.analyse_mb:.0f} | "
            f"{'yes' if r.good else 'NO'} | {'LEAKED' if r.leaked else 'none'} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--full", action="store_true", help="add the 200 MB file and the 1 GB bomb")
    parser.add_argument("--only", default="", help="run only cases whose name contains this")
    args = parser.parse_args()
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        os.environ.pop(name, None)  # the misbehaving servers are local
    rows = []
    with tempfile.TemporaryDirectory() as tmp, server.serving() as base:
        root = Path(tmp)
        root.chmod(0o755)
        cases = [(c.name, c.build) for c in CASES] + extra_cases(base, args.full)
        for name, build in cases:
            if args.only.lower() in name.lower():
                rows.append(run_case(name, build, root))
                print(f"{name}: {rows[-1].load:.2f} s", file=sys.stderr, flush=True)
    print(markdown(rows))
    slow = [r.name for r in rows if r.load > MAX_SECONDS or r.load_mb > MAX_MB]
    limits = f"loading over {MAX_SECONDS:.0f} s or {MAX_MB:.0f} MB"
    print(f"\n{len(rows)} inputs; {limits}: {', '.join(slow) or 'none'}.")


if __name__ == "__main__":
    main()
