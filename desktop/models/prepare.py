"""Work done for the views in the analysis worker, so a new analysis shows without a stall.

:func:`prepare` runs right after :func:`analysis.pipeline.analyze` on the worker thread
(``Session.prepare``): it builds the shared index and the unfiltered rows the first
refresh of every panel asks for. Everything here is Qt-free plain Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.models.claims import base_rows
from desktop.models.compare import ALL_TOPICS, topic_cells
from desktop.models.index import index_for
from desktop.models.speakers import speaker_rows
from desktop.models.timeline import timeline_columns
from desktop.models.topics import topic_rows

if TYPE_CHECKING:
    from analysis.pipeline import Analysis


def prepare(analysis: Analysis) -> None:
    """Build the index of ``analysis`` and warm its caches (see the module docstring)."""
    index = index_for(analysis)
    for topic_id in [ALL_TOPICS, *index.topic_labels]:
        index.memo(("topic cells", topic_id), lambda topic_id=topic_id: topic_cells(index, topic_id))
    for frame in (analysis.claims, analysis.agreements):
        index.memo(("claims", id(frame)), lambda frame=frame: base_rows(index, frame))
    topic_rows(index, analysis.topics, analysis.gaps, None)
    speaker_rows(index, analysis.speakers, None)
    timeline_columns(index, analysis.timeline, None)
