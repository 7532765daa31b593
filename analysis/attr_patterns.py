"""Where the speaker stands relative to a reporting cue: the patterns, one function each.

Every function takes the statement's tokens and the cue's token range ``[i, j)`` and
returns the speaker phrase it finds (or ``None``): ``subject`` (``Krall warned``),
``inverted`` (``said Dr. Lena Moravec``), ``passive`` (``was confirmed by the
ministry``), ``impersonal`` (``stated in the Kremlin``), ``participle`` (``…, saying``).
``weak_ok``, ``not_a_report`` and ``is_noun`` reject cue words that report nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis import attr_np as np_
from analysis import attr_phrase as loose
from analysis.attr_acronyms import long_form
from analysis.attr_lexicon import DOCUMENT_NOUNS, INSTITUTION_HEADS, ROLE_NOUNS, words
from analysis.attr_np import Token
from analysis.cues import BELIEF_LEMMAS, STANCE_LEMMAS, Cue, lookup

_ADJUNCTS = words("in on at during after before when while who as adding according from of")
_CLEAR_HEADS = np_.PRONOUNS | DOCUMENT_NOUNS | ROLE_NOUNS | INSTITUTION_HEADS | np_.QUANTITIES
_MODALS = words("could would may might should can must will shall 'd ’d 'll ’ll") | frozenset(
    f"{modal}{mark}t"
    for modal in ("couldn", "wouldn", "won", "can", "shouldn", "mightn", "mustn")
    for mark in "'’"
)
_IDIOM_BEFORE = words("having needless suffice that so")  # having said that, needless to say
_NOUN_MARKERS = words("the a an his her its their our my your these those this that such new recent latest")
_BARE_NOUN_MARKERS = words("a an the his her its their our my your of no any")
_PROGRESSIVE = words("is are was were been be am 's ’s")
_PASSIVE_AUX = words("was were been is are be being")
_QUOTE_CLOSERS = frozenset("”»’\"'›")
_DASHES = frozenset("-—–―")
_TO_COMPLEMENT = words("want plan intend hope expect decline refuse pledge to insist on seek wish")
_OBJECT_TO = words("want expect wish")
# Words after a belief verb that make it no report: "knew of", "feel up to", "thinking about it".
_NO_BELIEF_OBJECT = words("by of off up out to for about like well")
_CLAUSE_STARTERS = words("that he she it they we i there this these those the a an his her its their")


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


def weak_ok(entry: Cue, tokens: Sequence[Token], after: int, speaker: Sequence[Token]) -> bool:
    """A belief or finding counts only with a clear source and a clause after it."""
    if not entry.weak:
        return True
    nxt = tokens[after].lower if after < len(tokens) else ""
    head = np_.head_of(list(speaker))
    clear = head.text[:1].isupper() or head.lower in _CLEAR_HEADS
    if entry.lemma in _TO_COMPLEMENT and entry.lemma not in BELIEF_LEMMAS:
        # "plans to run", "wants Congress to act" (not "wants more").
        return nxt == "to" or (entry.lemma in _OBJECT_TO and _to_after_object(tokens, after))
    if entry.lemma in STANCE_LEMMAS:
        # "Trump attacked Clinton", not "a group called …" or "was called".
        before = tokens[after - 2].lower if after >= 2 else ""
        return (
            clear and nxt not in {"", "by", "to", "off"} and before not in {"so", "was", "were", "is", "be"}
        )
    if entry.lemma in BELIEF_LEMMAS:
        # "Many supporters believe bigotry is acceptable", "He doesn't think so".
        clear = clear or loose.noun_like(head)
        return clear and bool(nxt) and nxt not in _NO_BELIEF_OBJECT and (nxt[:1].isalnum() or nxt == "”")
    clear = clear or loose.noun_like(head)  # "The authors of the report found that …"
    starts_clause = nxt in _CLAUSE_STARTERS or (after < len(tokens) and tokens[after].text[:1].isupper())
    first = index_at(tokens, speaker[0].start)
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
    if prev is not None and prev.text not in {","} and prev.text not in _QUOTE_CLOSERS:
        return None
    k = j
    while k < len(tokens) and tokens[k].lower in np_.SKIPPABLE:
        k += 1
    phrase = np_.scan_forward(tokens, k)
    if not phrase or phrase[0].lower in {"that", "it"} | np_.LINKS or not np_.head_ok(phrase, strict=True):
        return None
    after = k + len(phrase)
    # "…, said the army had …" is no inversion: a verb follows the phrase.
    if after < len(tokens) and tokens[after].text[:1].isalnum() and tokens[after].lower not in _ADJUNCTS:
        return None
    return phrase


def passive(tokens: list[Token], i: int, j: int) -> list[Token] | None:
    """``was (first) confirmed by the ministry``."""
    if j >= len(tokens) or tokens[j].lower != "by":
        return None
    k = i - 1
    while (
        k >= 0
        and tokens[k].lower not in _PASSIVE_AUX
        and (tokens[k].lower.endswith("ly") or tokens[k].lower in np_.SKIPPABLE)
    ):
        k -= 1
    if k < 0 or tokens[k].lower not in _PASSIVE_AUX:
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


def appositive_subject(tokens: list[Token], comma: int) -> list[Token] | None:
    """``X, who replaced Y as leader, said``: skip back over the comma-enclosed parts.

    ``The state's campaign chairman, Phil Lovas, said``: when the enclosed part is the
    name of the role before it, the name speaks. Several parts may stand between the
    speaker and the cue (``Donna Rawlings, 59, of Ashton, Md., who watched …, said``):
    the speaker is then the phrase that opens the clause.
    """
    commas = _commas_before(tokens, comma)
    if not commas:
        return None
    first_comma = commas[-1]
    inner = tokens[first_comma + 1 : comma] if len(commas) == 1 else []
    before = np_.scan_back(tokens, first_comma)
    if not np_.head_ok(before):
        before = loose.loose_back(tokens, first_comma) or before  # "A lawyer for the news outlets, …"
    if inner and is_name(inner) and np_.head_ok(before) and not before[-1].text[:1].isupper():
        return inner
    parts = [tokens[a + 1 : b] for a, b in zip(commas, [comma, *commas[:-1]], strict=True)]
    opening = _clause_start(tokens, first_comma)
    if all(part and _appositive(part) for part in parts) and np_.head_ok(before) and opening:
        return before
    return _after_adjunct(tokens, first_comma, parts)


def _after_adjunct(tokens: list[Token], first_comma: int, parts: list[list[Token]]) -> list[Token] | None:
    """``With 50 days to go, Ines Marek, a senior adviser, said``: a leading adjunct, then
    the subject and its appositions."""
    if len(parts) < 2 or not all(part and _appositive(part) for part in parts[:-1]):
        return None
    k = first_comma
    while k > 0 and tokens[k - 1].text[:1].isalnum():
        k -= 1
    if tokens[k].lower not in _LEADING_ADJUNCTS:
        return None
    subject = np_.strip_leading(parts[-1])
    return subject if is_name(subject) or np_.head_ok(subject) else None


def _commas_before(tokens: list[Token], comma: int) -> list[int]:
    """The commas of the clause before ``comma``, nearest first (at most four)."""
    out: list[int] = []
    for k in range(comma - 1, max(-1, comma - 60), -1):
        tok = tokens[k]
        abbreviation = tok.text == "." and k > 0 and _abbreviated(tokens[k - 1], tok)
        if (tok.text in {".", ";", ":", "“", "«", "„"} and not abbreviation) or tok.text in _QUOTE_CLOSERS:
            break
        if tok.text == ",":
            out.append(k)
            if len(out) == 4:
                break
    return out


def _abbreviated(word: Token, dot: Token) -> bool:
    """``Md.``, ``Va.``, ``Jr.``: a short capitalised word glued to its period."""
    return word.end == dot.start and word.text[:1].isupper() and len(word.text) <= 4


def _clause_start(tokens: list[Token], first_comma: int) -> bool:
    """Whether the phrase before ``first_comma`` opens its clause (no verb before it)."""
    before = np_.scan_back(tokens, first_comma)
    if not before:
        return False
    k = index_at(tokens, before[0].start)
    opener = k
    while opener > 0 and tokens[opener - 1].text[:1].isalnum():
        opener -= 1
    if tokens[opener].lower in _PREPOSITIONS:
        return False  # "After the vote, Krall, who …, said": the vote is an adjunct's object
    return (
        k == 0
        or not tokens[k - 1].text[:1].isalnum()
        or tokens[k - 1].lower in np_.BOUNDARY_WORDS | {"and", "but"}
    )


# Words that open an adjunct before the subject ("With 50 days to go, …", "After the vote, …").
_LEADING_ADJUNCTS = words(
    """with in on at after before during since when while as though although despite amid following
    for from under unlike like by"""
)
_PREPOSITIONS = words(
    "after before during with in on at following despite amid for from under like unlike by since"
)
_APPOSITION_OPENERS = words(
    "who which whose a an the now then himself herself of from at in on for with by as"
)


def _appositive(part: Sequence[Token]) -> bool:
    """A part that describes rather than acts: ``59``, ``of Ashton``, ``who watched …``."""
    first = part[0]
    return (
        first.lower in _APPOSITION_OPENERS
        or first.lower.endswith("ing")
        or first.text[:1].isdigit()
        or first.text[:1].isupper()
        or first.lower in np_.NP_WORDS
    )


def is_name(tokens: Sequence[Token]) -> bool:
    """A short run of capitalised words (with initials): ``Phil Lovas``, ``G.K. Butterfield``."""
    return 0 < len(tokens) <= 5 and all(t.text[:1].isupper() or t.text == "." for t in tokens)


def subject(text: str, tokens: list[Token], i: int) -> list[Token] | None:
    """The phrase right before the cue (after auxiliaries and adverbs)."""
    e = np_.skip_back(tokens, i)
    if e == 0:
        return None
    if tokens[e - 1].text == ")" and e >= 3 and tokens[e - 3].text == "(" and tokens[e - 2].text.isupper():
        # "the Center for reconciliation of the warring parties in Syria (CPVS) said"
        span = long_form(text, tokens[e - 3].start, floor=tokens[0].start)
        if span is not None:
            return [np_.token(span[0], tokens[e - 1].end, text[span[0] : tokens[e - 1].end])]
    if tokens[i].lower.endswith("ing") and not (e < i and tokens[e].lower in _PROGRESSIVE):
        return None  # a participle has no subject of its own (see participle)
    if tokens[e - 1].text == ",":
        return appositive_subject(tokens, e - 1)
    if tokens[e - 1].text in _DASHES:
        return _dashed_apposition(tokens, e - 1)
    e = loose.skip_time(tokens, e)
    phrase = np_.scan_back(tokens, e)
    if len(phrase) == 1 and phrase[0].lower == "who":
        # "black listeners … who said": the relative pronoun stands for the phrase before it.
        k = e - 1
        k -= 1 if k > 0 and tokens[k - 1].text == "," else 0
        antecedent = np_.scan_back(tokens, k)
        return antecedent if np_.head_ok(antecedent) else None
    first = index_at(tokens, phrase[0].start) if phrase else 0
    inside = first > 0 and tokens[first - 1].lower in np_.LINKS  # "… of the warring parties in Syria"
    if phrase and phrase[-1].text[:1].isupper() and (len(phrase) == 1 or inside):
        longer = proper_name_with_lowercase(text, tokens, phrase[-1])
        if longer is not None:
            return longer
    if phrase and np_.head_ok(phrase):
        relative = loose.relative_antecedent(tokens, phrase)
        return phrase if relative is None else (relative or None)
    if tokens[e - 1].lower in {"and", "but"}:
        return loose.coordinated_subject(tokens, e - 1)
    # "Supporters who came to cheer said": the relative clause's antecedent speaks.
    return loose.loose_back(tokens, e) or loose.relative_antecedent(tokens, tokens[e - 1 : e])


def _dashed_apposition(tokens: list[Token], dash: int) -> list[Token] | None:
    """``Kall -- co-editor of a book on debates -- said``: the phrase before the first dash."""
    k = dash
    while k > 0 and tokens[k - 1].text in _DASHES:
        k -= 1
    for opening in range(k - 1, max(0, k - 30), -1):
        if tokens[opening].text in _DASHES:
            while opening > 0 and tokens[opening - 1].text in _DASHES:
                opening -= 1
            phrase = np_.scan_back(tokens, opening)
            return phrase if np_.head_ok(phrase) else None
        if tokens[opening].text in {".", ";", ":"} or tokens[opening].text in _QUOTE_CLOSERS:
            return None
    return None


def proper_name_with_lowercase(text: str, tokens: list[Token], last: Token) -> list[Token] | None:
    """``the Center for reconciliation of the warring parties in Syria said``: an organisation's
    name with lower-case words, recognised by its capitalised head word before ``for``/``of``."""
    k = index_at(tokens, last.start)
    if k == 0 or tokens[k - 1].lower not in np_.LINKS:
        return None
    span = long_form(text, last.end, floor=tokens[0].start)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    heads = [w for w in words[:4] if w[:1].isupper() and w.lower() in INSTITUTION_HEADS]
    if not heads or len(words) < 3:
        return None
    return [np_.token(span[0], last.end, text[span[0] : last.end])]


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
    for k in starts:
        while k < i and not tokens[k].text[:1].isalnum():
            k += 1
        phrase = np_.scan_forward(tokens, k)
        phrase = np_.strip_leading(phrase)
        end = k + len(phrase)
        if phrase and np_.head_ok(phrase) and len(phrase) < 8 and end < i and tokens[end].text[:1].isalpha():
            best = phrase
    return best


def not_a_report(tokens: Sequence[Token], i: int, j: int, entry: Cue) -> bool:
    """Cue words that report nothing here.

    ``could deny`` (a modal: nothing was said), ``is expected to`` (nobody expects), ``was
    told`` (a passive without its agent),
    ``having said that`` / ``needless to say`` (idioms), ``contributed reporting`` /
    ``reported from`` (credit lines), ``added a note`` (adding a thing, not words).
    """
    k = i - 1
    while k >= 0 and (tokens[k].lower.endswith("ly") or tokens[k].lower in {"not", "also", "never", "n't"}):
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    after = tokens[j].lower if j < len(tokens) else ""
    if before in _MODALS or (i > 0 and tokens[i - 1].lower in _IDIOM_BEFORE):
        return True
    if before in _PASSIVE_AUX and not tokens[i].lower.endswith("ing") and after not in {"by", "in"}:
        # "is expected to": nobody in particular expects; "was told", "was charged with":
        # the subject hears or suffers the act. With "by" (or "in" the Kremlin) the source follows.
        return True
    if entry.lemma == "report" and (before == "contributed" or after == "from"):
        return True
    if entry.lemma in {"continue", "go on"} and after[:1].isalnum() and after not in {"that", "to"}:
        return True  # "He continued the theme …", "went on television": speech only before a quote
    return entry.lemma == "add" and after in {"a", "an", "the", "to", "up", "its", "his", "her", "their"}


def is_noun(tokens: Sequence[Token], i: int) -> bool:
    """``the reports``, ``Tlaib’s remarks``, ``a note of caution``: a noun, not a verb."""
    form = tokens[i].lower
    if i == 0 or form == "says":
        return False
    prev = tokens[i - 1].lower
    if not form.endswith("s"):
        # A base form after "a", "of" or "the": "a note of caution", "the report".
        entry = lookup(form)
        return entry is not None and entry.lemma.split()[0] == form and prev in _BARE_NOUN_MARKERS
    return prev in _NOUN_MARKERS or prev.endswith(("’s", "'s", "s’"))
