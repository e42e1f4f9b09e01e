"""Whether a text reads as an encyclopedia article (:func:`reads_as_reference`), which has no
date of its own, and the document-date sources that still date one (``_REFERENCE_SOURCES``)."""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.labels import _WORD

#: An encyclopedia article's opening: its subject (a name that opens with a capital, perhaps
#: in bold, perhaps followed by brackets: "**Mir** (Russian: ...)", "The Artemis program") and
#: "is a", "was an", "are the": the sentence defines the subject instead of reporting news.
_DEFINING_OPENING = re.compile(
    r"(?:The\s+)?(?:\*\*)?[A-Z0-9][\w'’.-]*(?:\s+[\w'’.-]+){0,7}?(?:\*\*)?"
    r"(?:\s*\((?:[^()]|\([^()]*\))*\))*,?\s+(?:is|was|are|were)\s+(?:a|an|the|one\s+of)\s"
)
#: Section headings of an encyclopedia ("See also", "External links"; not "References",
#: which a scholarly paper has too).
_REFERENCE_SECTIONS = re.compile(r"^[ \t#*=]*(?:See also|External links)[ \t#*=]*$", re.MULTILINE)
#: The sources that still date a text that reads as a reference article: the ones a layout or
#: a label makes the text's own (a "Last updated" line, a dateline, a date line under the
#: title), not a date its running text names (a launch, a signing it recounts).
_REFERENCE_SOURCES = frozenset(
    {
        "date line",
        "order heading",
        "dateline",
        "Federal Register",
        "issuing line",
        "wire dateline",
        "head line",
        "title date",
        "editor's note",
        "foot date line",
    }
)


def reads_as_reference(text: str) -> bool:
    """Whether the text reads as an encyclopedia article, which has no date of its own (it is
    revised without end; the dates it names are its subject's): the first paragraph of the body
    (a line of at least eight words) defines its subject ("Mir was a space station ...", "The
    Artemis program is a ..."), or the text has an encyclopedia's closing sections ("See also",
    "External links"). Such a text is still dated by a date line, a dateline or a date under
    its title (``_REFERENCE_SOURCES``), not by the dates its running text names."""
    if _REFERENCE_SECTIONS.search(text):
        return True
    for paragraph in re.split(r"\n\s*\n", text[:4000])[:12]:
        lines = [line for line in paragraph.split("\n") if line.strip()]
        if not lines or len(_WORD.findall(paragraph)) < 8 or not paragraph.rstrip().endswith("."):
            continue  # the title, an infobox's line, a caption
        if len(lines) > 1 and len(_WORD.findall(lines[0])) < 8:
            lines = lines[1:]  # a title on the paragraph's first line
        return bool(_DEFINING_OPENING.match(" ".join(line.strip() for line in lines)))
    return False
