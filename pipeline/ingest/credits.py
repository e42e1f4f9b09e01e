"""Image credits left alone on their lines: a web page saved as text or Markdown loses its
pictures but keeps each picture's credit where the picture stood, a body's initials on a line of
their own ("NASA", "ESA", "NASA/Jane Roe") between the caption and the next paragraph or under a
section's title. Read as text, such a line looks like a one-word heading (and so becomes the
section of the paragraph under it) or a one-word sentence; by contract it is a ``caption`` row.

Rule (:func:`credit_lines`): a line is a credit when, stripped of Markdown markup, it is an
image credit (:func:`~pipeline.ingest.publisher.headings.is_credit`: capitalised names, no
closing punctuation) of at most four names, one of them a body's initials (two to five
capitals), none ending with a full stop ("MR. ROE" is a speaker), and the same credit stands
alone on two lines or more of the document: pictures credited to the same agency again and
again. A lone heading in initials ("ESA" over a partner's paragraph) stands once; a repeated
one in words ("Lunar exploration", a printed hearing's running title) is no credit. Once the
document shows such credits, a line of a body's initials alone ("ESA" among many "NASA") is one
too. Used by :mod:`pipeline.ingest.text` for plain text and Markdown."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.ingest.publisher.headings import is_credit

_INITIALS = re.compile(r"[A-Z]{2,5}")
_ROMAN = re.compile(r"[IVXLC]+")  # "Article II" and "Artemis IV" are no credits
_SPLIT = re.compile(r"\s+|\s*[/–—]\s*")


def _credit_form(line: str) -> bool:
    tokens = [t for t in _SPLIT.split(line) if t]
    return (
        0 < len(tokens) <= 4
        and is_credit(line)
        and any(_INITIALS.fullmatch(t) and not _ROMAN.fullmatch(t) for t in tokens)
        and not any(t.endswith(".") for t in tokens)
    )


def credit_lines(lines: list[str]) -> frozenset[str]:
    """The stripped lines of ``lines`` (already reduced to text) that are image credits left
    alone where a picture stood (see the module's rule)."""
    counts = Counter(s for line in lines if (s := line.strip()) and _credit_form(s))
    repeated = {s for s, n in counts.items() if n >= 2}
    if not repeated:
        return frozenset()
    # The document credits its pictures on lines of their own: a lone body's initials is one.
    lone = {s for s in counts if _INITIALS.fullmatch(s) and not _ROMAN.fullmatch(s)}
    return frozenset(repeated | lone)
