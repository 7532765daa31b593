"""Project files, autosave and crash recovery: the analyst's work, never lost.

A project is one SQLite file (``.parallax``) holding the articles (full text and
metadata), every analyst edit and per-project settings; see :mod:`.schema` for its
layout and versions. The desktop uses only the names exported here:

>>> state = ProjectState(articles, edits, {"brief_title": "Halvik"}, name="Halvik")
>>> save_project("case.parallax", state)          # atomic, incremental, backed up
>>> state = open_project("case.parallax")         # ProjectError with a clear message
>>> saver = Autosaver("case.parallax")            # one per open project
>>> saver.autosave(state.snapshot())              # from a timer, every <= 30 s
>>> saver.close()                                 # clean shutdown: nothing to recover
>>> for found in pending_recoveries():            # at the next start, after a crash
...     state = recover(found); discard(found)

Nothing here imports Qt; every function may run on a worker thread.
"""

from analysis.project.autosave import Autosaver
from analysis.project.backup import find_backup
from analysis.project.load import open_project
from analysis.project.recovery import Recovery, discard, pending_recoveries, recover
from analysis.project.schema import VERSION as SCHEMA_VERSION
from analysis.project.state import ProjectError, ProjectState
from analysis.project.store import SUFFIX, SaveStats, save_project

__all__ = [
    "SCHEMA_VERSION",
    "SUFFIX",
    "Autosaver",
    "ProjectError",
    "ProjectState",
    "Recovery",
    "SaveStats",
    "discard",
    "find_backup",
    "open_project",
    "pending_recoveries",
    "recover",
    "save_project",
]
