"""PyInstaller runtime hook: ``PYTHONFAULTHANDLER`` works in the frozen program too.

The frozen interpreter ignores ``PYTHON*`` environment variables, so a crash in native code
(Qt, numpy) would end the program without a word. With the variable set, as the smoke test
does, the Python stack of every thread is printed on a fatal signal, in worker processes too.
"""

import faulthandler
import os

if os.environ.get("PYTHONFAULTHANDLER"):
    faulthandler.enable(all_threads=True)
