"""Which lunar bloc an actor was in on a given day: the Artemis Accords, the ILRS, or both.

The facts come from ``pipeline/data/membership.csv`` (one row per signing or joining, with its
date; documented in ``pipeline/data/README.md``). The ``bloc`` column of actors.csv reports, for
each actor mention, the blocs its actor belonged to *at the time of the document*:

- a country or organisation belongs to a bloc from the day it signed or joined; a date given
  only to the month or year counts from the last day of that month or year (the day by which it
  was surely a member), and a row without a date counts from the latest date its note mentions
  (the day it was reported as a member), or never if the note has none;
- only membership roles count: signatories and partners, not a letter of intent (the
  ``letter_of_intent`` role);
- a state agency (an actor of type ``agency`` with a country, e.g. CNSA or NASA) is in the
  blocs of its country; companies, programs, missions and persons are in none;
- a country in both blocs (Thailand, Senegal) gets ``Artemis Accords; ILRS``.

The time of a document (:func:`document_date`): the end of its publication year when the
metadata has one; else the latest date the document mentions that is not after today; else
today.
"""

from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

DEFAULT_MEMBERSHIP = Path(__file__).resolve().parents[1] / "data" / "membership.csv"
#: Order in which blocs are listed when an actor is in several.
BLOC_ORDER = ("Artemis Accords", "ILRS")
#: Roles that make an actor part of a bloc (a letter of intent does not).
MEMBER_ROLES = frozenset(
    {"founding_signatory", "signatory", "founding_partner", "partner", "member_organization"}
)
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class Membership:
    bloc: str
    member: str
    since: date | None  # None: never counted (no date and no dated note)
    role: str


def membership_start(value: str, note: str = "") -> date | None:
    """The first day on which a membership dated ``value`` surely held.

    ``YYYY-MM-DD`` is that day, ``YYYY-MM`` the last day of the month, ``YYYY`` the last day of
    the year; an empty value falls back to the latest ``YYYY-MM-DD`` in ``note``.
    """
    value = value.strip()
    if not value:
        days = [date(int(y), int(m), int(d)) for y, m, d in _ISO_DAY.findall(note)]
        return max(days) if days else None
    if not _ISO_VALUE.fullmatch(value):
        raise ValueError(f"membership date must be YYYY, YYYY-MM or YYYY-MM-DD: {value!r}")
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(parts[0], 12, 31)


class Blocs:
    """Membership of the lunar blocs, queried by actor and day."""

    def __init__(self, memberships: Iterable[Membership]) -> None:
        self._by_member: dict[str, list[Membership]] = {}
        for m in memberships:
            if m.role in MEMBER_ROLES and m.since is not None:
                self._by_member.setdefault(m.member, []).append(m)

    @classmethod
    def from_csv(cls, path: Path | str = DEFAULT_MEMBERSHIP) -> Blocs:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        return cls(
            Membership(
                bloc=row["bloc"].strip(),
                member=row["member"].strip(),
                since=membership_start(row.get("date") or "", row.get("note") or ""),
                role=(row.get("role") or "").strip(),
            )
            for row in rows
        )

    def of(self, member: str, on: date) -> list[str]:
        """The blocs ``member`` (a canonical actor) belonged to on day ``on``."""
        found = {m.bloc for m in self._by_member.get(member, ()) if m.since <= on}
        return sorted(found, key=lambda b: (BLOC_ORDER.index(b) if b in BLOC_ORDER else 99, b))

    def label(self, actor: str, on: date, *, actor_type: str = "", country: str = "") -> str:
        """The ``bloc`` cell for one actor mention: its own blocs, or for a state agency those of
        its country; joined with ``; ``."""
        blocs = self.of(actor, on)
        if not blocs and actor_type == "agency" and country:
            blocs = self.of(country, on)
        return "; ".join(blocs)


@cache
def shipped_blocs() -> Blocs:
    """The blocs of the shipped ``membership.csv`` (read once)."""
    return Blocs.from_csv()


def document_date(year: int | None, mentioned: Iterable[str], *, today: date) -> date:
    """The day a document speaks from: the end of its ``year``, else the latest day among the
    ISO ``mentioned`` end dates that is not after ``today``, else ``today``."""
    if year:
        return date(int(year), 12, 31)
    past = [d for d in (_parse_day(v) for v in mentioned) if d is not None and d <= today]
    return max(past) if past else today


def _parse_day(value: str) -> date | None:
    m = _ISO_DAY.fullmatch(value.strip()) if value else None
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None
