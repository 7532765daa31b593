"""The automatic number of topics is capped for few articles with many statements.

Two articles each say one line on sixteen small subjects (a ferry, a bridge, a school …),
each subject in three words of its own. Silhouette alone would cut them into sixteen
topics of two statements; an analyst comparing two sources wants a handful of columns.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from analysis.model import Article, Format
from analysis.topics import TopicModel, topic_cap

SUBJECTS = [
    ("ferry", "harbour", "crew"),
    ("bridge", "tolls", "commuters"),
    ("school", "roof", "pupils"),
    ("tram", "depot", "drivers"),
    ("library", "archive", "manuscripts"),
    ("orchard", "frost", "apples"),
    ("stadium", "floodlights", "fans"),
    ("museum", "paintings", "curator"),
    ("market", "stalls", "traders"),
    ("clinic", "vaccines", "nurses"),
    ("railway", "signals", "freight"),
    ("bakery", "ovens", "bread"),
    ("lighthouse", "keeper", "lamp"),
    ("reservoir", "pumps", "water"),
    ("cinema", "screens", "films"),
    ("vineyard", "harvest", "grapes"),
]
TELLINGS = {"A": "The {0} and the {1} and the {2}.", "B": "Of the {2}, the {1} and the {0}."}


def two_articles(one_article_per_statement: bool = False) -> tuple[pd.DataFrame, list[Article]]:
    """Return the statement table and articles; optionally every statement its own article."""
    rows, articles = [], []
    for name, telling in TELLINGS.items():
        lines = [telling.format(*words) for words in SUBJECTS]
        text = " ".join(lines)
        articles.append(Article(name, name, Format.PASTE, text, source=name))
        cursor = 0
        for i, line in enumerate(lines):
            start = text.index(line, cursor)
            cursor = start + len(line)
            rows.append(
                {"id": f"{name}:{i}", "article_id": name, "text": line, "start": start, "end": cursor}
            )
    table = pd.DataFrame(rows)
    if one_article_per_statement:
        articles = [
            Article(i, i, Format.PASTE, t, source=i) for i, t in zip(table["id"], table["text"], strict=True)
        ]
        table = table.assign(article_id=table["id"], start=0, end=table["text"].str.len())
    return table, articles


def subjects_by_topic(model: TopicModel) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for statement_id, label in zip(model.ids_, model.labels_, strict=True):
        out[int(label)].add(int(statement_id.rsplit(":", 1)[1]))
    return out


def test_the_cap_is_root_n_for_few_articles_and_half_the_articles_for_many() -> None:
    assert topic_cap(100, 4) == 10
    assert topic_cap(400, 2) == 20
    assert topic_cap(100, 60) == 30
    assert topic_cap(3, 1) == 2


def test_two_articles_on_many_small_subjects_get_a_handful_of_shared_topics() -> None:
    table, articles = two_articles()
    model = TopicModel().fit(table, articles)
    assert 2 <= model.n_topics_ <= topic_cap(len(table), 2) == 6
    # Each topic gathers whole subjects, told by both articles: a pair is never split.
    assert sum(len(s) for s in subjects_by_topic(model).values()) == len(SUBJECTS)
    labels = dict(zip(model.ids_, model.labels_, strict=True))
    assert all(labels[f"A:{i}"] == labels[f"B:{i}"] for i in range(len(SUBJECTS)))


def test_the_cap_does_not_bind_when_every_statement_is_an_article() -> None:
    # Short texts each from its own source (headlines, tweets): the silhouette decides.
    table, articles = two_articles(one_article_per_statement=True)
    model = TopicModel().fit(table, articles)
    assert model.n_topics_ == len(SUBJECTS)
    assert all(len(s) == 1 for s in subjects_by_topic(model).values())


def test_a_number_of_topics_set_by_the_analyst_is_kept_above_the_cap() -> None:
    table, articles = two_articles()
    assert TopicModel(n_topics=12).fit(table, articles).n_topics_ == 12
