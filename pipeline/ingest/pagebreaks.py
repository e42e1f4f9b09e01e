"""Page breaks of a text dump that lost its form feeds: a bare page number on a line of its own,
with the record's running title or page header on the line next to it ("12", then "HEARING ON
LUNAR COOPERATION" or "Senate Estimates — Wednesday, 5 March 2026", at each page's top).

A hearing's or a report's text copied from its printed pages keeps each page's number and
running head where the page broke, often in the middle of a sentence. Unless they are taken
out, the head joins the sentence that runs across the break ("... will fly 12 HEARING ON
LUNAR COOPERATION the orbiter ...") or stands as a heading that cuts the sentence in two.
:func:`pipeline.ingest.textpages.running_lines` handles texts that keep their form feeds;
this module handles those without them.

The rule (:func:`numbered_page_heads`): a line that is a page number alone ("12", "Page 12",
"- 12 -") marks a page break when the same line, numbers aside, stands right before or after
the page numbers of at least two breaks (the running head or foot), or when the page numbers
alone run in order (12, 13, 14: at least two steps of one), each between blank lines. The
page numbers and the running lines next to them are blanked (each character a space, so
offsets hold) and returned as excluded rows (``page_number``, ``header``, ``footer``). The blank lines left behind part the
paragraphs; a sentence cut by the break is joined again by
:func:`pipeline.ingest.textrows.rejoin_cut_sentences`. A line that repeats without a page
number beside it (a title, a chorus of "Thank you.") is left alone; so is a number standing
alone once (a table's figure, a list's count).
"""

from __future__ import annotations

import re
from collections import Counter

#: A page number alone on its line: "12", "Page 12", "- 12 -", "[Page 12]".
_NUMBER = re.compile(
    r"^\s*(?:\[{1,2}\s*)?(?:[-–—]\s*)?(?:page\s+)?(?P<n>\d{1,4})(?:\s*[-–—])?(?:\s*\]{1,2})?\s*$",
    re.IGNORECASE,
)
#: How many blank lines may part a page number from its running line.
_GAP = 2
#: A running line is short: a title or a date line, never a paragraph.
_MAX_RUNNING = 120
#: A line ending a sentence is prose, no running head.
_SENTENCE_END = re.compile(r"[.!?;][\"'”’)\]]*$")
_DIGITS = re.compile(r"\d+")


def _key(line: str) -> str:
    """A running line's key: its words, numbers aside (a page number may be printed in it)."""
    return " ".join(_DIGITS.sub("#", line).lower().split())


def _neighbours(lines: list[str], i: int) -> list[tuple[int, str]]:
    """The nearest non-blank lines before and after line ``i`` (at most ``_GAP`` blank lines
    away), as ``(index, "footer" | "header")``: a foot is printed above the break, a head
    below it."""
    out: list[tuple[int, str]] = []
    for step, kind in ((-1, "footer"), (1, "header")):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip() and abs(j - i) <= _GAP:
            j += step
        if 0 <= j < len(lines) and lines[j].strip():
            out.append((j, kind))
    return out


def _apart(lines: list[str], i: int) -> bool:
    """Whether line ``i`` has a blank line (or the text's edge) right before and after it."""
    return all(not (0 <= j < len(lines)) or not lines[j].strip() for j in (i - 1, i + 1))


def _running(line: str) -> bool:
    """Whether a line may be a running head or foot: short, with letters, no sentence's end,
    no page number of its own."""
    text = line.strip()
    return (
        0 < len(text) <= _MAX_RUNNING
        and any(c.isalpha() for c in text)
        and not _SENTENCE_END.search(text)
        and not _NUMBER.match(text)
    )


def numbered_page_heads(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with the page numbers and running lines of its page breaks blanked, and the
    removed lines as ``(kind, text)`` rows for excluded.csv (see the module's rule)."""
    lines = text.split("\n")
    numbers = [i for i, line in enumerate(lines) if _NUMBER.match(line)]
    if len(numbers) < 2:
        return text, []
    counts: Counter[str] = Counter()
    for i in numbers:
        counts.update({_key(lines[j]) for j, _ in _neighbours(lines, i) if _running(lines[j])})
    values = [int(m["n"]) for i in numbers if (m := _NUMBER.match(lines[i]))]
    # page numbers running in order (12, 13, 14), each between blank lines, as a page's
    # number stands apart from its text (a table's column of figures stands close)
    step = [values[k + 1] == values[k] + 1 for k in range(len(numbers) - 1)]
    in_order = {numbers[k] for k, ok in enumerate(step) if ok} | {
        numbers[k + 1] for k, ok in enumerate(step) if ok
    }
    in_order = {i for i in in_order if _apart(lines, i)} if sum(step) >= 2 else set()
    rows: list[tuple[str, str]] = []
    blank: set[int] = set()
    for i in numbers:
        heads = [
            (j, kind)
            for j, kind in _neighbours(lines, i)
            if j not in blank and _running(lines[j]) and counts[_key(lines[j])] >= 2
        ]
        if not heads and i not in in_order:
            continue
        rows.append(("page_number", lines[i].strip()))
        blank.add(i)
        for j, kind in heads:
            rows.append((kind, " ".join(lines[j].split())))
            blank.add(j)
    if not rows:
        return text, []
    out = [" " * len(line) if i in blank else line for i, line in enumerate(lines)]
    return "\n".join(out), rows
