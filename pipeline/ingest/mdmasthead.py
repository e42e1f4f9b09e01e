"""The masthead above a Markdown document's title: what a page saved as Markdown keeps over its
first ``#`` heading.

A web page, a newsletter or an official record converted to Markdown keeps the lines its
template sets over the title: a skip link and the site's menu ("[Skip to content](#main) ·
[Live TV](#)"), a breadcrumb ("Home > Media > Speeches"), the site's or the institution's banner
("**PhilSA** | Philippine Space Agency", "**EUROPEAN PARLIAMENT** 2024-2029"), a kicker
("**EXPLAINER**", "SCIENCE · SPACE"), a "View this email in your browser" link, a reference
number and a place-and-date line. None of them is a sentence, and the first level-1 heading
under them is the document's title, as it is when nothing stands above it. So when every
paragraph above that heading is such a line (no paragraph of prose, no list, table, code or
other heading), the heading is the title; a page whose first ``#`` heading comes after prose
keeps it as a section's. The masthead's lines stay where they are: a banner names the body the
document comes from, which later components read from the text's head ("the Committee" of a
committee's own report).
"""

from __future__ import annotations

import re

from pipeline.ingest.mdinline import md_inline

_ATX_TITLE = re.compile(r"^ {0,3}#\s+\S")
_ANY_ATX = re.compile(r"^ {0,3}#{1,6}(?:\s|$)")
_SETEXT_TITLE = re.compile(r"^ {0,3}=+\s*$")
#: Lines that make a paragraph more than a masthead's: a list item, a table row, a code fence,
#: a block quote.
_STRUCTURE = re.compile(r"^\s*(?:[-*+]\s|\d{1,9}[.)]\s|\||`{3}|~{3}|>)")
#: A sentence's end, perhaps inside a closing quotation mark or bracket.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
#: At most so many non-blank lines make a masthead (a template's lines, not a page of text).
MAX_LINES = 14
#: A paragraph of at least so many words that ends a sentence is prose.
PROSE_WORDS = 6


def _title_index(lines: list[str]) -> int | None:
    """The index of the first level-1 heading's line (ATX "# Title", or setext "Title" over
    "===="), or None when another heading, or none, comes first."""
    for i, line in enumerate(lines):
        if _ATX_TITLE.match(line):
            return i
        if _ANY_ATX.match(line):
            return None
        if line.strip() and i + 1 < len(lines) and _SETEXT_TITLE.match(lines[i + 1]):
            return i
    return None


def _is_prose(paragraph: str) -> bool:
    return bool(_SENTENCE_END.search(paragraph)) and len(paragraph.split()) >= PROSE_WORDS


def masthead_title(lines: list[str]) -> int | None:
    """The index of the first level-1 heading's line when only a masthead stands above it (a
    few short paragraphs, none of them prose, no list, table, code or other heading), so that
    the heading is the document's title; None otherwise (also when nothing stands above it:
    the heading is then the title by the ordinary rule)."""
    title = _title_index(lines)
    if not title:
        return None
    above = [line for line in lines[:title] if line.strip()]
    if not above or len(above) > MAX_LINES or any(_STRUCTURE.match(line) for line in above):
        return None
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines[:title], ""]:
        if line.strip():
            current.append(md_inline(line).strip())
        elif current:
            paragraphs.append(" ".join(s for s in current if s))
            current = []
    if any(_is_prose(p) for p in paragraphs):
        return None
    return title
