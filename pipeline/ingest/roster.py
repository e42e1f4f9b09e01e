"""A printed hearing's roster and contents: who the record names before it starts.

A congressional hearing record opens with the committee's roster (members in capitals with
their state, "HON. JANE ROE, Texas, Chairman", laid out in two columns that text extraction
runs into one line) and a table of contents that names each member's statement and each
witness in full ("Statement by Representative John Doe, Ranking Member", "Dr. Ann Lee,
Senior Fellow, ..."). The record itself then names people by title and surname only ("Mr.
DOE.", "Thank you, Mr. Doe", "Ranking Member Doe"): the full name is only in the head.

Two pure functions, used by the readers and by :func:`pipeline.ingest.ingest`:

- :func:`is_roster` tells a roster paragraph (front matter, never running text): it is wholly
  made of entries "NAME IN CAPITALS, State" with their roles;
- :func:`listed_names` gives the full names the roster and the contents list, and the headings
  of statements in capitals ("STATEMENT OF HON. JANE ROE, ..."), in title case ("TERRENCE
  OKAFOR" is "Terrence Okafor"; "YOON Jae-hwan" of a Korean record is "Yoon Jae-hwan"), kept as ``Metadata.names`` so that the persons
  component can name "Mr. Okafor" in full (``pipeline.nlp.components.persons``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.document import Excluded

#: The states, districts and territories a member of Congress sits for.
STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "Guam", "Puerto Rico", "American Samoa", "District of Columbia",
    "Virgin Islands", "Northern Mariana Islands",
)  # fmt: skip
_STATE = "|".join(sorted(STATES, key=len, reverse=True))
#: A name in capitals: two to four words, initials allowed ("RAYMOND T. HOLLIS", "MARY
#: O'NEIL-BROWN"), after an optional "HON.".
_CAPS_NAME = r"(?:HON\.\s+)?(?P<name>(?!THE\s)[A-Z][A-Z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][A-Z'’-]+)){1,3})"
#: One roster entry: the name, a comma, the state, perhaps its role after a comma.
_ENTRY = re.compile(
    rf"{_CAPS_NAME},\s+(?:{_STATE})\b,?"
    r"(?:\s+(?:Chairman|Chairwoman|Chair|Vice\s+Chair(?:man|woman)?|Ranking\s+(?:Minority\s+)?"
    r"Member)\b)?"
)
#: A role run apart from its entry by a two-column layout ("California," then "Ranking Member"
#: on the next line).
_LOOSE_ROLE = re.compile(
    r"\b(?:Chairman|Chairwoman|Chair|Vice\s+Chair(?:man|woman)?|Ranking\s+(?:Minority\s+)?"
    r"Member)\b|[,.;]"
)
#: A person in the contents: a title, then a name in title case ("Representative Terrence
#: Okafor", "Dr. Emiko Nakamura", "Hon. Jane Roe"); British and Australian records write the
#: short titles without a full stop ("Ms Jane Roe, Head of Agency" in a list of officers); a
#: double surname keeps the capital after its hyphen ("Ms Ann Roe-Lyle").
_TITLED = re.compile(
    r"\b(?:Representative|Senator|Delegate|Hon\.|Honorable|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Prof\.|"
    r"Chairman|Chairwoman|Ambassador|Administrator|Secretary|General|Admiral|Colonel|Col\.)\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)){1,3})"
    r"(?=\s*(?:,|\(|$|\.{2,}))"
)
#: A speaker's label that names the speaker in full with a title ("Mrs. Anne-Marie Tremblay
#: (Vice-President, ...):", "Mr. Tom Whitaker:", "Dr Helen Pryor (Fenwick North) (Lab)"): the
#: record names them so only there, and by surname or "Madame Tremblay" in the speech.
_LABEL_NAME = re.compile(
    r"^(?:Mr|Ms|Mrs|Miss|Dr|Prof|Hon|Sir|Dame)\.?\s+"
    r"(?P<name>(?:[A-Z][a-z'’]+-)?[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,3})"
    r"(?=\s*(?:\(|:|$))"
)
#: A statement's heading in capitals, as a printed hearing titles each statement and lists it
#: in its contents ("OPENING STATEMENT OF HON. JANE ROE, U.S. SENATOR FROM TEXAS", "STATEMENT
#: OF DR. ANN B. LEE, DIRECTOR, ..."): the name between the title and the comma is the
#: speaker's (a title is asked for: "STATEMENT OF NASA ADMINISTRATOR, ..." names no one).
_STATEMENT = re.compile(
    rf"\bSTATEMENT\s+OF\s+(?:(?:HON|DR|MR|MS|MRS|PROF)\.\s+|(?:SENATOR|REPRESENTATIVE)\s+)"
    rf"{_CAPS_NAME},"
)
#: A name written family name first, the family name in capitals and a given name of two
#: syllables joined by a hyphen, as the National Assembly of Korea's minutes in English write
#: names in speaker labels and lists of those present ("○ Chairperson CHOI Min-seo:", "KIM
#: Do-hyun, PARK Ji-yeon"); the speech then says "Administrator Yoon".
_FAMILY_CAPS = re.compile(r"\b(?P<family>[A-Z]{2,5})\s+(?P<given>[A-Z][a-z]+-[a-z]+)\b")
#: A list of those present after a plural title, as a committee's minutes open ("Members
#: present: Representatives Ann Roe, Tom Reeve, Jo Ash-Lyle."): each name in title case, two
#: to four words, the list set off by commas (a last "and" allowed).
_NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*)){1,3}"
_PRESENT = re.compile(
    rf"\b(?:Representatives|Senators|Delegates|Deputies|Councillors)\s+"
    rf"(?P<names>{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME})+)"
)
_PRESENT_NAME = re.compile(_NAME)
#: The kinds of excluded text a roster or contents is set aside as.
_HEAD_KINDS = frozenset({"front_matter", "contents", "heading"})


def is_roster(text: str) -> bool:
    """Whether a paragraph is a committee roster: one or more entries "NAME, State" and
    nothing else but their roles and punctuation ("LUCIA FERNSBY, Oregon" alone is one; a
    sentence that names a member, "Ms. Fernsby of Oregon asked ...", is none)."""
    entries = list(_ENTRY.finditer(text))
    if not entries:
        return False
    rest = _LOOSE_ROLE.sub(" ", _ENTRY.sub(" ", text))
    return not rest.strip()


def _title_case(name: str) -> str:
    """ "TERRENCE OKAFOR" -> "Terrence Okafor", "MARY O'NEIL-BROWN" -> "Mary O'Neil-Brown"."""
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), name)


def listed_names(excluded: Iterable[Excluded], sections: Iterable[str] = ()) -> list[str]:
    """The full names a record's roster and contents list, in order, each once (set aside as
    front matter, contents or headings: the running text does not hold them), and those the
    headings of statements in the body give (``sections``, the blocks' section titles: a
    "STATEMENT OF HON. JANE ROE, ..." set between the turns is a heading of the running text,
    not a row of the contents, and names the member whom the record then calls "Senator
    Roe")."""
    names: list[str] = []
    for title in sections:
        for m in _STATEMENT.finditer(" ".join(title.split())):
            if _title_case(m["name"]) not in names:
                names.append(_title_case(m["name"]))
    for row in excluded:
        label = _LABEL_NAME.match(row.text.strip()) if row.kind == "speaker" else None
        if label and label["name"] not in names:
            names.append(label["name"])
        heads = _FAMILY_CAPS.finditer(row.text) if row.kind in _HEAD_KINDS | {"speaker"} else ()
        for m in heads:
            if f"{m['family'].capitalize()} {m['given']}" not in names:
                names.append(f"{m['family'].capitalize()} {m['given']}")
        if row.kind not in _HEAD_KINDS:
            continue
        text = " ".join(row.text.split())
        found = [_title_case(m["name"]) for m in _ENTRY.finditer(text)] if is_roster(text) else []
        found += [m["name"] for m in _TITLED.finditer(text)]
        found += [_title_case(m["name"]) for m in _STATEMENT.finditer(text)]
        for m in _PRESENT.finditer(text):
            found += _PRESENT_NAME.findall(m["names"])
        for name in found:
            if name not in names:
                names.append(name)
    return names
