"""Points and intervals: the ISO values, the days they cover, and the bounds of a run."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression found in a text, with its ISO value and the days it covers."""

    start: int
    end: int
    mention: str
    value: str
    start_date: str
    end_date: str
    granularity: str
    relative: bool
    #: Whether the date sets the time of the narrative for the relative dates after it; a bound
    #: ("since 1975", "until 23 October 2010", "by 2030") and a century do not.
    anchor: bool = True


# --------------------------------------------------------------------------------------------
# Points and intervals

#: (year, month or None, day or None): a calendar point at year, month or day granularity.
Point = tuple[int, int | None, int | None]


class Interval(NamedTuple):
    """An interval from the first day of ``start`` to the last day of ``end``."""

    start: Point
    end: Point
    gran: str | None = None  # "decade" / "century" for whole ones; otherwise derived


class DateSettings(NamedTuple):
    fy_start: int
    lo: int
    hi: int
    #: the text is a Japanese government's: its fiscal years are Japan's (April to March,
    #: named by the first year), whatever the sentence names (``fiscal.japanese_government``)
    japan_fy: bool = False


def _fmt(p: Point) -> str:
    y, m, d = p
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _first_day(p: Point) -> date:
    return date(p[0], p[1] or 1, p[2] or 1)


def _last_day(p: Point) -> date:
    y, m, d = p
    if m is None:
        return date(y, 12, 31)
    if d is None:
        return date(y, m, calendar.monthrange(y, m)[1])
    return date(y, m, d)


def _granularity(iv: Interval) -> str:
    if iv.gran:
        return iv.gran
    if iv.start != iv.end:
        return "range"
    _, m, d = iv.start
    return "year" if m is None else "month" if d is None else "day"


def _value(iv: Interval) -> str:
    if iv.start == iv.end and iv.gran is None:
        return _fmt(iv.start)
    return f"{_fmt(iv.start)}/{_fmt(iv.end)}"


def _in_bounds(iv: Interval, cfg: DateSettings) -> bool:
    if not (cfg.lo <= iv.start[0] and iv.end[0] <= cfg.hi):
        return False
    return _first_day(iv.start) <= _last_day(iv.end)


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= y <= 9999 and 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _point(y: int, m: int | None = None, d: int | None = None) -> Interval:
    p = (y, m, d)
    return Interval(p, p)


_ANCHOR = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _parse_point(text: str) -> Point | None:
    m = _ANCHOR.fullmatch(text)
    if not m:
        return None
    y = int(m[1])
    mo = int(m[2]) if m[2] else None
    d = int(m[3]) if m[3] else None
    ok = y >= 1 and (mo is None or 1 <= mo <= 12) and (d is None or _valid_day(y, mo or 1, d))
    return (y, mo, d) if ok else None


def _parse_anchor(anchor: str) -> Point:
    """The point an anchor stands for; for an interval ``A/B``, its end ``B``."""
    points = [_parse_point(part) for part in anchor.strip().split("/")]
    if len(points) > 2 or None in points:
        raise ValueError(f"anchor must be an ISO value like 2019, 2021-03, 2021-03-09: {anchor!r}")
    return points[-1]  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
