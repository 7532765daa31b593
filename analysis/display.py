"""Names safe to show: nothing invisible, nothing that reorders what the reader sees.

A right-to-left override in a file name makes ``invoice<RLO>fdp.exe`` read as
``invoiceexe.pdf``; a line break or a zero-width space can make two different names look
alike. Every view that shows a file name, an article title or an outlet passes it
through :func:`safe_name`, which spells such characters out as ``<U+202E>`` so the trick
is visible instead of working. The text itself is never changed, only what is shown.
"""

from __future__ import annotations

import re

# C0 and C1 controls (line breaks and tabs too: a name is one line), the Arabic letter mark,
# zero-width space, left-to-right and right-to-left marks, bidi embeddings, overrides and
# isolates, and the byte-order mark. Zero-width (non-)joiners stay: Persian and Indic names
# need them, and they cannot reorder text.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def safe_name(name: str) -> str:
    """Return ``name`` with invisible and direction-changing characters spelled out.

    Parameters
    ----------
    name : str
        A file name, path, title or outlet as found.

    Returns
    -------
    str
        The same name, each unsafe character shown as ``<U+XXXX>``.

    Examples
    --------
    >>> safe_name("report\\u202egpj.exe")
    'report<U+202E>gpj.exe'
    >>> safe_name("Tahran\\u200cname.txt")
    'Tahran\\u200cname.txt'
    """
    return _UNSAFE.sub(lambda m: f"<U+{ord(m.group()):04X}>", name)
