"""A body an instrument sets up or names once in full with a quoted short name after
"hereinafter": 'the Joint Working Group on Space Surveillance in Northern Europe (hereinafter
"the Working Group")', 'the Ruritania–Freedonia Joint Working Group on Space Cooperation
(hereinafter "the JWG")'.

Instruments, terms of reference and agreed minutes name a joint body, a committee or a mission
once in full and then only by the short name they define for it; the guide reads every later
use of the short name as that body (round 19, "a short self-name of a named body is that body").
The self-reference component already reads a one-word term that is a word of the name ('(the
"Council")'); this reads the form whole:

- the term may be several words of the name ("the Working Group" of "Joint Working Group on
  ...") or an acronym of the name's capitalised words ("JWG" of "Joint Working Group"), in
  quotes;
- the full name runs to the parenthesis: the statistical NER often stops at a lower-case word
  inside it ("... Responsive Launch in Northern Europe"), and a pair of states written with a
  dash before the body's words is part of its name ("Ruritania–Freedonia Joint Working
  Group"), not two states of their own.

A pure function over the text and the actor mentions found in it, so its table test reads plain
strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Lower-case words that continue a name between capitalised ones ("... Launch in Northern
#: Europe", "... Group on Space Cooperation").
_GLUE = r"(?:in|of|for|on|and|the)"
#: What may continue a name up to the definition: glue words and capitalised words.
_REST = re.compile(r"(?:\s+(?:" + _GLUE + r"|[A-Z][\w’'-]*))*")
#: The definition: ' (hereinafter "the Working Group")', ', hereinafter referred to as "the JWG"'.
_DEFINED = re.compile(
    r"\s*,?\s*\(?\s*hereinafter\s+(?:jointly\s+)?(?:referred\s+to\s+as\s+|called\s+)?"
    r"[“\"](?:the\s+)?(?P<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[”\"]"
)
#: Capitalised words (with a dash between two: "Ruritania–Freedonia") right before a name,
#: after "the" or a line's start: the name's own first words.
_LEFT = re.compile(r"(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<=^))((?:[A-Z][\w’'-]*[–-][A-Z][\w’'-]*|"
                   r"Joint|Bilateral|Trilateral)\s+)+$", re.MULTILINE)  # fmt: skip
#: Words a body's initials pass over.
_SMALL = frozenset({"in", "of", "for", "on", "and", "the"})


def _initials(name: str) -> str:
    words = re.split(r"[\s–-]+", name)
    return "".join(w[0] for w in words if w and w.lower() not in _SMALL and w[0].isupper())


def _is_short_of(term: str, name: str) -> bool:
    """Whether ``term`` is several of the name's words in order ("Working Group") or the
    initials of a run of them ("JWG" of "Ruritania–Freedonia Joint Working Group on ...")."""
    words = name.split()
    parts = term.split()
    if len(parts) > 1 and all(p in words for p in parts):
        return True
    return len(parts) == 1 and term.isupper() and len(term) >= 2 and term in _initials(name)


def defined_names(
    text: str, names: Sequence[tuple[int, int, str]]
) -> list[tuple[int, int, str, list[tuple[int, int]]]]:
    """``(start, end, name, uses)`` for each actor mention of ``names`` (``(start, end,
    text)``, the bodies the NER found) that a quoted "hereinafter" term follows: the full
    name's span and text (the mention widened to the parenthesis and over a dashed pair of
    states before it) and the ``(start, end)`` of every later use of the term."""
    out = []
    for start, end, _ in names:
        rest = _REST.match(text, end)
        stop = rest.end() if rest else end
        defined = _DEFINED.match(text, stop)
        while defined is None and stop > end:  # back off to the continuation that reaches it
            stop = text.rfind(" ", end, stop)
            stop = end if stop < end else stop
            defined = _DEFINED.match(text, stop)
        if defined is None:
            continue
        left = _LEFT.search(text[max(0, start - 80) : start])
        first = start - len(left.group(0)) if left else start
        name = " ".join(text[first:stop].split())
        term = defined["t"]
        if not _is_short_of(term, name):
            continue
        pattern = r"(?<![\w-])" + re.escape(term).replace(r"\ ", r"\s+") + r"(?![\w-])"
        uses = [m.span() for m in re.finditer(pattern, text) if m.start() >= defined.end()]
        out.append((first, stop, name, uses))
    return out
