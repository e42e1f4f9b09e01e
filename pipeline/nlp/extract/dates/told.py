"""The latest date a text tells as past (:func:`latest_told_date`), and the checks around it:
the last resort of ``document.document_date_evidence`` (:func:`_latest_date`) and the anchor
of an undated text's relative dates (``narrated.narrated_anchor``). A date counts only after
no citing word (``_CITING``: "the treaty of 27 January 1967", "since") and no word of a plan
(``_PLANNED``), and only when the text names no later year that is not a target nor a plan's
(:func:`_later_year`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.nlp.extract.dates.vocabulary import _words

_YEAR_IN_TEXT = re.compile(r"(?<![\w.,/-])(?:19|20)\d\d(?![\w/-]|\.\d|,\d)")
#: Words before a year in a title that make it a target, not the year the title covers.
_TARGET_WORDS = _words(
    """vision agenda horizon strategy plan roadmap outlook to by until through beyond toward
    towards before after"""
)

#: Words just before a date that make it a date the text cites, not the day it was written:
#: an instrument "of 27 January 1967", "adopted on", "signed on", "entered into force on",
#: bounds and targets ("since", "until", "by").
_CITING = re.compile(
    r"(?:\bFR\s+\d+,?|\bStat\.\s*\d+,?|\bof|\b(?:adopted|signed|dated|ratified|enacted|entered\s+into\s+force|founded|"
    r"established|born|died|since|until|till|through|by|before|after|from|between)"
    r"(?:\s+(?:on|in))?)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
#: Words before a date (in the same clause) that make it a plan's, not a past event's.
_PLANNED = re.compile(
    r"\b(?:will|shall|scheduled|planned|targeted|targeting|expected|due|set\s+to|slated|"
    r"aims?\s+to|plans?\s+to|upcoming|next)\b[^.;]*$",
    re.IGNORECASE,
)


#: A reference list's entry: a bracketed number opening the line, or a year in parentheses
#: ("[1] A. Author, Title, Journal 12 (2019) 3-9", "Doe, J. (2017). Title.").
_REFERENCE_ENTRY = re.compile(r"^\s*\[\d{1,3}\]|\((?:1[5-9]|20)\d\d[a-z]?\)")


def _latest_date(text: str, find, today: date) -> str | None:
    """The last resort: :func:`latest_told_date` of the first 3,000 characters, unless the text
    names a later year that is not a target ("by 2030") nor a plan's: then it is later than
    that date (a history, a cited treaty). Its caller keeps the year only."""
    best = latest_told_date([text[:3000]], find=find, today=today)
    if best is None or _later_year(text, best, today):
        return None
    return best


def latest_told_date(passages: Iterable[str], *, find, today: date) -> str | None:
    """The latest day or month date (ISO) in ``passages`` after no citing word (``_CITING``)
    nor word of a plan (``_PLANNED``: "will", "scheduled to launch in"), not after ``today``:
    the document was written on or after that day. None when there is none."""
    limit = today.isoformat()
    best = None
    for passage in passages:
        for d in find(passage):
            if d.relative or d.granularity not in ("day", "month") or "/" in d.value:
                continue
            before = passage[max(0, d.start - 60) : d.start]
            if _CITING.search(before[-40:]) or _PLANNED.search(before) or d.value > limit:
                continue
            line_start = passage.rfind("\n", 0, d.start) + 1
            line_end = passage.find("\n", d.end)
            if _REFERENCE_ENTRY.search(passage[line_start : line_end if line_end >= 0 else None]):
                continue  # a reference list's entry: a work's date, not the text's
            if best is None or d.value > best:
                best = d.value
    return best


def _later_year(text: str, best: str, today: date) -> bool:
    """Whether ``text`` names a year after ``best``'s (and not after ``today``'s) that is not a
    target ("by 2030", "Vision 2040") nor a plan's ("scheduled to launch in December 2026")."""
    last = int(best[:4])
    for y in _YEAR_IN_TEXT.finditer(text):
        if int(y.group()) <= last or int(y.group()) > today.year:
            continue
        before = text[max(0, y.start() - 60) : y.start()]
        words = before.split()
        if words and words[-1].lower().strip(":,(") in _TARGET_WORDS:
            continue  # a target: "by 2030", "Vision 2040"
        if not _PLANNED.search(before):  # a plan: "scheduled to launch in December 2026"
            return True
    return False
