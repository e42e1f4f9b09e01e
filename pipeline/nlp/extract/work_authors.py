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

A pure function of the text, so its table test reads plain strings.
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


def work_authors(text: str) -> frozenset[str]:
    """The authors a review's citation bylines name (full names, as written)."""
    out: set[str] = set()
    for m in _BYLINE.finditer(text):
        out.update(re.findall(_NAME, m["names"]))
    return frozenset(" ".join(n.split()) for n in out)
