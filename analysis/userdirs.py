"""Per-user folders for settings, autosaves and backups.

Parallax never writes beside its code (a frozen app runs from a read-only bundle) nor
beside the analyst's documents except when asked to save there. Settings go to the
platform's config folder, autosaves and backups to its data folder, as ``platformdirs``
names them (``~/.config/Parallax`` and ``~/.local/share/Parallax`` on Linux,
``%LOCALAPPDATA%\\Parallax`` on Windows, ``~/Library/Application Support/Parallax`` on
macOS).

Setting the environment variable :data:`HOME_VARIABLE` (``PARALLAX_HOME``) moves all of
them under one folder, so tests, CI and portable installs never touch the real home.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Parallax"
HOME_VARIABLE = "PARALLAX_HOME"


def _home_override() -> Path | None:
    value = os.environ.get(HOME_VARIABLE, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(folder: Path, create: bool) -> Path:
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def config_dir(create: bool = True) -> Path:
    """Return the folder holding ``settings.json``, creating it unless ``create`` is false."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "config", create)
    return _ensure(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)), create)


def data_dir(create: bool = True) -> Path:
    """Return the folder holding autosaves and backups, creating it unless asked not to."""
    home = _home_override()
    if home is not None:
        return _ensure(home / "data", create)
    return _ensure(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), create)


def settings_path() -> Path:
    """Return the path of the user's settings file (it may not exist yet; nothing is created)."""
    return config_dir(create=False) / "settings.json"


def autosave_dir(create: bool = True) -> Path:
    """Return the folder of autosave sessions."""
    return _ensure(data_dir(create) / "autosave", create)


def backup_dir(create: bool = True) -> Path:
    """Return the folder of last-good project backups."""
    return _ensure(data_dir(create) / "backups", create)
