"""Word lists and helpers shared by the claim-structure rules (parties and modality)."""

from __future__ import annotations

from spacy.tokens import Token


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


#: Verbs of saying: their subject is the source of the claim, not a party, unless the reported
#: clause's subject refers back to it ("Roscosmos said it would ...").
SAY_VERBS = words(
    "say tell state note report warn argue add claim announce explain insist write suggest "
    "acknowledge confirm stress emphasise emphasize remark reply testify predict believe "
    "think assert declare indicate observe comment recall"
)
#: Nouns that name a relation: an actor modifying one is a party ("China's partnership",
#: "US-China rivalry", "ILRS cooperation", "Venezuela's entry").
RELATION_NOUNS = words("""
    cooperation collaboration partnership partner rivalry rival competition competitor race
    contest agreement memorandum deal accord dialogue talk relation relationship tie alliance
    ally entry participation membership accession contribution withdrawal exchange outreach
    influence dominance hegemony bid pursuit ambition threat sanction ban confrontation
    diplomacy coalition coordination consultation assistance support engagement invitation
    offer signatory member counterpart opposition tension conflict standoff
    cooperative joint
    """)
#: Verbs of cooperation or competition: a negation counts when it reaches one of these (or a
#: relation noun), so that "has no space agency of its own" does not negate the claim.
RELATION_VERBS = words("""
    cooperate collaborate partner join sign ratify accede adhere participate contribute share
    exchange coordinate consult assist help support work engage compete rival race oppose
    challenge contest threaten sanction ban restrict exclude invite allow permit agree align
    ally talk negotiate trade supply provide seek cede accept welcome fight counter confront
    host meet collude team unite side dominate lead surpass overtake beat win lose
    """)
#: Dependency labels of the subjects and objects of a clause.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "obj", "iobj"})


#: ``Doc.user_data`` key of the lemmatizer that ``lemma`` calls for a word without a lemma.
LAZY_LEMMAS = "spaceclaims.lazy_lemmas"


#: The inflected forms of "be", "have" and "do", whose base form the rule lemmatizer leaves
#: out when the tagger reads them as auxiliaries ("The council has the responsibility to ...":
#: "has", not "have"); a rule that asks for the lemma "have" or "be" must see them too.
AUX_FORMS = {
    **dict.fromkeys(("is", "are", "was", "were", "am", "been", "being", "'s", "'re", "'m"), "be"),
    **dict.fromkeys(("has", "had", "having", "'ve"), "have"),
    **dict.fromkeys(("does", "did"), "do"),
}


def lemma(tok: Token) -> str:
    if not tok.lemma_:
        lemmatize = tok.doc.user_data.get(LAZY_LEMMAS)
        if lemmatize is not None:
            tok.lemma_ = lemmatize(tok)
    found = (tok.lemma_ or tok.text).lower()
    if tok.pos_ not in {"AUX", "VERB"}:
        return found
    return AUX_FORMS.get(found.replace("’", "'"), found)
