"""Paper, colours and paragraph styles of the brief, all in the one Unicode family."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from analysis.brief.fonts import FontFamily

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm
HEADER = 10 * mm
"""Room above the frame for the running header (and below it for the footer)."""

INK = colors.HexColor("#1d232b")
MUTED_HEX = "#5b6470"
MUTED = colors.HexColor(MUTED_HEX)
RULE = colors.HexColor("#c9ced6")
ACCENT = colors.HexColor("#1f5f8b")
LINK_HEX = "#1f5f8b"
LINK = colors.HexColor(LINK_HEX)
SHADE = colors.HexColor("#f1f3f6")
NOTE = colors.HexColor("#fff6dc")
CONFLICT_HEX = "#a8322d"
CONFLICT = colors.HexColor(CONFLICT_HEX)
AGREE = colors.HexColor("#2e7d4f")

# One colour per source for charts and lanes; cycled when there are more sources.
SOURCE_COLOURS = tuple(
    colors.HexColor(c)
    for c in ("#1f5f8b", "#c0392b", "#2e7d4f", "#8e5ea2", "#d68910", "#17807e", "#7f5539", "#5d6d7e")
)


def paper_size(paper: str) -> tuple[float, float]:
    """Return the portrait page size for ``"a4"`` or ``"letter"`` (``ValueError`` otherwise)."""
    try:
        width, height = PAPERS[paper.lower()]
        return float(width), float(height)
    except KeyError:
        raise ValueError(f"unknown paper {paper!r}: choose 'a4' or 'letter'") from None


def landscape_size(paper: str) -> tuple[float, float]:
    """Return the landscape page size of ``paper``."""
    width, height = landscape(paper_size(paper))
    return float(width), float(height)


def hex_of(colour: colors.Color) -> str:
    """Return ``#rrggbb`` for paragraph markup."""
    return "#" + str(colour.hexval())[2:]


def source_colour(number: int) -> colors.Color:
    """Return the colour of source ``S<number>``."""
    return SOURCE_COLOURS[(number - 1) % len(SOURCE_COLOURS)]


@dataclass(frozen=True)
class Styles:
    """The paragraph styles the layout uses."""

    family: FontFamily
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_meta: ParagraphStyle
    quote: ParagraphStyle
    note: ParagraphStyle
    toc: tuple[ParagraphStyle, ParagraphStyle]
    header: ParagraphStyle
    right: ParagraphStyle
    centre: ParagraphStyle


def make_styles(family: FontFamily, dense: bool = False) -> Styles:
    """Build the styles in ``family``; ``dense`` shrinks table text for many columns."""
    font, bold, italic = family.regular, family.bold, family.italic
    cell_size = 7.0 if dense else 8.0

    def style(name: str, **kw: object) -> ParagraphStyle:
        base: dict[str, object] = {"fontName": font, "fontSize": 9.5, "leading": 12.5, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        family=family,
        title=style("Title", fontName=bold, fontSize=22, leading=27, spaceAfter=8, textColor=ACCENT),
        subtitle=style("Subtitle", fontSize=11.5, leading=15, spaceAfter=10, textColor=MUTED),
        h1=style("H1", fontName=bold, fontSize=15, leading=19, spaceBefore=4, spaceAfter=8, textColor=ACCENT),
        h2=style("H2", fontName=bold, fontSize=11.5, leading=14.5, spaceBefore=10, spaceAfter=5),
        h3=style("H3", fontName=bold, fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=3, textColor=MUTED),
        body=style("Body", spaceAfter=5),
        small=style("Small", fontSize=8, leading=10.5, spaceAfter=3),
        muted=style("Muted", fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=3),
        cell=style("Cell", fontSize=cell_size, leading=cell_size * 1.25),
        cell_head=style("CellHead", fontName=bold, fontSize=cell_size, leading=cell_size * 1.25),
        cell_meta=style(
            "CellMeta",
            fontName=italic,
            fontSize=cell_size - 1,
            leading=(cell_size - 1) * 1.25,
            textColor=MUTED,
        ),
        quote=style("Quote", fontSize=9, leading=12, leftIndent=6),
        note=style(
            "Note",
            fontName=italic,
            fontSize=8.5,
            leading=11,
            backColor=NOTE,
            borderPadding=4,
            spaceBefore=4,
            spaceAfter=8,
        ),
        toc=(
            style("TOC1", fontName=bold, fontSize=10, leading=15, leftIndent=0),
            style("TOC2", fontSize=9, leading=12, leftIndent=14),
        ),
        header=style("Header", fontSize=7.5, leading=9, textColor=MUTED, alignment=TA_LEFT),
        right=style("Right", fontSize=8, leading=10, alignment=TA_RIGHT),
        centre=style("Centre", fontSize=8, leading=10, alignment=TA_CENTER),
    )
