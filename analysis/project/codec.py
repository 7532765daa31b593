"""Articles, edits and settings to and from the rows of a project file.

Everything is stored as plain text and JSON so any SQLite tool can read a project; the
decoders check shapes and raise :class:`ValueError` naming the bad value, which the store
turns into a "damaged project" message.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
import weakref
from collections.abc import Callable, Mapping, Sequence
from operator import gt
from typing import Any

from analysis.model import Article, Edits, Format, Noise, NoiseKind
from analysis.project.schema import ARTICLE_COLUMNS

ArticleRow = tuple[Any, ...]
"""A row in :data:`analysis.project.schema.ARTICLE_COLUMNS` order (id, position, fingerprint, ...)."""


def to_json(value: Any) -> str:
    """Return compact, deterministic JSON (so equal values give equal stored text).

    Non-ASCII is escaped: a lone surrogate (a file name that was not valid UTF-8) then
    survives the trip through SQLite, which accepts only valid UTF-8 text.
    """
    return json.dumps(value, ensure_ascii=True, allow_nan=False, sort_keys=True, separators=(",", ":"))


def to_sql(value: str) -> str | bytes:
    """Return ``value`` as SQLite can store it: text, or UTF-8 bytes when it holds lone surrogates."""
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass")
    return value


def from_sql(value: Any) -> str:
    """Return the text stored by :func:`to_sql`."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "surrogatepass")
    return str(value)


def fingerprint(fields: Sequence[str]) -> str:
    """Return a digest of a row's text fields; any change to any field changes it."""
    digest = hashlib.blake2b(digest_size=16)
    for value in fields:
        data = value.encode("utf-8", "surrogatepass")
        # Length prefixes keep ("ab", "c") and ("a", "bc") apart.
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def _article_fields(article: Article) -> tuple[str, ...]:
    """Return the stored text of every field, in ``ARTICLE_COLUMNS`` order after ``fingerprint``."""
    return (
        article.path,
        str(article.format),
        article.encoding,
        article.title,
        article.source,
        article.author,
        article.date,
        article.url,
        article.language,
        article.copy_of,
        article.side,
        to_json([list(span) for span in article.paragraphs]),
        to_json([[n.start, n.end, str(n.kind)] for n in article.noise]),
        article.text,
    )


# Articles are frozen, so an article's fingerprint never changes: remember it for as long
# as the article lives, and an autosave of 2,000 unchanged articles hashes nothing. Equal
# articles share an entry, which is right because they have the same fingerprint.
_FINGERPRINTS: weakref.WeakKeyDictionary[Article, str] = weakref.WeakKeyDictionary()
_FINGERPRINTS_LOCK = threading.Lock()


def article_fingerprint(article: Article) -> str:
    """Return the fingerprint of the row :func:`article_row` would write."""
    with _FINGERPRINTS_LOCK:
        known = _FINGERPRINTS.get(article)
    if known is None:
        known = fingerprint((article.id, *_article_fields(article)))
        with _FINGERPRINTS_LOCK:
            _FINGERPRINTS[article] = known
    return known


def article_row(article: Article, position: int) -> ArticleRow:
    """Encode an article as a row in :data:`~analysis.project.schema.ARTICLE_COLUMNS` order."""
    fields = tuple(map(to_sql, _article_fields(article)))
    return (to_sql(article.id), position, article_fingerprint(article), *fields)


def _columns(raw: str, what: str, width: int) -> list[tuple[Any, ...]]:
    """Parse a JSON list of ``width``-item spans (start, end, ...) into its columns.

    The checks run as C-level ``map``/``set`` passes: a 2,000-article project holds tens
    of thousands of paragraph spans, and opening it must stay quick.
    """
    value = json.loads(raw)
    if type(value) is not list or not set(map(type, value)) <= {list} or not set(map(len, value)) <= {width}:
        raise ValueError(f"{what} is not a list of spans")
    columns = list(zip(*value, strict=True)) if value else [()] * width
    starts, ends = columns[0], columns[1]
    if not set(map(type, starts + ends)) <= {int} or min(starts, default=0) < 0 or any(map(gt, starts, ends)):
        raise ValueError(f"{what} holds an impossible span")
    return columns


# Every article column not decoded on its own in article_from_row is an Article text field
# of the same name: derived from the schema so a new column is named in one place.
_DECODED_COLUMNS = frozenset({"id", "position", "fingerprint", "format", "paragraphs", "noise", "text"})
_TEXT_COLUMNS = tuple(name for name in ARTICLE_COLUMNS if name not in _DECODED_COLUMNS)


def article_from_row(row: Mapping[str, Any]) -> Article:
    """Decode a row (a mapping by column name, e.g. :class:`sqlite3.Row`).

    Raises
    ------
    ValueError
        When a field has an impossible value (unknown format, malformed spans).
    """
    article_id = from_sql(row["id"])
    try:
        starts, ends = _columns(row["paragraphs"], "paragraphs", 2)
        paragraphs = tuple(zip(starts, ends, strict=True))
        starts, ends, kinds = _columns(row["noise"], "noise", 3)
        noise = tuple(map(Noise, starts, ends, map(NoiseKind, kinds)))
        fmt = Format(from_sql(row["format"]))
    except (ValueError, TypeError) as exc:
        raise ValueError(f"article {article_id}: {exc}") from exc
    values = {name: from_sql(row[name]) for name in _TEXT_COLUMNS}
    return Article(
        id=article_id, format=fmt, text=from_sql(row["text"]), paragraphs=paragraphs, noise=noise, **values
    )


# -- edits -------------------------------------------------------------------------------
def _is_str_dict(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())


def _is_str_dict_of_str_dicts(value: Any) -> bool:
    return isinstance(value, dict) and all(_is_str_dict(v) for v in value.values())


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_list_of_str_lists(value: Any) -> bool:
    return isinstance(value, list) and all(_is_str_list(v) for v in value)


def _is_optional_int(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


# Keyed by the annotation as written in model.py; a field of a shape not listed here (one
# added to Edits later) is stored and restored as plain JSON without a shape check.
_SHAPES: dict[str, Callable[[Any], bool]] = {
    "dict[str, str]": _is_str_dict,
    "dict[str, dict[str, str]]": _is_str_dict_of_str_dicts,
    "list[str]": _is_str_list,
    "list[list[str]]": _is_list_of_str_lists,
    "int | None": _is_optional_int,
}


def edits_rows(edits: Edits) -> dict[str, str]:
    """Return ``field name -> JSON`` for every field of :class:`Edits`."""
    return {f.name: to_json(getattr(edits, f.name)) for f in dataclasses.fields(Edits)}


def edits_from_rows(rows: Mapping[str, str]) -> Edits:
    """Rebuild :class:`Edits`; fields absent from ``rows`` keep their defaults.

    Raises
    ------
    ValueError
        When a stored field does not have the shape :class:`Edits` declares.
    """
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Edits):
        if f.name not in rows:
            continue
        value = json.loads(rows[f.name])
        check = _SHAPES.get(str(f.type))
        if check is not None and not check(value):
            raise ValueError(f"edits field '{f.name}' is not a {f.type}")
        values[f.name] = value
    return Edits(**values)


# -- settings ----------------------------------------------------------------------------
def settings_rows(settings: Mapping[str, Any]) -> dict[str, str]:
    """Return ``key -> JSON``.

    Raises
    ------
    ValueError
        When a key is not a string or a value is not JSON-serialisable.
    """
    rows: dict[str, str] = {}
    for key, value in settings.items():
        if not isinstance(key, str):
            raise ValueError(f"project setting keys must be strings, not {key!r}")
        try:
            rows[key] = to_json(value)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"project setting '{key}' cannot be stored: {exc}") from exc
    return rows


def settings_from_rows(rows: Mapping[str, str]) -> dict[str, Any]:
    """Rebuild the per-project settings dictionary."""
    return {from_sql(key): json.loads(value) for key, value in rows.items()}
