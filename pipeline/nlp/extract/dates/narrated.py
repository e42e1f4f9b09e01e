"""An anchor for the relative dates of a document that states no date of its own
(:func:`narrated_anchor`): the year of the latest date it tells as past."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from pipeline.nlp.extract.dates.told import _later_year, latest_told_date


def narrated_anchor(
    sentences: Iterable[tuple[str, bool]], *, text: str, find, today: date
) -> str | None:
    """A stand-in for the date of a document that states none, for its relative dates only
    ("today", "last year", "on Thursday"): the year of the latest day or month date the
    document tells as past, or None. ``sentences`` are ``(sentence, narrates_the_past)`` pairs
    (a past-tense verb and no modal nor present-tense one: "The council met in May 2024.");
    a date counts only in such a sentence, with no citing word before it ("the treaty of 27
    January 1967", "adopted on", "since", "by"), no word of a plan ("will", "scheduled to"),
    not after ``today``, and only when the text names no later year that is not a target
    ("by 2030") nor a plan's: a text that goes on to name a later year (a history told from
    afterwards, a speech recalling 1969) is not dated by its latest told date. Only the year
    is kept: the document was written on or after that day, not on it. ``find`` is
    :func:`pipeline.nlp.extract.dates.find_dates`."""
    best = latest_told_date((s for s, past in sentences if past), find=find, today=today)
    if best is None or _later_year(text, best, today) or _distant_target(text, best):
        return None
    return best[:4]


#: A target year: "by 2030", "Vision 2040", "until 2035".
_TARGET_YEAR = re.compile(
    r"\b(?:by|until|till|through|to|towards?|beyond|vision|horizon|agenda)\s+(?:the\s+end\s+of\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: How many years a document's nearest target may lie after the date it tells last.
_TARGET_REACH = 15


def _distant_target(text: str, best: str) -> bool:
    """Whether the nearest target year the text names after ``best``'s year ("by 2025") lies
    more than ``_TARGET_REACH`` years after it: a document's targets lie within a few years of
    its writing, so a text whose nearest target is decades after its latest told date (a
    speech recalling a 1960s landing and aiming "by 2025") speaks from long after it."""
    last = int(best[:4])
    targets = [int(m["y"]) for m in _TARGET_YEAR.finditer(text) if int(m["y"]) > last]
    return bool(targets) and min(targets) - last > _TARGET_REACH
