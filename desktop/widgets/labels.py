"""Words the analyst reads for the analysis enums (commitment, kind, claim kind, decision)."""

from __future__ import annotations

COMMITMENT_WORDS = {
    "neutral": "said",
    "emphatic": "asserted",
    "distancing": "claimed",
    "denial": "denied",
    "conditional": "if…",
}
"""How the outlet frames what it reports, as a short badge."""

COMMITMENT_HELP = {
    "neutral": "Reported plainly (said, told, stated)",
    "emphatic": "Reported as settled fact (confirmed, revealed, showed)",
    "distancing": "Reported with distance (claimed, alleged, insisted)",
    "denial": "Reported as a denial (denied, rejected, dismissed)",
    "conditional": "Reported as conditional or hedged (would, if, may)",
}

KIND_WORDS = {
    "direct": "quote",
    "indirect": "reported",
    "mixed": "partly quoted",
    "narrative": "narrative",
}
"""How the statement is reported."""

CLAIM_KIND_WORDS = {
    "denial": "Denial",
    "numbers": "Numbers",
    "omission": "Omission",
    "blame": "Blame",
    "framing": "Framing",
    "corroboration": "Corroboration",
}

DECISION_WORDS = {"open": "Open", "confirmed": "Confirmed", "dismissed": "Dismissed"}


def commitment_word(value: str) -> str:
    """Return the badge word for a commitment value (the value itself when unknown)."""
    return COMMITMENT_WORDS.get(value, value)


def kind_word(value: str) -> str:
    """Return the word for a statement kind."""
    return KIND_WORDS.get(value, value)


def framing_word(commitment: str, cue: str) -> str:
    """Return the commitment word worth showing beside a cue ("" when the cue already says it)."""
    return "" if commitment == "neutral" and cue else commitment_word(commitment)
