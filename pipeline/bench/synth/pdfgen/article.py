"""Article assembly: front matter, sections, floats, notes, back matter and references in one flow."""

from __future__ import annotations

import random
import re
from pathlib import Path

from pipeline.bench.synth.pdfgen.content import (
    ABSTRACT,
    AFFILIATIONS,
    APPENDIX,
    AUTHOR_SETS,
    BACK_MATTER,
    BODY,
    FIGURE_CAPTION,
    FOOTNOTES,
    JOURNALS,
    KEYWORDS,
    REFERENCES,
    TABLE_CAPTION,
    TABLE_ROWS,
    TITLES,
    _filler_paragraph,
)
from pipeline.bench.synth.pdfgen.draw import _draw
from pipeline.bench.synth.pdfgen.flow import Op, _Flow, _line_op
from pipeline.bench.synth.pdfgen.truth import HEADER_BASELINE, PAGE_W, Article, KnownSentence
from pipeline.bench.synth.pdfgen.typeset import (
    PROFILES,
    Profile,
    SetLine,
    Word,
    _plain,
    _register_fonts,
    _Typesetter,
    _width,
    _words,
)

# Article assembly
# --------------------------------------------------------------------------------------------


def _front_matter(prof: Profile, meta: dict, furniture: list[str]) -> tuple[list[Op], float]:
    """Masthead, title, authors, affiliations, journal line; returns ops and the y below."""
    ops: list[Op] = []
    x, width = prof.margin, PAGE_W - 2 * prof.margin
    masthead = f"{meta['journal']} {meta['volume']} ({meta['year']}) {meta['pages']}"
    ops.append(("text", x, HEADER_BASELINE, [(masthead, prof.italic, 8.0, 0.0)], 0.0))
    ops.append(("line", x, HEADER_BASELINE - 6, x + width, HEADER_BASELINE - 6))
    furniture.append(masthead)
    y = HEADER_BASELINE - 36
    title_set = _Typesetter(prof, prof.bold, 16.0, hyphenate=False)
    for line in title_set.break_lines([Word(t) for t in meta["title"].split()], width):
        ops.append(_line_op(line, title_set, x, y, width, False))
        y -= 19.5
    y -= 6
    frags = []
    letters = ["a", "b,*", "a"]
    for i, name in enumerate(meta["authors"]):
        sep = "" if i == 0 else (" and " if i == len(meta["authors"]) - 1 else ", ")
        frags.append((sep + name, prof.regular, 11.0, 0.0))
        frags.append((letters[i % 3], prof.regular, 7.0, 4.0))
    ops.append(("text", x, y, frags, 0.0))
    y -= 16
    for label, aff in zip("ab", AFFILIATIONS, strict=True):
        ops.append(
            ("text", x, y, [(label, prof.italic, 5.0, 2.5), (" " + aff, prof.italic, 7.5, 0.0)],
             0.0)
        )  # fmt: skip
        furniture.append(aff)
        y -= 9.5
    y -= 3
    jline = (
        f"{meta['journal']}, Vol. {meta['volume']}, No. {meta['issue']} ({meta['year']}), "
        f"pp. {meta['pages']} \u00b7 https://doi.org/{meta['doi']}"
    )
    ops.append(("text", x, y, [(jline, prof.regular, 7.5, 0.0)], 0.0))
    furniture.append(jline)
    y -= 8
    ops.append(("line", x, y, x + width, y))
    return ops, y - 14


def make_article(
    path: str | Path,
    *,
    columns: int,
    pages: int | None = None,
    seed: int = 0,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> Article:
    """Typeset an article into ``path`` and return the truth about it.

    ``pages`` stretches the body with filler paragraphs (written from templates, with
    footnotes) until the article fills that many pages; without it the article has its natural
    length (two to six pages). The same ``seed`` gives the same PDF.
    """
    if columns not in PROFILES:
        raise ValueError("columns must be 1, 2 or 3")
    prof = PROFILES[columns]
    if prof.ligatures:
        _register_fonts()
    rng = random.Random(seed)
    journal, abbr = JOURNALS[seed % len(JOURNALS)]
    title, short_title = TITLES[seed % len(TITLES)]
    authors = AUTHOR_SETS[seed % len(AUTHOR_SETS)]
    year = 2021 + seed % 4
    first_page = rng.randint(20, 400)
    meta = {
        "journal": journal,
        "title": title,
        "short_title": short_title,
        "authors": authors,
        "year": year,
        "volume": year - 2008,
        "issue": 1 + seed % 4,
        "doi": f"10.5555/{abbr}.{year}.{rng.randint(1000, 9999)}",
        "first_page": first_page,
    }

    def build(n_filler: int) -> tuple[_Flow, Article]:
        frng = random.Random(seed * 7919 + 1)
        seen: set[str] = set()
        fillers = [
            _filler_paragraph(frng, f"filler{i}" if i % 3 == 1 else None, seen)
            for i in range(n_filler)
        ]
        return _layout(prof, meta, fillers)

    n = 0
    meta["pages"] = f"{first_page}\u2013{first_page + 5}"
    flow, article = build(0)
    if pages is not None and len(flow.pages) < pages:
        lo, hi = 0, 8
        while len(build(hi)[0].pages) <= pages:
            lo, hi = hi, hi * 2
        while hi - lo > 1:  # the largest filler count that still fits in ``pages``
            mid = (lo + hi) // 2
            if len(build(mid)[0].pages) <= pages:
                lo = mid
            else:
                hi = mid
        n = lo
    # the masthead shows the page range, which is known only now; the layout does not change
    meta["pages"] = f"{first_page}\u2013{first_page + len(build(n)[0].pages) - 1}"
    flow, article = build(n)
    _draw(Path(path), prof, flow, meta, user_password, owner_password)
    return article


def make_article_pdf(
    path: str | Path, *, columns: int, pages: int | None = None, seed: int = 0
) -> list[KnownSentence]:
    """Typeset an article into ``path``; return its known sentences in reading order."""
    return make_article(path, columns=columns, pages=pages, seed=seed).sentences


def _section_name(heading: str) -> str:
    return re.sub(r"^\d+(\.\d+)*\.?\s+", "", heading)


def _layout(
    prof: Profile, meta: dict, fillers: list[tuple[list[str], dict[str, str]]]
) -> tuple[_Flow, Article]:
    furniture: list[str] = []
    front_ops, front_bottom = _front_matter(prof, meta, furniture)
    width = PAGE_W - 2 * prof.margin
    body = _Typesetter(prof, prof.regular, prof.size)
    bold = _Typesetter(prof, prof.bold, prof.size)

    # The abstract and keywords run full width under the front matter.
    x = prof.margin
    y = front_bottom
    ops = list(front_ops)
    texts: list[str] = []
    sections: list[str] = []
    pages_of: list[list[int]] = []

    def new_sentences(sents: list[str], section: str) -> int:
        start = len(texts)
        for s in sents:
            texts.append(_plain(s))
            sections.append(section)
            pages_of.append([])
        return start

    ops.append(_line_op(SetLine([Word("Abstract")], 0, 0, True), bold, x, y - prof.size, width,
                        False))  # fmt: skip
    y -= prof.leading + 3
    start = new_sentences(ABSTRACT, "Abstract")
    for line in body.break_lines(_words(ABSTRACT, start, {}), width):
        ops.append(_line_op(line, body, x, y - prof.size, width, prof.justify))
        for w in line.words:
            if w.sentence >= 0:
                pages_of[w.sentence].append(1)
        y -= prof.leading
    y -= 5
    small = _Typesetter(prof, prof.regular, prof.small + 0.5)
    for line in small.break_lines([Word(t) for t in KEYWORDS.split()], width):
        ops.append(_line_op(line, small, x, y - small.size, width, False))
        y -= prof.small_leading + 1
    furniture.append(KEYWORDS)
    y -= 6
    ops.append(("line", x, y, x + width, y))

    flow = _Flow(prof, y - 14)
    flow.page.front = ops
    email = meta["authors"][0].split()[-1].lower() + "@example.org"
    flow.add_note("*", f"Corresponding author. E-mail address: {email}")
    notes_text: dict[str, str] = {}
    labels: dict[str, str] = {}

    head_set = _Typesetter(prof, prof.bold, prof.head_size, hyphenate=False)
    cap_set = _Typesetter(prof, prof.regular, prof.small)

    def heading(text: str) -> None:
        lines = head_set.break_lines([Word(t) for t in text.split()], flow.col_w)
        flow.skip(prof.leading * 0.9)
        flow.ensure(len(lines) * (prof.head_size + 3) + 3 * prof.leading)
        for line in lines:
            flow.place_line(line, head_set, prof.head_size + 3, justify=False)
        flow.y -= 3

    def paragraph(sents: list[str], section: str, first: bool, note_map: dict[str, str]) -> None:
        start = new_sentences(sents, section)
        words = _words(sents, start, labels)
        for key, label in labels.items():
            if key in note_map:
                notes_text[label] = note_map[key]
        indent = 0.0 if first else prof.indent
        if not first:
            flow.skip(prof.para_gap)
        for line in body.break_lines(words, flow.col_w, indent):
            flow.place_line(line, body, prof.leading, pages_of, notes_text)

    def figure() -> None:
        lines = cap_set.break_lines([Word(t) for t in FIGURE_CAPTION.split()], flow.col_w)
        h = 70 + 6 + len(lines) * prof.small_leading
        flow.skip(prof.leading)
        flow.ensure(h)
        x0, top = flow.x, flow.y
        flow.page.columns[flow.col].append(("rect", x0 + 10, top - 64, flow.col_w - 20, 62, 0))
        bar_w = (flow.col_w - 40) / 5
        for i in range(5):
            bh = 8 + 10 * i
            flow.page.columns[flow.col].append(
                ("rect", x0 + 16 + i * (bar_w + 2), top - 62, bar_w, bh, 1)
            )
        flow.y = top - 72
        for line in lines:
            flow.place_line(line, cap_set, prof.small_leading, justify=False)
        furniture.append(FIGURE_CAPTION)

    def table() -> None:
        lines = cap_set.break_lines([Word(t) for t in TABLE_CAPTION.split()], flow.col_w)
        h = (len(lines) + len(TABLE_ROWS)) * prof.small_leading + 14
        flow.skip(prof.leading)
        flow.ensure(h)
        for line in lines:
            flow.place_line(line, cap_set, prof.small_leading, justify=False)
        furniture.append(TABLE_CAPTION)
        size = prof.small
        widths = [max(_width(row[i], prof.bold, size) for row in TABLE_ROWS) for i in range(3)]
        if sum(widths) + 20 > flow.col_w:  # shrink the type until the table fits its column
            scale = (flow.col_w - 20) / sum(widths)
            size, widths = size * scale, [w * scale for w in widths]
        gap = (flow.col_w - sum(widths)) / 2
        x0 = flow.x
        col = flow.page.columns[flow.col]
        col.append(("line", x0, flow.y - 1, x0 + flow.col_w, flow.y - 1))
        flow.y -= 3
        for r, row in enumerate(TABLE_ROWS):
            cx = x0
            base = flow.y - size
            for i, cell in enumerate(row):
                font = prof.bold if r == 0 else prof.regular
                col.append(("text", cx, base, [(cell, font, size, 0.0)], 0.0))
                cx += widths[i] + gap
                if r and not cell[0].isdigit():
                    furniture.append(cell)
            flow.y -= prof.small_leading
            if r == 0:
                col.append(("line", x0, flow.y + 1, x0 + flow.col_w, flow.y + 1))
        col.append(("line", x0, flow.y + 1, x0 + flow.col_w, flow.y + 1))
        flow.y -= 4

    n_fill = len(fillers)
    fill_at = {"3. Comparing governance models": fillers[: n_fill // 2],
               "4. Discussion": fillers[n_fill // 2 :]}  # fmt: skip
    for head, paras in BODY:
        heading(head)
        section = _section_name(head)
        for i, sents in enumerate(paras):
            paragraph(sents, section, i == 0, FOOTNOTES)
            if head.startswith("2.1") and i == 0:
                figure()
            if head.startswith("3.") and i == 1:
                table()
        for sents, note_map in fill_at.get(head, []):
            paragraph(sents, section, False, note_map)
    for head, text in BACK_MATTER:
        heading(head)
        for line in body.break_lines([Word(t) for t in text.split()], flow.col_w):
            flow.place_line(line, body, prof.leading)
        furniture.append(text)
    heading("References")
    ref_set = _Typesetter(prof, prof.regular, prof.small)
    for i, ref in enumerate(REFERENCES, 1):
        entry = f"[{i}] {ref}"
        for line in ref_set.break_lines([Word(t) for t in entry.split()], flow.col_w):
            flow.place_line(line, ref_set, prof.small_leading, justify=False)
        flow.y -= 1.5
        furniture.append(ref)
    heading(APPENDIX[0])
    paragraph(APPENDIX[1], APPENDIX[0], True, {})

    known = [
        KnownSentence(t, p[0] if p else 0, s)
        for t, p, s in zip(texts, pages_of, sections, strict=True)
    ]
    notes = sorted(flow.notes_out, key=lambda n: (n.page, n.label != "*"))
    furniture.extend(n.text for n in notes)
    article = Article(
        sentences=known,
        title=meta["title"],
        authors=list(meta["authors"]),
        journal=meta["journal"],
        year=meta["year"],
        doi=meta["doi"],
        notes=notes,
        furniture=furniture,
        pages=len(flow.pages),
    )
    return flow, article


# --------------------------------------------------------------------------------------------
