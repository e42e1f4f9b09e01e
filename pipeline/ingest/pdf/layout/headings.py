"""Step 5, headings: the names of headings (known sections, reference lists, back matter)
and the rules that tell a heading from a line of text, in large, bold or the text's own type."""

from __future__ import annotations

import re

from pipeline.ingest.pdf.layout.lines import NORMAL, Line
from pipeline.ingest.textclean import collapse_whitespace

_TERMINAL = re.compile(r"[.!?:;][\"'\u201d\u2019)\]]*$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.|[A-Z]\.)\s+(?=\S)")


REFERENCE_HEADINGS = re.compile(
    r"^(?:(?:bibliographic(?:al)? |list of )?references?(?: and notes| cited)?|reference list|"
    r"bibliography|works cited|literature cited|"
    r"cited works|sources|notes|endnotes|notes and references|further reading|literature)$"
)
BACK_MATTER_HEADINGS = re.compile(
    r"^(?:acknowledge?ments?|funding(?: information| sources| statement)?|financial support|"
    r"declarations?(?: of (?:competing )?interests?)?|"
    r"competing (?:financial )?interests?(?: statement)?|correspondence|"
    r"conflicts? of interests?(?: statement)?|disclosure(?: statement)?|"
    r"authors?'? (?:statement|contributions?)|contributions|credit author.*|"
    r"data (?:availability|access|sharing).*|ethics(?: statement)?|ethical approval|"
    r"supplementary (?:materials?|data|information)|appendix [a-z]\. supplementary.*|"
    r"about the authors?|notes on contributors|author biograph.*|biographical notes?|"
    r"author (?:contact )?information|disclaimers?|legal disclaimer)$"
)
SKIP_HEADINGS = re.compile(
    r"^(?:highlights|graphical abstract|article info(?:rmation)?|article history|keywords?|"
    r"(?:table of )?contents|"
    r"list of (?:figures|tables|abbreviations|acronyms)|abbreviations|acronyms)$"
)


KNOWN_HEADINGS = re.compile(
    r"^(?:abstract|summary|executive summary|introduction|background|conclusions?|discussion|"
    r"methods?|methodology|results|findings|analysis|literature review|"
    r"concluding remarks|policy implications|recommendations|appendix(?: [a-z0-9]+)?)$|"
    r"^appendix(?: [a-z0-9]{1,3})? [a-z]+(?: [a-z]+){0,8}$"
)


def named_heading(text: str) -> bool:
    """A heading known by name: Abstract, Introduction, References, Funding, Contents ..."""
    key = heading_key(text)
    named = (KNOWN_HEADINGS, REFERENCE_HEADINGS, BACK_MATTER_HEADINGS, SKIP_HEADINGS)
    return any(p.match(key) for p in named)


def heading_key(text: str) -> str:
    """A heading's text for matching: numbering, case and punctuation dropped."""
    t = NUMBERED_HEADING.sub("", text.strip())
    if re.fullmatch(r"(?:[A-Za-z] ){3,}[A-Za-z]", t):
        t = t.replace(" ", "")  # a word spaced out letter by letter: "C O N T E N T S"
    return re.sub(r"[^a-z ]+", "", t.lower()).strip()


def section_name(text: str) -> str:
    """The section label for a heading: numbering dropped, ALL CAPS softened."""
    t = NUMBERED_HEADING.sub("", collapse_whitespace(text)).strip()
    if t.isupper() and len(t) > 3:
        t = t[0] + t[1:].lower()
    return t


def _mark_headings(lines: list[Line], body: float) -> None:
    prev: Line | None = None
    text_lines = [ln for ln in lines if ln.role == "body"]
    following = dict(zip(map(id, text_lines), text_lines[1:], strict=False))
    for ln in lines:
        nxt = following.get(id(ln))
        after = following.get(id(nxt)) if nxt is not None else None
        if ln.role == "body" and _is_heading(ln, prev, nxt, body, after):
            ln.role = "heading"
        if ln.role in ("body", "heading"):
            prev = ln
    _mark_two_line_numbered(lines)
    _mark_capital_runs(lines)
    _mark_article_labels(lines)
    # the middle line of a heading set over three lines, which runs nearly to the margin
    # (or ends on a word in another font), is part of the heading
    for k in range(1, len(lines) - 1):
        above, ln, below = lines[k - 1], lines[k], lines[k + 1]
        if (
            ln.role == "body"
            and above.role == below.role == "heading"
            and above.flow == ln.flow == below.flow
            and abs(above.size - ln.size) < 0.5
            and abs(below.size - ln.size) < 0.5
            and above.bold == ln.bold == below.bold
            and ln.top - above.bottom < 0.8 * ln.size
            and below.top - ln.bottom < 0.8 * ln.size
            and not _SENTENCE_END.search(ln.text)
        ):
            ln.role = "heading"
    # the numbered first line of a centred heading broken over two lines, over a second line
    # taken for a heading on its own ("C. Conservation of momentum and l = 2" over
    # "susceptibility"), is part of the heading
    for ln, below in zip(lines, lines[1:], strict=False):
        if (
            ln.role in ("body", "maths")
            and below.role == "heading"
            and ln.flow == below.flow
            and abs(below.size - ln.size) < 0.5
            and ln.bold == below.bold
            and below.top - ln.bottom < 0.8 * ln.size
            and NUMBERED_HEADING.match(ln.text)
            and _centred(ln)
            and not _SENTENCE_END.search(ln.text)
        ):
            ln.role = "heading"
    # a paragraph set in bold or large type (an abstract in some styles) holds sentences: its
    # lines are text, not a heading
    run: list[Line] = []
    for cur in [*lines, None]:
        if (
            cur is not None
            and cur.role == "heading"
            and run
            and cur.flow == run[-1].flow
            and abs(cur.size - run[-1].size) < 0.5
            and cur.top - run[-1].bottom < 0.8 * cur.size
        ):
            run.append(cur)
            continue
        text = " ".join(r.text for r in run)
        if len(run) > 2 and (len(text.split()) > 30 or _PROSE_IN_HEADING.search(text)):
            for r in run:
                r.role = "body"
        elif run and _runs_into(run, cur, text, body):
            # a lede or summary set larger than the text: its last line, a sentence's end,
            # was taken for text, the lines over it for a heading
            for r in run:
                r.role = "body"
        if run and run[0].role == "heading" and _PULL_QUOTE.match(" ".join(text.split())):
            # a pull quote: a quotation set large between the paragraphs, repeating the text
            for r in run:
                r.role = "other"
        run = [cur] if cur is not None and cur.role == "heading" else []


#: a whole quotation ending a sentence inside its closing mark ("“Fuel depots ... same.”")
_PULL_QUOTE = re.compile(r"^[“\"‘].{12,}[.!?…][”\"’]$")


def _runs_into(run: list[Line], nxt: Line | None, text: str, body: float) -> bool:
    """Heading lines in larger type than the text, not numbered, whose paragraph runs on:
    the line right under them, in their type and flow and less than a line apart, is text
    that ends a sentence, and together they make a paragraph (twenty words or more)."""
    last = run[-1]
    if nxt is None or nxt.role != "body" or nxt.flow != last.flow:
        return False
    if last.size < 1.12 * body or NUMBERED_HEADING.match(run[0].text):
        return False
    if abs(nxt.size - last.size) >= 0.5 or nxt.bold != last.bold:
        return False
    if nxt.top - last.bottom >= 0.8 * nxt.size or _TERMINAL.search(last.text.strip()):
        return False
    whole = f"{text} {nxt.text}"
    return len(whole.split()) >= 20 and _SENTENCE_END.search(nxt.text.strip()) is not None


_PROSE_IN_HEADING = re.compile(r"[a-z]{2}[.!?][\"'\u201d\u2019)]*\s+[A-Z][a-z]")
_CAPS_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,5}\.|[A-Z]\.)\s+[^a-z]+$")


def _next_item(text: str, nxt: Line | None, ln: Line) -> bool:
    """The line below starts with the next number at the same left
    edge: "1 School of Physics" over "2 Department of ...", a numbered list of affiliations
    or items, not a heading."""
    m = re.match(r"(\d{1,2})\b", text)
    if m is None or nxt is None or nxt.flow != ln.flow or abs(nxt.x0 - ln.x0) > 1.0:
        return False
    return re.match(rf"{int(m.group(1)) + 1}\b", nxt.text) is not None


def _run_in(ln: Line) -> bool:
    """A bold run-in heading opening a line of text ("Data sets. The corpus ..."): the line's
    last word is not bold. A last token of one letter or sign does not count: a variable or
    a Greek letter set in the italic of mathematics at the end of a bold heading ("Scaling
    between Z and the steepness \u03bb") is no text after a run-in label."""
    words = [t for t in ln.tokens if t.kind == NORMAL]
    while len(words) > 1 and len(words[-1].text.strip()) <= 1:
        words.pop()
    return bool(words) and ln.bold and not words[-1].bold


def _hanging(ln: Line, nxt: Line | None, after: Line | None) -> bool:
    """A numbered paragraph set with a hanging indent ("13. Finally, participants ..." in the
    margin, its other lines set in to where its text starts), as reports and resolutions
    number their paragraphs: the line under the numbered one runs on (no clause ends it) and
    the line after that keeps its indent. Under a heading, the indent is a paragraph's first
    line only: its next line goes back to the left edge."""
    return (
        nxt is not None
        and after is not None
        and ln.flow == nxt.flow == after.flow
        and nxt.x0 - ln.x0 > 0.6 * ln.size
        and abs(after.x0 - nxt.x0) < 1.0
        and after.top - nxt.bottom < 1.5 * ln.size
        and _TERMINAL.search(nxt.text.strip()) is None
    )


def _is_heading(
    ln: Line, prev: Line | None, nxt: Line | None, body: float, after: Line | None = None
) -> bool:
    text = ln.text.strip()
    words = text.split()
    if not words or len(text) > 160 or len(words) > 22:
        return False
    if not any(c.isalpha() for c in text) or text[-1] in ",;":
        return False
    # a displayed formula set in bold or large type is not a heading
    wordy = sum(1 for w in words if len(re.sub(r"[\W\d_]", "", w)) >= 2)
    if re.fullmatch(r"(?:[A-Z] ){3,}[A-Z]", text):
        wordy = len(words)  # a word spaced out letter by letter: "C O N T E N T S"
    short = ln.x1 < ln.col_right - 2.0 * ln.size
    larger = ln.size >= 1.12 * body
    # bold headings are often set a size down (9 on 10 pt, measured as 8.97)
    styled = larger or (ln.bold and ln.size >= 0.88 * body and not _run_in(ln))
    # (a heading in bold or large type may name a case in a formula, "the case l = 1", in
    # five words or more: a displayed formula has fewer)
    if ("=" in text and not (styled and wordy >= 5)) or wordy < 0.5 * len(words):
        return False
    if styled:
        return not (_SENTENCE_END.search(text) and len(words) > 8)
    if ln.size < 0.85 * body and not (
        ln.size >= 0.75 * body
        and (_CAPS_NUMBERED.match(text) or (text.isupper() and named_heading(text)))
    ):
        # small capitals headings are set a size down: numbered ("IV. RESULTS") or known by
        # name ("REFERENCES", "ACKNOWLEDGMENT", which such styles leave unnumbered)
        return False
    gap_above = prev is None or prev.flow != ln.flow or ln.top - prev.top > 1.3 * ln.pitch
    # some styles leave the space below a run-in heading, not above it
    gap_below = nxt is not None and nxt.flow == ln.flow and nxt.top - ln.top > 1.3 * ln.pitch
    set_apart = gap_above or gap_below
    prev_ended = (
        prev is None
        or prev.role == "heading"
        or (_SENTENCE_END.search(prev.text) is not None and prev.x1 < prev.col_right - ln.size)
    )
    # a numbered heading may run almost to the column's edge
    numbered = NUMBERED_HEADING.match(text) is not None
    short = short or (numbered and ln.x1 < ln.col_right - 1.0 * ln.size)
    # the text above ends a sentence, though its last line may run to the margin
    after_sentence = (
        prev is None
        or prev.role == "heading"
        or prev.flow != ln.flow
        or _SENTENCE_END.search(prev.text) is not None
    )
    # some styles set a heading in the text's own type, centred, or with no space around it
    # but the first-line indent of the paragraph under it
    centred = _centred(ln)
    # (a heading at the foot of a column: the paragraph opens the next one)
    indented_below = (
        nxt is not None
        and nxt.text[:1].isupper()
        and (
            0.6 * ln.size < nxt.x0 - ln.x0 < 4 * ln.size and nxt.top - ln.bottom < 1.5 * ln.size
            if nxt.flow == ln.flow
            else 0.6 * nxt.size < nxt.x0 - nxt.col_left < 4 * nxt.size
        )
    )
    # a numbered heading with space above and an indented paragraph under it may fill the line
    # (not a numbered paragraph's first line, whose other lines hang at the same indent)
    short = short or (numbered and gap_above and indented_below and not _hanging(ln, nxt, after))
    alone = short and (
        gap_above
        or prev_ended
        or (after_sentence and (centred or (numbered and (gap_below or indented_below))))
    )
    if not alone or _SENTENCE_END.search(text):
        return False
    if named_heading(text):
        return True
    # (a numbered heading as the page's last line of text, after a sentence's end: its
    # paragraph opens the next page)
    foot = nxt is None and after_sentence
    if numbered and len(words) <= 12 and (set_apart or centred or indented_below or foot):
        # not the first line of a numbered list item whose sentence runs on
        runs_on = nxt is not None and nxt.flow == ln.flow and nxt.text[:1].islower()
        return (
            NUMBERED_HEADING.sub("", text)[:1].isupper()
            and not runs_on
            and not _next_item(text, nxt, ln)
        )
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and text.isupper() and len(words) <= 10 and set_apart:
        return True
    # a heading of two words or more in title case and the text's own type, set apart
    # above, after a sentence's end, with a paragraph under it that opens with a space or an
    # indent and runs to the margin ("Numerical Examples"; not a figure's axis title, nor
    # "Using" or "Then" standing over a displayed formula)
    return (
        len(letters) >= 4
        and 2 <= len(words) <= 8
        and ln.size >= 0.95 * body
        and gap_above
        and after_sentence
        and (gap_below or indented_below)
        and _title_case(words)
        and nxt is not None
        and nxt.top - ln.bottom < 3 * ln.size
        and len(nxt.text.split()) >= 6
        and nxt.x1 >= nxt.col_right - 2 * nxt.size
    )


#: a sign of a formula or a table's cell, which no heading in capitals holds
_FORMULA_SIGN = re.compile(r"[=+<>^_{}|\\\u2212\u00b1\u00d7\u2200-\u22ff]")


def _capitals(ln: Line) -> bool:
    text = ln.text.strip()
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 8
        and len(text.split()) >= 3
        and len(text.split()) <= 16
        and not any(c.islower() for c in letters)
        and _FORMULA_SIGN.search(text) is None
    )


def _mark_capital_runs(lines: list[Line]) -> None:
    """A heading in capitals set over two to four lines (a hearing's "TESTIMONY OF DR. JANE
    ROE, DEPUTY ADMINISTRATOR FOR SPACE" over "OPERATIONS, NATIONAL AERONAUTICS AND SPACE
    ADMINISTRATION"), whose first line may run to the margin: consecutive lines of one flow
    and size, less than a line apart, each in capitals (three words or more, no lower-case
    letter, no sign of a formula), set apart from the lines above and below (more than a
    line's space, another size or another flow), the last ending neither a sentence nor a
    clause. A single line is left to the heading rules; a paragraph in capitals (a licence's
    disclaimer) ends with a sentence."""
    k = 0
    while k < len(lines):
        run = [lines[k]]
        while (
            k + len(run) < len(lines)
            and _capitals(run[-1])
            and (nxt := lines[k + len(run)]).flow == run[-1].flow
            and abs(nxt.size - run[-1].size) < 0.5
            and 0 <= nxt.top - run[-1].bottom < 0.8 * nxt.size
        ):
            run.append(nxt)
        k += len(run)
        if not (2 <= len(run) <= 4 and all(_capitals(r) for r in run)):
            continue
        if any(r.role not in ("body", "heading") for r in run):
            continue
        if _TERMINAL.search(run[-1].text.strip()) or run[-1].text.rstrip()[-1:] in ",;":
            continue
        above = lines[k - len(run) - 1] if k - len(run) > 0 else None
        below = lines[k] if k < len(lines) else None
        if any(
            o is not None
            and o.flow == run[0].flow
            and abs(o.size - run[0].size) < 0.5
            and max(o.top - run[-1].bottom, run[0].top - o.bottom) < 0.8 * o.size
            for o in (above, below)
        ):
            continue
        for r in run:
            r.role = "heading"


def _mark_two_line_numbered(lines: list[Line]) -> None:
    """A numbered heading broken over two lines in the text's own type ("2.1.2 Comparison of
    the methods used to fit the" over "limb-darkening laws"): the numbered line after a
    sentence's end, a short second line in the same type right under it, neither ending as a
    sentence or a clause does, fourteen words at most, and under them a paragraph that opens
    with a capital after a space or a first-line indent. The two lines of a numbered list
    item are followed by the next item at the same left edge, not by an indent."""
    prev: Line | None = None
    for k in range(len(lines) - 2):
        a, b, c = lines[k], lines[k + 1], lines[k + 2]
        if k and lines[k - 1].role in ("body", "heading"):
            prev = lines[k - 1]
        if not (a.role == b.role == c.role == "body" and a.flow == b.flow == c.flow):
            continue
        m = NUMBERED_HEADING.match(a.text)
        if m is None or not a.text[m.end() :][:1].isupper():
            continue
        if prev is not None and prev.flow == a.flow and _TERMINAL.search(prev.text) is None:
            continue  # (a heading follows a sentence's end, or opens the column)
        if (
            abs(a.size - b.size) > 0.5
            or abs(b.size - c.size) > 0.5
            or _TERMINAL.search(a.text.strip()) is not None
            or _TERMINAL.search(b.text.strip()) is not None
            or a.text.rstrip()[-1:] == ","
            or len(a.text.split()) + len(b.text.split()) > 14
            or b.x1 > b.col_right - 2 * b.size
            or b.top - a.top > 1.3 * a.pitch
            or not c.text[:1].isupper()
            or _next_item(a.text, c, a)
        ):
            continue
        spaced = c.top - b.top > 1.3 * b.pitch
        indented = c.x0 - a.x0 > 0.6 * c.size and c.x0 < c.col_right - 4 * c.size
        if spaced or indented:
            a.role = b.role = "heading"


#: the label of a legal text's unit standing alone: "Article 3", "Section 12.", "ARTICLE IV",
#: "Part II", "Chapter 5", "Annex A", "Rule 7"
UNIT_LABEL = re.compile(
    r"^(?:article|section|part|chapter|annex|schedule|rule|title)\s+(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\.?$",
    re.IGNORECASE,
)


def _mark_article_labels(lines: list[Line]) -> None:
    """An agreement's, a treaty's or a law's unit label on a line of its own ("Article 3"),
    centred or set apart after a sentence's or a clause's end, is a heading, and so is the
    unit's title on the line right under it when it is centred too and ends no clause
    ("Implementing Agencies"). Such labels are set in the text's own type, in mixed case, two
    words long, so the rules for headings in large, bold or capital type and for titles of two
    words or more in title case pass them by, and the pair ran into the article's first
    sentence. The label alone at a paragraph's foot ("... as set out in" / "Article 5") is
    neither centred nor set apart after a sentence's end, and stays text."""
    body = [ln for ln in lines if ln.role in ("body", "heading")]
    for k, ln in enumerate(body):
        if not UNIT_LABEL.match(ln.text.strip()):
            continue
        prev = body[k - 1] if k else None
        after_end = (
            prev is None
            or prev.flow != ln.flow
            or prev.role == "heading"
            or _TERMINAL.search(prev.text.strip()) is not None
        )
        gap_above = prev is None or prev.flow != ln.flow or ln.top - prev.bottom > 0.8 * ln.size
        if ln.role == "body" and not (after_end and (_centred(ln) or gap_above)):
            continue  # (a label in capitals may be a heading by the rules for capitals)
        ln.role = "heading"
        nxt = body[k + 1] if k + 1 < len(body) else None
        if (
            nxt is not None
            and nxt.role == "body"
            and nxt.flow == ln.flow
            and _centred(ln)
            and _centred(nxt)
            and nxt.top - ln.bottom < 1.5 * ln.size
            and nxt.text[:1].isupper()
            and len(nxt.text.split()) <= 12
            and not _TERMINAL.search(nxt.text.strip())
        ):
            nxt.role = "heading"


def _centred(ln: Line) -> bool:
    """Set in from both edges of its column by about as much (two ems or more)."""
    left, right = ln.x0 - ln.col_left, ln.col_right - ln.x1
    return left > 2 * ln.size and abs(left - right) < 1.5 * ln.size


#: short words a title leaves in lower case
_TITLE_SMALL = frozenset({
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
    "to", "vs", "via", "with",
})  # fmt: skip


def _title_case(words: list[str]) -> bool:
    """Every word but the short ones a title leaves in lower case opens with a capital."""
    seen = 0
    for k, w in enumerate(words):
        core = w.strip("()[]\"'“”‘’,:")
        if not core or not core[0].isalpha():
            continue
        if core[0].isupper():
            seen += 1
        elif k == 0 or core.lower() not in _TITLE_SMALL:
            return False
    return seen >= 1


# ---------------------------------------------------------------------------------------------
