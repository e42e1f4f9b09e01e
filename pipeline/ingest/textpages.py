"""Pages of a plain text that keeps its page breaks (form feeds, as ``pdftotext`` writes a PDF's
text): the running headers and footers repeated at the top or bottom of its pages, and the page
numbers standing there alone, are page furniture, not text (:func:`running_lines`). Used by
:mod:`pipeline.ingest.text`."""

from __future__ import annotations

import re
from collections import Counter

#: How many non-blank lines at the top and at the bottom of a page may be furniture.
_EDGE_LINES = 2
#: A page number alone on its line: "3", "- 3 -", "Page 3", "Page 3 of 20", "iv".
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s+of\s+\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


def _key(line: str) -> str:
    """A running line's key: its words without numbers (the page number changes)."""
    return " ".join(_DIGITS.sub("#", line).lower().split())


def _edges(page: list[str]) -> list[tuple[int, str]]:
    """The indexes of the first and last non-blank lines of a page, with 'header' or 'footer'."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    top = [(i, "header") for i in filled[:_EDGE_LINES]]
    bottom = [(i, "footer") for i in filled[-_EDGE_LINES:] if i not in dict(top)]
    return top + bottom


def running_lines(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with its form feeds and its running lines blanked (each character a space, so that
    offsets hold; a form feed becomes a blank line), and the removed lines as ``(kind, text)``
    rows for excluded.csv: ``header``, ``footer`` or ``page_number``.

    A line at the top or bottom of a page (its first or last two non-blank lines) is a running
    line when the same words, numbers aside, stand at the top or bottom of at least two pages
    and of at least half the pages of a text of three pages or more (a title printed on each
    page, "Congressional Research Service 3"), except at the top of the first page, where such a line is
    the document's own title; a page number alone there is one on any page.
    A text without form feeds, or of fewer than three pages, is returned unchanged but for the
    form feeds."""
    pages = text.split("\f")
    if len(pages) < 3:
        return text.replace("\f", "\n\n"), []
    lines = [page.split("\n") for page in pages]
    counts: Counter[str] = Counter()
    for page in lines:
        counts.update({_key(page[i]) for i, _ in _edges(page)})
    need = max(2, (sum(1 for page in lines if any(s.strip() for s in page)) + 1) // 2)
    rows: list[tuple[str, str]] = []
    for number, page in enumerate(lines):
        for i, kind in _edges(page):
            line = page[i]
            if number == 0 and kind == "header" and not _PAGE_NUMBER.match(line):
                continue  # the first page's title is the document's, not a running head
            if _PAGE_NUMBER.match(line):
                rows.append(("page_number", line.strip()))
            elif counts[_key(line)] >= need and any(c.isalpha() for c in line):
                rows.append((kind, " ".join(line.split())))
            else:
                continue
            page[i] = " " * len(line)
    return "\n\n".join("\n".join(page) for page in lines), rows
