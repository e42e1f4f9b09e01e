"""The written forms of a document's own date line, shared by the document-date sources
(``document``, ``year_sources``): a day date month first or day first, and the labels before
a document's own date."""

from __future__ import annotations

import re

_ORD = r"(?:st|nd|rd|th)?"  # "March 5th, 2024", "5th March 2024"
_MDY = rf"[A-Z][a-z]{{2,8}}\.?\s*\d{{1,2}}{_ORD},?\s+\d{{4}}"
_DMY = rf"\d{{1,2}}{_ORD}\s+[A-Z][a-z]{{2,8}}\.?,?\s+\d{{4}}"
#: The labels of a document's own date ("Date:", "Published on", "Date of publication:", a
#: journal's "Available online", "Published online:", "First published:").
_DATE_LABEL = (
    r"(?:Date\s+of\s+(?:publication|issue|release|signature|adoption)|Publication\s+date|"
    r"(?i:date\s+of\s+publication)|"
    # an act's own day, as Commonwealth acts print it under the long title: the day of assent
    # ("DATE OF ASSENT: 3rd November, 2026", "[Assented to 17 July 2026]"), not the day it
    # comes into force (a commencement's, often later and set by order)
    r"(?i:date\s+of\s+(?:royal\s+)?assent)|Assented\s+to|"
    # a digital library's record of a paper: the day it was added (its online step, as a
    # journal's "Available online"), not the conference's days above it ("Date of Conference:
    # 18-21 May 2026 / Date Added to IEEE Xplore: 24 June 2026")
    r"Date\s+[Aa]dded\s+to\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}|"
    r"Issue\s+date|(?i:release\s+date)|Date\s+issued|(?:Meeting|Hearing|Session|Sitting)\s+date|"
    # a journal's history line: the article's own day is the one it came out
    r"(?:Available|Published|First\s+published)\s+online|First\s+published|Version\s+of\s+record|"
    # questions for the record: the day the answers came in, not the hearing's
    r"(?:Responses?|Answers?|Replies)\s+(?:received|submitted)|"
    # a bill's cover: the day it was introduced in (or tabled before) its house, as a field
    # with its colon ("Introduced: 11 August 2026"; not a sentence's "Introduced on 5 May
    # 2019, the rule ...")
    r"(?:Introduced|Tabled)(?=\s*:)|"
    # a working paper's or a draft's own date, as a field: "This version: 30 November 2026"
    r"(?:This|Current|Latest|Revised)\s+(?:version|draft)(?=\s*:)|"
    r"Date|Dated|Released|Published|Issued|Signed|"
    r"(?i:last\s+updated)|(?i:last\s+modified)|Updated|Posted|As of|"
    # a status page's stamp: "Status as at: 4 December 2026 05:00:43 EST", "Status as of 1 May
    # 2026", "As at: 1 July 2026" (the page's day, not the adoption of the treaty it lists); a
    # field with its colon, not a report's sentence ("As at 30 June 2026, the Agency had ...")
    r"Status\s+as\s+(?:at|of)|[Aa]s\s+at(?=\s*:)|"
    r"(?i:for\s+immediate\s+release)|Delivered|Remarks\s+as\s+delivered)"
)
#: A word of two letters or more, to count the words of a line or a paragraph.
_WORD = re.compile(r"[^\W\d_]{2,}")
