"""Bytes to text: BOM, UTF-8, a declared or chosen encoding, then judged detection.

Order: an explicit override wins; then a byte-order mark; then UTF-16 without a BOM;
then strict UTF-8; then UTF-8 with a few stray single-byte characters (files pasted
together from two sources); last, every plausible single- or multi-byte candidate
(charset-normalizer's guesses, the declared charset, the common Windows code pages) is
decoded and the most plausible reading wins (see :mod:`analysis.ingest.plausible`).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from analysis.ingest import plausible
from analysis.ingest.errors import LoadFailure

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Windows code pages first: they are what legacy news files use, and they decode the
# 0x80-0x9F range to punctuation where the ISO-8859 twins give invisible controls.
_FALLBACKS = ("cp1252", "cp1254", "cp1250", "cp1251", "koi8_r", "cp1253", "cp1257", "mac_cyrillic", "cp866")
_SAMPLE = 64 * 1024
# Ties (a text whose only accents are "é") go to the most common legacy code page.
_PRIOR = {"cp1252": 0.01}


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the name of the encoding that produced it."""

    text: str
    encoding: str


def canonical(name: str) -> str:
    """Return Python's canonical codec name for ``name``.

    Raises
    ------
    LoadFailure
        When no codec of that name exists.
    """
    try:
        return codecs.lookup(name.strip()).name
    except (LookupError, ValueError):
        raise LoadFailure(f"Unknown text encoding {name!r}; try utf-8, cp1252, cp1254 or cp1251.") from None


def _forced(data: bytes, encoding: str) -> Decoded:
    name = canonical(encoding)
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError as exc:
        raise LoadFailure(
            f"The file is not valid {name}: byte 0x{data[exc.start]:02x} at position {exc.start} does not "
            "fit. Try another encoding or leave it to detection."
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return ``utf-16-le``/``-be`` when NUL bytes sit on one side of every pair."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2 or 0 not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _fallback_handler(encoding: str) -> str:
    """Register (once) and name a decode-error handler reading bad bytes as ``encoding``."""
    name = f"parallax-{encoding}"
    try:
        codecs.lookup_error(name)
    except LookupError:

        def handler(error: UnicodeError) -> tuple[str, int]:
            assert isinstance(error, UnicodeDecodeError)
            chunk = bytes(error.object[error.start : error.end])
            return chunk.decode(encoding, errors="replace"), error.end

        codecs.register_error(name, handler)
    return name


def _mostly_utf8(data: bytes) -> Decoded | None:
    """Decode UTF-8 with stray invalid bytes read as the most plausible code page.

    Each code page is tried on the stray bytes in their context, so that a word like
    "Caf\xe9" is judged whole ("Café" beats the Greek "Cafι").
    """
    good = data.decode("utf-8", errors="ignore")
    multibyte = sum(1 for ch in good if ord(ch) > 127)
    bad = len(data) - len(good.encode("utf-8"))
    if multibyte < 2 or bad > multibyte:
        return None
    sample = data[:_SAMPLE]
    fallback = max(
        _FALLBACKS,
        key=lambda enc: (
            plausible.score(sample.decode("utf-8", errors=_fallback_handler(enc))) + _PRIOR.get(enc, 0.0)
        ),
    )
    return Decoded(data.decode("utf-8", errors=_fallback_handler(fallback)), f"utf-8+{fallback}")


def _detected(data: bytes) -> list[str]:
    """Return charset-normalizer's candidate encodings for a sample of ``data``."""
    from charset_normalizer import from_bytes

    try:
        matches = from_bytes(data[:_SAMPLE], steps=5, chunk_size=512)
    except Exception:  # a detector failure must never stop a load; we still have fallbacks
        return []
    return [m.encoding for m in list(matches)[:4]]


def _candidates(data: bytes, declared: str | None) -> list[str]:
    names: list[str] = []
    for name in [declared or "", *_detected(data), *_FALLBACKS]:
        try:
            canon = codecs.lookup(name).name if name else ""
        except LookupError:
            continue
        if canon and canon not in names:
            names.append(canon)
    return names


def _best(data: bytes, declared: str | None) -> Decoded:
    sample = data[:_SAMPLE]
    best: tuple[float, str] | None = None
    declared_name = codecs.lookup(declared).name if declared and _known(declared) else ""
    for name in _candidates(data, declared):
        try:
            # Undefined bytes become U+FFFD, which the score punishes hard.
            text = sample.decode(name, errors="replace")
        except LookupError:
            continue
        # A declared charset gets a nudge: it breaks ties, never overrules clear evidence.
        value = plausible.score(text) + (0.02 if name == declared_name else 0.0) + _PRIOR.get(name, 0.0)
        if best is None or value > best[0]:
            best = (value, name)
    if best is None:
        raise LoadFailure("The text could not be decoded in any known encoding; choose one explicitly.")
    return Decoded(data.decode(best[1], errors="replace"), best[1])


def _known(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def decode(data: bytes, *, override: str | None = None, declared: str | None = None) -> Decoded:
    """Decode ``data`` into text, naming the encoding used.

    Parameters
    ----------
    data : bytes
        The raw file content.
    override : str, optional
        An encoding the user chose; it is used strictly.
    declared : str, optional
        What the document says about itself (an HTML ``meta`` or e-mail ``charset``).

    Returns
    -------
    Decoded
        Text (not yet normalised) and the encoding name.

    Raises
    ------
    LoadFailure
        For an unknown or non-fitting ``override`` or undecodable bytes.
    """
    if override:
        return _forced(data, override)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(
                data[len(bom) :].decode(name, errors="replace"), name.replace("-le", "").replace("-be", "")
            )
    wide = _utf16_without_bom(data)
    if wide:
        return Decoded(data.decode(wide, errors="replace"), wide)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    return _best(data, declared)
