"""Sources of a document's date at its end, tried by ``document.document_date_evidence``: a
resolution's adoption line and a text's closing sentence that adopts or signs it
(:func:`_adoption_date`), a signature block's date (:func:`_closing_date`), a page's "last
updated" line at its foot (:func:`_foot_date_line`) and a translator's note that dates the text
(:func:`_dated_note`)."""

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


#: A translator's or editor's note on a line of its own at the foot or the head, perhaps in
#: brackets and after another short sentence of the note, that dates the text itself ("(Translated by Jane
#: Doe. The original Chinese text is dated 15 December 2025.)"), not a sentence of the body
#: that cites another text ("..., and the committee's report is dated 3 May 2019").
_DATED_NOTE = re.compile(
    r"(?:^|\n)[ \t*_(\[]*(?:[^.\n]{0,80}\.\s+)?(?:The|This)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:text|paper|report|document|version|original|translation)\s+(?:is|was)\s+dated\s+"
    rf"(?:on\s+)?(?P<date>{_MDY}|{_DMY})"
)


def _dated_note(text: str) -> str | None:
    """The date of the last note dating the text (``_DATED_NOTE``) in its last 1,500
    characters, else of the first in its first 1,500 (a translator's note under the title)."""
    found = list(_DATED_NOTE.finditer(text[-1500:]))
    if found:
        return found[-1]["date"]
    first = _DATED_NOTE.search(text[:1500])
    return first["date"] if first else None


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


#: A UN resolution's adoption line: "84th plenary meeting / 10 December 1982", or a line that
#: opens with "Adopted ... on 10 December 1982".
_ADOPTED = re.compile(
    rf"\bplenary\s+meeting\s*[,.]?\s*(?P<date>{_DMY}|{_MDY})"
    rf"|(?:^|\n)\s*(?:Resolution\s+)?[Aa]dopted\b[^.\n]{{0,80}}?\bon\s+(?P<date2>{_DMY}|{_MDY})"
)
#: A closing sentence in which the text names itself and the act that made it, on a line of its
#: own: "These Terms of Reference were adopted at the first meeting of the Working Group in
#: Gdańsk on 26 November 2026.", "This Arrangement was signed in Nairobi on 4 May 2026.", "The
#: present Minutes were agreed on 7 October 2026." Terms of reference, arrangements and agreed
#: minutes close so instead of a "DONE at" formula. The demonstrative ("This", "These", "The
#: present") and the kind of text make the act the text's own, not an instrument it recounts
#: ("The Treaty was signed on 27 January 1967."); the date ends the sentence.
_SELF_ADOPTED = re.compile(
    r"(?:^|\n)[ \t*_]*(?:This|These|The\s+present)\s+(?:[A-Z][\w-]*\s+){0,4}?"
    r"(?:Terms\s+of\s+Reference|Memorandum(?:\s+of\s+Understanding)?|Agreement|Arrangement|"
    r"Minutes|Charter|Protocol|Declaration|Statement|Communiqu[eé]|Letter\s+of\s+Intent|"
    r"Decision|Resolution|Rules\s+of\s+Procedure|Implementing\s+Arrangement|Plan|Programme)"
    r"\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:duly\s+)?"
    r"(?:adopted|signed|done|approved|agreed|concluded|endorsed|issued)\b[^\n.]{0,140}?"
    rf"\b(?:on|this)\s+(?:the\s+)?(?P<date>{_MDY}|{_DMY})\.?[ \t*_]*(?=\n|$)"
)


def _adoption_date(head: str, text: str) -> str | None:
    """The date of a resolution's adoption line, at the head or the end of the text, else of
    the last closing sentence that adopts or signs the text (``_SELF_ADOPTED``) in its last
    1,500 characters."""
    for part in (text[-3000:], head):
        m = _ADOPTED.search(part)
        if m:
            return m["date"] or m["date2"]
    found = list(_SELF_ADOPTED.finditer(text[-1500:]))
    return found[-1]["date"] if found else None
