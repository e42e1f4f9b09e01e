"""The sides a claim can name without naming an actor, and which actors can be sides at all.

Who the parties of a claim are depends on more than the actor mentions of its sentence:

- **the document's principals**: a joint statement's "we", "our partnership", "the two
  Presidents" and "they" are its signatories; a speech's or press release's "we" is the
  speaker's country (ANNOTATION_GUIDE: a person acting for a state stands for the state). The
  principals are the countries named in the document's title (a person or agency counts as its
  country); without a title, the country the document mentions most (in a speech, the state of
  the agencies and officials it names). A fact sheet on a partnership with another country is
  joint; an agency's release whose title names no state speaks as the agency. "our world" is
  nobody's side; "our alliance" in a text with two principals is both of theirs.
- **party terms** of legal texts ("States Parties", "the Contracting Parties", "the
  Signatories") and **offices** ("the Secretary-General of the United Nations"): sides of the
  rules that oblige or address them. An actor mention that already covers such a term (the
  actors component's self-reference resolution) is used as it is.
- **what a relation is about is not a side**: a program, mission, station or agreement is the
  object of cooperation ("a roadmap for the ILRS", "sign the Artemis Accords") or its frame
  ("in accordance with the Charter"); a person stands for the state they act for.

All functions are pure: they take token offsets, texts and actor tuples, and return mentions
``(start token, end token, canonical actor, type)`` in the form the party rules read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.parse_words import RELATION_NOUNS, SAY_VERBS, lemma
from pipeline.nlp.extract.speaker_words import (
    coordinated_speaker,
    one_side_speaks,
    own_state_word,
    quoted,
    speaker_with,
)
from pipeline.schema import OBJECT_ACTOR_TYPES

#: A mention as the party rules read it: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]

#: Actor types that are never the side of a relation: what it is about or framed by.
OBJECT_TYPES = OBJECT_ACTOR_TYPES
#: Actor types that stand for their country when they are a side.
STANDS_FOR_COUNTRY = frozenset({"person"})

#: A title that names the signatories of a joint text: its "we" is all of them. The agreed
#: (joint) minutes of a meeting of two delegations are signed by both heads of delegation:
#: "the two sides", "both sides" and a claim naming one side are the two delegations' states.
_JOINT_TITLE = re.compile(
    r"\bjoint\s+(?:[\w'’-]+\s+){0,2}(?:statement|declaration|communiqu|press|fact|vision|"
    r"readout|release|remarks|letter|leaders|minutes)|\broadmap\b|\bdeclaration\b|\bcommuniqu|"
    r"\bbilateral\b|\bleaders\W|\bagreed\s+minutes\b",
    re.I,
)
#: Remarks by two speakers: joint when the title names a country ("President Macron of France").
_TWO_SPEAKERS = re.compile(r"^remarks by .+ and ", re.I)
#: A government's fact sheet (on a visit, a partnership with another country).
_FACT_SHEET = re.compile(r"^\W*fact sheet\b", re.I)
#: A speech, statement or briefing: its "we" is the speaker's government.
_SPEECH_TITLE = re.compile(
    r"^(?:remarks|speech|address|statement|testimony|keynote|interview|press briefing)\b", re.I
)
#: Actor types that are a government's own: the bodies and officials a speaker names.
_GOVERNMENT_TYPES = frozenset({"agency", "person"})
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Nouns that, after "our", "both", "the two" or "the", name the principals together.
_TOGETHER_NOUNS = frozenset(
    {"countries", "nations", "peoples", "governments", "sides", "leaders", "presidents",
     "partners", "administrations", "delegations"}
)  # fmt: skip
#: Nouns of the principals' relation with each other: "our alliance", "our strong bilateral
#: partnership" in a text with two principals is theirs, not the speaker's alone.
_SHARED_RELATIONS = frozenset(
    {"alliance", "partnership", "relationship", "relations", "ties", "friendship",
     "cooperation", "collaboration", "dialogue"}
)  # fmt: skip
#: Nouns after "our" that are everyone's, not the speaker's state: "our world", "our time".
_COMMON_NOUNS = frozenset(
    {"world", "planet", "earth", "humanity", "future", "time", "times", "children",
     "generation", "generations", "species", "civilization", "universe", "lifetime"}
)  # fmt: skip
#: Singular nouns after "our" or "my" that name the speaker's own state ("our nation will
#: ...", a delegate's "my delegation").
_OWN_STATE = frozenset({"nation", "country", "government", "administration", "delegation"})
#: The names of foreign ministries, whose "we" is their state's.
FOREIGN_MINISTRY = re.compile(r"Foreign (?:Affairs|Ministry|Office)|External Affairs")
#: Words that name the principals together on their own (in a text with two or more).
_TOGETHER_WORDS = frozenset({"bilateral", "bilaterally"})
#: Words that open a recital of a preamble, whose subject is the instrument's parties.
_RECITALS = frozenset(
    {"desiring", "wishing", "recognizing", "recognising", "considering", "noting", "recalling",
     "affirming", "reaffirming", "convinced", "determined", "mindful", "aware", "believing"}
)  # fmt: skip
#: Subject pronouns that refer to the principals in a joint text ("They welcome ...").
_THIRD_PLURAL = frozenset({"they", "their", "them"})
#: Words in front of a plural noun that make it the principals together.
_TOGETHER_DETS = frozenset({"our", "both", "two", "the"})
#: Numbers that count the principals before their noun ("our two countries", "the three
#: Governments" of a trilateral agreement).
_COUNTS = {"two": 2, "three": 3, "four": 4}
#: The testimonium that closes an instrument: "IN WITNESS WHEREOF the undersigned, duly
#: authorised by their Governments, have signed this Agreement" (the Parties sign by them).
_WITNESS = re.compile(r"\s*in\s+witness\s+whereof\b", re.I)
#: Who signs in it: "the undersigned", "the representatives named below", "the plenipotentiaries".
_SIGNERS = frozenset({"undersigned", "representatives", "plenipotentiaries"})

#: Party terms of legal texts, as the gold set names them (case matters: "States Parties").
PARTY_TERMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bStates? Part(?:y|ies)\b"), "States Parties"),
    (re.compile(r"\bContracting Part(?:y|ies)\b"), "Contracting Parties"),
    (re.compile(r"\b(?:Signator(?:y|ies)|(?<=Accords )signatories)\b"), "Signatories"),
    # lowercase: "signatory nations" (the states that signed), "other signatories", "the
    # original signatories" (not "a signatory of", "the number of signatories")
    (
        re.compile(
            r"\bsignatory (?:nations|countries|states)\b|"
            r"\b(?:other|fellow|original|founding) signatories\b",
            re.I,
        ),
        "Signatories",
    ),
    # the states a liability or registration convention obliges by their role
    (re.compile(r"\b[Ll]aunching States?\b"), "Launching State"),
    (re.compile(r"\bStates? of [Rr]egistry\b"), "State of Registry"),
    (
        re.compile(r"\bSecretary[- ]General(?: of the United Nations)?\b"),
        "UN Secretary-General",
    ),
)


#: The names of party terms (here and in the self-reference component's list).
PARTY_TERM_NAMES = frozenset(
    {"States Parties", "Contracting Parties", "Signatories", "Partner States", "Member States",
     "Participating States", "Cooperating Agencies"}
)  # fmt: skip


@dataclass(frozen=True)
class Principals:
    """The countries a document speaks for: ``actors`` with the speaker first; ``joint`` when its
    first person is all of them (a joint statement, remarks by two leaders); ``by_type`` the
    actor of each type the document mentions most ("the agency")."""

    actors: tuple[str, ...] = ()
    joint: bool = False
    by_type: tuple[tuple[str, str], ...] = ()
    topic: tuple[str, str] = ("", "")
    #: The agency that speaks when the title names it and no state ("NASA Shares Medical
    #: Expertise ..."): its "we" is the agency, not its state.
    voice: str = ""
    #: The instrument's own parties when they are not the principal states: the agencies of an
    #: arrangement between agencies, the parties its preamble defines
    #: (``instrument_sides``), with their types; and the words that name them ("Parties").
    signatories: tuple[tuple[str, str], ...] = ()
    party_words: frozenset[str] = frozenset({"Party", "Parties"})

    @property
    def speaker(self) -> tuple[str, ...]:
        if self.voice and not self.joint:
            return (self.voice,)
        return self.actors if self.joint else self.actors[:1]

    @property
    def addressees(self) -> tuple[str, ...]:
        return () if self.joint else self.actors[1:2]

    def most_mentioned(self, kind: str) -> str:
        """The document's topic when it is of ``kind``, else its most mentioned ``kind``."""
        if self.topic[1] == kind:
            return self.topic[0]
        return dict(self.by_type).get(kind, "")


def document_principals(
    title_actors: Sequence[tuple[str, str, str]],
    body_actors: Iterable[tuple[str, str, str]],
    *,
    title: str = "",
) -> Principals:
    """The document's topic is the first actor of its title, else of its text (an encyclopedia
    article opens with its subject), that is not an object type.

    The principal countries from the actors ``(canonical, type, country)`` of the title (an
    agency, person or organisation as its country: a speaker's "we" is its country), else the
    country the body mentions most (counted the same way)."""
    principals: list[str] = []
    for value in _countries(title_actors):
        if value not in principals:
            principals.append(value)
    joint = bool(_JOINT_TITLE.search(title)) or (
        bool(_TWO_SPEAKERS.search(title)) and any(kind == "country" for _, kind, _ in title_actors)
    )
    body = list(body_actors)
    counts = Counter(_countries(body))
    if len(principals) == 1 and not joint and re.search(r"\bwith\b", title, re.I):
        # "Fact Sheet: ... Partnership with Australia": the title names the counterpart; the
        # speaker is the country the text mentions most (not when the title names the speaker
        # too: "NASRDA Signs Memorandum with CNSA")
        speaker = next((c for c, _ in counts.most_common() if c not in principals), "")
        if speaker:
            principals.insert(0, speaker)
    if _FACT_SHEET.search(title) and len(principals) >= 2:
        # A fact sheet on two governments' partnership or visit reports what both did: its
        # "we" and "our alliance" are both, as in a joint statement.
        joint = True
    if not principals and _SPEECH_TITLE.search(title):
        # A speaker whose title names no country ("Remarks by the National Security Advisor
        # ..."): the state of the agencies and officials the speech names, not the country it
        # names most (a speech on a rival names the rival most).
        own = Counter(_countries([a for a in body if a[1] in _GOVERNMENT_TYPES]))
        if own:
            principals.append(own.most_common(1)[0][0])
    if not principals or (joint and len(principals) < 2):
        for country, _ in counts.most_common():
            if country not in principals:
                principals.append(country)
            # a party term ("the Signatories to this Declaration") already names every
            # signatory: no state is its second principal
            if len(principals) >= (2 if joint else 1) or country in PARTY_TERM_NAMES:
                break
    by_type: dict[str, Counter] = {}
    for name, kind, _ in body:
        by_type.setdefault(kind, Counter())[name] += 1
    most = tuple((k, c.most_common(1)[0][0]) for k, c in sorted(by_type.items()))
    topic = next(  # what "It" opening a sentence is: never a person ("he", "she")
        (
            (name, kind)
            for name, kind, _ in (*title_actors, *body)
            if kind not in OBJECT_TYPES and kind != "person"
        ),
        ("", ""),
    )
    agencies = {name for name, kind, _ in title_actors if kind == "agency"}
    voice = ""
    if (
        len(agencies) == 1
        and len(principals) == 1
        and not any(kind in {"country", "person"} for _, kind, _ in title_actors)
        and not _SPEECH_TITLE.search(title)  # "Remarks ... Before the Space Council": a venue
        # a foreign ministry's spokesperson speaks for the state ("we oppose ..." in a
        # briefing of China's Ministry of Foreign Affairs is China)
        and not FOREIGN_MINISTRY.search(next(iter(agencies)))
    ):
        voice = next(iter(agencies))
    return Principals(tuple(principals), joint and len(principals) >= 2, most, topic, voice)


def _countries(actors: Sequence[tuple[str, str, str]]) -> list[str]:
    """The country of each actor (a country is its own), in order, repeated."""
    return [
        name if kind == "country" else country
        for name, kind, country in actors
        if (name if kind == "country" else country)
    ]


#: Definite nouns that refer to the actor of a type the document mentions most ("the agency").
_DEFINITE_TYPES = {"agency": "agency", "office": "organization", "company": "company"}


def principal_mentions(doc: Doc, principals: Principals) -> list[Mention]:
    """Mentions of the principals in the sentence ``doc``: the first person plural ("we",
    "our"), words that name them together ("our two countries", "both nations", "the
    Presidents", "bilateral"; in a joint text also "they"), the second person of a speaker
    addressing another principal ("we welcome you"), "the agency" of an agency's text, and the
    "undersigned" of an instrument's testimonium (its parties, who sign by them)."""
    if not principals.actors and not principals.signatories:
        return []
    out: list[Mention] = []
    together = principals.actors if len(principals.actors) >= 2 else ()
    for tok in doc:
        low = tok.lower_
        names: Sequence[str] = ()
        end = tok.i + 1
        if low in _FIRST_PLURAL:
            if low == "our" and _together_noun(doc, tok.i + 1):
                names = together or principals.speaker
                end = _together_end(doc, tok.i + 1)  # "our nations": the noun is the argument
            elif low == "our" and together and _shared_relation(doc, tok.i + 1):
                names = together
            elif low == "our" and _common_noun(doc, tok.i + 1):
                names = ()
            elif low == "our" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _OWN_STATE:
                names = principals.speaker  # "our nation will partner with ...": the noun
                end = tok.i + 2  # is the argument, as in "our two countries"
            else:
                names = principals.speaker
        elif low == "my" and own_state_word(doc, tok.i, _OWN_STATE):
            names = principals.speaker  # "My delegation will support ...", "my government"
            end = tok.i + 2
        elif (
            tok.text == "I"
            and not quoted(doc, tok.i)
            and (coordinated_speaker(doc, tok.i) or speaker_with(tok))
        ):
            # "President Macron and I agreed ...", "I signed an agreement with the President of
            # Nigeria": the speaker acts for the state, a side like "we"
            names = principals.speaker
        elif low in {"you", "your"} and principals.addressees:
            names = principals.addressees
        elif low in _TOGETHER_WORDS and together:
            names = together
        elif _together_noun(doc, tok.i) and tok.i > 0 and together:
            prev = doc[tok.i - 1].lower_
            if prev in _TOGETHER_DETS - {"our"} and (
                prev != "the"
                or low in {"presidents", "leaders", "sides", "two"}
                or _COUNTS.get(low) == len(together)  # "the three Governments" of three
            ):
                names = together
                end = _together_end(doc, tok.i)
        elif low in _SIGNERS and _WITNESS.match(doc.text):
            names = [name for name, _ in principals.signatories] or together
        elif low == "side" and tok.i > 0 and doc[tok.i - 1].lower_ in {"each", "either"}:
            names = together  # "each side will ...": any of the signatories
        elif (
            low == "agencies"
            and tok.i > 0
            and doc[tok.i - 1].lower_ in {"both", "two"}
            and (
                len(principals.signatories) == 2
                and all(kind == "agency" for _, kind in principals.signatories)
            )
        ):
            names = [name for name, _ in principals.signatories]  # "our two agencies"
        elif _bilateral_party(doc, tok.i, principals.party_words) and principals.signatories:
            names = [name for name, _ in principals.signatories]  # an arrangement's agencies
        elif _bilateral_party(doc, tok.i) and together:
            names = together  # "the Parties", "each Party" of an agreement between two states
        elif (
            low in _THIRD_PLURAL
            and (principals.joint or (together and doc[0].lower_ in _RECITALS))
            and _refers_to_principals(tok)
        ):
            names = together  # "Desiring to deepen their friendship": the Parties' recital
        elif low in _DEFINITE_TYPES and tok.i > 0 and doc[tok.i - 1].lower_ == "the":
            name = principals.most_mentioned(_DEFINITE_TYPES[low])
            names = (name,) if name else ()
        elif low == "it" and _opens_clause_as_agent(tok) and principals.topic[0]:
            names = (principals.topic[0],)  # "It works to establish ..." in an article on it
        kind = "agency" if low in _DEFINITE_TYPES or low == "it" else "country"
        kinds = dict(principals.signatories)
        for name in names:
            out.append((tok.i, end, name, kinds.get(name, kind)))
    return out


#: Words before "Party" / "Parties" of an agreement that name its signatories ("the Parties",
#: "each Party", "the other Party", "No Party shall"); "States Parties" and "Contracting Parties" are party
#: terms of their own (``PARTY_TERMS``).
_PARTY_DETS = frozenset({"the", "both", "two", "each", "either", "other", "neither", "no"})


def _bilateral_party(
    doc: Doc, i: int, words: frozenset[str] = frozenset({"Party", "Parties"})
) -> bool:
    """Whether ``doc[i]`` is the capitalised "Party" / "Parties" of an agreement (or another of
    ``words``, the instrument's own: "the Sides") after a determiner ("the Parties shall
    consult", "Each Party shall inform the other Party")."""
    tok = doc[i]
    return tok.text in words and i > 0 and doc[i - 1].lower_ in _PARTY_DETS


def with_principals(
    sides: list[str],
    principals: Principals,
    *,
    countries: Mapping[str, str] | None = None,
    doc: Doc | None = None,
) -> list[str]:
    """The sides of a claim of a joint text: its signatories speak in every sentence, so a
    claim that names fewer than two sides is theirs ("This special occasion reaffirms a
    relationship ...", "France is also contributing ..."); other texts keep their sides.

    A signatory whose own body is already a side (``countries``: side -> its country; "the
    U.S. Department of Commerce" of the United States) acts through it and is not added; nor
    are they when one of them speaks in the sentence ``doc`` ("Kenya said it was studying
    ...", ``speaker_words.one_side_speaks``): the text reports that side's own words."""
    if not principals.joint or len(sides) >= 2 or (doc is not None and one_side_speaks(doc)):
        return sides
    acting = {(countries or {}).get(side, "") for side in sides}
    return sides + [p for p in principals.actors if p not in sides and p not in acting]


def _common_noun(doc: Doc, i: int) -> bool:
    """Whether a noun everyone shares ("world", "future") follows ``doc[i]``, after at most
    two modifiers ("our shared future")."""
    for j in range(i, min(i + 3, len(doc))):
        if doc[j].lower_ in _COMMON_NOUNS:
            return True
        if doc[j].tag_ not in {"JJ", "VBN", "HYPH"}:
            return False
    return False


def together_word(doc: Doc, mention: Mention) -> bool:
    """Whether ``mention`` is a word like "bilateral" that names the principals together only
    by implication: it yields to two sides the sentence names ("a bilateral platform between
    KASA and NASA")."""
    return doc[mention[0]].lower_ in _TOGETHER_WORDS


def _shared_relation(doc: Doc, i: int) -> bool:
    """Whether a relation noun of two sides ("alliance", "partnership") follows ``doc[i]``,
    after at most three modifiers ("our strong and enduring alliance")."""
    for j in range(i, min(i + 4, len(doc))):
        tok = doc[j]
        if tok.lower_ in _SHARED_RELATIONS:
            return True
        if tok.tag_ not in {"JJ", "JJR", "JJS", "RB", "CC", "HYPH", "VBN"}:
            return False
    return False


def _together_end(doc: Doc, i: int) -> int:
    """The end of the plural noun that starts at ``doc[i]`` ("nations", "two countries")."""
    return i + 2 if doc[i].lower_ in _COUNTS else i + 1


def _opens_clause_as_agent(tok) -> bool:
    """ "It" opening the sentence as the subject of a verb other than "be" (not the "it" of
    "It is not surprising that")."""
    first = next((t for t in tok.doc if not t.is_punct), None)
    return (
        first is not None
        and first.i == tok.i
        and tok.dep_ == "nsubj"
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_.lower() != "be"
    )


def _together_noun(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` (or the word after "two") is a plural noun of the principals."""
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.lower_ in _COUNTS and i + 1 < len(doc):
        tok = doc[i + 1]
    return tok.lower_ in _TOGETHER_NOUNS


def _refers_to_principals(tok) -> bool:
    """ "They welcome ...": a sentence-initial or subject "they" of a joint text, not "their
    quest" of another group named before it in the sentence."""
    if tok.lower_ == "they":
        return True
    return not any(t.tag_ in {"NNS", "NNPS"} for t in tok.doc[: tok.i])


def party_term_spans(doc: Doc) -> list[Mention]:
    """Every party term and office in the sentence ``doc``, as mentions of its whole text
    ("the Secretary-General of the United Nations" is one office)."""
    out: list[Mention] = []
    for pattern, name in PARTY_TERMS:
        for m in pattern.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end, name, "organization"))
    return out


def party_term_mentions(doc: Doc, covered: set[int]) -> list[Mention]:
    """Party terms and offices in the sentence ``doc`` whose first word no actor mention
    covers (an actor inside the term, "the United Nations" of the Secretary-General's title,
    is part of the office)."""
    return [t for t in party_term_spans(doc) if t[0] not in covered]


def outside_party_terms(mentions: list[Mention], doc: Doc) -> list[Mention]:
    """``mentions`` without those inside a party term or office that name something else (the
    organisation in an office's title is part of the office, not a side of its own)."""
    terms = party_term_spans(doc)
    return [
        m for m in mentions if not any(s <= m[0] < e and m[2] != name for s, e, name, _ in terms)
    ]


#: Last words of the names of meetings and dialogues ("the U.S.-France Cyber Dialogue", "the
#: One Forest Summit", "an Ambassador Roundtable"): the venue of a relation, never its side
#: (a standing organisation, "Pacific Islands Forum", "European Space Conference", is).
EVENT_HEADS = frozenset(
    {"dialogue", "summit", "roundtable", "talks", "meeting", "exercise", "handshake",
     "consultations", "symposium", "workshop"}
)  # fmt: skip


def _head_word(name: str) -> str:
    """The head noun of a name: its last word before "on", "of" or "for" ("Comprehensive
    Dialogue on Space" -> "dialogue")."""
    head = re.split(r"\s(?:on|of|for|between)\s", name, maxsplit=1)[0].split()
    return head[-1].lower() if head else ""


#: The name of two sides' relation ("the U.S.-Japan Alliance", "US-India Partnership"): two
#: names joined by a dash, then a relation noun. It names the relation, not a side of it.
_RELATION_NAME = re.compile(
    r"^(?:the\s+)?\S+[-–]\S+\s+(?:alliance|partnership|relationship|cooperation)$", re.I
)


def side_of(name: str, kind: str, country: str) -> str:
    """The side an actor found in a party position stands for: a person's country (or no side
    without one), nothing for an object type, a meeting ("the Nutrition for Growth Summit") or
    the name of the sides' relation itself ("the U.S.-Japan Alliance"), else the actor
    itself."""
    if kind in OBJECT_TYPES:
        return ""
    if kind not in {"country", "person"} and (
        _head_word(name) in EVENT_HEADS
        or (name.split() and name.split()[-1].lower() in EVENT_HEADS)
        or _RELATION_NAME.match(name)
    ):
        return ""
    if kind in STANDS_FOR_COUNTRY:
        return country
    return name


#: Verbs by which a text's authors greet or acknowledge what others do ("The United States
#: welcomes Japan's plan to work with the Philippines", "We applaud the partnership between
#: NASA and JAXA"): when what is welcomed names two sides of its own, the relation is theirs
#: and the welcoming subject is not a side of it.
FRAME_VERBS = frozenset(
    {"welcome", "welcomes", "welcomed", "welcoming", "applaud", "applauds", "applauded",
     "commend", "commends", "commended", "hail", "hails", "hailed", "celebrate", "celebrates",
     "celebrated", "note", "notes", "noted", "noting", "praise", "praises", "praised"}
)  # fmt: skip


def framed_relation(doc: Doc, mention: Mention) -> frozenset[int]:
    """The tokens of what ``mention`` welcomes, applauds or notes when it is the subject of such
    a verb (``FRAME_VERBS``; a verb coordinated with it counts: "support and welcome"); empty
    otherwise. The caller decides whether that object names two sides of its own."""
    start, end = mention[0], min(mention[1], len(doc))
    if start >= end:
        return frozenset()
    root = min(doc[start:end], key=lambda t: (sum(1 for _ in t.ancestors), t.i))
    while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
        root = root.head  # "The United States and Japan welcome ..."
    if root.dep_ not in {"nsubj", "nsubjpass"}:
        return frozenset()
    verbs = [root.head, *(c for c in root.head.children if c.dep_ == "conj")]
    out: set[int] = set()
    for verb in verbs:
        if verb.lower_ not in FRAME_VERBS:
            continue
        for obj in verb.children:
            # an event or plan ("Japan's plan", "the signing of ..."), not the newcomers a
            # text welcomes as partners ("We welcome India and Mexico as signatories")
            if obj.dep_ in {"dobj", "obj"} and obj.pos_ == "NOUN":
                out.update(t.i for t in obj.subtree)
    return frozenset(out)


def without_framers(sides_at: Sequence[tuple[str, frozenset[int], frozenset[int]]]) -> set[str]:
    """The sides to drop as mere framers: ``sides_at`` holds each found side with the tokens of
    its mention and what it frames (``framed_relation``). The sides of one framing mention
    ("We", "The Presidents": all the signatories) are dropped together when what they frame
    holds two or more other sides and none of their own ("The Presidents welcome the progress
    of the U.S.-EU task force" keeps them: one of them is in it)."""
    # the subjects that frame one object are one group, also when they are coordinated
    # mentions of their own ("The United States and Australia welcomed ...")
    groups: dict[frozenset[int], set[str]] = {}
    for side, _own, framed in sides_at:
        if framed:
            groups.setdefault(framed, set()).add(side)
    drop: set[str] = set()
    for framed, framers in groups.items():
        inside = {s for s, toks, _ in sides_at if toks and toks <= framed}
        if len(inside - framers) >= 2 and not inside & framers:
            drop |= framers
    return drop


#: Dependency labels of a word that only qualifies a noun ("Canada's delegation", "American
#: ingenuity", "the U.S. market").
_QUALIFIER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def implied_side(doc: Doc, mention: Mention, *, principal: bool) -> bool:
    """Whether ``mention`` names its side only by implication: a person (who acts for a state
    or body), the document's principals ("we", "our"), or a word that qualifies a noun ("the
    Canadian astronaut", "India's delegation"). A state implied so beside its own agency in
    one claim is not a side of its own (the agency acts)."""
    start, end, _, kind = mention
    if principal or kind == "person":
        return True
    if start >= min(end, len(doc)):
        return True
    root = min(doc[start:end], key=lambda t: (sum(1 for _ in t.ancestors), t.i))
    # the owner of a relation noun names a side ("Canada's contribution", "India's partners")
    return root.dep_ in _QUALIFIER_DEPS and lemma(root.head) not in RELATION_NOUNS


def reports_others(doc: Doc, mention: Mention) -> bool:
    """Whether the principals' ``mention`` ("we", "the leaders") is the subject of a verb of
    saying whose clause has a subject of its own that is a name or noun ("Today we announce
    that the FDA and the PMDA intend to collaborate"): the text's authors report the relation
    of others, they are not its side. Not when the clause's subject is a pronoun ("we announce
    that we will ...", "they said it would ...")."""
    start, end = mention[0], min(mention[1], len(doc))
    if start >= end:
        return False
    tok = doc[start]
    if tok.dep_ not in {"nsubj", "nsubjpass"} or lemma(tok.head) not in SAY_VERBS:
        return False
    for clause in (c for c in tok.head.children if c.dep_ == "ccomp"):
        subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects and all(c.pos_ in {"PROPN", "NOUN"} for c in subjects):
            return True
    return False


def is_fact_sheet(title: str) -> bool:
    """Whether ``title`` is a government's fact sheet ("Fact Sheet: ...")."""
    return bool(_FACT_SHEET.search(title))


def subjectless_item(doc: Doc) -> bool:
    """Whether the sentence ``doc`` is a list item whose main verb opens it without a subject
    ("- Signing a memorandum with Poland on ...", "Launch a joint study with Brazil"): in a
    government's fact sheet, the issuing government does what it says."""
    first = next((t for t in doc[_after_marker(doc) :] if t.is_alpha), None)
    return (
        first is not None
        and first.tag_ in {"VBG", "VB"}
        and first.dep_ == "ROOT"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in first.children)
    )


def counterparts_only(doc: Doc, spans: Sequence[frozenset[int]]) -> bool:
    """Whether every side named (``spans``: the token indices of each) is a counterpart "with"
    whom the act is done or the object of the item's verb ("- Signing memoranda with Japan and
    Canada", "- Launching a program with partners including X and Y", "- Supporting X and Y in
    ..."): in a fact sheet's list item the
    issuing government is then the other side. Not when they are the sides "between" whom a
    relation is set up ("- Launching a partnership between X and Y")."""
    if not spans:
        return False
    for toks in spans:
        root = next((doc[i] for i in sorted(toks) if doc[i].head.i not in toks), None)
        if root is None:
            return False
        if _item_object(root):
            continue  # "- Supporting Angola and Nigeria in ...": the government supports them
        words = [a.lower_ for a in root.ancestors if a.dep_ == "prep"]
        if "with" not in words or "between" in words:
            return False
    return True


def _item_object(tok: Token) -> bool:
    """Whether ``tok`` (or the first of the conjuncts it belongs to) is the direct object of the
    list item's opening verb ("- Supporting Angola and Nigeria ...")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.dep_ == "ROOT" and tok.head.tag_ in {"VBG", "VB"}


def _after_marker(doc: Doc) -> int:
    """The index of the first token after a leading "(vi)" / "(b)" / "3." marker (0 if none)."""
    if len(doc) > 2 and doc[0].text == "(":
        close = next((t.i for t in doc[1:4] if t.text == ")"), None)
        return close + 1 if close is not None else 0
    return 0


#: A list's lead-in whose items continue its clause: a modal, then a colon or dash at its end
#: ("... shall:", "... will—", "... shall, in consultation with the heads of agencies:").
_LEAD_IN_END = re.compile(r"\b(?:shall|will|should|must|may)\b[^.;:]{0,120}[:—–]\s*$", re.I)
#: Words that open an item with a subject of its own ("(b) the Secretary shall ...").
_OWN_SUBJECT = frozenset({"the", "a", "an", "each", "any", "no", "all", "every", "this"})


def continues_lead_in(doc: Doc) -> bool:
    """Whether the list item ``doc`` continues its lead-in's clause: after its marker ("(vi)")
    a lowercase word that does not open a subject of its own ("coordinate launch acquisitions
    ...", not "the Secretary shall ...")."""
    first = next((t for t in doc[_after_marker(doc) :] if t.is_alpha), None)
    return first is not None and first.is_lower and first.lower_ not in _OWN_SUBJECT


def is_lead_in(text: str) -> bool:
    """Whether the sentence ``text`` is a list's lead-in whose items complete its clause: it
    ends with a modal and a colon or dash ("The Secretary of War and the Administrator of NASA
    shall:", "... shall, in consultation with the heads of agencies:"), as in orders, statutes
    and policy directives; its subjects (before the modal) do what each item says."""
    return bool(_LEAD_IN_END.search(text.rstrip()))
