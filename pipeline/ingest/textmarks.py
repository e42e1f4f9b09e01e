"""Headings that a plain text marks with its own signs rather than by layout alone: a title
underlined with "=" or "-" (Setext, as Markdown and reStructuredText write it), a title after
hashes ("## Space Security"), a line all in capitals. Used by :mod:`pipeline.ingest.text`."""

from __future__ import annotations

import re

#: A line that underlines the title above it, as Markdown (Setext) and reStructuredText write
#: headings in plain text: "Lunar Science" over "=============" or "-------------".
_UNDERLINE = re.compile(r"^ {0,3}(?:={3,}|-{3,})[ \t]*$")
#: A heading marked by hashes at the start of its line in plain text ("## Space Security").
HASH_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<title>[A-Z0-9\"“'‘(][^\n]*?)(?:[ \t]+#+)?[ \t]*$")


def underlined_titles(text: str) -> tuple[str, set[int]]:
    """``text`` with the underlines of its Setext-style titles blanked (spaces of the same length,
    so that offsets hold), and the offsets of those titles. A title is one line of at most 120
    characters with letters in it, not ending with ".", ",", ";" or ":", after a blank line (or
    at the start), over a line of three or more "=" or "-" only. A rule of dashes after a blank
    line, or under a paragraph of several lines, is no underline."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    titles: set[int] = set()
    for i, line in enumerate(lines):
        if i == 0 or not _UNDERLINE.match(line):
            continue
        title = lines[i - 1].strip()
        if not title or len(title) > 120 or title.endswith((".", ",", ";", ":")):
            continue
        if _UNDERLINE.match(lines[i - 1]) or not any(c.isalpha() for c in title):
            continue
        if i >= 2 and lines[i - 2].strip():
            continue
        lines[i] = " " * len(line)
        titles.add(offsets[i - 1] + len(lines[i - 1]) - len(lines[i - 1].lstrip()))
    return "\n".join(lines), titles


def capitals_only(text: str) -> bool:
    """A line whose letters are all capitals ("SECTION TWO: SECURITY"): a heading with a colon,
    not a transcript's speaker label and the words spoken."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)
