"""Refutations that point back at a report instead of restating it."""

from __future__ import annotations

from analysis.claim_refutes import refutes_a_report
from analysis.claims import ClaimFinder
from analysis.conflicts import read
from tests.analysis.test_claims import build


def test_pointing_back_is_a_refutation_restating_is_not() -> None:
    assert refutes_a_report(read("Surgeons dismissed the story as a hoax.", "A"))
    assert refutes_a_report(read("This is a falsified story.", "A"))
    assert not refutes_a_report(
        read("The ministry denied that its aircraft struck the clinic near the dam.", "A")
    )
    assert not refutes_a_report(read("The clinic did not open on Monday.", "A"))  # a plain negation


def test_a_refutation_competes_with_the_report_its_article_discusses() -> None:
    table, articles = build(
        [
            (
                "Daily Wave",
                "",
                ["A surfer rode a wave taller than a ten storey building off the coast of Nazare."],
            ),
            (
                "Fact Desk",
                "",
                [
                    "Pictures show a surfer riding a wave taller than a ten storey building off Nazare.",
                    "Oceanographers dismissed the story as a hoax.",
                ],
            ),
        ]
    )
    claims = ClaimFinder().fit(table, articles).claims_
    hoax = table.loc[table["text"].str.contains("hoax"), "id"].iloc[0]
    wave = table.loc[table["source"] == "Daily Wave", "id"].iloc[0]
    found = claims[
        ((claims["a"] == wave) & (claims["b"] == hoax)) | ((claims["a"] == hoax) & (claims["b"] == wave))
    ]
    assert list(found["kind"]) == ["denial"]
    assert "calls the report untrue" in found["explanation"].iloc[0]


def test_no_refutation_without_a_discussed_report() -> None:
    table, articles = build(
        [
            ("Daily Wave", "", ["A surfer rode a huge wave off the coast of Nazare."]),
            (
                "Fact Desk",
                "",
                ["The election results were announced today.", "Analysts dismissed the story as a hoax."],
            ),
        ]
    )
    assert ClaimFinder().fit(table, articles).claims_.empty


def test_a_refutation_that_restates_its_content_disputes_only_that_content() -> None:
    table, articles = build(
        [
            (
                "North Post",
                "",
                [
                    "Aircraft struck the central hospital in Halvik on Wednesday, the governor said.",
                    "Talks between the two countries will take place in Geneva on March 16.",
                ],
            ),
            (
                "South Daily",
                "",
                [
                    "The central hospital in Halvik was hit on Wednesday.",
                    "The ministry denied that its aircraft struck the central hospital in Halvik "
                    "and called the reports of the northern side a provocation.",
                ],
            ),
        ]
    )
    claims = ClaimFinder().fit(table, articles).claims_
    by_text = dict(zip(table["id"], table["text"], strict=True))
    pairs = {
        frozenset((by_text[a][:12], by_text[b][:12])) for a, b in zip(claims["a"], claims["b"], strict=True)
    }
    assert frozenset(("Aircraft str", "The ministry")) in pairs
    assert frozenset(("Talks betwee", "The ministry")) not in pairs


def test_a_statement_telling_next_to_nothing_is_no_report_to_refute() -> None:
    table, articles = build(
        [
            (
                "Daily Wave",
                "",
                ["The contest opens in Nazare.", "A surfer rode a wave taller than a ten storey building."],
            ),
            (
                "Fact Desk",
                "",
                ["The contest opens in Nazare.", "Oceanographers dismissed the story as a hoax."],
            ),
        ]
    )
    claims = ClaimFinder().fit(table, articles).claims_
    hoax = table.loc[table["text"].str.contains("hoax"), "id"].iloc[0]
    opens = table.loc[(table["source"] == "Daily Wave") & table["text"].str.contains("opens"), "id"].iloc[0]
    paired = {frozenset((a, b)) for a, b in zip(claims["a"], claims["b"], strict=True)}
    assert frozenset((opens, hoax)) not in paired


def test_a_speaker_does_not_refute_their_own_words_told_elsewhere() -> None:
    table, articles = build(
        [
            (
                "Daily Wave",
                "",
                ["Krall said he would leave the harbour board to find new ways to serve the town."],
            ),
            (
                "Fact Desk",
                "",
                [
                    "Krall said he would leave the harbour board and find new ways to serve.",
                    "Krall dismissed the story as a hoax.",
                ],
            ),
        ]
    )
    hoax = table.loc[table["text"].str.contains("hoax"), "id"].iloc[0]
    farewell = table.loc[table["source"] == "Daily Wave", "id"].iloc[0]

    def paired() -> bool:
        claims = ClaimFinder().fit(table, articles).claims_
        return any({a, b} == {hoax, farewell} for a, b in zip(claims["a"], claims["b"], strict=True))

    assert paired()  # another voice's farewell is a report the refutation may dispute
    table.loc[table["id"].isin([hoax, farewell]), "speaker_id"] = "krall"
    assert not paired()


def test_an_offer_turned_down_or_a_lawsuit_dismissed_refutes_no_report() -> None:
    # Found in BASIL's shutdown and terror-lawsuit events; the sentences are ours.
    for text in (
        "The council leader rejected it even before the mayor spoke.",
        "Courts in Halvik have dismissed their claims against the shipping firms.",
    ):
        assert not refutes_a_report(read(text, "A")), text
    for text in (
        "The ministry rejected it as a fabrication.",
        "The ministry denied it.",
        "Officials dismissed the claims against the army as propaganda.",
        "The ministry dismissed the reports.",
    ):
        assert refutes_a_report(read(text, "A")), text
