"""Analyses built by hand for the brief tests and the brief benchmark (all text written by us).

:func:`make_case` writes ``n`` articles about the fictional Halvik strike from up to
``outlets`` outlets, with every table the brief reads (statements with exact spans, topics,
gaps, distinctive terms, speakers, claims with analyst decisions, corroborations, timeline),
so the brief can be tested now, whatever state the real analysis steps are in. The first
four articles carry planted cases: a denial, conflicting numbers, a dismissed pair, a
corroboration across sides, Turkish/Cyrillic/Greek/Hebrew/Arabic text, markup characters
and one very long statement.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from analysis.model import Article, Format, Speaker, SpeakerType, content_id
from analysis.pipeline import Analysis
from analysis.tables import CLAIM_COLUMNS, STATEMENT_COLUMNS, TIMELINE_COLUMNS, speakers_frame

OUTLETS = [
    ("KSB World", "Kersian state"),
    ("Valdoria Daily", "Valdorian"),
    ("Global Wire", "Wire"),
    ("Ekin Radyosu", "Regional"),
    ("UN OCHA", "UN"),
    ("Tessel Post", "Valdorian"),
    ("Mirov Herald", "Kersian state"),
    ("Sarp Observer", "Independent"),
    ("Halvik Today", "Local"),
    ("Northern Ledger", "Independent"),
    ("Valmara Times", "Valdorian"),
    ("Kersia Now", "Kersian state"),
]
SPEAKERS = [
    Speaker("varnov", "Colonel Ivo Varnov", SpeakerType.PERSON, ("Varnov", "the colonel"), "Kersian army"),
    Speaker("krall", "Anton Krall", SpeakerType.PERSON, ("President Krall", "Krall"), "Valdoria"),
    Speaker("arslan", "Defne Arslan", SpeakerType.PERSON, ("Interior Minister Arslan",), "Valdoria"),
    Speaker("oskarov", "Lev Oskarov", SpeakerType.PERSON, ("Oskarov",), "Kersia"),
    Speaker("lindqvist", "Maria Lindqvist", SpeakerType.PERSON, ("Lindqvist",), "UN OCHA"),
    Speaker("kdm", "Kersian Defence Ministry", SpeakerType.GOVERNMENT, ("the ministry", "KDM"), "Kersia"),
    Speaker("director", "Hospital director", SpeakerType.ANONYMOUS, (), ""),
]
TOPICS = [
    (0, "Strike on the Halvik hospital", ["hospital", "strike", "shelling"]),
    (1, "Civilian casualties", ["killed", "civilians", "toll"]),
    (2, "People fleeing the valley", ["refugees", "border", "fled"]),
    (3, "Talks in Geneva", ["talks", "Geneva", "ceasefire"]),
    (4, "Aid convoys", ["aid", "convoy", "supplies"]),
]
PLACES = ["Halvik", "Ekin", "Sarp", "the Tessel Valley", "Valmara"]

# (topic, speaker id, cue, commitment, template); {n} {k} {day} {place} are filled per article.
GENERIC = [
    (0, "varnov", "said", "neutral", "Colonel Ivo Varnov said the strike near {place} began before dawn."),
    (0, "krall", "said", "emphatic", "Anton Krall said the shelling of {place} was deliberate."),
    (1, "arslan", "said", "neutral", "At least {n} civilians were killed in {place}, Defne Arslan said."),
    (
        1,
        "lindqvist",
        "said",
        "distancing",
        "Maria Lindqvist said the toll in {place} could not yet be verified.",
    ),
    (2, "arslan", "said", "neutral", "About {k} thousand people have fled {place}, Defne Arslan said."),
    (
        2,
        "lindqvist",
        "reported",
        "neutral",
        "Maria Lindqvist reported long queues at the border near {place}.",
    ),
    (3, "oskarov", "said", "neutral", "Lev Oskarov said talks would resume in Geneva on {day} March."),
    (3, "krall", "said", "conditional", "Anton Krall said Valdoria would attend if the shelling stopped."),
    (
        4,
        "lindqvist",
        "said",
        "neutral",
        "Maria Lindqvist said aid convoys had reached {place} on {day} March.",
    ),
    (4, "", "", "neutral", "Trucks carrying supplies crossed at {place} late in the evening."),
]
LONG = (
    "The hospital director said that the east wing, which held the maternity ward, the dialysis unit "
    "and the only working operating theatre in the valley, had lost power after the first impact, that "
    "generators had been started within minutes but failed again when fuel lines were cut, that staff "
    "had carried patients down four flights of stairs by torchlight, and that families arriving in the "
    "morning found the courtyard full of glass, twisted bed frames and ambulances that could not leave "
    "because the road towards Ekin was blocked by rubble from the collapsed pharmacy building. "
)
PLANTED = {
    0: [
        (
            0,
            "kdm",
            "denied",
            "denial",
            "The Kersian Defence Ministry denied that its aircraft had struck the hospital.",
        ),
        (
            1,
            "varnov",
            "said",
            "neutral",
            "Only six civilians were killed in Halvik, Colonel Ivo Varnov said.",
        ),
        (
            3,
            "oskarov",
            "said",
            "neutral",
            "Lev Oskarov said the talks would take place in Geneva on 16 March.",
        ),
    ],
    1: [
        (
            0,
            "arslan",
            "said",
            "emphatic",
            "Satellite images confirmed that the hospital had been struck, Defne Arslan said.",
        ),
        (1, "arslan", "said", "neutral", "At least 34 civilians were killed in Halvik, Defne Arslan said."),
        (3, "krall", "said", "neutral", "Anton Krall said the talks would take place in Geneva on 16 March."),
    ],
    2: [
        (4, "", "", "neutral", "The road to Ekin was closed on Tuesday."),
        (
            1,
            "director",
            "said",
            "neutral",
            "Casualty figures marked <unconfirmed> & rising, the hospital director said.",
        ),
        (0, "director", "said", "neutral", LONG * 3),
    ],
    3: [
        (4, "", "", "neutral", "The road to Ekin reopened on Wednesday."),
        (0, "", "", "neutral", "Şırnak'tan gelen sağlık görevlisi hastanedeki ağır hasarı doğruladı."),
        (0, "", "", "neutral", "Министр заявил, что больница была разрушена."),
        (3, "", "", "neutral", "Ο εκπρόσωπος δήλωσε ότι οι συνομιλίες θα συνεχιστούν."),
        (2, "", "", "neutral", "הדובר אמר שבית החולים נפגע."),
        (2, "", "", "neutral", "قال المتحدث إن المستشفى تعرض للقصف."),
    ],
}
PLANTED_CLAIMS = [
    # (article, index in PLANTED, article, index, kind, score, explanation, decision, note)
    (
        0,
        0,
        1,
        0,
        "denial",
        0.91,
        "One side denies the strike the other confirms.",
        "confirmed",
        "Checked with imagery.",
    ),
    (0, 1, 1, 1, "numbers", 0.84, "Six killed against at least 34 killed.", "open", ""),
    (
        2,
        0,
        3,
        0,
        "framing",
        0.41,
        "Closed on Tuesday, reopened on Wednesday.",
        "dismissed",
        "Different days; no conflict.",
    ),
]
PLANTED_AGREEMENT = (
    0,
    2,
    1,
    2,
    "corroboration",
    0.88,
    "Both report talks in Geneva on 16 March.",
    "open",
    "",
)


@dataclass
class _Writer:
    """Builds one article's text, paragraphs and statement rows with exact offsets."""

    article_id: str = ""
    parts: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    rows: list[dict[str, object]] = field(default_factory=list)
    length: int = 0

    def paragraph(self, sentences: list[tuple[int, str, str, str, str]]) -> None:
        start = self.length + (2 if self.parts else 0)
        if self.parts:
            self.parts.append("\n\n")
        offset = start
        for i, (topic, speaker, cue, commitment, text) in enumerate(sentences):
            if i:
                self.parts.append(" ")
                offset += 1
            self.parts.append(text)
            self.rows.append(_row(offset, text, len(self.paragraphs) + 1, topic, speaker, cue, commitment))
            offset += len(text)
        self.paragraphs.append((start, offset))
        self.length = offset


def _row(
    start: int, text: str, paragraph: int, topic: int, speaker: str, cue: str, commitment: str
) -> dict[str, object]:
    names = {s.id: s.name for s in SPEAKERS}
    return {
        "start": start, "end": start + len(text), "paragraph": paragraph, "text": text,
        "speaker": names.get(speaker, ""), "speaker_id": speaker, "speaker_start": -1, "speaker_end": -1,
        "cue": cue, "cue_start": -1, "cue_end": -1, "kind": "indirect" if speaker else "narrative",
        "commitment": commitment, "topic_id": topic,
    }  # fmt: skip


def _sentences(i: int) -> list[tuple[int, str, str, str, str]]:
    """Return article ``i``'s sentences: planted ones first, then generic ones on the topics it covers."""
    place, day = PLACES[i % len(PLACES)], 14 + i % 6
    out = list(PLANTED.get(i, []))
    for topic, speaker, cue, commitment, template in GENERIC:
        if (i + topic) % 5 == 4:
            continue  # each article leaves one topic out: coverage gaps
        text = template.format(place=place, day=day, n=6 + (i * 7) % 40, k=100 + (i * 37) % 800)
        out.append((topic, speaker, cue, commitment, text))
    return out


def make_article(i: int, outlets: int) -> tuple[Article, list[dict[str, object]]]:
    """Return article ``i`` and its statement rows."""
    outlet, side = OUTLETS[i % outlets]
    writer = _Writer()
    sentences = _sentences(i)
    for j in range(0, len(sentences), 2):
        writer.paragraph(sentences[j : j + 2])
    text = "".join(writer.parts)
    article = Article(
        id=content_id(f"{i}:{text}"), path=f"/cases/{i:03d}_{outlet.lower().replace(' ', '_')}.txt",
        format=Format.TEXT, text=text, encoding="utf-8", title=f"{outlet}: the Halvik strike, day {i + 1}",
        source=outlet, author=f"Reporter {i + 1}", date=f"2026-03-{11 + i % 5:02d}",
        url=f"https://{outlet.lower().replace(' ', '-')}.example/halvik/{i}", language="en",
        paragraphs=tuple(writer.paragraphs), side=side,
    )  # fmt: skip
    for row in writer.rows:
        row["article_id"] = article.id
        row["id"] = f"{article.id}:{row['start']}"
        row["source"], row["side"] = outlet, side
    return article, writer.rows


def make_case(n: int = 4, outlets: int = 4) -> Analysis:
    """Return a complete hand-made analysis of ``n`` articles from ``outlets`` outlets."""
    made = [make_article(i, outlets) for i in range(n)]
    articles = tuple(a for a, _ in made)
    statements = pd.DataFrame([r for _, rows in made for r in rows], columns=STATEMENT_COLUMNS)
    topics = pd.DataFrame(
        [
            {"id": tid, "label": label, "terms": terms, "anchor": "",
             "statement_ids": list(statements.loc[statements["topic_id"] == tid, "id"]),
             "size": int((statements["topic_id"] == tid).sum())}
            for tid, label, terms in TOPICS
        ]
    )  # fmt: skip
    matrix = statements.groupby(["topic_id", "article_id"]).size().unstack(fill_value=0)
    ids = {
        (i, j): rows[j]["id"]
        for i, (_, rows) in enumerate(made)
        if i in PLANTED
        for j in range(len(PLANTED[i]))
    }
    claims, agreements = _claims(ids, n), _claims(ids, n, agreement=True)
    return Analysis(
        articles=articles,
        statements=statements,
        speakers=speakers_frame(SPEAKERS, statements),
        topics=topics,
        matrix=matrix,
        gaps=pd.DataFrame(
            [
                {
                    "topic_id": 1,
                    "article_id": articles[0].id,
                    "source": articles[0].source,
                    "message": "gives a toll far below every other source.",
                }
            ]
        ),
        distinctive=pd.DataFrame(
            [
                {
                    "topic_id": tid,
                    "article_id": a.id,
                    "terms": [terms[(k + tid) % 3], a.source.split()[0].lower()],
                }
                for k, a in enumerate(articles[:outlets])
                for tid, _, terms in TOPICS
            ]
        ),
        alignments=pd.DataFrame({"a": [], "b": [], "similarity": []}),
        copies=pd.DataFrame({"statement_id": [], "group": []}),
        claims=claims,
        agreements=agreements,
        timeline=_timeline(statements, articles),
    )


def _claims(ids: dict[tuple[int, int], object], n: int, agreement: bool = False) -> pd.DataFrame:
    planted = [PLANTED_AGREEMENT] if agreement else PLANTED_CLAIMS
    rows = []
    for ai, aj, bi, bj, kind, score, why, decision, note in planted:
        if (ai, aj) in ids and (bi, bj) in ids:
            rows.append((ids[(ai, aj)], ids[(bi, bj)], kind, score, why, decision, note))
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


def _timeline(statements: pd.DataFrame, articles: tuple[Article, ...]) -> pd.DataFrame:
    rows = []
    for r in statements.itertuples():
        for day in range(10, 32):
            if f" {day} March" in r.text:
                rows.append((r.id, r.article_id, r.source, f"2026-03-{day:02d}", f"{day} March", r.text))
    return pd.DataFrame(rows, columns=TIMELINE_COLUMNS)


def test_case_spans_index_the_article_text() -> None:
    case = make_case(6, outlets=6)
    texts = {a.id: a.text for a in case.articles}
    for row in case.statements.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text
    article = case.articles[0]
    for row in case.statements[case.statements["article_id"] == article.id].itertuples():
        assert article.paragraph_of(row.start) == row.paragraph


def test_case_plants_claims_with_decisions() -> None:
    case = make_case()
    assert set(case.claims["decision"]) == {"confirmed", "open", "dismissed"}
    assert len(case.agreements) == 1
