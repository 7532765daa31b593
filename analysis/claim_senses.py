"""Judging words used in a sense that judges nothing: "the Justice Department", "benefit cuts".

:func:`analysis.claim_stance.judge` reads a statement's judging words as praise or
blame; a word inside a name, before a cut, naming a law or an entitlement, or a role
("responsible for all ADSL connections") says nothing good or bad of anyone, so
:func:`not_judging` lists those for it to skip. Found reading BASIL's political cases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# "responsible for all ADSL connections", "responsible for the attack": a role or blame,
# not praise ("a responsible government" still judges).
_ROLE_OR_BLAME = re.compile(r"\bresponsib(?:le|ility)\s+for\b", re.IGNORECASE)


# A judging word inside a name ("the Justice Department", "the Freedom Caucus"), a good
# thing that is cut ("benefit cuts") or what a law is about ("religious freedom laws")
# judges nothing by itself.
_NOT_PLAIN = ("cut", "reduction", "loss", "law", "act", "bill", "program", "agenc")
_STATUS_AFTER = re.compile(r"\s+(?:immigra|alien|migrant|border\s+cross|entr)", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:of\s+)?[A-Z]")
_NAME_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
# An entitlement named by what it is for ("tax benefits", "unemployment benefits") judges nothing.
_ENTITLEMENT_BEFORE = re.compile(
    r"\b(?:tax|health|jobless|unemployment|federal|veterans[’']?|retirement|pension|disability|survivor"
    r"|welfare|security|medicare|medicaid|insurance|fringe|death|education|food|housing|spousal)\s+$",
    re.IGNORECASE,
)


def not_judging(judging: Iterable[str], text: str) -> frozenset[str]:
    """Return the lemmas of ``judging`` (judging words of ``text``) that ``text`` never uses
    in their own sense: only inside a name, before a cut, naming a law, an entitlement, a role or
    a status ("illegal immigrants")."""
    out = {w for w in judging if not _plain_use(w, text)}
    if "responsible" in judging and _ROLE_OR_BLAME.search(text):
        out.add("responsible")
    return frozenset(out)


def _plain_use(word: str, text: str) -> bool:
    """Whether ``word`` stands in ``text`` at least once in its own sense: not inside a name,
    before a cut or naming a law (a word not found as written is kept)."""
    found = False
    for m in re.finditer(rf"\b{re.escape(word)}\w*", text, re.IGNORECASE):
        found = True
        if text[m.end() : m.end() + 12].lstrip().lower().startswith(_NOT_PLAIN):
            continue
        if word == "illegal" and _STATUS_AFTER.match(text, m.end()):
            continue  # "deporting illegal immigrants": a status named, no judgement made
        if m.group()[0].isupper() and _in_name(text, m.start(), m.end()):
            continue
        if word.startswith("benefit") and _ENTITLEMENT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        if m.group().lower() == "justices" or text[max(0, m.start() - 15) : m.start()].lower().endswith(
            "obstruction of "
        ):
            continue  # the judges of a court; a crime
        return True
    return not found


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``[start, end)`` is part of a name: a capitalised word
    (or "of" and one) follows it, or one stands before it inside the sentence."""
    if _NAME_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    return _NAME_BEFORE.search(before) is not None and not before.rstrip().endswith((".", "!", "?"))
