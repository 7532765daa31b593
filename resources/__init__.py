"""Bundled resources (demo articles, icons, style sheets) and the one helper to find them.

:func:`path` works from a source checkout, an installed package and a PyInstaller
bundle alike, so no other module ever builds a resource path by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """Return the folder holding the bundled resources.

    A frozen (PyInstaller) build unpacks data under ``sys._MEIPASS``; everywhere else the
    resources sit beside this module.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """Return the path of a bundled resource, e.g. ``path("samples")``.

    Raises
    ------
    FileNotFoundError
        When the resource is missing, naming the path that was looked for.
    """
    found = root().joinpath(*parts)
    if not found.exists():
        raise FileNotFoundError(f"Parallax resource not found: {found}")
    return found


def samples() -> list[Path]:
    """Return the demo articles of the bundled fictional case, in a stable order."""
    folder = path("samples")
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
