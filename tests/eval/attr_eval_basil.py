"""BASIL part of the attribution evaluation (see ``eval_attribution.py``)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from analysis.attr_lexicon import words
from analysis.model import Article, Format, Statement, content_id
from analysis.name_fold import fold
from analysis.speakers import SpeakerResolver
from analysis.statements import extract_statements
from tests.eval.attr_eval_common import Span, row
from tests.eval.attr_eval_common import words as word_offsets


@dataclass
class Gold:
    span: Span
    speaker: str


def build_article(path: Path) -> Article:
    """Rebuild an article from its sentences: joined by a space, paragraphs by a blank line."""
    data = json.loads(path.read_text(encoding="utf-8"))
    paragraphs = [" ".join(s.strip() for s in p if s.strip()) for p in data.get("body-paragraphs", [])]
    text = ""
    spans = []
    for p in paragraphs:
        if not p:
            continue
        if text:
            text += "\n\n"
        spans.append((len(text), len(text) + len(p)))
        text += p
    return Article(content_id(text), str(path), Format.TEXT, text, paragraphs=tuple(spans))


def gold_quotes(path: Path, text: str) -> tuple[list[Gold], int]:
    """Return the gold quotes found in ``text`` and how many could not be located."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out, lost = [], 0
    for ann in data.get("phrase-level-annotations", []):
        if ann.get("quote") != "yes":
            continue
        at = text.find(ann["txt"].strip())
        if at < 0:
            lost += 1
            continue
        out.append(Gold((at, at + len(ann["txt"].strip())), ann.get("speaker", "")))
    return out, lost


_GROUP_WORDS = words(
    "lawmakers officials campaign democrats republicans catholics plaintiffs house senate and"
)


def is_person(speaker: str) -> bool:
    """Whether a gold speaker label names one person (``Vicente_Fox``), not a group."""
    parts = [p for p in speaker.split("_") if p]
    return len(parts) >= 2 and not {p.lower() for p in parts} & _GROUP_WORDS


def _surname(speaker: str) -> str:
    """The word our speaker must contain: the gold person's surname, folded."""
    return fold(speaker.split("_")[-1])


def _speaker_words(statement: Statement, names: dict[str, str]) -> str:
    return fold(" ".join([statement.speaker, statement.speaker_id, names.get(statement.speaker_id, "")]))


@dataclass
class BasilTally:
    gold: int = 0
    lost: int = 0
    covered: int = 0
    named: int = 0
    named_found: int = 0
    named_right: int = 0
    groups: int = 0
    groups_attributed: int = 0
    other: int = 0
    other_attributed: int = 0


def _best(text: str, gold: Gold, statements: list[Statement]) -> Statement | None:
    gw = word_offsets(text, gold.span)
    best, share = None, 0.0
    for s in statements:
        if s.end <= gold.span[0] or s.start >= gold.span[1]:
            continue
        covered = len(gw & word_offsets(text, (s.start, s.end))) / max(len(gw), 1)
        if covered > share:
            best, share = s, covered
    return best if share >= 0.5 else None


def evaluate_basil(folder: Path, show_errors: int = 0) -> None:
    """Print quote recall and speaker accuracy on BASIL, one triplet (event) at a time."""
    triplets: dict[str, list[tuple[Path, Path]]] = defaultdict(list)
    for article_path in sorted((folder / "articles").glob("*/*.json")):
        ann = folder / "annotations" / article_path.parent.name / (article_path.stem + "_ann.json")
        if ann.exists():
            uuid = json.loads(article_path.read_text(encoding="utf-8")).get("triplet-uuid", article_path.stem)
            triplets[uuid].append((article_path, ann))
    tally = BasilTally()
    shown = 0
    for members in triplets.values():
        articles = [build_article(a) for a, _ in members]
        found = [s for article in articles for s in extract_statements(article)]
        resolver = SpeakerResolver().fit(found, articles)
        names = {sp.id: " ".join([sp.name, *sp.aliases]) for sp in resolver.speakers_}
        for article, (_, ann) in zip(articles, members, strict=True):
            own = [s for s in resolver.statements_ if s.article_id == article.id and s.speaker]
            golds, lost = gold_quotes(ann, article.text)
            tally.gold += len(golds)
            tally.lost += lost
            for gold in golds:
                hit = _best(article.text, gold, own)
                tally.covered += hit is not None
                if gold.speaker.startswith("other"):
                    tally.other += 1
                    tally.other_attributed += hit is not None
                    continue
                if not is_person(gold.speaker):
                    tally.groups += 1
                    tally.groups_attributed += hit is not None
                    continue
                tally.named += 1
                tally.named_found += hit is not None
                said = _speaker_words(hit, names) if hit is not None else ""
                right = hit is not None and _surname(gold.speaker) in said
                tally.named_right += right
                if not right and shown < show_errors:
                    shown += 1
                    who = hit.speaker if hit is not None else "-"
                    print(
                        f"BASIL [{gold.speaker} / {who}] {article.text[gold.span[0] : gold.span[1]][:120]!r}"
                    )
    _print(tally)


def _print(t: BasilTally) -> None:
    print("\nBASIL: gold quotes (quote == yes) located in the rebuilt article text")
    print(row("", ["gold", "found", "share"], 40))
    print(row("quotes in an attributed statement", [t.gold, t.covered, t.covered / max(t.gold, 1)], 40))
    print(
        row(
            "  gold person: statement found",
            [t.named, t.named_found, t.named_found / max(t.named, 1)],
            40,
        )
    )
    accuracy = t.named_right / max(t.named_found, 1)
    print(row("  gold person: right speaker", [t.named_found, t.named_right, accuracy], 40))
    share = t.groups_attributed / max(t.groups, 1)
    print(row("  group gold speaker: attributed", [t.groups, t.groups_attributed, share], 40))
    share = t.other_attributed / max(t.other, 1)
    print(row("  other_* gold speaker: attributed", [t.other, t.other_attributed, share], 40))
    print(f"(speaker accuracy on matched quotes of a named person {accuracy:.3f}; groups such as")
    print(" House_Democrats are not scored for identity: we name the member who speaks;")
    print(f" {t.lost} gold quotes not located)")
