"""Authors of a reviewed work are sources, not actors.

A book review opens with the reviewed work's citation: its title, then a byline with its
publisher and year ("By Ann Roe. Cambridge, MA: Harbour Press, 2026. xiv + 312 pp."; "Edited by
Ann Roe and Li Wei. London: ..."). The review then names the author throughout ("Roe argues
...", "Roe writes"), and the person rules read "Ann Roe" as a person named in full and each
"Roe" as that person. The guide (round 19, "authors of works and journalists are sources, not
actors") leaves the author of a reviewed or cited work unmarked: actors are the parties space
affairs are about, and the author is the source of a claim about them.

The form is the citation's byline: "By" (or "Edited by") and one to four names at the start of
a line, a full stop, then a place, a colon, a publisher and a year, as every reference style
prints a book. A byline without the publisher and year ("By Ann Roe, Reuters") is a news
story's, whose writer the persons rules already pass over; it is not read here.

The guide's round-21 decision carries the rule to journalists a text names or addresses: a
broadcast transcript or a story that introduces its own reporter by a newsroom title before the
name ("Our Pacific affairs reporter Ana Ruiz has been following the talks", "our correspondent
Tom Berg") names the source of what it tells, not a party to space affairs, and so are the later
mentions of that person ("Ana Ruiz there, in Suva"). The form is the title noun in the singular,
in lower case, right before a full name (``newsroom_journalists``): "told reporters" (plural, no
name), a "spokesperson" (who speaks for a body and stays an actor) and "Reporters Without
Borders" (a body) do not match.

Pure functions of the text, so their table tests read plain strings.
"""

from __future__ import annotations

import re

#: A name of two to four capitalised words ("Tomasz Wierzbicki", "Mary-Ann de Souza Lima").
_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|da|van|von|der|del|la|le|bin|al)\s+)?[A-Z][\w'’.-]+){1,3}"
#: The citation's byline: names, a full stop, "Place[, ST]: Publisher, Year".
_BYLINE = re.compile(
    r"(?:^|\n)\s*(?:Edited\s+by|By|by)\s+(?P<names>" + _NAME + r"(?:\s*(?:,|and|&)\s*"
    r"(?:and\s+)?" + _NAME + r"){0,3})\s*(?:\(eds?\.\)\s*)?\.\s+"
    r"[A-Z][\w .'-]{1,40}(?:,\s*[A-Z][\w.]{1,5})?:\s+[^,\n]{2,80},\s+(?:1[89]|20)\d\d\b"
)


#: A newsroom title in the singular right before a full name: the text's own journalist.
_JOURNALIST = re.compile(
    r"\b(?:reporter|correspondent|presenter|anchor|journalist|newsreader)\s+(?P<name>"
    + _NAME
    + r")"
)


def newsroom_journalists(text: str) -> frozenset[str]:
    """The full names a text introduces with a newsroom title ("our reporter Ana Ruiz"): the
    guide's sources (round 21), whose mentions are no actors."""
    return frozenset(" ".join(m["name"].split()) for m in _JOURNALIST.finditer(text))


def work_authors(text: str) -> frozenset[str]:
    """The authors a review's citation bylines name (full names, as written)."""
    out: set[str] = set()
    for m in _BYLINE.finditer(text):
        out.update(re.findall(_NAME, m["names"]))
    return frozenset(" ".join(n.split()) for n in out)
