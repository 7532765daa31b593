"""Speaker phrases that cannot speak, counted over every attributed BASIL statement.

    .venv/bin/python tests/eval/eval_speaker_phrases.py [--data DIR] [--show N]

Speaker accuracy on gold quotes (``eval_attribution.py``) never sees the statements that
have no gold quote; an analyst reads those too. This script attributes all 180 BASIL
articles and counts speakers that no reader would accept as one, by shape:

- **possessive**: ``President Obama's`` (a role noun resolved to a possessive mention, or
  a cue read after a noun's owner: ``Trump's proposed ban``);
- **clause opener**: ``who``, ``When Gov. X``, ``with lawmakers`` (a relative pronoun,
  a subordinator or a preposition where a subject belongs);
- **verb or time**: ``called on Brewer``, ``including numerous politicians``, ``this month``.

Lower is better; a plain count, not a rate against gold. Texts are read from
../shared/data at run time; prints "skipped" when absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.statements import extract_statements  # noqa: E402
from tests.eval.attr_eval_basil import build_article  # noqa: E402

_POSSESSIVE = re.compile(r"[’']s$")
_OPENER = re.compile(
    r"^(?:with|in|on|at|for|from|by|after|before|during|when|while|if|as|because|since|although|though|"
    r"to|of|and|but|so|then|also|that|which|what|who)\b(?!-)",  # "then-FBI Director …" is a title
    re.IGNORECASE,
)
_VERB_OR_TIME = re.compile(
    r"^(?!acting\b)(?:[a-z]\w*ed|[a-z]\w*ing|[A-Z]\w{2,}ing [a-z]|went|won|found|upset|opposes|put|about|"
    r"this (?:month|week|weekend|year)|times?)\b"
)


def shape(speaker: str) -> str:
    """Return the shape that makes a speaker phrase implausible, or ``""``."""
    if _OPENER.match(speaker):
        return "clause opener"
    if _POSSESSIVE.search(speaker):
        return "possessive"
    if _VERB_OR_TIME.match(speaker):
        return "verb or time"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print N examples of each shape")
    args = parser.parse_args(argv)
    folder = args.data / "basil" / "articles"
    if not folder.is_dir():
        print(f"skipped: {folder} is absent")
        return 0
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    attributed = 0
    for path in sorted(folder.glob("*/*.json")):
        for statement in extract_statements(build_article(path)):
            if not statement.speaker:
                continue
            attributed += 1
            found = shape(statement.speaker)
            if found:
                counts[found] += 1
                examples.setdefault(found, []).append(
                    f"{statement.speaker!r} {statement.cue}: {statement.text[:90]}"
                )
    print(f"BASIL: {attributed} attributed statements; implausible speaker phrases by shape")
    for name in ("possessive", "clause opener", "verb or time"):
        print(f"  {name:<14} {counts[name]:>5}")
        for line in examples.get(name, [])[: args.show]:
            print(f"      {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
