"""Sources of a document's date at its end, tried by ``document.document_date_evidence``: a
signature block's date (:func:`_closing_date`) and a page's "last updated" line at its foot
(:func:`_foot_date_line`)."""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.labels import _DATE_LABEL, _DMY, _MDY

#: A signature block's date: a full date alone on its line ("December 1, 2021."), perhaps after
#: the place of signing ("Tokyo, 5 March 2024"), near the end of the text, as orders, letters
#: and statements close with the place and the day they were signed.
_CLOSING_DATE = re.compile(
    rf"(?:^|\n)[ \t*]*(?:(?:Approved|Signed|Dated|Enacted)[:,]?\s+(?:on\s+)?"
    r"|(?:(?:Done|Signed)\s+(?:at|in)\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"[A-Z][A-Za-z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})?,[ \t]+(?:(?:on|this)[ \t]+)?)?"
    rf"(?P<date>{_MDY}|{_DMY})\.?[ \t*]*(?=\n|$)"
)
#: A labelled date line at a page's foot: "Page last updated: March 5, 2024", "Last modified
#: 5 March 2024", "Published: March 5, 2024" as the last lines of an agency's web page.
_FOOT_DATE_LINE = re.compile(
    rf"(?:^|\n)[ \t*_]*(?:(?i:page)\s+)?{_DATE_LABEL}\s*[:–—-]?\s*(?:[Oo]n\s*:?\s*)?"
    rf"(?P<date>{_MDY}|{_DMY}|\d{{4}}-\d{{2}}-\d{{2}}(?![\d-]))[ \t*_.]*(?=\n|$)"
)


def _closing_date(text: str) -> str | None:
    """The date of a signature block: the last full date alone on its line (or after the place
    of signing) in the last 600 characters, with little text after it (a timeline's last entry
    has more)."""
    tail = text[-600:]
    found = list(_CLOSING_DATE.finditer(tail))
    if not found or len(tail[found[-1].end() :].strip()) > 150:
        return None
    return found[-1]["date"]


def _foot_date_line(text: str) -> str | None:
    """The date of the last labelled date line on a line of its own in the last 800 characters
    (a web page's "Page last updated: March 5, 2024"), with little text after it."""
    tail = text[-800:]
    found = list(_FOOT_DATE_LINE.finditer(tail))
    if not found or len(tail[found[-1].end() :].strip()) > 300:
        return None
    return found[-1]["date"]
