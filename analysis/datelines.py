"""Wire datelines: the place (and date) a story was filed from, opening its first lines.

``GENEVA, 12 March - ``, ``WASHINGTON ― ``, ``HALVIK, Kersia — ``: the loader marks one as
noise (:mod:`analysis.ingest.noise`), and the speaker resolver never takes one for a speaker
(:mod:`analysis.attr_coref`). Kept apart from the loader so that reading statements does not
import it.
"""

from __future__ import annotations

import re

_PREFIX = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁİŞĞÇÖÜ][A-ZÀ-ÖØ-ÞА-ЯЁİŞĞÇÖÜ'’.\-]+(?: [A-ZÀ-ÖØ-ÞА-ЯЁİŞĞÇÖÜ'’.\-]+){0,3})"
    r"(?:,\s*[^,()\n—–―]{1,40}){0,2}(?:\s*[(/][^()/\n]{2,40}[)/])?\s*(?:[-–—―]{1,2}|:)\s+"
)


def dateline(text: str) -> int:
    """Return the length of a wire dateline opening ``text`` (``"GENEVA, 12 March - "``), or 0."""
    found = _PREFIX.match(text)
    if found is None or len(found.group().split()) > 12:
        return 0
    rest = text[found.end() :]
    return found.end() if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“«„'" else 0
