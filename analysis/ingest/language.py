"""Which language an article is in, from its script and its commonest words.

No model is downloaded: scripts settle most cases (Greek, Hebrew, Arabic, CJK, Thai...),
and for Latin and Cyrillic text the language whose stop words cover the most tokens
wins. Short or mixed texts give ``""`` rather than a guess.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from operator import itemgetter

_STOPWORDS: dict[str, str] = {
    "en": "the of and to in is that for it was on with as by at from he said were be this are have has not",
    "de": "der die und das ist nicht ein eine zu den mit sich des auf für im dem von sie es wurde auch bei",
    "fr": "le la les de des et est un une du que dans en pour pas qui sur au il elle a par ont été avec ce",
    "es": "el la los las de que y en un una es por con para del se no al lo como más su fue ha sus",
    "it": "il di che la è e un una per non del della sono in con si le dei gli ha anche al da",
    "pt": "o a os as de que e do da em um uma para com não no na por se foi dos das ao mais",
    "nl": "de het een en van is dat op te in niet zijn met voor er die hij ook aan werd door",
    "tr": "ve bir bu da de için ile olarak çok daha ama gibi olan en sonra kadar ancak değil şu her",
    "pl": "i w na nie się z do że jest to o jak po a przez od za ale dla są było jego",
    "sv": "och att det i en som är på för med av den till har inte om var ett de",
    "ru": "и в не на что с по как это он из за к но о от так же она для был было только его",
    "uk": "і в не на що з по як це він із за до але від та вже його її був було також щоб",
    "bg": "и в на не да се от за с че е по са как това той но беше ще са които към",
}
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("el", "[\u0370-\u03ff]"),
    ("he", "[\u0590-\u05ff]"),
    ("ar", "[\u0600-\u06ff]"),
    ("hy", "[\u0530-\u058f]"),
    ("ka", "[\u10a0-\u10ff]"),
    ("th", "[\u0e00-\u0e7f]"),
    ("hi", "[\u0900-\u097f]"),
    ("ja", "[\u3040-\u30ff]"),
    ("ko", "[\uac00-\ud7af]"),
    ("zh", "[\u4e00-\u9fff]"),
)
_WORD = re.compile(r"[^\W\d_]+")
_PERSIAN = re.compile("[پچژگ]")
_UKRAINIAN = re.compile("[ієїґ]", re.IGNORECASE)
_TURKISH = re.compile("[ığ]")
_PUNCTUATION_MARKS = ".,;:!?\"'«»“”„‘’()[]—–…"
_PUNCTUATION = str.maketrans(dict.fromkeys(_PUNCTUATION_MARKS, " "))
# str.translate is quick on ASCII but looks every character up in a dict otherwise,
# where a regex substitution of the same marks is several times faster.
_PUNCTUATION_MARK = re.compile(f"[{re.escape(_PUNCTUATION_MARKS)}]")
_NON_LATIN = re.compile("[\u0370-\u03ff\u0530-\u10ff\u3040-\ud7af]")


@cache
def _stop_index() -> dict[str, tuple[str, ...]]:
    """Return stop word -> languages having it (one dictionary look-up per word)."""
    index: dict[str, list[str]] = {}
    for lang, words in _STOPWORDS.items():
        for word in words.split():
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def _by_script(sample: str) -> str:
    letters = sum(1 for ch in sample if ch.isalpha()) or 1
    counts = {lang: len(re.findall(pattern, sample)) for lang, pattern in _SCRIPTS}
    lang, count = max(counts.items(), key=lambda item: item[1])
    if count < 0.3 * letters:
        return ""
    if lang == "zh" and counts["ja"] > 0.05 * letters:
        return "ja"
    if lang == "ar" and _PERSIAN.search(sample):
        return "fa"
    return lang


def detect(text: str) -> str:
    """Return an ISO 639-1 code for ``text``, or ``""`` when unsure.

    Parameters
    ----------
    text : str
        Article prose; the first 5,000 characters are enough.
    """
    sample = text[:5000]
    # ASCII text has no other script to find (isascii is one C pass, the regex many).
    script = _by_script(sample) if not sample.isascii() and _NON_LATIN.search(sample) else ""
    if script:
        return script
    head = sample[:1500].lower()
    spaced = head.translate(_PUNCTUATION) if head.isascii() else _PUNCTUATION_MARK.sub(" ", head)
    tokens = spaced.split()
    total = len(tokens)
    if total < 3:
        return ""
    index = _stop_index()
    # Only stop words are counted (filter and Counter both run in C), in text order.
    stops = Counter(filter(index.__contains__, tokens))
    hits: dict[str, int] = {}
    for word, count in stops.items():
        for lang in index[word]:
            hits[lang] = hits.get(lang, 0) + count
    if not hits:
        return ""
    lang, best = max(hits.items(), key=itemgetter(1))  # the first of equals, as most_common(1)
    if ("ı" in sample or "ğ" in sample) and len(_TURKISH.findall(sample)) >= 3:
        return "tr"  # dotless ı and soft ğ are Turkish (Turkish has few stop words to count)
    if best < max(2, 0.05 * total):
        return ""
    if lang in ("ru", "bg") and _UKRAINIAN.search(sample):
        return "uk"
    return lang
