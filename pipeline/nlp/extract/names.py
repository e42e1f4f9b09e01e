"""Names of actors the gazetteer lacks: which long forms name an organisation, a craft or a
programme, and what type a new name has. Pure functions over strings; the actor component
(``pipeline.nlp.components.actors``) applies them to acronym definitions and NER names."""

from __future__ import annotations

import re

#: Typographic quotes and apostrophes, one character each, as the statistical NER's training
#: text mostly wrote them ("O’Hara" reads as a name to it only as "O'Hara").
_PLAIN_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def plain_quotes(word: str) -> str:
    """``word`` with typographic quotes and apostrophes written plainly; same length."""
    return word.translate(_PLAIN_QUOTES)


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


#: Last words of company names: legal forms ("Inc.", "GmbH", "S.A.") and the trade words firms
#: name themselves by ("Technologies", "Aerospace", "Industries"). A name whose head is one of
#: these is a company ("Magellan Aerospace", "Sierra Nevada Corporation").
COMPANY_HEADS = _words("""
    Inc. Inc Corp. Corp Corporation Company Co. Ltd Ltd. Limited LLC L.L.C. GmbH S.A.
    S.p.A. plc PLC N.V. B.V. K.K. Pvt. Technologies Aerospace Aviation Dynamics Industries
    Holdings Electric Robotics Motors Mining
    """)
#: Legal forms among ``COMPANY_HEADS``: a name they end is a firm's even when a word of it is
#: another actor's name ("Japan Display Inc.").
LEGAL_FORMS = _words("""
    Inc. Inc Corp. Corp Corporation Co. Ltd Ltd. Limited LLC L.L.C. GmbH S.A. S.p.A. plc PLC
    N.V. B.V. K.K. Pvt.
    """)
#: Abbreviated legal forms and the long forms a list may hold instead ("Corp." is
#: "Corporation"): ``legal_form_variants``.
_LEGAL_LONG = {
    "Corp.": "Corporation", "Corp": "Corporation", "Co.": "Company", "Ltd": "Limited",
    "Ltd.": "Limited", "Inc.": "Incorporated", "Inc": "Incorporated",
}  # fmt: skip


def legal_form_variants(name: str) -> list[str]:
    """Other spellings of a company's name that ends in a legal form, for looking it up in a
    list: the abbreviation written out and the name without it ("Sierra Nevada Corp." ->
    "Sierra Nevada Corporation", "Sierra Nevada"). Empty when no legal form ends it or
    nothing is left before it."""
    words = name.split()
    if len(words) < 2 or words[-1] not in LEGAL_FORMS:
        return []
    stem = " ".join(words[:-1]).rstrip(",")
    long = _LEGAL_LONG.get(words[-1])
    return [f"{stem} {long}", stem] if long else [stem]


#: Words before "Group" that make it a body of people, not a company ("Working Group").
_GROUP_BODIES = _words("""
    Working Advisory Expert Experts Contact Study Task Steering Coordination Consultative
    Planning Action Interest Focus Reference Liaison Review Users' Users’ User Parliamentary
    Governmental Interagency Inter-Agency Intergovernmental Negotiating Drafting Friends
    Cooperation Consultation Small Core Joint Ministerial Leaders Officials Bilateral
    Trilateral Multilateral Regional Partnership
    """)
#: Head nouns of organisations: an NER ORG entity is an actor only when its head (the last word,
#: or the word before "of ...") is one of these.
ORG_HEADS = (
    _words("""
    Agency Administration Organization Organisation Office Ministry Institute Academy
    Corporation Company Council Commission Committee Association Union Force Forces Department
    Bureau Authority Programme Program Forum Federation Consortium Alliance Foundation
    Directorate Secretariat Service Group University Laboratory Laboratories Lab Society
    Subcommittee Board Panel Caucus College
    """)
    | COMPANY_HEADS
)
#: "Centre" and "Center" are not heads here: a named space or research centre is found by its
#: shape (``companies.shaped_centres``: "Marshall Space Flight Center"), not by the NER, and one
#: named as an agency's own ("NASA's Johnson Space Center") is a place of that agency.

#: Prepositions after the head noun of a long name ("Commission on Implementation of ...").
_HEAD_PREPS = frozenset({"of", "on", "for"})


#: Bodies named with "General" after their head ("the Directorate General for Space", "the
#: Secretariat-General of ..."): the head is the word before "General".
_GENERAL_HEADS = frozenset({"Directorate", "Secretariat", "Inspectorate", "Commissariat"})


def head_word(words: list[str]) -> str:
    """The head noun of a name: the word before its first "of", "on" or "for" ("Ministry of
    Mines", "Centre for Space Science ..."), else the last word; "Directorate General for
    Space" has the head "Directorate"."""
    for i, word in enumerate(words[1:], start=1):
        if word in _HEAD_PREPS:
            head = words[i - 1]
            if head == "General" and i >= 2 and words[i - 2] in _GENERAL_HEADS:
                return words[i - 2]
            return head
    return words[-1] if words else ""


def is_company_name(name: str) -> bool:
    """Whether a name is a company's by its head: a legal form or trade word ("GE Aerospace",
    "Acme Space Systems", "Adani Group"), not a body named "Group" ("Working Group")."""
    words = name.split()
    head = head_word(words)
    if head in COMPANY_HEADS:
        return True
    if len(words) >= 3 and words[-2:] == ["Space", "Systems"]:
        return True
    return (
        head == "Group"
        and words[-1] == "Group"
        and len(words) >= 2
        and not any(w in _GROUP_BODIES for w in words[:-1])
    )


#: Last words of the names of spacecraft, missions and programmes ("Jupiter Magnetospheric
#: Orbiter (JMO)"); instruments, modules and systems are parts of a craft, not actors.
CRAFT_HEADS = _words("""
    Mission Orbiter Lander Rover Probe Telescope Observatory Spacecraft Satellite Vehicle
    Programme Program Project Initiative
    """)


#: Last words of the names of parts of a craft or of a system: a name they end is not a body's
#: even when an organisational word stands inside it ("Service Module Propulsion System",
#: "Crew Escape Unit", "Command Service Assembly").
PART_HEADS = _words("""
    System Systems Subsystem Sensor Instrument Spectrometer Camera Imager Radar Detector
    Antenna Engine Motor Thruster Assembly Unit Structure Array Payload Module Panel Suit
    Mechanism Device
    """)


def looks_like_organisation(long_form: str) -> bool:
    """Whether a long form the document defines names an actor: mostly capitalised words, with
    an organisational word in it or a craft or programme word at its end; not a part of a
    craft or a system named by its last word, unless a company's head makes it a firm."""
    words = long_form.split()
    if sum(w[:1].isupper() for w in words) < max(2, len(words) // 2):
        return False
    if words[-1].strip(",.") in CRAFT_HEADS and all(w[:1].isupper() for w in words[-2:]):
        return True
    if _constellation(words):
        return True
    if words[-1].strip(",.") in PART_HEADS and not is_company_name(long_form):
        return False
    return any(w.strip(",.") in ORG_HEADS for w in words)


def _constellation(words: list[str]) -> bool:
    """Whether a name is a satellite constellation's, its head "Constellation" capitalised
    ("the ASEAN Constellation for Observation and Resilience (ACOR)", "Polar Constellation"):
    a programme, as the listed ones are (Starlink, IRIS², Guowang)."""
    return len(words) >= 2 and head_word([w.strip(",.") for w in words]) == "Constellation"


def guess_type(name: str) -> str:
    if re.search(
        r"\b(Space Agency|Space Office|Administration|Ministry|Department|Office|Bureau"
        r"|Secretariat|Directorate)\b",
        name,
    ):
        return "agency"
    if is_company_name(name) or re.search(r"\b(Corporation|Company|Inc|Ltd|Corp)\b", name):
        return "company"
    if re.search(r"\b(Program|Programme|Project|Initiative|Vehicle)$", name):
        return "program"
    if _constellation(name.split()):
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
