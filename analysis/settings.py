"""The user's settings: one typed, versioned JSON file in the per-user config folder.

:class:`Settings` is a plain dataclass; every field has a type and a default, and
:meth:`Settings.load` never fails: a missing file gives the defaults, a field with a bad
value gets its default back (noted in :attr:`Settings.problems`), and a file that is not
readable JSON is moved aside (``settings.json.bad-<time>``, kept for the analyst) and
replaced by the defaults. Files of older schemas are migrated on load; keys this version
does not know (written by a newer Parallax) are kept in :attr:`Settings.extra` and written
back untouched, so running an older Parallax never destroys a newer one's settings.

Per-project settings (brief title, analyst for one case) live in the project file
instead (:class:`analysis.project.ProjectState`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from analysis import userdirs

log = logging.getLogger(__name__)

SCHEMA = 2
"""The settings schema this Parallax writes."""

SCHEMES = ("system", "light", "dark")
AUTOSAVE_RANGE = (5, 30)
"""Autosave interval bounds in seconds: never more than 30 s of work at risk."""
BOUNDS = {"autosave_seconds": AUTOSAVE_RANGE, "recent_limit": (1, 50)}
"""Integer fields and the range their values are clamped to."""


@dataclass
class Settings:
    """What Parallax remembers between runs; see the module docstring.

    Attributes
    ----------
    color_scheme : str
        ``"system"`` (follow the desktop), ``"light"`` or ``"dark"``.
    recent_projects : list of str
        Absolute paths of recently opened or saved projects, newest first.
    recent_limit : int
        How many recent projects to remember.
    last_folder : str
        Where the analyst last opened files or projects.
    export_folder : str
        Where the analyst last exported a brief, CSV or JSON.
    window_state : dict of str to str
        Window geometry, dock and splitter states (base64 of Qt's byte arrays), by name.
    export_choices : dict of str to str
        The last choices of the export dialog (paper size, format, ...).
    first_run : bool
        ``True`` until the first start has shown the demo project.
    autosave_seconds : int
        Autosave interval, clamped to :data:`AUTOSAVE_RANGE`.
    analyst, organisation : str
        Defaults for the brief's cover.
    extra : dict
        Keys from a newer Parallax, kept and written back as they were.
    problems : list of str
        What :meth:`load` had to repair (not saved).
    """

    color_scheme: str = "system"
    recent_projects: list[str] = field(default_factory=list)
    recent_limit: int = 10
    last_folder: str = ""
    export_folder: str = ""
    window_state: dict[str, str] = field(default_factory=dict)
    export_choices: dict[str, str] = field(default_factory=dict)
    first_run: bool = True
    autosave_seconds: int = 20
    analyst: str = ""
    organisation: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list, compare=False, repr=False)
    read_version: int = field(default=SCHEMA, compare=False, repr=False)

    # -- recent projects ---------------------------------------------------------------
    def add_recent(self, path: Path | str) -> None:
        """Put a project at the top of the recent list (once), dropping the oldest."""
        text = str(Path(path).expanduser().resolve())
        self.recent_projects = [text, *(p for p in self.recent_projects if p != text)][: self.recent_limit]

    def forget_recent(self, path: Path | str) -> None:
        """Drop a project (one that moved or no longer opens) from the recent list."""
        text = str(Path(path).expanduser().resolve())
        self.recent_projects = [p for p in self.recent_projects if p != text]

    def existing_recent(self) -> list[Path]:
        """Return the recent projects still on disk, newest first."""
        return [Path(p) for p in self.recent_projects if Path(p).is_file()]

    @property
    def autosave_ms(self) -> int:
        """The autosave interval for a timer, in milliseconds."""
        return self.autosave_seconds * 1000

    # -- persistence -------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read the settings file (default :func:`analysis.userdirs.settings_path`); never raises."""
        path = path or userdirs.settings_path()
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return cls._reset(path, f"the settings file could not be read ({exc})")
        if not isinstance(document, dict) or not _is_version(document.get("version")):
            return cls._reset(path, "the settings file is not a Parallax settings document")
        return from_document(document)

    @classmethod
    def _reset(cls, path: Path, reason: str) -> Settings:
        aside = path.with_name(f"{path.name}.bad-{datetime.now():%Y%m%d-%H%M%S}")
        try:
            os.replace(path, aside)
            reason += f"; it was kept as {aside} and the defaults restored"
        except OSError:
            reason += "; the defaults are used"
        log.warning("%s", reason)
        return cls(problems=[reason])

    def save(self, path: Path | None = None) -> bool:
        """Write the settings atomically; return ``False`` (and log why) when that fails."""
        path = path or userdirs.config_dir() / "settings.json"
        temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with temp.open("w", encoding="utf-8") as handle:
                json.dump(to_document(self), handle, ensure_ascii=False, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except OSError as exc:
            log.warning("could not save settings to %s: %s", path, exc)
            with contextlib.suppress(OSError):
                temp.unlink()
            return False
        return True


def _is_version(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


# -- document <-> settings -----------------------------------------------------------------
_TRANSIENT = ("extra", "problems", "read_version")


def _persisted() -> list[dataclasses.Field[Any]]:
    return [f for f in dataclasses.fields(Settings) if f.name not in _TRANSIENT]


def to_document(settings: Settings) -> dict[str, Any]:
    """Return the JSON document of ``settings`` (unknown keys of newer versions included)."""
    document = dict(settings.extra)
    document.update({f.name: getattr(settings, f.name) for f in _persisted()})
    # A file from a newer Parallax keeps its version: the fields we wrote mean the same
    # there (fields are renamed, never redefined), and its own migrations must not rerun.
    document["version"] = max(SCHEMA, settings.read_version)
    return document


def from_document(document: dict[str, Any]) -> Settings:
    """Build settings from a parsed document: migrate, then validate field by field."""
    version = int(document["version"])
    document = migrate(dict(document), version)
    defaults = Settings()
    values: dict[str, Any] = {}
    problems: list[str] = []
    if version > SCHEMA:
        problems.append(f"settings written by a newer Parallax (schema {version}); unknown keys are kept")
    for f in _persisted():
        if f.name not in document:
            continue
        value = _valid(f.name, document.pop(f.name), getattr(defaults, f.name))
        if value is _INVALID:
            problems.append(f"setting '{f.name}' had an invalid value; its default is used")
        else:
            values[f.name] = value
    document.pop("version", None)
    return Settings(**values, extra=document, problems=problems, read_version=max(version, SCHEMA))


_INVALID = object()


def _valid(name: str, value: Any, default: Any) -> Any:
    """Return ``value`` coerced to the field's type, or :data:`_INVALID`."""
    if isinstance(default, bool):
        return value if isinstance(value, bool) else _INVALID
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool):
            return _INVALID
        low, high = BOUNDS.get(name, (value, value))
        return min(max(value, low), high)
    if isinstance(default, str):
        if not isinstance(value, str) or (name == "color_scheme" and value not in SCHEMES):
            return _INVALID
        return value
    if isinstance(default, list):
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return list(value) if ok else _INVALID
    if isinstance(default, dict):
        ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        return dict(value) if ok else _INVALID
    return _INVALID


# -- migrations ----------------------------------------------------------------------------
def _v1_to_v2(document: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 kept ``recent``, ``theme``, ``autosave_minutes``, ``geometry`` and ``splitters``."""
    renames = {"recent": "recent_projects", "theme": "color_scheme"}
    for old, new in renames.items():
        if old in document:
            document[new] = document.pop(old)
    minutes = document.pop("autosave_minutes", None)
    if isinstance(minutes, int | float) and not isinstance(minutes, bool):
        document["autosave_seconds"] = round(minutes * 60)
    state: dict[str, Any] = {}
    if "geometry" in document:
        state["geometry"] = document.pop("geometry")
    splitters = document.pop("splitters", {})
    if isinstance(splitters, dict):
        state.update({f"splitter/{name}": value for name, value in splitters.items()})
    if state:
        document["window_state"] = state
    return document


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2}
"""from-version -> the step bringing a document to from-version + 1."""


def migrate(document: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a settings document of ``version`` up to :data:`SCHEMA` (newer ones pass as they are)."""
    while version < SCHEMA:
        document = MIGRATIONS[version](document)
        version += 1
    return document
