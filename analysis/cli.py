"""Headless sub-commands: ``inspect``, ``analyze`` and ``brief``. Never imports Qt.

Exit status: 0 when at least one article loaded, 1 when none did, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis import export, ingest
from analysis.case import Case, CaseError, read_case
from analysis.model import Edits
from analysis.pipeline import Analysis, analyze

COMMANDS = ("inspect", "analyze", "brief")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parallax", description="Comparative source analysis, headless.")
    sub = parser.add_subparsers(dest="command", required=True)
    inspect = sub.add_parser("inspect", help="load articles and show what was read")
    inspect.add_argument("--json", action="store_true", help="print one JSON object")
    analyze_cmd = sub.add_parser("analyze", help="run the whole analysis")
    analyze_cmd.add_argument(
        "--json", metavar="OUT", help="write the analysis as JSON to OUT ('-' for stdout)"
    )
    analyze_cmd.add_argument("--csv", metavar="DIR", help="write statements.csv and claims.csv into DIR")
    analyze_cmd.add_argument("--topics", type=int, metavar="K", help="number of topics (default: chosen)")
    brief = sub.add_parser("brief", help="write a PDF briefing")
    brief.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    brief.add_argument("--title", default="")
    brief.add_argument("--analyst", default="")
    brief.add_argument("--paper", choices=("a4", "letter"), default="a4")
    brief.add_argument("--summary", default="", help="one line on the event, under the title")
    brief.add_argument("--note", default="", help="the analyst's note for the cover")
    brief.add_argument("--no-appendix", action="store_true", help="leave out the sources appendix")
    brief.add_argument(
        "--all-statements",
        action="store_true",
        help="quote every statement of every topic even in a large case (default: its key statements)",
    )
    brief.add_argument("--topics", type=int, metavar="K", help="number of topics (default: chosen)")
    for command in (analyze_cmd, brief):
        command.add_argument("--case", metavar="CASE.json", help="title, summary and sides per outlet")
    for command in (inspect, analyze_cmd, brief):
        command.add_argument("--encoding", help="decode every file with this encoding")
        command.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or http(s) URL")
    return parser


def _report_errors(result: ingest.LoadResult) -> None:
    for error in result.errors:
        print(f"error: {error.path}: {error.message}", file=sys.stderr)
    for notice in result.notices:
        print(f"note: {notice}", file=sys.stderr)


def _summary(analysis: Analysis) -> str:
    lines = [f"{len(analysis.articles)} articles, {len(analysis.statements)} statements"]
    for article in analysis.articles:
        count = int((analysis.statements["article_id"] == article.id).sum())
        lines.append(f"  {article.source or '?'}: {article.title or article.path} ({count} statements)")
    lines.append(f"{len(analysis.topics)} topics")
    for topic in analysis.topics.to_dict("records"):
        lines.append(f"  [{topic['id']}] {topic['label']} ({len(topic['statement_ids'])} statements)")
    lines.append(f"{len(analysis.claims)} competing claims, {len(analysis.agreements)} corroborations")
    text = analysis.statements.set_index("id")["text"]
    for row in analysis.claims.head(10).itertuples():
        lines.append(f"  {row.kind} ({row.score:.2f}): {row.explanation}")
        lines.append(f"    A: {text.get(row.a, '')[:100]}")
        lines.append(f"    B: {text.get(row.b, '')[:100]}")
    return "\n".join(lines)


def _inspect_text(result: ingest.LoadResult) -> str:
    lines = []
    for a in result.articles:
        lines.append(f"{a.path}\n  {a.format} · {a.encoding or '-'} · {a.language or '?'}")
        lines.append(f"  title:  {a.title}\n  source: {a.source}\n  author: {a.author}\n  date:   {a.date}")
        lines.append(
            f"  {len(a.text)} characters, {len(a.paragraphs)} paragraphs, {len(a.noise)} noise spans"
        )
    return "\n".join(lines)


def _output_clash(args: argparse.Namespace) -> str:
    """Name an output that would overwrite an article, or return ``""``.

    ``analyze --json a.html b.html`` reads as "write the JSON to a.html": an output that is
    one of the inputs, or an existing file of another kind than the output's, is refused
    rather than the analyst's article destroyed.
    """
    inputs = {Path(p).resolve() for p in args.paths if "://" not in p}
    wanted = [(getattr(args, "json", None), ".json"), (getattr(args, "output", None), ".pdf")]
    for out, suffix in wanted:
        if not isinstance(out, str) or out in ("", "-"):  # inspect's --json is a switch, not a file
            continue
        path = Path(out)
        if path.resolve() in inputs:
            return f"the output {out} is also one of the inputs; choose another name."
        if path.is_file() and path.suffix.lower() != suffix:
            return (
                f"{out} exists and is not a {suffix[1:].upper()} file; it would be overwritten "
                f"(did an article take the place of the output name?). Choose a name ending in {suffix}."
            )
    return ""


def run(argv: Sequence[str]) -> int:
    """Run one sub-command; return the process exit status."""
    args = _parser().parse_args(list(argv))
    clash = _output_clash(args)
    if clash:
        print(f"error: {clash}", file=sys.stderr)
        return 2
    result = ingest.load(args.paths, encoding=args.encoding)
    _report_errors(result)
    if args.command == "inspect":
        if args.json:
            export.write_json(export.inspect_json(result.articles, result.errors), None)
        else:
            print(_inspect_text(result))
        return 0 if result.articles else 1
    if not result.articles:
        return 1
    try:
        case = read_case(Path(args.case)) if args.case else Case()
    except CaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    edits = case.edits(result.articles, Edits(n_topics=args.topics))
    analysis = analyze(result.articles, edits, errors=result.errors)
    if args.command == "analyze":
        if args.json:
            export.write_json(export.analysis_json(analysis), None if args.json == "-" else Path(args.json))
        if args.csv:
            export.write_csv(analysis, Path(args.csv))
        if not args.json or args.json != "-":
            print(_summary(analysis))
        return 0
    from analysis.brief import BriefOptions, build_brief

    options = BriefOptions(
        title=args.title or case.title,
        analyst=args.analyst,
        note=args.note,
        summary=args.summary or case.summary,
        paper=args.paper,
        appendix=not args.no_appendix,
    )
    build_brief(analysis, Path(args.output), options.everything() if args.all_statements else options)
    print(f"wrote {args.output}")
    return 0
