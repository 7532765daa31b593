"""The subject that speaks before a reporting cue, found without a parser.

``Krall warned``, ``Donna Rawlings, 59, of Ashton, who watched …, said``, ``With ten days
to go, Ines Marek, a senior adviser, said``, ``Kall -- co-editor of a book -- said``,
``Stumpf in a televised interview appeared to blame``, ``the Center for reconciliation of
the warring parties in Syria (CPVS) said``: :func:`subject` skips auxiliaries, times,
raising verbs, appositions and leading adjuncts to the phrase that does the speaking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis import attr_np as np_
from analysis import attr_phrase as loose
from analysis import attr_relatives as rel
from analysis import attr_subject_forms as forms
from analysis.attr_acronyms import long_form
from analysis.attr_lexicon import DOCUMENT_NOUNS, INSTITUTION_HEADS, ROLE_NOUNS, words
from analysis.attr_np import Token, is_name
from analysis.attr_patterns import index_at
from analysis.cues import is_base_form

_CLEAR_HEADS = np_.PRONOUNS | DOCUMENT_NOUNS | ROLE_NOUNS | INSTITUTION_HEADS | np_.QUANTITIES
_PROGRESSIVE = words("is are was were been be am 's ’s")
_LEADING_ADJUNCTS = words(
    """with in on at after before during since when while as though although despite amid following
    for from under unlike like by"""
)
_CLAUSE_JOINS = np_.BOUNDARY_WORDS | {"and", "but"}
# Verbs whose subject is the subject of the cue after "to" ("appeared to blame").
_RAISING = words(
    """appear appears appeared seem seems seemed try tries tried attempt attempts attempted begin begins
    began continue continues continued go goes went rush rushed hasten hastened sought seek seeks"""
)
_ADJUNCT_LINKS = words("in on at during")
_PREPOSITIONS = words(
    "after before during with in on at following despite amid for from under like unlike by since"
)
_APPOSITION_OPENERS = words(
    "who which whose a an the now then himself herself of from at in on for with by as"
)
# Words that open an aside between a subject and its verb: "Some Democrats, however, question",
# "The mayor, like the governor, has said".
_ASIDE_OPENERS = np_.SENTENCE_ADVERBS | words("similarly indeed notably like unlike along together")
_FLOATING = words("all both")  # quantifiers after their subject ("the senators all said")
# Prepositions that may open a sentence before a text that speaks ("Despite reports that said");
# not _PREPOSITIONS, whose "from" and "by" belong inside a text's phrase ("a letter from his doctor").
_OPENING_PREPOSITIONS = words("despite after before amid following unlike like with without in on")


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
    if inner and is_name(inner) and np_.head_ok(before) and not _role_word(before).text[:1].isupper():
        return inner
    parts = [tokens[a + 1 : b] for a, b in zip(commas, [comma, *commas[:-1]], strict=True)]
    relative = _object_relative(parts)
    if relative is not None:
        return relative
    opening = _clause_start(tokens, first_comma)
    if all(part and _appositive(part) for part in parts) and opening and np_.head_ok(before):
        return before
    if all(part and _aside(part) for part in parts):
        # "Harbour pilots, however, said": only an aside stands between, so the phrase
        # speaks as it would without it (a loose phrase the word lists do not hold:
        # "Younger black voters, in particular, have expressed").
        for phrase in (before, loose.loose_back(tokens, first_comma)):
            if phrase and _clause_start(tokens, first_comma, phrase):
                return phrase
    if before and all(part and _appositive(part) for part in parts):
        # "A woman who lives near Halvik, Kersia, said": the place ends a relative clause
        # whose antecedent speaks.
        antecedent = loose.relative_antecedent(tokens, before)
        if antecedent:
            return antecedent
    return _after_adjunct(tokens, first_comma, parts)


# Asides of more than one word: "Harbour pilots, in particular, said".
_ASIDE_PHRASES = frozenset(
    [
        "in particular", "for example", "for instance", "in turn", "of course", "in fact", "at least",
        "by contrast", "in contrast", "in response", "in a statement", "in an interview", "in a letter",
        "in a tweet",
    ]
)  # fmt: skip


def _aside(part: Sequence[Token]) -> bool:
    """A part that only comments on the sentence: ``however``, ``in particular``."""
    return part[0].lower in _ASIDE_OPENERS or " ".join(t.lower for t in part) in _ASIDE_PHRASES


def _object_relative(parts: list[list[Token]]) -> list[Token] | None:
    """``The law, which Apple's chief executive, Tim Cook, called …``: the cue is the verb of
    an object relative; its subject (the name in apposition, else the role) speaks, not the
    thing the relative describes."""
    for k, part in enumerate(parts):  # nearest the cue first
        if len(part) < 2 or part[0].lower not in {"which", "whom"}:
            continue
        role = part[1:]
        opens = role[0].lower in np_.DETERMINERS or role[0].text[:1].isupper() or role[0].lower.endswith("'s")
        if not opens:
            return None  # "groups, which took the administration to court, vowed": its own verb
        rest = parts[:k]  # the parts between the relative's opening and the cue
        if not np_.head_ok(role) or any(t.lower in np_.VERBISH for t in role):
            return None
        if len(rest) == 1 and is_name(rest[0]):
            return rest[0]
        return role if all(p and _appositive(p) for p in rest) else None  # "the senator, a Democrat,"
    return None


def _role_word(phrase: list[Token]) -> Token:
    """The noun a phrase names its role by, before any preposition (``partner`` at Lenox)."""
    link = np_.first_link(phrase)
    return phrase[link - 1] if link is not None and not np_.partitive(phrase, link) else phrase[-1]


def _after_adjunct(tokens: list[Token], first_comma: int, parts: list[list[Token]]) -> list[Token] | None:
    """``With 50 days to go, Ines Marek, a senior adviser, said``: a leading adjunct, then
    the subject and its appositions."""
    if len(parts) < 2 or not all(part and _appositive(part) for part in parts[:-1]):
        return None
    k = first_comma
    while k > 0 and tokens[k - 1].text[:1].isalnum():
        k -= 1
    if k == 0 and tokens[k].lower.endswith("ing"):
        # "Speaking on Sunday, in Ohio, Sen. Jim Dorr, R-S.C., said": past the participle's
        # adjuncts, the first name speaks.
        named = [p for p in reversed(parts) if p[0].lower not in np_.LINKS]
        return named[0] if named and is_name(named[0]) else None
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
        if (tok.text in {".", ";", ":", "“", "«", "„"} and not abbreviation) or tok.text in np_.QUOTE_CLOSERS:
            break
        if tok.text == ",":
            out.append(k)
            if len(out) == 4:
                break
    return out


_PARTY_STATE = re.compile(r"[RDI]-(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])")  # "Sen. John McCain, R-Ariz., said"


def _abbreviated(word: Token, dot: Token) -> bool:
    """``Md.``, ``Va.``, ``Jr.``, ``R-Ariz.``: a short capitalised word glued to its period."""
    short = len(word.text) <= 4 or _PARTY_STATE.fullmatch(word.text) is not None
    return word.end == dot.start and word.text[:1].isupper() and short


_FOCUS = words("even only also just")


def _clause_start(tokens: list[Token], first_comma: int, before: list[Token] | None = None) -> bool:
    """Whether the phrase before ``first_comma`` (by default the one scan_back finds) opens
    its clause (no verb before it)."""
    before = np_.scan_back(tokens, first_comma) if before is None else before
    if not before:
        return False
    k = index_at(tokens, before[0].start)
    opener = k
    while opener > 0 and tokens[opener - 1].text[:1].isalnum():
        opener -= 1
    if tokens[opener].lower in _PREPOSITIONS:
        return False  # "After the vote, Krall, who …, said": the vote is an adjunct's object
    while k > 0 and tokens[k - 1].lower in _FOCUS:
        k -= 1  # "Even China, Pyongyang's only ally, said"
    return k == 0 or not tokens[k - 1].text[:1].isalnum() or tokens[k - 1].lower in _CLAUSE_JOINS


# Words that open an adjunct before the subject ("With 50 days to go, …", "After the vote, …").
def _appositive(part: Sequence[Token]) -> bool:
    """A part that describes rather than acts: ``59``, ``of Ashton``, ``who watched …``."""
    first = part[0]
    return (
        _role_within(part)
        or first.lower in _APPOSITION_OPENERS
        or first.lower in _ASIDE_OPENERS
        or first.lower.endswith("ing")
        or first.text[:1].isdigit()
        or first.text[:1].isupper()
        or first.lower in np_.NP_WORDS
    )


_ROLE_REACH = 4  # "political science professor at …": a role after a few modifiers
_NOT_BEFORE_ROLE = np_.PRONOUNS | np_.VERBISH | words("where when that which whom whose what")


def _role_within(part: Sequence[Token]) -> bool:
    """A role noun among the first words, before any preposition (``political science
    professor at Halvik University``, ``longtime party strategist``)."""
    for tok in part[:_ROLE_REACH]:
        if tok.lower in np_.LINKS or tok.lower in _NOT_BEFORE_ROLE:
            return False  # "CNN, where I host a weekly program, didn't report it": a clause
        if tok.lower in ROLE_NOUNS:
            return True
    return False


def _name_before_adjunct(phrase: list[Token]) -> list[Token]:
    """``Stumpf in a televised interview``: a name, then where or when it spoke."""
    for k, tok in enumerate(phrase):
        if tok.lower in _ADJUNCT_LINKS and k > 0:
            rest = phrase[k + 1 :]
            named = is_name(phrase[:k]) and not any(t.lower in _CLEAR_HEADS for t in phrase[:k])
            if named and rest and not any(t.text[:1].isupper() for t in rest):
                return phrase[:k]
            break
    return phrase


def _raising(tokens: list[Token], e: int) -> int:
    """``Stumpf appeared to blame …``, ``Krall tried to argue …``: skip to the verb's subject."""
    if e >= 2 and tokens[e - 1].lower == "to" and tokens[e - 2].lower in _RAISING:
        return e - 2
    return e


def _floating(tokens: list[Token], e: int) -> int:
    """``The senators all suggested``, ``They both said``: skip the quantifier after the subject.

    Not after an auxiliary (``it was all said in jest``): there it belongs to the verb.
    """
    if e >= 2 and tokens[e - 1].lower in _FLOATING and tokens[e - 2].lower not in np_.SKIPPABLE:
        return np_.skip_back(tokens, e - 1)
    return e


def subject(text: str, tokens: list[Token], i: int) -> list[Token] | None:
    """The phrase right before the cue (after auxiliaries, adverbs, times and raising verbs),
    or a text opening the clause of a finding verb (see :func:`attr_relatives.document_subject`)."""
    found = _subject(text, tokens, i)
    if found and _opens_clause(tokens, found):
        return found
    return rel.document_subject(tokens, i) or found


# Words after which a phrase opens a clause: an author's "by", and subordinators
# ("though an inquiry panel in 2019 found").
_OPENS_BEFORE = words("by from though although while because as if when whereas since and but")


def _opens_clause(tokens: list[Token], phrase: list[Token]) -> bool:
    """Whether ``phrase`` starts its sentence, follows a comma, a colon or a dash, or names
    a text's author (``A 2014 study by Justin Levitt found``)."""
    k = index_at(tokens, phrase[0].start)
    return k == 0 or not tokens[k - 1].text[:1].isalnum() or tokens[k - 1].lower in _OPENS_BEFORE


def _subject(text: str, tokens: list[Token], i: int) -> list[Token] | None:
    e = np_.skip_back(tokens, i)
    e = _floating(tokens, np_.skip_back(tokens, _raising(tokens, e)))
    if e == 0:
        return None
    if tokens[e - 1].text == ")" and e >= 3 and tokens[e - 3].text == "(" and tokens[e - 2].text.isupper():
        # "the Center for reconciliation of the warring parties in Syria (CPVS) said"
        span = long_form(text, tokens[e - 3].start, floor=tokens[0].start)
        if span is not None:
            return [np_.token(span[0], tokens[e - 1].end, text[span[0] : tokens[e - 1].end])]
    if tokens[i].lower.endswith("ing") and not (e < i and tokens[e].lower in _PROGRESSIVE):
        # a participle has no subject of its own (see participle), but "He’s claiming" has
        return forms.contracted_subject(tokens[e - 1])
    if tokens[e - 1].text == ",":
        return appositive_subject(tokens, e - 1)
    if tokens[e - 1].text in forms.DASHES:
        return forms.dashed_apposition(tokens, e - 1)
    e = np_.skip_back(tokens, loose.skip_time(tokens, e))
    spread = forms.spread_over(tokens, e)
    if spread < e:
        # "Political observers in Virginia and around the country say": the people speak.
        phrase = np_.scan_back(tokens, spread)
        link = np_.first_link(phrase) if phrase else None
        head = phrase[link - 1] if link else (np_.head_of(phrase) if phrase else None)
        common = head is not None and (head.text.islower() or head is tokens[0])  # not "Kersia"
        if phrase and np_.head_ok(phrase) and common:
            return [*phrase, *tokens[index_at(tokens, phrase[-1].start) + 1 : e]]
    holder = forms.account_holder(tokens, e)
    if holder is not None:
        return holder
    if rel.of_whom(tokens, e):
        # "family members of the victims, many of whom say": the quantified relative speaks
        # for the phrase before it.
        return rel.antecedent(tokens, e - 3, loose_too=True)
    if tokens[e - 1].lower == "which":
        return rel.which_antecedent(tokens, e - 1)
    if tokens[e - 1].lower == "that":
        # "released a statement that says …", "a letter from his doctor Friday afternoon that
        # says …": the text speaks. Only a text: "groups that support Clinton", "a group … that
        # has favored cuts" are described by their clause, which reports nothing of the sentence.
        text_ = rel.which_antecedent(tokens, loose.skip_time(tokens, e - 1))
        if text_ is not None and np_.head_of(text_).lower in DOCUMENT_NOUNS:
            # "Despite reports last week that said …" (after a dateline too): the reports.
            cut = max(
                (k + 1 for k, t in enumerate(text_[:-1]) if t.lower in _OPENING_PREPOSITIONS), default=0
            )
            return text_[cut:]
    interviewed = rel.writer_sources(tokens, e)
    if interviewed is not None:
        return interviewed
    phrase = np_.scan_back(tokens, e)
    if len(phrase) == 1 and phrase[0].lower == "who":
        # "black listeners … who said": the relative pronoun stands for the phrase before it.
        return rel.who_antecedent(tokens, e - 1)
    first = index_at(tokens, phrase[0].start) if phrase else 0
    if forms.name_after_quote(tokens, phrase, first):
        return phrase  # "“…,” Long said": a capitalised word after the quote is a name, even "Long"
    reduced = rel.reduced_relative(tokens, first)
    if reduced is not None:
        return reduced
    inside = first > 0 and tokens[first - 1].lower in np_.LINKS  # "… of the warring parties in Syria"
    if phrase and phrase[-1].text[:1].isupper() and (len(phrase) == 1 or inside):
        longer = forms.proper_name_with_lowercase(text, tokens, phrase[-1])
        if longer is not None:
            return longer
    if phrase and np_.head_ok(phrase):
        wider = loose.loose_back(tokens, e) if first > 0 and tokens[first - 1].text[:1].islower() else None
        if wider and len(wider) > len(phrase) and wider[0].lower in np_.DETERMINERS:
            phrase = wider  # "A federal appeals court": modifiers no list holds
        relative = loose.relative_antecedent(tokens, phrase)
        if relative is not None:
            return relative or None
        return _name_before_adjunct(
            forms.without_participle(forms.without_date(forms.without_clause_noun(phrase)))
        )
    if tokens[e - 1].lower in {"and", "but"}:
        # "Cruz urged … and said": a second verb; "gas and demand from China": a noun.
        return None if is_base_form(tokens[i].lower) else loose.coordinated_subject(tokens, e - 1)
    # "Supporters who came to cheer said": the relative clause's antecedent speaks.
    wide = loose.loose_back(tokens, e)
    return forms.without_participle(wide) if wide else loose.relative_antecedent(tokens, tokens[e - 1 : e])
