"""Repeated lines: one claim per pair of lines, with how many repeats it stands for."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.claim_repeats import REPEATS, collapsed, normalised, within_articles
from analysis.claims import ClaimFinder, pair_key
from analysis.model import Article, Decision, Edits, Format, content_id
from analysis.pipeline import Analysis, analyze

# Our own fictional live-blog lines: each outlet repeats its line in every update.
LINES = {
    "North Herald": (
        "North",
        "The army said six people were killed in the strike on the hospital. "
        "Officials blamed the rebels for the attack.",
    ),
    "South Courier": (
        "South",
        "Hospital staff said at least 20 people were killed in the strike on the hospital. "
        "The mayor blamed the army for the attack.",
    ),
    "River Wire": (
        "",
        "The army denied that it struck the hospital. "
        "Rescuers said 12 people were killed in the strike on the hospital.",
    ),
}


def blog(outlet: str, copies: int, update: str = "", spaced: bool = False) -> Article:
    """Return an outlet's article holding its line ``copies`` times (one paragraph each).

    ``spaced`` writes every other copy with doubled spaces and a space before each full
    stop (the same line to the normalised text); ``update`` makes another article of it.
    """
    side, line = LINES[outlet]
    lines = [line.replace(" ", "  ").replace(".", " .") if spaced and n % 2 else line for n in range(copies)]
    text = "\n\n".join(lines)
    return Article(
        content_id(text + update), f"{outlet}{update}.txt", Format.TEXT, text, source=outlet, side=side
    )


def pairs_of_lines(result: Analysis, frame: pd.DataFrame) -> set[tuple[str, str]]:
    """Return each row's two sides as normalised texts, order-free."""
    text = result.statements.set_index("id")["text"].map(normalised)
    return {tuple(sorted((text[a], text[b]))) for a, b in zip(frame["a"], frame["b"], strict=True)}  # type: ignore[misc]


def keys(frame: pd.DataFrame) -> set[str]:
    return {pair_key(a, b) for a, b in zip(frame["a"], frame["b"], strict=True)}


def outlet_of(result: Analysis) -> pd.Series:
    return result.statements.set_index("id")["source"]


@pytest.fixture(scope="module")
def once() -> Analysis:
    return analyze([blog(outlet, 1) for outlet in LINES])


@pytest.fixture(scope="module")
def repeated() -> Analysis:
    return analyze([blog(outlet, 100) for outlet in LINES])


def test_normalised_text_ignores_case_spacing_and_punctuation() -> None:
    assert normalised("Six  people were KILLED ,\n") == normalised("six people were killed.")
    assert normalised("Six people were killed.") != normalised("Seven people were killed.")


def test_copies_within_an_article_are_grouped_by_text_and_speaker() -> None:
    table = pd.DataFrame(
        {
            "id": ["a1", "a2", "a3", "a4", "b1"],
            "article_id": ["A", "A", "A", "A", "B"],
            "speaker_id": ["s", "s", "t", "s", "s"],
            "text": ["Six died.", "six DIED", "Six died.", "Ten died.", "Six died."],
        }
    )
    repeats = within_articles(table)
    assert repeats.keep.tolist() == [0, 2, 3, 4]  # another speaker or article is another line
    assert repeats.members == {"a1": ["a2"]}
    assert repeats.sizes == {"a1": 2, "a3": 1, "a4": 1, "b1": 1}


def test_a_line_repeated_100_times_gives_the_claims_of_one_copy(once: Analysis, repeated: Analysis) -> None:
    assert len(repeated.statements) == 100 * len(once.statements)
    assert 0 < len(repeated.claims) <= 10  # was hundreds to thousands before grouping
    # The same disputes, scored the same, each standing for 100 x 100 pairs of copies.
    assert pairs_of_lines(repeated, repeated.claims) == pairs_of_lines(once, once.claims)
    assert sorted(repeated.claims["score"]) == sorted(once.claims["score"])
    assert set(repeated.claims["repeats"]) == {100 * 100 - 1}
    assert set(once.claims["repeats"]) == {0}
    # The explanation says so, for every view that shows it (claims table, detail, brief).
    assert all("paired 9,999 more times" in why for why in repeated.claims["explanation"])
    assert not any("more time" in why for why in once.claims["explanation"])


def test_every_copy_keeps_its_counterparts(repeated: Analysis) -> None:
    aligned = set(repeated.alignments["a"])
    texts = repeated.statements.set_index("id")["text"].map(normalised)
    with_counterparts = {texts[sid] for sid in aligned}
    copies = repeated.statements[repeated.statements["text"].map(normalised).isin(with_counterparts)]
    assert set(copies["id"]) <= aligned
    articles = repeated.statements.set_index("id")["article_id"]
    assert (
        articles[repeated.alignments["a"]].to_numpy() != articles[repeated.alignments["b"]].to_numpy()
    ).all()


def test_one_outlet_repeating_a_line_across_updates_is_listed_once(once: Analysis) -> None:
    # Two updates of each outlet, each with two copies of its line, one oddly spaced.
    updates = [blog(outlet, 2, update=str(n), spaced=True) for outlet in LINES for n in (1, 2)]
    result = analyze(updates)
    listed = pairs_of_lines(result, result.claims)
    assert len(listed) == len(result.claims)  # each pair of lines once (every outlet has its own lines)
    assert pairs_of_lines(once, once.claims) <= listed
    # A pair of two outlets' lines: 2 updates x 2 copies on each side = 16 pairs, 15 repeats.
    across = result.claims[
        result.claims["a"].map(outlet_of(result)) != result.claims["b"].map(outlet_of(result))
    ]
    assert pairs_of_lines(once, once.claims) <= pairs_of_lines(result, across)
    assert set(across["repeats"]) == {15}
    again = analyze(list(reversed(updates)))
    # The representative (best score, then smallest ids) does not depend on the articles' order.
    assert keys(again.claims) >= keys(across)


def test_the_same_lines_from_other_outlets_are_other_claims(once: Analysis) -> None:
    outlets = [blog(outlet, 1) for outlet in LINES]
    side, line = LINES["South Courier"]
    text = line
    other = Article(content_id(text + "x"), "other.txt", Format.TEXT, text, source="East Post", side=side)
    result = analyze([*outlets, other])
    assert len(result.claims) > len(once.claims)
    assert set(result.claims["repeats"]) == {0}


def test_a_decision_on_a_repeated_pair_survives_reanalysis(repeated: Analysis) -> None:
    first = repeated.claims.iloc[0]
    key = pair_key(str(first["a"]), str(first["b"]))
    edits = Edits(claim_decisions={key: str(Decision.CONFIRMED)})
    again = analyze([blog(outlet, 100) for outlet in LINES], edits)
    row = again.claims[
        [pair_key(a, b) == key for a, b in zip(again.claims["a"], again.claims["b"], strict=True)]
    ]
    assert row["decision"].tolist() == [str(Decision.CONFIRMED)]


def test_empty_input_has_the_repeats_column() -> None:
    finder = ClaimFinder().fit(pd.DataFrame(columns=["id", "article_id", "text"]), [])
    assert "repeats" in finder.claims_.columns
    assert finder.claims_.empty


def test_collapsed_keeps_the_best_row_of_each_pair_of_lines_and_counts_the_rest() -> None:
    identity = {"a1": "A", "a2": "A", "b1": "B", "c1": "C"}  # a1 and a2 are one line
    sizes = {"a1": 3, "c1": 2}  # a1 stands for 3 copies in its article, c1 for 2
    rows = [
        {"a": "a2", "b": "b1", "score": 0.4, "explanation": "x"},
        {"a": "b1", "b": "a1", "score": 0.7, "explanation": "y"},
        {"a": "b1", "b": "c1", "score": 0.5, "explanation": "z"},
    ]
    out = collapsed(rows, identity, sizes)
    assert [(r["a"], r["b"]) for r in out] == [("b1", "a1"), ("b1", "c1")]
    # a2-b1 (1 x 1) and b1-a1 (1 x 3): four pairs in all, three more than the row kept.
    assert out[0][REPEATS] == 3
    assert out[0]["explanation"].startswith("y (the same lines are paired 3 more times")
    assert out[1][REPEATS] == 1
    assert "1 more time " in out[1]["explanation"]
    assert collapsed([{"a": "b1", "b": "a2", "score": 0.1}], identity, {})[0][REPEATS] == 0
