"""The answer key of the bundled demo case (``resources/samples``), written by us.

Each planted conflict names a fragment of each side's statement; tests find the
statements containing the fragments and check what the analysis says about them.
"""

from __future__ import annotations

PLANTED_CONFLICTS: list[tuple[str, str, str]] = [
    # (kind, fragment in one statement, fragment in the other)
    ("denial", "no evidence of a refugee flow", "About a million refugees are moving"),
    ("numbers", "six civilians were killed", "at least 34 civilians were killed"),
    ("numbers", "six civilians were killed", "At least 20 civilians were killed"),
    ("omission", "two schools and a bakery", "damaged the hospital and two schools"),
    ("blame", "Militants of the Tessel Liberation Front", "Kersian artillery shelled the central hospital"),
    (
        "framing",
        "denied that Kersian aircraft had struck the hospital",
        "confirmed that the hospital had been struck",
    ),
]

PLANTED_CORROBORATIONS: list[tuple[str, str]] = [
    ("talks with Valdoria would take place in Geneva", "talks with Kersia would take place in Geneva"),
]

PLANTED_AGREEMENTS: list[tuple[str, str]] = [
    # statements that agree and must never be flagged as competing
    ("talks with Valdoria would take place in Geneva", "talks with Kersia would take place in Geneva"),
    ("about 900,000 people had been displaced", "about 900,000 people had fled their homes"),
]

# statements on different things, or on different parties of one event: never a competing claim
NOT_COMPETING: list[tuple[str, str]] = [
    # a denial that says what it denies refutes no report about the talks or the refugees
    ("called the reports of the Valdorian side", "will hold talks in Geneva"),
    ("called the reports of the Valdorian side", "About a million refugees are moving"),
    # "militants" shelled and "civilians" were killed: two parties, not two accounts of one
    ("Militants of the Tessel Liberation Front", "At least 20 civilians were killed"),
    ("Militants of the Tessel Liberation Front", "at least 34 civilians were killed"),
]

# Expected attributions: (fragment of statement, speaker id fragment, commitment)
EXPECTED_SPEAKERS: list[tuple[str, str, str]] = [
    ("Our forces did not conduct any strikes", "varnov", "neutral"),
    ("Two tanks and one armoured vehicle", "varnov", "neutral"),
    ("no evidence of a refugee flow", "malek", "neutral"),
    ("talks with Valdoria would take place in Geneva", "oskarov", "neutral"),
    ("Kersian guns fired on a hospital", "krall", "neutral"),
    ("Valdoria would respond", "krall", "conditional"),
    ("About a million refugees are moving", "arslan", "neutral"),
    ("Hospitals are protected", "lindqvist", "neutral"),
]

SIDES = {
    "KSB World": "Kersian state",
    "Valdoria Daily": "Valdorian",
    "Global Wire": "Wire",
    "UN Office for the Coordination of Humanitarian Affairs": "UN",
}
