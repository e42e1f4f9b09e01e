"""Actor mentions that frame a claim or are what it works on, not its sides: party rules.

- **Membership as a frame.** "As members of the Quad, Japan and India will ...": the body the
  sides act as members of is the frame of what they do, not a side of it; so is the effort
  an act is "part of" ("As part of our joint work on X, Japan will ...": the "our" of the
  frame is no side of the act the clause states).
- **An institution worked on.** "work together to reform the WHO", "boost the World Bank's
  capacity to lend": the body reformed or strengthened is the topic of the sides' work, as
  what cooperation is "on" is (``party_rules._topic_of_cooperation``).

- **A body that only qualifies a thing** ("a Royal Air Force tanker") beside its own state
  named as a side: one side, the state (``qualifying_body``; the claim-structure component
  drops it).

- **A body directing its own state's agency.** "Congress could give NASA a waiver to exchange
  data with the CNSA", "Congress should direct NASA to report on its contacts with the CNSA",
  "Congress has prohibited NASA from cooperating with China" (asking and forbidding as well):
  the body that authorises or directs is no side of what the agency then does with another,
  when both are of one state (a state and its own agency are one side, the one that acts);
  a foreign party that allows ("Russia permitted ESA to launch from Baikonur") gives access
  and stays a side (``directs_own_agency``).
- **A body its own state's agency answers to.** "NASA may not work with China without
  certifying to Congress that ...", "unless Congress is told first", "require NASA to brief
  Congress", "the restrictions Congress has placed on NASA's work with China": the oversight
  body that an agency of its own state certifies, reports or explains to, or that sets the
  restriction the agency works under, is no side of the agency's relation with another, as the
  body that directs it is not (``answers_to_own_body``; both of one state).
- **The author of a text of rules that describes it.** "the Guidelines for the Long-term
  Sustainability of Outer Space Activities, adopted by COPUOS in 2019, ask states to ...",
  "implement the Guidelines, which the Committee adopted in 2019": the body that adopted,
  drafted or issued the guidelines, resolution or code, named in a clause that describes the
  text, says whose text it is; it is no side of the act done by, under or against the text (the
  guide's "Authors of texts of rules"), as the body that vouches for a thing is not
  (``party_rules._vouching_agent``). A body whose adopting is the sentence's own act ("The
  General Assembly adopted a resolution ...", "a resolution ... was adopted by the General
  Assembly") acts, and stays a side (``author_of_described_text``).
- **"We at X".** "We at Axiom Space have signed ...", "we at the agency": the speaker says
  whom its "we" stands for, the body X, not its state (``we_at``; the claim-structure
  component gives the principals' "we" that name).

Pure functions over a parsed sentence's tokens; ``party_rules.vetoed`` calls the first two and
``author_of_described_text``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.gazetteer import load_gazetteer
from pipeline.nlp.extract.parse_words import RELATION_NOUNS
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words

#: Nouns of belonging to a body or an effort ("as members of X", "as a founding member of X",
#: "as part of our work on X").
MEMBER_NOUNS = _words("member members participant participants part")
#: Texts of rules whose author a describing clause names ("the Guidelines, adopted by X").
RULE_TEXTS = _words(
    "guideline guidelines resolution principle principles charter code convention regulation "
    "rule rules norm norms recommendation recommendations standard standards declaration"
)
#: Prepositions inside a body's name ("the Committee on the Peaceful Uses of Outer Space").
_NAME_PREPS = frozenset({"on", "of", "for"})
#: Verbs of making a text of rules ("adopted by", "which X drafted").
ADOPTING_VERBS = _words("adopt draft issue publish elaborate formulate promulgate enact")
#: Verbs of reforming or strengthening an institution: their object is what the sides work on.
REFORM_VERBS = _words("reform strengthen modernize modernise revitalize revitalise restructure")
#: Verbs of raising what an institution can do ("boost the World Bank's capacity").
RAISE_VERBS = REFORM_VERBS | _words("boost enhance increase expand bolster")
#: Nouns of what an institution can do.
CAPACITY_NOUNS = _words("capacity capacities capability capabilities ability resilience")


def author_of_described_text(tok: Token) -> bool:
    """Whether ``tok`` (a mention's root) is the author of a text of rules named in a clause
    that describes the text: the agent of a participle ("the Guidelines ..., adopted by X in
    2019") or the subject of a relative clause ("the Guidelines, which X adopted") of
    ``ADOPTING_VERBS``, whose noun (or a noun of that noun's name: "the Guidelines for the
    Long-term Sustainability of Outer Space Activities") is one of ``RULE_TEXTS``."""
    tok = _first_conjunct(tok)
    for _ in range(3):  # an acronym in brackets after the full name: "... Outer Space (COPUOS)"
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in _NAME_PREPS:
            break
        tok = _first_conjunct(tok.head.head)
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        verb = tok.head.head
        if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "amod", "advcl"}:
            return False
    elif tok.dep_ == "nsubj" and tok.head.dep_ == "relcl":
        verb = tok.head
    else:
        return False
    if _lemma(verb) not in ADOPTING_VERBS:
        return False
    noun = verb.head
    for _ in range(4):  # up the name's "for the ... of ..." to its head noun
        if _lemma(noun) in RULE_TEXTS or noun.lower_ in RULE_TEXTS:
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def membership_frame(tok: Token) -> bool:
    """Whether ``tok`` names the body in an opening "As members of X," of the clause: "as"
    before the subject of the verb it hangs on; also a name inside X ("the Partners in the
    Blue Pacific (PBP)")."""
    for node in (tok, *tok.ancestors):
        if node.pos_ in {"VERB", "AUX"}:
            return False
        if _member_of(_first_conjunct(node)):
            return True
    return False


def _member_of(tok: Token) -> bool:
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head
    if _lemma(noun) not in MEMBER_NOUNS and noun.lower_ not in MEMBER_NOUNS:
        return False
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    verb = noun.head.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and noun.head.i < min(s.i for s in subjects)


def worked_on(tok: Token) -> bool:
    """Whether ``tok`` is the institution reformed or strengthened (the direct object of a verb
    of ``REFORM_VERBS``, also one coordinated with it: "strengthen and reform X"), or the owner
    of the capacity raised ("boost X's capacity")."""
    tok = _first_conjunct(tok)
    if tok.dep_ in {"dobj", "obj"}:
        verb = tok.head
        verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
        if verb.dep_ == "conj":
            verbs.append(verb.head)
        return any(_lemma(v) in REFORM_VERBS for v in verbs)
    if tok.dep_ == "poss":
        noun = tok.head
        return (
            _lemma(noun) in CAPACITY_NOUNS
            and noun.dep_ in {"dobj", "obj"}
            and _lemma(noun.head) in RAISE_VERBS
        )
    return False


def in_subject_description(tok: Token) -> bool:
    """Whether ``tok`` lies in a relative clause that describes the subject of the main verb
    ("Many states, most of which joined the EU in 2004, now work with ESA"): a background fact
    about that subject, not the relation the sentence claims. Only a clause set off by a comma
    (a restrictive one, "States that signed the Accords with Japan will ...", says who the
    subject is, and its relation is the claim's)."""
    for node in tok.ancestors:
        if node.dep_ == "relcl" and node.head.dep_ in {"nsubj", "nsubjpass"}:
            first = min(t.i for t in node.subtree)
            return node.head.head.dep_ == "ROOT" and first > 0 and tok.doc[first - 1].text == ","
    return False


#: Actor types of a state's own bodies (agencies, forces, offices).
_BODY_TYPES = frozenset({"agency", "organization"})


def qualifying_body(doc: Doc, mention: tuple[int, int, str, str]) -> bool:
    """Whether ``mention`` is a state's body that only qualifies a thing ("a Royal Air Force
    tanker", "the rotation of Army watercraft", "a Transportation Security Administration pilot
    program"): a modifier of a noun that names no relation. Beside its own state, named as a
    side in its own right, it is no side of its own: the state acts, the body names whose
    thing it is (a unit and its parent count once)."""
    start, end, _, kind = mention
    if kind not in _BODY_TYPES or start >= min(end, len(doc)):
        return False
    root = min(doc[start:end], key=lambda t: (sum(1 for _ in t.ancestors), t.i))
    return (
        root.dep_ in {"compound", "nmod", "amod"}
        and root.head.pos_ in {"NOUN", "PROPN"}
        and _lemma(root.head) not in RELATION_NOUNS
    )


def leader_qualifier(doc: Doc, mention: tuple[int, int, str, str]) -> bool:
    """Whether ``mention`` only qualifies a programme by who leads it ("the U.S.-led Artemis
    Accords", "the Chinese-led station", "the China-led programme"): the first part of an
    "X-led" compound, one word or three ("China", "-", "led"). The guide names such a qualifier
    ("US-led") among the actors mentioned that are no sides: the leader is a side only where
    the sentence names it again in its own right."""
    start, end, _, _ = mention
    if not 0 < end <= len(doc):
        return False
    last = doc[end - 1]
    if last.lower_.endswith("-led") and len(last) > 4:
        return True
    return (
        end + 1 < len(doc)
        and not last.whitespace_
        and doc[end].text in {"-", "\u2011"}
        and not doc[end].whitespace_
        and doc[end + 1].lower_ == "led"
    )


#: Actor types a speaker's "we at X" names: the body the speaker works in.
_BODY_TYPES = frozenset({"agency", "organization", "company"})


def we_at(
    doc: Doc, own: list[tuple[int, int, str, str]], named: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The principals' mentions ``own`` with a "we" that "at" and a named body follow ("We at
    Axiom Space", "we at the agency, NASA,": up to two words between) standing for that body:
    the speaker says whom "we" is, so not the speaker's state. Other mentions are as given."""
    out = []
    for start, end, name, kind in own:
        if doc[start].lower_ == "we" and start + 1 < len(doc) and doc[start + 1].lower_ == "at":
            body = next(
                (m for m in named if start + 2 <= m[0] <= start + 3 and m[3] in _BODY_TYPES),
                None,
            )
            if body is not None:
                out.append((start, end, body[2], body[3]))
                continue
        out.append((start, end, name, kind))
    return out


#: Verbs by which a body authorises or directs another to act ("direct NASA to report"), asks
#: it to ("Congress should ask NASA to seek a channel with China"), or forbids it to ("Congress
#: has prohibited NASA from cooperating with China", "bars NASA from working with X"): the body
#: that rules on its own agency's relation is no side of it either way.
DIRECTING_VERBS = _words("""
    direct require allow authorize authorise permit instruct task mandate empower
    ask urge prohibit forbid bar ban restrict
    """)
#: Verbs of granting and the nouns of permission they grant ("give NASA a waiver to ...").
GRANTING_VERBS = _words("give grant")
PERMISSION_NOUNS = _words("""
    waiver authority permission mandate license licence exemption approval power powers
    """)


@cache
def _home(name: str) -> str:
    """The country of a gazetteer actor ("NASA": United States), '' for one it lacks."""
    gazetteer = _gazetteer()
    return gazetteer[name].country if name in gazetteer else ""


@cache
def _gazetteer():
    return load_gazetteer()


def directs_own_agency(tok: Token, name: str, mentions: list[tuple[int, int, str, str]]) -> bool:
    """Whether the actor ``name`` at ``tok`` is the subject of a verb of directing or of
    granting a permission (or of a verb joined to one by a conjunction: "keep X, but direct
    NASA to ...") whose object is another actor of its own state: "Congress could give NASA a
    waiver to exchange data with X". Its state must be known and be the object's."""
    home = _home(name)
    if not home or tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = tok.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    doc = tok.doc
    for v in verbs:
        lemma = _lemma(v)
        objects = {c.i for c in v.children if c.dep_ in {"dobj", "dative", "iobj"}}
        if lemma not in DIRECTING_VERBS and lemma not in GRANTING_VERBS:
            # "keep X in force, but direct NASA to ...", the verb misread as an adjective of
            # the object: the word before the object decides
            objects = {i for i in objects if i > 0 and _lemma(doc[i - 1]) in DIRECTING_VERBS}
        elif lemma in GRANTING_VERBS and not any(
            c.dep_ == "dobj" and _lemma(c) in PERMISSION_NOUNS for c in v.children
        ):
            continue  # "Japan gave NASA a rover": a gift between sides
        for start, end, other, _ in mentions:
            if other != name and objects & set(range(start, end)) and _home(other) == home:
                return True
    return False


#: Words of answering to an oversight body: "certify / report / explain to Congress",
#: "certification to Congress", "notify / brief / inform Congress", "Congress is told".
ANSWERING_WORDS = _words("""
    certify certification report explain justify notify notification testify
    """)
TELLING_VERBS = _words("brief notify inform tell")
#: Nouns of a restriction that a body sets on its own agency's work.
RESTRICTION_NOUNS = _words("restriction restrictions ban prohibition limit limits limitation")


def answers_to_own_body(tok: Token, name: str, mentions: list[tuple[int, int, str, str]]) -> bool:
    """Whether the actor ``name`` at ``tok`` is the body an agency of its own state answers
    to (it is certified, reported, explained to, briefed or told: "without certification to
    Congress", "unless Congress is told first") or the body that sets the restriction the
    agency works under ("the restrictions Congress has placed on NASA's work"). Another actor
    of the sentence must be of the same state (its agency, or the state itself)."""
    home = _home(name)
    if not home:
        return False
    head = tok.head
    answered = (
        (tok.dep_ == "pobj" and head.lower_ == "to" and _lemma(head.head) in ANSWERING_WORDS)
        or (tok.dep_ == "dobj" and _lemma(head) in TELLING_VERBS)
        or (tok.dep_ == "nsubjpass" and _lemma(head) in TELLING_VERBS)
    )
    restricts = tok.dep_ == "nsubj" and (
        any(c.dep_ == "dobj" and _lemma(c) in RESTRICTION_NOUNS for c in head.children)
        or (head.dep_ == "relcl" and _lemma(head.head) in RESTRICTION_NOUNS)
    )
    if not (answered or restricts):
        return False
    return any(
        other != name and (other == home or _home(other) == home) for _, _, other, _ in mentions
    )
