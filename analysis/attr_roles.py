"""Role nouns that stand for a named speaker: "the governor", "the ministry", "the statement".

:mod:`analysis.attr_coref` resolves such mentions to an earlier name; this module holds
what it needs to read them: spelling variants of role heads, the head of a role phrase,
the titles news uses to vary a speaker's name, and the texts an institution issues.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.attr_lexicon import DOCUMENT_NOUNS, INSTITUTION_HEADS, PARTISANS, ROLE_NOUNS, words

SYNONYMS = {
    "centre": "center",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "defense": "defence",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "congressman": "representative",
    "congresswoman": "representative",
    "gen": "general",
    "pres": "president",
    "sec": "secretary",
    "prof": "professor",
    "dr": "doctor",
    "amb": "ambassador",
    "atty": "attorney",
    "chairwoman": "chairman",
    "chair": "chairman",
}
# Every written form of a normalised role head, for a cheap search before parsing.
FORMS: dict[str, tuple[str, ...]] = {}
for word_, head_ in SYNONYMS.items():
    FORMS.setdefault(head_, (head_,))
    FORMS[head_] = (*FORMS[head_], word_)
DETERMINERS = frozenset(["the", "this", "that", "these", "those", "its"])


def norm(word: str) -> str:
    """Return a role word lower-cased, without a possessive, in its one spelling ("Gov." -> governor)."""
    word = word.lower().removesuffix("’s").removesuffix("'s")
    return SYNONYMS.get(word, word)


# Titles a named speaker holds, which news uses to vary the name ("Perry …, the Texas governor
# said"); a spokesman, an aide or a lawyer is usually someone else.
HELD_TITLES = (
    words(
        """governor senator president minister nominee candidate speaker leader mayor chancellor premier
    congressman congresswoman lawmaker representative secretary chairman chairwoman director ceo general
    commander judge prosecutor king queen prince pope actor actress singer host coach comedian billionaire
    businessman businesswoman mogul star"""
    )
    | PARTISANS
)
# Roles a person is named by, in office or by party ("the California Democrat").
_PERSON_ROLES = ROLE_NOUNS | PARTISANS
# Texts an institution issues: "the statement said" speaks for whoever issued the statement.
ISSUED = frozenset(["statement", "communique", "communiqué", "release"])


def role_head(words: Sequence[str]) -> str:
    """Return the head of an anaphoric role noun phrase (``the ministry`` -> ``ministry``), else ``""``."""
    if len(words) < 2 or words[0].lower() not in DETERMINERS:
        return ""
    last = [w.lower() for w in words]
    if last[-1] in DOCUMENT_NOUNS and len(last) > 2 and last[-2].endswith(("’s", "'s")):
        last = last[:-1]
    head = norm(last[-1])
    if head not in _PERSON_ROLES and head not in INSTITUTION_HEADS and head != "spokesman":
        return ""
    # Everything between the determiner and the head must be an adjective or a place or
    # body ("the Texas governor", "the House speaker"), not a name ("the Perry campaign").
    place_or_body = head in _PERSON_ROLES and len(words) <= 4
    for word in words[1:-1]:
        if (
            word[:1].isupper()
            and not word.lower().endswith(("an", "ish", "ese", "i", "ic"))
            and not place_or_body
        ):
            return ""
    return head
