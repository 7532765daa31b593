"""A big case from drop to exports: time and peak memory of each step (issue 8, scale).

    .venv/bin/python tests/bench/bench_scale.py [--articles 2000] [--seed 0]

Writes a synthetic news corpus (our own template prose, see ``tests/scale/corpus.py``)
into a temporary folder, then: loads the folder, analyses, saves the project with an
analyst's edits, opens it, re-analyses it as a reopened project does, re-analyses after
one more edit, writes the PDF brief, the CSV files and the JSON. Prints a Markdown table
of wall and CPU seconds, how much the resident memory grew during the step at its peak,
and the peak resident memory of the whole process, then what the case held.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.scale.scenario import Run, run_scenario


def table(run: Run) -> str:
    """Return the steps as a Markdown table."""
    lines = [
        "| step | wall s | CPU s | memory growth MB | peak resident MB |",
        "|---|---:|---:|---:|---:|",
    ]
    for s in run.steps:
        lines.append(f"| {s.name} | {s.wall:.1f} | {s.cpu:.1f} | {s.grew_mb:.0f} | {s.rss_mb:.0f} |")
    return "\n".join(lines)


def summary(run: Run) -> str:
    """Return one paragraph on what the case held and what the exports weigh."""
    f = run.facts
    return (
        f"{f['articles']} articles ({f['characters'] / 1e6:.1f} M characters, "
        f"{len(f['errors'])} load errors): "
        f"{f['statements']} statements, {f['speakers']} speakers, {f['topics']} topics, {f['claims']} "
        f"competing claims, {f['agreements']} corroborations. Project file {f['project_mb']:.1f} MB, "
        f"brief {f['pdf_mb']:.1f} MB ({f['pdf_pages']} pages), JSON {f['json_mb']:.1f} MB."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run = run_scenario(Path(folder), args.articles, seed=args.seed)
        print(table(run))
        print()
        print(summary(run))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    total = sum(s.wall for s in run.steps)
    print(f"All steps {total:.0f} s; peak resident memory of the process {peak:.0f} MB.")


if __name__ == "__main__":
    main()
