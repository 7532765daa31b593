"""Inputs to a flat list of files and URLs: folders walked safely, files filtered.

Folders are walked recursively in a stable (sorted) order; symbolic links to folders
are followed once (each real folder is visited once, so a link loop ends); hidden
entries and unsupported extensions are skipped. At most ``max_files`` files are listed
so a dropped home folder cannot stall the app.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from analysis.ingest.sniff import EXTENSIONS
from analysis.ingest.url import is_url
from analysis.model import LoadError


@dataclass
class Expanded:
    """What a list of inputs expands to: items to read, and problems found on the way."""

    items: list[str] = field(default_factory=list)
    errors: list[LoadError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


def _walk(folder: str, seen: set[tuple[int, int]], errors: list[LoadError]) -> Iterator[str]:
    try:
        info = os.stat(folder)
    except OSError as exc:
        errors.append(LoadError(folder, f"The folder could not be opened: {exc.strerror or exc}."))
        return
    key = (info.st_dev, info.st_ino)
    if key in seen:
        return  # a link back into a folder already walked (a loop, or two links to one place)
    seen.add(key)
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        errors.append(LoadError(folder, f"The folder could not be read: {exc.strerror or exc}."))
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            continue
        if is_dir:
            yield from _walk(entry.path, seen, errors)
        elif os.path.splitext(entry.name)[1].lower() in EXTENSIONS:
            yield entry.path


def expand(inputs: Sequence[str], max_files: int) -> Expanded:
    """Return the files and URLs named by ``inputs`` (folders expanded, order kept)."""
    result = Expanded()
    seen: set[tuple[int, int]] = set()
    for item in inputs:
        if is_url(item) or not os.path.isdir(item):
            result.items.append(item)
            continue
        found = 0
        for path in _walk(item, seen, result.errors):
            if len(result.items) >= max_files:
                result.notices.append(f"Stopped after {max_files:,} files; load the rest in smaller batches.")
                return result
            result.items.append(path)
            found += 1
        if not found:
            result.notices.append(f"No supported files (txt, md, html, pdf, docx, eml) were found in {item}.")
    return result
