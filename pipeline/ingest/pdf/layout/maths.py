"""Step 5b: displayed mathematics among the lines of a page (see :mod:`roles`)."""

from __future__ import annotations

import re

from pipeline.ingest.pdf.layout.headings import _TERMINAL
from pipeline.ingest.pdf.layout.lines import Line


def _next_to(ln: Line, other: Line) -> bool:
    """``other`` is right above or below ``ln`` (less than two lines apart) and overlaps it
    across."""
    gap = max(other.top - ln.bottom, ln.top - other.bottom)
    return gap < 2 * ln.size and min(ln.x1, other.x1) > max(ln.x0, other.x0)


#: signs that join the terms of a formula
_DISPLAY_OPERATORS = frozenset("=+\u2212\u00b1\u00d7\u2211\u222b<>\u2264\u2265\u2248\u223c")
_EQUATION_NUMBER = re.compile(r"\((?:[A-Z]?\d{1,3}(?:\.\d{1,3})?[a-z]?)\)$")
#: a line that is a date alone, with a label perhaps ("April 16, 2026", "Updated 3 May 2025",
#: "2024-11-05"): a date line alone on page 1 (a report's or a preprint's) is front matter, no
#: formula and no sentence
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_LINE = re.compile(
    r"^(?:(?:updated|published|revised|issued|released|dated|date:|as of)\s+)?"
    rf"(?:(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$",
    re.IGNORECASE,
)
_PROSE_WORD = re.compile(r"^[(\[\"'\u201c]?[A-Za-z][a-z]{2,}(?:-[a-z]+)*[,.;:)\]\"'\u201d]*$")
#: a sign no line of a cover or a heading holds: relations and operators, Greek letters,
#: brackets, powers and indices, slashes and bars
_MATHS_SIGN = re.compile(r"[=+\u2212\u00b1\u00d7\u2200-\u22ff\u0370-\u03ff<>^_()\[\]{}|/\\*]")
#: a word of capitals ("OF THE", "SERIAL NO.") or a word spaced out letter by letter
#: ("C O N T E N T S")
_CAPITAL_WORDS = re.compile(r"^(?:[A-Z]{2,}\.?,?(?:\s+|$))+$")
SPACED_WORD = re.compile(r"^(?:[A-Z] ){3,}[A-Z]$")


def _cover_line(text: str) -> bool:
    """A line of a cover or a title page, not a formula, though few of its tokens are words
    in lower case: words in capitals ("OF THE"), a word spaced out letter by letter, or a
    label with its number ("Serial No. 119-12") -- with no sign of a formula in it. A line
    with a relation, an operator, a Greek letter or a bracket stays a candidate for maths."""
    if _MATHS_SIGN.search(text):
        return False
    if _CAPITAL_WORDS.match(text) or SPACED_WORD.match(text):
        return True
    tokens = text.split()
    return len(tokens) >= 2 and _PROSE_WORD.match(tokens[0]) is not None and tokens[0][0].isupper()


#: a list item's mark opening a line and a space: a bullet or a dash, or an enumerator, a
#: number, a letter or a small roman numeral with a period or a parenthesis ("2.", "iii.",
#: "(b)", "4)")
_ITEM_MARK = re.compile(
    r"^(?:[\u2022\u25aa\u25e6\u2023\u2219\u00b7\u2013\u2014*\-]"
    r"|\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)])\s"
)


def _hangs_under(ln: Line, above: Line) -> bool:
    """``ln`` stands under the text of the list item above it: in its type, at its left edge,
    or (when the item opens with a bullet) set in from the bullet by up to three ems, where a
    hanging indent puts the item's text. An enumerator set flush right ("ii." and "iii."
    end at one edge) makes the item's first line start left of the lines under it, as a
    bullet does."""
    if abs(ln.size - above.size) >= 0.5:
        return False
    if abs(ln.x0 - above.x0) < 0.6 * ln.size:
        return True
    return _ITEM_MARK.match(above.text) is not None and 0 < ln.x0 - above.x0 < 3 * ln.size


#: the words of two letters prose is full of and a formula has none of: counted as words, so
#: that a short line of prose with a sign in it ("energy of \u223c 10 eV;", "As a result of
#: (4), we have") is not taken for a display
_SHORT_WORDS = frozenset({
    "an", "as", "at", "be", "by", "do", "if", "in", "is", "it", "no", "of", "on", "or", "so",
    "to", "up", "us", "we",
})  # fmt: skip


def _is_word(token: str, first: bool) -> bool:
    """A word of prose: three letters or more in lower case after the first, or one of the
    short words of prose, in lower case (capitalised only to open the line or a list item's
    text: "At" inside a formula is a variable with its index; in capitals, "OF THE", a line
    of a cover)."""
    if _PROSE_WORD.match(token):
        return True
    bare = token.strip(",.;:")
    capitalised = first and bare[:1].isupper() and bare[1:].islower()  # "As", not "OF"
    return (bare.islower() or capitalised) and bare.lower() in _SHORT_WORDS


def _mark_maths(lines: list[Line], body: float) -> None:
    """Displayed mathematics: a line set apart from the column's left edge (centred or
    indented) in which few tokens are words, or a bare equation number; and, wherever it
    stands, a line in small type made of symbols and operators with hardly a word (a row of
    a display whose parts are set smaller: indices, fractions, a bracketed sum). Lines that
    run on from the left edge are prose with inline symbols and stay text, as does a line at
    the left edge that continues the sentence of the full line above it."""
    prev: Line | None = None
    for k, ln in enumerate(lines):
        if ln.role != "body":
            continue
        above, prev = prev, ln
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        text = ln.text.strip()
        tokens = text.split()
        if not tokens:
            continue
        if ln.page == 1 and DATE_LINE.match(text):
            ln.role = "front"  # the date line of a report's or a preprint's head
            continue
        words = sum(
            1
            for i, t in enumerate(tokens)
            if _is_word(t, i == 0 or _ITEM_MARK.match(tokens[i - 1] + " ") is not None)
        )
        share = words / len(tokens)
        if (
            ln.size < 0.8 * body
            and len(tokens) >= 3
            and share < 0.2
            and words <= 1
            and any(c in _DISPLAY_OPERATORS for c in text)
        ):
            ln.role = "maths"
            continue
        apart = ln.x0 - ln.col_left > 1.5 * ln.size
        if (
            above is not None
            and above.flow == ln.flow
            and (
                ln.x0 - ln.col_left < 0.6 * ln.size
                # or under a list item's text, set in from the column: the item's last line
                # ("2032;" under "\u2022 to win ... delivery by")
                or _hangs_under(ln, above)
            )
            and above.x1 > above.col_right - 2 * above.size
            and _TERMINAL.search(above.text) is None
            and not _EQUATION_NUMBER.search(text)
        ):
            continue
        numbered = _EQUATION_NUMBER.search(text) is not None
        if apart and not numbered and words >= 2 and _first_line(ln, text, nxt):
            continue
        symbolic = ("=" in text or numbered) and share < 0.2 and words <= 1
        if (
            _EQUATION_NUMBER.fullmatch(text)
            or symbolic
            or (apart and (share < 0.4 or (numbered and share < 0.6)) and words <= 4)
        ):
            cover = (
                apart
                and not numbered
                and (DATE_LINE.match(text) or (ln.page == 1 and _cover_line(text)))
            )  # (a date alone, a line of a cover in capitals, a label with its number)
            ln.role = "front" if cover else "maths"
    _mark_stacked_displays(lines)
    _mark_display_rows(lines)
    _mark_address_blocks(lines)


#: names of functions a formula writes out: not words of prose
_FUNCTION_NAMES = frozenset(
    [
        "cos",
        "sin",
        "tan",
        "exp",
        "log",
        "ln",
        "max",
        "min",
        "lim",
        "sup",
        "inf",
        "det",
        "arg",
        "sgn",
        "mod",
    ]
)


def _mark_display_rows(lines: list[Line]) -> None:
    """A row of a displayed formula that starts at the text's left edge (the denominators
    of fractions set under a numbered display): a line of symbols and operators with no
    word of prose but the names of functions ("cos", "exp"), not ending a sentence, right
    under or over a line of the display in its flow (one of the two lines on each side),
    and not right under a full line of text whose sentence it ends ("... which holds for" /
    "0 < x < 1."). A line of text with an inline formula
    ("where a + b < 1") has a word, and stays text."""
    for k, ln in enumerate(lines):
        if ln.role != "body" or _TERMINAL.search(ln.text.strip()):
            continue
        tokens = ln.text.split()
        if len(tokens) < 3 or not any(c in _DISPLAY_OPERATORS for c in ln.text):
            continue
        if any(_PROSE_WORD.match(t) and t.lower() not in _FUNCTION_NAMES for t in tokens):
            continue
        above = lines[k - 1] if k else None
        if (
            above is not None
            and above.role == "body"
            and above.flow == ln.flow
            and above.x1 > above.col_right - 2 * above.size
            and _TERMINAL.search(above.text.strip()) is None
        ):
            continue  # it ends the sentence of the full line of text above it
        around = lines[max(0, k - 2) : k] + lines[k + 1 : k + 3]
        if any(o.flow == ln.flow and o.role == "maths" and _next_to(ln, o) for o in around):
            ln.role = "maths"


def _first_line(ln: Line, text: str, nxt: Line | None) -> bool:
    """``ln`` is the indented first line of a paragraph full of symbols, not a display: set
    in by an indent (under three ems), running to the column's right edge without ending a
    sentence, with the next line of its flow going on at the left edge."""
    return (
        ln.x0 - ln.col_left < 3.0 * ln.size
        and ln.x1 > ln.col_right - ln.size
        and _TERMINAL.search(text) is None
        and nxt is not None
        and nxt.flow == ln.flow
        and nxt.role == "body"
        and nxt.x0 - nxt.col_left < 0.6 * nxt.size
    )


def _mark_stacked_displays(lines: list[Line]) -> None:
    """A formula with a big operator's limits (a sum from j=0 to k-1) or a fraction set
    above and below its main row: a line holding a relation sign, set in from the left edge
    of its text, with rows of smaller type stacked tight against it above and below (less
    than half a line away, narrower, and inside its width) is displayed maths though it names
    a word or two ("number of items = ..."); so are the stacked rows. A line of prose at the
    left edge, or made mostly of words (a paragraph's indented first line, with an exponent
    of the next line set as a row of its own under it), or with a row on one side only (an
    inline sum's index), or without a relation sign, keeps its role."""
    for k, ln in enumerate(lines):
        if ln.role != "body" or not any(c in _DISPLAY_OPERATORS for c in ln.text):
            continue
        if ln.x0 - ln.col_left < 0.6 * ln.size or _TERMINAL.search(ln.text.strip()):
            continue
        tokens = ln.text.split()
        if sum(1 for t in tokens if _PROSE_WORD.match(t)) >= 0.5 * len(tokens):
            continue  # mostly words: the indented first line of a paragraph
        stacked = [
            o
            for o in (lines[k - 1] if k else None, lines[k + 1] if k + 1 < len(lines) else None)
            if o is not None
            and o.flow == ln.flow
            and o.role in ("body", "maths", "other")
            and o.size < 0.85 * ln.size
            and max(o.top - ln.bottom, ln.top - o.bottom) < 0.5 * ln.size
            and o.x0 >= ln.x0 - 1
            and o.x1 <= ln.x1 + 1
            and o.x1 - o.x0 < 0.5 * (ln.x1 - ln.x0)
        ]
        if len(stacked) == 2:
            ln.role = "maths"
            for o in stacked:
                o.role = "maths"


def _centred_short(ln: Line, words: int) -> bool:
    left, right = ln.x0 - ln.col_left, ln.col_right - ln.x1
    return left > 2 * ln.size and abs(left - right) < 2 * ln.size and len(ln.text.split()) <= words


def _mark_address_blocks(lines: list[Line]) -> None:
    """The centred block that names where a record was made, as a printed hearing opens
    ("House of Representatives," / "Subcommittee on Space," / "Committee on Science," /
    "Washington, DC."): two lines or more that each end with a comma, then a place line of up
    to five words that ends with a period, all centred, short and less than two lines apart.
    It is the record's front matter (docs/contract.md, ``front_matter``): the body's name in
    capitals is no formula, though few of its words are in lower case, and the place line is
    no sentence. Centred lines that do not run into such a place line keep their roles."""
    k = 0
    while k < len(lines):
        run = [lines[k]]
        while (
            run[-1].text.strip().endswith(",")
            and k + len(run) < len(lines)
            and lines[k + len(run)].flow == run[-1].flow
            and lines[k + len(run)].top - run[-1].bottom < 2 * run[-1].size
        ):
            run.append(lines[k + len(run)])
        last = run[-1]
        if (
            len(run) >= 3
            and last.role == "body"
            and last.text.strip().endswith(".")
            and all(_centred_short(ln, 8) and ln.role in ("body", "maths") for ln in run[:-1])
            and _centred_short(last, 5)
        ):
            for ln in run:
                ln.role = "front"
            k += len(run)
            continue
        k += 1
