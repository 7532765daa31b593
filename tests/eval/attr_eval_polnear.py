"""PolNeAR part of the attribution evaluation (see ``eval_attribution.py``)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from analysis import segment
from analysis.cues import lookup
from analysis.model import Article
from analysis.statements import attribute_units
from tests.eval.attr_eval_common import Span, article_of, coverage, match, overlaps, prf, row

_SAYS = re.compile(r"\b(?:said|says|say|saying|told|tells|according to)\b", re.IGNORECASE)
_CUE_WORD = re.compile(r"[\w’']+")
_PUNCTUATION_CUES = frozenset([":", "―", "—", "–", "--", "-", '"', "“", "”"])
_NEAREST = re.compile(r"(?:\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*|\b(?:he|she|they|it)\b)")


@dataclass
class Relation:
    """One gold attribution: its unit span, source spans and cue text."""

    unit: Span
    sources: list[Span]
    cue: str


def _spans(field: str) -> list[Span]:
    """Parse ``"12 20"`` or a discontinuous ``"12 20;25 30"``."""
    out = []
    for part in field.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return out


def read_relations(ann: Path) -> list[Relation]:
    """Read the events of one brat ``.ann`` file."""
    spans: dict[str, list[Span]] = {}
    texts: dict[str, str] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _spans(offsets)
            texts[parts[0]] = parts[2] if len(parts) > 2 else ""
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()[1:] if ":" in arg))
    out = []
    for event in events:
        if "Content" not in event:
            continue
        members = [s for role in ("Source", "Cue", "Content") if role in event for s in spans[event[role]]]
        unit = (min(s for s, _ in members), max(e for _, e in members))
        sources = spans.get(event.get("Source", ""), [])
        out.append(Relation(unit, sources, texts.get(event.get("Cue", ""), "").lower()))
    return out


def one_annotation_per_text(folder: Path) -> list[tuple[Path, Path]]:
    """Pair each text with its first annotation file (several annotators for a few texts)."""
    texts = {p.stem: p for p in (folder / "text").glob("*.txt")}
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in texts:
            chosen.setdefault(stem, ann)
    return [(texts[s], chosen[s]) for s in sorted(chosen)]


def _baseline(article_text: str, units: list[Span]) -> list[tuple[Span, Span]]:
    """Naive attribution: a sentence with a speech verb, nearest name or pronoun as speaker."""
    out = []
    for start, end in units:
        m = _SAYS.search(article_text, start, end)
        if m is None:
            continue
        before = list(_NEAREST.finditer(article_text, start, m.start()))
        after = _NEAREST.search(article_text, m.end(), end)
        speaker = before[-1] if before else after
        if speaker is not None:
            out.append(((start, end), (speaker.start(), speaker.end())))
    return out


def predictions(article: Article, relations: bool = False) -> list[tuple[Span, Span]]:
    """Our attributed units as (unit, speaker mention) pairs.

    A quote that continues an attributed quote (in its paragraph or the next ones, or a
    paragraph introduced by ``X added:``) carries the same attribution (same cue); such a
    run is one reported relation, as in the gold, so it is merged into one unit. With
    ``relations``, the unit is the relation's extent instead of the statement: from the
    first to the last of speaker mention, cue and content (``Statement.content_span``).
    """
    out: list[tuple[Span, Span]] = []
    for item in attribute_units(article):
        speaker = item.local_speaker or item.speaker
        if speaker is None:
            continue
        span = (item.unit.start, item.unit.end)
        if relations:
            parts = [p for p in (speaker, item.cue, item.content) if p is not None]
            span = (min(p[0] for p in parts), max(p[1] for p in parts))
        if item.pattern == "follow-on" and out:
            (start, _), first_speaker = out[-1]
            out[-1] = ((start, span[1]), first_speaker)
        else:
            out.append((span, speaker))
    return out


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    exact: int = 0
    with_source: int = 0
    speaker_right: int = 0
    gold_covered: int = 0
    pred_inside: int = 0

    def add(self, text: str, gold: list[Relation], pred: list[tuple[Span, Span]], cues: Counter[str]) -> None:
        found, exact = match(text, [g.unit for g in gold], [p[0] for p in pred])
        covered, inside = coverage(text, [g.unit for g in gold], [p[0] for p in pred])
        self.gold_covered += covered
        self.pred_inside += inside
        self.gold += len(gold)
        self.pred += len(pred)
        self.matched += len(found)
        self.exact += exact
        for gi, pi in found.items():
            cues[gold[gi].cue] += 1
            if gold[gi].sources:
                self.with_source += 1
                self.speaker_right += any(overlaps(pred[pi][1], s) for s in gold[gi].sources)

    def lines(self, name: str) -> list[str]:
        p, r, f = prf(self.matched, self.pred, self.gold)
        ep, er, ef = prf(self.exact, self.pred, self.gold)
        acc = self.speaker_right / self.with_source if self.with_source else 0.0
        cp = self.pred_inside / self.pred if self.pred else 0.0
        cr = self.gold_covered / self.gold if self.gold else 0.0
        cf = 2 * cp * cr / (cp + cr) if cp + cr else 0.0
        return [
            row(f"{name}: overlap>=50% both ways", [self.gold, self.pred, p, r, f, acc]),
            row(f"{name}: exact", [self.gold, self.pred, ep, er, ef, ""]),
            row(f"{name}: statement covers >=50%", [self.gold, self.pred, cp, cr, cf, ""]),
        ]


def evaluate_polnear(folder: Path, show_errors: int = 0) -> None:
    """Print statement P/R/F1, speaker accuracy and recall by cue on PolNeAR dev."""
    dev = folder / "dev" if (folder / "dev").is_dir() else folder
    ours, base, rel = Tally(), Tally(), Tally()
    cue_total: Counter[str] = Counter()
    cue_found: Counter[str] = Counter()
    shown = 0
    for text_path, ann in one_annotation_per_text(dev):
        text = text_path.read_text(encoding="utf-8")
        article = article_of(text, str(text_path))
        gold = read_relations(ann)
        cue_total.update(g.cue for g in gold)
        pred = predictions(article)
        ours.add(text, gold, pred, cue_found)
        rel.add(text, gold, predictions(article, relations=True), Counter())
        units = [s for b in segment.blocks(article) for s in segment.sentences(text, b)]
        base.add(text, gold, _baseline(text, units), Counter())
        if shown < show_errors:
            shown += _show_misses(text, gold, pred, show_errors - shown)
    print("\nPolNeAR dev: statements with a speaker vs gold attribution relations")
    print("(baseline: any sentence with say/tell/according to, nearest capitalised word or pronoun speaks)")
    print(row("", ["gold", "ours", "P", "R", "F1", "spk acc"]))
    for line in ours.lines("Parallax") + rel.lines("relations") + base.lines("baseline"):
        print(line)
    print("\nrecall by gold cue (20 most frequent)")
    print(row("cue", ["gold", "found", "recall"]))
    for cue, n in cue_total.most_common(20):
        print(row(repr(cue), [n, cue_found[cue], cue_found[cue] / n]))
    _print_by_head(cue_total, cue_found)


def cue_head(cue: str) -> str:
    """The reporting verb a gold cue is built on (``has said`` -> ``say``), or ``""`` when
    none of its words is in our lexicon (``vied for``, ``pooh-poohed``)."""
    if "according to" in cue:
        return "according to"
    if cue.strip() in _PUNCTUATION_CUES:
        return "(punctuation)"
    for word in _CUE_WORD.findall(cue):
        entry = lookup(word)
        if entry is not None:
            return entry.lemma
    return ""


def _print_by_head(cue_total: Counter[str], cue_found: Counter[str]) -> None:
    """Recall by the cue's verb head, and for cues whose words our lexicon does not hold."""
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    for cue, n in cue_total.items():
        head = cue_head(cue) or "(no reporting verb of ours)"
        total[head] += n
        found[head] += cue_found[cue]
    print("\nrecall by cue verb head (15 most frequent; the last row: cues outside our lexicon)")
    print(row("head", ["gold", "found", "recall"]))
    outside = "(no reporting verb of ours)"
    heads = [h for h in total.most_common() if h[0] != outside][:15]
    for head, n in [*heads, (outside, total[outside])]:
        print(row(head, [n, found[head], found[head] / n if n else 0.0]))


def _show_misses(text: str, gold: list[Relation], pred: list[tuple[Span, Span]], limit: int) -> int:
    found, _ = match(text, [g.unit for g in gold], [p[0] for p in pred])
    shown = 0
    used = set(found.values())
    for gi, g in enumerate(gold):
        if gi not in found and shown < limit:
            print(f"MISS [{g.cue}] {text[g.unit[0] : g.unit[1]][:160]!r}")
            shown += 1
    for pi, p in enumerate(pred):
        if pi not in used and shown < limit:
            print(f"FALSE [{text[p[1][0] : p[1][1]]}] {text[p[0][0] : p[0][1]][:160]!r}")
            shown += 1
    return shown
