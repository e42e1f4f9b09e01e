"""Which named body a body's bare head word ("the Committee", "the Agency") refers to.

The guide's round-19 decision (ANNOTATION_GUIDE, "A short self-name of a named body is that
body"): a definite short form in capitals refers to the one body the text names in full with
that head word, in its title or in its text. Two forms of naming are read here, both pure
functions over words and the actor matcher's forms:

- **The title's body** (:func:`title_owners`): in the UAE Space Agency's own report "the Agency"
  is that agency throughout, also after another agency is named; so is "the Committee" of the
  "Report of the Committee on the Peaceful Uses of Outer Space", whose name goes on after its
  head word with its remit ("on", "of", "for").
- **The one body named for its remit** (:func:`sole_remit_bodies`): "the Committee" of a text
  whose only committee is "the Joint Committee on Enterprise, Trade and Employment". When the
  text names two bodies with that head (its own committee and the appropriations committee) the
  short form stays unread, as the guide says.

Only a body's head word (``BODY_HEADS``), not an instrument's ("the Agreement", which
``self_reference`` resolves) or a programme's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipeline.nlp.extract.names import head_word

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


def title_owners(title: str, forms: Mapping[str, str], heads: frozenset[str]) -> dict[str, str]:
    """``{head word: actor}`` of the bodies ``title`` names, each by a name in ``forms`` (the
    matcher's ``{form: actor}``) that ends in the head word (two words or more) or goes on
    after it with its remit; only head words in ``heads`` and ``BODY_HEADS``, and only when the
    title names one body with that head."""
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
            ]
        actor = next((a for n in names if (a := forms.get(n)) is not None), None)
        if actor is not None:
            found.setdefault(word, set()).add(actor)
    return {word: next(iter(a)) for word, a in found.items() if len(a) == 1}


def heads_of_forms(forms: Iterable[str]) -> set[str]:
    """The body head words (``BODY_HEADS``) of a listed actor's names of two words or more:
    "COPUOS", written by its acronym, is still a committee ("Committee on the Peaceful Uses of
    Outer Space")."""
    out: set[str] = set()
    for form in forms:
        words = form.split()
        if len(words) >= 2:
            out |= {w for w in (words[-1], head_word(words)) if w in BODY_HEADS}
    return out


def sole_remit_bodies(
    remits: Mapping[str, set[str]], others: Mapping[str, set[str]]
) -> dict[str, str]:
    """``{head word: actor}`` for each head word in ``BODY_HEADS`` whose only named body is
    one named for its remit: ``remits`` are the actors named "<Head> of / on / for ...", by
    head word, ``others`` the other bodies of that head the text names (by a name that ends
    in it, "Debris Coordination Committee", or by an acronym of such a name, "COPUOS"); a
    head word with two bodies among both gives nothing."""
    out: dict[str, str] = {}
    for word, named in remits.items():
        bodies = named | others.get(word, set())
        if word in BODY_HEADS and len(bodies) == 1:
            out[word] = next(iter(bodies))
    return out
