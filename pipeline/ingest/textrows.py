"""Plain-text paragraphs whose layout says more than their words: a sentence cut in two by a
blank line (:func:`rejoin_cut_sentences`) and the rows of a table drawn with bars
(:func:`bar_table_rows`). Used by :mod:`pipeline.ingest.text`."""

from __future__ import annotations

import re

from pipeline.ingest.continuation import PREAMBLE_CLAUSE
from pipeline.ingest.publisher import is_affiliation_line
from pipeline.ingest.textclean import Paragraph

#: A list item's opening: a bullet, a number or letter with "." or ")", a bracketed label. The
#: bullets of a word processor's outline saved as text count too: squares and circles ("□",
#: "○"), and the letter "o" that stands for a second-level bullet before a capital ("o The
#: two ministers ..."; no English sentence opens with a lone "o").
LIST_ITEM = re.compile(
    r"^\s*(?:[-*+•▪◦–□■○●◆◇▶►➢]|o(?=\s+[A-Z\"“])|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([A-Z]\)|\([ivx]+\))"
    r"\s+\S"
)

_CUT_END = re.compile(r"[a-z,]$")
_LOWER_WORD = re.compile(r"^[a-z]+[ ,;]")


def rejoin_cut_sentences(paras: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs with a sentence cut between them by a blank line (a page break of the text's
    source) joined: the first is prose ending inside a sentence (on a lower-case word other
    than "and"/"or", or a comma), the second starts with a lower-case word (not a URL) and is
    not a list item, a preamble's recital or operative formula ("noting ...", "have agreed as
    follows:", see ``continuation.PREAMBLE_CLAUSE``) nor an article's affiliation ("a School of
    Law, ...")."""
    out: list[Paragraph] = []
    for p in paras:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.text) >= 60
            and _CUT_END.search(prev.text)
            and (prev.text.rsplit(None, 1)[-1].islower() or prev.text.endswith(","))
            and prev.text.rsplit(None, 1)[-1] not in ("and", "or")
            and _LOWER_WORD.match(p.text)
            and not LIST_ITEM.match(p.text)
            # "noting that ...," under "The Government of A and the Government of B,": a
            # recital of a preamble, a unit of its own
            and not (prev.text.endswith(",") and PREAMBLE_CLAUSE.match(p.text))
            # "a Department of Law, ..." under a byline: an affiliation with its letter mark
            and not is_affiliation_line(" ".join(p.text.split()[:40]))
        ):
            prev.text = f"{prev.text} {p.text}"
            prev.lines += p.lines
            prev.blank_after = p.blank_after
            continue
        out.append(p)
    return out


#: The rule under a Markdown table's header: dashes between bars, colons allowed.
_RULE = re.compile(r"\|\s*:?-{3,}:?\s*\|")

#: A cell of a bar-drawn row is short: a label, a number, a few words ("Among partners only").
_CELL_WORDS = 12


def bar_cells(line: str) -> int:
    """How many cells a one-line ``line`` holds when it is a row drawn with bars ("2021 | 5 |
    2 | 0", "| Provision | Accords |"): two or more, none empty, none longer than a short
    phrase; else 0."""
    if "|" not in line or "\n" in line:
        return 0
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) < 2 or any(not c or len(c.split()) > _CELL_WORDS for c in cells):
        return 0
    return len(cells)


def bar_table_rows(paras: list[Paragraph]) -> set[int]:
    """Indexes of the one-line paragraphs that are rows of a table drawn with bars in plain text
    (a table of a journal article or a conference paper copied as text, each row on its line).

    A row is a line of two or more short cells between bars (:func:`bar_cells`) next to another
    such line with as many cells: a table has rows of one width. A single line of bar-joined
    labels ("Search | Log in") is no table (interface text, read elsewhere), nor are two
    neighbouring lines of different widths, nor prose that happens to hold a bar."""
    widths = [bar_cells(p.text) if p.lines == 1 else 0 for p in paras]
    # A Markdown table in a plain-text file, read as one paragraph of lines: it opens and ends
    # with a bar and holds the rule of dashes under its header ("|------|---|").
    rows = {
        i
        for i, p in enumerate(paras)
        if p.lines > 1 and p.text.startswith("|") and p.text.endswith("|") and _RULE.search(p.text)
    }
    for i, width in enumerate(widths):
        if width and any(0 <= j < len(widths) and widths[j] == width for j in (i - 1, i + 1)):
            rows.add(i)
    return rows
