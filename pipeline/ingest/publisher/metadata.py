"""Metadata blocks: "Title: ..." lines and YAML front matter values."""

from __future__ import annotations

import re

from pipeline.document import Metadata
from pipeline.ingest.publisher.bibliographic import bare_doi, year_of
from pipeline.ingest.textclean import collapse_whitespace, normalize_unicode

# Metadata blocks: "Title: ..." lines and YAML front matter values
# --------------------------------------------------------------------------------------------

_KEY_VALUE = re.compile(r"^\s*([A-Za-z][A-Za-z _-]{0,30}):\s*(.*)$")
META_KEYS = {
    "title": "title",
    "subject": "title",
    "author": "authors",
    "authors": "authors",
    "by": "authors",
    "creator": "authors",
    "creators": "authors",
    "date": "date",
    "published": "date",
    "publication date": "date",
    "year": "date",
    "issued": "date",
    "journal": "journal",
    "publication": "journal",
    "source": "journal",
    "journal title": "journal",
    "container-title": "journal",
    "doi": "doi",
}


def split_authors(value: str) -> list[str]:
    """Authors from a metadata value: ';'-separated, or ', ' / ' and '-separated full names."""
    value = collapse_whitespace(normalize_unicode(value)).strip(" []")
    if not value:
        return []
    if ";" in value:
        parts = value.split(";")
    else:
        parts = re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", value)
        # "Doe, Jane" is one author written surname first, not two.
        if any(len(p.split()) < 2 for p in parts if p.strip()):
            parts = re.split(r"\s+and\s+|\s*&\s*", value)
    return [p.strip(" '\"") for p in parts if p.strip(" '\"")]


def apply_meta(meta: Metadata, key: str, value: str | list[str]) -> bool:
    """Set one metadata field from a ``key: value`` pair; False if the key is not metadata."""
    field_ = META_KEYS.get(key.strip().lower().replace("_", " "))
    if field_ is None:
        return False
    if isinstance(value, list):
        items = [collapse_whitespace(v) for v in value if v.strip()]
        value = "; ".join(items)
    value = collapse_whitespace(normalize_unicode(value)).strip("'\"")
    if not value:
        return True
    if field_ == "authors":
        meta.authors = split_authors(value)
    elif field_ == "date":
        meta.year = year_of(value) or meta.year
    elif field_ == "doi":
        meta.doi = bare_doi(value) or meta.doi
    else:
        setattr(meta, field_, value)
    return True


def read_key_value_block(lines: list[str]) -> tuple[Metadata, int] | None:
    """A leading 'Title: ... / Authors: ... / Date: ...' block: (metadata, lines used).

    The block must start on the first non-blank line, consist of ``Key: value`` lines only,
    hold at least two recognised keys (or a Title) and end at a blank line; otherwise ``None``.
    """
    meta = Metadata()
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    start, found, has_title = i, 0, False
    while i < len(lines) and lines[i].strip():
        m = _KEY_VALUE.match(lines[i])
        if not m:
            return None
        # Keys this model has no field for ("Organization:", "Status:") are allowed and ignored.
        if apply_meta(meta, m.group(1), m.group(2)):
            found += 1
            has_title |= META_KEYS[m.group(1).strip().lower().replace("_", " ")] == "title"
        i += 1
    if found >= 2 or (found == 1 and has_title and i > start):
        return meta, i
    return None


# --------------------------------------------------------------------------------------------
