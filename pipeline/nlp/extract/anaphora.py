"""Sides a claim names through a third person, a definite noun, a relative pronoun or a unit.

A claim often names a side only by referring back to it: "Japan signed the Accords in 2020. It
will build a rover with NASA", "Their partnership ...", "The country has since signed ...",
"the former", "Brazil, which agreed to ...", "the minister said his country would ...". This
module resolves such words to the actors they refer to, and hands them to the party decider as
mentions at the referring word (like the principals' "we" of ``claim_sides``), so the parse
position of the pronoun decides whether its actor is a side.

The algorithm is a salience-weighted search in the manner of Lappin and Leass (1994, "An
algorithm for pronominal anaphora resolution"), cut down to what a claim needs:

- **candidates** are the actor mentions before the referring word in its sentence and those of
  the sentence before (coordinated actors, "Japan and India", form one plural candidate), plus
  the head nouns that are no actor ("the rover", "analysts", "two satellites"): a pronoun that
  refers to a thing must find the thing, not the nearest actor;
- **agreement** filters them: "it" / "its" is one non-person referent, "they" / "their" a
  group or a plural noun, "the country" a state, "the agency" an agency, "the company" a
  company, "his / her country" a state (the speaker's), "the former / latter" one of a pair;
- **salience** ranks the rest: recency (the current sentence 100, the one before 50) plus the
  grammatical role (subject 80 + 80 as the head of its phrase, object 50, any other 40), the
  role of the sentence before read from its word order (it is not parsed: neutral sentences
  never are), the sentence before's weights halved as in the original;
- **binding**: a pronoun never refers to a co-argument of its own verb ("Japan offered them").

Further restrictions, each for a reason the original did not need to meet:

- the sentence before has one subject, its first phrase before the verb (a tagger that misses
  the verb, "NASA and JAXA share data", must not make the object a second subject);
- a noun that an actor owns ("Japan's cabinet met ...") is a referent standing for its owner,
  as the owner of a program is its side;
- a definite noun ("the agency") takes its referent from the sentence before only: in its own
  sentence English refers back by a pronoun, and a definite noun there names another body;
  except as the subject of a clause a speaker reports, where it is the body of the speaker's
  title ("NASA Administrator Jane Doe said the agency would ...");
- a possessive ("its", "their") whose referent stands in its own sentence adds nothing: the
  referent's own place in the parse decides ("Japan will strengthen its ties with X").

An "it" that is pleonastic ("It is likely that ...", "It is time for ...") refers to nothing.
A relative pronoun ("which", "who", "whose") refers to the noun its clause describes. A unit
named by its parent ("NASA's Goddard centre", "DLR's institute in Bremen") stands for the parent:
the unit noun is a mention of the parent, so that the parent is a side where the unit is one.

All functions are pure: they read the parsed sentence, the tagged sentence before, and actor
tuples; they return mentions ``(start, end, canonical actor, type)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from pipeline.nlp.extract.parse_words import SAY_VERBS, lemma

#: A mention as the party rules read it: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]
#: An actor found in the text: start, end (token offsets), canonical name, type, country.
Actor = tuple[int, int, str, str, str]

_SINGULAR = frozenset({"it", "its", "itself"})
_PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
#: Definite nouns that refer back to an actor of one type ("the country has since ...").
_DEFINITE = {
    "country": "country", "nation": "country", "kingdom": "country", "republic": "country",
    "government": "country", "state": "country", "agency": "agency",
    "organisation": "organization", "organization": "organization", "company": "company",
    "firm": "company",
}  # fmt: skip
#: Plural nouns after "both" / "the two" that refer back to a pair of one type ("the two
#: agencies"); states are ``claim_sides.pair_mentions``'s.
_PAIR_TYPES = {
    "agencies": "agency",
    "organisations": "organization",
    "organizations": "organization",
    "companies": "company",
    "firms": "company",
}
#: Nouns after "his" / "her" that name the speaker's own body ("his country would ...").
_OWN_BODY = {"country": "country", "nation": "country", "government": "country",
             "agency": "agency", "organisation": "organization", "organization": "organization",
             "company": "company"}  # fmt: skip
#: Nouns of a unit of a body ("NASA's Goddard centre", "DLR's institute").
UNIT_NOUNS = frozenset(
    {"centre", "center", "centres", "centers", "institute", "institutes", "laboratory",
     "laboratories", "lab", "labs", "directorate", "division", "facility", "facilities",
     "team", "teams", "engineers", "scientists", "researchers"}
)  # fmt: skip
#: Every word this module reads as referring back.
_TRIGGERS = (
    _SINGULAR | _PLURAL | set(_DEFINITE) | set(_OWN_BODY) | set(_PAIR_TYPES) | UNIT_NOUNS
    | {"former", "latter", "which", "who", "whose"}
)  # fmt: skip
#: Dependencies of a noun that only modifies another ("the station program", "ESA's").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "appos"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative"})
#: Verbs of an "it" that only holds a place: "It is likely that", "It seems ...".
_PLEONASTIC_HEADS = frozenset({"be", "seem", "appear", "remain", "become", "take"})


@dataclass(frozen=True)
class Candidate:
    """A referent a pronoun may take: ``names`` its actors (none for a noun that is no actor),
    ``kinds`` their types, ``plural`` whether it is a group or a plural noun, ``salience``."""

    names: tuple[str, ...]
    kinds: tuple[str, ...]
    countries: tuple[str, ...]
    plural: bool
    salience: float
    position: int
    #: Whether it stands in the referring word's own sentence (``position`` is then a token
    #: of that sentence, else of the document).
    here: bool = False


def _groups(actors: Sequence[Actor], tokens: Span | Doc) -> list[list[Actor]]:
    """``actors`` (in order) joined into groups where only commas, "and" and articles stand
    between them ("Japan, India and Australia")."""
    out: list[list[Actor]] = []
    for actor in actors:
        if out:
            gap = tokens[out[-1][-1][1] - _base(tokens) : actor[0] - _base(tokens)]
            if (
                len(gap)
                and all(t.lower_ in {",", "and", "the", "both"} for t in gap)
                and any(t.lower_ == "and" or t.text == "," for t in gap)
            ):
                out[-1].append(actor)
                continue
        out.append([actor])
    return out


def _base(tokens: Span | Doc) -> int:
    return tokens.start if isinstance(tokens, Span) else 0


def previous_candidates(sent: Span, actors: Sequence[Actor]) -> list[Candidate]:
    """The referents the sentence ``sent`` before a claim offers (``actors``: its actor
    mentions, document offsets). The sentence is tagged, not parsed: its subject is what stands
    before its first verb, its object the first noun after it."""
    verb = next(
        (t.i for t in sent if t.tag_.startswith("VB") or t.tag_ == "MD"),
        sent.end,
    )
    covered = {i for a in actors for i in range(a[0], a[1])}
    out: list[Candidate] = []
    for group in _groups(actors, sent):
        # the head of its phrase: not inside a "of" / "from" phrase ("officials from Egypt")
        first = group[0][0]
        embedded = _after_preposition(sent.doc, first, sent.start) and first < verb
        possessor = group[-1][1] < len(sent.doc) and sent.doc[group[-1][1]].tag_ == "POS"
        role = 160 if first < verb and not embedded and not possessor else 50
        if first < verb and (embedded or possessor):
            role = 80  # "Ghana's president visited ...": the possessor of the subject
        elif first > verb:
            role = 50 if _right_after_verb(sent, verb, first) else 40
        plural = len(group) > 1 or sent.doc[group[0][1] - 1].tag_ in {"NNS", "NNPS"}
        out.append(_candidate(group, plural, (100 + role) / 2, first))
    for tok in sent:
        if tok.i in covered or tok.tag_ not in {"NN", "NNS", "NNP", "NNPS"}:
            continue
        nxt = tok.i + 1 < sent.end and sent.doc[tok.i + 1].tag_ in {"NN", "NNS", "NNP", "NNPS"}
        if nxt:
            continue  # only the last word of a compound is its head
        if tok.i < verb and not _after_preposition(sent.doc, tok.i, sent.start):
            role = 160
        elif tok.i > verb and _right_after_verb(sent, verb, tok.i):
            role = 50
        else:
            continue  # an oblique noun that is no actor: a place, a time
        plural = tok.tag_ in {"NNS", "NNPS"}
        owner = _owner_before(sent, tok.i, actors)
        if owner is not None:  # "Japan's cabinet met ... Its partnership": the owner's
            out.append(_candidate([owner], plural, (100 + role) / 2, tok.i))
            continue
        out.append(Candidate((), (), (), plural, (100 + role) / 2, tok.i))
    # one subject: the first phrase before the verb (a tagger that misses the verb, "NASA and
    # JAXA share data", leaves the object before it)
    first = min((c.position for c in out if c.salience == 130), default=-1)
    return [
        c if c.salience != 130 or c.position == first else replace(c, salience=70.0) for c in out
    ]


def _owner_before(sent: Span, i: int, actors: Sequence[Actor]) -> Actor | None:
    """The actor that owns the noun at ``i`` ("Japan's cabinet", "Russia's own programs"): a
    thing or body of an actor stands for it as a side, as a program's owner does."""
    j = i - 1
    while j > sent.start and (
        sent.doc[j].pos_ in {"ADJ", "NOUN", "NUM"} or sent.doc[j].lower_ == "own"
    ):
        j -= 1
    if j <= sent.start or sent.doc[j].tag_ != "POS":
        return None
    return next((a for a in actors if a[1] == j), None)


def _after_preposition(doc: Doc | Span, i: int, start: int) -> bool:
    """Whether the phrase of token ``i`` is the object of a preposition ("In addition to the
    contract", "officials from Egypt"): the first word before it that is no determiner,
    adjective, number, name or noun is a preposition."""
    j = i - 1
    while j >= start and doc[j].pos_ in {"DET", "ADJ", "NUM", "PROPN", "NOUN", "PUNCT"}:
        if doc[j].text in {",", ";", "(", ")"}:
            return False
        j -= 1
    return j >= start and doc[j].pos_ == "ADP"


def _right_after_verb(sent: Span, verb: int, i: int) -> bool:
    """Whether ``i`` is in the first noun phrase after the verb at ``verb`` (its object)."""
    between = sent.doc[verb + 1 : i]
    return not any(t.pos_ in {"ADP", "VERB", "PUNCT"} or t.tag_ == "IN" for t in between)


def _candidate(
    group: Sequence[Actor], plural: bool, salience: float, pos: int, *, here: bool = False
) -> Candidate:
    return Candidate(
        tuple(a[2] for a in group),
        tuple(a[3] for a in group),
        tuple(a[4] for a in group),
        plural,
        salience,
        pos,
        here,
    )


def current_candidates(doc: Doc, actors: Sequence[Actor], before: int) -> list[Candidate]:
    """The referents of the parsed sentence ``doc`` before token ``before``: its actor groups,
    weighted by their role in the parse."""
    out: list[Candidate] = []
    for group in _groups([a for a in actors if a[1] <= before], doc):
        root = _root(doc, group[0])
        while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
            root = root.head
        if root.dep_ in _SUBJECT_DEPS:
            role = 160
        elif root.dep_ in _OBJECT_DEPS:
            role = 50
        else:
            role = 40
        plural = len(group) > 1 or doc[group[0][1] - 1].tag_ in {"NNS", "NNPS"}
        out.append(_candidate(group, plural, 100 + role, group[0][0], here=True))
    covered = {i for a in actors for i in range(a[0], a[1])}
    for tok in doc[:before]:
        # the head of a phrase that is no actor ("to give nations the chance to fly their
        # experiments"): a subject, an object or a verb's other argument, not a modifier
        if tok.i in covered or tok.pos_ not in {"NOUN", "PROPN"} or tok.dep_ in _MODIFIER_DEPS:
            continue
        role = 160 if tok.dep_ in _SUBJECT_DEPS else 50 if tok.dep_ in _OBJECT_DEPS else 40
        plural = tok.tag_ in {"NNS", "NNPS"}
        owner = next(
            (a for c in tok.children if c.dep_ == "poss" for a in actors if a[0] <= c.i < a[1]),
            None,
        )
        if owner is not None:
            out.append(_candidate([owner], plural, 100 + role, tok.i, here=True))
            continue
        out.append(Candidate((), (), (), plural, 100 + role, tok.i, here=True))
    return out


def _root(doc: Doc, actor: Actor) -> Token:
    return min(doc[actor[0] : actor[1]], key=lambda t: (sum(1 for _ in t.ancestors), t.i))


def _pleonastic(tok: Token) -> bool:
    """An "it" that holds a place for a clause: "It is likely that", "It is time for X to"."""
    if tok.dep_ == "expl":
        return True
    head = tok.head
    if lemma(head) not in _PLEONASTIC_HEADS:
        return False
    kids = list(head.children)
    if any(c.dep_ in {"ccomp", "xcomp", "csubj"} for c in kids):
        return True
    return any(
        c.dep_ in {"acomp", "attr"}
        and any(g.dep_ in {"ccomp", "xcomp", "acl", "relcl"} for g in c.children)
        for c in kids
    )


def _coargument(tok: Token, doc: Doc, cand: Candidate, actors: Sequence[Actor]) -> bool:
    """Whether the candidate is an argument of the pronoun's own verb ("Japan offered them"):
    a non-reflexive pronoun does not refer to it."""
    if tok.lower_.endswith("self") or tok.lower_.endswith("selves") or tok.dep_ == "poss":
        return False
    if not cand.here:
        return False
    for a in actors:
        if a[0] == cand.position:
            root = _root(doc, a)
            return root.head.i == tok.head.i and root.dep_ in _SUBJECT_DEPS | _OBJECT_DEPS
    return False


def _best(cands: Iterable[Candidate]) -> Candidate | None:
    """The most salient candidate, the nearest on a tie."""
    return max(cands, key=lambda c: (c.salience, c.position), default=None)


def anaphora_mentions(
    doc: Doc,
    actors: Sequence[Actor],
    previous: Sequence[Candidate],
    *,
    skip_plural: bool = False,
) -> list[Mention]:
    """Mentions of the actors that third persons, definite nouns, "the former / latter",
    relative pronouns and unit nouns of the parsed sentence ``doc`` refer to (``actors``: its
    actor mentions, sentence offsets, with country; ``previous``: ``previous_candidates`` of
    the sentence before). ``skip_plural`` leaves "they" to the principals of a joint text."""
    covered = {i for a in actors for i in range(a[0], a[1])}
    out: list[Mention] = []
    for tok in doc:
        low = tok.lower_
        if tok.i in covered or low not in _TRIGGERS:
            continue
        prev_low = doc[tok.i - 1].lower_ if tok.i else ""
        cands = [*current_candidates(doc, actors, tok.i), *previous]
        pick: Candidate | None = None
        if low in _SINGULAR:
            if low == "it" and _pleonastic(tok):
                continue
            pick = _best(
                c for c in cands
                if not c.plural and "person" not in c.kinds
                and not _coargument(tok, doc, c, actors)
            )  # fmt: skip
        elif low in _PLURAL and not skip_plural:
            pick = _best(c for c in cands if c.plural and not _coargument(tok, doc, c, actors))
        elif low in _DEFINITE and prev_low == "the" and tok.dep_ in _SUBJECT_DEPS | {"poss"}:
            # across a sentence only: in its own sentence English refers back by a pronoun
            # ("Kenya said it ..."), and a definite noun there names another body
            kind = _DEFINITE[low]
            pick = _best(c for c in previous if c.names and not c.plural and c.kinds[0] == kind)
            own = _speakers_body(tok, doc, actors, kind)
            if own is not None:
                pick = own  # "NASA's chief said the agency would ...": the speaker's own body
        elif low in _OWN_BODY and prev_low in {"his", "her"}:
            kind = _OWN_BODY[low]
            pick = _own_body(cands, kind)
            if pick is not None:
                out += [(tok.i - 1, tok.i + 1, name, kind) for name in pick.names]
            continue
        elif low in {"former", "latter"} and prev_low == "the":
            pair = _best(c for c in cands if len(c.names) == 2)
            if pair is not None:
                k = 0 if low == "former" else 1
                out.append((tok.i - 1, tok.i + 1, pair.names[k], pair.kinds[k]))
            continue
        elif low in _PAIR_TYPES and prev_low in {"both", "two"}:
            kind = _PAIR_TYPES[low]
            pick = _best(c for c in cands if len(c.names) == 2 and set(c.kinds) == {kind})
        elif low in {"which", "who", "whose"}:
            pick = _relative(tok, actors)
        elif low in UNIT_NOUNS:
            out += _unit_parent(tok, actors)
            continue
        if pick is None or not pick.names:
            continue
        if pick.here and tok.dep_ == "poss" and low in _SINGULAR | _PLURAL:
            continue  # "Japan will strengthen its ...": its antecedent's own place decides
        at = [tok.i]
        if tok.dep_ == "poss" and tok.head.lower_ in UNIT_NOUNS:
            at.append(tok.head.i)  # "Their teams will build ...": the unit acts for them
        for name, kind in zip(pick.names, pick.kinds, strict=True):
            if kind != "person":
                out += [(i, i + 1, name, kind) for i in at]
    return out


def _speakers_body(tok: Token, doc: Doc, actors: Sequence[Actor], kind: str) -> Candidate | None:
    """The body of the speaker's title when a definite noun is the subject of the clause the
    speaker reports ("NASA Administrator Jane Doe said the agency would fly ...", "the chief
    executive of Orbitrek said the company plans ..."): reported speech names the speaker's
    own body so, an exception to "across a sentence only". The one actor of ``kind`` in the
    subject phrase of the verb of saying; none when it holds none or two."""
    clause = tok.head
    say = clause.head
    if clause.dep_ != "ccomp" or say.i == clause.i or lemma(say) not in SAY_VERBS:
        return None
    subject = next((c for c in say.children if c.dep_ in _SUBJECT_DEPS and c.i < say.i), None)
    if subject is None:
        return None
    span = {t.i for t in subject.subtree}
    own = {(a[2], a[4]) for a in actors if a[0] in span and a[3] == kind}
    if len(own) != 1:
        return None
    name, country = own.pop()
    return Candidate((name,), (kind,), (country,), False, 0, subject.i, here=True)


def _own_body(cands: Sequence[Candidate], kind: str) -> Candidate | None:
    """The body a speaker's "his / her country / agency" names: the most salient actor of
    ``kind`` (a person's or a body's country for a state)."""
    options: list[Candidate] = []
    for c in cands:
        if len(c.names) != 1:
            continue
        if c.kinds[0] == kind:
            options.append(c)
        elif kind == "country" and c.countries[0]:
            options.append(Candidate((c.countries[0],), ("country",), ("",), False,
                                     c.salience - 1, c.position))  # fmt: skip
    return _best(options)


def _relative(tok: Token, actors: Sequence[Actor]) -> Candidate | None:
    """The actor a relative pronoun's clause describes ("Brazil, which agreed to ...")."""
    clause = tok.head
    if tok.dep_ == "poss":  # "whose ties with ESA": the possessed noun's clause
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    for a in actors:
        if a[0] <= noun.i < a[1]:
            return Candidate((a[2],), (a[3],), (a[4],), False, 0, a[0])
    return None


def _unit_parent(tok: Token, actors: Sequence[Actor]) -> list[Mention]:
    """The parent a unit noun stands for: "NASA's Goddard centre", "DLR's institute" (an actor
    that owns the unit noun, itself no actor)."""
    for child in tok.children:
        if child.dep_ != "poss":
            continue
        for a in actors:
            if a[0] <= child.i < a[1] and a[3] in {"agency", "organization", "company"}:
                return [(tok.i, tok.i + 1, a[2], a[3])]
    return []
