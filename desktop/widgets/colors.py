"""Stable colours for speakers, sources and claim kinds that read in light and dark palettes.

A speaker keeps one hue everywhere (reader highlights, compare cards, legend) because the
hue comes from a hash of the speaker id, never from a row position that changes between
analyses. Lightness follows the palette so a tint stays readable on either background.
"""

from __future__ import annotations

import zlib

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

# Golden-angle steps spread consecutive hash buckets around the hue circle.
_HUES = 24
_GOLDEN = 0.381966

# Claim kinds: warm colours compete, green agrees.
_KIND_HUES = {
    "denial": 0.0,
    "numbers": 0.08,
    "blame": 0.92,
    "omission": 0.13,
    "framing": 0.75,
    "corroboration": 0.33,
}

_COMMITMENT_HUES = {
    "neutral": None,
    "emphatic": 0.58,
    "distancing": 0.10,
    "denial": 0.0,
    "conditional": 0.78,
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Return whether the palette has a dark window background."""
    if palette is None:
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _hue(key: str) -> float:
    bucket = zlib.crc32(key.encode("utf-8")) % _HUES
    return (bucket * _GOLDEN) % 1.0


def speaker_color(speaker_id: str, palette: QPalette | None = None) -> QColor:
    """Return the speaker's strong colour (legend chips, card names); grey for no speaker."""
    dark = is_dark(palette)
    if not speaker_id:
        return QColor.fromHslF(0.0, 0.0, 0.65 if dark else 0.45)
    return QColor.fromHslF(_hue(speaker_id), 0.65, 0.68 if dark else 0.38)


def speaker_tint(speaker_id: str, palette: QPalette | None = None) -> QColor:
    """Return the speaker's background tint for highlighting text spans."""
    dark = is_dark(palette)
    if not speaker_id:
        # The outlet's own voice: a faint wash, so quoted speakers stand out and noise stays plain.
        return QColor.fromHslF(0.6, 0.15, 0.24 if dark else 0.94)
    return QColor.fromHslF(_hue(speaker_id), 0.55 if dark else 0.75, 0.27 if dark else 0.88)


def kind_color(kind: str, palette: QPalette | None = None) -> QColor:
    """Return the colour of a claim kind (stripes and badges)."""
    hue = _KIND_HUES.get(kind, 0.05)
    return QColor.fromHslF(hue, 0.70, 0.62 if is_dark(palette) else 0.45)


def commitment_color(commitment: str, palette: QPalette | None = None) -> QColor | None:
    """Return the badge colour of a commitment, or ``None`` for plain reporting."""
    hue = _COMMITMENT_HUES.get(commitment)
    if hue is None:
        return None
    return QColor.fromHslF(hue, 0.65, 0.65 if is_dark(palette) else 0.40)


def muted(palette: QPalette) -> QColor:
    """Return a secondary text colour (noise, metadata) for the palette."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() + base.red()) // 2, (text.green() + base.green()) // 2, (text.blue() + base.blue()) // 2
    )


def blend(a: QColor, b: QColor, weight: float) -> QColor:
    """Return ``a`` mixed with ``weight`` of ``b``."""
    keep = 1.0 - weight
    return QColor(
        round(a.red() * keep + b.red() * weight),
        round(a.green() * keep + b.green() * weight),
        round(a.blue() * keep + b.blue() * weight),
    )
