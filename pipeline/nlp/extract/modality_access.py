"""Cues of modality in what a text opens, lets or asks for (ANNOTATION_GUIDE.md, "Modality";
issue 17, twentieth round, from the misses of the blind documents pooled across families):

- a platform's rule of access with "may" ("any country may take part on an equal footing"):
  the rule in force, asserted, not a possibility (the guide's "can" decision of the eighteenth
  round names it; until now not read);
- what a newly signed instrument lets its parties do, told as news ("The agreement, signed in
  Pretoria today, lets the two agencies share antennas"): still to be done, planned, like
  "The memorandum provides for a joint study";
- an application to join still pending ("Ireland has applied to join the partnership", "is
  applying for membership"): the relation is sought, not made, planned like a negotiation
  under way;
- the speakers' advocacy in the present ("We advocate win-win cooperation", "My government
  advocates a shared registry"): a call for it, normative like "call for";
- "as long as we can", "as long as possible" (a duration: the rest of the sentence decides);
- "are aiming for" (an aim held now, planned like "aim for");
- in a legal instrument, a recital that quotes another text's rule ("Recalling X, which calls
  on States to pool ...") or one of resolve ("Determined to ..."): normative, like the
  guide's recital quoting a rule and recital of aim.

Each tests one token of the parse, like the tests of ``modality_framing``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.modality_words import ARRANGEMENT_NOUNS
from pipeline.nlp.extract.parse_words import OBJECT_DEPS, SUBJECT_DEPS
from pipeline.nlp.extract.parse_words import lemma as _lemma

#: Verbs of taking part that a rule of access opens ("any country may join / take part").
_ACCESS_VERBS = frozenset(
    {"join", "participate", "take", "apply", "accede", "adhere", "sign", "contribute", "become"}
)
#: Determiners of a subject that names anyone of a kind ("any country", "every state").
_ANY = frozenset({"any", "every", "all"})


def open_access(verb: Token, modals: set[str], legal: bool) -> bool:
    """ "The ILRS is an open platform, and any country may take part on an equal footing", "Any
    agency may join the network by signing the charter": outside a legal instrument (where "may"
    grants a permission, a norm), "may" with a subject of anyone of a kind over a verb of
    taking part states a platform's rule of access, in force: asserted (the guide's decision on
    "can", eighteenth round). Not a named subject ("Kenya may join": a possibility), a denial,
    nor "may" of another verb ("any country may suffer")."""
    if legal or modals != {"may"} or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = _lemma(verb)
    if lemma not in _ACCESS_VERBS:
        return False
    if lemma == "take" and not any(
        c.dep_ in OBJECT_DEPS and c.lower_ == "part" for c in verb.children
    ):
        return False
    if lemma == "become" and not any(
        c.dep_ in OBJECT_DEPS and _lemma(c) in {"member", "partner", "participant"}
        for c in verb.children
    ):
        return False
    return any(c.dep_ in SUBJECT_DEPS and _anyone_of_a_kind(c) for c in verb.children)


def _anyone_of_a_kind(subject: Token) -> bool:
    """Whether a subject opens with "any" or "every", also across a list of nouns the parser
    splits ("any country, international organisation or research institution may ...", whose
    subject it reads as "organisation")."""
    if any(d.dep_ == "det" and d.lower_ in _ANY for d in subject.children):
        return True
    i = subject.i - 1
    while i >= 0 and subject.doc[i].tag_ in {"NN", "NNS", "NNP", "JJ", "CC", ","}:
        i -= 1
    return i >= 0 and i < subject.i - 1 and subject.doc[i].lower_ in {"any", "every"}


#: Verbs by which an instrument opens a way for its parties ("lets", "allows", "enables").
_ENABLING_VERBS = frozenset({"let", "allow", "enable", "permit"})
#: Instruments whose "allows" tells what they arrange (like ``modality_framing``'s "provides
#: for": not "plan" nor "framework", nor "partnership", which can be a relation of the time).
_ENABLING_NOUNS = ARRANGEMENT_NOUNS - {"plan", "framework", "partnership"} | {
    "mou",
    "protocol",
    "letter",
    "memorandum",
}


def instrument_enables(verb: Token) -> bool:
    """ "The agreement, signed in Pretoria this afternoon, lets the two agencies share antennas",
    "The memorandum concluded today allows Korean launchers to fly from the centre": a news
    report of a signing tells, in the present, what the new instrument lets its parties do,
    still to be done: planned, like "The memorandum provides for a joint study". The signing
    told with the instrument (a participle of signing on the subject, not dated by a year) is
    what makes it news; an analytic text's "The agreement allows the partners to share data"
    describes a standing arrangement (asserted), and so does "The treaty, signed in 1998,
    allows ...". Not the past ("The treaty allowed joint patrols") nor a denial."""
    if _lemma(verb) not in _ENABLING_VERBS or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or _lemma(subject).lower() not in _ENABLING_NOUNS:
        return False
    return any(
        c.dep_ in {"acl", "relcl"}
        and c.tag_ == "VBN"
        and _lemma(c) in _SIGNING_VERBS
        and not any(t.like_num and len(t.text) == 4 for t in c.subtree)
        for c in subject.children
    )


#: Participles of signing that tell an instrument as news ("signed today", "concluded on Monday").
_SIGNING_VERBS = frozenset({"sign", "conclude", "reach", "seal", "ink"})


def applied_to_join(verb: Token) -> bool:
    """ "Ireland has applied to join the EU Space Surveillance and Tracking partnership", "Ghana
    is applying for membership of the council": an application still pending, a relation
    sought, planned like a negotiation under way. Not a simple past ("applied to join in 2019":
    a step of the time), nor "apply" of rules ("applies the rules to partners")."""
    if _lemma(verb) != "apply" or verb.tag_ == "VBD":
        return False
    children = list(verb.children)
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in {"has", "have", "'s", "’s", "'ve", "’ve"} for c in children
    )
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "’s", "'re", "’re"}
        for c in children
    )
    if not (perfect or progressive):
        return False
    to_join = any(c.dep_ == "xcomp" and _lemma(c) in {"join", "accede", "become"} for c in children)
    for_membership = any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(_lemma(o) in {"membership", "accession", "admission"} for o in c.children)
        for c in children
    )
    return to_join or for_membership


def advocated(verb: Token) -> bool:
    """ "We advocate win-win cooperation", "Our government advocates a shared registry": the
    speakers' own advocacy in the present is a call for it, normative like "call for". Not a
    third side's ("China advocates ...", a position reported), nor the past ("advocated")."""
    if _lemma(verb) != "advocate" or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return False
    return subject.lower_ in {"we", "i"} or any(
        d.dep_ == "poss" and d.lower_ in {"our", "my"} for d in subject.children
    )


#: Ends of "as long as" that measure a duration, not a condition ("as long as possible").
_DURATION_ENDS = frozenset({"possible", "needed", "necessary", "required", "practicable"})
#: Modals and auxiliaries that end "as long as we can" with no verb of their own.
_BARE_ENDS = frozenset({"can", "could", "will", "do", "does", "did", "is", "are"})


def lasting_as_long(doc: Doc, start: int) -> bool:
    """Whether the words from ``start`` (after "as long as") only measure a duration: "as long
    as possible", "as long as needed", "as long as we can", "as long as it takes" (the guide
    lists "as long as we can" among the fixed phrases that let the rest of the sentence decide);
    not a condition with a predicate of its own ("as long as the partners agree")."""
    if start >= len(doc):
        return False
    if doc[start].lower_ in _DURATION_ENDS:
        return True
    if start + 1 >= len(doc) or doc[start].tag_ not in {"PRP", "EX"}:
        return False
    after = doc[start + 2] if start + 2 < len(doc) else None
    # a full stop, comma or "and" ends it; not a dash, after which a speaker may go on with
    # the clause the condition governs ("as long as we can — we will keep ...")
    ends = after is None or after.text in {".", ",", ";", "!", ")"} or after.dep_ == "cc"
    if doc[start + 1].lower_ in _BARE_ENDS and ends:
        return True  # "as long as we can."
    return doc[start + 1].lower_ in {"takes", "lasts"} and ends  # "as long as it takes"


def aiming_now(verb: Token) -> bool:
    """ "Both coalitions are aiming for the same craters": the progressive of "aim for" is an aim
    held now, planned like "aim for" in the present; not "were aiming for" (a past aim)."""
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "’s", "'re", "’re"}
        for c in verb.children
    )


#: Opening participles of a recital ("Recalling ...", "Noting ...", "Bearing in mind ...").
_RECITAL_OPENINGS = frozenset(
    {"recalling", "noting", "recognizing", "recognising", "considering", "bearing", "reaffirming"}
)
#: Verbs by which a text quoted in a recital lays a rule ("which calls on States to pool ...",
#: "which requires States to cooperate", "which gives the Agency the task of ...").
_RULE_VERBS = frozenset(
    {"call", "require", "urge", "oblige", "obligate", "ask", "invite", "encourage", "commit"}
)
#: Objects of "give" that name a rule laid on a body ("gives the Agency the purpose of ...").
_MANDATE_NOUNS = frozenset({"purpose", "task", "mandate", "duty", "mission", "obligation"})


def recital_quoting_rule(doc: Doc) -> bool:
    """ "Recalling the African Space Policy and Strategy, adopted in 2016, which calls on African
    States to pool their means", "RECALLING the Convention ..., which gives the Agency the
    purpose of promoting cooperation": a recital that quotes the rule of another text in a
    "which" clause in the present is normative, like the guide's "Recalling that the Protocol
    provides that a Party shall ..." (a recital quoting a rule); not a recital of a fact about
    the text ("Recalling the Lagos Plan, which was adopted in 1980")."""
    first = next((t for t in doc if not (t.is_punct or t.like_num or t.tag_ == "LS")), None)
    if first is None or first.lower_ not in _RECITAL_OPENINGS:
        return False
    for which in doc:
        if which.lower_ != "which" or which.dep_ not in SUBJECT_DEPS:
            continue
        verb = which.head
        if verb.tag_ not in {"VBZ", "VBP"} or any(c.dep_ == "neg" for c in verb.children):
            continue
        lemma = _lemma(verb)
        children = list(verb.children)
        if lemma in _RULE_VERBS and any(
            c.dep_ in {"xcomp", "advcl"} and any(a.tag_ == "TO" for a in c.children)
            for c in children
        ):
            return True  # "which calls on States to pool", "which requires States to cooperate"
        if lemma == "give" and any(
            c.dep_ in OBJECT_DEPS and _lemma(c) in _MANDATE_NOUNS for c in children
        ):
            return True  # "which gives the Agency the purpose of providing for cooperation"
    return False


#: Openings of a treaty's recital of resolve ("Determined to ...", "Resolved to ...").
_RESOLVE_OPENINGS = frozenset({"determined", "resolved", "resolving", "intending"})


def recital_of_resolve(doc: Doc) -> bool:
    """ "Determined to reduce the region's reliance on imagery bought from outside Africa,",
    "Resolved to pool their means in space science,": in a legal instrument a recital that
    opens with a participle of resolve over an infinitive states the aim the instrument binds
    its parties to, normative like "Desiring to ..." (the guide's recital of aim). Only in an
    instrument: a news story's "Determined to catch up, India launched ..." is its main clause's."""
    words = [t for t in doc if not (t.is_punct or t.like_num or t.tag_ == "LS")]
    if not words or words[0].lower_ not in _RESOLVE_OPENINGS:
        return False
    return any(t.lower_ == "to" for t in doc[words[0].i + 1 : words[0].i + 4])
