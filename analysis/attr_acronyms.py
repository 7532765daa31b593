"""Acronyms: defined in parentheses (``… in Tessel (CROPT)``) or well known (UN, EU, NATO)."""

from __future__ import annotations

import re

from analysis.attr_lexicon import words
from analysis.names import org_key

_DEFINITION = re.compile(r"\(\s*([A-Z][A-Z0-9&]{1,11})\s*\)")
_WORD = re.compile(r"[\w’'\-.]+")
_STOP = words(
    """said says say told stated announced noted added reported according to by that which who and but
    while, is are was were has have had will would"""
)
_LINKING = words("of for the and in on de on to against with")
MAX_WORDS = 12

# Acronyms so common that articles never define them; folded long form -> acronym.
WELL_KNOWN: dict[str, str] = {
    "united-nations": "un", "european-union": "eu", "north-atlantic-treaty-organization": "nato",
    "world-health-organization": "who", "international-monetary-fund": "imf",
    "federal-bureau-of-investigation": "fbi", "central-intelligence-agency": "cia",
    "international-committee-of-the-red-cross": "icrc", "international-atomic-energy-agency": "iaea",
    "organization-for-security-and-co-operation-in-europe": "osce", "african-union": "au",
    "world-bank": "world-bank", "european-commission": "european-commission",
    "national-security-agency": "nsa", "department-of-homeland-security": "dhs",
    "republican-national-committee": "rnc", "democratic-national-committee": "dnc",
    "environmental-protection-agency": "epa", "centers-for-disease-control-and-prevention": "cdc",
}  # fmt: skip


def long_form(text: str, paren: int, floor: int = 0) -> tuple[int, int] | None:
    """Return the span of the name an acronym at ``paren`` (the ``(``) abbreviates.

    Walks back over at most :data:`MAX_WORDS` words to the nearest verb, conjunction or
    punctuation, then starts at the first capitalised word, so lower-case words inside
    the name (``Center for reconciliation of the warring parties in Syria``) are kept.
    """
    words = list(_WORD.finditer(text, max(floor, paren - 200), paren))
    start = None
    for m in reversed(words[-MAX_WORDS:]):
        between = text[m.end() : start if start is not None else paren]
        if any(c in between for c in ',;:.!?"“”«»()') and not between.strip().startswith("."):
            break
        if m.group().lower() in _STOP:
            break
        start = m.start()
    if start is None:
        return None
    first = next((m for m in words if m.start() >= start and m.group()[:1].isupper()), None)
    if first is None:
        return None
    end = words[-1].end()
    return (first.start(), end) if first.start() < end else None


def definitions(text: str) -> dict[str, str]:
    """Return the acronyms an article defines: folded long form -> folded acronym.

    Parameters
    ----------
    text : str
        An article text.

    Returns
    -------
    dict of str to str
        ``{"center-for-reconciliation-of-opposing-parties-in-tessel": "cropt"}``; the long
        form is also recorded without a leading adjective (``Russian Center …``).
    """
    found: dict[str, str] = {}
    for m in _DEFINITION.finditer(text):
        span = long_form(text, m.start())
        if span is None:
            continue
        long = text[span[0] : span[1]]
        acronym = m.group(1).lower()
        found[org_key(long)] = acronym
        head, _, rest = long.partition(" ")
        if rest and rest[:1].isupper() and head.lower() not in _LINKING:
            found[org_key(rest)] = acronym
    return found
