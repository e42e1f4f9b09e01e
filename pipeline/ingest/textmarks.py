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


#: The opening of an instrument's title: its kind ("Memorandum of Understanding", "Implementing
#: Arrangement", "Agreement") and the word that links it to its parties or its subject
#: ("between", "on", "concerning"), as agreements and memoranda are titled.
_INSTRUMENT_TITLE = re.compile(
    r"^(?:the\s+)?(?:(?:framework|implementing|cooperative|umbrella|bilateral|trilateral|"
    r"multilateral)\s+)?"
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|treaty|convention|protocol|"
    r"arrangement|charter|accords?|exchange\s+of\s+notes)\s*[,:]?\s+"
    r"(?:between|among|on|concerning|regarding|relating\s+to|for|of|constituting)\s+\S",
    re.I,
)
#: A sentence's end inside a line (after a word of two letters or more, not an initialism's
#: period: "the U.S. and Japan").
_INNER_SENTENCE_END = re.compile(r"(?:[a-z]{2,}|\d{2,})[.!?;]\s+\S")
#: Words a title leaves in lower case.
TITLE_MINOR_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "between", "by", "concerning", "for", "from", "in", "into",
     "of", "on", "or", "regarding", "relating", "the", "to", "with", "among"}
)  # fmt: skip


def instrument_title(text: str) -> bool:
    """Whether ``text`` is the title of an agreement, memorandum or treaty: it opens with the
    instrument's kind and the word that links it to its parties or subject ("AGREEMENT BETWEEN
    THE GOVERNMENT OF ... AND THE GOVERNMENT OF ... ON COOPERATION IN ..."), has no sentence end
    and at most 60 words. Such titles often run past the length of an ordinary heading, as they
    name both parties in full, and are set over several centred lines in capitals."""
    s = " ".join(text.split())
    if not s or len(s) > 400 or len(s.split()) > 60 or s[-1] in ".,;:!?":
        return False
    m = _INSTRUMENT_TITLE.match(s)
    if not m or _INNER_SENTENCE_END.search(s):
        return False
    kind = re.sub(r"^(?:the|The|THE)\s+", "", s)
    words = [w for w in s.split() if w.lower() not in TITLE_MINOR_WORDS]
    capitalised = sum(1 for w in words if w[:1].isupper())
    # the kind is capitalised and so are most other words (a title, not a sentence that
    # begins "The agreement between X and Y covers ...")
    return kind[:1].isupper() and capitalised >= 0.6 * len(words)
