"""One person under two speaker ids, counted over every ECB+ and BASIL event.

    .venv/bin/python tests/eval/eval_speaker_identity.py [--data DIR] [--show N]

Each event (an ECB+ topic's articles; a BASIL triple) is analysed as a case with
:func:`analysis.pipeline.analyze`, and its person speakers are grouped by the last word of
their name. A surname under two or more ids is either two people (*Warren* and *Brent
Jeffs*) or one person split (*Stan* and *Stanley Perlo*, *Angels GM Tony Reagins* and
*Tony Reagins*); the script counts both and prints examples, so a change to speaker
identity can be read as a plain before / after count. Lower is better, but not zero:
families and namesakes stay apart. Also counted: persons whose name holds a lower-case
word (a title or a verb read as a name) and organisation names of more than five words
(a phrase run past its end). Texts are read from ../shared/data at run time; prints
"skipped" when absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.ingest import load_text  # noqa: E402
from analysis.model import Article  # noqa: E402
from analysis.name_words import PARTICLES  # noqa: E402
from analysis.pipeline import analyze  # noqa: E402
from tests.eval.count_claims import basil_events as claim_events  # noqa: E402
from tests.eval.count_claims import present  # noqa: E402

_ORG_TYPES = frozenset(["institution", "government", "media"])
_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


def ecb_events(data: Path) -> Iterator[tuple[str, list[Article]]]:
    """Every ECB+ topic as one case."""
    by_topic: dict[str, list[Article]] = defaultdict(list)
    with gzip.open(data / "ecbplus" / "ecbplus_documents.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            by_topic[doc["doc_id"].split("_")[0]].append(load_text(doc["text"], doc["doc_id"] + ".txt"))
    yield from sorted(by_topic.items())


def basil_events(data: Path) -> Iterator[tuple[str, list[Article]]]:
    """Every BASIL event (Fox News, New York Times, HuffPost) as one case, built as
    :func:`count_claims.basil_events` writes it."""
    for event, files in claim_events(data):
        yield event, [load_text(content, name) for name, content in files]


def count(events: Iterator[tuple[str, list[Article]]]) -> tuple[dict[str, int], dict[str, list[str]]]:
    """Analyse each case; return the counts and examples of each kind."""
    counts: dict[str, int] = defaultdict(int)
    examples: dict[str, list[str]] = defaultdict(list)
    for event, articles in events:
        speakers = analyze(articles).speakers
        counts["events"] += 1
        by_surname: dict[str, list[str]] = defaultdict(list)
        for name, kind in zip(speakers["name"], speakers["type"], strict=True):
            words = name.split()
            if kind == "person":
                counts["persons"] += 1
                surname = [w for w in words if w.rstrip(".").lower() not in _SUFFIXES] or words
                by_surname[surname[-1].lower()].append(name)
                if any(w[:1].islower() and w not in PARTICLES for w in words):
                    counts["person names with a lower-case word"] += 1
                    examples["person names with a lower-case word"].append(f"{event}: {name}")
            elif kind in _ORG_TYPES and len(words) > 5:
                counts["organisation names over five words"] += 1
                examples["organisation names over five words"].append(f"{event}: {name}")
        for names in by_surname.values():
            if len(names) > 1:
                counts["surnames under two or more ids"] += 1
                examples["surnames under two or more ids"].append(f"{event}: {' / '.join(names)}")
    return counts, examples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N examples of each count")
    args = parser.parse_args(argv)
    corpora = {"ECB+": (args.data / "ecbplus", ecb_events), "BASIL": (args.data / "basil", basil_events)}
    for label, events in present(corpora):
        counts, examples = count(events(args.data))
        print(f"{label}: {counts['events']} events, {counts['persons']} person speakers")
        for name in (
            "surnames under two or more ids",
            "person names with a lower-case word",
            "organisation names over five words",
        ):
            print(f"  {name:<38} {counts[name]:>5}")
            for line in examples[name][: args.show]:
                print(f"      {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
