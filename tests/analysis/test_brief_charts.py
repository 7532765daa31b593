"""The coverage chart is cut into even pieces that fit the page."""

from __future__ import annotations

from analysis.brief.charts import LABEL_WIDTH, MIN_COLUMN, coverage_charts
from analysis.brief.records import Quote, Source, TopicView
from analysis.model import Article, Format

FRAME = 481.0  # an A4 page's text width in points


def case(n_topics: int, n_sources: int = 3) -> tuple[list[Source], list[TopicView]]:
    sources = [
        Source(i + 1, Article(f"a{i}", f"a{i}.txt", Format.TEXT, "x", source=f"Outlet {i}"), 1)
        for i in range(n_sources)
    ]
    topics = []
    for t in range(n_topics):
        source = sources[t % n_sources]
        quote = Quote(f"q{t}", source, 1, 0, 1, "x", "", "", "", "neutral", "narrative", t)
        topics.append(TopicView(t, f"topic {t}", (), (quote,), (), ()))
    return sources, topics


def test_sixteen_topics_fit_one_chart() -> None:
    pieces = coverage_charts(*case(16), width=FRAME, font="Helvetica")
    assert len(pieces) == 1
    assert pieces[0].width <= FRAME


def test_topics_beyond_a_page_split_into_even_pieces() -> None:
    fit = int((FRAME - LABEL_WIDTH) // MIN_COLUMN)
    pieces = coverage_charts(*case(fit + 2), width=FRAME, font="Helvetica")
    assert len(pieces) == 2
    # Two pieces of equal width (fit/2 + 1 columns each), never a full one and a stub of two.
    assert abs(pieces[0].width - pieces[1].width) < 1e-6
    assert all(p.width <= FRAME for p in pieces)


def test_every_source_row_and_count_is_drawn() -> None:
    sources, topics = case(5, n_sources=50)
    pieces = coverage_charts(sources, topics, width=FRAME, font="Helvetica")
    assert len(pieces) == 2  # 42 source rows a piece
    labels = [s.text for p in pieces for s in p.contents if hasattr(s, "text")]
    assert sum(1 for text in labels if text.startswith("S")) == 50
    assert labels.count("1") == 5
