"""What closes a release, an order or a report and is not its prose: contact lines, link
lead-ins, Federal Register filing footers, reference entries and signature lines.

Each recogniser judges one paragraph (a line of a plain-text file, an HTML ``<p>``) and says
nothing about its neighbours; :class:`~pipeline.ingest.publisher.blocks.BlockBuilder` decides
what to do with it."""

from __future__ import annotations

import re

from pipeline.data.calendar_words import MONTH_NAMES
from pipeline.ingest.publisher.bibliographic import is_date_line

#: A telephone number: "202-358-1600", "(202) 358-1600", "+44 20 7946 0000", "202.358.1600".
_PHONE = r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?:\s?(?:x|ext\.?)\s?\d{1,5})?"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
#: A line of contact details only: telephone numbers and e-mail addresses, separated by
#: slashes, commas, semicolons or "or", perhaps with a label ("Tel.:", "Phone", "Email:").
_CONTACT_LINE = re.compile(
    rf"^(?:(?:tel(?:ephone)?|phone|mobile|cell|fax|e-?mail|office)\.?:?\s*)?(?:{_PHONE}|{_EMAIL})"
    rf"(?:\s*(?:/|,|;|\bor\b|\band\b|\|)\s*(?:(?:tel(?:ephone)?|phone|mobile|cell|fax|e-?mail)"
    rf"\.?:?\s*)?(?:{_PHONE}|{_EMAIL}))*\s*$",
    re.IGNORECASE,
)
#: A social-media follow line: "Follow @jane_doe on X.", "Follow us on Instagram".
_FOLLOW = re.compile(
    r"^(?:follow|like) (?:us|@\w+|the [\w -]{1,40}|[\w .'-]{1,40}) on "
    r"(?:x|twitter|facebook|instagram|linkedin|youtube|threads|bluesky|tiktok|flickr|mastodon)"
    r"(?:(?:,| and| or) (?:x|twitter|facebook|instagram|linkedin|youtube|threads|bluesky|"
    r"tiktok|flickr|mastodon))*\s*[.!]?$",
    re.IGNORECASE,
)
#: A sentence that only points to a web page given on the next line: "Learn more about the
#: programme at:", "For more information about the centre, visit:", "To read the report, go to:".
_LINK_LEAD_IN = re.compile(
    r"^(?:(?:to )?(?:learn|read|find out|see|discover) more\b|for (?:more|further|additional) "
    r"(?:information|details|news|updates)\b|more (?:information|details) (?:is|are) available\b|"
    r"(?:to|you can) (?:view|read|watch|download|see|follow|learn)\b|visit\b|check out\b|"
    r"get (?:the )?(?:latest|more)\b)[^.!?]{0,160}(?:\bat|\bvisit|\bgo to|\bsee|\bhere|\bonline"
    r"|\bwebsite|\bpage)?\s*:$",
    re.IGNORECASE,
)
#: A Federal Register filing footer: "[FR Doc. 2020-01234 Filed 1-2-20; 8:45 am]", the billing
#: code line, "Filed by the Office of the Federal Register on ...".
_FEDERAL_REGISTER = re.compile(
    r"^(?:\[?\s*FR Doc\.?\s*(?:No\.?\s*)?[\w-]+\s+Filed\s+[\d/-]+[;,]?\s*[\d:]*\s*[ap]\.?m\.?\s*\]?"
    r"(?:\s*billing code\s*[\w-]+)?|billing code\s*[\w-]+|filed by the office of the federal "
    r"register\b.{0,60})$",
    re.IGNORECASE,
)
#: A reference entry: an optional number ("12.", "[3]", "1" glued on), the authors as
#: "Surname AB," / "Surname, A. B." / "Surname A.," then, further on, a year and a sign of a
#: publication (a DOI, "vol.", a volume(issue):pages, "pp.", a journal's "Retrieved from").
_ENTRY_START = re.compile(
    r"^(?:\[?\d{1,3}[\].)]?\s*)?(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
    r"(?:,\s+(?:[A-Z]\.\s?){1,3}|\s+[A-Z]{1,3}\b|\s+(?:[A-Z]\.\s?){1,3})"
    r"(?:,|;|\.|\s+and\s|\s+&\s|\s+\(\d{4})"
)
_ENTRY_SIGNS = re.compile(
    r"\bdoi\b|doi\.org/|\b10\.\d{4,9}/|\bvol\.\s*\d|\b\d{1,4}\s*\(\d{1,4}\)\s*:\s*\d|"
    r"\bpp?\.\s*\d|\bretrieved from\b|\bin:\s|\bed(?:s|ited)?\.?\s+by\b|\(eds?\.\)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d[a-z]?(?!\d)")
#: A signature line standing alone at the end of an order or letter: a name in capitals
#: ("JANE Q. PUBLIC", "JOHN A. DOE JR."), or an issuing office alone ("THE WHITE HOUSE,").
_SIGNATURE = re.compile(
    r"^(?:[A-Z][A-Z'’-]+\.?\s+(?:[A-Z]\.\s+){0,2}[A-Z][A-Z'’-]+(?:,?\s+(?:JR|SR|II|III|IV)\.?)?"
    r"|[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+,?\s+(?:Jr|Sr)\."
    r"|THE WHITE HOUSE|THE PRESIDENT)[,.]?$"
)


#: A release's contact block run into one paragraph: a lead-in, names and offices, and a
#: telephone number or an e-mail address ("For further information: ESA Newsroom Email: ...").
_CONTACT_BLOCK = re.compile(
    rf"^(?:for (?:further|more) information|(?:media|press|news) (?:contacts?|enquiries|inquiries"
    rf"|office)|contacts?)\b[^.!?]{{0,200}}?(?:{_PHONE}|{_EMAIL})",
    re.IGNORECASE,
)


def is_contact_line(text: str) -> bool:
    """A paragraph of telephone numbers and e-mail addresses only (a release's contacts), or a
    contact block run into one paragraph under its lead-in ("Media contact: Jane Roe, ...")."""
    s = text.strip()
    return len(s) <= 200 and bool(_CONTACT_LINE.match(s) or _CONTACT_BLOCK.match(s))


#: A news story's credit line: who reported, wrote or edited it ("Reporting by Jane Roe in
#: Paris; Editing by John Doe", "Additional reporting by ...", "Writing by ..."), or a note
#: that someone contributed to it ("Jane Roe in Tokyo contributed to this report.").
_CREDIT_LINE = re.compile(
    r"^(?:(?i:(?:additional |further )?(?:reporting|writing|editing|compiled|compiling"
    r"|research|graphics|translation)(?: and [a-z]+)? by) [A-Z]"
    r"|.{3,200}\bcontributed (?:additional )?(?:reporting )?to this (?:report|story|article)"
    r"[.)]?$)"
)


def is_credit_line(text: str) -> bool:
    """'Reporting by Jane Roe; Editing by John Doe', 'Jane Roe contributed to this report.'"""
    s = text.strip()
    return len(s) <= 300 and bool(_CREDIT_LINE.match(s)) and not re.search(r"[.!?]\s+[A-Z]", s)


def is_follow_line(text: str) -> bool:
    """'Follow @name on X.', 'Follow us on Facebook and Instagram.'"""
    return len(text) <= 120 and bool(_FOLLOW.match(text.strip()))


#: A follow line glued to the end of a paragraph ("... in 2031. Follow @jane_roe on X."):
#: only the "@name" and "us" forms, which no sentence of prose takes.
_TRAILING_FOLLOW = re.compile(
    r"(?<=[.!?\"”’)])\s+((?:follow|like) (?:us|@\w+) on (?:x|twitter|facebook|instagram|"
    r"linkedin|youtube|threads|bluesky|tiktok|flickr|mastodon)\b[^.!?]{0,40}[.!]?)$",
    re.IGNORECASE,
)


def split_follow_line(text: str) -> tuple[str, str]:
    """``(text before, follow line)`` when a paragraph ends with a social-media follow line,
    else ``(text, "")``."""
    m = _TRAILING_FOLLOW.search(text)
    return (text[: m.start()].rstrip(), m.group(1)) if m else (text, "")


def is_link_lead_in(text: str) -> bool:
    """A sentence that ends with a colon to point to a web address on the next line ("Learn
    more about the mission at:"); it is interface text when that address follows."""
    s = text.strip()
    return len(s) <= 200 and bool(_LINK_LEAD_IN.match(s))


#: The same footer at the end of a paragraph it was glued to (lines without a blank line
#: between them: a signature block, then the footer).
_TRAILING_FEDERAL_REGISTER = re.compile(
    r"(?:^|\s)(\[\s*FR Doc\.[^\]\n]{1,80}\](?:\s*billing code\s*[\w-]+)?)\s*$", re.IGNORECASE
)


def split_federal_register_footer(text: str) -> tuple[str, str]:
    """``(text before, footer)`` when a paragraph ends with a Federal Register filing footer
    ("... April 6, 2031. [FR Doc. 2031-01234 Filed 4-9-31; 8:45 am] Billing code 3295-F1-P"),
    else ``(text, "")``."""
    m = _TRAILING_FEDERAL_REGISTER.search(text)
    if m is None:
        return text, ""
    return text[: m.start()].rstrip(), m.group(1)


def is_federal_register_footer(text: str) -> bool:
    """'[FR Doc. 2021-00001 Filed 1-4-21; 8:45 am]', 'Billing code 3295-F1-P'."""
    return len(text) <= 200 and bool(_FEDERAL_REGISTER.match(text.strip()))


def is_reference_entry(text: str) -> bool:
    """An entry of a reference list: authors first ("Doe J, Roe R.", "Doe, J. and Roe, R.
    (2019)."), with a year and a publication's marks (DOI, volume, pages)."""
    s = text.strip()
    return (
        len(s) <= 600
        and bool(_ENTRY_START.match(s))
        and bool(_YEAR.search(s))
        and bool(_ENTRY_SIGNS.search(s))
    )


def is_signature_line(text: str) -> bool:
    """A name in capitals or 'THE WHITE HOUSE,' alone on its line (a signature block)."""
    s = text.strip()
    return len(s.split()) <= 6 and bool(_SIGNATURE.match(s))


#: What stands for the signature itself above the place line of an order printed from a
#: typeset original: the signature graphic's file name ("Doe.EPS") or its one-letter stand-in.
_SIGNATURE_MARK = re.compile(
    r"[A-Za-z][\w-]{0,20}\.(?:eps|gif|jpe?g|png|tiff?)|[A-Z]", re.IGNORECASE
)


def is_signature_mark(text: str) -> bool:
    """'Doe.EPS', 'B': a signature graphic's file name or stand-in, alone on its line (only a
    signature mark when a signature line follows it)."""
    return bool(_SIGNATURE_MARK.fullmatch(text.strip()))


_CLAUSE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")


def split_signature_block(lines: list[str]) -> tuple[list[str], list[str], str] | None:
    """``(lines before, signature lines, footer)`` when the lines of one paragraph end with a
    signature block: a name in capitals or a signature mark, the issuing office ("THE WHITE
    HOUSE,"), the date, perhaps followed by a Federal Register filing footer over several lines
    (Markdown joins lines without a blank line between them into one paragraph). ``None`` when
    the paragraph holds no signature line or is a single line."""
    stripped = [line.strip() for line in lines]
    if len(stripped) < 2:
        return None
    end = len(stripped)
    for start in range(len(stripped) - 1, max(len(stripped) - 5, 0), -1):
        if is_federal_register_footer(" ".join(stripped[start:])):
            end = start
    start = end
    while start > 0:
        line = stripped[start - 1]
        if (
            is_signature_line(line)
            or is_date_line(line.rstrip("."))
            or start < end
            and is_signature_mark(line)
            and is_signature_line(stripped[start])
        ):
            start -= 1
        else:
            break
    block = stripped[start:end]
    if not any(is_signature_line(line) for line in block):
        return None
    if start > 0 and not _CLAUSE_END.search(stripped[start - 1]):
        return None  # the lines go on with a sentence ("... signed by" / "NASA ESA")
    return stripped[:start], block, " ".join(stripped[end:])


#: A byline that closes a release or an article: "By" and the writers' names, each with the
#: organisation and place they write from ("By Jane Roe, Example University, Springfield, and
#: John Doe, the agency's press office"); capitalised words and their connectives only.
_BYLINE = re.compile(
    r"^By\s+(?P<first>[A-Z][a-z'’-]+|[A-Z]\.)\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
    r"[A-Z][\w'’-]+(?:,\s*|\s+and\s+|$)"
)
_BYLINE_WORD = re.compile(
    r"[A-Z\u00c0-\u00de][\w'’.&-]*|and|of|the|for|at|in|on|de|da|van|von|du|&"
)
#: Words after "By" that start a phrase of prose, not a name ("By June 2030, ...").
_NOT_A_NAME = frozenset(
    [
        *MONTH_NAMES,
        "the",
        "this",
        "that",
        "these",
        "then",
        "contrast",
        "comparison",
        "law",
        "order",
        "executive",
        "air",
        "land",
        "sea",
        "far",
        "now",
        "all",
        "early",
        "late",
        "mid",
        "end",
        "way",
        "means",
        "virtue",
    ]
)


def is_byline(text: str) -> bool:
    """'By Jane Roe, Example University, Springfield.': a byline of names, organisations and
    places, with no figure and no word of prose in it."""
    s = text.strip().rstrip(".")
    m = _BYLINE.match(s)
    if m is None or len(s) > 300 or m["first"].lower() in _NOT_A_NAME or re.search(r"\d", s):
        return False
    words = re.findall(r"[^\s,;()]+", s[3:])
    return all(_BYLINE_WORD.fullmatch(w) for w in words)
