"""Properties of :func:`analysis.display.safe_name`: no name can hide or reorder what is shown."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.display import safe_name
from analysis.ingest.clean import safe_name as ingest_safe_name
from desktop.drop import display_name

TRICKS = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\ufeff\n\r\t\x00\x1b\x85"
)
NAMES = st.text(st.one_of(st.characters(codec="utf-8"), st.sampled_from(TRICKS)), max_size=40)
QUICK = settings(max_examples=300, deadline=None, derandomize=True)


def _hidden(ch: str) -> bool:
    """Whether a character is invisible or changes the direction of what follows."""
    return unicodedata.category(ch) == "Cc" or unicodedata.bidirectional(ch) in {
        "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI", "LRM", "RLM", "ALM",
    } or ch in "\u200b\ufeff"  # fmt: skip


@QUICK
@given(name=NAMES)
def test_nothing_hidden_survives(name: str) -> None:
    shown = safe_name(name)
    assert not [ch for ch in shown if _hidden(ch)]
    for ch in set(name) & set(TRICKS):
        assert f"<U+{ord(ch):04X}>" in shown


@QUICK
@given(name=NAMES)
def test_safe_names_are_left_alone_and_the_helper_is_idempotent(name: str) -> None:
    shown = safe_name(name)
    assert safe_name(shown) == shown
    if not any(_hidden(ch) for ch in name):
        assert shown == name


@QUICK
@given(name=NAMES)
def test_every_view_uses_the_same_rule(name: str) -> None:
    assert ingest_safe_name(name) == display_name(name) == safe_name(name)


def test_the_classic_disguise_is_spelled_out() -> None:
    assert safe_name("invoice\u202efdp.exe") == "invoice<U+202E>fdp.exe"
    assert safe_name("Tahran\u200cname.txt") == "Tahran\u200cname.txt"  # Persian needs the joiner
