"""Names of actors the gazetteer lacks: which long forms name an organisation, a craft or a
programme, and what type a new name has. Pure functions over strings; the actor component
(``pipeline.nlp.components.actors``) applies them to acronym definitions and NER names."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


#: Head nouns of organisations: an NER ORG entity is an actor only when its head (the last word,
#: or the word before "of ...") is one of these.
ORG_HEADS = _words("""
    Agency Administration Organization Organisation Office Ministry Institute Academy
    Corporation Company Council Commission Committee Association Union Force Forces Department
    Bureau Authority Programme Program Forum Federation Consortium Alliance Foundation
    Directorate Secretariat Service Group University Laboratory Inc. Ltd Ltd. Corp. Corp
    """)


#: Last words of the names of spacecraft, missions and programmes ("Jupiter Magnetospheric
#: Orbiter (JMO)"); instruments, modules and systems are parts of a craft, not actors.
CRAFT_HEADS = _words("""
    Mission Orbiter Lander Rover Probe Telescope Observatory Spacecraft Satellite Vehicle
    Programme Program Project Initiative
    """)


def looks_like_organisation(long_form: str) -> bool:
    """Whether a long form the document defines names an actor: mostly capitalised words, with
    an organisational word in it or a craft or programme word at its end."""
    words = long_form.split()
    if sum(w[:1].isupper() for w in words) < max(2, len(words) // 2):
        return False
    if words[-1].strip(",.") in CRAFT_HEADS and all(w[:1].isupper() for w in words[-2:]):
        return True
    return any(w.strip(",.") in ORG_HEADS for w in words)


def guess_type(name: str) -> str:
    if re.search(
        r"\b(Space Agency|Space Office|Administration|Ministry|Department|Office|Bureau"
        r"|Secretariat|Directorate)\b",
        name,
    ):
        return "agency"
    if re.search(r"\b(Corporation|Company|Inc|Ltd|Corp)\b", name):
        return "company"
    if re.search(r"\b(Program|Programme|Project|Initiative|Vehicle)$", name):
        return "program"
    if re.search(r"\b(Mission|Orbiter|Lander|Rover|Probe|Telescope|Observatory)$", name):
        return "mission"
    if re.search(r"\b(Program|Programme)\b", name):
        return "program"
    return "organization"


def is_transposition(a: str, b: str) -> bool:
    """True when ``a`` is ``b`` with two adjacent letters swapped."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )
