"""An anaphoric "Since then" opening a sentence: the span from the date the sentence before
set to the year of writing.

"Since then" opens a sentence that goes on from the one before ("The Accords were signed in
2020. Since then, forty states have joined."): "then" stands for the date that sentence set
(the anchor a relative date resolves against, as the guide says), and "since X" in a dated
document is the span from X to the document's year. So, with a document date and an absolute
date in the sentence before, "Since then" is that span ("September 2023 ... Since then" in a
text of 2026: 2023-09/2026). Not when the sentence before set no absolute date of its own
("Last year, I issued a challenge. Since then ..."; "on Saturday ... since then"): its time is
only counted from the day of writing, and nothing names the start. Not "since then" inside
the sentence that names the date ("launched in 2003 and six more since then"): the date is
marked once, where it is written.
"""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.intervals import (
    DateMention,
    Interval,
    Point,
    _first_day,
    _granularity,
    _last_day,
    _value,
)

#: "Since then" opening the sentence, perhaps after a quote or a conjunction ("And since
#: then, ...").
_SINCE_THEN = re.compile(r"^[\W_]*(?:(?:And|But)\s+since|Since)\s+then\b(?!\s+(?:on|until)\b)")


def since_then(text: str, anchor: Point | None, written: Point | None) -> DateMention | None:
    """The span "Since then" opening ``text`` names, from ``anchor`` (the absolute date the
    sentence before set) to the year of ``written`` (the document's date), or None: no such
    opening, no anchor or no document date, or an anchor that already reaches the year of
    writing (as "since 2026" in a text of 2026 stays 2026, it adds no span)."""
    m = _SINCE_THEN.match(text)
    if m is None or anchor is None or written is None:
        return None
    if anchor[0] > written[0] or (anchor[0] == written[0] and anchor[1] is None):
        return None
    iv = Interval(anchor, (written[0], None, None))
    start = m.end() - len("Since then")
    return DateMention(
        start=start,
        end=m.end(),
        mention=text[start : m.end()],
        value=_value(iv),
        start_date=_first_day(iv.start).isoformat(),
        end_date=_last_day(iv.end).isoformat(),
        granularity=_granularity(iv),
        relative=True,
        anchor=False,
    )
