"""The printable PDF brief: what the sources say, where they compete, who said it, and where.

:func:`build_brief` turns an :class:`~analysis.pipeline.Analysis` into a PDF with a cover,
contents, key findings (competing claims quoted side by side), coverage chart, one section
per topic, timeline, speakers index and a sources appendix that every ``[S2 ¶4]`` citation
links to. Text is set in an embedded Unicode TrueType family found on the machine
(:mod:`analysis.brief.fonts`); nothing is downloaded.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from analysis.brief.citations import Citations
from analysis.brief.context import Context
from analysis.brief.data import gather
from analysis.brief.doc import BriefDoc, canvas_maker, pdf_date, prefill
from analysis.brief.fonts import FontNotFound, unicode_family
from analysis.brief.layout import needs_landscape, story
from analysis.brief.options import BriefOptions
from analysis.brief.select import briefing
from analysis.brief.styles import make_styles
from analysis.brief.text import TextAudit, shaping_available
from analysis.pipeline import Analysis
from analysis.progress import Progress, scaled, silent

__all__ = ["BriefOptions", "FontNotFound", "build_brief"]

WRITING = 0.4
"""Share of the progress bar spent writing the story; the rest is typesetting."""


def build_brief(analysis: Analysis, path: Path, options: BriefOptions, progress: Progress = silent) -> Path:
    """Write the PDF brief of ``analysis`` to ``path``.

    Parameters
    ----------
    analysis : Analysis
        The finished analysis (articles and tables).
    path : Path
        Where to write; the file appears only when complete (written beside, then renamed).
    options : BriefOptions
        The analyst's choices (title, analyst, note, paper, topics, appendix …).
    progress : Progress
        Receives fractions in ``[0, 1]``; may raise ``Cancelled`` to stop (no file is left).

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    FontNotFound
        When no Unicode TrueType family is installed.
    ValueError
        For an unknown paper size.
    """
    path = Path(path)
    progress(0.0, "Preparing the brief")
    family = unicode_family()
    data = briefing(gather(analysis, options.topic_ids), options)
    created = options.created or datetime.now(UTC).astimezone()
    partial = path.with_name(f".{path.name}.partial")
    doc = BriefDoc(
        str(partial),
        make_styles(family),
        options.paper,
        header=options.heading,
        title=options.heading,
        author=options.analyst or "Parallax",
        subject=options.summary or f"Comparative brief of {len(data.sources)} sources",
        creator="Parallax",
        keywords=", ".join(dict.fromkeys(s.name for s in data.sources)),
        invariant=1 if options.created else 0,
    )
    ctx = Context(
        data=data,
        options=options,
        styles=doc.styles,
        cites=Citations(to_appendix=options.appendix),
        audit=TextAudit(family.has_glyph, shaped=shaping_available()),
        width=doc.frame_width(),
        wide_width=doc.frame_width(landscape=True),
        created=created,
        progress=scaled(progress, 0.02, WRITING),
    )
    if needs_landscape(ctx):
        ctx.styles = make_styles(family, dense=True)
        doc.styles = ctx.styles
    flowables = [*story(ctx), doc.pages]  # the page counter goes last
    doc.setProgressCallBack(_Typesetting(scaled(progress, WRITING, 0.99)))
    try:
        prefill(flowables)
        doc.multiBuild(
            flowables, canvasmaker=canvas_maker(pdf_date(options.created) if options.created else None)
        )
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    progress(1.0, "Brief written")
    return path


class _Typesetting:
    """Turns reportlab's build events into progress: each layout pass gets a shrinking slice."""

    SLICES = ((0.0, 0.6), (0.6, 0.9), (0.9, 0.97))

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.passes = 1
        self.size = 1
        self.last = 0.0

    def __call__(self, kind: str, value: int) -> None:
        if kind == "PASS":
            self.passes = max(int(value), 1)
        elif kind == "SIZE_EST":
            self.size = max(int(value), 1)
        elif kind == "PROGRESS":
            start, end = self.SLICES[min(self.passes, len(self.SLICES)) - 1]
            fraction = start + (end - start) * min(value / self.size, 1.0)
            # Split flowables rejoin the queue, so raw counts can step back: never report less.
            self.last = max(fraction, self.last)
            self.progress(self.last, f"Typesetting the brief (pass {self.passes})")
