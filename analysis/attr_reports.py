"""Cue words that report nothing where they stand.

``could deny`` (a modal), ``was told`` (a passive without its agent), ``did not respond``,
``That said, …``, ``declared his candidacy`` (an act), ``posted record profits`` (a
result), ``live in states that …`` (a noun): :func:`not_a_report` reads these for
:mod:`analysis.attribution` before any pattern looks for a speaker.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.attr_lexicon import DOCUMENT_NOUNS, words
from analysis.attr_np import QUOTE_CLOSERS, Token
from analysis.attr_patterns import ARTICLES, NAMING, PASSIVE_AUX, agent_after_complement
from analysis.cues import Cue, lookup

_MODALS = words("could would may might should can must will shall 'd ’d 'll ’ll") | frozenset(
    f"{modal}{mark}t"
    for modal in ("couldn", "wouldn", "won", "can", "shouldn", "mightn", "mustn")
    for mark in "'’"
)
_IDIOM_BEFORE = words("having needless suffice so without")  # having said that, needless to say
_NEGATIONS = frozenset({"not", "never", "n't"}) | frozenset(
    f"{verb}n{mark}t" for verb in ("do", "does", "did", "has", "have", "had") for mark in "'’"
)
_NEGATED_OR_ADVERB = _NEGATIONS | words("also immediately yet often sometimes always still even")
# Answers that, denied, are no statement at all ("did not respond to requests for comment").
_SILENCE = words("respond reply answer comment return")


def _adjective_ing(tokens: Sequence[Token], i: int, after: str) -> bool:
    """ "it was anything but reassuring.", "is hardly surprising": a quality, no one speaking
    (a report has someone or something after it: "was reassuring residents that …")."""
    if after[:1].isalnum():
        return False
    k = i - 1
    while k >= 0 and (
        tokens[k].lower.endswith("ly") or tokens[k].lower in {"anything", "but", "far", "from"}
    ):
        k -= 1
    if k < 1 or tokens[k].lower not in {"is", "was", "be", "been", "seems", "seemed"}:
        return False
    return tokens[k - 1].lower in {"it", "this", "that"}  # "he was saying." still reports


def _that_said(tokens: Sequence[Token], i: int) -> bool:
    """ "That said, …": an idiom opening a clause (not "a statement that says …", a relative)."""
    if i == 0 or tokens[i - 1].lower != "that":
        return False
    return i == 1 or not tokens[i - 2].text[:1].isalnum()


def not_a_report(tokens: Sequence[Token], i: int, j: int, entry: Cue) -> bool:
    """Cue words that report nothing here.

    ``could deny`` (a modal: nothing was said), ``is expected to`` (nobody expects), ``was
    told`` (a passive without its agent), ``did not respond`` (no answer is no statement),
    ``having said that`` / ``needless to say`` / ``goes without saying`` (idioms),
    ``contributed reporting`` / ``reported from`` (credit lines), ``added a note`` (adding a
    thing, not words), ``went on to win`` (going on to do something else).
    """
    k = i - 1
    negated = False
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in _NEGATED_OR_ADVERB):
        negated = negated or tokens[k].lower in _NEGATIONS
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    after = tokens[j].lower if j < len(tokens) else ""
    modal = before in _MODALS and not tokens[k].text[:1].isupper()  # "Theresa May said"
    if modal or (i > 0 and tokens[i - 1].lower in _IDIOM_BEFORE) or _that_said(tokens, i):
        return True
    if (negated or before in _NEGATIONS) and entry.lemma in _SILENCE:
        return True
    agent = tokens[i].lower in NAMING and agent_after_complement(tokens, j) != j  # "called X by"
    if (
        before in PASSIVE_AUX
        and not tokens[i].lower.endswith("ing")
        and after not in {"by", "in"}
        and not agent
    ):
        # "is expected to": nobody in particular expects; "was told", "was charged with":
        # the subject hears or suffers the act. With "by" (or "in" the Kremlin) the source follows.
        return True
    if tokens[i].lower.endswith("ing") and _adjective_ing(tokens, i, after):
        return True
    if entry.lemma == "report" and (before == "contributed" or after == "from"):
        return True
    closing = any(t.text in QUOTE_CLOSERS for t in tokens[max(0, i - 4) : i])
    if entry.lemma in {"continue", "go on"} and after[:1].isalnum() and after != "that" and not closing:
        # "He continued the theme …", "went on to win": speech only before a quote, or after
        # one ("“…,” he continued in a tweet").
        return True
    if entry.lemma in _DECLARING and _act_object(tokens, j):
        return True  # "after Mr. Trump declared his candidacy": an act, no words reported
    if entry.lemma == "post" and _result_object(tokens, j):
        return True  # "the company posted record profits", "posted its lowest ratings": results
    if entry.lemma == "state" and tokens[i].lower == "states" and not _states_subject(tokens, i):
        return True  # "couples who live in states that do not recognize …": the noun
    if entry.lemma == "refer to" and not any(t.lower == "as" for t in tokens[j : j + 8]):
        return True  # "referred to the case of a sailor" mentions; "referred to her as …" labels
    if entry.lemma == "respond" and _responds_by_act(tokens, j):
        return True  # "police responded with tear gas", "Alexandria Police responded soon after"
    if entry.lemma == "maintain" and after in ARTICLES:
        return True  # "which maintains the fuel depot": upkeep ("maintains his innocence" reports)
    return entry.lemma == "add" and after in {"a", "an", "the", "to", "up", "its", "his", "her", "their"}


# Verbs that perform an act on an act noun ("declared his candidacy", "pledged allegiance").
_DECLARING = words("declare announce proclaim pledge swear")
_ACTS = words(
    "candidacy candidacies bid bids emergency emergencies independence bankruptcy bankruptcies ceasefire"
    " cease-fire truce curfew curfews resignation retirement engagement lockdown mobilization mobilisation"
    " allegiance loyalty fealty"
)


_ACT_STOPS = words("that to")


def _act_object(tokens: Sequence[Token], j: int) -> bool:
    """``his candidacy``, ``a state of emergency``: an act declared, within four words."""
    return _object_among(tokens, j, _ACTS, _ACT_STOPS, martial=True)


_RESULTS = words(
    "profit profits loss losses ratings rating gain gains results result revenue revenues earnings sales"
    " growth decline deficit surplus win wins victory victories record records score scores time times"
)


_RESULT_STOPS = words("that to on in")


def _result_object(tokens: Sequence[Token], j: int) -> bool:
    """``posted record profits``, ``posted its lowest ratings ever``: a result, within four words."""
    return _object_among(tokens, j, _RESULTS, _RESULT_STOPS)


def _object_among(
    tokens: Sequence[Token], j: int, nouns: frozenset[str], stops: frozenset[str], martial: bool = False
) -> bool:
    """Whether one of ``nouns`` (or, with ``martial``, "martial law") is the object after the
    cue, within four words and before punctuation or one of ``stops``."""
    for k in range(j, min(len(tokens), j + 5)):
        low = tokens[k].lower
        if low in nouns or (martial and low == "law" and tokens[k - 1].lower == "martial"):
            return True
        if not tokens[k].text[:1].isalnum() or low in stops:
            return False
    return False


def _states_subject(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``states that`` has a text, a name or ``it`` before it (``The letter from
    Taylor states that …``), not a plural noun's place (``live in states that …``); a bare
    ``states`` only after a text or a pronoun, or a name right after a quote (``“…,” the
    letter states``; not ``Gulf states agreed``)."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None:
        return False
    if prev.lower in DOCUMENT_NOUNS or prev.lower in {"it", "he", "she"}:
        return True
    if not prev.text[:1].isupper():
        return False
    that = i + 1 < len(tokens) and tokens[i + 1].lower == "that"
    return that or any(t.text in QUOTE_CLOSERS for t in tokens[max(0, i - 4) : i])


# What one may respond with that is words ("responded with a statement").
_WORDS_GIVEN = words(
    """statement statements comment comments remarks words letter tweet tweets post question questions note
    point points argument arguments answer joke quip"""
)
_ACT_AFTER = words("soon swiftly promptly within")


def _responds_by_act(tokens: Sequence[Token], j: int) -> bool:
    """``responded with tear gas`` (not ``with a statement``), ``responded soon after``: a
    response in deeds, no words reported."""
    after = tokens[j].lower if j < len(tokens) else ""
    if after == "by" and j + 1 < len(tokens):
        entry = lookup(tokens[j + 1].lower)  # "responded by noting" (not "by firing the board")
        return entry is None or entry.weak
    if after in _ACT_AFTER:
        return not any(t.text in QUOTE_CLOSERS for t in tokens[:j])  # "“No,” he responded soon after"
    if after != "with":
        return False
    for k in range(j + 1, min(len(tokens), j + 5)):
        if tokens[k].lower in _WORDS_GIVEN:
            return False
        if not tokens[k].text[:1].isalnum():
            break
    return True
