"""Ingest fixtures: text files we wrote, and generators of binary documents built at test time."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def fixture(name: str) -> Path:
    """Return the path of a committed text fixture."""
    return HERE / name
