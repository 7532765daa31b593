"""What a project file holds, and the one error opening or saving it can raise."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.model import Article, Edits


@dataclass
class ProjectState:
    """Everything the analyst would lose without a project file.

    The analysis itself is not stored: it is recomputed from ``articles`` and replayed
    ``edits`` on open, so a project stays valid when the analysis improves.

    Attributes
    ----------
    articles : list of Article
        The loaded articles in load order, with their full text, metadata, noise and
        paragraphs (the text is stored inside the project, so no source file is needed).
    edits : Edits
        Every analyst edit.
    settings : dict
        Per-project settings (brief title, analyst, ...); values must be JSON-serialisable.
    name : str
        The case's display name; ``""`` means "use the file name".
    """

    articles: list[Article] = field(default_factory=list)
    edits: Edits = field(default_factory=Edits)
    settings: dict[str, Any] = field(default_factory=dict)
    name: str = ""

    def snapshot(self) -> ProjectState:
        """Return a copy that later edits of this state cannot change.

        Articles are frozen and shared; edits and settings are deep-copied. Take a
        snapshot on the GUI thread before handing the state to a worker that saves it.
        """
        return ProjectState(
            articles=list(self.articles),
            edits=copy.deepcopy(self.edits),
            settings=copy.deepcopy(self.settings),
            name=self.name,
        )


class ProjectError(Exception):
    """A project could not be opened or saved; ``str(error)`` is meant for the user.

    Attributes
    ----------
    path : Path
        The project file concerned.
    backup : Path or None
        The last good backup of that project, when one exists; the GUI offers to open it.
    """

    def __init__(self, path: Path | str, message: str, backup: Path | None = None) -> None:
        self.path = Path(path)
        self.backup = backup
        self.reason = message
        text = f"{self.path.name}: {message}"
        if backup is not None:
            text += f"\nThe last good backup is {backup}; open it to continue from there."
        super().__init__(text)
