"""The one exception every reader raises: :class:`LoadFailure`."""

from __future__ import annotations


class LoadFailure(Exception):
    """The project's own load error: its message is shown to the user as it is.

    Readers turn every problem (unreadable bytes, a broken PDF, a refused URL) into
    this exception with a sentence a user understands; nothing else may escape them.
    """
