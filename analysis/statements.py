"""Statement extraction. PLACEHOLDER until the statements/attribution work lands:
naive sentence split over paragraphs, everything narrative."""

from __future__ import annotations

import re

from analysis.model import Article, Statement

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def extract_statements(article: Article) -> list[Statement]:
    """Split an article into statements (placeholder: naive sentences)."""
    noise = [(n.start, n.end) for n in article.noise]
    out: list[Statement] = []
    paragraphs = article.paragraphs or ((0, len(article.text)),)
    for number, (p_start, p_end) in enumerate(paragraphs, start=1):
        if any(s <= p_start and p_end <= e for s, e in noise):
            continue
        for m in _SENTENCE.finditer(article.text, p_start, p_end):
            text = m.group().strip()
            if not text:
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            end = start + len(text)
            out.append(
                Statement(
                    Statement.make_id(article.id, start), article.id, start, end, text, paragraph=number
                )
            )
    return out
