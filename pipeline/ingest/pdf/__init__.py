"""PDF ingestion: journal articles, policy papers and reports -> running text with pages.

``ingest_pdf(data, engine="pdfium")`` reads the pages one at a time: characters come from an
engine (``chars.py``), the layout analysis (``layout.py``) finds lines, columns, reading
order, headers and footers, footnotes and their callouts, tables, captions and headings, and an
assembler builds paragraphs across columns and pages. Only a small window of pages is held at
once (enough to see running headers repeat), so long documents stream.

The default engine is PDFium (pypdfium2): on dense two-column pages it reads some fifteen
times faster than pdfminer (pdfplumber), about 50 pages per CPU-second, with the same result
on the generated test articles; ``engine="pdfplumber"`` is kept for comparison and as a
fallback. See ``scripts/bench_pdf.py``.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from dataclasses import replace
from typing import Any

import numpy as np

from pipeline.document import Block, Excluded, Metadata, ParsedText
from pipeline.errors import IngestError
from pipeline.ingest.pdf.chars import ENGINES, PageChars, Reader, attach_accents, open_reader
from pipeline.ingest.pdf.citations import strip_block_citations
from pipeline.ingest.pdf.frame import place_drop_caps, turn_upright
from pipeline.ingest.pdf.layout import (
    NUMBERED_HEADING,
    Assembler,
    FurnitureFilter,
    Line,
    classify_page,
    find_gutters,
    furniture_kind,
    named_heading,
    order_page,
    segment,
    split_line_numbers,
)
from pipeline.ingest.pdf.layout.maths import DATE_LINE
from pipeline.ingest.pdf.metadata import creation_year, extract_metadata
from pipeline.ingest.publisher import (
    Kind,
    dateline_date,
    is_interface_line,
    is_record_note,
    section_kind,
    speaker_label,
    split_image_credit,
    year_of,
)
from pipeline.ingest.publisher.closing import is_credit_line

__all__ = ["ENGINES", "ingest_pdf"]

#: a bullet glyph that opens a list item (not a dash: it may open a quotation or a clause)
_BULLET = re.compile(
    r"^[\u2022\u25e6\u25aa\u25ab\u25cf\u25cb\u25a0\u25a1\u27a2\u2023\u2043\u2219"
    r"\uf0b7\uf0a7]\s+(?=\S)"
)

#: a legal text's numbered part as its heading ("Article 1  Purpose", "Section 2. Scope",
#: "Chapter III"): a heading on page 1 too, not the title block's
_PART_HEADING = re.compile(r"^(?:Article|Section|Sec\.|Chapter|Part)\s+(?:\d{1,3}|[IVXLC]{1,6})\b")

#: a month and a year alone on a line ("March 2026", "Sept. 2025")
_MONTH_YEAR = re.compile(
    r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d$",
    re.IGNORECASE,
)

#: pages on each side whose margin lines are compared to find running headers
WINDOW = 4


def ingest_pdf(data: bytes, *, engine: str = "pdfium") -> ParsedText:
    """Read a PDF's running text, metadata and footnotes; raise IngestError if it cannot."""
    check_pdf_bytes(data)
    reader = open_reader(data, engine)
    try:
        return read(reader)
    finally:
        reader.close()


def check_pdf_bytes(data: bytes) -> None:
    """Reject what is not a PDF, or is cut short, with a message a person can act on."""
    if not data:
        raise IngestError("not a PDF: the file is empty")
    if b"%PDF-" not in data[:1024]:
        head = data[:12].decode("latin-1").encode("unicode_escape").decode("ascii")
        raise IngestError(
            f"not a PDF: the file starts with '{head}' instead of %PDF; "
            "check that it was saved as a PDF"
        )
    if b"%%EOF" not in data[-4096:]:
        raise IngestError(
            "damaged PDF: the file is truncated (no %%EOF at its end); download or export it again"
        )


def _title_block(lines: list[Line], body: float) -> None:
    """On page 1, large or bold lines above the first paragraph of body text (journal names,
    article types, author lists the metadata step did not recognise) are not headings:
    only named ("Abstract", "Introduction") or numbered headings are."""
    for i, ln in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (
            ln.role == "body"
            and abs(ln.size - body) <= 0.05 * body
            and len(ln.text.split()) >= 6
            and nxt is not None
            and nxt.role == "body"
            and nxt.flow == ln.flow
            and abs(nxt.size - body) <= 0.05 * body
        ):
            break
        if ln.role == "heading" and not (
            named_heading(ln.text)
            or NUMBERED_HEADING.match(ln.text)
            or _PART_HEADING.match(ln.text)
        ):
            ln.role = "front"
        elif ln.role == "body" and _small_print_alone(ln, lines[i - 1] if i else None, nxt, body):
            ln.role = "front"  # a letterhead's address line, a date or reference line
    else:
        # no paragraph on the page at all, in any type: a cover (a hearing's, a report's),
        # whose lines in the text's type ("Printed for the use of the Committee") are no
        # running text
        if len(lines) <= 40 and not _any_paragraph(lines):
            for ln in lines:
                if ln.role == "body":
                    ln.role = "front"


def _any_paragraph(lines: list[Line]) -> bool:
    """Two lines of text in a row, in one flow and one size, less than a line apart, the
    first of six words or more: the page holds a paragraph (an abstract in small type too);
    so does a line of six words or more that ends a sentence (a paragraph of one line)."""
    for ln in lines:
        text = ln.text.rstrip()
        if ln.role == "body" and len(text.split()) >= 6 and text.endswith((".", "!", "?")):
            return True
    for ln, nxt in zip(lines, lines[1:], strict=False):
        if (
            ln.role == nxt.role == "body"
            and ln.flow == nxt.flow
            and abs(ln.size - nxt.size) <= 0.05 * ln.size
            and len(ln.text.split()) >= 6
            and nxt.top - ln.bottom < ln.size
        ):
            return True
    return False


def _small_print_alone(ln: Line, prev: Line | None, nxt: Line | None, body: float) -> bool:
    """A line in smaller type than the text, set off from the lines around it (no line of its
    size and flow within its own height), without a sentence's end: a letterhead's address or
    a reference line, not the last line of an abstract in small type."""

    def near(o: Line | None) -> bool:
        return (
            o is not None
            and o.flow == ln.flow
            and abs(o.size - ln.size) <= 0.05 * ln.size
            and max(o.top - ln.bottom, ln.top - o.bottom) < 0.8 * ln.size
        )

    text = ln.text.rstrip()
    return (
        ln.size < 0.85 * body
        and len(text.split()) <= 15
        and not text.endswith((".", "!", "?", ":"))
        and not near(prev)
        and not near(nxt)
    )


def _set_aside_turned(pc: PageChars, excluded: list[Excluded]) -> PageChars:
    """Rotated characters on a page of upright text (an arXiv stamp in the margin, a turned
    axis label) are not running text: they are recorded as excluded and left out. A page of
    turned text (a wide table set sideways) is read in its own frame (``frame.turn_upright``),
    and the upright characters left on it (its running head, its folio) are excluded."""
    if pc.upright is None:
        return pc
    turned = ~pc.upright
    if turned.sum() >= 0.5 * len(pc):
        pc, upright = turn_upright(pc)
        if upright is not None:
            excluded.append(Excluded("other", _joined(upright), pc.page))
        return pc
    excluded.append(Excluded("other", _joined(pc.select(turned)), pc.page))
    return pc.select(pc.upright)


def _joined(pc: PageChars) -> str:
    """Characters in stream order, a space where a word boundary is."""
    parts: list[str] = []
    for i, t in enumerate(pc.text):
        parts.append((" " if parts and pc.space_before[i] else "") + t)
    return "".join(parts)


def _set_aside_speakers(blocks: list[Block], excluded: list[Excluded]) -> list[Block]:
    """A printed hearing or transcript, as the text formats read it: the speaker label that
    opens a turn ("Mr. LEE.", "Senator Roe:", "Q") and a paragraph that is all the record's
    note in square brackets ("[The prepared statement follows:]") are excluded as ``speaker``;
    the speech stays running text."""
    out: list[Block] = []
    for b in blocks:
        if is_record_note(b.text):
            excluded.append(Excluded("speaker", b.text, b.page))
            continue
        bullet = _BULLET.match(b.text)
        if bullet:  # a list's bullet, as the text formats take it off their items
            excluded.append(Excluded("other", bullet.group(0).strip(), b.page))
            cut = bullet.end()
            breaks = tuple((max(0, o - cut), p) for o, p in b.page_breaks)
            b = replace(b, text=b.text[cut:], page_breaks=breaks, list_item=True)
        label = speaker_label(b.text)
        if label:
            rest = b.text[len(label) :].lstrip()
            cut = len(b.text) - len(rest)
            excluded.append(Excluded("speaker", label, b.page))
            breaks = tuple((max(0, o - cut), p) for o, p in b.page_breaks)
            b = replace(b, text=rest, page_breaks=breaks, speaker=label)
        out.append(b)
    return out


def _set_aside_web_page(blocks: list[Block], excluded: list[Excluded]) -> list[Block]:
    """A web page printed to PDF, as the HTML reader reads it: a paragraph of the page's
    interface ("Our Standards: ...", "Related: ...", "4 MIN READ"), the stories listed under
    a related-stories heading, and a news story's credit line ("Reporting by ...; Editing by
    ...") are excluded (``interface``, ``back_matter``)."""
    out: list[Block] = []
    last = ""
    for b in blocks:
        if b.section and section_kind(b.section) is Kind.RECOMMENDED:
            # the heading goes with the first story under it
            head = b.section + "\n" if b.section != last else ""
            excluded.append(Excluded("interface", head + b.text, b.page))
            last = b.section
        elif is_credit_line(b.text):
            excluded.append(Excluded("back_matter", b.text, b.page))
        elif (credit := _photo_credit(b.text)) and len(credit) < len(b.text):
            # a photo's caption: its description is text, its credit is not
            excluded.append(Excluded("caption", credit, b.page))
            cut = len(b.text) - len(credit)
            text = b.text[:cut].rstrip()
            breaks = tuple((o, pg) for o, pg in b.page_breaks if o <= len(text))
            out.append(replace(b, text=text, page_breaks=breaks))
        elif len(b.text) <= 300 and is_interface_line(b.text):
            excluded.append(Excluded("interface", b.text, b.page))
        else:
            out.append(b)
    return out


def _photo_credit(text: str) -> str:
    """The credit that ends a photo's caption in a printed web page or a report, in the
    agency/photographer form ("Meridian/Jana Osterholt/File Photo", "NASA/Bill Ingalls")
    after the description's last sentence (``split_image_credit``); else ''."""
    _, credit = split_image_credit(text)
    return credit if "/" in credit and text.endswith(credit) else ""


#: a page that is mostly one image (half of it or more) with fewer characters of text than
#: this (a scanner's stamp, a page number) is a picture of a page: a scan, no text layer
SCANNED_PAGE_CHARS = 40
SCANNED_PAGE = "no text layer on page"


def scanned_page_warning(page: int) -> str:
    """The excluded row's text (kind ``other``) for a scanned page among pages with text."""
    return (
        f"[{SCANNED_PAGE} {page}: a scanned page, not read; OCR the PDF first "
        "(e.g. with ocrmypdf) to read it]"
    )


def _body_size(sizes: Counter[float]) -> float:
    return sizes.most_common(1)[0][0] if sizes else 10.0


def read(reader: Reader) -> ParsedText:
    """Run the layout analysis page by page over an open reader."""
    furniture = FurnitureFilter(WINDOW)
    sizes: Counter[float] = Counter()
    assembler = Assembler()
    pending: deque[tuple[int, float, list[Line]]] = deque()
    state: dict[str, Any] = {
        "open_note": False,
        "chars": 0,
        "mono": 0,
        "gutters": [],
        "line_numbers": None,
    }
    metadata = None

    def finish(page: int, height: float, segs: list[Line]) -> None:
        nonlocal metadata
        body = _body_size(sizes)
        kept, margin = furniture.split(page, segs, height)
        # line numbers in the margin (those in the top and bottom bands repeat from page to
        # page, and were taken for furniture: they are line numbers all the same)
        bare = [ln for ln in margin if ln.raw_text().strip().isdigit()]
        _, numbers, state["line_numbers"] = split_line_numbers(
            kept + bare, hint=state["line_numbers"]
        )
        if numbers:
            numbers.sort(key=lambda ln: ln.top)
            assembler.exclude("line_number", " ".join(ln.raw_text() for ln in numbers), page)
            kept = [ln for ln in kept if ln not in numbers]
            margin = [ln for ln in margin if ln not in numbers]
        for ln in margin:
            assembler.exclude(furniture_kind(ln, height), ln.raw_text(), page)
        gutters = find_gutters(kept, body, hint=state["gutters"])
        state["gutters"] = gutters or state["gutters"]
        lines = order_page(kept, gutters)
        typewriter = state["mono"] > 0.5 * max(state["chars"], 1)  # a document set in Courier
        result = classify_page(lines, body, page, state["open_note"], height, typewriter=typewriter)
        if page == 1:
            metadata, front = extract_metadata(result.lines, margin, body, height, reader.info)
            for ln in front:
                ln.role = "front"
            _title_block(result.lines, body)
        assembler.body = body
        assembler.feed(result)
        state["open_note"] = bool(result.notes) or (
            state["open_note"] and bool(result.note_continuation)
        )

    excluded: list[Excluded] = []
    scanned: list[int] = []
    for index in range(reader.n_pages):
        pc = attach_accents(place_drop_caps(_set_aside_turned(reader.page(index), excluded)))
        state["chars"] += len(pc)
        if len(pc) < SCANNED_PAGE_CHARS and reader.image_cover(index) >= 0.5:
            scanned.append(pc.page)  # its stamp, if any, is no text of the document
            if len(pc):
                excluded.append(Excluded("other", "".join(pc.text), pc.page))
            pc = pc.select(np.zeros(len(pc), dtype=bool))
        if len(pc):
            values, counts = np.unique(np.round(pc.size * 2) / 2, return_counts=True)
            sizes.update(dict(zip(values.tolist(), counts.tolist(), strict=True)))
        segs = segment(pc)
        state["mono"] += sum(s.mono for s in segs)
        furniture.add(pc.page, segs, pc.height)
        pending.append((pc.page, pc.height, segs))
        if len(pending) > WINDOW:
            finish(*pending.popleft())
    while pending:
        finish(*pending.popleft())
    if state["chars"] < 20:
        if reader.n_pages and not any(reader.count_objects(i) for i in range(reader.n_pages)):
            raise IngestError("damaged PDF: its pages have no content; download or export it again")
        raise IngestError("no text layer: the PDF is a scan; OCR it first (e.g. with ocrmypdf)")
    # numeric citation brackets ("[12]", "[3, 4]") out, as the text formats' cleaning does
    blocks = _set_aside_speakers([strip_block_citations(b) for b in assembler.blocks()], excluded)
    blocks = _set_aside_web_page(blocks, excluded)
    if not blocks and state["chars"] < 200 * max(reader.n_pages, 1):
        # a scan with a stamp or a page number as its only text: no running text to read
        raise IngestError(
            f"no text layer: the PDF is a scan (only {state['chars']} characters of text on "
            f"{reader.n_pages} pages, and no running text); OCR it first (e.g. with ocrmypdf)"
        )
    for page in scanned:
        excluded.append(Excluded("other", scanned_page_warning(page), page))
    # in page order (stable: reading order within a page)
    excluded.extend(assembler.excluded)
    excluded.sort(key=lambda e: e.page or 0)
    notes = assembler.finished_notes()
    metadata = metadata or Metadata()
    head = [
        line.strip()
        for e in excluded
        if e.page == 1 and e.kind in ("front_matter", "header", "footer")
        for line in e.text.split("\n")
    ]
    # a full date; else a month and year alone on the first page ("March 2026" on a white
    # paper's cover, under the issuing office)
    metadata.date_line = next((line for line in head if DATE_LINE.match(line)), "") or next(
        (line for line in head if _MONTH_YEAR.match(line)), ""
    )
    if not metadata.date_line and blocks and blocks[0].page == 1:
        # a release's dateline opening the text: "CITY, Region (April 2, 2026) -- ..."
        metadata.date_line = dateline_date(blocks[0].text)
    if metadata.year is None and metadata.date_line:
        # the date printed on the first page, not the day the file was made
        metadata.year = year_of(metadata.date_line)
    if metadata.year is None:
        texts = [b.text for b in blocks] + [n.text for n in notes] + [e.text for e in excluded]
        metadata.year = creation_year(reader.info, texts, head)
    return ParsedText(
        metadata=metadata,
        blocks=blocks,
        pages=reader.n_pages,
        notes=notes,
        excluded=excluded,
    )
