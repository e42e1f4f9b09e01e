"""Forms of a whole sentence or document that decide a claim's modality before its predicate
is read (ANNOTATION_GUIDE.md, "Modality"): a legal or normative instrument, a direct question,
an operative paragraph that opens with a verb of calling, a recital of aim, the lead-in of a
list of duties, an opening indirect question."""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.modality_cues import (
    _first_word,
)
from pipeline.nlp.extract.modality_words import NECESSITY_NOUNS, NORMATIVE_MODALS
from pipeline.nlp.extract.parse_words import words as _words

#: The opening verb of an operative paragraph of a resolution or decision ("Urges all States
#: to ...", "Requests the Secretary-General to ..."): a call on its addressees. The tagger often
#: reads the capitalised form as a noun, so the word itself decides. A decision, demand or
#: authorization of the body ("Decides to convene ...", "Demands that all parties ...",
#: "Authorizes Member States to ...") binds its addressees as "shall" does in a treaty.
OPERATIVE_CALLS = frozenset(
    {"urges", "encourages", "requests", "invites", "calls", "recommends", "appeals", "exhorts"}
    | {"decides", "demands", "authorizes", "authorises", "directs"}
)


#: A title that names a legal or normative instrument ("Convention on ...", "Executive Order
#: 13803: ...", "Principles Relevant to ...", "Guidelines for ...", "Declaration of Principles
#: on ...", "Framework Agreement between ..."). A declaration that names no principles ("Joint
#: Declaration of the Leaders") is a joint statement, whose "will" is a plan; a (joint)
#: declaration of intent, the non-binding instrument of ministries and agencies worded like a
#: memorandum ("The Participants intend to ..."), is one (twenty-second round).
_LEGAL_TITLE = re.compile(
    r"^\W*(?:the\s+)?(?:treaty|convention|agreement|protocol|charter|principles|guidelines|"
    r"code of conduct|executive order|directive|resolution|regulations?|memorandum of|"
    r"declaration\s+(?:of|on)\s+(?:\w+\s+)?principles|(?:joint\s+)?declaration\s+of\s+intent|"
    r"framework\s+(?:agreement|convention))\b",
    re.I,
)


#: A title that names a kind of text that is no legal instrument, as its last noun or before
#: a year ("Indian Space Policy Statement 2026", "National Space Strategy", "Annual Report
#: 2025", "White Paper on ...", "Remarks by ..."); a "Policy" alone may be a directive
#: (a presidential policy memorandum) and is left to the count of "shall". A programme's plan
#: names itself a framework, a plan or a roadmap as its very last noun ("African Space
#: Programme: Implementation Framework", "Space Action Plan 2030"): it plans, its "will" a plan;
#: not "Framework for Cooperation between ...", which may be an instrument.
_STATEMENT_TITLE = re.compile(
    r"\b(?:statement|strategy|report|white\s+paper|remarks|testimony|speech|address|"
    r"hearing|communiqu[eé]|fact\s+sheet)\b(?:\s+(?:of|on|for|by|to)\b.*|\s+\d{4})?\s*$|"
    r"\b(?:framework|plan|roadmap)\b(?:\s+\d{4}(?:\W+\d{4})?)?\W*$|"
    r"^\W*(?:white\s+paper|remarks|testimony|statement|report)\b",
    re.I,
)
_SHALL = re.compile(r"\bshall\b", re.I)


#: How many times "shall" makes a text an instrument of rules whatever its title.
LEGAL_SHALLS = 3


def legal_text(text: str, *, title: str = "") -> bool:
    """Whether a document (its ``text`` and ``title``) is a legal or normative instrument: its
    title names one; else, when the title names a kind of text that is none (a statement, a
    strategy, a report: :data:`_STATEMENT_TITLE`), it is not; else its text says "shall" at
    least ``LEGAL_SHALLS`` times (treaties, orders, policy directives and guidelines do;
    speeches, releases and articles do not)."""
    if _LEGAL_TITLE.search(title):
        return True
    if _STATEMENT_TITLE.search(title):
        # the title names a kind of text that states and plans (a policy statement, a
        # strategy, a report): its "shall"s are its own resolve, and its "will" stays planned
        return False
    return len(list(islice(_SHALL.finditer(text), LEGAL_SHALLS))) >= LEGAL_SHALLS


#: Auxiliaries of a tag question ("..., aren't we?"), which asserts what precedes it.
_TAG_AUX = _words("am is are was were do does did have has had will would can could should")


def _question(doc: Doc) -> bool:
    """A direct question ("Will Japan join the Gateway?", "Why not cooperate with India?") asks
    about the relation, it does not state it; a tag question ("We are partners, aren't we?")
    states it."""
    words = [t for t in doc if not (t.is_punct and t.text != "?") and not t.is_space]
    if not words or words[-1].text != "?":
        return False
    # ", aren't we?" / ", don't they?" / ", right?"
    comma = next((t for t in reversed(doc[: words[-1].i]) if t.text == ","), None)
    if comma is not None and words[-1].i - comma.i <= 4:
        after = [t.lower_ for t in doc[comma.i + 1 : words[-1].i]]
        if after and (after[0] in _TAG_AUX or after[0] in {"right", "correct"}):
            return False
    return True


def _opening_question(doc: Doc) -> bool:
    """A sentence or list item that opens with an indirect question: a parliamentary
    question's parts ("(a) whether the Government has signed any agreement with X;"), a
    question as subject ("Whether the two programmes will ever work together remains
    open", "Whether such cooperation happens depends on X"). It asks about the relation, like a
    direct question. Not a concession ("Whether in Europe or in Asia, we work with partners",
    "whether we like it or not"): there the "whether" clause modifies a main clause, which
    decides."""
    first = _first_word(doc)
    if first >= len(doc) or doc[first].lower_ != "whether":
        return False
    clause = doc[first].head
    if clause.pos_ not in {"VERB", "AUX"}:
        return False  # "Whether in Europe or in Asia, ...": a concession with no verb
    words = [t.lower_ for t in doc[first:]]
    if any(a == "or" and b == "not" for a, b in zip(words, words[1:], strict=False)):
        return False  # "whether we like it or not", "Whether or not Russia joins, ..."
    # the clause is the sentence, or its subject ("Whether X will join is unclear")
    return clause.dep_ in {"ROOT", "csubj", "csubjpass", "nsubj"}


#: Adverbs that may open an operative paragraph before its verb ("Also requests ...",
#: "Further invites ...", "Strongly urges ...", "Once again calls upon ...").
OPERATIVE_ADVERBS = _words(
    "also further again once strongly urgently earnestly firmly respectfully likewise "
    "similarly moreover furthermore additionally equally finally"
)


def _operative_verb(doc: Doc) -> Token | None:
    """The opening verb of a paragraph after its list marker and any adverbs of sequence or
    emphasis ("5. Also requests ...", "Further invites ..."), when the paragraph opens with a
    capital (the operative verb of a resolution or decision, if it is one)."""
    start = _first_word(doc)
    if start >= len(doc) or not doc[start].text[:1].isupper():
        return None
    i = start
    for _ in range(3):
        if i < len(doc) and doc[i].lower_ in OPERATIVE_ADVERBS:
            i += 1
            if i < len(doc) and doc[i].text == ",":
                i += 1
        else:
            break
    return doc[i] if i < len(doc) else None


def _operative_call(doc: Doc) -> bool:
    """An operative paragraph that opens with a verb of calling ("Encourages Member States to
    share ...", "Calls upon all States to ...", "Also requests the Office to ...")."""
    first = _operative_verb(doc)
    return first is not None and first.lower_ in OPERATIVE_CALLS


#: Opening verbs of a paragraph that stress or restate a point ("Reiterates the need for all
#: States to ...", "Recognizing the urgent need to ..."); over a noun of necessity a norm.
STRESSING_OPENERS = _words(
    "reiterates reiterating emphasizes emphasizing emphasises emphasising stresses stressing "
    "underlines underlining underscores underscoring reaffirms reaffirming affirms affirming "
    "recognizes recognizing recognises recognising highlights highlighting notes noting "
    "acknowledges acknowledging considers considering"
)


def _stressed_need(doc: Doc) -> bool:
    """A paragraph of a resolution or declaration that opens with a verb of stressing over a
    noun of necessity ("Reiterates the need for all States to cooperate ...", "Noting the
    urgent need to ..."): the need is a norm, as "emphasized the need to" is. The tagger often
    reads the capitalised opening verb as a plural noun, so the words decide."""
    first = _operative_verb(doc)
    if first is None or first.lower_ not in STRESSING_OPENERS:
        return False
    after = [t for t in doc[first.i + 1 : first.i + 5] if not t.is_punct]
    for t in after:
        if t.lower_ in NECESSITY_NOUNS:
            return True
        if t.pos_ not in {"DET", "ADJ", "ADV", "PRON"} and t.lower_ not in {"also", "again"}:
            return False
    return False


#: Verbs of recitals and findings over a "that" clause ("Considering that", "Recognizing that").
RECITAL_VERBS = _words("consider recognize recognise affirm reaffirm find")


#: Participles that open a recital stating the aim of an instrument ("Desiring to promote
#: ...", "Wishing to contribute ...").
RECITAL_AIMS = frozenset({"desiring", "wishing"})


def _recital_of_aim(doc: Doc) -> bool:
    """A recital of aim: it opens with "Desiring" or "Wishing" and an infinitive follows
    within a few words (the tagger often reads the capitalised participle as a name)."""
    first = _first_word(doc)
    if doc[first].lower_ not in RECITAL_AIMS:
        return False
    return any(t.lower_ == "to" for t in doc[first + 1 : first + 4])


def _lead_in_duty(doc: Doc, *, legal: bool) -> str | None:
    """The lead-in of a list of duties or tasks: the sentence ends with a colon after a modal
    that governs no verb of its own ("Within 90 days, the Secretary, in consultation with the
    Administrator, shall:", "To this end, States should:"), the verbs being in the items that
    follow. "shall", "should", "must": normative; "will": a provision in a legal instrument
    (normative), a plan elsewhere ("The two countries will:")."""
    words = [t for t in doc if not t.is_space]
    if not words or words[-1].text != ":":
        return None
    modal = next((t for t in reversed(words) if t.tag_ == "MD"), None)
    if modal is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[modal.i + 1 : words[-1].i]):
        return None
    word = modal.lower_
    if word in NORMATIVE_MODALS:
        return "normative"
    if word == "will":
        return "normative" if legal else "planned"
    return None


def _unattached_norm(doc: Doc) -> bool:
    """A normative modal the parser hung on no verb at all ("Any State operating a reactor
    shall in a timely fashion inform ...", with "shall" read as an apposition and "inform" as a
    noun): the duty is still there. Not a modal that opens the sentence ("Should the pact
    collapse, ...": a condition) nor one attached as an auxiliary (its verb decides)."""
    return any(
        t.tag_ == "MD"
        and t.lower_ in NORMATIVE_MODALS
        and t.dep_ not in {"aux", "auxpass", "ROOT"}
        and t.i > 0
        and not any(w.lower_ in {"if", "unless", "whether"} for w in doc[: t.i])
        for t in doc
    )
