"""Hypothesis strategies for articles: news-like sentences, quote soup, numbers, names, noise.

Every piece is our own invention. A generated article text is a run of *pieces* (template
sentences with speakers, cues, numbers and quotes; random Unicode; quote soup; bare numbers)
joined by spaces, line breaks and blank lines, sometimes repeated into a very long text.
Articles reach the analysis the two ways they do in the app: as pasted text through
:func:`analysis.ingest.load_text` (cleaned, noise marked by the ingest rules), and as
hand-built :class:`~analysis.model.Article` records with arbitrary paragraph and noise
spans (as a project file written by an older version could hold).
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import strategies as st

from analysis import ingest
from analysis.model import Article, Format, Noise, NoiseKind, content_id
from tests.scale.corpus import news_sentences

SPEAKERS = (
    "Anna Berg", "President Anton Krall", "the Interior Ministry", "UN spokesperson Maria Lindqvist",
    "Dr. Ülkü Şahin", "Олег Петров", "محمد علي", "the army", "Officials", "Police", "A witness", "The WHO",
    "Krall", "Berg", "he", "She", "they", "a senior official who asked not to be named", "Ministry of Health",
    "MSF", "Médecins Sans Frontières (MSF)", "the KDM", "O'Neill", "van der Berg", "李伟", "Ms. Ng",
)  # fmt: skip
CUES = (
    "said", "claimed", "denied", "told reporters", "insisted", "warned", "did not deny", "rejected claims",
    "according to", "alleged", "added", "wrote on X", "confirmed", "dismissed reports", "sagte", "заявил",
)  # fmt: skip
NUMBERS = (
    "12", "1,200", "3.5 million", "40%", "two dozen", "-7", "1e9", "12,000,000,000", "½", "٣٤", "0",
    "1.000,5", "dozens", "more than 300", "at least 14", "between 5 and 9", "No. 4", "2026",
    "11 March 2026", "99.9",
)  # fmt: skip
PLACES = (
    "Halvik",
    "the hospital",
    "Tessel valley",
    "the border",
    "Norrvik",
    "Kyiv",
    "Gaza",
    "İzmir",
    "Zürich",
)
CLAUSES = (
    "the strike hit {place}", "{number} people were killed in {place}", "no civilians were harmed",
    "the convoy reached {place} before noon", "the figures were fabricated", "{number} patients were moved",
    "the army was to blame for the fire", "it was not our forces", "the road to {place} stayed closed",
)  # fmt: skip
QUOTE_CHARS = ('"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」", "``", "''", "—", "-")
SEPARATORS = (" ", "", "\n", "\n\n", " \n ", "\t", "\r\n", ". ", "; ")
NOISE_LINES = (
    "Photo: a road near Halvik (agency handout)", "By Ann Lee", "Read more", "Share this article",
    "HALVIK, 11 March (Wire) - ", "© 2026 Global Wire", "* Footnote: figures are provisional.",
    "Advertisement",
)  # fmt: skip

# Letters, marks, numbers, punctuation, symbols, separators and format characters (the bidi
# controls among them), but no surrogates: they cannot be encoded, so no article could hold one.
UNICODE = st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf"])


@st.composite
def clauses(draw: st.DrawFn) -> str:
    """Return one clause with a place and a number filled in."""
    clause = draw(st.sampled_from(CLAUSES))
    return clause.format(place=draw(st.sampled_from(PLACES)), number=draw(st.sampled_from(NUMBERS)))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """Return one news-like sentence: quoted, reported, denied or the outlet's own voice."""
    speaker, cue = draw(st.sampled_from(SPEAKERS)), draw(st.sampled_from(CUES))
    clause = draw(clauses())
    opening, closing = draw(st.sampled_from(QUOTE_CHARS)), draw(st.sampled_from(QUOTE_CHARS))
    shapes = (
        f"{opening}{clause.capitalize()},{closing} {speaker} {cue}.",
        f"{speaker} {cue} that {clause}.",
        f"{speaker} {cue}: {opening}{clause.capitalize()}.{closing}",
        f"According to {speaker}, {clause}.",
        f"{clause.capitalize()}.",
        f"{opening}{clause}{closing}",
        f"{speaker.upper()} {cue.upper()} {clause.upper()}",
    )
    return draw(st.sampled_from(shapes))


QUOTE_SOUP = st.lists(
    st.one_of(st.sampled_from(QUOTE_CHARS), st.sampled_from(SPEAKERS), st.sampled_from(CUES)), max_size=30
).map("".join)
PIECES = st.one_of(
    sentences(),
    sentences(),
    st.text(UNICODE, max_size=80),
    QUOTE_SOUP,
    st.sampled_from(NUMBERS),
    st.sampled_from(NOISE_LINES),
)


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Return an article text: pieces joined by separators, sometimes very short or very long."""
    pieces = draw(st.lists(PIECES, min_size=1, max_size=12))
    out = [pieces[0]]
    for piece in pieces[1:]:
        out.extend((draw(st.sampled_from(SEPARATORS)), piece))
    text = "".join(out)
    # Rarely (they are slow), a very long article: hundreds of varied news sentences after
    # the pieces, or the pieces repeated as a live blog repeats its boilerplate.
    length = draw(st.sampled_from(("short",) * 18 + ("news", "repeated")))
    if length == "news":
        text += "\n\n" + news_sentences(draw(st.integers(0, 10**6)), draw(st.integers(100, 400)))
    elif length == "repeated":
        text = "\n\n".join([text] * draw(st.integers(10, 60)))
    return text


@st.composite
def pasted_articles(draw: st.DrawFn) -> Article | None:
    """Return an article made the way pasted text is (``None`` when ingest rightly refuses it)."""
    text = draw(texts())
    try:
        return ingest.load_text(text, draw(st.sampled_from(("", "Wire", "Daily\u202egpj.exe", "KSB World"))))
    except ingest.LoadFailure:
        return None


@st.composite
def spans_in(draw: st.DrawFn, length: int, max_size: int = 4) -> tuple[tuple[int, int], ...]:
    """Return spans inside ``[0, length]`` (possibly overlapping, unsorted, even empty)."""
    bounds = st.integers(0, length)
    pairs = draw(st.lists(st.tuples(bounds, bounds), max_size=max_size))
    return tuple((min(a, b), max(a, b)) for a, b in pairs)


@st.composite
def paragraphs_in(draw: st.DrawFn, length: int) -> tuple[tuple[int, int], ...]:
    """Return sorted, disjoint, non-empty paragraph spans inside ``[0, length]`` (maybe none)."""
    cuts = sorted(set(draw(st.lists(st.integers(0, length), max_size=8))))
    pairs = zip(cuts[::2], cuts[1::2], strict=False)
    return tuple((start, end) for start, end in pairs if start < end)


@st.composite
def built_articles(draw: st.DrawFn) -> Article:
    """Return an article built directly: any paragraph layout, noise spans anywhere.

    Paragraphs mostly keep the promise ingest makes (sorted, disjoint); sometimes they and
    always the noise spans may overlap, touch, be empty or cut words, as a damaged or
    hand-edited project file can hold them (its reader checks only that spans are ordered
    pairs of non-negative numbers).
    """
    text = draw(texts())
    noise = tuple(
        Noise(start, end, draw(st.sampled_from(list(NoiseKind)))) for start, end in draw(spans_in(len(text)))
    )
    return Article(
        id=content_id(text),
        path=draw(st.sampled_from(("a.txt", "/tmp/b.md", "evil\u202etxt.exe", "C:\\x\\y.html", ""))),
        format=draw(st.sampled_from(list(Format))),
        text=text,
        title=draw(st.text(UNICODE, max_size=20)),
        source=draw(st.sampled_from(("Global Wire", "Valdoria Daily", "", "KSB World", "Wire"))),
        date=draw(st.sampled_from(("", "2026-03-11", "2026-03", "not a date", "1999-12-31T23:59:59"))),
        side=draw(st.sampled_from(("", "A", "B", "UN"))),
        paragraphs=draw(st.one_of(paragraphs_in(len(text)), paragraphs_in(len(text)), spans_in(len(text)))),
        noise=noise,
    )


@st.composite
def article_sets(draw: st.DrawFn, max_articles: int = 4) -> list[Article]:
    """Return up to ``max_articles`` distinct articles, pasted or built, maybe a near copy."""
    drawn = draw(st.lists(st.one_of(pasted_articles(), built_articles()), max_size=max_articles))
    articles = [a for a in drawn if a is not None]
    if articles and draw(st.booleans()):
        # A syndicated copy: the same text with one changed word, as wires are republished.
        original = articles[0]
        if original.text.strip():
            copy = ingest.load_text(original.text + " Updated.", "Copy")
            articles.append(replace(copy, copy_of=original.id))
    unique: dict[str, Article] = {}
    for article in articles:
        unique.setdefault(article.id, article)  # ingest never hands over the same text twice
    return list(unique.values())
