"""Statements and speakers on shapes found reading ECB+ events: sentences we wrote."""

from __future__ import annotations

from analysis.model import Kind
from analysis.statements import extract_statements
from tests.analysis.test_statements import article, containing, texts


def test_a_closing_mark_set_off_by_a_space_ends_the_quote_and_the_sentence() -> None:
    text = (
        'Olsen blames the state. "Some would say we were naive, " she wrote, "and they would be right. '
        'But without us there would be no dairy at all. " The troubles of the creamery go back years. '
        "They began under the old board."
    )
    found = texts(text)
    assert found[1].endswith('no dairy at all. "')
    assert found[2] == "The troubles of the creamery go back years."


def test_a_stray_closing_mark_joins_the_sentence_it_closes() -> None:
    text = 'She wrote that it worked.\nBut without us there would be no dairy at all. "\nThe troubles began.'
    assert not any(t.strip() == '"' for t in texts(text))


def test_citing_a_source_stays_with_its_sentence() -> None:
    statements = extract_statements(
        article(
            "One bomb landed in a school yard, but it did not explode, Halvorsen said, "
            "citing aid workers at the camp."
        )
    )
    assert len(statements) == 1
    assert statements[0].speaker == "Halvorsen"
    assert statements[0].text.endswith("citing aid workers at the camp.")
    # A reason the speaker cites is more of what the speaker says: a statement of its own.
    reason = extract_statements(
        article(
            '"The country has changed for the better," Morrow said in June, citing the release of prisoners.'
        )
    )
    assert [s.cue for s in reason] == ["said", "citing"]
    assert reason[1].speaker == "Morrow"


def test_a_noun_counted_by_there_is_no_speaker() -> None:
    statement = extract_statements(
        article("However, there have been no casualties or fatalities confirmed as a result of the bombing.")
    )[0]
    assert statement.speaker == ""
    assert statement.kind == Kind.NARRATIVE
    said = containing(
        extract_statements(article("There were protesters who said the police fired first.")), "fired"
    )
    assert said.speaker == "protesters"


def test_a_dateline_date_is_no_part_of_the_speaker() -> None:
    statements = extract_statements(
        article("Nov. 12, 2007 Halvex today announced that it has agreed to buy Norden Facilities.")
    )
    assert statements[0].speaker == "Halvex"
    assert extract_statements(article("On March 3 2020 Turkey said it would respond."))[0].speaker == "Turkey"
    assert extract_statements(article("May Lin said the plan was sound."))[0].speaker == "May Lin"


def test_a_quality_in_ing_reports_nothing() -> None:
    text = (
        "The police said the teen had a gun. For others, it was anything but reassuring. "
        "The mayor was reassuring residents that the streets were safe. “We will stay,” he was saying."
    )
    statements = extract_statements(article(text))
    assert containing(statements, "anything but reassuring").speaker == ""
    assert containing(statements, "streets were safe").speaker == "The mayor"
    assert containing(statements, "We will stay").cue == "saying"


def test_a_straight_closing_mark_with_its_space_on_the_wrong_side_closes_the_quote() -> None:
    text = (
        'In an emailed statement, Moreno wrote, "just when you thought it could not get worse, it did. '
        'This war on values must stop. It is wrong. "Moreno was referring to a memo that asked agencies to '
        '"promote and protect" the rights of farmers.'
    )
    found = extract_statements(article(text))
    assert found[0].speaker == "Moreno"
    assert found[0].text.endswith('It is wrong. "')
    assert found[1].text.startswith("Moreno was referring")
    # A straight quote nested in a straight quote, closed in turn, stays nested.
    nested = extract_statements(article('He said: "We are done. "Go home," they told us. We left."'))
    assert len(nested) == 1


def test_a_frame_with_a_manner_participle_still_attributes_the_quote_before_it() -> None:
    found = extract_statements(
        article(
            '"What have you been doing all year, Ilse?" Moreno continued, calling out Mayor Ilse Brandt. '
            '"You have been debating a coin for the harbour. That is not putting people back to work."'
        )
    )
    assert [s.speaker for s in found] == ["Moreno", "Moreno"]
    assert found[0].text.endswith("calling out Mayor Ilse Brandt.")
    # A participle with a clause of its own is more of what was said, not a manner.
    said = extract_statements(article('"We are done," Moreno said, adding that the port would close.'))
    assert len(said) == 2


def test_a_quote_run_over_paragraphs_without_marks_keeps_its_speaker() -> None:
    text = (
        "This came after the mayor’s account tweeted Saturday: “I had to fire the harbour master because he "
        "lied to the council.\n\nHe lied to us again and again.\n\n"
        "It is a shame, because his work was good.\n\n"
        "There was nothing to hide!”\n\nThe tweet caused an uproar in the council."
    )
    found = extract_statements(article(text))
    assert [s.speaker for s in found[:4]] == ["the mayor"] * 4
    assert {s.kind for s in found[1:4]} == {Kind.DIRECT}
    assert found[4].speaker == ""
    # Without a closing mark a few paragraphs on, nothing after the open quote is quoted.
    open_only = extract_statements(article(text.replace("hide!”", "hide!")))
    assert open_only[1].speaker == ""


def test_a_place_ending_a_relative_clause_before_the_cue_is_no_speaker() -> None:
    found = extract_statements(
        article("A woman who lives near Halvik, Kersia, said the ferry was late again.")
    )
    assert found[0].speaker == "A woman"


def test_a_quote_opened_a_paragraph_before_its_speaker_is_named_takes_that_speaker() -> None:
    text = (
        '"Brett Hale, who I do not know, was appointed by the old mayor in 2015.\n\n'
        'Was supposed to leave in February but he just resigned prior to leaving," Moreno tweeted.\n\n'
        '"Grandstander? The press is making a big deal about this nothing event!"\n\nThe council met.'
    )
    found = extract_statements(article(text))
    assert [s.speaker for s in found] == ["Moreno", "Moreno", "Moreno", ""]
    assert found[0].kind is Kind.DIRECT
