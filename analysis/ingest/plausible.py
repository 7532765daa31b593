"""How plausible a decoded text is as human writing: the judge between candidate encodings.

Single-byte encodings decode any byte, so the only way to tell Turkish cp1254 from the
cp1252/cp1250 readings a detector may prefer, or Russian cp1251 from koi8-r and Latin-1
mojibake, is to ask which result reads like a real language. A text scores well when its
non-ASCII letters all belong to one language's alphabet, its Cyrillic or Turkish letter
frequencies look like the language's, and it has no controls, stray symbols, words
mixing scripts or words with capitals in the middle.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from functools import cache

# Non-ASCII letters of Latin-script languages (lower case; upper case is derived).
_ALPHABETS: dict[str, str] = {
    "tr": "çğıöşüâîû",
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "pt": "áâãàçéêíóôõú",
    "it": "àèéìíîòóùú",
    "nl": "éëïóöü",
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "ro": "ăâîșțşţ",
    "hu": "áéíóöőúüű",
    "hr": "čćđšž",
    "nordic": "åäöæøé",
    "is": "áðéíóúýþæö",
    "lt": "ąčęėįšųūž",
    "lv": "āčēģīķļņšūž",
    "et": "äöõüšž",
}

_RU = "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
_CYRILLIC: dict[str, str] = {
    "ru": _RU,
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя",
    "sr": "абвгдђежзијклљмнњопрстћуфхцчџш",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}

# Approximate letter frequencies (per cent) used to tell right from wrong readings.
_FREQUENCIES: dict[str, dict[str, float]] = {
    "ru": dict(
        zip(
            "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
            [10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62,
             2.01, 1.90, 1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32,
             0.26, 0.04, 0.04],
            strict=True,
        )
    ),
    "tr": dict(
        zip(
            "aeinrlıkdmyutsbozügşçhğvcöpfj",
            [11.9, 8.9, 8.6, 7.5, 6.9, 5.9, 5.1, 4.7, 4.7, 3.8, 3.3, 3.2, 3.0, 3.0, 2.8, 2.5, 1.5, 1.9,
             1.3, 1.8, 1.2, 1.1, 1.1, 1.0, 1.0, 0.8, 0.8, 0.5, 0.03],
            strict=True,
        )
    ),
}  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+")
_PUNCTUATION = "«»“”„‘’‚–—…·•€№\u00a0°"
_INNER_SYMBOL = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f'’\u00ad-](?=[^\W\d_])")


@cache
def _alphabet_sets() -> list[frozenset[str]]:
    sets = [frozenset(letters + letters.upper()) for letters in _ALPHABETS.values()]
    sets.extend(frozenset(letters + letters.upper()) for letters in _CYRILLIC.values())
    sets.append(frozenset(chr(c) for c in range(0x0370, 0x0400)))  # Greek
    sets.append(frozenset(chr(c) for c in range(0x0590, 0x0600)))  # Hebrew
    sets.append(frozenset(chr(c) for c in range(0x0600, 0x0700)))  # Arabic
    return sets


def _script(char: str) -> str:
    """Return a coarse script name for a letter: latin, cyrillic, greek or other."""
    code = ord(char)
    if code < 0x0250:
        return "latin"
    if 0x0370 <= code < 0x0400:
        return "greek"
    if 0x0400 <= code < 0x0530:
        return "cyrillic"
    return "other"


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3040 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF


def _alphabet_fit(letters: Counter[str]) -> float:
    """Share of non-ASCII letters covered by the best single alphabet (CJK counts whole)."""
    total = sum(letters.values())
    if not total:
        return 1.0
    cjk = sum(n for ch, n in letters.items() if _is_cjk(ch))
    best = max(sum(n for ch, n in letters.items() if ch in alphabet) for alphabet in _alphabet_sets())
    return (max(best, cjk)) / total


def _frequency_fit(text: str) -> float:
    """Cosine similarity of the letter distribution with the closest known profile."""
    counts = Counter(ch for ch in text.lower() if ch.isalpha())
    best = 0.0
    for profile in _FREQUENCIES.values():
        dot = sum(counts.get(ch, 0) * weight for ch, weight in profile.items())
        norm = math.sqrt(sum(n * n for n in counts.values())) * math.sqrt(
            sum(w * w for w in profile.values())
        )
        if norm:
            best = max(best, dot / norm)
    return best


def _word_penalty(words: list[str]) -> float:
    """Share of words that mix scripts or carry a capital after a lower-case letter."""
    if not words:
        return 0.0
    bad = 0
    for word in words:
        scripts = {_script(ch) for ch in word}
        camel = any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))
        if len(scripts) > 1 or camel:
            bad += 1
    return bad / len(words)


def score(text: str) -> float:
    """Return how plausible ``text`` is as natural writing; higher is better.

    Parameters
    ----------
    text : str
        A candidate decoding (a sample is enough: the first few kilobytes).

    Returns
    -------
    float
        Roughly ``0..2``; only comparisons between decodings of the same bytes matter.
    """
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    non_ascii = [ch for ch in text if ord(ch) > 127]
    letters = Counter(ch for ch in non_ascii if ch.isalpha())
    symbols = len(non_ascii) - sum(letters.values()) - sum(1 for ch in non_ascii if ch in _PUNCTUATION)
    words = [w for w in _WORD.findall(text) if any(ord(ch) > 127 for ch in w)]
    value = _alphabet_fit(letters) + 0.5 * _frequency_fit(text)
    value -= 5.0 * controls / len(text)
    value -= 2.0 * max(symbols, 0) / max(len(non_ascii), 1)
    value -= 1.0 * _word_penalty(words)
    value -= 10.0 * text.count("\ufffd") / len(text)
    # A symbol between two letters ("за€вил", "Ð¿Ñ€") is the signature of a wrong code page.
    value -= 20.0 * len(_INNER_SYMBOL.findall(text)) / max(len(words), 1)
    return value
