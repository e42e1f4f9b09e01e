"""A legal text's own definitions of what it calls itself and the bodies it names.

Statutes and instruments say once, in a fixed formula, what a short word will mean, and then use
the word alone:

- **the short-title clause** of a statute: "This Act may be cited as the Space Activities Act,
  2026"; "This Law shall be known as the ..."; after it "this Act" is that act throughout
  (:func:`short_title`, :func:`self_mentions`). The clause is the statute book's convention
  (Commonwealth acts, United States bills: 'This Act may be cited as the "... Act of 2025"'),
  so it is read from the text, whatever the document's title or banner ("ACTS OF GHANA");
- **a body's defined short name** (:func:`defined_bodies`): the definitions section's
  '"Agency" means the Ghana Space Agency' (which governs the whole text, before it too: the
  section stands at the end of an act); an establishing clause's "There is established ... a
  body corporate to be known as the Ghana Space Agency" (its head word, from there on); a
  convention's "The East African Space Cooperation Organisation, hereinafter referred to as
  "the Organisation"," (from there on). The word then means that body, not another one the
  text names in passing with the same head word ("the Indian Space Research Organisation").

Pure functions over the text and the actor mentions found in it (``(start, end, text)``
character spans), so their table tests read plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.nlp.extract.body_short_forms import BODY_HEADS

#: The kinds of statute whose short-title clause names them ("This Act may be cited as").
STATUTE_KINDS = ("Act", "Law", "Ordinance", "Decree", "Code", "Statute")
#: Small words a statute's name may hold between its capitalised words.
_NAME_GLUE = r"(?:and|of|the|for|on|in|to|&)"
_SHORT_TITLE = re.compile(
    r"\b[Tt]his\s+(?P<kind>" + "|".join(STATUTE_KINDS) + r")\s+(?:may|shall)\s+be\s+"
    r"(?:cited|known|referred\s+to)\s+as\s+(?:the\s+)?[“\"‘']?"
    r"(?P<name>[A-Z][\w’'().-]*(?:\s+(?:[A-Z(][\w’'().-]*|" + _NAME_GLUE + r"))*?\s+(?P=kind))\b"
)
#: "this Act", "the present Act" (not "the Act", which an amending act uses for the act it
#: amends).
_SELF = r"\b(?:[Tt]his|[Tt]he\s+present)\s+{kind}\b"
#: '"Agency" means the ...' of a definitions section: the quoted word and where its name opens.
_MEANS = re.compile(r"[“\"‘'](?P<t>[A-Z][a-z]+)[”\"’']\s+means\s+(?:the\s+)?")
#: "... to be known as the ..." of an establishing clause: where the name opens.
_KNOWN_AS = re.compile(r"\bto\s+be\s+(?:known|called)\s+as\s+(?:the\s+)?")
#: ', hereinafter referred to as "the Organisation"' right after a name.
_HEREINAFTER = re.compile(
    r"\s*,?\s*\(?\s*hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?[“\"‘']?(?:the\s+)?"
    r"[“\"‘']?(?P<t>[A-Z][a-z]+)[”\"’']?"
)


def short_title(text: str) -> tuple[str, str] | None:
    """``(name, kind)`` of the statute whose short-title clause ``text`` holds ("This Act may
    be cited as the Space Activities Act, 2026": ``("Space Activities Act", "Act")``; the year
    after the name is its edition, not part of what the act calls itself), or None."""
    m = _SHORT_TITLE.search(text)
    if m is None or len(m["name"].split()) < 2:
        return None
    return m["name"], m["kind"]


def self_mentions(text: str, kind: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each "this Act" / "the present Act" in ``text`` (``kind`` "Act")."""
    return [m.span() for m in re.finditer(_SELF.format(kind=re.escape(kind)), text)]


def defined_bodies(text: str, names: Sequence[tuple[int, int, str]]) -> dict[str, tuple[int, int]]:
    """``{word: (from, k)}``: each capitalised word ``text`` defines as the short name of the
    actor mention ``names[k]`` (``(start, end, text)``), read as that actor from character
    ``from`` on. The word must be one of the name's words; a definitions section's
    '"Agency" means the ...' holds from the start (the section may close the text), an
    establishing clause's "to be known as the ..." (the name's head word, a body's:
    ``BODY_HEADS``) and a "hereinafter" right after the name from the definition on. The first
    definition of a word is kept."""
    by_start = {start: k for k, (start, _, _) in enumerate(names)}
    by_end = {end: k for k, (_, end, _) in enumerate(names)}
    out: dict[str, tuple[int, int]] = {}
    for m in _MEANS.finditer(text):
        k = by_start.get(m.end())
        if k is not None and m["t"] in names[k][2].split():
            out.setdefault(m["t"], (0, k))
    for m in _KNOWN_AS.finditer(text):
        k = by_start.get(m.end())
        head = names[k][2].split()[-1] if k is not None else ""
        if k is not None and head in BODY_HEADS and len(names[k][2].split()) > 1:
            out.setdefault(head, (m.start(), k))
    for end, k in by_end.items():
        after = _HEREINAFTER.match(text, end)
        if after and after["t"] in names[k][2].split() and len(names[k][2].split()) > 1:
            out.setdefault(after["t"], (after.end(), k))
    return out


def statute_references(text: str, listed=None) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the short-title clause's own "this Act" and of every later
    "this Act" / "the present Act" of a statute whose short-title clause ``text`` holds; the
    name is the listed actor ``listed(name)`` returns (the gazetteer's entry for "Space
    Activities Act"), else the cited name. None in a text without the clause: a report that
    discusses "this Act" does not cite it."""
    found = short_title(text)
    if found is None:
        return []
    name, kind = found
    canonical = (listed(name) if listed is not None else None) or name
    return [(start, end, canonical) for start, end in self_mentions(text, kind)]


#: '"U.S. Participants" means ...': a quoted term of two to four capitalised words whose last
#: is a plural (the persons and bodies of one side), defined by "means".
_SIDE_TERM = re.compile(
    r"[“\"](?P<t>(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][a-z]+s)[”\"]\s+(?:means|shall\s+mean)\b"
)
#: Plural heads that are the instrument's own party words, read by the party-term rules.
_PARTY_WORDS = frozenset({"Parties", "States", "Sides", "Signatories", "Agencies"})


def side_terms(text: str, countries: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of each term ``text`` defines for the persons and bodies of one side
    ('"U.S. Participants" means the holders of licences issued by the Government of the United
    States ...', '"Portuguese Participants" means ...'): a quoted capitalised plural defined by
    "means" that holds a country mention (``countries``: character spans). The guide marks such
    a term as a party term of its own at every use, the country inside it not apart; a defined
    plural with no country ("Launch Activities", "Technical Data") is no side."""
    out = []
    for m in _SIDE_TERM.finditer(text):
        start, end = m.span("t")
        if m["t"].split()[-1] in _PARTY_WORDS:
            continue
        if any(start <= s and e <= end for s, e in countries):
            out.append((start, end))
    return out


def term_uses(text: str, term: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each use of ``term`` in ``text``, as a whole phrase."""
    pattern = rf"(?<![\w.-]){re.escape(term)}(?![\w-])"
    return [m.span() for m in re.finditer(pattern, text)]
