"""A wire dateline without a year ("BEIJING, May 3 (Xinhua) --", "MOSCOW, June 12. /TASS/."),
a source of ``document.document_date_evidence``, and the year that dates it.

A wire story's dateline gives the month and day it was filed; the year comes from the
metadata when there is one. Without it, the story's lead usually names the day of its event by
its weekday alone ("..., the director said Monday", "Vietnam signed the accords on
Wednesday"): agencies write the weekday for the days of the past week and the dateline for the
day of filing, which is the event's day in most leads. So the year is the one in which the
dateline's day falls on the lead's weekday, when exactly one year fits between the latest date
the text tells as past and today (a weekday recurs on the same day of the month only after five
years or more). Else it is the first such day on or after that latest date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from pipeline.nlp.extract.dates.anchored import REPORTING_VERBS, WEEKDAYS
from pipeline.nlp.extract.dates.intervals import _valid_day
from pipeline.nlp.extract.dates.told import _PLANNED
from pipeline.nlp.extract.dates.vocabulary import _MONTHS

#: A wire dateline without a year: a city in capitals (or two, as a story filed from both
#: reads: "WASHINGTON/BEIJING, Nov 5 (Reuters) -"), a month and day, then an agency in
#: brackets or a dash ("BEIJING, May 3 (Xinhua) --"), or a full stop and the agency between
#: slashes ("MOSCOW, June 12. /TASS/."); the year must come from elsewhere.
_DATELINE_NO_YEAR = re.compile(
    r"(?:^|\n)\s*[A-Z][A-Z .,'/-]{1,40},\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})"
    r"(?!\d)(?!,?\s*\d{4})\s*"
    r"(?:(?:\([A-Za-z ]{2,30}\)\s*)?(?:--|[-–—])|\.\s*/[A-Z][A-Za-z-]{1,15}/\.?)"
)
#: A weekday the lead names alone ("said Monday", "on Wednesday"): not one counted from
#: another day ("last Monday", "next Tuesday"), nor one written with its own date ("Monday,
#: May 4"), nor a plural ("on Mondays").
_LEAD_WEEKDAY = re.compile(
    r"(?<!\blast )(?<!\bnext )(?<!\bthis )(?<!\bcoming )(?<!\bfollowing )(?<!\bprevious )"
    r"(?<!\bevery )(?<!\beach )(?<!\bby )(?<!\buntil )"
    r"\b(?P<w>"
    + "|".join(WEEKDAYS)
    + r")\b(?!s\b)(?!,?\s+(?:the\s+)?\d)(?!,?\s+[A-Z][a-z]+\.?\s+\d)"
)
#: A reporting verb right before the weekday: the day of the report ("said Monday", "told
#: reporters on Thursday", "announced on Wednesday").
_REPORTED = re.compile(
    rf"\b(?:{REPORTING_VERBS}|declared)\b"
    r"(?:\s+\w+){0,2}\s+(?:on\s+)?$"
)
#: How many years before today the weekday's year may be when the text tells no past date.
_YEARS_BACK = 10

_MONTH_TITLES = {v: k.title() for k, v in sorted(_MONTHS.items(), key=lambda kv: len(kv[0]))}


def wire_dateline(
    head: str,
    year: int | None,
    after: Callable[[], str | None] | None = None,
    today: date | None = None,
) -> str | None:
    """The date of a wire dateline without a year in ``head`` (``_DATELINE_NO_YEAR``), dated by
    ``year``; without one, by the lead's weekday (:func:`_weekday_fit`, given ``today``), else
    by ``after()`` (the latest date the text tells as past): the first such day on or after it
    ("BEIJING, Jan. 3" after "December 2024": 2025-01-03)."""
    m = _DATELINE_NO_YEAR.search(head)
    mon = _MONTHS.get(m["m"].lower()) if m else None
    if m is None or mon is None:
        return None
    day = int(m["d"])
    if year is None and after is not None:
        latest = after()
        if today is not None:
            lead = re.split(r"\n\s*\n", head[m.end() :], maxsplit=1)[0]
            year = _weekday_fit(lead[:800], mon, day, latest, today)
        if year is None and latest:
            first = int(latest[:4])
            year = next(
                (
                    y
                    for y in (first, first + 1)
                    if _valid_day(y, mon, day) and f"{y:04d}-{mon:02d}-{day:02d}" >= latest
                ),
                None,
            )
    if year is None or not _valid_day(year, mon, day):
        return None
    return f"{_MONTH_TITLES[mon]} {day}, {year}"


def _weekday_fit(lead: str, mon: int, day: int, latest: str | None, today: date) -> int | None:
    """The one year, from the year of ``latest`` (else ``_YEARS_BACK`` years back) to
    ``today``'s, in which ``mon``/``day`` falls on the first weekday the ``lead`` names alone
    (``_LEAD_WEEKDAY``) outside a plan's clause, not after ``today`` nor before ``latest``;
    None when no year or two fit."""
    # a plan's weekday ("will launch the probe on Friday") is a day to come, not the filing's;
    # the report of a plan is not ("will finish the design by 2028, he told reporters on
    # Thursday")
    w = next(
        (
            m
            for m in _LEAD_WEEKDAY.finditer(lead)
            if _REPORTED.search(lead, max(0, m.start() - 40), m.start())
            or not _PLANNED.search(lead, max(0, m.start() - 80), m.start())
        ),
        None,
    )
    if w is None:
        return None
    weekday = WEEKDAYS.index(w["w"])
    first = int(latest[:4]) if latest else today.year - _YEARS_BACK
    fits = [
        y
        for y in range(first, today.year + 1)
        if _valid_day(y, mon, day)
        and date(y, mon, day).weekday() == weekday
        and date(y, mon, day) <= today
        and (latest is None or f"{y:04d}-{mon:02d}-{day:02d}" >= latest)
    ]
    return fits[0] if len(fits) == 1 else None
