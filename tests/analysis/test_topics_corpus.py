"""A small event we wrote for the topic tests: a flood in the fictional town of Marrow.

Three outlets report four subjects (the death toll, the evacuation, blame for the dam,
the aid money). The mayor and a ministry speak on several subjects, so a topic made of
speakers would cut across subjects. ``SUBJECT`` maps each statement to its subject.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.model import Article, Format, Kind, Statement, content_id
from analysis.tables import statements_frame

# (subject, text, speaker, cue); speaker and cue are found in the text to give spans.
Line = tuple[str, str, str, str]

RIVER_HERALD: list[Line] = [
    (
        "toll",
        "Mayor Ilse Brandt said eleven people drowned when the river burst its banks.",
        "Mayor Ilse Brandt",
        "said",
    ),
    ("toll", "Rescue divers recovered three more bodies from flooded cellars near the bridge.", "", ""),
    ("toll", "The death toll rose to eleven by the evening, the hospital said.", "the hospital", "said"),
    (
        "evacuation",
        "Brandt said four thousand residents were evacuated to school gymnasiums overnight.",
        "Brandt",
        "said",
    ),
    (
        "evacuation",
        "Families sleeping in the gymnasium shelters asked for blankets and drinking water.",
        "",
        "",
    ),
    (
        "dam",
        "Engineers blamed the collapse of the old Kessel dam on years of missed repairs.",
        "Engineers",
        "blamed",
    ),
    (
        "dam",
        "The dam operator Vellum Power denied that maintenance of the dam had been neglected.",
        "Vellum Power",
        "denied",
    ),
    (
        "aid",
        "The Interior Ministry promised twenty million crowns in emergency aid for rebuilding.",
        "The Interior Ministry",
        "promised",
    ),
    ("aid", "Shop owners said the aid money would not cover their flood losses.", "Shop owners", "said"),
]

VALLEY_POST: list[Line] = [
    ("toll", "At least nine people drowned in the flood, police said.", "police", "said"),
    ("toll", "Divers searched flooded cellars for two missing pensioners.", "", ""),
    ("evacuation", "Thousands of residents spent the night in school gymnasium shelters.", "", ""),
    (
        "evacuation",
        "Mayor Ilse Brandt said the evacuation of the lower town went smoothly.",
        "Mayor Ilse Brandt",
        "said",
    ),
    ("evacuation", "Volunteers brought blankets, food and drinking water to the shelters.", "", ""),
    (
        "dam",
        "Residents blamed Vellum Power for the dam collapse, citing missed repairs.",
        "Residents",
        "blamed",
    ),
    (
        "dam",
        "Vellum Power said the Kessel dam had passed its last safety inspection.",
        "Vellum Power",
        "said",
    ),
    (
        "aid",
        "The Interior Ministry said emergency aid of twenty million crowns would reach families soon.",
        "The Interior Ministry",
        "said",
    ),
]

MARROW_TIMES: list[Line] = [
    ("toll", "Eleven people drowned and dozens were injured, the hospital said.", "the hospital", "said"),
    ("toll", "Divers recovered the bodies of two pensioners from a flooded cellar.", "", ""),
    (
        "evacuation",
        "Brandt said the school gymnasiums would stay open as shelters for evacuated families.",
        "Brandt",
        "said",
    ),
    (
        "dam",
        "An engineer said cracks in the Kessel dam had been reported two years ago and never repaired.",
        "An engineer",
        "said",
    ),
    (
        "dam",
        "Vellum Power denied neglecting repairs and blamed record rainfall for the dam collapse.",
        "Vellum Power",
        "denied",
    ),
    (
        "aid",
        "Brandt said the emergency aid money from the ministry was far too little for rebuilding.",
        "Brandt",
        "said",
    ),
    ("aid", "Insurers estimated the flood losses at ninety million crowns.", "", ""),
    ("aid", "Ok.", "", ""),
]

SOURCES: dict[str, list[Line]] = {
    "River Herald": RIVER_HERALD,
    "Valley Post": VALLEY_POST,
    "Marrow Times": MARROW_TIMES,
}

LATE_EDITION: list[Line] = [
    (
        "toll",
        "The hospital said the death toll had risen to twelve after a diver died.",
        "The hospital",
        "said",
    ),
    ("evacuation", "Evacuated families began returning home from the gymnasium shelters.", "", ""),
    ("dam", "Prosecutors opened an inquiry into the missed repairs at the Kessel dam.", "", ""),
    ("aid", "The ministry doubled the emergency aid after protests by shop owners.", "", ""),
]


@dataclass(frozen=True)
class Corpus:
    """Articles, their statement table and each statement's planted subject."""

    articles: list[Article]
    table: pd.DataFrame
    subject: dict[str, str]

    def ids(self, fragment: str) -> str:
        """Return the id of the statement containing ``fragment``."""
        found = self.table[self.table["text"].str.contains(fragment, regex=False)]
        assert len(found) == 1, fragment
        return str(found["id"].iloc[0])


def _span(text: str, part: str, start: int) -> tuple[int, int] | None:
    if not part:
        return None
    at = text.find(part)
    return (start + at, start + at + len(part)) if at >= 0 else None


def article(source: str, lines: list[Line]) -> tuple[Article, list[Statement], dict[str, str]]:
    """Build one article (one paragraph a statement) and its attributed statements."""
    text = "\n\n".join(line[1] for line in lines)
    aid = content_id(text)
    statements, subject, offset = [], {}, 0
    paragraphs = []
    for number, (topic, sentence, speaker, cue) in enumerate(lines, start=1):
        paragraphs.append((offset, offset + len(sentence)))
        sid = Statement.make_id(aid, offset)
        statements.append(
            Statement(
                sid,
                aid,
                offset,
                offset + len(sentence),
                sentence,
                kind=Kind.INDIRECT if speaker else Kind.NARRATIVE,
                speaker=speaker,
                speaker_span=_span(sentence, speaker, offset),
                speaker_id=speaker.lower().split()[-1] if speaker else "",
                cue=cue,
                cue_span=_span(sentence, cue, offset),
                paragraph=number,
            )
        )
        subject[sid] = topic
        offset += len(sentence) + 2
    doc = Article(aid, f"{source}.txt", Format.TEXT, text, source=source, paragraphs=tuple(paragraphs))
    return doc, statements, subject


def corpus(sources: dict[str, list[Line]] | None = None) -> Corpus:
    """Return the flood corpus (or the given sources) ready for :class:`TopicModel`."""
    docs, found, subject = [], [], {}
    for source, lines in (sources or SOURCES).items():
        doc, statements, subjects = article(source, lines)
        docs.append(doc)
        found.extend(statements)
        subject.update(subjects)
    return Corpus(docs, statements_frame(found, docs), subject)
