"""Words by which the speaker of a text names its own side (``claim_sides.principal_mentions``).

- **The speaker's "I"** acts for the state when it is joined to another party ("President
  Macron and I agreed ...") or has a "with" of its own ("I signed an agreement with the
  President of Nigeria"); an "I" alone thanks, directs or announces (annotation guide, "The
  speaker's 'I'").
- **"My delegation", "my government", "my country"**: a delegate's or minister's name for the
  state they speak for, as "our nation" is (the usage of statements in UN committees: "My
  delegation supports ...").
- A word inside quotation marks is the quoted person's, not the document speaker's.
- **One side speaks** in a joint text when the main verb is one of saying and its subject
  is one actor ("Kenya said it was studying ...", "Minister Rossi said: ..."): the sentence
  reports that side's own words, not the signatories' common claim; so does "the Turkish
  side noted / proposed ..." of agreed minutes and communiqués (one delegation's view).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.parse_words import lemma, words

#: Verbs by which a joint text reports what one side said (not "note", "announce" or
#: "welcome", by which the signatories state their common view).
_SAY = words("say tell state inform explain add indicate reply")
#: Plural subjects that are the signatories together ("the Ministers said ...").
_TOGETHER = words("we they sides parties leaders ministers presidents delegations countries")
#: Verbs by which minutes and communiqués report one delegation's own view or offer ("The
#: Turkish side noted ...", "the Kenyan delegation proposed ..."), said of "the X side" (of a
#: state's name, "noted" may state the signatories' common view); not "expressed", whose
#: thanks or appreciation are owed to the other side.
_SIDE_SAY = words(
    "note observe propose present stress emphasize emphasise underline reiterate recall "
    "suggest point highlight brief"
)
#: Verbs by which a joint text reports one named signatory's own stress on its own view
#: ("France underlined that Ariane 6 gives it ...", "Indonesia recalled that its policy ...",
#: "Japan reiterated ..."): each names one side's position, not the signatories' common claim
#: (unlike "noted", by which a state's name may state the common view).
_OWN_VIEW = words("stress emphasize emphasise underline reiterate recall highlight")
#: The singular nouns of one delegation in a joint text.
_ONE_SIDE = words("side delegation")


def one_side_speaks(doc: Doc) -> bool:
    """Whether the main verb of the sentence ``doc`` is one of saying whose subject is one
    actor, a singular name or noun ("Kenya said ...", "The Kenyan side informed ..."), not the
    signatories together ("The Ministers said ...", "Both sides stated ..."); also a verb of
    noting or proposing whose subject is one delegation ("The Turkish side noted ...",
    ``_SIDE_SAY``), and one of stressing or recalling whose subject is one name ("France
    underlined that ...", ``_OWN_VIEW``)."""
    for root in (t for t in doc if t.dep_ == "ROOT"):
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        if (
            lemma(root) not in _SAY
            and not (
                lemma(root) in _SIDE_SAY and len(subjects) == 1 and subjects[0].lower_ in _ONE_SIDE
            )
            and not (lemma(root) in _OWN_VIEW and len(subjects) == 1 and subjects[0].tag_ == "NNP")
        ):
            continue
        if len(subjects) == 1 and subjects[0].tag_ in {"NNP", "NN"}:
            subject = subjects[0]
            return subject.lower_ not in _TOGETHER and not any(
                c.dep_ == "conj" for c in subject.children
            )
    return False


def own_state_word(doc: Doc, i: int, nouns: frozenset[str]) -> bool:
    """Whether ``doc[i]`` ("my") opens a name of the speaker's own state ("my delegation",
    ``nouns``) outside quotation marks (a quoted "my country" is the quoted speaker's)."""
    return doc[i + 1 : i + 2].text.lower() in nouns and not quoted(doc, i)


def quoted(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` stands inside quotation marks of its sentence: an "I" quoted in a news
    story or a report is the quoted person, not the document's speaker."""
    sent = doc[i].sent
    marks = sum(t.text in {'"', "\u201c", "\u201d", "''", "``"} for t in doc[sent.start : i])
    return marks % 2 == 1


def coordinated_speaker(doc: Doc, i: int) -> bool:
    """Whether the speaker's "I" at ``doc[i]`` is joined by "and" to another person or actor
    ("The Prime Minister and I agreed ...", "I and my counterpart will ..."): the speaker acts
    for the state in a relation with the other (an "I" alone thanks, directs or announces)."""
    before = doc[i - 2 : i]
    after = doc[i + 1 : i + 3]
    return (
        len(before) == 2 and before[1].lower_ == "and" and before[0].pos_ in {"PROPN", "NOUN"}
    ) or (
        len(after) == 2
        and after[0].lower_ == "and"
        and after[1].pos_ in {"PROPN", "NOUN", "DET", "PRON"}
    )


def speaker_with(tok: Token) -> bool:
    """Whether the speaker's "I" is the subject of a verb that has a "with" or "alongside" of
    its own, or on its object ("I met with the Prime Minister", "I signed an agreement with
    Nigeria"): the other side of a relation with the speaker."""
    if tok.dep_ != "nsubj":
        return False
    verb = tok.head
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"with", "alongside"}
        and any(o.dep_ == "pobj" for o in c.children)
        for h in holders
        for c in h.children
    )
