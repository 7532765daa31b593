"""The loader's fast paths give exactly what the plain ways of computing the same thing give.

Each shortcut taken for throughput (bottom-k by a cut-off, noise rules skipped above their
word caps, month-name dates read without strptime, the ASCII control check, lazy trigram
sets in the copy index) is compared here with the straightforward computation it replaces.
"""

from __future__ import annotations

import heapq
import random
import re
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import ingest
from analysis.ingest import clean as cleaning
from analysis.ingest import dates, dedupe, html, language, markdown, noise
from analysis.ingest.blocks import Block, Meta, Tag

CHECK = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that make each noise rule fire, padded out with prose words past its cap.
TRIGGERS = [
    "Photo:", "•", "© AFP", "AFP", "By", "(Reporting by", "Share", "Read more", "Facebook", "Twitter",
    "March 12, 2026", "Updated 2026", "“", "”", "*", "recognized as terrorist", "The organization is",
    "designated", "All rights reserved", "we use cookies", ".", "!", ",", "Ann Lee", "Example Times",
]  # fmt: skip
WORDS = ["the", "council", "said", "on", "Monday", "river", "x", "e-mail", "a", "2026", "12"]
META = Meta(source="Example Times", author="Ann Lee")


def plain_block_kind(block: Block, meta: Meta) -> noise.NoiseKind | None:
    """Every rule in order, none skipped: what block_kind answered before its word caps."""
    if block.kind is not None:
        return block.kind
    text = block.text.strip()
    return next((kind for kind, rule in noise.RULES if rule(text, block, meta)), None)


@CHECK
@given(
    st.lists(st.sampled_from(TRIGGERS + WORDS), min_size=1, max_size=90),
    st.sampled_from([Tag.PROSE, Tag.HEADING, Tag.ITEM, Tag.TITLE, Tag.QUOTE]),
)
def test_block_kind_with_word_caps_equals_every_rule_asked(words: list[str], tag: str) -> None:
    block = Block(" ".join(words), tag)
    assert noise.block_kind(block, META) is plain_block_kind(block, META)


@CHECK
@given(st.lists(st.sampled_from(TRIGGERS + WORDS), min_size=1, max_size=20))
def test_each_rule_says_no_above_its_word_cap(words: list[str]) -> None:
    for rule, cap in noise.WORD_CAPS.items():
        padded = " ".join(words + ["word"] * (cap + 1 - len(" ".join(words).split())))
        assert not rule(padded, Block(padded), META), (rule.__name__, padded)


def test_share_lines_of_social_names_are_still_found() -> None:
    assert noise.block_kind(Block("Share: Facebook Twitter"), META) is noise.NoiseKind.SHARE
    assert noise.block_kind(Block("Facebook Twitter Telegram"), META) is noise.NoiseKind.SHARE
    assert noise.block_kind(Block("Facebook Twitter Telegram WhatsApp groups"), META) is noise.NoiseKind.SHARE
    assert noise.block_kind(Block("Facebook and Twitter posts were shared widely."), META) is None


@CHECK
@given(st.lists(st.integers(min_value=-(2**63), max_value=2**63 - 1), max_size=400))
def test_sketch_is_the_smallest_distinct_hashes(values: list[int]) -> None:
    assert dedupe.sketch(values) == heapq.nsmallest(32, set(values))
    assert dedupe.sketch(frozenset(values)) == heapq.nsmallest(32, set(values))


@CHECK
@given(st.lists(st.sampled_from([*WORDS, "said.", "Said", "news", "today", "report"]), max_size=300))
def test_sketch_of_a_text_equals_the_sketch_of_its_trigram_set(words: list[str]) -> None:
    text = " ".join(words)
    assert dedupe.sketch(dedupe.hashes(text)) == heapq.nsmallest(32, dedupe.shingles(text))


def test_sketch_cut_off_falls_back_when_few_hashes_are_small() -> None:
    # All hashes large: none under the cut-off, so the full sort must still give the answer.
    values = list(range(2**62, 2**62 + 500))
    assert dedupe.sketch(values) == values[:32]


def _article_text(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(f"w{rng.randrange(3000)}" for _ in range(400)) + "."


def test_copy_index_builds_trigram_sets_only_for_candidates(tmp_path: Path) -> None:
    originals = [_article_text(seed) for seed in range(30)]
    copy = originals[17] + " Wire."
    for number, text in enumerate([*originals, copy]):
        (tmp_path / f"{number:02d}.txt").write_text(text)
    result = ingest.load([str(tmp_path)])
    *firsts, last = result.articles
    assert last.copy_of == firsts[17].id
    assert all(not a.copy_of for a in firsts)
    # A second batch against the first: the known articles are indexed without trigram sets.
    (tmp_path / "again").mkdir()
    (tmp_path / "again" / "copy.txt").write_text(originals[3] + " (Wire)")
    later = ingest.load([str(tmp_path / "again")], known=result.articles)
    assert later.articles[0].copy_of == firsts[3].id


MONTHS = [*dates.MONTH_NAMES, *(m[:3] for m in dates.MONTH_NAMES), "MARCH", "Sept", "Mayo", "Mar."]
SHAPES = [
    "{m} {d}, {y}", "{m} {d} {y}", "{d} {m} {y}", "{w}, {m} {d}, {y}", "{w} {d} {m} {y}", "{m}. {d}, {y}",
    "{m} {d},{y}", "{d} {m}, {y}", "{w} {m} {d} {y}", "{d}  {m} {y}",
]  # fmt: skip


def reference_parse(text: str) -> datetime | None:
    """The parse order as it was before the fast path: ISO, every format, e-mail, PDF."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for fmt in dates._FORMATS:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    return dates._pdf_date(text) if text[:2] in ("D:",) or text[:1].isdigit() else None


def strptime_only(text: str) -> datetime | None:
    """What the month-name formats gave through strptime alone."""
    for fmt in dates._FORMATS[:8]:
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(SHAPES),
    st.sampled_from(MONTHS),
    st.sampled_from(["0", "00", "1", "01", "12", "29", "30", "31", "32", "99", "123", "١٢"]),
    st.sampled_from(["2026", "1999", "0001", "26", "20266", "٢٠٢٦"]),
    st.sampled_from(["Thursday", "monday", "Thu", "Funday"]),
)
def test_month_name_dates_read_as_strptime_reads_them(shape: str, m: str, d: str, y: str, w: str) -> None:
    text = shape.format(m=m, d=d, y=y, w=w)
    fast = dates._named(text)
    assert fast is None or fast == strptime_only(text)
    assert dates._parse(text) == reference_parse(text)


def test_common_dates_take_the_fast_path() -> None:
    for text in ("March 12, 2026", "Mar. 12, 2026", "12 March 2026", "Thursday, March 12, 2026"):
        assert dates._named(text) == datetime(2026, 3, 12)
    assert dates.iso_date("Feb 30, 2026", guess=False) == ""


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_control_check_equals_the_regex_scan(text: str) -> None:
    expected = text
    if cleaning._DIRTY.search(text):
        expected = cleaning._INVISIBLE.sub("", cleaning._NEWLINES.sub("\n", text))
    assert cleaning.clean(text) == expected


PAGE = Path(__file__).parent / "ingest_fixtures" / "noisy_page.html"


def _slots(options: object) -> dict[str, object]:
    return {name: repr(getattr(options, name, None)) for name in type(options).__slots__}


def test_shared_extraction_settings_give_what_per_call_keywords_gave() -> None:
    from trafilatura import bare_extraction

    markup = html.lighten(html.defuse(PAGE.read_text(encoding="utf-8")))
    for fast in (True, False):
        used = html._options(None, fast, time.strftime("%Y-%m-%d"))
        settings_before = _slots(used)
        shared = html._extract(markup, None, fast)
        plain = bare_extraction(
            markup, fast=fast, with_metadata=True, include_comments=False, include_tables=True,
            include_images=False, include_formatting=False, include_links=True, deduplicate=False,
        )  # fmt: skip
        assert shared is not None
        assert plain is not None
        trees = {"body": None, "commentsbody": None}
        assert shared.as_dict() | trees == plain.as_dict() | trees
        assert [b.text for b in html._body_blocks(shared.body)] == [
            b.text for b in html._body_blocks(plain.body)
        ]
        assert _slots(used) == settings_before


# The boilerplate rule as one case-insensitive alternation, the way it was written first.
PLAIN_BOILERPLATE = re.compile(
    "|".join([*noise.BOILERPLATE_PHRASES, *(f"^{shape}" for shape in noise.BOILERPLATE_STARTS)]),
    re.IGNORECASE,
)
BOILERPLATE_PIECES = [
    "All Rights Reserved", "ALL RİGHTS RESERVED", "all rights reſerved", "We Use Cookies",
    "ᲀсе права защищены", "ВСЕ ПРАВА ЗАЩИЩЕНЫ", "TÜM HAKLARI SAKLIDIR", "TUM HAKLARI SAKLIDIR", "© 2026",
    "(C) 2026", "Copyright", "advertisement", "Sponsored", "the story was updated",
    "THE ARTICLE HAS BEEN CORRECTED", "newsletter sign-up",
    "for further information please contact", "Terms of Service", "Kookie policy", "Tous droits réservés",
    "TOUS DROITS RESERVES", "sign up for our newsletter", "the council said", " ", "“", "é", "a", "w", "\n",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(BOILERPLATE_PIECES), min_size=1, max_size=4))
def test_boilerplate_scan_equals_one_case_insensitive_alternation(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert noise._is_boilerplate(text, Block(text), META) == bool(PLAIN_BOILERPLATE.search(text))


def test_ascii_boilerplate_path_assumptions_hold_for_every_phrase() -> None:
    # The ASCII path matches lower-case phrases against lower-cased text, and leaves out
    # the non-ASCII phrases: each must hold a letter no ASCII character matches.
    for phrase in noise.BOILERPLATE_PHRASES:
        assert phrase == phrase.lower()
        if not phrase.isascii():
            assert any(
                not any(re.fullmatch(re.escape(letter), chr(c), re.IGNORECASE) for c in range(128))
                for letter in phrase
                if not letter.isascii()
            ), phrase


def _phrase_openings(first: int) -> list[str]:
    """Each boilerplate phrase (its groups reduced to one choice) opened by another letter."""
    tails = [
        re.sub(r"\(([^|)]*)[^)]*\)\??", r"\1", p[1:]).replace("?", "") for p in noise.BOILERPLATE_PHRASES
    ]
    return [chr(first) + tail for tail in tails]


def test_phrase_scan_first_letters_match_as_ignorecase_does_for_case_tricky_letters() -> None:
    tricky = "aAwWcCpPtTfFsSnNvVkKİıiIſ\u212aᲀвВтТäÄ“é\u0130"
    for letter in tricky:
        for text in _phrase_openings(ord(letter)):
            assert noise._is_boilerplate(text, Block(text), META) == bool(PLAIN_BOILERPLATE.search(text))


def test_phrase_scan_opening_class_admits_every_case_variant_of_a_first_letter() -> None:
    # The scan opens with a plain class and checks the first letter by lookbehind: it finds
    # what the alternation finds as long as the class lets every variant through.
    everything = "".join(map(chr, range(0x110000)))
    opening = re.compile(noise._BOILERPLATE_PHRASE.pattern.split("(?i:", 1)[0])
    admitted = set(opening.findall(everything))
    for phrase in noise.BOILERPLATE_PHRASES:
        variants = set(re.findall(re.escape(phrase[0]), everything, re.IGNORECASE))
        assert len(variants) >= 2
        assert variants <= admitted, phrase


@given(
    st.text(alphabet=st.sampled_from([*language._PUNCTUATION_MARKS, "a", "ß", "İ", "ı", " ", "\n", "ж", "é"]))
)
def test_punctuation_blanked_by_regex_as_by_translate(text: str) -> None:
    assert language._PUNCTUATION_MARK.sub(" ", text) == text.translate(language._PUNCTUATION)


MARKDOWN_PIECES = [
    "<!-- c -->", "![i](j)", "![a][b]", "[t](u)", "[t][r]", "<https://x.y>", "<b>", "</i>", "`c`", "**b**",
    "__u__", "*e*", "_e_", "~~s~~", "\\*", "\\_", "word", " ", "\n", "*", "_", "<", "!", "[", "]", "(", ")",
    "~",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(MARKDOWN_PIECES), min_size=1, max_size=8))
def test_markdown_inline_skips_only_substitutions_that_cannot_match(pieces: list[str]) -> None:
    text = "".join(pieces)
    expected = text
    for _, pattern, replacement in markdown._INLINE:
        expected = pattern.sub(replacement, expected)
    assert markdown.inline(text) == expected
