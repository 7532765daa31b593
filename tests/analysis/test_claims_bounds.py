"""Negations that bound or compare rather than deny, and figures of different spans: sentences we wrote."""

from __future__ import annotations

from analysis.conflicts import contrary, denial, numbers, read
from analysis.polarity import stance


def test_no_one_having_done_more_than_someone_is_said_of_him() -> None:
    # BASIL: "no candidate for president has done more to secure the border than Governor Rick Perry".
    praise = "No candidate for governor has done more to secure the harbour than Ana Vell, Krall said."
    assert stance(praise).negation == ""
    done = read("Krall said that Ana Vell has done more to secure the harbour than any other candidate.", "B")
    assert denial(read(praise, "A"), done) is None
    assert stance("No one was hurt in the harbour blast.").negation == "no"


def test_a_negated_bound_agrees_with_a_figure_within_it() -> None:
    # ECB+: "none of those offers are believed to be for more than eight years" / "at least eight years".
    bound = read("None of the harbour offers are believed to be for more than eight years.", "A")
    for within in (
        "The harbour offer is believed to be for at least eight years.",
        "The harbour board offered Krall a seven-year deal.",
    ):
        assert denial(bound, read(within, "B")) is None, within
    assert stance("None of the harbour offers are for more than eight years.").negation == "none"


def test_figures_over_different_spans_of_years_count_different_things() -> None:
    # BASIL: "earned roughly $141 million … from 2007 to 2014" / "earned nearly $20 million between
    # 2011 and 2014 for advising companies".
    whole = read("The couple earned roughly $141 million from 2007 to 2014, their tax returns show.", "A")
    part = read("Krall earned nearly $20 million between 2011 and 2014 for advising companies.", "B")
    assert numbers(whole, part) is None
    same_span = read("The couple earned about $90 million from 2007 to 2014, a rival count says.", "B")
    assert numbers(whole, same_span) is not None


def test_never_until_a_time_says_it_happened_then() -> None:
    # BASIL: "Democrats until Wednesday had never had a female minority in their leadership ranks".
    assert stance("The harbour board until Wednesday had never had a woman in its leadership.").negation == ""
    assert stance("Krall had never been arrested until last week.").negation == ""
    assert stance("Krall had never been arrested.").negation == "never"


def test_not_until_or_before_a_date_says_when() -> None:
    # ECB+: "normal service may not be restored till 31 December" / "restored to normal by December 31".
    assert stance("Normal service may not be restored till 31 December.").negation == ""
    assert stance("Service will not be fully restored before 31 December, the firm expects.").negation == ""
    # Before an event, not a date, a future negation still refuses.
    assert stance("They will not negotiate until the government reopens.").negation == "not"


def test_what_would_not_have_happened_denies_nothing() -> None:
    # ECB+: "would not have placed Bush on injured reserve if they were still fighting …".
    would = read(
        "The coach said the team would not have placed Krall on injured reserve in a title race.", "A"
    )
    placed = read("The team has placed Krall on injured reserve with a sprained knee.", "B")
    assert denial(would, placed) is None


def test_a_contraction_typed_without_its_apostrophe_still_negates() -> None:
    # ECB+: "'I cant speak for the first death …'" against the same quote with "can't".
    assert stance("I cant speak for the first death, the harbour master said.").negation == "cant"
    typed = read(
        "“I cant speak for the first death, but this looks like a lack of experience,” Vell said.", "A"
    )
    quoted = read(
        "Vell said: “I can't speak for the first death, but this looks like a lack of experience.”", "B"
    )
    assert denial(typed, quoted) is None


def test_a_hope_or_a_would_have_states_no_fact() -> None:
    # ECB+: "which Sarah hoped wasn't in connection to …"; "a Chiefs win would've cost them the pick".
    assert stance("The fire, which Vell hoped wasn't connected to her campaign, gutted the church.").hedged
    lost = read("The harbour team did not win on Sunday, losing 20-13.", "A")
    would = read("A harbour team win would ’ ve likely cost them the first pick on Sunday.", "B")
    assert denial(lost, would) is None
    beaten = read("The harbour team lost 20-13 to the dockers on Sunday despite 226 yards rushing.", "A")
    win = read("A harbour team win against the dockers on Sunday would've cost them the first pick.", "B")
    assert contrary(beaten, win) is None
    assert contrary(beaten, read("The harbour team won 20-13 against the dockers on Sunday.", "B"))


def test_statements_dated_to_different_years_deny_nothing_of_each_other() -> None:
    # ECB+: "Mr. Gigante was acquitted in 1958" / "a jury found Gigante guilty in 1997".
    acquitted = read("Krall was not found guilty of the harbour murder in 1958, the court said.", "A")
    guilty = read("A jury found Krall guilty of the harbour murder in 1997.", "B")
    assert denial(acquitted, guilty) is None
    assert denial(acquitted, read("A jury found Krall guilty of the harbour murder in 1958.", "B"))
    # Months alone are no other event: "in a March debate" / "on July 20".
    march = read("In a March debate, Krall said he had not served in the harbour war.", "A")
    july = read("On July 20, the Register said Krall had served in the harbour war.", "B")
    assert denial(march, july)
