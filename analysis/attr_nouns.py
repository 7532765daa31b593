"""Cue words that are nouns here, no verbs: ``the reports``, ``Tlaib’s remarks``, ``a note
of caution``, ``his Twitter post``, ``an estimated 800,000``, ``the agency's investigative
report``. :func:`is_noun` is asked before any pattern looks for a speaker."""

from __future__ import annotations

from collections.abc import Sequence

from analysis import attr_np as np_
from analysis import attr_phrase as loose
from analysis.attr_lexicon import ANONYMOUS_HEADS, INSTITUTION_HEADS, ROLE_NOUNS, SPREAD_WORDS, words
from analysis.attr_np import QUOTE_CLOSERS, Token
from analysis.cues import is_base_form, is_past_form

_NOUN_MARKERS = words("the a an his her its their our my your these those this that such new recent latest")
# No finite verb follows a preposition: "threats to emerge over claims that …" names a noun.
_PREPOSITIONS = words(
    "over amid amidst despite about of against for with from after before following regarding"
)
_BARE_NOUN_MARKERS = words("a an the his her its their our my your of no any")
_ARTICLES = words("a an the")
_POSSESSIVES = words("his her its their our my your")
_NUMBER_WORDS = words("two three four five six seven eight nine ten dozen dozens hundreds thousands several")
_RUN = words("run runs ran running")
_DETERMINERS = _ARTICLES | _POSSESSIVES | words("this that")
_SPEAKING_NOUNS = ROLE_NOUNS | INSTITUTION_HEADS | ANONYMOUS_HEADS
_AUXILIARIES = words("have has had is are was were will would can could should may might must")


def _noun_before_relative(tokens: Sequence[Token], after: int) -> bool:
    """``the misogynistic jokes that peppered the script``: a plural noun and a relative
    clause (a past verb right after ``that``), not a cue and its complement."""
    if after < 1 or after + 1 >= len(tokens) or tokens[after].lower != "that":
        return False
    cue, verb = tokens[after - 1].lower, tokens[after + 1]
    before = tokens[after - 2] if after >= 2 else None
    # "He claims that increased spending …", "Krall claims that …": a subject, so a verb.
    subject = before is None or before.lower in np_.PRONOUNS or before.text[:1].isupper()
    return not subject and cue.endswith("s") and verb.text.islower() and verb.lower.endswith("ed")


# Finite forms that report a finding; a plural cue word right before one is its subject's noun.
_FINDING_VERBS = words(
    "show shows showed suggest suggests suggested indicate indicates indicated say said reveal reveals"
)


# Words after a plural noun that a verb in -s rarely has right after it.
_PLURAL_FOLLOWERS = words("of and or")


def _common_noun_before(prev: Token) -> bool:
    """Whether ``prev`` is a lower-case word that may modify a noun (no pronoun, adverb or name)."""
    low = prev.lower
    adverb = low in np_.SKIPPABLE or low.endswith("ly")  # "Smith often speaks of …"
    return prev.text.isalpha() and prev.text.islower() and low not in np_.PRONOUNS and not adverb


# Nouns that name what a report is about or where it ran ("a policy dispute", "the border report").
_COMPOUND_MODIFIERS = words(
    """policy border news blog court budget trade tax murder manslaughter kidnapping assault fraud felony
    misdemeanor corruption bribery conspiracy terrorism weapons drug phone criminal security leadership
    spending"""
)
_NOT_MODIFIERS = words("i we you they he she it who and or")


def _compound_head(tokens: Sequence[Token], i: int) -> bool:
    """``his Twitter post``, ``the Senate report``, ``a highly charged policy dispute``: a cue
    word in its base form after a singular modifier is a compound's head noun (a verb would
    need a plural subject: ``the officials say``)."""
    form, prev = tokens[i].lower, tokens[i - 1]
    if i >= 1 and _plural(form) and prev.text.islower() and prev.lower in _COMPOUND_MODIFIERS:
        # "criminal charges", "news reports say": a bare plural after a modifier noun ("The
        # blog adds", after an article, is a subject and its verb).
        return i < 2 or tokens[i - 2].lower not in _DETERMINERS
    if i < 2 or not is_base_form(form) or prev.lower in _NOT_MODIFIERS:
        return False
    if tokens[i - 2].lower in {"and", "or"} or prev.lower.endswith("s"):
        return False  # "Moscow and Kyiv dispute", "the officials claim"
    if prev.text[:1].isupper():
        return prev.text.isalpha() and (
            tokens[i - 2].lower in _NOUN_MARKERS or tokens[i - 2].text in QUOTE_CLOSERS
        )
    return prev.lower in _COMPOUND_MODIFIERS


# Verbs that follow a dispute or a report as its subject ("the family dispute mirrors …",
# "the union dispute ended"); an object of the cue would be a noun phrase instead.
_SUBJECT_VERBS = _FINDING_VERBS | words(
    """mirrors mirrored reflects reflected highlights highlighted underscores underscored continues
    continued remains remained threatens threatened involves involved stems stemmed escalates escalated
    erupts erupted ends ended begins began flares flared deepens deepened grows grew intensifies
    intensified spills spilled drags dragged"""
)
# Lower-case words before a verb that are no singular noun: a plural without -s, a function word.
_NOT_SINGULAR = _AUXILIARIES | words(
    """police people staff personnel military public media crew clergy youth militia folk do does did
    not never also often still now then later again too even just only already always to who that
    which and or but i we you they he she it"""
)


def _head_before_verb(tokens: Sequence[Token], i: int) -> bool:
    """``the Cheney family dispute mirrors …``, ``the union dispute ended``: a cue word in its
    base form between a singular lower-case noun and a finite verb is the subject's head
    noun (after a singular subject the verb would read ``disputes``)."""
    if i + 1 >= len(tokens) or not is_base_form(tokens[i].lower):
        return False
    prev, nxt = tokens[i - 1], tokens[i + 1]
    low = prev.lower
    if not (prev.text.isalpha() and prev.text.islower()) or low.endswith("s") or low in _NOT_SINGULAR:
        return False
    return nxt.text.islower() and nxt.lower in _SUBJECT_VERBS


_AFTER_NOUNS = _AUXILIARIES | _PREPOSITIONS | words("and or but in on at to by")


def _plural_before_link(tokens: Sequence[Token], i: int) -> bool:
    """``Residents of the town say …``, ``Officials in the region claim …``: the word
    before the cue ends a prepositional phrase whose plural head agrees with the verb."""
    if i < 4 or tokens[i - 2].lower not in _ARTICLES:
        return False
    if tokens[i - 3].lower in SPREAD_WORDS:
        return _spread_head(tokens, i - 3)  # "Observers (in Virginia and) around the country say"
    if tokens[i - 3].lower not in np_.LINKS:
        return False
    head, nxt = tokens[i - 4], tokens[i + 1] if i + 1 < len(tokens) else None
    if not (head.lower.endswith("s") and loose.noun_like(head)):
        return False
    # A verb's complement follows ("… say that", "… claim armed men came"), not "and",
    # an auxiliary or a preposition ("eight hours on a single charge and …").
    if nxt is None or not nxt.text.isalpha() or nxt.lower in _AFTER_NOUNS:
        return False
    phrase = np_.scan_back(list(tokens[:i]), i)  # the phrase must reach the plural head
    return bool(phrase) and phrase[0].start <= head.start


_SPREAD_REACH = 5  # tokens of a place before "and around the country"


def _spread_head(tokens: Sequence[Token], link: int) -> bool:
    """Whether a plural noun heads the phrase that ``around the …`` at ``link`` ends, maybe
    after a first place joined by ``and`` (``Political observers in Virginia and around``)."""
    k = link - 1
    if k >= 0 and tokens[k].lower == "and":
        places = range(k - 1, max(-1, k - 1 - _SPREAD_REACH), -1)
        k = next((m - 1 for m in places if tokens[m].lower in np_.LINKS), -1)
    if k < 0:
        return False
    lower = tokens[k].text.islower() or k == 0  # "Experts across the region say"
    return tokens[k].lower.endswith("s") and lower and loose.noun_like(tokens[k])


_ADJECTIVES = ("ive", "ical", "ous", "ary", "ful")


def _after_adjective(tokens: Sequence[Token], i: int) -> bool:
    """A cue word in its base form after a lower-case adjective (``investigative report``,
    ``the military report``, ``for political reasons``): a noun (``A representative said``
    is a past, and stays a verb)."""
    prev, form = tokens[i - 1], tokens[i].lower
    if not (prev.text.islower() and prev.lower.endswith(_ADJECTIVES)):
        return False
    # A plural too ("for political reasons"), but not after a role ("the representative says").
    return is_base_form(form) or (_plural(form) and prev.lower not in _SPEAKING_NOUNS)


def _plural(form: str) -> bool:
    """A cue word in -s that is no third-person verb of saying (``says``)."""
    return form.endswith("s") and form != "says" and is_base_form(form[:-1])


# What follows a noun at a phrase's end, and rarely a verb that reports ("her office claims the …").
_AFTER_PHRASE_END = words(". , ; : by of and or for to in on about from with")


_SINGULAR_ARTICLES = words("a an another each every")
# Words after "a" that count a plural ("a few want", "a number of residents say").
_QUANTIFYING = words("few lot number couple handful majority dozen series group pair")
_MODIFIER_REACH = 3


def _after_singular_article(tokens: Sequence[Token], i: int) -> bool:
    """``an awards show``, ``a prior DUI charge``, ``an animal cruelty charge``: a cue word in
    its base form after "a" and a few modifiers is a noun (a verb after a singular subject
    would end in -s)."""
    if not is_base_form(tokens[i].lower):
        return False
    for k in range(i - 1, max(-1, i - 1 - _MODIFIER_REACH), -1):
        low = tokens[k].lower
        if low in _SINGULAR_ARTICLES:
            return k < i - 1
        if (
            not tokens[k].text.isalpha()
            or low in _QUANTIFYING
            or low in _NOT_MODIFIERS
            or low in _AUXILIARIES
        ):
            return False
    return False


_GENERALS = words("inspector attorney surgeon secretary solicitor auditor comptroller")


def _after_singular_role(tokens: Sequence[Token], i: int) -> bool:
    """A cue word in its base form right after a two-word title (``the inspector general
    report``, ``a DOJ inspector general report``) is a noun: the title is singular, so a
    verb would take -s, and the title names the office the report is from."""
    if i < 2 or not is_base_form(tokens[i].lower):
        return False
    return tokens[i - 1].lower == "general" and tokens[i - 2].lower in _GENERALS


def _named_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether a capitalised word stands right before ``tokens[k]`` (``Article 5``)."""
    return k > 0 and tokens[k - 1].text[:1].isupper()


def _possessed_noun(tokens: Sequence[Token], i: int, nxt: str) -> bool:
    """``his original remarks.``: after a possessive and a modifier, a cue word in the
    present that ends its phrase is a noun (``his office said``, ``her office claims the
    bill …`` report)."""
    form = tokens[i].lower
    if i < 2 or tokens[i - 2].lower not in _POSSESSIVES or is_past_form(form) or form.endswith("ed"):
        return False
    if tokens[i - 1].lower in _SPEAKING_NOUNS:
        return False  # "…, her rep confirms to PEOPLE."
    return _common_noun_before(tokens[i - 1]) and (nxt in _AFTER_PHRASE_END or nxt == "")


# A cue word and the noun after it that make one noun.
_COMPOUNDS = frozenset(
    [("think", "tank"), ("voice", "vote"), ("voice", "mail"), ("voice", "message"), ("voice", "votes")]
)


_PARTICLES = frozenset(["down", "up", "out", "off", "over"])
# Words after a participle that show no noun follows it ("agreed that", "alleged to").
_NOT_NOUNS_AFTER = frozenset(
    ["that", "to", "on", "in", "with", "by", "it", "this", "the", "a", "an", "he", "she", "whether", "if",
     "about", "for", "as", "his", "her", "their", "its", "they", "we", "there", "what", "how", "why"]
)  # fmt: skip


def _past(word: str) -> bool:
    """A past form, regular or not ("handed", "sent")."""
    return word.endswith("ed") or is_past_form(word)


def _count(word: str) -> bool:
    """A number word or a figure that is no year ("nine", "99"; not "in 2001 announced")."""
    return word in _NUMBER_WORDS or (word.isdigit() and not (len(word) == 4 and word[:2] in ("19", "20")))


def _noun_after(word: str, count: str) -> bool:
    """Whether ``word``, after a participle after ``count``, can be the noun it qualifies (after
    a figure, a name too: figures count things, number words may be the subject)."""
    lowered = word.lower()
    return word.isalpha() and (word.islower() or count.isdigit()) and lowered not in _NOT_NOUNS_AFTER


_LIGHT_VERBS = frozenset(["make", "makes", "made", "making"])


def is_noun(tokens: Sequence[Token], i: int) -> bool:
    """``the reports``, ``Tlaib’s remarks``, ``a note of caution``: a noun, not a verb."""
    form = tokens[i].lower
    if i == 0 or form == "says" or form in _LIGHT_VERBS:
        return False  # "made note of", "made clear": a light verb opening a cue is a verb
    prev = tokens[i - 1].lower
    possessive = prev.endswith(("’s", "'s", "s’", "s'"))  # "Americans' support"
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if nxt in _AUXILIARIES and not form.endswith(("ed", "ing")) and not is_past_form(form):
        return True  # "Health worries have dogged her": the cue word is the subject
    if form.endswith("s") and nxt in _FINDING_VERBS:
        return True  # "an analysis of newly filed reports shows …": the verb follows the noun
    if form.endswith("s") and nxt in _PLURAL_FOLLOWERS and _common_noun_before(tokens[i - 1]):
        # "the tedious details of …", "filed finance reports and accepted …" (but "Robert
        # Costa writes of Christie", "he speaks of"; a name or a pronoun is a subject).
        return True
    if _noun_before_relative(tokens, i + 1):
        return True
    if (prev in _ARTICLES or prev in _POSSESSIVES) and form.endswith("ed"):
        return True  # "an estimated 800,000", "the alleged plot", "its alleged role": an adjective
    if _count(prev) and form.endswith("ed") and i + 1 < len(tokens) and _noun_after(tokens[i + 1].text, prev):
        # "nine alleged rules violations", "99 alleged Sicilian Mafia members" (not "the three
        # agreed that …", "the two claimed Krall lied").
        return True
    if _plural(form) and prev in _PARTICLES and i >= 2 and _past(tokens[i - 2].lower):
        return True  # "the attorney's office handed down charges": a phrasal verb's object
    if _plural(form) and (prev in _NUMBER_WORDS or (prev.isdigit() and not _named_before(tokens, i - 1))):
        return True  # "ten reasons why", "12 reports": counted things ("Article 5 states" names)
    if form == "counter" and prev in _RUN:
        return True  # "Her outburst ran counter to …"
    if _after_singular_role(tokens, i):
        return True  # "The inspector general report, meanwhile, referred …"
    if _after_singular_article(tokens, i):
        return True  # "an awards show", "a prior DUI charge": a singular subject takes "-s"
    if _compound_head(tokens, i) or _head_before_verb(tokens, i):
        return True
    if _after_adjective(tokens, i):
        return True  # "the agency's investigative report": an adjective is no subject
    if _possessed_noun(tokens, i, nxt):
        return True  # "his original remarks", "her internecine post by saying": a possessive's noun
    if (form, nxt) in _COMPOUNDS:
        return True  # "a think tank", "passed by voice vote"
    if form.endswith("s") and i >= 2 and tokens[i - 2].lower == "to" and tokens[i - 1].text.islower():
        return True  # "declined to answer questions": the object of an infinitive, no verb
    if i >= 2 and tokens[i - 2].lower in _ARTICLES and not is_past_form(form) and not form.endswith("s"):
        if _plural_before_link(tokens, i):
            return False
        # "an open question", "the soothing voice" (not "the officials say": a noun, a verb)
        return not loose.noun_like(tokens[i - 1])
    if not form.endswith("s"):
        # A base form after "a", "of", "the" or a possessive: "a note of caution", "Krall's claim".
        return is_base_form(form) and (prev in _BARE_NOUN_MARKERS or possessive)
    return prev in _NOUN_MARKERS or prev in _PREPOSITIONS or possessive
