"""A government's own document calls its state's executive "the Government": a side.

A register convention of the texts a state's government writes or answers in: a written answer
to a parliamentary question ("whether the Government has signed any agreement with ..."), a
translated answer of a federal government ("The Federal Government is negotiating an agreement
with Japan"), a debate or committee record of a national parliament ("the Government will
publish ..."), a national policy or plan ("The Government will deepen its partnership with
..."). The capitalised bare noun, with no "of X" after it and no state word before it, is the
document's own state, as "we" is in a speech: the state's own names are what the gold marks as
the side (ANNOTATION_GUIDE, Parties: the text's own state acts through its government).

Not read as the own state: "the Government of X" (an actor of its own), a state word before it
("the Japanese Government", "China's Government": the actors component names those), the
lowercase "the government" of a story (whose government it is depends on the story), and a
joint text or an instrument, whose "the Government" may be either party.

A pure function over the parsed sentence: it returns mentions in the form the party rules read.
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.nlp.extract.claim_sides import PARTY_TERM_NAMES, Principals
from pipeline.nlp.extract.parse_words import SAY_VERBS, lemma

#: A mention as the party rules read it: start token, end token, canonical actor, actor type.
Mention = tuple[int, int, str, str]

#: Words between "the" and "Government" that keep it the state's executive as a whole.
_QUALIFIERS = frozenset({"Federal", "National", "Union", "Central"})
#: Predicates of knowing, judging and worrying whose clause states what others do: "The
#: Government is aware that China and Russia are building ...", "Is the Federal Government
#: concerned that competition between X and Y ...": the Government observes, no side.
_OBSERVING = frozenset(
    {"aware", "concerned", "worried", "convinced", "confident", "consider", "know", "see",
     "regard", "fear", "expect", "assess", "judge", "essential", "important"}
)  # fmt: skip


def own_government(doc: Doc, state: str, covered: set[int]) -> list[Mention]:
    """Mentions of ``state`` (the document's own state) for each "the Government", "the Federal
    Government" or "His / Her Majesty's Government" of the sentence ``doc`` that no actor or
    other side already covers (``covered``: token indices)."""
    if not state:
        return []
    out: list[Mention] = []
    for tok in doc:
        if tok.text != "Government" or tok.i in covered:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in {"of", "in"}:
            continue  # "the Government of Japan", "the Government in Tokyo"
        start = tok.i
        if start > 0 and doc[start - 1].text in _QUALIFIERS:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if before is None:
            continue
        majesty = (
            before.text in {"'s", "’s"} and start > 1 and doc[start - 2].text == "Majesty"
        )  # "His Majesty's Government"
        if before.lower_ != "the" and not majesty:
            continue
        if any(i in covered for i in range(start, tok.i)) or _observes(tok):
            continue
        out.append((start, tok.i + 1, state, "country"))
    return out


def own_state(principals: Principals) -> str:
    """The state a document's "the Government" is: its one principal (the speaker's state),
    none in a joint text or an instrument, whose "the Government" may be either party."""
    if principals.joint or principals.signatories or not principals.actors:
        return ""
    state = principals.actors[0]
    return "" if state in PARTY_TERM_NAMES else state


def _observes(tok) -> bool:
    """Whether "Government" (``tok``) is the subject of a verb of saying or a predicate of
    knowing or worrying whose clause has a name or noun of its own as subject ("the
    Government is aware that China and the Russian Federation are building ...")."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    head = tok.head
    if lemma(head) not in SAY_VERBS | _OBSERVING and not any(
        c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in _OBSERVING for c in head.children
    ):
        return False
    for node in [head, *(c for c in head.children if c.dep_ in {"acomp", "oprd", "xcomp"})]:
        for clause in (c for c in node.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and all(c.pos_ in {"PROPN", "NOUN"} for c in subjects):
                return True
    return False
