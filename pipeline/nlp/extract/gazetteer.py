"""The actor gazetteer: canonical actors with their type, country, aliases and metonyms.

The shipped file is ``pipeline/data/gazetteer.csv`` (documented in ``pipeline/data/README.md``);
users add their own files with the same columns, and a user row replaces the shipped row of the
same ``actor``.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.data.resources import GAZETTEER_FILE


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


DEFAULT_GAZETTEER = GAZETTEER_FILE
COLUMNS = ("actor", "type", "country", "aliases", "metonyms", "full_name")
ACTOR_TYPES = frozenset(
    [
        "country",
        "agency",
        "organization",
        "company",
        "program",
        "mission",
        "station",
        "agreement",
        "person",
    ]
)
_APOSTROPHES = ("'", "\u2019")
#: Generic last words of names that texts capitalise either way ("Chang'e Program" and
#: "Chang'e program"); the loader adds the other spelling.
_GENERIC_TAILS = _words("""
    program programme project mission station rover lander probe spacecraft initiative
    constellation satellite telescope agency
    """)


@dataclass(frozen=True, slots=True)
class Actor:
    actor: str
    type: str
    country: str = ""
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    full_name: str = ""


@dataclass(slots=True)
class Gazetteer:
    actors: dict[str, Actor] = field(default_factory=dict)

    def surface_forms(self) -> dict[str, str]:
        """Every alias (and the canonical name itself) -> canonical actor, with apostrophe
        variants ("Chang'e" and "Chang’e") and, for names ending in a generic word, both
        capitalisations of that word ("Chang'e Program", "Chang'e program"). A listed alias
        always wins over a generated variant of another actor's alias."""
        forms: dict[str, str] = {}
        generated: dict[str, str] = {}
        for actor in self.actors.values():
            for alias in (actor.actor, *actor.aliases):
                if alias in actor.metonyms:
                    continue  # named by its seat ("White House"): found only where the seat acts
                for variant in _apostrophe_variants(alias):
                    forms.setdefault(variant, actor.actor)
                for case_variant in _tail_case_variants(alias):
                    for variant in _apostrophe_variants(case_variant):
                        generated.setdefault(variant, actor.actor)
        for form, actor in generated.items():
            forms.setdefault(form, actor)
        return forms

    def metonym_forms(self) -> dict[str, str]:
        forms: dict[str, str] = {}
        for actor in self.actors.values():
            for m in actor.metonyms:
                for variant in _apostrophe_variants(m):
                    forms.setdefault(variant, actor.actor)
        return forms

    def __getitem__(self, name: str) -> Actor:
        return self.actors[name]

    def __contains__(self, name: object) -> bool:
        return name in self.actors

    def __len__(self) -> int:
        return len(self.actors)


def _tail_case_variants(text: str) -> list[str]:
    head, _, tail = text.rpartition(" ")
    if not head or tail.lower() not in _GENERIC_TAILS:
        return []
    return [f"{head} {tail.lower()}", f"{head} {tail.capitalize()}"]


def _apostrophe_variants(text: str) -> set[str]:
    variants = {text}
    for a in _APOSTROPHES:
        for b in _APOSTROPHES:
            variants.add(text.replace(a, b))
    return variants


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def read_gazetteer_file(path: Path) -> list[Actor]:
    """Rows of one gazetteer CSV; raise ``ValueError`` naming the file and line on bad rows."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"actor", "type"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(
                f"{path}: gazetteer files need the columns {', '.join(COLUMNS)}; "
                f"missing {', '.join(sorted(missing))}"
            )
        rows = []
        for line, row in enumerate(reader, start=2):
            name = (row.get("actor") or "").strip()
            kind = (row.get("type") or "").strip()
            if not name:
                continue
            if kind not in ACTOR_TYPES:
                raise ValueError(
                    f"{path}:{line}: type {kind!r} of {name!r} is not one of "
                    + ", ".join(sorted(ACTOR_TYPES))
                )
            rows.append(
                Actor(
                    actor=name,
                    type=kind,
                    country=(row.get("country") or "").strip(),
                    aliases=_split(row.get("aliases")),
                    metonyms=_split(row.get("metonyms")),
                    full_name=(row.get("full_name") or "").strip(),
                )
            )
        return rows


def load_gazetteer(
    extra: Iterable[Path | str] = (), *, base: Path | None = DEFAULT_GAZETTEER
) -> Gazetteer:
    """The shipped gazetteer, then each ``extra`` file; later rows replace earlier ones."""
    gaz = Gazetteer()
    paths = ([base] if base else []) + [Path(p) for p in extra]
    for path in paths:
        for actor in read_gazetteer_file(path):
            gaz.actors[actor.actor] = actor
    return gaz
