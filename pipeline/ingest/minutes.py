"""A committee's minutes: its notes of the sitting and its attendance lists, furniture of the
record rather than anyone's speech.

- A sitting note (:func:`is_sitting_note`): a paragraph that is only the clock time of the
  sitting, perhaps with what happened then ("(10:03 Meeting opened)", "Convened at 9:00 a.m.",
  "Adjourned at 11:52 a.m.", "Sitting suspended.", "[10:02]", "9.30 am"), as Korean, Japanese,
  Westminster and Australian records print them between the turns: a record's note
  (``speaker``, as "[Whereupon, the committee adjourned.]" is).
- An attendance line (:func:`is_attendance`): "Members present: ...", "In attendance: ...",
  "Apologies: ..." with the names after the colon, or a line without a sentence's end under a
  heading that lists who attended or what the meeting took up ("Members present (6)",
  "Government witnesses present", "Agenda", "Matter referred to the Committee"), before the
  first sentence under it: ``front_matter``, as a hearing's roster is. A sentence under such a
  heading, and what follows it, stay running text.
"""

from __future__ import annotations

import re

_TIME = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[^\S\n]*[ap]\.?m\.?)?"
#: The sitting, named without an article: "The hearing closed at 16.44." is a sentence of a
#: summary, "Sitting suspended." a note.
_BODY = r"(?:meeting|sitting|session|committee|hearing|house)"
_EVENT = r"(?:opened|adjourned|suspended|resumed|closed|convened|began|ended)"
_SITTING_NOTE = re.compile(
    rf"^[\[(]?(?:{_TIME}(?:[^\S\n]+{_BODY})?(?:[^\S\n]+{_EVENT})?"
    rf"|{_BODY}[^\S\n]+{_EVENT}(?:[^\S\n]+at[^\S\n]+{_TIME})?|{_EVENT}[^\S\n]+at[^\S\n]+{_TIME})"
    r"[\])]?\.?$",
    re.IGNORECASE,
)
#: Who attended or what was taken up: the heading's words, in small letters.
_ATTENDANCE = (
    r"(?:(?:members|senators|deputies|government officials|government witnesses|officials|"
    r"witnesses|others|also) )?(?:present|in attendance)|attendance|attendees|apologies"
    r"(?: for absence)?|(?:members )?absent"
)
_ATTENDANCE_HEADING = re.compile(
    rf"^(?:{_ATTENDANCE}|agenda(?: items?)?|order of business|matters? referred to the committee)"
    r"(?: \d{1,3})?$"
)
_ATTENDANCE_LINE = re.compile(rf"^(?i:{_ATTENDANCE})[^\S\n]*:[^\S\n]+[A-Z]")


def is_sitting_note(text: str) -> bool:
    """Whether a paragraph is a minutes' note of the sitting's time (see the module)."""
    return len(text) <= 60 and bool(_SITTING_NOTE.match(text.strip()))


def is_attendance(text: str, section: str, *, opened: bool = False) -> bool:
    """Whether a paragraph under the section headed ``section`` is an attendance line;
    ``opened``: the section already holds running text (the list under the heading is over)."""
    if _ATTENDANCE_LINE.match(text) and len(text) <= 600 and text.count(". ") <= 1:
        return True
    key = " ".join(re.sub(r"[^\w\s]", " ", section.lower()).split())
    return bool(
        key
        and not opened
        and _ATTENDANCE_HEADING.match(key)
        # a sentence's end; a dot leader to a witness's name is none ("Agency ...... ROE Jo")
        and not re.search(r"(?<!\.)[.!?]$", text)
    )


def is_attendance_heading(text: str) -> bool:
    """Whether a line alone is the heading of an attendance list or an agenda ("Members present
    (6)", "Agenda"), a heading however short the list under it."""
    key = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
    return len(text) <= 60 and bool(_ATTENDANCE_HEADING.match(key))


#: A Korean record's turn label after its mark ("○ Administrator of the Korea AeroSpace
#: Administration YOON Jae-hwan:", "○ KIM Do-hyun Member:"): up to twelve capitalised or small
#: words and a colon, with the romanised name (family name in capitals, hyphenated given name),
#: which an outline's bullet before a heading lacks ("○ Budget:", "○ ESA Partnership:").
MARKED_LABEL = (
    r"[○◯〇][^\S\n]*(?=[^:\n]*\b[A-Z]{2,}[^\S\n]+[A-Z][a-z]+-[a-z]+\b)"
    r"[A-Z][\w'’.-]*(?:[^\S\n]+(?:[A-Z][\w'’.-]*|of|the|and|for|on)){0,11}:\s+"
)
MARKED_LABEL_START = re.compile(MARKED_LABEL)
