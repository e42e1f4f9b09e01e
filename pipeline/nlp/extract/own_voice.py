"""Who a text's "we" is when its title does not say: the agency of its masthead or headline, and
the group of states a statement is delivered for.

Two conventions of the head of a text (the lines over its body), each of a register:

- **An agency's own page or a story about its official.** A web page under an agency's masthead
  ("PhilSA | Philippine Space Agency" over a head's blog post) and an interview whose headline
  opens with the agency ("KASA exploration chief says ...") let the agency's people speak: their
  "we" and "our teams" are the agency, not its state (the guide's "the 'we' of an agency's own
  text"; the state stays a side where the sentence names it in its own right). The rule reads
  the text's first actor when it stands in the text's first characters (a masthead or a
  headline), is an agency of the state the text speaks for, and the title names no actor (a
  title that names one says who speaks: ``claim_sides.document_principals``). A committee that
  heads a hearing's record is no agency whose people speak: its members speak for their state;
  nor is a foreign ministry or a diplomatic mission, whose "we" is its state's (the guide's
  spokesperson rule).
- **A statement on behalf of a group of states.** A statement delivered at a UN body "on behalf
  of the Group of 77 and China" (the African Group, the Group of 21, ...) speaks for the group,
  whatever mission's letterhead it is printed under or whoever delivers it: its "we" and "our
  members" are the group (the same group the text calls "the Group",
  ``home_bodies.own_group``).

Pure functions over the text and the actor mentions, so their table tests read plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from pipeline.nlp.extract.claim_sides import (
    FOREIGN_MINISTRY,
    OBJECT_TYPES,
    Principals,
    document_principals,
)
from pipeline.nlp.extract.home_bodies import STATE_GROUPS
from pipeline.nlp.extract.own_committee import is_committee_name

#: How far a masthead or a headline reaches into a text (characters).
HEAD_CHARS = 200
#: "on behalf of" in a heading line ("STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA",
#: "Statement delivered on behalf of the African Group").
_ON_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.I)
#: How many characters of the text's head a group statement's heading may stand in.
_GROUP_HEAD_CHARS = 600
#: The longest line read as a heading.
_HEADING_CHARS = 120
#: Foreign ministries and diplomatic missions, which speak for their state: under their
#: masthead ("Federal Foreign Office | News", "Embassy of ... | Remarks") the "we" is the state.
_DIPLOMATIC = re.compile(
    FOREIGN_MINISTRY.pattern + r"|Department of State|State Department|Global Affairs"
    r"|Foreign, Commonwealth|\bFCDO\b|\bEmbassy\b|Permanent Mission|\bMOFA\b"
)


def masthead_agency(
    mentions: Iterable[tuple[int, str, str, str]], state: str, title_names_actor: bool
) -> str:
    """The agency whose masthead or headline opens the text: the first of ``mentions``
    (``(start_char, canonical, type, country)`` in text order) when it starts within
    :data:`HEAD_CHARS`, is an agency of ``state`` (the state the text speaks for), no
    committee and no foreign ministry or mission (:data:`_DIPLOMATIC`), and
    ``title_names_actor`` is false; else ""."""
    if title_names_actor or not state:
        return ""
    for start, name, kind, country in mentions:
        if start >= HEAD_CHARS:
            return ""
        if kind != "agency" or country != state or is_committee_name(name):
            return ""
        if _DIPLOMATIC.search(name):
            return ""
        return name
    return ""


def group_speaker(
    text: str, mentions: Sequence[tuple[int, str, str]], headings: Sequence[str] = ()
) -> str:
    """The group of states a statement is delivered for: the one of :data:`STATE_GROUPS` that a
    heading line (one of ``headings``, the document's title and headings, or a line in the head
    of ``text``: a line of its own, not a sentence: "STATEMENT ON BEHALF OF THE GROUP OF 77 AND
    CHINA") names after "on behalf of", by the words of one of its ``mentions`` in the text
    (``(start_char, canonical, surface)``), in any case; else "".
    A sentence of the body that names a group's statement ("Peru fully supports the statement
    that Ghana delivered on behalf of the Group of 21") is no heading: the speaker is a member."""
    forms = {
        re.sub(r"^the\s+", "", surface.lower()): name
        for _, name, surface in mentions
        if name in STATE_GROUPS
    }
    for line in (*headings, *text[:_GROUP_HEAD_CHARS].splitlines()):
        line = line.strip()
        found = _ON_BEHALF.search(line)
        if not found or len(line) > _HEADING_CHARS or line.endswith((".", ";", ":")):
            continue
        rest = re.sub(r"^the\s+", "", line[found.end() :].strip().lower())
        for form, name in forms.items():
            if rest.startswith(form):
                return name
    return ""


def with_own_voice(
    principals: Principals, doc: Doc, actors: Sequence[Span], titled: bool
) -> Principals:
    """``principals`` with the voice of a group statement (:func:`group_speaker`) or of an
    agency's masthead (:func:`masthead_agency`) when one holds and they have no voice of their
    own; ``actors`` are the text's actor spans in order, ``titled`` whether the title names an
    actor. A joint text or an instrument keeps its signatories."""
    if principals.voice or principals.joint or principals.signatories:
        return principals
    meta = doc._.sc_metadata if Doc.has_extension("sc_metadata") else None
    headings = [doc._.sc_title or "", *(getattr(meta, "headings", None) or [])]
    named = [(a.start_char, a.kb_id_, a.text) for a in actors]
    group = group_speaker(doc.text, named, headings)
    mentions = (
        (a.start_char, a.kb_id_, a.label_, a._.sc_actor_country)
        for a in actors
        if a.label_ not in OBJECT_TYPES
    )
    state = principals.actors[0] if principals.actors else ""
    voice = group or masthead_agency(mentions, state, titled)
    return replace(principals, voice=voice) if voice else principals


def voiced_principals(
    title_actors: Sequence[tuple[str, str, str]], actors: Sequence[Span], doc: Doc
) -> Principals:
    """The document's principals (``claim_sides.document_principals``, from the actors
    ``(canonical, type, country)`` of its title and the actor spans of its text) with the voice
    of its head (:func:`with_own_voice`)."""
    body = ((a.kb_id_, a.label_, a._.sc_actor_country) for a in actors)
    principals = document_principals(title_actors, body, title=doc._.sc_title or "")
    return with_own_voice(principals, doc, actors, bool(title_actors))
