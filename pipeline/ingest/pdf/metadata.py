"""Metadata of a paper from its first page, with the PDF's info dict as a fallback.

Title: the largest type in the upper half of page 1 (consecutive lines of that size, so a title
may wrap), unless it is a letterhead in capitals and the info dict has a usable title. Authors:
the line(s) right under the title, split at commas, semicolons and "and", with affiliation marks
(raised or small letters, digits and symbols) dropped. Journal: a masthead, running-head or
citation line shaped like "Name 65 (2023) 101537" or "Name, Vol. 12". Year: that line's year,
else a copyright year, else the info dict's creation date when the text does not show it to be a
production artefact (:func:`creation_year`). DOI: the first bare ``10.xxxx/...``
on page 1 (publishers print it as a URL or with "doi:").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.document import Metadata
from pipeline.ingest.bibliographic import DOI, YEAR, YEAR_PATTERN
from pipeline.ingest.pdf.layout import RAISED, SMALL, Line
from pipeline.ingest.publisher import is_date_line, year_of
from pipeline.ingest.textclean import collapse_whitespace, normalize_unicode, rejoin_hyphenated
from pipeline.ingest.textmarks import instrument_title

_JOURNAL = re.compile(
    r"^(?P<name>[A-Z][A-Za-z&:'\u2019. -]{2,90}?)[\s,]+(?:vol(?:ume)?\.?\s*)?\d{1,4}\s*"
    r"(?:\(\s*(?:19|20)\d\d\s*\)|,|\(\d{1,3}\))",
    re.I,
)
_JOURNAL_WORDS = re.compile(
    r"journal|review|quarterly|studies|policy|affairs|bulletin|letters|proceedings|annals|"
    r"acta|science|research|law|politics|international|astronautica|transactions",
    re.I,
)
_YEAR_IN_PARENS = re.compile(rf"\(({YEAR_PATTERN})\)")
_COPYRIGHT_YEAR = re.compile(rf"(?:\u00a9|copyright)\s*({YEAR_PATTERN})", re.I)
_AFFILIATION = re.compile(
    r"universit|institut|department|school|centre|center|faculty|college|laborator|academy|"
    r"ministry|@|\d",
    re.I,
)
_NAME = re.compile(r"^[A-Z\u00c0-\u024f][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,4}$")
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b)\s*")
_BAD_INFO_AUTHOR = re.compile(r"^(?:anonymous|unknown|user|admin|owner|author)$|\d", re.I)
_BAD_INFO_TITLE = re.compile(r"microsoft|\.docx?$|\.pdf$|untitled|^\s*$", re.I)


def _clean(text: str) -> str:
    return collapse_whitespace(normalize_unicode(text))


def _is_letterhead(title: str) -> bool:
    """A short line in capitals only: an issuing body's name, not a document's title."""
    words = re.findall(r"[^\W\d_]+", title)
    return 0 < len(words) <= 6 and all(w.isupper() for w in words if len(w) > 1)


def _join_lines(texts: list[str]) -> str:
    """Join wrapped lines of a title, rejoining a word hyphenated at a line end."""
    out = ""
    for t in (_clean(t) for t in texts):
        tail = re.search(r"([A-Za-z]+-)$", out)
        head = re.match(r"[A-Za-z]+", t)
        if tail and head:
            word = rejoin_hyphenated(tail.group(1), head.group(0))
            out = out[: tail.start()] + word + t[head.end() :]
        else:
            out = f"{out} {t}" if out else t
    return out


def extract_metadata(
    lines: list[Line], furniture: list[Line], body: float, height: float, info: dict[str, str]
) -> tuple[Metadata, list[Line]]:
    """Metadata from page 1's lines (reading order) and its furniture; also the lines that
    hold the title and the authors, which are not running text."""
    meta = Metadata()
    title_lines, used = _title_and_authors(lines, meta, body, height)
    # The biggest type of a UN, ministry or White House document is often its letterhead
    # ("OFFICE FOR ...", "THE WHITE HOUSE"); a usable title in the file's own information names
    # the document better.
    title = info.get("Title", "")
    usable = len(title.split()) >= 3 and not _BAD_INFO_TITLE.search(title)
    if usable and (not meta.title or _is_letterhead(meta.title) and not _is_letterhead(title)):
        meta.title = _clean(title)
    if not meta.authors and info.get("Author"):
        names = [_clean(x) for x in re.split(r";|,|\band\b", info["Author"])]
        meta.authors = [a for a in names if a and not _BAD_INFO_AUTHOR.search(a)]
    _journal_and_year(lines, furniture, title_lines, used, info, meta)
    everything = [_clean(ln.raw_text()) for ln in furniture + lines]
    if meta.year is None:
        meta.year = _fallback_year(everything, info)
    for text in everything + [info.get(k, "") for k in ("Subject", "Keywords", "doi")]:
        m = DOI.search(text)
        if m:
            meta.doi = m.group(1).rstrip(".,;:)]}'\"")
            break
    return meta, used


def _title_and_authors(
    lines: list[Line], meta: Metadata, body: float, height: float
) -> tuple[list[Line], list[Line]]:
    """The title (the biggest type in the upper half of the page, on consecutive lines) and the
    authors under it, set on ``meta``; returns the title lines and every line used."""
    upper = [ln for ln in lines if ln.top < 0.55 * height and ln.role != "note"]
    letters = [ln for ln in upper if sum(c.isalpha() for c in ln.raw_text()) >= 4]
    if not letters:
        return [], []
    biggest = max(ln.size for ln in letters)
    if biggest < 1.15 * body:
        heading = _instrument_heading(lines)
        if heading:
            meta.title = _join_lines([ln.raw_text() for ln in heading])
        return heading, heading
    start = next(i for i, ln in enumerate(lines) if ln in letters and ln.size >= biggest - 0.5)
    if _is_letterhead(lines[start].raw_text()):
        # a letterhead in the biggest type ("NATIONAL SPACE AGENCY") over a headline in
        # display type and mixed case, several words long: the headline is the title
        titles = [
            ln
            for ln in letters
            if ln.size >= 1.15 * body
            and ln.size < biggest - 0.5
            and len(ln.raw_text().split()) >= 3
            and not _is_letterhead(ln.raw_text())
        ]
        if titles:
            biggest = max(ln.size for ln in titles)
            start = next(
                i for i, ln in enumerate(lines) if ln in titles and ln.size >= biggest - 0.5
            )
    title_lines = [lines[start]]
    for ln in lines[start + 1 :]:
        prev = title_lines[-1]
        if ln.size < biggest - 0.5 or ln.top - prev.bottom > 1.0 * ln.size:
            break
        title_lines.append(ln)
    meta.title = _join_lines([ln.raw_text() for ln in title_lines])
    named = _named_under_label(lines, title_lines[-1], meta.title)
    if named:
        meta.title = _join_lines([ln.raw_text() for ln in named])
        title_lines += named
    meta.authors, author_lines = _authors(lines, lines.index(title_lines[-1]) + 1, body, biggest)
    return title_lines, title_lines + author_lines


def _instrument_heading(lines: list[Line]) -> list[Line]:
    """An agreement's or a treaty's title set in the text's own type: the heading lines that
    open page 1 (consecutive, before any line of text), when together they read as an
    instrument's title ("AGREEMENT BETWEEN THE GOVERNMENT OF ... ON COOPERATION IN ...",
    :func:`~pipeline.ingest.textmarks.instrument_title`). A typed or scanned agreement, and
    many word processors' exports of one, set it in capitals at body size over centred lines,
    so the biggest type names nothing; a heading that is no instrument's title ("INTRODUCTION")
    is left alone."""
    run: list[Line] = []
    for ln in lines:
        if ln.role != "heading" or (run and ln.top - run[-1].bottom > 1.5 * ln.size):
            break
        run.append(ln)
    if run and instrument_title(_join_lines([ln.raw_text() for ln in run])):
        return run
    return []


#: a label that names the kind of document, not the document: "A BILL", "AN ACT", "JOINT
#: RESOLUTION", "Memorandum", "Press Release", "White Paper"
_GENRE_LABEL = re.compile(
    r"^(?:an?\s+)?(?:(?:joint|concurrent)\s+)?(?:bill|act|resolution|memorandum|report|"
    r"press release|news release|white paper|policy brief|fact sheet|statement)$",
    re.IGNORECASE,
)


def _named_under_label(lines: list[Line], label: Line, title: str) -> list[Line]:
    """When the biggest type on page 1 is only a genre's label ("A BILL"), the lines of the
    paragraph right under it (its purpose, "To establish ...", or its short title) name the
    document: up to four lines in one type, each less than a line below the one above,
    together three words or more. Nothing under the label, or a paragraph too long for a
    title, leaves the label as the title."""
    if not _GENRE_LABEL.match(" ".join(title.split())):
        return []
    k = lines.index(label) + 1
    if k >= len(lines):
        return []
    first = lines[k]
    if first.top - label.bottom > 2.5 * first.size or first.role in ("note", "heading"):
        return []
    para = [first]
    for ln in lines[k + 1 :]:
        prev = para[-1]
        if abs(ln.size - first.size) > 0.5 or ln.top - prev.bottom > 1.0 * ln.size:
            break
        para.append(ln)
    words = sum(len(ln.raw_text().split()) for ln in para)
    if len(para) > 4 or words < 3:
        return []
    return para


def _journal_and_year(
    lines: list[Line],
    furniture: list[Line],
    title_lines: list[Line],
    used: list[Line],
    info: dict[str, str],
    meta: Metadata,
) -> None:
    """Journal and year from the masthead, running heads and citation lines before the first
    heading, or the info dictionary's subject."""
    first_heading = next((i for i, ln in enumerate(lines) if ln.role == "heading"
                          and ln not in title_lines), len(lines))  # fmt: skip
    front = [ln for ln in lines[:first_heading] if ln not in used]
    candidates = [_clean(ln.raw_text((RAISED,))) for ln in furniture + front]
    candidates += [_clean(info.get("Subject", ""))]
    for text in candidates:
        m = _JOURNAL.match(text)
        if m and _JOURNAL_WORDS.search(m.group("name")) and len(m.group("name").split()) >= 2:
            meta.journal = m.group("name").strip(" ,.:")
            year = _YEAR_IN_PARENS.search(text) or YEAR.search(text[m.end("name") :])
            if year:
                meta.year = int(year.group(1))
            return


def _fallback_year(everything: list[str], info: dict[str, str]) -> int | None:
    """A copyright year on the page (the year the file was created is judged once the whole
    text is read: :func:`creation_year`)."""
    for text in everything:
        m = _COPYRIGHT_YEAR.search(text)
        if m:
            return int(m.group(1))
    return None


_NAMED_YEAR = re.compile(r"(?<![\d.,/-])(?:19|20)\d\d(?![\d/-]|\.\d)")


def creation_year(info: dict[str, str], texts: list[str], head: Iterable[str] = ()) -> int | None:
    """The year the file was created (the information dictionary's CreationDate), unless it is
    a production artefact: a file made again years after its text was written (a collection
    re-rendered, a page printed to PDF on the day it was fetched) names no year in its text
    from the creation year or the one before, only older ones. Then the year is the one of a
    date line among the ``head`` lines (page 1: "Dated: January 24, 2031", "24 June 2031"),
    the document's own date, else unknown. A text that names no year at all does not
    contradict the creation date."""
    m = re.match(r"D:(\d{4})", info.get("CreationDate", ""))
    if not m or not 1950 <= int(m.group(1)) <= date.today().year + 1:
        return None
    created = int(m.group(1))
    named = [int(y) for text in texts for y in _NAMED_YEAR.findall(text) if int(y) <= created + 1]
    if named and max(named) < created - 1:
        for line in head:
            line = line.strip(" ()[]*")
            year = year_of(line) if is_date_line(line) else None
            if year is not None and year <= created:
                return year
        return None
    return created


def _authors(
    lines: list[Line], start: int, body: float, title_size: float
) -> tuple[list[str], list[Line]]:
    names: list[str] = []
    used: list[Line] = []
    for ln in lines[start : start + 3]:
        if ln.size >= title_size - 0.5 or ln.size < 0.85 * body or ln.role == "heading" and ln.bold:
            break
        text = _clean(ln.raw_text((RAISED, SMALL)))
        parts = [p.strip(" .*") for p in _SPLIT_NAMES.split(text) if p.strip(" .*")]
        good = [p for p in parts if _NAME.match(p) and not _AFFILIATION.search(p)]
        if not parts or len(good) < 0.6 * len(parts):
            break
        names += good
        used.append(ln)
        if used and len(lines) > start + len(used):
            nxt = lines[start + len(used)]
            if nxt.top - ln.bottom > 1.2 * ln.size:
                break
    return names, used
