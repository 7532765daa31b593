"""How topic terms are written back: the most common written form of each folded phrase."""

from __future__ import annotations

from analysis.topic_labels import key_phrases, surface_forms, weak_label

TEXTS = [
    "Refugees are moving towards the border crossing at Lomar.",
    "The refugees reached the Border Crossing before dawn.",
    "Officials said the border crossing at Lomar stayed open.",
    "Mayor Anna O’Brien counted the refugees again.",
    "Lomar officials denied it.",
]


def test_words_take_their_most_common_form_and_lower_case_wins() -> None:
    forms = surface_forms(["refugee", "lomar", "official"], TEXTS)
    # "Refugees" once and "refugees" twice: the lower-case plural is how the texts write it.
    assert forms["refugee"] == "refugees"
    assert forms["lomar"] == "Lomar"
    # "Officials" twice, sentence-initial and not: a tie broken by form, never by text order.
    assert forms["official"] == "Officials"


def test_two_word_phrases_are_matched_on_adjacent_words() -> None:
    forms = surface_forms(["border crossing", "anna o'brien", "crossing"], TEXTS)
    assert forms["border crossing"] == "border crossing"  # twice, against "Border Crossing" once
    assert forms["anna o'brien"] == "Anna O’Brien"  # the curly apostrophe is read as straight
    assert forms["crossing"] == "crossing"  # a phrase's words count on their own as well


def test_a_phrase_never_written_keeps_its_folded_form() -> None:
    assert surface_forms(["ceasefire talk"], TEXTS) == {"ceasefire talk": "ceasefire talk"}
    assert surface_forms([], TEXTS) == {}


def test_generic_verbs_adverbs_and_contraction_leftovers_make_no_label() -> None:
    ranked = [
        ("think", 0.9),
        ("clearly", 0.85),
        ("ll shoot", 0.8),
        ("sox want", 0.75),
        ("free agent", 0.7),
        ("boston", 0.6),
        ("offer", 0.5),
    ]
    counts = {term: 3.0 for term, _ in ranked}
    assert key_phrases(ranked, counts) == ["free agent", "boston", "offer"]
    assert weak_label("taken")
    assert weak_label("ll shoot")
    assert not weak_label("shooting")


def test_weak_words_still_label_a_topic_that_has_nothing_else() -> None:
    ranked = [("think", 0.9), ("clearly", 0.8), ("harbour", 0.5)]
    assert key_phrases(ranked, {t: 3.0 for t, _ in ranked}) == ["think", "clearly", "harbour"]
