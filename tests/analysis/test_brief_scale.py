"""A large case gets a briefing: key statements per topic, counts of the rest, citations that resolve.

Small cases keep the whole record (the other brief tests check that every statement is
there); these check the rule that picks key statements and what a 120-article brief says.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from analysis.brief import BriefOptions, build_brief
from analysis.brief.data import gather
from analysis.brief.select import briefing, key_statements, ranking, timeline_rows
from tests.analysis.test_brief import FIXED, build, flat, links, outline, page_texts
from tests.analysis.test_brief_cases import make_case

BIG = 120


@pytest.fixture(scope="module")
def big_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("big"), "big.pdf", make_case(BIG, outlets=12))


@pytest.fixture(scope="module")
def big_text(big_pdf: Path) -> str:
    return flat(" ".join(page_texts(big_pdf)))


def test_big_case_brief_is_bounded_and_counts_what_it_leaves_out(big_pdf: Path, big_text: str) -> None:
    case = make_case(BIG, outlets=12)
    data = gather(case)
    full = sum(len(t.quotes) for t in data.topics)
    quoted = re.findall(r"Quoted here: (\d+) key statements of ([\d,]+)", big_text)
    assert len(quoted) == len(data.topics)
    assert all(int(n) <= BriefOptions().statements_per_topic for n, _ in quoted)
    assert sum(int(total.replace(",", "")) for _, total in quoted) == full
    more = [int(n) for n in re.findall(r"\+ (\d+) more statements? from S\d+ on this topic", big_text)]
    assert more
    assert min(more) > 0
    assert len(PdfReader(big_pdf).pages) < 60  # the whole record runs to well over 100 pages


def test_big_case_citations_resolve_to_one_line_a_source(big_pdf: Path, big_text: str) -> None:
    entries = outline(big_pdf)
    appendix = next(page for depth, t, page in entries if t == "Appendix: sources")
    contents = next(page for depth, t, page in entries if t == "Contents")
    findings = range(
        next(p for d, t, p in entries if t == "Key findings"),
        next(p for d, t, p in entries if t == "Coverage"),
    )
    cites = [x for x in links(big_pdf) if 0 < x[0] < appendix and x[0] != contents and x[1] not in findings]
    assert len(cites) > 100
    assert all(target >= appendix for _, target, _ in cites)
    tail = flat(" ".join(page_texts(big_pdf)[appendix:]))
    # Every source keeps its line; each cited paragraph is one destination, every one used.
    assert all(f"S{n} " in tail for n in range(1, BIG + 1))
    head = flat(" ".join(page_texts(big_pdf)[findings.start : appendix]))  # past the notes' example
    cited = {(int(s), int(p)) for s, p in re.findall(r"\[S(\d+) ¶(\d+)\]", head)}
    anchored = {
        (int(source), int(p))
        for source, line in re.findall(r"\bS(\d+) (.*?)(?=\bS\d+ |$)", tail)
        for p in re.findall(r"¶(\d+) \[", line)
    }
    assert cited == anchored  # each cited paragraph has its destination on its source's line
    # Anchors sit on their source's line (one line, or two when it wraps).
    assert len({s for s, _ in cited}) <= len({(t, round(y)) for _, t, y in cites}) <= len(cited)


def test_all_statements_option_prints_the_whole_record(tmp_path: Path) -> None:
    case = make_case(40, outlets=4)
    options = BriefOptions(created=FIXED).everything()
    text = flat(" ".join(page_texts(build_brief(case, tmp_path / "all.pdf", options))))
    assert "Quoted here" not in text
    assert "more statements from" not in text
    assert len(re.findall(r"\[S\d+ ¶\d+\]", text)) >= len(case.statements)


def test_small_cases_are_not_abridged() -> None:
    data = gather(make_case(30, outlets=12))
    assert briefing(data, BriefOptions()) is data
    assert briefing(data, BriefOptions(complete_up_to=10)) is not data


def test_key_statements_follow_the_rule() -> None:
    case = make_case(BIG, outlets=12)
    # Unique wordings, so the rounds alone decide (verbatim repeats are tested apart).
    case = replace(
        case, statements=case.statements.assign(text=case.statements["text"] + " #" + case.statements["id"])
    )
    data = gather(case)
    topic = max(data.topics, key=lambda t: len(t.quotes))
    featured = {topic.quotes[-1].id}
    contested = {q.id for f in data.conflicts for q in (f.a, f.b)}
    rank = ranking(topic, featured, contested, data.echoes)
    chosen = key_statements(topic.quotes, rank, featured, per_source=2, per_topic=15)
    assert len(chosen) == 15
    assert topic.quotes[-1] in chosen  # a key finding's side is always quoted
    per_source = pd.Series([q.source.number for q in chosen]).value_counts()
    assert per_source.max() <= 2
    # One per source per round: with this many sources only the finding's source has two lines.
    assert list(per_source[per_source > 1].index) in ([], [topic.quotes[-1].source.number])
    assert list(chosen) == sorted(chosen, key=lambda q: (q.source.number, q.start))
    # Round one takes the best-ranked source-bests: no source left out had a better one.
    chosen_sources = {q.source.number for q in chosen}
    bests = [min(rank(q) for q in topic.quotes if q.source.number == n) for n in chosen_sources]
    unchosen = [rank(q) for q in topic.quotes if q.source.number not in chosen_sources]
    assert not unchosen or max(bests) <= min(unchosen)


def test_verbatim_repeats_are_quoted_once() -> None:
    case = make_case(BIG, outlets=12)
    statements = case.statements.copy()
    statements.loc[statements["topic_id"] == 0, "text"] = "The same wire line, printed everywhere."
    data = gather(replace(case, statements=statements))
    topic = next(t for t in data.topics if t.id == 0)
    chosen = key_statements(topic.quotes, ranking(topic, set(), set(), data.echoes), set(), 6, 20)
    assert len(chosen) == 1


def test_timeline_lists_quoted_events_first_within_caps() -> None:
    data = gather(make_case(BIG, outlets=12))
    quoted = {data.events[-1].quote.id} if data.events[-1].quote else set()
    rows = timeline_rows(data.events, quoted, per_source=1, most=10)
    assert rows is not None
    assert len(rows) == 10
    assert len({e.source.number for e in rows}) == 10
    assert not quoted or data.events[-1] in rows
    assert timeline_rows(data.events, set(), 0, 0) is None


def test_reviewed_claims_are_listed_beyond_the_cap(tmp_path: Path) -> None:
    case = make_case()
    ids = list(case.statements["id"])
    weak = [(ids[i], ids[-1 - i], "numbers", 0.3 - i / 100, f"Weak pair {i}.", "open", "") for i in range(20)]
    weak[-1] = (*weak[-1][:5], "open", "Checked: the planted weakest pair.")
    extra = pd.DataFrame(weak, columns=case.claims.columns)
    pdf = build(
        tmp_path,
        "notes.pdf",
        replace(case, claims=pd.concat([case.claims, extra])),
        max_findings=2,
        max_listed=3,
    )
    text = flat(" ".join(page_texts(pdf)))
    assert "Checked: the planted weakest pair." in text
    assert "Weak pair 19." in text
    assert "Weak pair 10." not in text
