"""Who "the Parties" of an instrument are when its title does not give them as states.

The party rules read "the Parties", "each Party", "the other Party" of an agreement as the
signatories the title names (``claim_sides.principal_mentions``); the title's agencies and
persons count as their states, which is right for an agreement between governments and wrong
for two other forms that agreements share:

- **An arrangement between agencies.** "Implementing Arrangement between the Canadian Space
  Agency and the Italian Space Agency concerning ...", "Memorandum of Understanding between
  KASA and CNES": its Parties are the two agencies (ANNOTATION_GUIDE, "The Parties of an
  agreement": "an agreement between two governments (or agencies)"), not Canada and Italy
  (``title_signatories``); so are the two agencies whose joint letterhead heads an annex or
  arrangement with no "between" in its title (``letterhead_signatories``).
- **Parties the text defines.** "The Government of X and the Government of Y, hereinafter
  referred to as the Parties," (quoted or not), "X and Y (the Sides)", "X and Y, jointly
  referred to as the Participants", "X and Y, each a Participant": the instrument names its
  parties in its preamble, whatever its title says (a protocol whose title is the one word
  "PROTOCOL"); the defined word ("Sides", "Participants") is then the Parties' word as well
  (``defined_signatories``).
- **Three or more parties the text defines.** "The Government of X, the Government of Y and
  the Government of Z, hereinafter jointly referred to as "the Contracting Parties"": a
  trilateral instrument names its parties as a bilateral one does; "the Contracting Parties",
  "each Contracting Party" of such a text are those parties (a convention open to any state,
  whose preamble names none, keeps the party term "Contracting Parties").

- **Parties in the final clauses.** "shall enter into force thirty days after each Party has
  notified the other": the party rules hold a background clause of time to name no side, but
  there the instrument's Parties act (``acting_parties``).

A preamble's list of agencies may name each agency's state after it ("the Geo-Informatics and
Space Technology Development Agency (GISTDA) of the Kingdom of Thailand", each referred to
individually as a "Participant"): that state says whose agency it is and is no party.

Pure functions over the title, the text and actor tuples ``(start char, end char, canonical,
type)``; ``claim_structure`` gives their result to ``claim_sides.Principals.signatories``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.nlp.extract.claim_sides import Mention, Principals, party_term_mentions
from pipeline.nlp.extract.parse_words import SUBJECT_DEPS
from pipeline.schema import OBJECT_ACTOR_TYPES

#: An actor found in a text: start char, end char, canonical name, type.
CharActor = tuple[int, int, str, str]
#: The party term of legal texts ("Contracting Parties", ``claim_sides.PARTY_TERMS``) that an
#: instrument may define for the parties its preamble names.
CONTRACTING = "Contracting Parties"

#: Words of a binding instrument in a title.
_INSTRUMENT = re.compile(
    r"\b(?:agreement|arrangement|memorandum|mou|protocol|treaty|convention|exchange of notes|"
    r"letter of intent|charter)\b",
    re.I,
)
#: "between X and Y" in a title, up to the words that open its subject ("concerning", "on").
_BETWEEN = re.compile(
    r"\bbetween\s+(?P<a>.+?)\s+and\s+(?P<b>.+?)"
    r"(?=\s+(?:concerning|on|for|regarding|relating|in|to|about|with)\b|\s*[,:(]|\s*$)",
    re.I,
)
#: The words an instrument may define for its parties, singular and plural.
#: "Agencies" is the plain plural of the agencies an arrangement between two agencies names
#: ("NOSA and POLSA, hereinafter "the Agencies""); a compound term ("the Cooperating
#: Agencies") is a party term of its own (``self_reference.PARTY_TERMS``).
_TERMS = {"parties": "Parties", "party": "Parties", "sides": "Sides", "side": "Sides",
          "participants": "Participants", "participant": "Participants",
          "agencies": "Agencies", "agency": "Agencies",
          "contracting parties": CONTRACTING, "contracting party": CONTRACTING}  # fmt: skip
_TERM = r"[\"“‘']?(?P<t>(?:Contracting\s+)?Parties|Sides|Participants|Agencies)[\"”’']?"
#: A definition of the parties right after their names: "hereinafter (jointly) referred to as
#: the Parties", "(hereinafter the "Sides")", "(the Participants)", "jointly referred to as the
#: Participants", "each a Participant", "(each hereinafter a "Party" and together ...)", "each
#: referred to individually as a "Participant" and collectively as the "Participants"" (the
#: boilerplate of contracts and multilateral memoranda, the singular first).
_DEFINITION = re.compile(
    r",?\s*\(?\s*(?:hereinafter\s+(?:jointly\s+|collectively\s+)?(?:referred\s+to\s+as\s+|"
    r"called\s+)?|(?:jointly|collectively)\s+(?:referred\s+to\s+as|called)\s+|(?=\())"
    r"\(?[\"“‘']?(?:the\s+)?" + _TERM + r"\s*\)?"
    r"|(?:,|\()\s*each\s+(?:hereinafter\s+)?(?:(?:individually|separately)\s+)?"
    r"(?:(?:being\s+)?(?:referred\s+to|called|designated)\s+(?:(?:individually|separately)\s+)?"
    r"as\s+|called\s+)?(?:a|an|the)\s+"
    r"[\"“]?(?P<s>(?:Contracting\s+)?Party|Side|Participant|Agency)\b"
)
#: How far before a definition its parties' names may start (one preamble clause).
_REACH = 400
#: At most this many parties a preamble names one by one (a trilateral or quadrilateral
#: instrument); more are a convention's list, read by its party term.
_MOST_NAMED = 4


def title_signatories(title: str, actors: Sequence[CharActor]) -> tuple[str, ...]:
    """The two agencies an instrument's ``title`` names "between" ("Implementing Arrangement
    between the Canadian Space Agency and the Italian Space Agency concerning ..."), each part
    holding one actor and that an agency; else none (an agreement between governments keeps
    the principals' reading, their states). ``actors`` are the title's, by character."""
    if not _INSTRUMENT.search(title):
        return ()
    m = _BETWEEN.search(title)
    if m is None:
        return ()
    out: list[str] = []
    for group in ("a", "b"):
        inside = {name: kind for s, e, name, kind in actors if m.start(group) <= s < m.end(group)}
        if len(inside) != 1:
            return ()
        name, kind = next(iter(inside.items()))
        if kind != "agency" or name in out:
            return ()
        out.append(name)
    return tuple(out)


#: A text's own reference to its parties by the instrument's word ("the Parties", "each Party",
#: "Neither Party"): what makes a text under two agencies' letterhead an instrument between them.
_PARTY_WORD = re.compile(r"\b(?:[Tt]he|[Ee]ach|[Ee]ither|[Nn]either|[Bb]oth)\s+Part(?:y|ies)\b")
#: How far into the text its instrument word must stand (its heading and first paragraph).
_OPENING = 600


def letterhead_signatories(
    title: str, actors: Sequence[tuple[str, str, str]], text: str
) -> tuple[str, ...]:
    """The two agencies of an instrument set under their joint letterhead, whose title names no
    "between" (``title_signatories``): a mission annex or a project arrangement that two
    agencies sign carries both their names as its masthead ("AGENCY A (AA)   AGENCY B (BB)")
    and refers to the arrangement it belongs to, never to its signatories, by name: its
    "Parties" are those two agencies, not their states (ANNOTATION_GUIDE, "The Parties of an
    agreement": "in an arrangement between two agencies the Parties are the agencies").
    ``actors`` are the title's ``(canonical, type, country)``: exactly two agencies, beside
    them only their own states ("(Argentina)" after an agency's English name); the text's
    opening names a binding instrument and the text speaks of "the Parties" / "each Party".
    Else none: a joint release of two agencies speaks of no Parties."""
    if not title.strip() or _BETWEEN.search(title):
        return ()
    agencies = list(dict.fromkeys(name for name, kind, _ in actors if kind == "agency"))
    states = {country for name, kind, country in actors if kind == "agency"}
    others = {name for name, kind, _ in actors if kind != "agency"}
    if len(agencies) != 2 or not others <= states:
        return ()
    if not _INSTRUMENT.search(text[:_OPENING]) or not _PARTY_WORD.search(text):
        return ()
    return tuple(agencies)


def defined_signatories(text: str, actors: Sequence[CharActor]) -> tuple[tuple[str, ...], str]:
    """``(the actors, the defined word)`` of the first definition of an instrument's parties
    in ``text`` ("The Government of X and the Government of Y, hereinafter referred to as the
    Parties"): the distinct actors (not objects: the instrument an amendment cites is no party)
    named in the clause before it, within one paragraph: two, or three or four of one type
    (the Governments of a trilateral agreement; a state beside another's agency is a clause
    that says who acts for whom, not a list of parties); ``((), "")`` when there is none or
    they are not so."""
    for m in _DEFINITION.finditer(text):
        word = _TERMS[" ".join((m.group("t") or m.group("s")).lower().split())]
        start = max(0, m.start() - _REACH)
        clause = text[start : m.start()]
        cut = max(clause.rfind("\n\n"), clause.rfind(". "))
        if cut >= 0:
            start += cut + 1
        names: list[str] = []
        before: CharActor | None = None
        for actor in sorted(actors):
            s, e, name, kind = actor
            if (
                start <= s
                and e <= m.start()
                and kind not in OBJECT_ACTOR_TYPES
                and name not in names
                and not _owner_state(text, before, actor)
            ):
                names.append(name)
            before = actor
        kinds = {kind for s, e, name, kind in actors if name in names}
        if len(names) == 2 or (2 < len(names) <= _MOST_NAMED and len(kinds) == 1):
            return tuple(names), word
        return (), ""
    return listed_signatories(text, actors)


#: An entry of a contract's list of parties: a paragraph (its number, "(1)", "2.", perhaps
#: kept) that closes with the short name the contract gives the party ("... Pretoria
#: ("SANSA").", "... (the "Company"); and").
_PARTY_ENTRY = re.compile(
    r"^[ \t]*(?:\(?\d\)?[.)]?[ \t]+)?(?P<body>[^\n]{3,600}?)(?P<short>\((?:the\s+)?[\"“]"
    r"(?:the\s+)?[A-Z][\w -]{0,40}[\"”]\))[ \t]*(?:[.;,][ \t]*(?:and)?)?[ \t]*$",
    re.M,
)
#: What may stand between two entries of the list: nothing but a blank line, or "and".
_BETWEEN_ENTRIES = frozenset({"", "and", "AND", "And"})


def listed_signatories(text: str, actors: Sequence[CharActor]) -> tuple[tuple[str, ...], str]:
    """``(the parties, "parties")`` of a contract that lists its parties one paragraph each,
    each closing with the short name the contract calls it by ("SOUTH AFRICAN NATIONAL SPACE
    AGENCY, ... ("SANSA")." / "KAROO ORBITAL (PTY) LTD, ... ("the Company")."): the first
    actor (not an object) of each of the first run of such paragraphs, one right after
    another, two to four of them. Such a contract writes "each party", "either party", "the
    parties" in lower case for them. ``((), "")`` when the text has no such list."""
    names: list[str] = []
    end = -1
    for m in _PARTY_ENTRY.finditer(text):
        if names and text[end : m.start()].strip() not in _BETWEEN_ENTRIES:
            break
        inside = sorted(
            a
            for a in actors
            if m.start("body") <= a[0] < m.end() and a[3] not in OBJECT_ACTOR_TYPES
        )
        # the short name, when it names an actor ("("SANSA")"), says which one the entry is;
        # else its first actor, the party's own name (a state it is set up under comes later)
        short = [a for a in inside if a[0] >= m.start("short")]
        if not inside or (short or inside)[0][2] in names:
            break
        names.append((short or inside)[0][2])
        end = m.end()
    if 2 <= len(names) <= _MOST_NAMED:
        return tuple(names), "parties"
    return (), ""


#: What joins an agency to the state it belongs to: "Agency (GISTDA) of the Kingdom of".
_OF_STATE = re.compile(r"\)?\s*(?:\([^()]{1,40}\)\s*)?,?\s*of\s+(?:the\s+)?")


def _owner_state(text: str, before: CharActor | None, actor: CharActor) -> bool:
    """Whether ``actor`` is a country named right after an agency as its owner ("the
    Geo-Informatics and Space Technology Development Agency (GISTDA) of the Kingdom of
    Thailand"): it says whose agency the party is, and is no party of its own."""
    if before is None or actor[3] != "country" or before[3] != "agency":
        return False
    return _OF_STATE.fullmatch(text[before[1] : actor[0]]) is not None


def party_words(word: str) -> frozenset[str]:
    """The capitalised words that name an instrument's parties: "Party" / "Parties", and the
    word the instrument defined ("Side" / "Sides", "Participant" / "Participants")."""
    out = {"Party", "Parties"}
    if word == CONTRACTING:
        out.add(CONTRACTING)  # the party term's name, which ``defined_parties`` replaces
    elif word and word != "Parties":
        out |= {word, _SINGULAR.get(word, word[:-1])}
    return frozenset(out)


#: The singular of a defined plural that does not end in a plain "s".
_SINGULAR = {"Agencies": "Agency", "parties": "party"}


#: The joint body an instrument sets up of its parties' representatives ("the Joint
#: Committee", "the Steering Committee", "the Joint Working Group").
_JOINT_BODY = re.compile(
    r"^(?:Joint|Steering|Mixed)\b(?:\s+\w+){0,2}?\s+(?:Committee|Commission|Working Group|Board)$"
    # its short name alone, which such a text defines for it ("the Joint Working Group on ...
    # (hereinafter "the Working Group")"): a bare "Working Group" names no body of its own
    r"|^Working Group$"
    # its full name, which an instrument with named parties gives the joint body it sets up
    # ("Ruritania–Freedonia Joint Working Group on Space Cooperation", ``defined_names``)
    r"|^(?:\S+[–-]\S+\s+)?(?:Joint|Steering|Mixed)\s+(?:[A-Z]\w+\s+){0,2}?"
    r"(?:Committee|Commission|Working Group|Board)\s+(?:on|of|for)\s+[A-Z]"
)
#: A joint body written by its role alone in a sentence ("the Joint Committee", "the Working
#: Group"), not a body named for its remit ("the Joint Working Group on Space Weather"): no
#: actor (``shaped_names.generic_name``), the party rules find it by its words.
_JOINT_BODY_WORDS = re.compile(
    r"\b(?:(?:Joint|Steering|Mixed)\s+(?:[A-Z]\w+\s+){0,2}?(?:Committee|Commission|Working Group|"
    r"Board)|Working Group)\b(?!\s+(?:on|of|for|in)\s+[A-Z])"
)


def joint_body_mentions(doc: Doc, covered: set[int], principals: Principals) -> list[Mention]:
    """The joint bodies of an instrument whose parties it names (``principals.signatories``)
    written by their role alone in the sentence ``doc``, where no actor mention stands:
    mentions that :func:`defined_parties` reads as the parties."""
    if not principals.signatories:
        return []
    out: list[Mention] = []
    for m in _JOINT_BODY_WORDS.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and not covered.intersection(range(span.start, span.end)):
            out.append((span.start, span.end, " ".join(m[0].split()), "organization"))
    return out


def instrument_terms(doc: Doc, covered: set[int], principals: Principals) -> list[Mention]:
    """The party terms and offices (``claim_sides.party_term_mentions``) and the joint bodies
    (:func:`joint_body_mentions`) of the sentence ``doc``, an instrument's read as its
    parties (:func:`defined_parties`)."""
    found = party_term_mentions(doc, covered) + joint_body_mentions(doc, covered, principals)
    return defined_parties(found, principals)


#: A determiner the statistical NER takes into a party word ("Each Agency shall appoint").
_DETERMINER = re.compile(r"^(?:Each|Either|Neither|Both|The|No)\s+")


def defined_parties(mentions: list[Mention], principals: Principals) -> list[Mention]:
    """``mentions`` with the party term an instrument defined for the parties its preamble
    names ("the Contracting Parties", "each Contracting Party" of a trilateral agreement) read
    as those parties: each such mention becomes one mention of each party, over the same
    words. So is the joint body of such an instrument ("The Joint Committee shall meet once a
    year"): made of the parties' representatives, it acts for them together. Other texts'
    terms and bodies stay as they are."""
    if not principals.signatories:
        return [p for m in mentions for p in _pair_body(m, principals)]
    out: list[Mention] = []
    for m in mentions:
        if _DETERMINER.sub("", m[2]) in principals.party_words or _JOINT_BODY.match(m[2]):
            out += [(m[0], m[1], name, kind) for name, kind in principals.signatories]
        else:
            out.append(m)
    return out


#: A joint body named for the two states whose representatives make it up
#: ("Ruritania–Freedonia Joint Working Group on ...").
_PAIR_BODY = re.compile(r"^\S+[–-]\S+\s+(?:Joint|Mixed)\s")


def _pair_body(mention: Mention, principals: Principals) -> list[Mention]:
    """A joint body named for a pair of states, in a text of those two states (its agreed
    minutes, ``principals.actors``): it acts for them, as an instrument's joint body acts for
    its parties; any other mention as it is."""
    if len(principals.actors) == 2 and _PAIR_BODY.match(mention[2]):
        return [(mention[0], mention[1], name, "country") for name in principals.actors]
    return [mention]


def acting_parties(
    doc: Doc, mentions: Sequence[Mention], chosen: Sequence[int], words: frozenset[str]
) -> list[int]:
    """``chosen`` (the indices of ``mentions`` in a party position of the parsed claim ``doc``)
    with each mention made by an instrument's own party word (``words``: "the Parties", "each
    Party", "the Participants") that is the subject of a clause of its own. The party rules hold
    an actor in a background phrase or clause to be no side ("after Russia invaded Ukraine");
    an instrument's final clauses time its life by its parties' own acts ("shall enter into
    force thirty days after each Party has informed the other", "the notifications by which the
    Parties inform each other"): there the Parties act, and are its sides."""
    out = list(chosen)
    for k, (start, _, _, _) in enumerate(mentions):
        if k in out or start >= len(doc):
            continue
        tok = doc[start]
        if tok.text in words and tok.dep_ in SUBJECT_DEPS:
            out.append(k)
    return out
