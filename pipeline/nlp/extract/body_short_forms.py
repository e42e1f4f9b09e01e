"""Which named body a body's bare head word ("the Committee", "the Agency") refers to.

The guide's round-19 decision (ANNOTATION_GUIDE, "A short self-name of a named body is that
body"): a definite short form in capitals refers to the one body the text names in full with
that head word. Read here from the document's title (:func:`title_owners`): in the UAE Space
Agency's own report "the Agency" is that agency throughout, also after another agency is
named; so is "the Committee" of the "Report of the Committee on the Peaceful Uses of Outer
Space", whose name goes on after its head word with its remit ("on", "of", "for") and which
the title names as the body whose document it is ("Report of the ..."). A title that is only
such a body's name (an encyclopedia article "United Nations Office for Outer Space Affairs")
does not make its "the Office" that body: the real dev gold leaves it unmarked there, and so
it stays (a conflict with the guide's decision the lead knows of). A pure function over words
and the actor matcher's forms.

Only a body's head word (``BODY_HEADS``), not an instrument's ("the Agreement", which
``self_reference`` resolves) or a programme's.
"""

from __future__ import annotations

from collections.abc import Mapping

#: Head words of bodies (not of instruments or programmes) whose short form ("the Agency") a
#: body's own document uses for itself.
BODY_HEADS = frozenset(
    [
        "Agency", "Administration", "Corporation", "Commission", "Committee", "Council",
        "Academy", "Institute", "Office", "Organization", "Organisation", "Authority", "Bureau",
        "Ministry", "Department", "Secretariat", "Centre", "Center",
    ]
)  # fmt: skip
#: The words after a head word that go on with the body's remit ("Committee on ...").
_REMIT = ("of", "on", "for")
#: How many words a name may run before its head word, and after it with its remit.
_BEFORE = 8
_AFTER = 9


def _owned(words: list[str], start: int) -> bool:
    """Whether the name that opens at ``start`` of the title's ``words`` follows "of" or "of
    the": the title names a document of that body ("Report of the Committee on ..."), not the
    body alone (an article about it)."""
    before = [w.lower() for w in words[max(0, start - 2) : start]]
    return before[-1:] == ["of"] or before == ["of", "the"]


def title_owners(title: str, forms: Mapping[str, str], heads: frozenset[str]) -> dict[str, str]:
    """``{head word: actor}`` of the bodies ``title`` names, each by a name in ``forms`` (the
    matcher's ``{form: actor}``) that ends in the head word (two words or more), or that goes on
    after it with its remit where the title names a document of that body ("Report of the
    Committee on ...", :func:`_owned`); only head words in ``heads`` and ``BODY_HEADS``, and
    only when the title names one body with that head."""
    words = [w.strip(",.:;()[]") for w in title.split()]
    found: dict[str, set[str]] = {}
    for end, word in enumerate(words):
        if word not in BODY_HEADS or word not in heads:
            continue
        names = [" ".join(words[start : end + 1]) for start in range(max(0, end - _BEFORE), end)]
        if end + 1 < len(words) and words[end + 1] in _REMIT:
            names += [
                " ".join(words[start:stop])
                for stop in range(min(len(words), end + 1 + _AFTER), end + 2, -1)
                for start in range(max(0, end - _BEFORE), end + 1)
                if _owned(words, start)
            ]
        actor = next((a for n in names if (a := forms.get(n)) is not None), None)
        if actor is not None:
            found.setdefault(word, set()).add(actor)
    return {word: next(iter(a)) for word, a in found.items() if len(a) == 1}
