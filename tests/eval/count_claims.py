"""Competing claims listed for every BASIL and ECB+ event, counted by kind.

    .venv/bin/python tests/eval/count_claims.py [--data DIR] [--show N]

There is no gold for which claims of a news event are real, so this script does not
score; it lists. Each event (a BASIL triple of Fox News, New York Times and HuffPost; an
ECB+ topic's articles, each outlet named by its web address) is written to a temporary
folder as the files an analyst would drop (Markdown with title and outlet), loaded with
:func:`analysis.ingest.load` and analysed as one case with :func:`analysis.pipeline.analyze`.
The counts per kind move when a detector changes; ``--show N`` prints N claims of each
kind per corpus to read by eye, which is how the README's "readings" judged them. Texts are
read from ../shared/data at run time and never stored; prints "skipped" when absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.ingest import load  # noqa: E402
from analysis.pipeline import analyze  # noqa: E402
from tests.bench.bench_analysis import basil_file, write_files  # noqa: E402

File = tuple[str, str]  # (file name, content)
T = TypeVar("T")


def basil_events(data: Path) -> Iterator[tuple[str, list[File]]]:
    """Every BASIL event as Markdown files with their outlet and date."""
    events: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((data / "basil" / "articles").glob("*/*.json")):
        events[path.stem.rsplit("_", 1)[0]].append(path)
    for event, members in sorted(events.items()):
        yield event, [basil_file(path) for path in sorted(members)]


def ecb_events(data: Path) -> Iterator[tuple[str, list[File]]]:
    """Every ECB+ topic as Markdown files, each outlet named by its web address."""
    by_topic: dict[str, list[File]] = defaultdict(list)
    with gzip.open(data / "ecbplus" / "ecbplus_documents.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            source = urlparse(doc.get("url") or "").netloc.replace("www.", "") or doc["doc_id"]
            body = "\n".join(row for row in doc["text"].split("\n") if not row.startswith("http"))
            front = f"---\ntitle: {json.dumps(body.split(chr(10), 1)[0][:120])}\nsource: {source}\n---\n\n"
            by_topic[str(doc["topic"])].append((f"{doc['doc_id']}.md", front + body + "\n"))
    yield from sorted(by_topic.items(), key=lambda item: int(item[0]))


def count(events: Iterator[tuple[str, list[File]]], show: int) -> tuple[Counter[str], list[str]]:
    """Analyse each event; return the claims per kind and up to ``show`` lines of each kind."""
    kinds: Counter[str] = Counter()
    shown: dict[str, list[str]] = defaultdict(list)
    for event, files in events:
        with tempfile.TemporaryDirectory() as folder:
            result = analyze(load(write_files(files, Path(folder))).articles)
        kinds["events"] += 1
        for kind, score, explanation in zip(
            result.claims["kind"], result.claims["score"], result.claims["explanation"], strict=True
        ):
            kinds[kind] += 1
            if len(shown[kind]) < show:
                shown[kind].append(f"  {event} | {kind} | {score:.2f} | {explanation[:200]}")
    return kinds, [line for lines in shown.values() for line in lines]


def present(corpora: dict[str, tuple[Path, T]]) -> Iterator[tuple[str, T]]:
    """The corpora whose folder is there, by label; a "skipped" line for each absent one."""
    for label, (folder, events) in corpora.items():
        if folder.is_dir():
            yield label, events
        else:
            print(f"{label}: skipped, {folder} is absent")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N claims of each kind")
    args = parser.parse_args(argv)
    corpora = {"BASIL": (args.data / "basil", basil_events), "ECB+": (args.data / "ecbplus", ecb_events)}
    for label, events in present(corpora):
        kinds, lines = count(events(args.data), args.show)
        total = sum(n for kind, n in kinds.items() if kind != "events")
        print(f"{label}: {kinds['events']} events, {total} competing claims")
        for kind, n in sorted(kinds.items()):
            if kind != "events":
                print(f"  {kind:10} {n:6d}")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
