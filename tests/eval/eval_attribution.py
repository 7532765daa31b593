"""Quality of statements and attribution on PolNeAR (dev) and BASIL, printed as tables.

PolNeAR: every gold attribution relation is a unit spanning its Source, Cue and Content;
a statement we attribute (one with a speaker) matches it exactly when both cover the same
words, and by overlap when they share at least half of each one's words (one-to-one,
greedy by overlap). Speaker accuracy counts a matched pair as right when the mention we
found next to the cue (before pronoun resolution) overlaps the gold Source. Recall is
also broken down by gold cue. The ``relations`` rows match the relation instead of the
statement: from the first to the last of our speaker mention, cue and content span (a
statement is a sentence; a gold relation is often a clause of one). A naive baseline
(any sentence with say/tell/according to, nearest capitalised word or pronoun as speaker)
is printed for comparison.

BASIL: gold quotes (``quote == "yes"``) are located in the article text rebuilt from its
sentences; recall is the share of gold quotes whose words lie at least half in one
attributed statement; speaker accuracy checks that our resolved speaker (name, aliases
and mention) holds the surname of the gold speaker where the gold names a person
(``Donald_Trump``); group labels (``House_Democrats``) and the ``other_*`` classes name
no one person and are only counted as attributed or not.

Run: ``.venv/bin/python tests/eval/eval_attribution.py [--data DIR]``. Prints "skipped"
and exits 0 when the data is absent. The texts are read at run time only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.eval.attr_eval_basil import evaluate_basil  # noqa: E402
from tests.eval.attr_eval_polnear import evaluate_polnear  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N", help="print N missed/false units")
    args = parser.parse_args(argv)
    polnear, basil = args.data / "polnear", args.data / "basil"
    if not polnear.is_dir() and not basil.is_dir():
        print(f"skipped: no evaluation data in {args.data}")
        return 0
    started = time.perf_counter()
    if polnear.is_dir():
        evaluate_polnear(polnear, args.show_errors)
    else:
        print(f"skipped: {polnear} is absent")
    if basil.is_dir():
        evaluate_basil(basil, args.show_errors)
    else:
        print(f"skipped: {basil} is absent")
    print(f"\n(evaluation took {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
