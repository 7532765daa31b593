"""The page machinery: portrait and landscape templates, running header, "page N of M",
table of contents, PDF outline and document properties.

Headings are :class:`Heading` paragraphs; after each is laid out the template bookmarks
it, adds an outline entry and notifies the table of contents, so the three always agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, TableStyle
from reportlab.platypus.doctemplate import IndexingFlowable
from reportlab.platypus.tableofcontents import TableOfContents

from analysis.brief.styles import HEADER, MARGIN, MUTED, RULE, Styles, landscape_size, paper_size
from analysis.brief.text import clip, esc


class Para(Paragraph):  # type: ignore[misc]
    """A paragraph that remembers its line breaks for the width it was last wrapped at.

    Breaking lines is most of the cost of a brief, and reportlab wraps the same cell many
    times (table height, each split of a long table, drawing, every layout pass). Line
    breaks depend on the width alone, so a second wrap at the same width reuses them.
    """

    _wrapped_at: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_at == available_width and getattr(self, "blPara", None) is not None:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        self._wrapped_at = available_width
        return size

    def draw(self) -> None:
        # The first layout pass only measures (see SketchCanvas): drawing text there is wasted.
        if not getattr(self.canv, "sketch", False):
            super().draw()


class Heading(Para):
    """A section heading that goes into the outline and (levels 0-1) the table of contents."""

    def __init__(self, text: str, style: Any, level: int, key: str, toc: bool = True) -> None:
        super().__init__(f'<a name="{key}"/>{esc(text)}', style)
        self.plain = text
        self.level = level
        self.key = key
        self.toc = toc


def pdf_date(when: datetime) -> Callable[..., str]:
    """Return a reportlab date formatter that always prints ``when`` (for fixed creation dates)."""
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    stamp = when.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    return lambda *_args: stamp


class PageCount(IndexingFlowable):  # type: ignore[misc]
    """Counts the pages so footers can say "page N of M".

    Placed last in the story, it records the page it lands on. Footers of a layout pass use
    the count of the pass before, and ``multiBuild`` runs again until that count is the one
    the footers printed, so "of M" is always right (deferring pages instead would break
    every internal link, which binds to the page being drawn).
    """

    def __init__(self) -> None:
        super().__init__()
        self.used: int | None = None
        self.seen: int | None = None

    def beforeBuild(self) -> None:  # noqa: N802 - reportlab's name
        self.used = self.seen

    def isSatisfied(self) -> bool:  # noqa: N802 - reportlab's name
        return self.used is not None and self.used == self.seen

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.seen = self.canv.getPageNumber()


class BriefDoc(BaseDocTemplate):  # type: ignore[misc]
    """Doc template with ``cover``, ``portrait`` and ``landscape`` pages.

    Parameters
    ----------
    filename : str
        Where to write.
    styles : Styles
        The brief's styles (the footer and header use its font).
    paper : str
        ``"a4"`` or ``"letter"``.
    header : str
        The running header's left text (the brief title).
    **kw
        Passed to ``BaseDocTemplate`` (title, author, subject, creator, invariant …).
    """

    def __init__(self, filename: str, styles: Styles, paper: str, header: str, **kw: Any) -> None:
        super().__init__(
            filename,
            pagesize=paper_size(paper),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + HEADER * 0.5,
            initialFontName=styles.family.regular,
            **kw,
        )
        self.styles = styles
        self.header_text = header
        self._section = ""
        self._first_on_page = ""
        self._outline_keys: set[str] = set()
        portrait = paper_size(paper)
        wide = landscape_size(paper)
        self.addPageTemplates(
            [
                self._template("cover", portrait, decorate=False),
                self._template("portrait", portrait),
                self._template("landscape", wide),
            ]
        )
        self.pages = PageCount()

    def _template(self, name: str, size: tuple[float, float], decorate: bool = True) -> PageTemplate:
        width, height = size
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            width - self.leftMargin - self.rightMargin,
            height - self.topMargin - self.bottomMargin,
            id=f"{name}-frame",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        return PageTemplate(
            id=name,
            frames=[frame],
            pagesize=size,
            onPage=self._page_start,
            onPageEnd=self._page_end if decorate else self._footer_only,
        )

    def frame_width(self, landscape: bool = False) -> float:
        """Return the usable width of a portrait (or landscape) page."""
        width = self.pageTemplates[2 if landscape else 1].pagesize[0]
        return float(width - self.leftMargin - self.rightMargin)

    def _page_start(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._first_on_page = ""

    def _page_end(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the running header (title left, current section right) and the footer."""
        width, height = canvas._pagesize
        y = height - MARGIN - HEADER * 0.35
        canvas.saveState()
        canvas.setFont(self.styles.family.regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, y, clip(self.header_text, 90))
        canvas.drawRightString(width - MARGIN, y, clip(self._first_on_page or self._section, 60))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 3, width - MARGIN, y - 3)
        canvas.restoreState()
        self._footer_only(canvas, doc)

    def _footer_only(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw "Page N of M" (M from the previous layout pass, see :class:`PageCount`)."""
        width, _height = canvas._pagesize
        total = f" of {self.pages.used}" if self.pages.used else ""
        canvas.saveState()
        canvas.setFont(self.styles.family.regular, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - MARGIN, HEADER * 0.8, f"Page {canvas.getPageNumber()}{total}")
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        """Bookmark headings, add them to the outline and the table of contents."""
        if not isinstance(flowable, Heading):
            return
        if flowable.level == 0:
            self._first_on_page = self._first_on_page or flowable.plain
            self._section = flowable.plain
        canvas = self.canv
        canvas.bookmarkPage(f"o-{flowable.key}")
        canvas.addOutlineEntry(
            flowable.plain, f"o-{flowable.key}", level=flowable.level, closed=flowable.level > 0
        )
        if flowable.toc and flowable.level <= 1:
            self.notify("TOCEntry", (flowable.level, esc(flowable.plain), self.page, f"o-{flowable.key}"))


class SketchCanvas(Canvas):  # type: ignore[misc]
    """The canvas of the first layout pass, on which paragraphs skip drawing.

    The first pass can never be the last: :class:`PageCount` is unsatisfied until a pass
    has printed a known total, so its pages are always thrown away. Laying out without
    drawing halves its cost.
    """

    sketch = True


def canvas_maker(date_formatter: Callable[..., str] | None) -> Callable[..., Canvas]:
    """Return a canvas factory for ``multiBuild``: a sketch canvas first, real ones after."""
    made = 0

    def make(*args: Any, **kwargs: Any) -> Canvas:
        nonlocal made
        made += 1
        canvas = (SketchCanvas if made == 1 else Canvas)(*args, **kwargs)
        if date_formatter is not None:
            canvas.setDateFormatter(date_formatter)
        return canvas

    return make


def headings(flowables: Iterable[Flowable]) -> Iterator[Heading]:
    """Yield every heading in story order, including those inside ``KeepTogether`` groups."""
    for flowable in flowables:
        if isinstance(flowable, Heading):
            yield flowable
        yield from headings(getattr(flowable, "_content", ()) or ())


def prefill(flowables: list[Flowable]) -> None:
    """Give the table of contents its entries (page numbers unknown) before the first pass.

    Left empty, the contents would print a one-line placeholder on the first pass and grow
    on the second, moving every later page and forcing a third pass.
    """
    entries = [
        (h.level, esc(h.plain), 0, f"o-{h.key}") for h in headings(flowables) if h.toc and h.level <= 1
    ]
    for toc in flowables:
        if isinstance(toc, TableOfContents):
            toc.addEntries(entries)


def table_of_contents(styles: Styles) -> TableOfContents:
    """Return the table of contents flowable styled like the brief."""
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = list(styles.toc)
    # The contents table's own cell font must be ours too, or Helvetica lands in the PDF.
    toc.tableStyle = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), styles.family.regular, 9),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    return toc
