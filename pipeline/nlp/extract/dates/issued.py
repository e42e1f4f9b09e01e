"""An issuing clause at a text's head, a source of ``document.document_date_evidence``: the
line that signs, adopts, presents or delivers the text, with where or by whom, and ends with
its date ("Signed at Rome on 9 September 2025", "Presented to Parliament by Command of His
Majesty, 18 September 2025", "Resolution adopted by the General Assembly on 3 December 2026",
"Adopted by the Council at its second session, Cairo, 21 October 2025").

Agreements, resolutions, command papers, frameworks and speeches set their own date so under
the title. What makes the line the text's own act and not an event it recounts is its form: the
participle opens the line (perhaps after the name of the kind of text: "Resolution adopted"),
the date ends it, and it stands in the head before the body begins. A body sentence that cites
another instrument ("CONSIDERING the Framework Agreement ..., signed at Ottawa on 18 November
2021, ...") neither opens with the participle nor ends with the date. The ingesters keep such a
line set aside with the front matter as ``Metadata.date_line``
(``pipeline.ingest.publisher.head_date_line``), which the dates component reads as the text's
first line.
"""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.labels import _DMY, _MDY, _WORD

#: The issuing clause: a participle of issuing first, a date last (see the module's docstring).
_ISSUING_LINE = re.compile(
    r"[ \t*_>(\[]*(?:(?:Resolution|Decision|Declaration|Statement|Text|Report|Communiqu[eé]|"
    r"Remarks|Speech|Address|Testimony)\s+)?"
    r"(?P<verb>(?i:signed|done|adopted|presented|delivered|issued|published|approved|submitted|"
    r"laid|endorsed|promulgated|(?:oral\s+)?evidence\s+(?:taken|heard)))\b"
    r"[^()\n]{0,140}?(?:,|\bon|\bthis)\s+(?:the\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?P<date>{_MDY}|{_DMY})"
    r"[ \t*_.)\]]*"
)
#: At most this many words on an issuing line (a sentence of the body is longer).
_MOST_WORDS = 24


def issuing_date(head: str) -> str | None:
    """The date of the first issuing line (``_ISSUING_LINE``) among the first 15 lines of
    ``head``, before the body begins (a line over 160 characters, or a sentence of three words
    or more that does not end with a date). None when three lines or more issue a text: a list
    of instruments, not the text's own line."""
    m = issuing_line(head)
    return m["date"] if m else None


def issuing_line(head: str) -> re.Match[str] | None:
    """The match of :func:`issuing_date`'s line (its ``date`` and its ``verb``), or None."""
    lines = head[:1500].split("\n")[:15]
    found = []
    for line in lines:
        if len(line) > 160:
            break
        m = _ISSUING_LINE.fullmatch(line)
        if m is not None and len(_WORD.findall(line)) <= _MOST_WORDS:
            found.append(m)
            continue
        if len(_WORD.findall(line)) >= 3 and line.rstrip(' *_"”)').endswith((".", "!", "?")):
            break  # a sentence: the body has begun
    if not found or len(found) >= 3:
        return None
    return found[0]


#: A broadcaster's page dates its programme by a label before the day it went on air, perhaps
#: with an abbreviated weekday and the hour ("Broadcast Thu 18 Feb 2027 at 7:40am", "First
#: broadcast: Monday 3 May 2027", "Aired on March 4, 2027"); the label is capitalised, as a
#: field is (a sentence's "was broadcast on 5 May" is an event of the story).
_BROADCAST = re.compile(
    r"(?:^|[\s|·•/])(?:First\s+broadcast|Broadcast|BROADCAST|Aired|AIRED)(?:\s+on)?\s*:?\s*"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?P<date>{_MDY}|{_DMY})"
)


def broadcast_date(head: str) -> str | None:
    """The date of a broadcast line (``_BROADCAST``) among the first 15 lines of ``head``."""
    for line in head[:1500].split("\n")[:15]:
        m = _BROADCAST.search(line) if len(line) <= 250 else None
        if m is not None:
            return m["date"]
    return None
