"""A news story's correction notice: the newsroom's note on what an earlier version of the story
got wrong ("Correction (20.11.2026): An earlier version of this article gave the wrong month
...", "Clarification, March 20, 2026: This story has been updated to ..."), printed under the
story or above it.

The rule (:func:`is_correction_notice`): a paragraph that opens with the notice's label
("Correction", "Corrections", "Clarification", "Editor's note", perhaps with its date in
brackets or after a comma) and a colon, and speaks of the story itself ("an earlier version of
this article", "this story has been corrected / updated / amended"). It is the editor's text
about the text, not the story's own claims (excluded as ``back_matter``). A sentence of the
story that reports a correction ("The agency issued a correction on Monday") opens with no
such label and stays running text.
"""

from __future__ import annotations

import re

from pipeline.ingest.factbox import is_fact_line
from pipeline.ingest.minutes import is_attendance, is_sitting_note

_LABEL = re.compile(
    r"^(?:Corrections?|Clarification|Editor['’]s [Nn]ote)"
    r"(?:[^\S\n]*\([^()\n]{1,40}\)|,[^\S\n]*[^:\n]{1,40})?[^\S\n]*:[^\S\n]"
)
_ABOUT_THE_STORY = re.compile(
    r"\b(?:an? (?:earlier|previous) version of this|this (?:article|story|report|piece|item)"
    r" (?:has been|was) (?:corrected|updated|amended|changed))",
    re.IGNORECASE,
)


def is_correction_notice(text: str) -> bool:
    """Whether a paragraph is a news story's correction notice (see the module's rule)."""
    return bool(_LABEL.match(text) and _ABOUT_THE_STORY.search(text))


def furniture_line(text: str, section: str, *, opened: bool = False) -> str:
    """The excluded kind of a paragraph under the section headed ``section`` that is a box's,
    a newsroom's or a record's furniture: a factbox's line (``table``), a correction notice
    (``back_matter``), a minutes' sitting note (``speaker``) or attendance line
    (``front_matter``; ``opened``: the section already holds running text); empty for anything
    else."""
    if is_fact_line(text, section):
        return "table"
    if is_correction_notice(text):
        return "back_matter"
    if is_sitting_note(text):
        return "speaker"
    return "front_matter" if is_attendance(text, section, opened=opened) else ""
