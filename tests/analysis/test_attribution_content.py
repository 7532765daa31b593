"""Content spans: the reported words of an attributed statement, without its frame.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import pytest

from analysis.model import Kind, Statement
from analysis.tables import statements_frame
from tests.analysis.test_attribution import statements_of


def content(statement: Statement) -> str | None:
    if statement.content_span is None:
        return None
    return statement.text[
        statement.content_span[0] - statement.start : statement.content_span[1] - statement.start
    ]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("Krall said the bridge would reopen.", "the bridge would reopen"),
        ("At a rally on Friday, Krall said that the bridge would reopen.", "the bridge would reopen"),
        ("Krall told reporters in Valmara that the bridge would reopen.", "the bridge would reopen"),
        ("Krall said in a statement on Tuesday that the bridge would reopen.", "the bridge would reopen"),
        ("Krall said the bill that passed was flawed.", "the bill that passed was flawed"),
        ("The bridge will reopen in May, Krall said on Friday.", "The bridge will reopen in May"),
        ("“We counted ten,” said Dr. Lena Moravec, a surgeon.", "“We counted ten,”"),
        ("“There is no chance,” he said in a phone interview.", "“There is no chance,”"),
        ("“It will open,” she said months after her release.", "“It will open,”"),
        ("Krall said: “The bridge will reopen.”", "“The bridge will reopen.”"),
        ("According to Krall, the bridge will reopen.", "the bridge will reopen"),
        ("It will reopen, according to the Army.", "It will reopen"),
        ("Krall attacked Duman, saying he was weak.", "he was weak"),
        ("The claim was denied by the ministry.", "The claim"),
        ("In an essay last week, Ines Marek acknowledged their uphill battle.", "their uphill battle"),
        ("Through a spokesman, he declined to comment.", "to comment"),
        ("Krall likened the plan to a trap, which angered the council.", "the plan to a trap"),
        # A frame in the middle of the reported words: the whole statement is reported.
        ("The museum, Krall said, would make visitors face hard truths.",
         "The museum, Krall said, would make visitors face hard truths"),
    ],
)  # fmt: skip
def test_content_is_what_was_reported(text: str, reported: str) -> None:
    statement = statements_of(text)[0]
    assert statement.speaker
    assert content(statement) == reported


def test_the_outlets_own_voice_has_no_content() -> None:
    statement = statements_of("The bridge reopened on Friday.")[0]
    assert statement.content_span is None


def test_a_bare_attribution_after_a_quote_joins_it() -> None:
    text = "“How many times must we see this?” Krall asked. “In Lisk, a man died.”"
    first, second = statements_of(text)
    assert first.text == "“How many times must we see this?” Krall asked."
    assert (first.speaker, first.kind, content(first)) == (
        "Krall",
        Kind.DIRECT,
        "“How many times must we see this?”",
    )
    assert (second.speaker, second.kind) == ("Krall", Kind.DIRECT)


def test_a_sentence_after_a_quote_that_says_more_stays_apart() -> None:
    first, second = statements_of("“Is it safe?” Krall asked the engineers to check the bridge again.")
    assert first.speaker == ""
    assert second.speaker == "Krall"


def test_a_colon_hands_the_next_paragraph_to_its_speaker() -> None:
    text = "The governor added:\n\nIt is typical of them. She knows nothing.\n\nThe vote is on Monday."
    statements = statements_of(text)
    assert [s.speaker for s in statements] == ["The governor"] * 3 + [""]
    assert all(s.kind == Kind.DIRECT for s in statements[1:3])
    assert content(statements[2]) == "She knows nothing."


def test_the_table_carries_the_content_span() -> None:
    statements = statements_of("Krall said the bridge would reopen. The bridge is old.")
    table = statements_frame(statements, [])
    assert list(table[["content_start", "content_end"]].iloc[0]) == list(statements[0].content_span or ())
    assert list(table[["content_start", "content_end"]].iloc[1]) == [-1, -1]
