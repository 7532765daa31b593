"""Render the app icon set ``app/parallax-<size>.png`` from ``app/parallax.svg``.

Run once after editing the SVG (``.venv/bin/python resources/icons/render_app_icons.py``);
the PNGs are committed so that the app, the ``.desktop`` entry and the frozen build never
need an SVG renderer to show their icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    """Write one PNG per size beside the SVG; return the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = Path(__file__).resolve().parent / "app"
    renderer = QSvgRenderer(str(folder / "parallax.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        image.save(str(folder / f"parallax-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
