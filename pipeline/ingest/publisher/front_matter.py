"""Front matter of a flattened page: title, authors, journal, year and DOI before the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Metadata
from pipeline.ingest.publisher.bibliographic import (
    _AUTHOR_PREFIX,
    bare_doi,
    is_affiliation_line,
    is_doi_line,
    is_volume_line,
    parse_author_line,
    publication_date_line,
    status_stamp,
    year_of,
)
from pipeline.ingest.publisher.headings import (
    STRONG_SECTIONS,
    Kind,
    is_numbered,
    looks_like_heading,
    section_kind,
)
from pipeline.ingest.publisher.interface import is_interface_line
from pipeline.ingest.publisher.matching import match_key
from pipeline.ingest.publisher.title_block import is_field_line, is_head_furniture, is_masthead
from pipeline.ingest.textclean import clean_block_text, collapse_whitespace
from pipeline.ingest.textmarks import instrument_title

# Front matter of a flattened page
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class FrontMatter:
    """What :func:`read_front_matter` found: metadata and which paragraphs it used up."""

    metadata: Metadata
    consumed: set[int] = field(default_factory=set)
    journal_lines: set[str] = field(default_factory=set)


def _is_body_start(text: str) -> bool:
    if section_kind(text) is Kind.ABSTRACT and len(text.split()) <= 3:
        return True
    if re.match(r"^abstract\s*[:.—–-]\s*\S", text, re.IGNORECASE):
        return True
    words = text.split()
    return len(words) >= 25 and bool(re.search(r"[.!?]", text))


def read_front_matter(
    paragraphs: list[str], *, window: int = 40, layout: list[tuple[int, bool]] | None = None
) -> FrontMatter:
    """Metadata from the lines before the body of a flattened article page or plain document.

    Publisher layout (a volume line, a DOI line, a repeated journal name or an author panel
    appears before the abstract): the journal is the line before the volume line (or the line
    printed twice), the year comes from the volume line, the title is the first remaining
    title-like line that is not the journal name, the DOI is made bare, authors come from the
    byline; all these lines and affiliation lines are consumed. Plain layout: the first line is
    the title if it reads as one (and is not a section name such as "Introduction").
    Either way, head furniture above the title (a letterhead, a masthead, a reference number:
    :func:`is_head_furniture`; ``layout`` gives each paragraph's number of lines and whether a
    blank line stands above it) is passed over.
    Returns the metadata and the indices of the paragraphs used up.
    """
    fm = FrontMatter(Metadata())
    end = 0
    while end < min(len(paragraphs), window) and not _is_body_start(paragraphs[end]):
        end += 1
    head = paragraphs[:end]
    volume_idx = _read_journal(head, fm)
    _read_bibliographic_lines(head, fm)
    meta = fm.metadata
    publisher = bool(volume_idx is not None or meta.journal or meta.doi or meta.authors)
    _read_title_and_byline(head, fm, publisher=publisher, layout=layout or [])
    return fm


_CONTENTS_KEYS = frozenset(["contents", "table of contents", "c o n t e n t s"])


def _read_journal(head: list[str], fm: FrontMatter) -> int | None:
    """The journal (the line before the volume line, or a short line printed twice) and the
    year of the volume line; returns the volume line's index."""
    meta = fm.metadata
    keys = [match_key(p) for p in head]
    volume_idx = next((i for i, p in enumerate(head) if is_volume_line(p)), None)
    journal = ""
    if volume_idx is not None:
        meta.year = year_of(head[volume_idx])
        fm.consumed.add(volume_idx)
        for j in range(volume_idx - 1, -1, -1):
            if looks_like_heading(head[j], max_words=12) and not is_interface_line(head[j]):
                journal = head[j]
                break
    if not journal:
        # The entries of a table of contents are printed again as the body's headings: a line
        # under a contents heading is no journal name printed twice.
        contents = next((i for i, k in enumerate(keys) if k in _CONTENTS_KEYS), len(keys))
        seen: dict[str, int] = {}
        for i, k in enumerate(keys):
            if k and len(k.split()) <= 10 and k in seen and looks_like_heading(head[i]):
                journal = head[seen[k]]
                break
            if i < contents:
                seen.setdefault(k, i)
    if journal:
        meta.journal = collapse_whitespace(journal)
        fm.journal_lines.add(match_key(journal))
        fm.consumed.update(i for i, k in enumerate(keys) if k == match_key(journal))
    return volume_idx


def _read_bibliographic_lines(head: list[str], fm: FrontMatter) -> None:
    """DOI, date, author-panel and affiliation lines. A status page's stamp ("Status as at: 4
    December 2026") gives the year, not the place and date of the treaty it shows above it."""
    meta = fm.metadata
    stamp = status_stamp(head)
    if stamp:
        meta.year = meta.year or year_of(stamp)
    for i, p in enumerate(head):
        if is_doi_line(p) or (bare_doi(p) and len(p.split()) <= 4):
            meta.doi = meta.doi or bare_doi(p)
            fm.consumed.add(i)
        elif publication_date_line(p):
            meta.year = meta.year or year_of(publication_date_line(p))
            fm.consumed.add(i)
        elif _AUTHOR_PREFIX.match(p.strip()):
            # "Author links open overlay panel" with the names on the same or the next line.
            names = parse_author_line(p, forced=True)
            if not names and i + 1 < len(head):
                names = parse_author_line(head[i + 1], forced=True)
                if names:
                    fm.consumed.add(i + 1)
            meta.authors = meta.authors or names
            fm.consumed.add(i)
        elif is_affiliation_line(p) or is_document_symbol(p):
            fm.consumed.add(i)


#: An official document's symbol alone on a line ("ESA/C-M/CCCXXV/Res.2 (Final)",
#: "A/RES/76/3", "ST/SG/AC.10/Rev.1"): a code of two or more slashes, perhaps with its status
#: in brackets. It files the text; it is no title.
_SYMBOL = re.compile(
    r"^[A-Z][\w.()-]*(?:/[\w.()-]+){2,}(?:\s*\((?:final|rev\.?\s*\d*|corr\.?\s*\d*|"
    r"draft|provisional)\))?$",
    re.IGNORECASE,
)
#: The instrument word that opens the title of an official text under its issuing body's banner
#: ("EUROPEAN SPACE AGENCY" / "RESOLUTION ON ..."; "COUNCIL OF THE EUROPEAN UNION" /
#: "Council Decision ...").
_INSTRUMENT_TITLE = re.compile(
    r"^(?:(?:council|joint|draft)\s+)?(?:resolution|decision|declaration|treaty|convention|"
    r"agreement|regulation|directive|communication|guidelines|principles|protocol|charter|"
    r"memorandum|recommendation|conclusions)\b",
    re.IGNORECASE,
)


def is_document_symbol(text: str) -> bool:
    """Whether a line is a document symbol (:data:`_SYMBOL`)."""
    return bool(_SYMBOL.match(text.strip()))


def _banner_then_instrument(head: list[str], i: int, consumed: set[int]) -> int | None:
    """The index of an instrument's title a few lines under ``head[i]`` when ``head[i]`` is an
    issuing body's banner in capitals: the title of an official text stands under the name of
    the body that issues it, and the banner is no title."""
    banner = head[i].strip()
    if not banner.isupper() or _INSTRUMENT_TITLE.match(banner):
        return None
    for j in range(i + 1, min(i + 4, len(head))):
        if j in consumed:
            continue
        line = head[j].strip()
        if _INSTRUMENT_TITLE.match(line) and looks_like_heading(line, max_words=30):
            return j
        if not line.isupper():
            return None
    return None


def _title_under_furniture(
    head: list[str], fm: FrontMatter, layout: list[tuple[int, bool]]
) -> int | None:
    """The index of the title under one or more paragraphs of head furniture
    (:func:`is_head_furniture`), when the first paragraph past them reads as a title; None when
    the head opens with no furniture, or nothing title-like stands under it. A line set right
    under furniture with no blank line between belongs to its block (a masthead's tagline)."""
    skipped = False
    for i, p in enumerate(head):
        if i in fm.consumed or is_interface_line(p):
            continue
        lines, blank_before = layout[i] if i < len(layout) else (1, True)
        if is_head_furniture(p, lines) or (
            skipped and not blank_before and i - 1 not in fm.consumed
        ):
            skipped = True
            if not fm.metadata.year and (is_field_line(p) or is_masthead(p, lines)):
                # a journal's issue line under its masthead ("Volume 47 | Spring 2026 |
                # Number 2") dates the issue, as a volume line does
                fm.metadata.year = year_of(p) or fm.metadata.year
            continue
        if not skipped or section_kind(p) is not Kind.BODY or is_numbered(p):
            return None
        if looks_like_heading(p, max_words=30) or instrument_title(p) or _title_like(p):
            # a headline may hold a semicolon or a question ("Who Warns Whom? ...")
            return i if not _SENTENCE_INSIDE.search(p) else None
        return None
    return None


#: A sentence's end inside a line and another sentence after it (a standfirst, not a title);
#: a question mark may end the first half of a title.
_SENTENCE_INSIDE = re.compile(r"[a-z]{2,}\.\s+[A-Z]")


def _read_title_and_byline(
    head: list[str], fm: FrontMatter, *, publisher: bool, layout: list[tuple[int, bool]]
) -> None:
    """The title: the first remaining title-like line (in plain layout, the first line if it
    reads as one), or the first under the head's furniture (:func:`_title_under_furniture`);
    then a byline right after it."""
    meta = fm.metadata
    title_idx = _title_under_furniture(head, fm, layout)
    for i, p in enumerate(head if title_idx is None else []):
        if i in fm.consumed or is_interface_line(p) or section_kind(p) is not Kind.BODY:
            continue
        # an agreement's title names both parties in full and may run past a heading's
        # length ("AGREEMENT BETWEEN THE GOVERNMENT OF ... AND THE GOVERNMENT OF ... ON ...")
        if (
            looks_like_heading(p, max_words=30)
            or (publisher and _title_like(p))
            or (not publisher and instrument_title(p))
        ):
            if not publisher and (is_numbered(p) or match_key(p) in STRONG_SECTIONS):
                break
            title_idx = i
            if not publisher and (under := _banner_then_instrument(head, i, fm.consumed)):
                fm.consumed.update(range(i, under))  # the banner: the issuing body's name
                title_idx = under
            break
        if not publisher:
            break
    if title_idx is None:
        return
    meta.title = collapse_whitespace(clean_block_text(head[title_idx]))
    fm.consumed.add(title_idx)
    nxt = title_idx + 1
    if (
        nxt < len(head)
        and _KIND_CONTINUES.match(head[nxt])
        and head[nxt].rstrip()[-1:] not in ".;:!?"
        and (
            (_bare_kind(meta.title) and len(head[nxt].split()) <= 60)
            or _capitals_title_runs_on(meta.title, layout, nxt, head[nxt])
        )
    ):
        # The instrument's kind alone on the title's first line, its subject on the next
        # ("PROTOCOL" / "amending the Agreement between ..."), or a title in capitals over
        # its lower-case tail ("SPACE STRATEGY" / "of the Republic of ..."): one title.
        meta.title = collapse_whitespace(f"{meta.title} {clean_block_text(head[nxt])}")
        fm.consumed.add(nxt)
        title_idx = nxt
    for i in range(title_idx + 1, min(title_idx + 4, len(head))):
        if i in fm.consumed or is_interface_line(head[i]):
            continue
        names = parse_author_line(head[i])
        if names and not meta.authors:
            meta.authors = names
            fm.consumed.add(i)
        break


#: An instrument's kind as a whole line ("PROTOCOL", "Memorandum of Understanding").
_BARE_KIND = re.compile(
    r"(?:agreement|memorandum(?:\s+of\s+understanding)?|treaty|convention|protocol|"
    r"arrangement|charter|exchange\s+of\s+notes)",
    re.I,
)

#: Up to three capitalised words that name what an instrument is about before its kind
#: ("DATA SHARING AGREEMENT", "Framework Agreement", "LAUNCH SERVICES AGREEMENT").
_KIND_MODIFIERS = re.compile(r"(?:[A-Z][\w-]*\s+){1,3}")


def _bare_kind(line: str) -> bool:
    """Whether a title line is an instrument's kind alone, perhaps after a few capitalised
    words of its subject ("PROTOCOL", "DATA SHARING AGREEMENT"), so that its subject may
    follow on the next line ("for Synthetic Aperture Radar Data ...")."""
    m = _KIND_MODIFIERS.match(line)
    return bool(_BARE_KIND.fullmatch(line) or (m and _BARE_KIND.fullmatch(line[m.end() :])))


#: The words that carry an instrument's title on from its kind, in lower case on the next line
#: ("amending the Agreement ...", "between the Government of ...", "on cooperation in ...").
_KIND_CONTINUES = re.compile(
    r"(?:amending|supplementing|extending|between|among|concerning|constituting|relating\s+to|"
    r"regarding|on|to|for|of)\s+\S"
)


def _capitals_title_runs_on(
    title: str, layout: list[tuple[int, bool]], nxt: int, line: str
) -> bool:
    """Whether ``line`` (paragraph ``nxt``, led by a lower-case linking word) carries on a
    title set in capitals: a national strategy's or a report's cover sets the body of its name
    in capitals and the rest in lower case on the line right under it, with no blank line
    between ("SPACE SECURITY STRATEGY" / "of the Federal Republic of Germany"). The tail is
    short, as a title's line is; after a blank line it is something else."""
    if nxt >= len(layout) or layout[nxt][1] or layout[nxt][0] != 1:
        return False
    return title.isupper() and len(line.split()) <= 12


def _title_like(text: str) -> bool:
    s = text.strip()
    return 2 <= len(s.split()) <= 40 and not s.endswith(".") and s[:1].isupper()


# --------------------------------------------------------------------------------------------
