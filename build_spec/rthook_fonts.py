"""PyInstaller runtime hook: the frozen brief uses the font family bundled with it.

``analysis.brief.fonts`` searches ``PARALLAX_FONT_DIR`` first; pointing it at the bundle's
``fonts`` folder makes the brief look the same on every machine. An analyst's own setting
of the variable still wins. Worker processes inherit it.
"""

import os
import sys
from pathlib import Path

bundle = getattr(sys, "_MEIPASS", None)
if bundle is not None and (Path(bundle) / "fonts").is_dir():
    os.environ.setdefault("PARALLAX_FONT_DIR", str(Path(bundle) / "fonts"))
