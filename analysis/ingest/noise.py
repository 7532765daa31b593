"""Mark what is not article prose: captions, credits, bylines, share lines, headings,
pull quotes, designation footnotes, boilerplate and datelines.

Rules work on text alone so that plain text, Markdown, PDF and e-mail get the same
treatment as HTML; hints from markup (a heading tag, a ``Caption`` style) come first.
Each rule is a small predicate over one block; the first that fires names the kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from analysis.datelines import dateline
from analysis.ingest.blocks import Block, Meta, Tag
from analysis.ingest.dates import looks_like_date
from analysis.model import NoiseKind

Rule = Callable[[str, Block, Meta], bool]

_FINAL = re.compile(r"[.!?…:;][\"'”’»“)\]]*$")
_QUOTED = re.compile(r"^[\"“”„«‘’‚‹'].+[\"“”»‘’›']$", re.DOTALL)
_CAPTION = re.compile(
    r"^(photo(graph)?|image|picture|illustration|video|graphic|pictured|caption|фото|иллюстрация|"
    r"fotoğraf|foto|görsel|bild|légende)\s*[:：|—–-]\s*\S",
    re.IGNORECASE,
)
_TRAILING_CREDIT = re.compile(r"\s[•|/]\s*(©\s*)?[\w .,'’&/-]{2,60}$")
_CREDIT = re.compile(
    r"^(•\s*|©\s*|\(c\)\s*|(photo|credit|source|фото|источник|kaynak)\s*:\s*)"
    r"|^(AFP|AP|Reuters|EPA|Getty Images|Anadolu|TASS|ТАСС|РИА Новости|Xinhua|Shutterstock)"
    r"([ /,]+(via|Getty|Images|photo|EPA|AFP|AP|Reuters|Shutterstock)\b.*)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^(by|written by|words by|story by|text by|reporting by|von|par|por|di|door|автор|текст|yazar|haber)\b"
    r"\s*:?\s+\S",
    re.IGNORECASE,
)
_WIRE_CREDIT = re.compile(
    r"^\((additional )?(reporting|writing|editing|compiled|translated)( by)?\b[^)]*\)\.?$", re.IGNORECASE
)
_SHARE_TAIL = r"(\s*([:|»›—–-]|$)|\s(on|to|for|via|at|us)\b[^.!?]{0,50}$)"
_SHARE = re.compile(
    r"^(share( this)?( article| story| page| on)?|read more|read also|also read|see also|"
    r"related( articles| stories| coverage| news)?|more on this( story)?|follow us|subscribe|sign up|"
    r"click here|tweet|email this|print( this)?|comments?|leave a comment|читайте также|поделиться|"
    r"подписывайтесь|ayrıca (bakınız|okuyun)|paylaş|lesen sie auch|mehr zum thema|lire aussi|"
    r"à lire aussi|partager|teilen)" + _SHARE_TAIL,
    re.IGNORECASE,
)
_SOCIAL = re.compile(r"\b(facebook|twitter|telegram|whatsapp|vk|linkedin|reddit|e-?mail|x)\b", re.IGNORECASE)
# Boilerplate: phrases found anywhere in a block (case-insensitively), and shapes that
# only count at its start.
BOILERPLATE_PHRASES = (
    "all rights reserved", "we use cookies", "cookie (policy|settings)", "privacy policy",
    "terms of (use|service)", "for (more|further) information,? (please )?contact",
    "sign up for (our|the) newsletter", "newsletter sign-?up", "все права защищены",
    "tüm hakları saklıdır", "alle rechte vorbehalten", "tous droits réservés",
)  # fmt: skip
BOILERPLATE_STARTS = (
    r"(©|\(c\)|copyright)\s*\d{4}", r"copyright\b", "advertisement$", "(sponsored|advertising)$",
    "(this|the) (article|story) (was|has been) (updated|corrected|amended)",
)  # fmt: skip


def _phrase_scan(phrases: Sequence[str]) -> re.Pattern[str]:
    """Return a pattern finding any of ``phrases`` (case-insensitive) anywhere in a text.

    A case-insensitive alternation gives Python's regex engine no first character to
    skip to, so it tries every phrase at every position. This pattern opens with a plain
    class instead, which the engine scans for in C: the ASCII characters that match some
    phrase's first letter (found by asking the engine itself) and all non-ASCII ones (a
    superset of every case variant), written as "anything but the other ASCII characters"
    because a class spelling out the non-ASCII range takes milliseconds to compile; a
    one-character lookbehind then checks the first letter exactly as the alternation would.
    """
    firsts = [phrase[0] for phrase in phrases]
    assert all(first.isalpha() for first in firsts), "each phrase opens with a plain letter"
    firsts_any_case = re.compile(f"[{''.join(firsts)}]", re.IGNORECASE)
    not_leads = "".join(re.escape(chr(c)) for c in range(128) if not firsts_any_case.fullmatch(chr(c)))
    body = "|".join(f"(?<={phrase[0]}){phrase[1:]}" for phrase in phrases)
    return re.compile(f"[^{not_leads}](?i:{body})")


_BOILERPLATE_PHRASE = _phrase_scan(BOILERPLATE_PHRASES)
# On ASCII text only the ASCII phrases can match (every other one holds a letter, like
# ü or в, whose case variants are all non-ASCII), and ignoring case is lower-casing:
# a plain alternation over the lower-cased text then gives the engine first letters to
# skip to.
_BOILERPLATE_ASCII = re.compile("|".join(p for p in BOILERPLATE_PHRASES if p.isascii()))
_BOILERPLATE_START = re.compile("|".join(f"^{shape}" for shape in BOILERPLATE_STARTS), re.IGNORECASE)
_FOOTNOTE_MARK = re.compile(r"^(\*+|†|‡|\[\d+\]|\d+\)|¹|²|³)\s*\S")
_DESIGNATION = re.compile(
    r"recogni[sz]ed as|designated|declared|banned|outlawed|prohibited|terrorist|extremist|foreign agent|"
    r"undesirable|liquidated|признан|запрещен|запрещён|иностранн|иноагент|нежелательн|экстремист|террорист|"
    r"terör|yasak|verboten|interdit",
    re.IGNORECASE,
)
_DESIGNATION_SENTENCE = re.compile(
    r"^(the )?(organi[sz]ation|group|movement|party|network|community|media outlet|outlet|association)\b"
    r".{0,80}"
    r"\b(is|was|has been|are|were)\b.{0,40}\b(recogni[sz]ed|designated|declared|banned|outlawed|listed)\b",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"^(updated|published|posted|last updated|обновлено|опубликовано|güncellendi)\b", re.I)
_STARRED_QUOTE = re.compile(r"^\*+\s*[\"“«„]")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=512)
def _words(text: str) -> int:
    return len(text.split())


def _is_footnote(text: str, block: Block, meta: Meta) -> bool:
    if _words(text) > 80:
        return False
    if _FOOTNOTE_MARK.match(text) and (_DESIGNATION.search(text) or _STARRED_QUOTE.match(text)):
        return True
    return bool(_DESIGNATION_SENTENCE.match(text)) and _words(text) <= 40


def _is_caption(text: str, block: Block, meta: Meta) -> bool:
    if _words(text) > 60:
        return False
    return bool(_CAPTION.match(text)) or (
        _words(text) <= 40 and "•" in text and bool(_TRAILING_CREDIT.search(text))
    )


def _is_credit(text: str, block: Block, meta: Meta) -> bool:
    return _words(text) <= 8 and bool(_CREDIT.match(text)) and not text.endswith((".", "!", "?"))


def _is_byline(text: str, block: Block, meta: Meta) -> bool:
    if _words(text) > 16:
        return False
    if _WIRE_CREDIT.match(text):
        return True
    if _BYLINE.match(text) and (_words(text) <= 8 or not text.rstrip().endswith((".", "!", "?"))):
        return True
    folded = text.casefold().strip(" .")
    if meta.source and folded == meta.source.casefold():
        return True
    return (
        bool(meta.author)
        and _words(text) <= 10
        and meta.author.casefold() in folded
        and not _FINAL.search(text)
    )


def _is_share(text: str, block: Block, meta: Meta) -> bool:
    if _words(text) > 25:
        return False
    if _SHARE.match(text):
        return True
    words = _WORD.findall(text)
    if len(words) < 2:
        return False
    # At least two social names and at most one other word ("Share: Facebook X"); stop at
    # the second other word, which settles it for any ordinary line.
    others = 0
    for word in words:
        if not _SOCIAL.fullmatch(word):
            others += 1
            if others > 1:
                return False
    return len(words) - others >= 2


def _is_boilerplate(text: str, block: Block, meta: Meta) -> bool:
    if _words(text) > 40:
        return False
    if _BOILERPLATE_START.match(text):
        return True
    if text.isascii():
        return bool(_BOILERPLATE_ASCII.search(text.lower()))
    return bool(_BOILERPLATE_PHRASE.search(text))


def _is_date_line(text: str, block: Block, meta: Meta) -> bool:
    if _words(text) > 8:
        return False
    return looks_like_date(text) or (bool(_UPDATED.match(text)) and bool(_DIGIT.search(text)))


def _is_pull_quote(text: str, block: Block, meta: Meta) -> bool:
    if _words(text) > 30 or not _QUOTED.match(text):
        return False
    inner = text[1:-1].rstrip()
    return not _FINAL.search(inner) and not inner.endswith(",")


def _is_heading(text: str, block: Block, meta: Meta) -> bool:
    if block.tag in (Tag.HEADING, Tag.TITLE):
        return True
    if block.tag == Tag.ITEM or _words(text) > 14 or len(text) > 120 or "\n" in text:
        return False
    return not _FINAL.search(text) and not text.endswith((",", "-", "—")) and text[:1] not in "-•*–"


RULES: tuple[tuple[NoiseKind, Rule], ...] = (
    (NoiseKind.FOOTNOTE, _is_footnote),
    (NoiseKind.CAPTION, _is_caption),
    (NoiseKind.BOILERPLATE, _is_boilerplate),
    (NoiseKind.CREDIT, _is_credit),
    (NoiseKind.BYLINE, _is_byline),
    (NoiseKind.SHARE, _is_share),
    (NoiseKind.DATELINE, _is_date_line),
    (NoiseKind.PULL_QUOTE, _is_pull_quote),
    (NoiseKind.HEADING, _is_heading),
)


# The most words a block may have for a rule to fire: each rule says no above its cap
# (checked by a test), so block_kind does not ask it. An ordinary prose paragraph is then
# judged by the footnote, caption and heading rules only.
WORD_CAPS: dict[Rule, int] = {
    _is_footnote: 80,
    _is_caption: 60,
    _is_boilerplate: 40,
    _is_credit: 8,
    _is_byline: 16,
    _is_share: 25,
    _is_date_line: 8,
    _is_pull_quote: 30,
}


_LONGEST_CAP = max(WORD_CAPS.values())


@cache
def _rules_within(words: int) -> tuple[tuple[NoiseKind, Rule], ...]:
    """Return the rules, in order, that may fire on a block of ``words`` words."""
    return tuple((kind, rule) for kind, rule in RULES if words <= WORD_CAPS.get(rule, words))


def block_kind(block: Block, meta: Meta) -> NoiseKind | None:
    """Return the noise kind of a whole block, or ``None`` for article prose."""
    if block.kind is not None:
        return block.kind
    text = block.text.strip()
    for kind, rule in _rules_within(min(_words(text), _LONGEST_CAP + 1)):
        if rule(text, block, meta):
            return kind
    return None


def classify(blocks: Sequence[Block], meta: Meta) -> list[list[tuple[int, int, NoiseKind]]]:
    """Return, for each block, its noise spans relative to the block's own text.

    A noise block gives one span over the whole block; the first prose blocks may give
    a span over an opening dateline only.
    """
    spans: list[list[tuple[int, int, NoiseKind]]] = []
    prose_seen = 0
    for block in blocks:
        kind = block_kind(block, meta)
        if kind is not None:
            spans.append([(0, len(block.text), kind)])
            continue
        prose_seen += 1
        cut = dateline(block.text) if prose_seen <= 2 else 0
        spans.append([(0, cut, NoiseKind.DATELINE)] if cut else [])
    return spans
