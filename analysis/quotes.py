"""Quotation marks: find the quoted spans of a block of text.

News text mixes every convention: English “…” and ‘…’, German „…“, French «…», Swedish
”…”, straight "…", and the ``…'' of tokenised corpora. Marks are often missing or
wrong (a closing mark where an opening one belongs, no closing mark at the end of a
paragraph whose quote continues in the next). The scanner here never fails and never
lets a quote run past the block it was given, so one stray mark cannot swallow an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One alternation of every mark we treat as a quote; ``''`` and ````  come first so
# they are not read as two straight apostrophes.
_MARK = re.compile(r"``|''|[\"“”„‟«»‹›‘’‚]")

_OPENERS = {"“", "„", "‟", "«", "``", "‘", "‚", "‹"}
_CLOSERS = {"”", "»", "''", "’", "›"}
_SINGLE = {"‘", "’", "‚", "‹", "›"}
# Which closing marks may end a quote opened by a given mark.
_PAIRS: dict[str, frozenset[str]] = {
    "“": frozenset({"”", "“", '"'}),
    "„": frozenset({"“", "”", '"'}),
    "‟": frozenset({"”", "“"}),
    "«": frozenset({"»"}),
    "»": frozenset({"«", "»"}),
    "``": frozenset({"''", '"', "”"}),
    "''": frozenset({"''", '"', "”"}),
    '"': frozenset({'"', "”", "“"}),
    "”": frozenset({"”", '"'}),
    "‘": frozenset({"’", "‘"}),
    "‚": frozenset({"‘", "’"}),
    "‹": frozenset({"›"}),
    "’": frozenset({"’"}),
}
_WORD_BEFORE = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Quote:
    """One top-level quoted span ``[start, end)``, marks included.

    ``closed`` is false when the block ended before a closing mark: the quote then runs
    to the end of the block (the newspaper convention for a quote continued in the
    next paragraph).
    """

    start: int
    end: int
    closed: bool


def _is_apostrophe(text: str, i: int) -> bool:
    """Return whether the ``’``/``'`` at ``i`` sits inside a word (don’t, Erdoğan’s)."""
    before = i > 0 and _WORD_BEFORE.match(text[i - 1]) is not None
    after = i + 1 < len(text) and _WORD_BEFORE.match(text[i + 1]) is not None
    return before and after


def _opens_here(text: str, i: int, end: int, start: int) -> bool:
    """Guess whether an ambiguous mark at ``i`` opens: space or start before, text after."""
    before = text[i - 1] if i > start else " "
    width = 2 if text.startswith(("''", "``"), i) else 1
    after = text[i + width] if i + width < end else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _role(mark: str, text: str, i: int, start: int, end: int, inside: bool, eager: bool = False) -> str:
    """Return ``open``, ``close`` or ``skip`` for the mark at ``i`` (``eager``: see find_quotes)."""
    if mark in {"’", "'"} and _is_apostrophe(text, i):
        return "skip"
    if mark == '"':
        if inside:
            if eager and _after_sentence(text, i, start):
                # 'is wrong. "Perry is referring': a straight quote is seldom nested in a straight
                # quote; after a finished sentence it closes, its space on the wrong side.
                return "close"
            return "open" if _opens_here(text, i, end, start) and not _closes_here(text, i, end) else "close"
        return "open" if not _closes_here(text, i, end) or _opens_here(text, i, end, start) else "close"
    if mark in _OPENERS:
        # “ right after a word and before a space is a closing mark typed the wrong way.
        if inside and _closes_here(text, i, end) and not _opens_here(text, i, end, start):
            return "close"
        return "open"
    if mark in _CLOSERS:
        # A closing mark that starts a word is a wrong-way opening mark (”Hello,” he said).
        if not inside and _opens_here(text, i, end, start):
            return "open"
        return "close"
    return "skip"


def _after_sentence(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` follows a finished sentence and a space ("wrong. \"")."""
    return i - 2 >= start and text[i - 1] == " " and text[i - 2] in ".!?"


def _closes_here(text: str, i: int, end: int) -> bool:
    """Return whether a mark at ``i`` is followed by space, punctuation or the end."""
    width = 2 if text.startswith(("''", "``"), i) else 1
    after = text[i + width] if i + width < end else " "
    return after.isspace() or after in ".,;:!?)]}—–-" or after in '”’»›"'


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Return the top-level quoted spans of ``text[start:end]``.

    Parameters
    ----------
    text : str
        The whole article text (offsets stay article offsets).
    start, end : int
        The block to scan, usually one paragraph; no quote extends beyond it.

    Returns
    -------
    list of Quote
        Non-overlapping, in order. Nested quotes are part of their outer quote.
    """
    end = len(text) if end is None else end
    found = _scan(text, start, end, eager=False)
    if found and not found[-1].closed:
        # A quote left open: perhaps a straight mark closed it with its space on the wrong
        # side ('is wrong. "Perry is referring'). Read so only if every quote then closes.
        eager = _scan(text, start, end, eager=True)
        if all(q.closed for q in eager):
            found = eager
    return _merge(found)


def _scan(text: str, start: int, end: int, eager: bool) -> list[Quote]:
    found: list[Quote] = []
    stack: list[tuple[str, int]] = []
    for m in _MARK.finditer(text, start, end):
        mark, i = m.group(), m.start()
        role = _role(mark, text, i, start, end, bool(stack), eager)
        if role == "skip":
            continue
        if role == "open":
            # A lone single mark outside a double quote is only a quote when a closing
            # single mark follows soon (avoids years like ’90s).
            lone = mark in _SINGLE and not stack
            if not lone or text.find("’", i + 1, min(end, i + 400)) >= 0:
                stack.append((mark, i))
            continue
        opened = _close(stack, mark)
        if opened is not None:
            found.append(Quote(opened, m.end(), closed=True))
    if stack:
        found.append(Quote(stack[0][1], end, closed=False))
    return found


def _close(stack: list[tuple[str, int]], mark: str) -> int | None:
    """Pop the quote ``mark`` closes; return its start when it was the outermost one."""
    for depth in range(len(stack) - 1, -1, -1):
        opener, opened = stack[depth]
        if mark in _PAIRS.get(opener, frozenset()) or (mark == '"' and opener not in _SINGLE):
            del stack[depth:]
            return opened if depth == 0 else None
        if opener not in _SINGLE:
            # Never close past an open double quote: an unmatched single closing mark
            # inside it is an apostrophe (voters’).
            return None
    return None


def _merge(quotes: list[Quote]) -> list[Quote]:
    """Sort and drop quotes contained in an earlier one."""
    out: list[Quote] = []
    for q in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if out and q.start < out[-1].end:
            continue
        out.append(q)
    return out
