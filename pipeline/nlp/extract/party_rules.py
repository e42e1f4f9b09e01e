"""Which actor mentions of a parsed claim sentence are in a party position: rules.

Subjects and objects of the clause, "with X", "against X", "between X and Y", coordinated and
apposed actors, the possessor of a relation noun ("China's cooperation with Russia"), an actor
standing for the noun it modifies ("Chinese firms", "the decision of Belarus") or owning the
program, mission or station in that position ("ESA joined NASA's Orion programme"); not an
actor that only qualifies another actor ("Pakistan's SUPARCO"), a place or venue ("in
Argentina"), a framework ("under the Outer Space Treaty", "in accordance with"), a background
clause ("after Russia invaded Ukraine"), the source of reported speech ("NASA said that ...")
or a legal instrument that imposes a rule ("the Wolf Amendment bars ..."). The rules follow the
usual shape of dependency-based relation argument extraction (ReVerb/ClausIE-style open
information extraction: Fader et al. 2011, Del Corro & Gemulla 2013).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.metonyms import PARTNER_NOUNS
from pipeline.nlp.extract.parse_words import (
    OBJECT_DEPS,
    RELATION_NOUNS,
    SAY_VERBS,
    SUBJECT_DEPS,
)
from pipeline.nlp.extract.parse_words import lemma as _lemma
from pipeline.nlp.extract.parse_words import words as _words
from pipeline.nlp.extract.party_frames import (
    answers_to_own_body,
    author_of_described_text,
    directs_own_agency,
    in_subject_description,
    membership_frame,
    worked_on,
)
from pipeline.schema import OBJECT_ACTOR_TYPES

#: Nouns that refer back to the subject of a verb of saying ("NASA said the agency would ...").
ANAPHORIC_NOUNS = _words(
    "agency company government country ministry organisation organization administration "
    "state nation firm corporation"
)
ANAPHORIC_PRONOUNS = frozenset({"it", "they", "we", "i"})
#: Verbs by which a legal instrument imposes a rule: an agreement that is their subject is the
#: framework of the claim, not a party to it ("the Wolf Amendment bars NASA from ...").
RULE_VERBS = _words(
    "bar prohibit forbid ban restrict require oblige obligate direct mandate govern control "
    "permit allow provide stipulate prevent limit authorize authorise regulate apply cover "
    "serve"
)
#: Prepositions whose object is a party when the phrase attaches to the relation or a party.
PARTY_PREPS = _words("""
    with against between among amongst versus vs vs. to into from on onto aboard for through
    via over alongside in toward towards before including like as by behind beside besides
    """)
#: Prepositions of place, time, framework or source: their object is not a party.
NONPARTY_PREPS = _words("""
    at under during near within according after since until despite outside inside around
    across beyond per amid amidst throughout following except
    """)
#: Subordinating conjunctions of background clauses ("after Russia invaded Ukraine").
BACKGROUND_MARKS = _words("after since when although though because until once")
#: Nouns of a framework phrase ("in accordance with X", "in line with X"): X is not a party.
FRAMEWORK_NOUNS = _words("accordance line compliance conformity keeping")
#: Words before "to" that make it a framework or cause ("according to", "pursuant to").
FRAMEWORK_TO = _words("according pursuant due prior owing")
_DASHES = frozenset({"-", "–", "—"})
MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod", "nummod", "quantmod"})

Mention = tuple[int, int, str, str]  # start token, end token, canonical actor, actor type


def find_parties(doc: Doc, mentions: Sequence[Mention]) -> list[str]:
    """The canonical actors of ``mentions`` that are parties in the parsed sentence ``doc``
    (as they are written: no mapping of persons or objects, see ``claim_sides.side_of``)."""
    out: list[str] = []
    for k in party_indices(doc, mentions):
        if mentions[k][2] not in out:
            out.append(mentions[k][2])
    return out


def party_indices(doc: Doc, mentions: Sequence[Mention]) -> list[int]:
    """The indices of the ``mentions`` in a party position of the parsed sentence ``doc``, in
    order of first mention."""
    owner: dict[int, int] = {}
    for k, (start, end, _, _) in enumerate(mentions):
        for i in range(start, min(end, len(doc))):
            owner.setdefault(i, k)
    kinds = {k: m[3] for k, m in enumerate(mentions)}
    out: list[int] = []
    for k, (start, end, _, kind) in sorted(enumerate(mentions), key=lambda km: km[1][0]):
        if start >= len(doc):
            continue
        root = span_root(doc, start, min(end, len(doc)))
        ctx = _Context(owner, kinds, owner.get(root.i, k), kind)
        if _is_party(root, ctx) and not blocked(root):
            out.append(k)
    return out


class _Context:
    """What the party rules need to know about the mention being judged."""

    __slots__ = ("owner", "kinds", "me", "kind")

    def __init__(self, owner: dict[int, int], kinds: dict[int, str], me: int, kind: str):
        self.owner, self.kinds, self.me, self.kind = owner, kinds, me, kind

    def other_actor(self, tok: Token) -> int | None:
        """The index of the actor mention ``tok`` belongs to, if it is not the judged one."""
        k = self.owner.get(tok.i)
        return None if k is None or k == self.me else k

    def is_object(self, tok: Token) -> bool:
        """Whether ``tok`` belongs to a program, mission, station or agreement mention."""
        k = self.owner.get(tok.i)
        return k is not None and self.kinds.get(k) in OBJECT_ACTOR_TYPES

    def is_country(self, tok: Token) -> bool:
        k = self.owner.get(tok.i)
        return k is not None and self.kinds.get(k) == "country"


def span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of ``doc[start:end]`` closest to the sentence root (the first if several)."""
    return min(doc[start:end], key=lambda t: (sum(1 for _ in t.ancestors), t.i))


def _is_party(tok: Token, ctx: _Context, depth: int = 0) -> bool:
    """Whether ``tok`` (the root of the judged actor mention, or a word it stands for) is in an
    argument position of a clause."""
    if depth > 12:
        return False
    dep, head = tok.dep_, tok.head
    if dep == "ROOT" or head.i == tok.i:
        return True
    if dep in SUBJECT_DEPS:
        if _lemma(head) in SAY_VERBS and _has_clause(head):
            return _reports_on_subject(head)  # a source, unless "X said it would ..."
        return not (ctx.kind == "agreement" and _lemma(head) in RULE_VERBS)
    if dep in OBJECT_DEPS:
        # The addressee of a verb of saying ("warned Congress that ...") is not a party.
        return not (_lemma(head) in SAY_VERBS and _has_clause(head))
    if dep == "pobj":
        return _prepositional_party(tok, head, ctx, depth)
    if dep in {"conj", "appos"}:
        return _is_party(head, ctx, depth + 1)
    if dep in MODIFIER_DEPS or (dep == "acl" and head.pos_ in {"NOUN", "PROPN"}):
        return _stands_for(tok, head, ctx, depth)
    return False


def _prepositional_party(tok: Token, prep: Token, ctx: _Context, depth: int) -> bool:
    word = prep.lower_
    governor = prep.head
    if word in NONPARTY_PREPS or governor.lower_ in NONPARTY_PREPS:
        return False
    if governor.lower_ in FRAMEWORK_NOUNS or (word == "to" and governor.lower_ in FRAMEWORK_TO):
        return False
    if prep.dep_ == "agent":
        # "activities covered by ITAR": the instrument, not a party.
        return not (ctx.kind == "agreement" and _lemma(governor) in RULE_VERBS)
    if word == "of" or word in {"including", "like"} or governor.lower_ == "such":
        return _stands_for(tok, governor, ctx, depth)
    if word == "in" and ctx.is_country(tok) and not _government_in(tok):
        return False  # a place: "ground stations in Argentina, Chile and South Africa"
    if word == "with" and _at_the_core(tok):
        return False  # "a trading system with the WTO at its core": how it is built
    if ctx.is_country(tok) and _destination(tok):
        return False  # "deploy an aircraft to Germany": where it goes
    return word in PARTY_PREPS


#: Nouns of "with X at its core / heart / centre": X is how something is built, not a side.
CORE_NOUNS = _words("core heart center centre hub")


def _at_the_core(tok: Token) -> bool:
    """ "with ASEAN at its centre", "with the WTO at its core": an absolute phrase. Read on the
    words as well, as the parser often hangs "at" on the verb."""
    doc = tok.doc
    words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 4]]
    if len(words) == 3 and words[0] == "at" and words[1] in _ITS:
        return _lemma(doc[tok.i + 3]) in CORE_NOUNS
    return any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and any(
            o.dep_ == "pobj"
            and _lemma(o) in CORE_NOUNS
            and any(p.dep_ == "poss" and p.lower_ in _ITS for p in o.children)
            for o in c.children
        )
        for c in tok.children
    )


#: Possessives of "at its core" that point back to what the phrase describes ("not at the
#: heart of its program", a place in a relation).
_ITS = frozenset({"its", "their"})


def _stands_for(tok: Token, noun: Token, ctx: _Context, depth: int) -> bool:
    """An actor modifying ``noun`` is a party when ``noun`` names a relation or is itself in an
    argument position; never when ``noun`` is, or is named by, another actor (a qualifier:
    "Pakistan's SUPARCO", "South Korea's Danuri orbiter"), unless the two are joined by a dash
    ("ESA–NASA agreement", "Sino-Indian")."""
    if ctx.other_actor(noun) is not None:
        if _dash_between(tok, noun) or ctx.is_object(noun):
            # "ESA joined NASA's Orion programme": a program, mission, station or agreement
            # is what the relation is about; its owner is the side.
            return _is_party(noun, ctx, depth + 1)
        return False
    if _lemma(noun) in RELATION_NOUNS:
        return True
    named_by = [
        c
        for c in noun.children
        if c.i != tok.i
        and c.dep_ in {"compound", "appos", "nmod", "nummod"}
        and ctx.other_actor(c) is not None
    ]
    if named_by:
        # "South Korea's Danuri orbiter": the noun is named by Danuri, a mission, whose owner
        # South Korea is the side; "Pakistan's SUPARCO": a qualifier.
        return all(ctx.is_object(c) for c in named_by) and _is_party(noun, ctx, depth + 1)
    after = noun.i + 1
    if (
        noun.pos_ == "NOUN"
        and after < len(noun.doc)
        and ctx.other_actor(noun.doc[after]) is not None
        and noun.doc[after].head.i in {noun.i, noun.head.i}
    ):
        return False  # "Turkey's space agency TUA", parsed as two subjects
    if noun.pos_ in {"NOUN", "PROPN", "VERB", "ADJ", "PRON", "NUM"}:
        return _is_party(noun, ctx, depth + 1)
    return False


def _dash_between(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.i, b.i))
    return any(a.doc[i].text in _DASHES for i in range(lo + 1, hi))


#: Prepositions of the channel a relation goes through ("cooperation through the European
#: Space Agency", "via the UN"): the channel is not a side.
CHANNEL_PREPS = frozenset({"through", "via"})
#: Actor types that a country can qualify ("Japan's Ministry of the Environment", "the
#: American company Intuitive Machines"): the qualified actor is the side.
QUALIFIED_TYPES = frozenset({"agency", "company", "organization"})


def vetoed(doc: Doc, mentions: Sequence[Mention], k: int) -> bool:
    """Whether the rules rule mention ``k`` out whatever its position: a country after "in"
    is a place ("ground stations in Argentina"); a country that only qualifies another actor
    of its own ("Japan's Ministry of the Environment", "the American company Intuitive
    Machines") is not a side of its own (joined by a dash it is: "the U.S.-India dialogue")."""
    start, end, _, kind = mentions[k]
    root = span_root(doc, start, min(end, len(doc)))
    if kind == "country" and _qualifies_actor(doc, mentions, k, root):
        return True
    if kind == "country" and _gloss_of_actor(doc, mentions, k, root):
        return True  # "NASA (United States), Roscosmos (Russia)": where each agency is from
    if _compared(root):
        return True  # "integrate as tightly with ESA as Canada": the standard of comparison
    if _describes_object(mentions, k, root):
        return True  # "the Accords, which guide nations in NASA's Artemis program"
    if (
        kind == "country"
        and root.dep_ in {"poss", "amod", "compound", "nmod"}
        and _lemma(root.head) in PLACE_NOUNS
    ):
        return True  # "the U.S. and Indian markets", "Ukrainian territory": a place
    if _reported_source(root):
        return True
    while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
        root = root.head  # "in Argentina, Chile and South Africa", "in the SSR (now X)"
    if _in_channel(root) or _misparsed_channel_conjunct(root):
        return True
    if kind != "person" and _topic_of_cooperation(root):
        return True  # "coordinate on Sudan", "work together on a review of the ITU": the topic
    if _excepted(root) or _role_of_object(root):
        return True
    if in_subject_description(root):
        return True
    if membership_frame(root) or (kind not in {"country", "person"} and worked_on(root)):
        return True  # "As members of the Quad, ...", "reform the WHO": a frame, a topic
    if kind not in {"country", "person"} and _created(root):
        return True
    if _in_background(root):
        return True
    if kind == "country" and _destination(root):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "with" and _at_the_core(root):
        return True
    if _framed_by(root):
        return True  # "in the frame of the SCO": the framework the sides act in
    if kind != "country" and directs_own_agency(root, mentions[k][2], list(mentions)):
        return True  # "Congress could give NASA a waiver to ...": it authorises, NASA acts
    if kind != "country" and answers_to_own_body(root, mentions[k][2], list(mentions)):
        return True  # "without certification to Congress": NASA answers to it, and acts
    if _vouching_agent(root) or author_of_described_text(root):
        return True  # "instruments certified by ESA", "the Guidelines, adopted by COPUOS"
    if kind not in {"country", "person"} and _author_of_instrument(root):
        return True  # "implement the UN Security Council resolutions": the text's author
    return (
        kind == "country"
        and root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and not _government_in(root)
    )


#: Nouns of a body that governs a place: "the government in X" is X's government, a side.
GOVERNING_NOUNS = _words("government authorities leadership regime administration parliament")
#: Nouns of "in the frame / framework of X", "under the auspices of X": X frames the claim.
FRAME_NOUNS = _words("frame framework auspices umbrella")


#: Texts of rules an act is measured against: their author is no side of the act ("call for
#: the implementation of UN Security Council resolutions by X", "in accordance with the
#: Charter of the United Nations").
RULE_TEXT_NOUNS = _words("""
    resolution guideline principle charter convention regulation rule norm recommendation
""")


def _author_of_instrument(tok: Token) -> bool:
    """Whether ``tok`` names the author of a text of rules that is the object of the claim's
    act, not its subject: "UN Security Council resolutions" or "the resolutions of the
    Security Council" implemented, complied with or violated. A resolution that acts ("The
    Security Council's resolution imposes sanctions on X") keeps its author."""
    if tok.dep_ in {"compound", "poss", "nmod"}:
        text = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ == "of":
        text = tok.head.head
    else:
        return False
    return _lemma(text) in RULE_TEXT_NOUNS and text.dep_ in {"pobj", "dobj", "conj"}


def _government_in(tok: Token) -> bool:
    """ "urge the new government in X to ...", "our partners in Japan and Europe": the
    country a governing body or those one works with are "in" is the side they stand for,
    not a place."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "in Tokyo and Canberra": the second is "in" as the first is
    prep = tok.head
    return prep.lower_ == "in" and (
        _lemma(prep.head) in GOVERNING_NOUNS or prep.head.lower_ in PARTNER_NOUNS
    )


def _framed_by(tok: Token) -> bool:
    """ "in the frame of X", "within the framework of X", "under the auspices of X"."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "of"
        and _lemma(prep.head) in FRAME_NOUNS
        and prep.head.dep_ == "pobj"
    )


def _gloss_of_actor(doc: Doc, mentions: Sequence[Mention], k: int, root: Token) -> bool:
    """Whether the country mention ``k`` is a gloss in brackets after another actor: "NASA
    (United States)", "JAXA (Japan)" name where the agency is from, not a side of its own
    (an agency and its own state are one side). Read on the words: the parser hangs the
    bracketed name on the actor before it as an apposition, or elsewhere."""
    start, end = mentions[k][0], min(mentions[k][1], len(doc))
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    return any(
        e == start - 1 and j != k and kind not in {"country", "person"}
        for j, (_, e, _, kind) in enumerate(mentions)
    ) and root.dep_ in {"appos", "conj", "npadvmod", "dep", "nmod", "compound", "pobj", "attr"}


#: Words after "as" that open a comparison of degree ("as tightly", "as closely", "as much").
_DEGREE_POS = frozenset({"ADV", "ADJ"})


def _compared(tok: Token) -> bool:
    """Whether ``tok`` is the standard of a comparison of degree ("integrate as tightly with ESA
    as Canada", "cooperate as closely with Japan as France does"): the object of the second
    "as" after an "as" that modifies an adverb or adjective earlier in the clause; not the role
    after a plain "as" ("joined as a partner", "welcomed India as a signatory")."""
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj":
        prep = tok.head  # "... as Canada"
    elif tok.dep_ == "nsubj":  # "... as Italy does"
        prep = next((c for c in tok.head.children if c.dep_ in {"mark", "prep"}), tok.head)
    else:
        return False
    if prep.lower_ != "as":
        return False
    doc = tok.doc
    return any(
        doc[j].lower_ == "as"
        and j + 1 < prep.i
        and doc[j + 1].pos_ in _DEGREE_POS
        and doc[j + 1].lower_ not in {"well", "such"}
        for j in range(max(0, prep.i - 12), prep.i)
    )


#: Dependency labels of a clause that describes a noun ("the Accords, which guide ...",
#: "an agreement calling for ...").
_DESCRIBING_DEPS = frozenset({"relcl", "acl"})


def _describes_object(mentions: Sequence[Mention], k: int, root: Token) -> bool:
    """Whether mention ``k`` only owns or names a program or mission ("NASA's Artemis program",
    "the NASA Echo II satellite") inside a clause that describes an agreement, program or
    mission ("the Artemis Accords, which guide nations participating in NASA's Artemis
    program"; "an agreement calling for joint tracking of the NASA Echo II satellite"): what
    the clause says describes the object of the claim; the owner named in it is no side."""
    if mentions[k][3] in OBJECT_ACTOR_TYPES or root.dep_ not in {"poss", "compound", "nmod"}:
        return False

    def owner(i: int) -> str:
        for j, (s, e, _, kind) in enumerate(mentions):
            if j != k and s <= i < e:
                return kind
        return ""

    if owner(root.head.i) not in OBJECT_ACTOR_TYPES and not (
        root.head.pos_ == "NOUN"
        and any(owner(c.i) in OBJECT_ACTOR_TYPES for c in root.head.children)
    ):
        return False
    return any(
        owner(anc.head.i) in OBJECT_ACTOR_TYPES
        or any(owner(c.i) in OBJECT_ACTOR_TYPES for c in anc.head.children)
        for anc in root.ancestors
        if anc.dep_ in _DESCRIBING_DEPS
    )


def _in_channel(tok: Token) -> bool:
    """Whether ``tok`` is the object of a channel preposition ("via the UN"); not the owner of
    a program named there ("fly payloads through NASA's CLPS program": NASA is a side)."""
    return tok.dep_ == "pobj" and tok.head.lower_ in CHANNEL_PREPS


#: Words of working together whose "on" names the topic of the work ("work together on a review
#: of the ITU", "coordination on Sudan"), not a side (unlike "sanctions on Russia").
COOPERATION_WORDS = _words(
    "cooperate collaborate coordinate work consult cooperation collaboration coordination "
    "consultation consultations dialogue"
)


#: Nouns of a stance or line toward another actor that sides coordinate ("coordinate their
#: policies toward Iran"): the actor is what the stance is about.
STANCE_NOUNS = _words("approach approaches policy policies response responses strategy strategies")


def _topic_of_cooperation(tok: Token) -> bool:
    """Whether ``tok`` (climbed past its conjuncts) is what cooperation is "on": the object of
    "on" after a word of working together, or the "of" of that object ("on the reform of the
    WTO")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ in {"to", "toward", "towards"}:
        # "coordinate their policies toward Iran": the stance coordinated is about X
        stance = tok.head.head
        return (
            _lemma(stance) in STANCE_NOUNS
            and stance.dep_ == "dobj"
            and _lemma(stance.head) in COOPERATION_WORDS
        )
    if tok.dep_ != "pobj" or tok.head.lower_ != "on":
        return False
    holder = tok.head.head
    for _ in range(2):
        if _lemma(holder) in COOPERATION_WORDS:
            return True
        if holder.pos_ == "VERB" and any(
            c.dep_ == "dobj" and _lemma(c) in COOPERATION_WORDS for c in holder.children
        ):
            return True  # "keep up close coordination ... on Sudan": "on" read on the verb
        # "coordination across the region, especially on Sudan": "on" read on the place
        if holder.dep_ != "pobj" or holder.head.lower_ not in {"in", "within", "across"}:
            return False
        holder = holder.head.head
    return _lemma(holder) in COOPERATION_WORDS


def _misparsed_channel_conjunct(tok: Token) -> bool:
    """Whether ``tok`` is the first of two coordinated names after a channel preposition that
    the parser read as a modifier of the second ("through the World Bank and Asian Development
    Bank": "Bank" as ``nmod`` of the last "Bank", with the "and" on it)."""
    return (
        tok.dep_ == "nmod" and any(c.dep_ == "cc" for c in tok.children) and _in_channel(tok.head)
    )


#: Nouns of a place a country adjective or possessive can qualify: the country is where, not
#: a side ("startups entering the Indian market", "the annexation of Ukrainian territory").
PLACE_NOUNS = _words("market territory soil waters region coast")
#: Verbs that report what a source found or said, beyond the verbs of saying.
REPORT_VERBS = SAY_VERBS | _words("inform show reveal find conclude")


#: Participles of a body that vouches for a thing ("vaccines approved by the WHO", "a mission
#: authorized by the Security Council", "instruments certified by ESA"): the body qualifies the
#: thing; it is no side of the relation.
VOUCHING_VERBS = _words(
    "approve assess authorize authorise certify endorse accredit evaluate validate recognize "
    "recognise mandate"
)


#: Participles of hosting an event and the events they describe ("the summit organized by X",
#: "a conference hosted by Y"): the host names the venue, no side of a relation held there.
ORGANIZING_VERBS = _words("organize organise host co-host convene chair co-chair sponsor")
EVENT_NOUNS = _words(
    "summit conference meeting forum workshop symposium congress session event dialogue roundtable"
)


def _vouching_agent(tok: Token) -> bool:
    """Whether ``tok`` is the agent ("by X") of a participle of ``VOUCHING_VERBS`` that modifies
    a noun or is an aside ("as assessed by X"), not the main verb of the sentence."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head
    if (
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "amod"}
        and _lemma(verb) in ORGANIZING_VERBS
        and _lemma(verb.head) in EVENT_NOUNS
    ):
        return True  # "at the next summit organized by France and Kazakhstan": the venue's host
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"acl", "advcl", "amod"}
        and _lemma(verb) in VOUCHING_VERBS
    )


def _reported_source(tok: Token) -> bool:
    """Whether ``tok`` lies in the subject of a verb that reports a clause ("information from
    CSIS indicated that ...", "a study by the RAND Corporation found that ...", "ISRO informed
    the media that ..."): the source of a report, not a side of what it reports. Not when the
    report is about the source itself ("NASA said it would ...")."""
    node = tok
    while node.dep_ in {"pobj", "prep", "poss", "compound", "conj", "appos", "amod", "nmod"}:
        if node.head.i == node.i:
            return False
        node = node.head
    if node.dep_ not in SUBJECT_DEPS:
        return False
    verb = node.head
    # The actor itself is the subject, or a person or name is ("X, manager for NASA's program,
    # said"): a verb of saying is left to the party decider (a quote's speaker acts for its own
    # side), a verb of finding or informing is a source; a common noun is a report
    # ("information from CSIS indicated that ...").
    direct = node.i == tok.i or node.pos_ != "NOUN"
    verbs = REPORT_VERBS - SAY_VERBS if direct else REPORT_VERBS
    return (
        _lemma(verb) in verbs
        and any(c.dep_ == "ccomp" for c in verb.children)
        and not _reports_on_subject(verb)
    )


#: Verbs and nouns of setting a body up: what is set up is the object of the relation, not a
#: side of it ("establish a joint council", "the launch of a research consortium").
CREATION_WORDS = _words(
    "establish establishment create creation launch set form formation found founding "
    "inaugurate inauguration convene"
)


def _created(tok: Token) -> bool:
    """Whether ``tok`` (a body, not a state) is what a verb or noun of ``CREATION_WORDS`` sets
    up: its direct object ("will establish an Industry Council") or "of" after the noun ("the
    launch of the Bio-5 Consortium"), or their conjuncts."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in {"dobj", "obj"}:
        return _lemma(tok.head) in CREATION_WORDS
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return _lemma(tok.head.head) in CREATION_WORDS
    return False


def _role_of_object(tok: Token) -> bool:
    """ "welcomed India and Mexico as new signatories", "chose ESA as its partner": what follows
    "as" is the role of the verb's object, not another side."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and any(c.dep_ in {"dobj", "obj"} for c in verb.children)


def _excepted(tok: Token) -> bool:
    """ "All States, other than the launching State, shall ...", "partners except China": what
    an exception leaves out of the group is not a side of the group's relation."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    return prep.lower_ == "except" or (prep.lower_ == "than" and prep.head.lower_ == "other")


#: Verbs and nouns of posting forces or equipment somewhere: a country after their "to" is where
#: they go ("deploy an aircraft to Germany"), not a side; unlike what is given or sold to a
#: country ("support to Ukraine", "sold satellites to Brazil") or a visit, an interaction ("a
#: trade mission to China").
DESTINATION_WORDS = _words("deploy deployment redeploy relocate relocation")


def _destination(tok: Token) -> bool:
    """Whether ``tok`` is the object of "to" after a word of ``DESTINATION_WORDS``."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    governor = tok.head.head
    return governor.i != tok.head.i and _lemma(governor) in DESTINATION_WORDS


#: Prepositions of time and concession: what they introduce is the background of the claim
#: ("After the Russian invasion of Ukraine, ESA ended ...", "Despite warnings from CSIS").
BACKGROUND_PREPS = frozenset({"after", "since", "during", "despite", "amid", "amidst", "following"})


def _in_background(tok: Token) -> bool:
    """Whether ``tok`` lies in a phrase of time or concession (``BACKGROUND_PREPS``)."""
    return any(
        t.dep_ == "pobj" and t.head.lower_ in BACKGROUND_PREPS for t in (tok, *tok.ancestors)
    )


def _qualifies_actor(doc: Doc, mentions: Sequence[Mention], k: int, root: Token) -> bool:
    if root.dep_ not in {"poss", "amod", "compound", "nmod"}:
        return False
    head = root.head
    # the actor itself, or a common noun in apposition with it ("the American company
    # Intuitive Machines")
    near = [head]
    if head.pos_ == "NOUN":
        near += [head.head] if head.dep_ in {"compound", "appos", "nmod"} else []
        near += [c for c in head.children if c.dep_ in {"appos", "compound", "nmod"}]
    for j, (s, e, _, kind) in enumerate(mentions):
        if j != k and kind in QUALIFIED_TYPES and any(s <= t.i < e for t in near):
            return not _dash_between(root, head)
    return False


def blocked(tok: Token) -> bool:
    """Whether ``tok`` lies in a background clause or a place/time/framework phrase."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ in NONPARTY_PREPS:
            return True
        if t.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children
        ):
            return True
        if t.dep_ == "prep" and (t.lower_ in NONPARTY_PREPS or t.head.lower_ in FRAMEWORK_NOUNS):
            return True
    return False


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children) or verb.dep_ in {
        "parataxis"
    }


def _reports_on_subject(verb: Token) -> bool:
    """ "X said it would ...": the reported clause's subject refers back to the speaker."""
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"}):
        for c in clause.children:
            if c.dep_ not in SUBJECT_DEPS:
                continue
            if c.lower_ in ANAPHORIC_PRONOUNS:
                return True
            if _lemma(c) in ANAPHORIC_NOUNS and any(d.lower_ == "the" for d in c.children):
                return True
    return False
