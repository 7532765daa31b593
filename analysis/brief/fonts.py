"""Find and register a Unicode TrueType family (regular, bold, italic, bold italic).

The brief must print Latin with diacritics (Turkish ``ş ğ ı``), Cyrillic and Greek, so
the base-14 PDF fonts will not do. Nothing is downloaded: the family is looked up at run
time among fonts the machine already has (Debian's ``fonts-dejavu-core``, matplotlib's
bundled DejaVu, Noto, Liberation, GNU FreeFont), and a clear :class:`FontNotFound` names
every place searched when none fits.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

ENV_FONT_DIR = "PARALLAX_FONT_DIR"
"""Environment variable naming an extra folder to search first."""

# Family name, file stem, and the suffixes of (regular, bold, italic, bold italic).
_OBLIQUE = ("", "-Bold", "-Oblique", "-BoldOblique")
_ITALIC = ("-Regular", "-Bold", "-Italic", "-BoldItalic")
FAMILIES: tuple[tuple[str, tuple[str, str, str, str]], ...] = tuple(
    (label, tuple(f"{stem}{suffix}.ttf" for suffix in suffixes))  # type: ignore[misc]
    for label, stem, suffixes in (
        ("DejaVu Sans", "DejaVuSans", _OBLIQUE),
        ("Noto Sans", "NotoSans", _ITALIC),
        ("Liberation Sans", "LiberationSans", _ITALIC),
        ("FreeSans", "FreeSans", ("", "Bold", "Oblique", "BoldOblique")),
    )
)

# One letter of each script the brief promises to print; a family lacking any is skipped.
REQUIRED_CHARS = "şğıİ" + "Жжя" + "Ωλά" + "é€–“”¶"

SYSTEM_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/noto",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/freefont",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
    "C:/Windows/Fonts",
)


class FontNotFound(RuntimeError):
    """No usable Unicode TrueType family was found on this machine."""


@dataclass(frozen=True)
class FontFamily:
    """A registered family: the reportlab names of its four faces and where they came from."""

    label: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[Path, Path, Path, Path]

    def has_glyph(self, char: str) -> bool:
        """Return whether the regular face has a glyph for ``char``."""
        font = pdfmetrics.getFont(self.regular)
        return ord(char) in font.face.charToGlyph


def search_dirs() -> list[Path]:
    """Return the folders searched for fonts, most specific first.

    The ``PARALLAX_FONT_DIR`` folder comes first, then matplotlib's bundled fonts (found
    without importing matplotlib), the user's font folders and the system's.
    """
    found: list[Path] = []
    extra = os.environ.get(ENV_FONT_DIR)
    if extra:
        found.append(Path(extra))
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.origin:
        found.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    home = Path.home()
    found += [home / ".local/share/fonts", home / ".fonts"]
    found += [Path(d) for d in SYSTEM_DIRS]
    return found


def _candidates(dirs: Sequence[Path]) -> Iterator[tuple[str, tuple[Path, Path, Path, Path]]]:
    """Yield (label, four files) for every family complete in one folder (or its subfolders)."""
    for folder in dirs:
        if not folder.is_dir():
            continue
        for label, names in FAMILIES:
            for root in _roots(folder, names[0]):
                files = tuple(root / name for name in names)
                if all(f.is_file() for f in files):
                    yield label, (files[0], files[1], files[2], files[3])


def _roots(folder: Path, first: str) -> list[Path]:
    """Return folders under ``folder`` (itself included, one level down) holding ``first``."""
    if (folder / first).is_file():
        return [folder]
    try:
        children = sorted(p for p in folder.iterdir() if p.is_dir())
    except OSError:
        return []
    return [child for child in children if (child / first).is_file()]


def _covers(font: TTFont) -> bool:
    """Return whether ``font`` has a glyph for every required character."""
    cmap = font.face.charToGlyph
    return all(ord(c) in cmap for c in REQUIRED_CHARS)


@functools.lru_cache(maxsize=1)
def unicode_family() -> FontFamily:
    """Register and return the first complete Unicode family on this machine (cached).

    Raises
    ------
    FontNotFound
        When no searched folder holds a complete family covering Latin, Cyrillic and Greek.
    """
    return find_family(search_dirs())


def find_family(dirs: Sequence[Path]) -> FontFamily:
    """Register and return the first complete Unicode family found in ``dirs``.

    Parameters
    ----------
    dirs : sequence of Path
        Folders to search in order (each one level deep).

    Returns
    -------
    FontFamily
        Registered under ``Parallax-Regular`` etc., with the bold/italic mapping so that
        ``<b>`` and ``<i>`` in paragraphs pick the right face.

    Raises
    ------
    FontNotFound
        When no folder holds a complete family covering Latin, Cyrillic and Greek.
    """
    for label, files in _candidates(dirs):
        try:
            faces = [
                TTFont(f"Parallax-{style}", str(path)) for style, path in zip(_STYLES, files, strict=True)
            ]
        except Exception:  # a damaged or unreadable font file: try the next family
            continue
        if not _covers(faces[0]):
            continue
        for face in faces:
            pdfmetrics.registerFont(face)
        names = [face.fontName for face in faces]
        _map_family(names)
        return FontFamily(label, names[0], names[1], names[2], names[3], files)
    searched = "\n  ".join(str(d) for d in dirs)
    raise FontNotFound(
        "No Unicode TrueType font family (regular, bold, italic and bold italic) was found, "
        "so the brief cannot print Cyrillic, Greek or accented Latin. Install DejaVu Sans "
        "(Debian/Ubuntu: apt install fonts-dejavu-core), or set "
        f"{ENV_FONT_DIR} to a folder holding DejaVuSans*.ttf. Searched:\n  {searched}"
    )


_STYLES = ("Regular", "Bold", "Italic", "BoldItalic")
REGULAR = f"Parallax-{_STYLES[0]}"
"""The name the regular face is always registered under."""


def _map_family(names: list[str]) -> None:
    """Tell reportlab which face ``<b>``/``<i>`` select inside a paragraph."""
    regular, bold, italic, bold_italic = names
    pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=italic, boldItalic=bold_italic)
