"""A factbox's lines: the fields of a box of facts that a news story or an explainer sets apart
from its running text ("FACTBOX: NIGERIA IN SPACE" over "Satellites launched: 7 (first in
2003)", "Key facts" over "- Budget: EUR 10.6 billion").

The rule (:func:`is_fact_line`): under a heading that names such a box (a factbox, key, fast or
quick facts, facts and figures, a fact file; a title ending "at a glance", "in numbers", "by
the numbers"), a line that is a field's name of one to five words, a colon and a short value is
no sentence of the story but a cell of the box (excluded as ``table``). A line of prose under
such a heading stays running text, and so does a field line under any other heading (a
definition, a speaker's turn).
"""

from __future__ import annotations

import re

#: A factbox's title ("FACTBOX: NIGERIA IN SPACE", "Key facts", "Fast facts", "The programme
#: at a glance", "IRIS² in numbers"), in small letters without punctuation.
_FACTBOX = re.compile(
    r"^(?:factbox|fact box|key facts|fast facts|quick facts|facts and figures|fact file)\b"
    r"|\b(?:at a glance|in numbers|by the numbers)$"
)
#: A factbox's line: a field's name of one to five words, a colon and a short value
#: ("Satellites launched: 7 (first in 2003)", "Budget: EUR 10.6 billion, public and private").
_FACT_LINE = re.compile(r"^[A-Z][\w'’&/()-]*(?: [\w'’&/()-]+){0,4}: \S.{0,120}$")


def is_fact_line(text: str, section: str) -> bool:
    """Whether ``text``, a paragraph under the section headed ``section``, is a factbox's line."""
    key = " ".join(re.sub(r"[^\w\s]", " ", section.lower()).split())
    return bool(key and _FACT_LINE.match(text) and _FACTBOX.search(key))
