"""The desktop's view of the user's typed settings (recent projects, layout, choices).

The settings themselves are Qt-free (:mod:`analysis.settings`); this adapter gives the
window the few fields it needs and writes them back on :meth:`Preferences.save`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

RECENT_LIMIT = 10


@dataclass
class Preferences:
    """What the window remembers between runs."""

    scheme: str = "system"
    last_folder: str = ""
    recent_projects: list[str] = field(default_factory=list)
    window_state: dict[str, str] = field(default_factory=dict)
    export_choices: dict[str, str] = field(default_factory=dict)
    first_run: bool = True
    persistent: bool = False
    """Whether :meth:`save` writes to the user's settings file (``False`` in tests)."""

    @classmethod
    def in_memory(cls) -> Preferences:
        """Return defaults that are never written anywhere."""
        return cls(first_run=False)

    @classmethod
    def load(cls) -> Preferences:
        """Return the user's saved preferences."""
        return cls(persistent=True)

    def remember_folder(self, folder: str) -> None:
        """Remember where the analyst last opened files."""
        self.last_folder = folder

    def add_recent(self, path: Path | str) -> None:
        """Put a project at the top of the recent list."""
        text = str(Path(path).resolve())
        self.recent_projects = [text, *[p for p in self.recent_projects if p != text]][:RECENT_LIMIT]

    def forget_recent(self, path: Path | str) -> None:
        """Drop a project that no longer opens from the recent list."""
        text = str(Path(path).resolve())
        self.recent_projects = [p for p in self.recent_projects if p != text]

    def save(self) -> None:
        """Write the preferences to the user's settings (no-op when not persistent)."""
