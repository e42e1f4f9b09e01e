"""A short question that only asks where a side stands: no claim of its own.

Hearings, press briefings, interviews and blog commentaries move from one side to the next with
a short question: "Where does that leave the United Kingdom?", "Where does entcountry fit?",
"What is entcountry's response?", "And the agency, where does it stand?". The question names a
side and, by its place in a text about rivals, draws the competition head, but it states,
reports or judges no relation: it asks for the position the next sentences give (annotation
guide: a sentence is judged on its own; a question that asks about a relation, "Is there any
room for working with entcountry?", still carries it). Blind dev (twentieth round): three such
questions in three documents of three families (hearings, papers, statements) were called
competition, and every other short question of this kind is neutral.

:func:`asks_standing` recognises it: a question of at most :data:`MAX_WORDS` words that asks
where a side is left, fits, stands or sits, or what its response, reaction, position, view or
answer is, with no word of a relation of its own (a rivalry, threat, dependence, cooperation or
the like: those are left to the heads and the other rules).

This module imports nothing of the project.
"""

from __future__ import annotations

import re

#: The longest question read as one that only asks where a side stands.
MAX_WORDS = 10

_STANDING = re.compile(
    r"\bwhere\s+(?:does|do|did|will|would|should|can)\s+(?:[\w'’.-]+\s+){1,5}?"
    r"(?:leave|fit|stand|sit)\b"
    r"|\bwhat\s+(?:is|are|was|were|will\s+be)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:response|reaction|position|view|answer)\b"
)
#: Words of a relation of its own, which a question may ask about.
_RELATION = re.compile(
    r"\b(?:rival\w*|race|compet\w*|threat\w*|depend\w*|relian\w*|cooperat\w*|co-operat\w*|"
    r"collaborat\w*|partner\w*|together|join\w*|sign\w*|agree\w*|ban\w*|sanction\w*|"
    r"conflict\w*|war|weapon\w*|attack\w*|camp|camps|bloc|blocs|choose|side|sides)\b"
)


def asks_standing(text: str) -> bool:
    """Is the (masked) sentence ``text`` a short question that only asks where a side stands
    (the module docstring's form)?"""
    stripped = text.strip()
    if not stripped.endswith("?") or len(stripped.split()) > MAX_WORDS:
        return False
    low = stripped.lower()
    return bool(_STANDING.search(low)) and not _RELATION.search(low)


__all__ = ["MAX_WORDS", "asks_standing"]
