"""Articles, edits and settings to and from the rows of a project file.

Everything is stored as plain text and JSON so any SQLite tool can read a project; the
decoders check shapes and raise :class:`ValueError` naming the bad value, which the store
turns into a "damaged project" message.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from analysis.model import Article, Edits, Format, Noise, NoiseKind

ArticleRow = tuple[Any, ...]
"""A row in :data:`analysis.project.schema.ARTICLE_COLUMNS` order."""


def to_json(value: Any) -> str:
    """Return compact, deterministic JSON (so equal values give equal stored text)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True, separators=(",", ":"))


def fingerprint(fields: Sequence[str]) -> str:
    """Return a digest of a row's text fields; any change to any field changes it."""
    digest = hashlib.blake2b(digest_size=16)
    for value in fields:
        data = value.encode("utf-8", "surrogatepass")
        # Length prefixes keep ("ab", "c") and ("a", "bc") apart.
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def article_row(article: Article, position: int) -> ArticleRow:
    """Encode an article as a row, its fingerprint last."""
    fields = (
        article.id,
        article.path,
        str(article.format),
        article.text,
        article.encoding,
        article.title,
        article.source,
        article.author,
        article.date,
        article.url,
        article.language,
        to_json([list(span) for span in article.paragraphs]),
        to_json([[n.start, n.end, str(n.kind)] for n in article.noise]),
        article.copy_of,
        article.side,
    )
    return (fields[0], position, *fields[1:], fingerprint(fields))


def _spans(raw: str, what: str) -> list[list[Any]]:
    value = json.loads(raw)
    if not isinstance(value, list) or not all(isinstance(item, list) for item in value):
        raise ValueError(f"{what} is not a list of spans")
    for item in value:
        if len(item) < 2 or not all(isinstance(n, int) and n >= 0 for n in item[:2]) or item[0] > item[1]:
            raise ValueError(f"{what} holds a bad span {item!r}")
    return value


def article_from_row(row: Mapping[str, Any]) -> Article:
    """Decode a row (a mapping by column name, e.g. :class:`sqlite3.Row`).

    Raises
    ------
    ValueError
        When a field has an impossible value (unknown format, malformed spans).
    """
    article_id = str(row["id"])
    try:
        paragraphs = tuple((int(s), int(e)) for s, e, *_ in _spans(row["paragraphs"], "paragraphs"))
        noise = tuple(Noise(s, e, NoiseKind(k)) for s, e, k, *_ in _spans(row["noise"], "noise"))
        fmt = Format(row["format"])
    except (ValueError, TypeError) as exc:
        raise ValueError(f"article {article_id}: {exc}") from exc
    text_fields = (
        "path",
        "encoding",
        "title",
        "source",
        "author",
        "date",
        "url",
        "language",
        "copy_of",
        "side",
    )
    values = {name: str(row[name]) for name in text_fields}
    return Article(
        id=article_id, format=fmt, text=str(row["text"]), paragraphs=paragraphs, noise=noise, **values
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
    return {key: json.loads(value) for key, value in rows.items()}
