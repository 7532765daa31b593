"""Parallax composition root.

``python main.py inspect|analyze|brief ...`` runs headless and never imports Qt;
``python main.py [FILE ...]`` starts the desktop application with the files loaded.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch to a headless sub-command or start the GUI; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    from analysis.cli import COMMANDS

    if args and args[0] in COMMANDS:
        from analysis.cli import run

        try:
            return run(args)
        except BrokenPipeError:
            # "parallax analyze … | head": the reader left; say nothing more, as cat does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 141
    from desktop.app import run_gui

    status: int = run_gui(args)
    return status


if __name__ == "__main__":
    import multiprocessing

    # A frozen build starts its worker processes by running itself: they stop here.
    multiprocessing.freeze_support()
    sys.exit(main())
