"""Speaker lines of a parliamentary record: the speaker named on a line of their own.

Hansards of the Westminster kind (the House of Commons, Westminster Hall, the Lords and the
parliaments that print their records the same way) do not run the speaker's label into the
speech with a colon. The speaker stands on a line of their own above the turn: a member with
constituency and party the first time ("Mark Doe (Somewhere) (Con)"), a minister by office
with the holder's name in brackets ("The Minister for Science, Research and Innovation (Jane
Roe)"), then the member by name alone ("Mark Doe", "Dr Roe"). As plain text such a line looks
like a heading, and so does a short turn under it ("Will the hon. Lady give way?").

The rule (:class:`SpeakerLines`): a one-line paragraph is a speaker line when the next
paragraph is speech (no speaker line itself) and the line is a member's line (a name, a
bracketed constituency and a bracketed party of one or two short words), an office's line (an
office of state and a person's name in brackets; also in capitals over up to four lines, as a
written parliamentary answer names its minister), or, once the record has named a speaker so,
a name alone whose words all belong to a speaker named before (with or without a title:
"Dr Pryor" after "Dr Helen Pryor (...) (Lab)"), or a chair's form of address ("Mr Speaker",
"Madam Deputy Speaker", "The Chair"). A name standing alone in a document that never named a
member or an office so is no speaker line (a profile's heading, a signature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.ingest.textclean import Paragraph

#: Titles of address before a member's name.
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Baroness|Lady|Professor|Prof)\.?"
#: One word of a person's name ("Ellery", "O'Neill", "Thorne-Whitaker").
_NAME = r"[A-Z][A-Za-z'’-]+"
#: A member with constituency and party: "Dr Helen Pryor (Fenwick North) (Lab)", "Sam Roe
#: (Glasgow East) (SNP)", "Jo Ash (Kent West) (Lab/Co-op)", "Ann Lee (North Down) (Ind)".
_MEMBER = re.compile(
    rf"^(?P<name>(?:{_TITLE}\s+)?{_NAME}(?:\s+{_NAME}){{0,3}})\s+"
    r"\([A-Z][^()\d]{1,60}\)\s+\([A-Z][A-Za-z/&-]{0,11}(?:\s[A-Z][A-Za-z]{0,10})?\)$"
)
#: An office of state with the holder in brackets: "The Minister for Science, Research and
#: Innovation (Daniel Okoro)", "The Parliamentary Under-Secretary of State for Defence (Lord
#: Ash of Kew)", "The Secretary of State for Transport (Ms Jo Lee)".
_OFFICE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Minister|Secretary|Under-Secretary|Leader|Chancellor|Solicitor|Attorney|Paymaster|"
    r"Advocate|Speaker|Chair(?:man|woman)?|Deputy)\b[^()\n]{0,160}"
    rf"\((?P<name>(?:{_TITLE}\s+)?{_NAME}(?:\s+(?:of\s+|de\s+|van\s+)?{_NAME}){{1,4}})\)$"
)
#: An office in capitals with the holder in brackets, over up to four lines, as a written
#: parliamentary answer names who answers ("THE MINISTER OF STATE (INDEPENDENT CHARGE) OF THE
#: MINISTRY OF ... AND DEPARTMENT OF SPACE (DR. JANE ROE)"): the holder's bracket ends it.
_CAPS_OFFICE = re.compile(
    r"^(?:THE\s+)?(?:[A-Z]+\s+){0,3}(?:MINISTER|SECRETARY)\b[A-Z ,.'’&()\n-]{0,400}"
    r"\((?P<name>(?:(?:DR|SHRI|SMT|PROF|MR|MS|MRS)\.?\s+)?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,4})\)$"
)
#: A name alone on its line, with an optional title.
_ALONE = re.compile(rf"^(?:{_TITLE}\s+)?(?P<words>{_NAME}(?:\s+{_NAME}){{0,3}})$")
#: The chair's forms of address that label its turns in such a record.
_CHAIR = re.compile(
    r"^(?:(?:Mr|Madam)\s+(?:Deputy\s+)?Speaker|(?:Mr|Madam)\s+Chair(?:man)?|"
    r"The\s+(?:Deputy\s+)?(?:Speaker|Chair(?:man|woman)?))$"
)
#: A paragraph that reads as speech: a sentence's or a clause's end, or eight words or more.
_SPEECH_END = re.compile(r"[.!?:;,—–\"”’)]$")


def _words(name: str) -> set[str]:
    """The words of a name without its title."""
    return {w for w in name.split() if not re.fullmatch(_TITLE, w)}


@dataclass
class SpeakerLines:
    """Reads a document's paragraphs in order and tells which are speaker lines; remembers
    the speakers named so far (for the name alone)."""

    names: list[set[str]] = field(default_factory=list)

    def form(self, text: str) -> str:
        """Which form of speaker line ``text`` is ("member", "office", "name", "chair"), or
        empty; does not remember the name."""
        text = " ".join(text.split())
        if _MEMBER.match(text):
            return "member"
        if _CAPS_OFFICE.match(text):
            return "office"
        if _OFFICE.match(text):
            return "office"
        if not self.names:
            return ""
        if _CHAIR.match(text):
            return "chair"
        alone = _ALONE.match(text)
        if alone and any(_words(alone["words"]) <= known for known in self.names):
            return "name"
        return ""

    def at(self, paras: list[Paragraph], i: int) -> bool:
        """Whether paragraph ``i`` is a speaker line: one line that has a speaker line's form,
        with speech after it. Remembers the name of a member's or an office's line."""
        p = paras[i]
        if i + 1 >= len(paras) or not (
            (p.lines == 1 and len(p.text) <= 200)
            or (p.lines <= 4 and _CAPS_OFFICE.match(" ".join(p.text.split())))
        ):
            return False
        form = self.form(p.text)
        if not form or self.form(paras[i + 1].text) or not is_speech(paras[i + 1].text):
            return False
        line = " ".join(p.text.split())
        m = _MEMBER.match(line) or _OFFICE.match(line) or _CAPS_OFFICE.match(line)
        if m:
            self.names.append(_words(m["name"]))
        return True


def is_speech(text: str) -> bool:
    """Whether a paragraph reads as speech rather than a heading: it ends as a sentence or a
    clause does ("I beg to move,", "Will the hon. Lady give way?"), or runs to eight words."""
    text = text.strip()
    return bool(_SPEECH_END.search(text)) or len(text.split()) >= 8
