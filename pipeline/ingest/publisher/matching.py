"""Normalisation for matching lines against known interface and heading text."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.ingest.textclean import collapse_whitespace, normalize_unicode

_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_COUNT = re.compile(r"\s*\(\d[\d,]*\)$")


@lru_cache(maxsize=1024)  # the same line is compared by several recognisers in a row
def match_key(text: str) -> str:
    """Lower-case, quote-normalised, whitespace-collapsed, without a trailing colon or count."""
    text = collapse_whitespace(normalize_unicode(text)).translate(_QUOTES).lower()
    text = _COUNT.sub("", text)
    return text.rstrip(" :.").strip()
