"""Patterns for bibliographic values shared by every ingester: a DOI and a publication year."""

from __future__ import annotations

import re

#: A DOI as printed: "10." + registrant + "/" + suffix (up to a space, quote or bracket).
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]+)", re.IGNORECASE)
#: A four-digit year a modern publication can carry (1800-2099).
YEAR_PATTERN = r"1[89]\d\d|20\d\d"
#: A year standing alone (not part of a longer number).
YEAR = re.compile(rf"(?<!\d)({YEAR_PATTERN})(?!\d)")
