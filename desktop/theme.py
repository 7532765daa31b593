"""Look and feel: light and dark palettes that follow the system, the style sheet, icons.

Parallax uses the Fusion style everywhere so that both palettes look the same on every
platform; the scheme follows the desktop's light/dark setting (and its changes) unless the
analyst picked one. Icons are our own single-colour SVGs drawn with ``currentColor`` and
tinted with the palette's text colour, so they stay legible in both schemes.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

import resources


class Scheme(StrEnum):
    """The analyst's choice of colours."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


def scheme_of(value: str) -> Scheme:
    """Return the scheme named ``value``, following the system for anything unknown."""
    try:
        return Scheme(value)
    except ValueError:
        return Scheme.SYSTEM


_LIGHT = {
    QPalette.ColorRole.Window: "#f3f3f5",
    QPalette.ColorRole.WindowText: "#1d1d22",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f6f7fa",
    QPalette.ColorRole.Text: "#1d1d22",
    QPalette.ColorRole.Button: "#eaeaee",
    QPalette.ColorRole.ButtonText: "#1d1d22",
    QPalette.ColorRole.ToolTipBase: "#fffbe6",
    QPalette.ColorRole.ToolTipText: "#1d1d22",
    QPalette.ColorRole.PlaceholderText: "#7a7a85",
    QPalette.ColorRole.Highlight: "#2f6fdf",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1d5bc7",
    QPalette.ColorRole.Mid: "#c4c4cc",
    QPalette.ColorRole.Dark: "#a0a0aa",
    QPalette.ColorRole.Light: "#ffffff",
}
_DARK = {
    QPalette.ColorRole.Window: "#23252a",
    QPalette.ColorRole.WindowText: "#e4e4e9",
    QPalette.ColorRole.Base: "#1a1b1f",
    QPalette.ColorRole.AlternateBase: "#212328",
    QPalette.ColorRole.Text: "#e4e4e9",
    QPalette.ColorRole.Button: "#2e3036",
    QPalette.ColorRole.ButtonText: "#e4e4e9",
    QPalette.ColorRole.ToolTipBase: "#33353c",
    QPalette.ColorRole.ToolTipText: "#e4e4e9",
    QPalette.ColorRole.PlaceholderText: "#8b8c96",
    QPalette.ColorRole.Highlight: "#3d7ef0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7fb0ff",
    QPalette.ColorRole.Mid: "#44464e",
    QPalette.ColorRole.Dark: "#15161a",
    QPalette.ColorRole.Light: "#3a3c44",
}


def prepare_high_dpi() -> None:
    """Let Qt scale by the screen's exact factor (1.25, 1.5 ...) instead of rounding.

    Must run before the ``QApplication`` exists; Qt 6 enables high-DPI scaling itself.
    """
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def system_is_dark() -> bool:
    """Whether the desktop asks for dark colours (``False`` when it does not say)."""
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def palette(dark: bool) -> QPalette:
    """Return the Parallax palette for the light or dark scheme."""
    pal = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        pal.setColor(role, QColor(colour))
    disabled = QColor("#6c6d75" if dark else "#9a9aa3")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return pal


def style_sheet() -> str:
    """Return the application style sheet (colours come from the palette, not the sheet)."""
    try:
        return resources.path("style", "parallax.qss").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


class Theme(QObject):
    """Applies a :class:`Scheme` to the application and follows the system when asked.

    :attr:`changed` tells views to redraw what they coloured themselves (e.g. icons).
    """

    changed = Signal()

    def __init__(self, app: QApplication, scheme: Scheme = Scheme.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self.scheme = scheme
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply(scheme)

    @property
    def dark(self) -> bool:
        """Whether dark colours are in use now."""
        return self.scheme == Scheme.DARK or (self.scheme == Scheme.SYSTEM and system_is_dark())

    def apply(self, scheme: Scheme) -> None:
        """Switch to ``scheme`` (``SYSTEM`` follows the desktop from now on)."""
        self.scheme = Scheme(scheme)
        icon.cache_clear()  # before the palette: widgets redraw icons as soon as it changes
        self._app.setPalette(palette(self.dark))
        # Widgets polished by the style sheet keep the palette they were polished with:
        # setting the sheet again re-polishes every widget in the new colours.
        self._app.setStyleSheet(style_sheet())
        self.changed.emit()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.scheme == Scheme.SYSTEM:
            self.apply(Scheme.SYSTEM)


def _render(svg: bytes, size: int) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer  # only needed once icons are drawn

    renderer = QSvgRenderer(QByteArray(svg))
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """Return the icon ``resources/icons/<name>.svg`` tinted with the palette's text colour.

    A missing icon gives an empty ``QIcon`` (the action still shows its text).
    """
    try:
        source = resources.path("icons", f"{name}.svg").read_text(encoding="utf-8")
    except FileNotFoundError:
        return QIcon()
    colour = QApplication.palette().color(QPalette.ColorRole.WindowText).name()
    svg = source.replace("currentColor", colour).encode("utf-8")
    result = QIcon()
    for size in (16, 24, 32, 48, 64):
        result.addPixmap(_render(svg, size))
    return result


ICON_PROPERTY = "parallaxIcon"
"""Dynamic property naming the icon of an action or button, so a scheme change can redraw it."""


def set_icon(target: QObject, name: str) -> None:
    """Give an action or button the icon ``name`` and remember it for :func:`refresh_icons`."""
    target.setProperty(ICON_PROPERTY, name)
    target.setIcon(icon(name))  # type: ignore[attr-defined]


def refresh_icons(root: QObject) -> None:
    """Redraw, in the current palette, the icons set with :func:`set_icon` under ``root``."""
    for child in [root, *root.findChildren(QObject)]:
        name = child.property(ICON_PROPERTY)
        if name and hasattr(child, "setIcon"):
            child.setIcon(icon(str(name)))


def app_icon() -> QIcon:
    """Return the application icon (the coloured set in ``resources/icons/app``)."""
    result = QIcon()
    try:
        folder = resources.path("icons", "app")
    except FileNotFoundError:
        return result
    for png in sorted(folder.glob("parallax-*.png")):
        result.addFile(str(png))
    return result
