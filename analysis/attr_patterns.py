"""Where the speaker stands relative to a reporting cue: the patterns, one function each.

Every function takes the statement's tokens and the cue's token range ``[i, j)`` and
returns the speaker phrase it finds (or ``None``): ``inverted`` (``said Dr. Lena
Moravec``), ``passive`` (``was confirmed by the ministry``), ``impersonal`` (``stated in
the Kremlin``), ``participle`` (``…, saying``).
``weak_ok`` rejects weak cue words that report nothing here (``not_a_report``, in
:mod:`analysis.attr_reports`, any cue word; ``is_noun``, in :mod:`analysis.attr_nouns`, nouns). The
subject before a cue (``Krall warned``) has a module of its own, :mod:`analysis.attr_subject`.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis import attr_np as np_
from analysis import attr_phrase as loose
from analysis.attr_lexicon import DOCUMENT_NOUNS, INSTITUTION_HEADS, ROLE_NOUNS, words
from analysis.attr_np import QUOTE_CLOSERS, Token
from analysis.cues import BELIEF_LEMMAS, STANCE_LEMMAS, Cue, is_past_form

_ADJUNCTS = words("in on at during after before when while who as adding according from of")
_CLEAR_HEADS = np_.PRONOUNS | DOCUMENT_NOUNS | ROLE_NOUNS | INSTITUTION_HEADS | np_.QUANTITIES
_PROGRESSIVE = words("is are was were been be am 's ’s")
ARTICLES = words("a an the")
PASSIVE_AUX = words("was were been is are be being")
_TO_COMPLEMENT = words("want plan intend hope expect decline refuse pledge to insist on seek wish")
_OBJECT_TO = words("want expect wish")
_REFUSING = words("decline refuse")
_SPEECH_VERBS = words(
    """comment say discuss answer confirm deny elaborate specify disclose name identify reveal talk
    speculate respond provide release explain detail characterize characterise address offer give tell
    testify divulge rule endorse apologize apologise acknowledge admit concede retract condemn criticize
    criticise describe list share publish make threaten declare blame call accuse predict promise vow weigh"""
)
# Words after a belief verb that make it no report: "knew of", "feel up to", "thinking about it".
_NO_BELIEF_OBJECT = words("by of off up out to for about like well")
# Knowing verbs before a bare noun phrase act on a thing ("states that don't recognize gay
# marriage"); before a clause, a determiner or a preposition they may report a belief
# ("know your returns are audited", "recognize the danger that …", "know from …").
_KNOWING = words("know recognize recognise understand realize realise")
_KNOWN_CLAUSE = words(
    """that how why what whether when where who he she it they we i you there the a an this these those
    his her their our my your its all from about of"""
)
_DESCRIPTION_WORDS = 4  # "said 9/11 widow Terry Strada": at most this many tokens before the name
_NOT_DESCRIPTIVE = np_.LINKS | words(
    "and or by about over against into through after before under nothing something anything everything"
)
_EVIDENCE_OPENERS = words("no little scant some any evidence nothing proof")
_CLAUSE_STARTERS = words(
    "that he she it they we i there this these those the a an his her its their him them how why what whether"
)


def index_at(tokens: Sequence[Token], offset: int) -> int:
    """Return the index of the first token starting at or after ``offset``."""
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].start < offset:
            lo = mid + 1
        else:
            hi = mid
    return lo


def prev_word(tokens: Sequence[Token], i: int) -> Token | None:
    j = np_.skip_back(list(tokens), i)
    return tokens[j - 1] if j > 0 else None


_PARTICLES = frozenset(["on", "in", "into", "up", "down", "out", "from", "at", "away", "home", "together"])


# Texts whose words are "read" ("the letter reads", "a placard reading …").
_WRITINGS = DOCUMENT_NOUNS | words(
    "sign signs headline caption banner banners placard placards inscription post"
)


def weak_ok(entry: Cue, tokens: Sequence[Token], after: int, speaker: Sequence[Token]) -> bool:
    """A belief or finding counts only with a clear source and a clause after it."""
    if not entry.weak:
        return True
    nxt = tokens[after].lower if after < len(tokens) else ""
    head = np_.head_of(list(speaker))
    if entry.lemma == "read":
        return head.lower in _WRITINGS  # "…,” reads the letter", "a sign reading …" (not "he read")
    clear = head.text[:1].isupper() or head.lower in _CLEAR_HEADS
    if entry.lemma in _TO_COMPLEMENT and entry.lemma not in BELIEF_LEMMAS:
        first = index_at(tokens, speaker[0].start)
        appositive = first > 0 and tokens[first - 1].text == "," and speaker[0].lower in {"a", "an"}
        if appositive and tokens[after - 1].lower.endswith("ed"):
            return False  # "…, a move intended to underscore …": a participle describing a thing
        if entry.lemma in _REFUSING:
            # "declined to comment" reports on words; "refused to accept statistics" is an act.
            verb = tokens[after + 1].lower if after + 1 < len(tokens) else ""
            return nxt == "to" and verb in _SPEECH_VERBS
        # "plans to run", "wants Congress to act" (not "wants more").
        return nxt == "to" or (entry.lemma in _OBJECT_TO and _to_after_object(tokens, after))
    if entry.lemma in STANCE_LEMMAS:
        # "Trump attacked Clinton", not "a group called …" or "was called".
        before = tokens[after - 2].lower if after >= 2 else ""
        passive = before in {"so", "was", "were", "is", "be"} and not tokens[after - 1].lower.endswith("ing")
        # "put the Oscars back on an even keel": a particle after it, no object.
        particle = nxt in _PARTICLES and entry.lemma != "call" and " " not in entry.lemma
        # "picked up the SOS call.": a stance needs an object after it.
        has_object = " " in entry.lemma or nxt[:1].isalnum() or nxt in {"”", "“", '"', "‘", "'"}
        return clear and has_object and nxt not in {"by", "to", "off"} and not passive and not particle
    if entry.lemma in BELIEF_LEMMAS:
        # "Many supporters believe bigotry is acceptable", "He doesn't think so".
        clear = clear or loose.noun_like(head)
        if entry.lemma in _KNOWING and nxt not in _KNOWN_CLAUSE:
            return False  # "states that don't recognize gay marriage": an act on a thing, no belief
        if entry.lemma == "feel" and nxt not in _CLAUSE_STARTERS and not tokens[after].text[:1].isupper():
            return False  # "do not feel left out", "feel safe": a state, no belief reported
        return clear and bool(nxt) and nxt not in _NO_BELIEF_OBJECT and (nxt[:1].isalnum() or nxt == "”")
    clear = clear or loose.noun_like(head)  # "The authors of the report found that …"
    starts_clause = nxt in _CLAUSE_STARTERS or (after < len(tokens) and tokens[after].text[:1].isupper())
    # "A 2014 study found 31 incidents": a document's finding may be a bare figure.
    first = index_at(tokens, speaker[0].start)
    # "A 2014 study by Justin Levitt found 31 incidents": the author of a document too.
    authored = (
        first >= 2 and tokens[first - 1].lower in {"by", "from"} and tokens[first - 2].lower in DOCUMENT_NOUNS
    )
    starts_clause = starts_clause or (nxt[:1].isdigit() and (head.lower in DOCUMENT_NOUNS or authored))
    # "found no evidence that …", "found little sign that …": a finding about a clause.
    evidence = nxt in _EVIDENCE_OPENERS and any(t.lower == "that" for t in tokens[after + 1 : after + 4])
    starts_clause = starts_clause or evidence
    # "…, an analysis of the filings shows." (not "… on his radio show.")
    closing = nxt in {"", ".", ",", ";"} and first > 0 and tokens[first - 1].text == ","
    return clear and (starts_clause or closing)


def _to_after_object(tokens: Sequence[Token], after: int) -> bool:
    """``expect Clinton to win``: ``to`` after a short object phrase."""
    for k in range(after, min(len(tokens), after + 5)):
        low = tokens[k].lower
        if low == "to":
            return k > after
        if not tokens[k].text[:1].isalnum() or low in np_.VERBISH or low in np_.BOUNDARY_WORDS:
            return False
    return False


def inverted(tokens: list[Token], i: int, j: int, entry: Cue) -> list[Token] | None:
    """``“…,” said Krall`` / ``…, said the ministry``: the speaker follows the cue."""
    if not entry.inverts or tokens[i].lower.endswith("ing"):
        return None
    prev = prev_word(tokens, i)
    if prev is not None and prev.text not in {","} and prev.text not in QUOTE_CLOSERS:
        return None
    k = j
    while k < len(tokens) and tokens[k].lower in np_.SKIPPABLE:
        k += 1
    phrase = np_.scan_forward(tokens, k)
    if not phrase or phrase[0].lower in {"that", "it"} | np_.LINKS or not np_.head_ok(phrase, strict=True):
        return _described_name(tokens, k)
    after = k + len(phrase)
    # "…, said the army had …" is no inversion: a verb follows the phrase ("…, said the
    # senator vying for the nomination" is one: a participle describes the speaker).
    nxt = tokens[after] if after < len(tokens) else None
    described = phrase[0].lower in ARTICLES and nxt is not None and _modifier(nxt)  # not "Obama talking"
    if nxt is not None and nxt.text[:1].isalnum() and nxt.lower not in _ADJUNCTS and not described:
        return None
    return phrase


def _modifier(tok: Token) -> bool:
    """A lower-case present participle (``vying``, ``speaking``) that may describe a noun."""
    return tok.text.islower() and tok.lower.endswith("ing") and len(tok.lower) > 4


def _described_name(tokens: list[Token], k: int) -> list[Token] | None:
    """``…,” said widow Terry Strada.``: a few descriptive words, then a name that ends the clause.

    The strict scan stops at a descriptive word no list holds (``widow``, ``9/11``); after
    an inverted cue, a name closing the clause is the speaker all the same.
    """
    n = len(tokens)
    m = k
    while m < n and m - k < _DESCRIPTION_WORDS and _descriptive(tokens[m]):
        m += 1
    if m == k:
        return None
    name_end = m
    while name_end < n and (
        tokens[name_end].text[:1].isupper()
        or (tokens[name_end].text == "." and np_.is_title_dot(tokens, name_end))
    ):
        name_end += 1
    name = tokens[m:name_end]
    closes = name_end == n or tokens[name_end].text in {".", ",", ";", "?", "!"}
    if not name or len(name) > 5 or not closes or not np_.head_ok(name, strict=True):
        return None
    return name


def _descriptive(tok: Token) -> bool:
    """A lower-case word or a number that may describe a speaker (``widow``, ``9/11``, ``retired``)."""
    text = tok.text
    if text[:1].isdigit() or text == "/":
        return True
    low = tok.lower
    return (
        text[:1].islower()
        and text.replace("-", "").isalpha()
        and low not in np_.VERBISH
        and low not in np_.BOUNDARY_WORDS
        and low not in np_.SKIPPABLE
        and low not in np_.PRONOUNS
        and low not in _NOT_DESCRIPTIVE
    )


# Verbs that name what they call something before the agent: "was called a charlatan by …".
NAMING = words("called labeled labelled branded dubbed termed described")
_AFTERNAMING_VERB = words("off out up back in on for")
_COMPLEMENT_WORDS = 6  # "has been called a danger to public health by …"


def agent_after_complement(tokens: Sequence[Token], j: int) -> int:
    """The index of ``by`` after a naming verb's complement (``called reckless by``), else ``j``
    (also after a particle: ``called off by the mayor`` is an act)."""
    if j < len(tokens) and tokens[j].lower in _AFTERNAMING_VERB:
        return j
    for k in range(j, min(len(tokens), j + _COMPLEMENT_WORDS + 1)):
        low = tokens[k].lower
        if low == "by":
            return k
        if low in {",", ";", ":", ".", "and", "but"} or low in np_.VERBISH:
            break
    return j


_COORDINATED_REACH = 12  # tokens back from "but" to the first participle's auxiliary


def _coordinated_aux(tokens: Sequence[Token], k: int) -> int:
    """The auxiliary of the first of two coordinated passives (``which was opposed by every
    official but lauded by Putin``), found before the ``and``/``but`` at ``k``; else ``-1``."""
    for m in range(k - 1, max(-1, k - _COORDINATED_REACH), -1):
        if tokens[m].text in {",", ";", ":", "."}:
            return -1
        after = tokens[m + 1].lower if m + 1 < k else ""
        if tokens[m].lower in PASSIVE_AUX and (after.endswith("ed") or is_past_form(after)):
            return m
    return -1


def passive(tokens: list[Token], i: int, j: int) -> list[Token] | None:
    """``was (first) confirmed by the ministry``, ``was called a charlatan by fellow physicians``."""
    if j < len(tokens) and tokens[i].lower in NAMING:
        j = agent_after_complement(tokens, j)
    if j >= len(tokens) or tokens[j].lower != "by":
        return None
    k = i - 1
    while (
        k >= 0
        and tokens[k].lower not in PASSIVE_AUX
        and (tokens[k].lower.endswith("ly") or tokens[k].lower in np_.SKIPPABLE)
    ):
        k -= 1
    if k >= 0 and tokens[k].lower in {"and", "but"}:
        k = _coordinated_aux(tokens, k)  # "was opposed by X but lauded by Y"
    if k < 0 or tokens[k].lower not in PASSIVE_AUX:
        return None
    phrase = np_.scan_forward(tokens, j + 1)
    return phrase if np_.head_ok(phrase) else loose.loose_forward(tokens, j + 1)


def impersonal(tokens: list[Token], i: int, j: int) -> list[Token] | None:
    """``they stated in the Kremlin``, ``as stated in the Foreign Ministry``."""
    if j >= len(tokens) or tokens[j].lower != "in":
        return None
    prev = prev_word(tokens, i)
    if (
        prev is not None
        and prev.lower not in {"they", "it", "as", ",", "was", "is", "were"}
        and prev.text[:1].isalnum()
    ):
        return None
    phrase = np_.scan_forward(tokens, j + 1)
    if not phrase or phrase[-1].lower not in INSTITUTION_HEADS:
        return None
    return phrase


def participle(tokens: list[Token], i: int, form: str, entry: Cue) -> list[Token] | None:
    """``Trump attacked Clinton, saying …``: the main clause's subject speaks.

    The subject is the last phrase before the cue that opens a clause (at the start or
    after a comma) and is followed by a verb: in ``Asked whether …, Mr. Santorum did not
    back down, saying …`` that is ``Mr. Santorum``.
    """
    if not form.lower().endswith("ing") or i == 0:
        return None
    prev = np_.skip_back(tokens, i)
    if prev < i and tokens[prev].lower in _PROGRESSIVE:
        return None  # "Trump is saying": an ordinary subject
    if tokens[i - 1].text != "," and entry.weak and entry.lemma not in STANCE_LEMMAS:
        return None  # "anyone wanting to learn": a belief or wish needs the comma
    best: list[Token] | None = None
    starts = [0] + [k + 1 for k in range(i - 1) if tokens[k].text == ","]
    described_until = -1  # the descriptions after a subject found with them are no subjects
    for k in starts:
        if k <= described_until:
            continue
        while k < i and not tokens[k].text[:1].isalnum():
            k += 1
        phrase = np_.scan_forward(tokens, k)
        phrase = np_.strip_leading(phrase)
        if phrase and phrase[0].lower in {"who", "which"}:
            # "Ryan, who was raised on …, defended his plan, saying": the antecedent speaks.
            antecedent = np_.scan_back(tokens, k - 1) if k >= 2 and tokens[k - 1].text == "," else []
            best = antecedent if antecedent and np_.head_ok(antecedent) else best
            continue
        end = k + len(phrase)
        if not (phrase and np_.head_ok(phrase) and len(phrase) < 8 and end < i):
            continue
        if tokens[end].text[:1].isalpha():
            best = phrase
        elif _set_off(tokens, i) and (verb := _apposition_then_verb(tokens, end, i)) is not None:
            # "Cathi Herrod, an architect of the bill, issued a release, saying"; a name in
            # apposition speaks for the role before it ("The group's chief executive, Barry
            # Rand, issued …").
            first = tokens[end + 1 : next(m for m in range(end + 1, verb) if tokens[m].text == ",")]
            best = first if np_.is_name(first) and not np_.is_name(phrase) else phrase
            described_until = verb
    return _owner(best) if best else best


def _set_off(tokens: Sequence[Token], i: int) -> bool:
    """Whether the participle opens a clause of its own: ``, saying``, ``,” and saying``, or
    tells how the subject acted: ``began by saying``."""
    if tokens[i - 1].text == "," or tokens[i - 1].lower == "by":
        return True
    return i >= 2 and tokens[i - 1].lower == "and" and (tokens[i - 2].text in {",", *np_.QUOTE_CLOSERS})


_MAX_APPOSITIONS = 3
_APPOSITION_WORDS = np_.DETERMINERS | ROLE_NOUNS | words("who whose which now then himself herself")


def _verb_like(token: Token) -> bool:
    """A lower-case word that is no apposition's opener (``appeared``, not ``a`` or ``senator``)."""
    return token.text.isalpha() and token.text.islower() and token.lower not in _APPOSITION_WORDS


def _apposition_then_verb(tokens: Sequence[Token], comma: int, i: int) -> int | None:
    """``Cathi Herrod, an architect of the bill, issued a release, saying``: one or more
    comma-enclosed descriptions after the phrase, then its verb; the verb's index."""
    parts = 0
    while parts <= _MAX_APPOSITIONS and comma < i - 1 and tokens[comma].text == ",":
        nxt = tokens[comma + 1]
        if parts and _verb_like(nxt):
            return comma + 1  # the verb after the last description
        after = tokens[comma + 2] if comma + 2 < i else None
        if parts and nxt.lower in {"then", "now"} and after is not None and _verb_like(after):
            return comma + 2  # "Dean, a medical doctor, then appeared on MSNBC … by saying"
        if not (nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.lower in _APPOSITION_WORDS):
            return None
        comma = next((m for m in range(comma + 1, i) if tokens[m].text == ","), i)
        parts += 1
    return None


def _owner(phrase: list[Token]) -> list[Token]:
    """``Bloomberg’s scathing speech …, mocking Trump``: the owner of what acts speaks."""
    last = phrase[-1]
    if last.text.endswith(("’s", "'s")) and len(last.text) > 2:
        return [*phrase[:-1], np_.token(last.start, last.end - 2, last.text[:-2])]
    return phrase
