"""Word lists and the plural folding behind the news-aware vocabulary.

The lists say what a news statement is *about* by removing what only says how it was
reported. They are deliberately conservative: verbs that carry content of their own
("blamed", "accused", "respond", "warned of") stay, because blame and threats are topics.
"""

from __future__ import annotations

from functools import lru_cache


def _inflect(*stems: str) -> frozenset[str]:
    """Expand ``"say:said,says,saying"`` style entries into a set of words."""
    out: set[str] = set()
    for entry in stems:
        head, _, forms = entry.partition(":")
        out.add(head)
        out.update(f for f in forms.split(",") if f)
    return frozenset(out)


REPORTING_WORDS: frozenset[str] = _inflect(
    "say:said,says,saying",
    "tell:told,tells,telling",
    "state:stated,states,stating",
    "add:added,adds,adding",
    "claim:claimed,claims,claiming",
    "deny:denied,denies,denying",
    "confirm:confirmed,confirms,confirming",
    "announce:announced,announces,announcing",
    "report:reported,reports,reporting,reportedly",
    "insist:insisted,insists,insisting",
    "assert:asserted,asserts,asserting",
    "allege:alleged,alleges,alleging,allegedly",
    "note:noted,notes,noting",
    "explain:explained,explains,explaining",
    "argue:argued,argues,arguing",
    "acknowledge:acknowledged,acknowledges,acknowledging",
    "admit:admitted,admits,admitting",
    "reiterate:reiterated,reiterates,reiterating",
    "stress:stressed,stresses,stressing",
    "emphasise:emphasised,emphasises,emphasize,emphasized,emphasizes",
    "declare:declared,declares,declaring",
    "maintain:maintained,maintains",
    "contend:contended,contends",
    "mention:mentioned,mentions",
    "remark:remarked,remarks",
    "comment:commented,comments,commenting",
    "reply:replied,replies",
    "quote:quoted,quotes,quoting",
    "write:wrote,writes,written,writing",
    "speak:spoke,speaks,speaking,spoken",
    "according",
    "suggest:suggested,suggests",
    "indicate:indicated,indicates",
    "describe:described,describes",
    "statement:statements",
    "spokesman:spokesmen,spokeswoman,spokeswomen,spokesperson,spokespeople",
    "reporter:reporters",
    "interview:interviews",
    "condition",
    "anonymity:anonymous",
)
"""Reporting verbs in all their forms, and the nouns of attribution boilerplate."""

NEWS_STOP_WORDS: frozenset[str] = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "just", "like", "including", "place"),
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
        *("today", "yesterday", "tomorrow", "week"),
        *("did", "does", "don't", "didn't", "doesn't", "it's", "isn't", "wasn't"),
        *("we're", "they're", "i'm", "we've", "won't", "can't"),
    }
)
"""Calendar words, contractions and phrase fillers ("take place") that carry no topic."""

_KEEP_S = frozenset(
    {
        *("news", "series", "species", "politics", "economics", "physics", "mathematics"),
        *("lens", "bus", "gas", "its", "this", "was", "has", "his", "hers", "ours", "yours"),
        *("theirs", "is", "us", "always", "perhaps", "various", "across", "less", "unless"),
        *("yes", "thus", "plus", "bias", "atlas", "chaos", "canvas", "christmas", "texas"),
        *("kansas", "paris", "athens", "davos", "brussels", "wales", "arms", "means", "headquarters"),
    }
)
"""Words ending in "s" that are not plurals (or whose singular means something else)."""


@lru_cache(maxsize=200_000)
def fold_plural(word: str) -> str:
    """Return the singular of an English plural noun, or ``word`` unchanged.

    Light and predictable on purpose: no verb stemming, so labels stay readable and
    "killed" does not meet "kill" by accident.

    Parameters
    ----------
    word : str
        A lower-case word.

    Returns
    -------
    str
    """
    if len(word) <= 3 or word in _KEEP_S or not word.endswith("s"):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):
        return word[:-2]
    if word.endswith(("ss", "us", "is", "'s")):
        return word
    return word[:-1]
