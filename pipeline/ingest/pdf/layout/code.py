"""Step 5c: code listings among the lines of a page (see :mod:`roles`).

Manuals, specifications and technical reports set program text, command lines, file
contents and program output in a monospaced font, line by line. Such lines are no prose:
a listing's "BEGIN" is no heading, and "$ tool input.txt" or "x INTEGER," is no sentence.
A line is a line of a listing when (nearly) all its characters are set in a monospaced font
(``Line.mono``) and it stands in a run of two or more such lines of its flow, or stands alone
set in from the column's left edge or short and without a sentence's end; not when the document itself is set in a typewriter face
(an old memorandum, a filing typed in Courier: ``typewriter``), and not when it carries on the
sentence of the line of prose above it (a sentence whose last line is a long identifier)."""

from __future__ import annotations

from pipeline.ingest.pdf.layout.headings import _TERMINAL
from pipeline.ingest.pdf.layout.lines import Line

#: the share of a line's characters set in a monospaced font for it to be program text
MONO_SHARE = 0.8
#: roles a line of a listing may have been given by the rules before (a lone keyword read as
#: a heading, an indented row read as maths, aligned fields read as a table's rows)
_OVERRIDABLE = ("body", "heading", "maths", "table", "other")


#: list bullets, set in a symbol font before an item in a typewriter face
_BULLETS = frozenset("\u2022\u25e6\u25aa\u2023\u2219\u00b7\u25cf\u25a0\u2013-*")


def monospaced(ln: Line) -> bool:
    """Nearly all of the line's characters (less a list bullet before them) are set in a
    monospaced font."""
    n = ln.n_chars
    if ln.tokens and ln.tokens[0].text in _BULLETS:
        n -= len(ln.tokens[0].text) + 1
    return n > 0 and ln.mono >= MONO_SHARE * n


def _continues_prose(ln: Line, above: Line | None) -> bool:
    """``ln`` sits at the left edge right under a line of running text of its flow (in any
    face) that runs to the right edge without ending its sentence: it carries that sentence
    on (a sentence naming several long identifiers)."""
    return (
        above is not None
        and above.role == "body"
        and above.flow == ln.flow
        and ln.x0 - ln.col_left < 0.6 * ln.size
        and above.x1 > above.col_right - 2 * above.size
        and _TERMINAL.search(above.text.strip()) is None
        and not above.text.rstrip().endswith(":")
    )


def _lone_listing(ln: Line) -> bool:
    """A single line of program text: set in from the column's left edge, or short (no
    sentence runs on from it to the next line) and not ending a sentence (a command line
    between two paragraphs)."""
    if ln.x0 - ln.col_left > 1.0 * ln.size:
        return True
    return ln.x1 < ln.col_right - 2 * ln.size and _TERMINAL.search(ln.text.strip()) is None


def mark_code(lines: list[Line], *, typewriter: bool = False) -> None:
    """Give the lines of code listings the role ``code`` (see the module docstring)."""
    if typewriter:
        return
    k = 0
    while k < len(lines):
        ln = lines[k]
        if ln.role not in _OVERRIDABLE or not monospaced(ln):
            k += 1
            continue
        above = lines[k - 1] if k else None
        if _continues_prose(ln, above):
            k += 1
            continue
        run = [ln]
        j = k + 1
        while (
            j < len(lines)
            and lines[j].flow == ln.flow
            and lines[j].role in _OVERRIDABLE
            and monospaced(lines[j])
        ):
            run.append(lines[j])
            j += 1
        if len(run) >= 2 or _lone_listing(ln):
            for member in run:
                member.role = "code"
        k = j
