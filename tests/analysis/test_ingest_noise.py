"""Noise marking: each kind is recognised, and ordinary prose never is."""

from __future__ import annotations

import pytest

from analysis import ingest
from analysis.ingest.blocks import Block, Meta, Tag
from analysis.ingest.noise import block_kind, dateline
from analysis.model import NoiseKind

META = Meta(source="Harbour Times", author="Lena Kraft")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Photo: Fishing boats return to the harbour at dawn.", NoiseKind.CAPTION),
        ("Boats return to the harbour at dawn. • © Ivo Marsh", NoiseKind.CAPTION),
        ("Фото: Лодки возвращаются в гавань.", NoiseKind.CAPTION),
        ("• AFP", NoiseKind.CREDIT),
        ("• © Ivo Marsh", NoiseKind.CREDIT),
        ("Reuters", NoiseKind.CREDIT),
        ("Getty Images via AFP", NoiseKind.CREDIT),
        ("By Lena Kraft", NoiseKind.BYLINE),
        ("By Lena Kraft and Omar Bell, Harbour Times", NoiseKind.BYLINE),
        ("Автор: Лена Крафт", NoiseKind.BYLINE),
        ("(Reporting by Lena Kraft; Editing by Tom Ash)", NoiseKind.BYLINE),
        ("HARBOUR TIMES", NoiseKind.BYLINE),
        ("Lena Kraft, Harbour Times", NoiseKind.BYLINE),
        ("Read more: New quay opens next spring", NoiseKind.SHARE),
        ("Share this article", NoiseKind.SHARE),
        ("Facebook Twitter WhatsApp Email", NoiseKind.SHARE),
        ("Читайте также: Новый причал откроют весной", NoiseKind.SHARE),
        ("Ayrıca okuyun: Yeni rıhtım baharda açılıyor", NoiseKind.SHARE),
        ("What the port authority wants", NoiseKind.HEADING),
        ("Talks in Geneva", NoiseKind.HEADING),
        ("“A betrayal of the fishermen”", NoiseKind.PULL_QUOTE),
        ("«Предательство рыбаков»", NoiseKind.PULL_QUOTE),
        (
            "* “Harbour Front” — the organization was recognized as terrorist by the Supreme Court and is "
            "banned in the country.",
            NoiseKind.FOOTNOTE,
        ),
        (
            "* «Фронт гавани» — организация признана террористической и запрещена в России.",
            NoiseKind.FOOTNOTE,
        ),
        ("The organization is banned in the country and recognized as extremist.", NoiseKind.FOOTNOTE),
        ("© 2025 Harbour Times. All rights reserved.", NoiseKind.BOILERPLATE),
        ("For more information, contact the press office.", NoiseKind.BOILERPLATE),
        ("We use cookies to improve your experience on our site.", NoiseKind.BOILERPLATE),
        ("Advertisement", NoiseKind.BOILERPLATE),
        ("March 12, 2026", NoiseKind.DATELINE),
        ("12 марта 2026", NoiseKind.DATELINE),
        ("Updated: 12.03.2026, 14:05", NoiseKind.DATELINE),
    ],
)
def test_noise_kind(text: str, kind: NoiseKind) -> None:
    assert block_kind(Block(text), META) is kind


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master said the quay would reopen on Monday.",
        "“We will not give up the harbour,” the mayor said.",
        "«Мы не отдадим гавань», — сказал мэр.",
        "By the evening, six boats had returned to the harbour, the coast guard said.",
        "The group said it had been banned from the harbour for two years, a claim the council denied.",
        "Photographers gathered at the quay as the first boat arrived on Monday morning.",
        "Share prices of the shipping company fell by a third after the strike, analysts said.",
        "Read the full report, the council urged residents on Tuesday.",
        "“It was a betrayal,” she said.",
        "Kraft said the fishermen had lost a month of income.",
    ],
)
def test_prose_is_not_noise(text: str) -> None:
    assert block_kind(Block(text), META) is None


def test_markup_hints_win() -> None:
    assert block_kind(Block("The square at night.", kind=NoiseKind.CAPTION), META) is NoiseKind.CAPTION
    assert block_kind(Block("The long and winding road to a deal.", Tag.HEADING), META) is NoiseKind.HEADING


def test_list_items_are_not_headings() -> None:
    assert block_kind(Block("two new pumping stations", Tag.ITEM), META) is None


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("GENEVA, 12 March 2026 - The talks resumed on Thursday.", "GENEVA, 12 March 2026 - "),
        ("WASHINGTON (Reuters) — The Senate voted on Friday.", "WASHINGTON (Reuters) — "),
        (
            "HALVIK, Tessel Valley (Global Wire) - At least 20 people died.",
            "HALVIK, Tessel Valley (Global Wire) - ",
        ),
        ("МОСКВА, 12 марта — Переговоры возобновились.", "МОСКВА, 12 марта — "),
        # A horizontal bar, as HuffPost prints its datelines.
        ("WASHINGTON ― President Krall made an offer on Saturday.", "WASHINGTON ― "),
        ("The UN said - in a rare move - that talks would resume.", ""),
        ("NATO members met on Friday to discuss the budget.", ""),
    ],
)
def test_dateline_prefix(text: str, prefix: str) -> None:
    assert text[: dateline(text)] == prefix


def test_dateline_only_in_opening_paragraphs() -> None:
    body = "\n\n".join(
        [
            "GENEVA, 12 March 2026 - The talks resumed on Thursday, diplomats said.",
            "The second round of talks will start next week, the mediator told reporters.",
            "The delegations met for three hours in the morning and again in the evening.",
            "BERN, 12 March - This looks like a dateline but sits deep in the article body.",
        ]
    )
    article = ingest.load_text(body, "talks")
    marked = [article.text[n.start : n.end] for n in article.noise]
    assert marked == ["GENEVA, 12 March 2026 - "]


def test_noise_spans_cover_exactly_their_text() -> None:
    text = "Harbour strike ends\n\nBy Lena Kraft\n\nDock workers returned on Sunday, the union said.\n\n• AFP"
    article = ingest.load_text(text)
    spans = {article.text[n.start : n.end]: n.kind for n in article.noise}
    assert spans == {
        "Harbour strike ends": NoiseKind.HEADING,
        "By Lena Kraft": NoiseKind.BYLINE,
        "• AFP": NoiseKind.CREDIT,
    }
