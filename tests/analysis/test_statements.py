"""Statement segmentation: quote-aware units, abbreviations, noise, ids, the demo case.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import ingest
from analysis.model import Article, Format, Kind, Noise, NoiseKind, Statement, content_id
from analysis.statements import extract_statements
from tests.demo_case import EXPECTED_SPEAKERS


def article(text: str, noise: tuple[Noise, ...] = ()) -> Article:
    """An article whose paragraphs are the text's blank-line separated blocks."""
    spans = tuple((m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text))
    return Article(content_id(text), "test.txt", Format.TEXT, text, paragraphs=spans, noise=noise)


def texts(text: str) -> list[str]:
    return [s.text for s in extract_statements(article(text))]


def containing(statements: list[Statement], fragment: str) -> Statement:
    found = [s for s in statements if fragment in s.text]
    assert len(found) == 1, f"{fragment!r} in {[s.text for s in statements]}"
    return found[0]


QUOTE_PAIRS = [
    ("“", "”"),
    ("„", "“"),
    ("«", "»"),
    ("‘", "’"),
    ('"', '"'),
    ("``", "''"),
    ("”", "”"),
    ("»", "«"),
]


@pytest.mark.parametrize(("opening", "closing"), QUOTE_PAIRS)
def test_a_multi_sentence_quote_is_one_attributed_unit_with_every_kind_of_mark(
    opening: str, closing: str
) -> None:
    text = (
        f"{opening}We will rebuild the bridge. It will take a year,{closing} the mayor said. "
        "The council met on Monday."
    )
    statements = extract_statements(article(text))
    assert [s.text for s in statements] == [text[: text.index(" The council")], "The council met on Monday."]
    first = statements[0]
    assert (first.speaker, first.cue, first.kind) == ("the mayor", "said", Kind.DIRECT)
    assert statements[1].speaker == ""
    assert statements[1].kind == Kind.NARRATIVE


def test_nested_quotes_stay_inside_their_outer_quote() -> None:
    text = "“He told me ‘never again.’ Then he left the room,” Maria Lindqvist said. Rain fell."
    statements = extract_statements(article(text))
    assert len(statements) == 2
    assert statements[0].speaker == "Maria Lindqvist"
    assert statements[0].kind == Kind.DIRECT


def test_a_missing_closing_mark_never_swallows_the_next_paragraph() -> None:
    text = (
        "Lindqvist said: “We will stay. The town needs us.\n\n"
        "The river rose by two metres on Monday. Officials closed the bridge."
    )
    found = texts(text)
    assert "The river rose by two metres on Monday." in found
    assert "Officials closed the bridge." in found
    assert all("\n\n" not in t for t in found)


def test_a_closing_mark_typed_where_the_opening_one_belongs() -> None:
    statements = extract_statements(article("”Hospitals are protected,” Lindqvist said."))
    assert statements[0].speaker == "Lindqvist"
    assert statements[0].kind == Kind.DIRECT


def test_odd_spacing_around_the_closing_mark() -> None:
    text = "Maria Lindqvist arrived in Geneva. “The strikes must stop ,”she said."
    quote = containing(extract_statements(article(text)), "The strikes must stop")
    assert quote.speaker == "Maria Lindqvist"
    assert quote.cue == "said"


@pytest.mark.parametrize("ellipsis", ["…", "...", ". . ."])
def test_an_ellipsis_inside_a_quote_is_no_sentence_end(ellipsis: str) -> None:
    text = f"“We waited {ellipsis} Nobody came,” the doctor said. The road was closed."
    assert texts(text) == [f"“We waited {ellipsis} Nobody came,” the doctor said.", "The road was closed."]


def test_abbreviations_are_no_sentence_ends() -> None:
    text = (
        "The U.S. Embassy said on Feb. 3 that Mr. Varnov and Gen. Oskarov met Dr. Ruiz in St. Louis. "
        "It failed."
    )
    assert texts(text) == [text[: text.index(" It failed")], "It failed."]


def test_a_state_abbreviation_ends_a_sentence_unless_an_office_follows() -> None:
    assert texts(
        "Senators urged Ariz. Gov. Dana Krall to veto the bill. The vote is in Glendale, Ariz. Crowds came."
    ) == [
        "Senators urged Ariz. Gov. Dana Krall to veto the bill.",
        "The vote is in Glendale, Ariz.",
        "Crowds came.",
    ]


def test_initials_end_a_sentence_when_a_new_one_starts() -> None:
    assert texts("The aid came from the U.S. The ministry thanked the donors.") == [
        "The aid came from the U.S.",
        "The ministry thanked the donors.",
    ]


def test_a_question_inside_a_quote_followed_by_its_attribution_is_one_unit() -> None:
    assert texts("“Why now?” she asked. Nobody answered.") == ["“Why now?” she asked.", "Nobody answered."]


def test_line_breaks_split_headings_but_not_wrapped_sentences() -> None:
    text = "Talks in Geneva\nThe envoy said the talks would\ncontinue on Friday. Both sides agreed."
    assert texts(text) == [
        "Talks in Geneva",
        "The envoy said the talks would\ncontinue on Friday.",
        "Both sides agreed.",
    ]


def test_statements_never_overlap_noise_and_match_the_text() -> None:
    text = "Smoke rose over the town. Photo: Pavel Drozd. The ministry said six people died.\n\nShare this"
    caption = text.index("Photo:")
    noise = (
        Noise(caption, caption + len("Photo: Pavel Drozd."), NoiseKind.CREDIT),
        Noise(text.index("Share"), len(text), NoiseKind.SHARE),
    )
    doc = article(text, noise)
    statements = extract_statements(doc)
    assert [s.text for s in statements] == ["Smoke rose over the town.", "The ministry said six people died."]
    for s in statements:
        assert s.text == text[s.start : s.end]
        assert all(s.end <= n.start or s.start >= n.end for n in noise)


def test_ids_and_paragraphs_follow_the_article() -> None:
    doc = article("Krall spoke first.\n\nArslan said the border was closed. She stressed it twice.")
    statements = extract_statements(doc)
    assert [s.paragraph for s in statements] == [1, 2, 2]
    for s in statements:
        assert s.id == Statement.make_id(doc.id, s.start)
        assert s.article_id == doc.id
        assert s.paragraph == doc.paragraph_of(s.start)


def test_a_quoted_paragraph_after_an_attributed_quote_inherits_its_speaker() -> None:
    text = "“We counted twenty bodies,” said Dr. Lena Moravec.\n\n“The surgical wing is gone.”"
    follow = containing(extract_statements(article(text)), "surgical wing")
    assert (follow.speaker, follow.kind, follow.cue) == ("Dr. Lena Moravec", Kind.DIRECT, "said")


def test_a_quote_continued_over_paragraphs_keeps_its_speaker() -> None:
    text = "“The first part,” Krall said. “Then more.\n\n“The second part.”\n\nRain fell."
    statements = extract_statements(article(text))
    assert containing(statements, "second part").speaker == "Krall"
    assert containing(statements, "Rain fell").speaker == ""


def test_a_lone_quote_without_attribution_is_the_outlet_voice() -> None:
    statement = extract_statements(article("“Nothing is certain.”"))[0]
    assert statement.speaker == ""
    assert statement.kind == Kind.NARRATIVE


@pytest.mark.parametrize(("fragment", "speaker", "commitment"), EXPECTED_SPEAKERS)
def test_the_demo_case_statements_hold_their_fragments_and_speakers(
    sample_paths: list, fragment: str, speaker: str, commitment: str
) -> None:
    loaded = ingest.load([str(p) for p in sample_paths])
    statements = [s for a in loaded.articles for s in extract_statements(a)]
    found = containing(statements, fragment)
    assert speaker in found.speaker.lower() or speaker in found.speaker_id
    assert str(found.commitment) == commitment


def test_real_news_texts_keep_every_invariant(shared_data: Path) -> None:
    """PolNeAR texts (read at run time, never stored): spans hold and most reports are found."""
    folder = shared_data / "polnear" / "dev" / "text"
    if not folder.is_dir():
        pytest.skip("PolNeAR is absent")
    attributed = total = 0
    for path in sorted(folder.glob("*.txt"))[:40]:
        doc = article(path.read_text(encoding="utf-8"))
        statements = extract_statements(doc)
        for s in statements:
            assert s.text == doc.text[s.start : s.end]
            assert s.speaker_span is None or doc.text[slice(*s.speaker_span)] == s.speaker
        assert [s.start for s in statements] == sorted(s.start for s in statements)
        attributed += sum(1 for s in statements if s.speaker)
        total += len(statements)
    # Political news reports a lot: far more than a fifth of its statements are attributed.
    assert attributed > 0.2 * total
