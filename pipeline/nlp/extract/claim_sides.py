"""The sides a claim can name without naming an actor, and which actors can be sides at all.

Who the parties of a claim are depends on more than the actor mentions of its sentence:

- **the document's principals**: a joint statement's "we", "our partnership", "the two
  Presidents" and "they" are its signatories; a speech's or press release's "we" is the
  speaker's country (ANNOTATION_GUIDE: a person acting for a state stands for the state). The
  principals are the countries named in the document's title (a person or agency counts as its
  country); without a title, the country the document mentions most.
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

#: A mention as the party rules read it: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]

#: Actor types that are never the side of a relation: what it is about or framed by.
OBJECT_TYPES = frozenset({"program", "mission", "station", "agreement"})
#: Actor types that stand for their country when they are a side.
STANDS_FOR_COUNTRY = frozenset({"person"})

#: A title that names the signatories of a joint text: its "we" is all of them.
_JOINT_TITLE = re.compile(
    r"\bjoint\b|\broadmap\b|\bdeclaration\b|\bcommuniqu|\bbilateral\b|\bleaders\W", re.I
)
_FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
#: Nouns that, after "our", "both", "the two" or "the", name the principals together.
_TOGETHER_NOUNS = frozenset(
    "countries nations peoples governments sides leaders presidents partners administrations "
    "delegations".split()
)
#: Words that name the principals together on their own (in a text with two or more).
_TOGETHER_WORDS = frozenset({"bilateral", "bilaterally"})
#: Subject pronouns that refer to the principals in a joint text ("They welcome ...").
_THIRD_PLURAL = frozenset({"they", "their", "them"})
#: Words in front of a plural noun that make it the principals together.
_TOGETHER_DETS = frozenset({"our", "both", "two", "the"})

#: Party terms of legal texts, as the gold set names them (case matters: "States Parties").
PARTY_TERMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bStates? Part(?:y|ies)\b"), "States Parties"),
    (re.compile(r"\bContracting Part(?:y|ies)\b"), "Contracting Parties"),
    (re.compile(r"\bSignator(?:y|ies)\b"), "Signatories"),
    (
        re.compile(r"\bSecretary[- ]General(?: of the United Nations)?\b"),
        "UN Secretary-General",
    ),
)


@dataclass(frozen=True)
class Principals:
    """The countries a document speaks for: ``speaker`` first; ``joint`` when its first person
    is all of them (a joint statement)."""

    countries: tuple[str, ...] = ()
    joint: bool = False

    @property
    def speaker(self) -> tuple[str, ...]:
        return self.countries if self.joint else self.countries[:1]


def document_principals(
    title_actors: Sequence[tuple[str, str, str]],
    body_actors: Iterable[tuple[str, str, str]],
    *,
    title: str = "",
) -> Principals:
    """The principals from the actors ``(canonical, type, country)`` of the title, else the
    country the body mentions most (counting an agency or person as its country)."""
    countries = _countries(title_actors)
    joint = bool(_JOINT_TITLE.search(title)) or bool(re.search(r"\w[-–]\w", title)) and (
        len(countries) >= 2
    )
    counts = Counter(_countries(list(body_actors), unique=False))
    if not countries or (joint and len(countries) < 2):
        for country, _ in counts.most_common():
            if country not in countries:
                countries.append(country)
            if len(countries) >= (2 if joint else 1):
                break
    return Principals(tuple(countries), joint and len(countries) >= 2)


def _countries(actors: Sequence[tuple[str, str, str]], *, unique: bool = True) -> list[str]:
    out: list[str] = []
    for name, kind, country in actors:
        value = name if kind == "country" else country
        if value and (not unique or value not in out):
            out.append(value)
    return out


def principal_mentions(doc: Doc, principals: Principals) -> list[Mention]:
    """Mentions of the principals in the sentence ``doc``: the first person plural ("we",
    "our"), and words that name them together ("our two countries", "both nations", "the
    Presidents", "bilateral"; in a joint text also "they")."""
    if not principals.countries:
        return []
    out: list[Mention] = []
    together = principals.countries if len(principals.countries) >= 2 else ()
    for tok in doc:
        low = tok.lower_
        names: Sequence[str] = ()
        if low in _FIRST_PLURAL:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if low == "our" and nxt is not None and _together_noun(doc, tok.i + 1):
                names = together or principals.speaker
            else:
                names = principals.speaker
        elif low in _TOGETHER_WORDS and together:
            names = together
        elif _together_noun(doc, tok.i) and tok.i > 0 and together:
            prev = doc[tok.i - 1].lower_
            if prev in _TOGETHER_DETS - {"our"} and (
                prev != "the" or low in {"presidents", "leaders", "sides"}
            ):
                names = together
        elif low in _THIRD_PLURAL and principals.joint and _refers_to_principals(tok):
            names = together
        for name in names:
            out.append((tok.i, tok.i + 1, name, "country"))
    return out


def _together_noun(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` (or the word after "two") is a plural noun of the principals."""
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.lower_ == "two" and i + 1 < len(doc):
        tok = doc[i + 1]
    return tok.lower_ in _TOGETHER_NOUNS


def _refers_to_principals(tok) -> bool:
    """ "They welcome ...": a sentence-initial or subject "they" of a joint text, not "their
    quest" of another group named before it in the sentence."""
    if tok.lower_ == "they":
        return True
    return not any(t.tag_ in {"NNS", "NNPS"} for t in tok.doc[: tok.i])


def party_term_mentions(doc: Doc, covered: set[int]) -> list[Mention]:
    """Party terms and offices in the sentence ``doc`` that no actor mention covers."""
    out: list[Mention] = []
    text = doc.text
    for pattern, name in PARTY_TERMS:
        for m in pattern.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in covered for i in range(span.start, span.end)):
                continue
            out.append((span.start, span.end, name, "organization"))
    return out


def side_of(name: str, kind: str, country: str) -> str:
    """The side an actor found in a party position stands for: a person's country (or no side
    without one), nothing for an object type, else the actor itself."""
    if kind in OBJECT_TYPES:
        return ""
    if kind in STANDS_FOR_COUNTRY:
        return country
    return name


def own_pair(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether two parties ``(canonical, type, country)`` are one side: the same actor, or an
    actor and its own agency, program or mission (a state and its agency, an agency and its
    state's program), which a claim never opposes or allies."""
    if a[0] == b[0]:
        return True
    for x, y in ((a, b), (b, a)):
        if x[2] and x[2] == y[0] and x[1] != "company":
            return True  # NASA and the United States
    if a[2] and a[2] == b[2] and (a[1] in OBJECT_TYPES or b[1] in OBJECT_TYPES):
        return True  # NASA and Artemis
    return False
