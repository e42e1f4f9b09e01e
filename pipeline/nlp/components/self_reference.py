"""A document's references to itself: "this Convention", "the present Agreement", "States
Parties" in a treaty; "this order" in an executive order; "these principles" in a declaration.

Runs after the actor and person components. When the document's title (``doc._.sc_metadata``,
else its first paragraph when that is short, as a heading is; with the paragraph that goes on
with it when the title is one instrument word, "PROTOCOL" over "amending the Agreement ...", or
when only the two together name an instrument, "... (ILRS)" over "Guide for Partnership")
names an instrument (treaty, convention, agreement, accords, declaration, principles,
guidelines, executive order, joint statement, memorandum, policy, charter, protocol, resolution;
a policy document: strategy, guide, framework, roadmap, doctrine, capitalised in the title, named by
its main title before a colon, or by the whole title when only the subtitle names the kind:
"...: Implementation Framework"), it adds actor spans with method ``self_reference`` for:

- "this / the present / these <Head>" and "the <Head>" capitalised (or a plural head in lower
  case: "the guidelines"), where Head is the title's
  instrument word (or "document", "instrument"; "order" and "policy" for their kinds), not
  already an actor: the instrument itself, named by its gazetteer entry when the title is one of
  its forms ("Convention on Registration of Objects Launched into Outer Space" is `Registration
  Convention`), else "Executive Order N" for a numbered order, else the title; type
  ``agreement`` unless the gazetteer says otherwise;
- the defined party terms: "States Parties" / "State Party", "Contracting Parties" /
  "Contracting Party", "Signatories", "Partner States", "Cooperating Agencies", "Participating
  Agencies", "Implementing Agencies", "Member States", "Participating States":
  actors of those names (type ``country``, ``agency`` for the agencies).

Any document: "the Director General" and "the Council" of its own body (``head_offices``), and
in a document of the European Union's register, which calls the EU "the Union", "the Union",
"the Commission" and "Parliament" as the EU and its institutions (``union_institutions``).

A document that is not an instrument gets no self-reference: an article that discusses "this
agreement" does not refer to itself; there only "signatories" next to an agreement ("the
Accords signatories") is the party term.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.components.instrument_titles import (
    DOCUMENT_KINDS,
    defined_titles,
    heading_case,
    kind_then_link,
    masthead_instrument,
)
from pipeline.nlp.components.legal_references import (
    defined_name_references,
    side_term_references,
    statute_references,
    union_references,
)
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.gazetteer import Actor, load_gazetteer
from pipeline.nlp.extract.head_offices import head_offices, names_council_of, own_body
from pipeline.nlp.extract.instrument_sides import CONTRACTING, defined_signatories
from pipeline.nlp.extract.statute_terms import defined_bodies

#: Instrument words of a title -> the head words that refer back to the instrument.
INSTRUMENT_HEADS = {
    "treaty": ("treaty",),
    "convention": ("convention",),
    "agreement": ("agreement",),
    "accords": ("accords",),
    "declaration": ("declaration",),
    "principles": ("principles", "set of principles"),
    "guidelines": ("guidelines",),
    "order": ("order",),
    "statement": ("statement", "joint statement"),
    "memorandum": ("memorandum", "policy", "mou"),  # "this MOU", "the MoU": its initials
    "policy": ("policy", "memorandum"),
    "charter": ("charter",),
    "protocol": ("protocol",),
    "resolution": ("resolution",),
    # a government's or agencies' own policy document: a national strategy, a partnership
    # guide, a framework or a roadmap refers to itself as "this strategy", "the Guide"
    "strategy": ("strategy",),
    "guide": ("guide",),
    "framework": ("framework",),
    "roadmap": ("roadmap",),
    # a defence ministry's doctrine ("Defence Space Doctrine"): "this doctrine"
    "doctrine": ("doctrine",),
    # an agency's or a government's plan named as such at the end of its title ("... Strategic
    # Plan 2026-2030"); see :func:`_about_a_plan` for the titles that only speak of one
    "plan": ("plan",),
    # "Implementing Arrangement between the CSA and ASI ...": "this Implementing Arrangement"
    "arrangement": ("arrangement", "implementing arrangement"),
    # a parliament's bill and its explanatory note ("... Amendment Bill"): "This Bill amends"
    "bill": ("bill",),
    # a body's terms of reference, named from a kind banner (``masthead_instrument``)
    "terms of reference": ("terms of reference",),
}
#: Words that may open an instrument's title before its instrument word, as "Joint" does.
_TITLE_MODIFIERS = (
    "joint", "executive", "implementing", "framework", "bilateral", "trilateral", "multilateral"
)  # fmt: skip
_GENERIC_HEADS = ("document", "instrument")
#: The kinds of policy document among the instrument words: named by their main title.
_DOCUMENT_KINDS = DOCUMENT_KINDS
#: Words that name a document only beside another instrument word of its title: a
#: government's plan on a policy ("Basic Plan on Space Policy" is "this Basic Plan", "the
#: Plan"); a title that is only a plan ("Ruritania's 4th Five-Year Plan: Launch Priorities") may be
#: about the plan, not be it.
_COMPANION_HEADS = {"plan": ("plan", "basic plan")}
#: A year or an edition number that ends a title's main part ("... Strategy 2025").
_EDITION = re.compile(r"(?:\s+(?:\d{4}(?:[-–]\d{2,4})?|v(?:ersion)?\s*\d+(?:\.\d+)*))+\s*$", re.I)
#: Plural heads that refer to the instrument in lower case too ("the guidelines" in guidelines).
_PLURAL_HEADS = frozenset({"guidelines", "principles", "accords"})
#: Party terms -> (actor, type).
PARTY_TERMS = {
    "states parties": ("States Parties", "country"),
    "state party": ("States Parties", "country"),
    "states party": ("States Parties", "country"),
    "contracting parties": ("Contracting Parties", "country"),
    "contracting party": ("Contracting Parties", "country"),
    "high contracting parties": ("Contracting Parties", "country"),
    "signatories": ("Signatories", "country"),
    "signatory": ("Signatories", "country"),  # "Each Signatory intends to notify the others"
    "partner states": ("Partner States", "country"),
    "cooperating agencies": ("Cooperating Agencies", "agency"),
    "cooperating agency": ("Cooperating Agencies", "agency"),
    # an exchange of notes or an arrangement between agencies ("the Participating Agencies
    # shall be KASA ... and the Australian Space Agency")
    "participating agencies": ("Participating Agencies", "agency"),
    "participating agency": ("Participating Agencies", "agency"),
    # a framework agreement between governments names the agencies that carry it out
    # ('(hereinafter the "Implementing Agencies")')
    "implementing agencies": ("Implementing Agencies", "agency"),
    "implementing agency": ("Implementing Agencies", "agency"),
    "member states": ("Member States", "country"),
    "member state": ("Member States", "country"),
    # the states taking part in an optional programme (ESA) or a forum (the OSCE)
    "participating states": ("Participating States", "country"),
    "participating state": ("Participating States", "country"),
}
#: Party terms that name their parties in any document, capitalised ("awareness among Member
#: States"; the lower-case "member states" of an organisation is a description), also in an
#: exchange of notes, whose title names no instrument word ("the Participating Agencies").
ANY_DOCUMENT_TERMS = re.compile(r"\b(?:Member States?|Participating Agenc(?:y|ies))\b")
#: A one-word term defined in parentheses right after a name: " (Council)", " (the “Group”)".
_DEFINITION = re.compile(
    r"\s*\((?:the\s+|hereinafter\s+(?:the\s+)?)?[“\"‘']?(?P<t>[A-Z][a-z]+)[”\"’']?\)"
)
_ORDER_NUMBER = re.compile(r"\bExecutive Order\s+(\d{4,6})\b")


@Language.factory("spaceclaims_self_reference", default_config={"use_shipped_gazetteer": True})
def make_self_reference(nlp: Language, name: str, use_shipped_gazetteer: bool) -> SelfReference:
    return SelfReference(use_shipped_gazetteer=use_shipped_gazetteer)


def instrument_of(title: str, gazetteer=None) -> tuple[str, str, str, str] | None:
    """``(name, type, country, instrument word)`` of the instrument a title names, or None."""
    title = re.sub(r"\s+", " ", title or "").strip().strip("*#").strip()
    bare = re.sub(r"^(?:the|The)\s+", "", title)
    main = bare.split(":")[0].strip()
    if _kind_in_subtitle_only(bare, main):
        main = bare  # "African Space Programme: Implementation Framework": the whole title
    # an edition's year or number after the head word ("National Space Strategy 2025") is no
    # part of what the text calls itself ("this strategy")
    words = re.sub(r"[^\w\s-]", " ", _EDITION.sub("", main)).split()
    # a paragraph is no title; a heading in capitals may be long, an instrument among four
    # agencies naming each of them ("MEMORANDUM OF UNDERSTANDING AMONG THE ... AGENCY, ...")
    if not words or len(title) > (400 if title.isupper() else 250):
        return None
    # The title is the instrument: its first word (after a number or "Joint", "Executive")
    # or its last word is an instrument word; "Why the Artemis Accords matter" is not one.
    edge = [w.lower() for w in (*words[:3], words[-1])]
    lead = _kind_before_of(words) if main == bare else []
    if lead and not {words[0].lower(), words[-1].lower()} & INSTRUMENT_HEADS.keys():
        # "Space Security Strategy of the Federal Republic of Germany": the kind ends the
        # words before the "of" that names whose document it is
        words = lead
        edge = [w.lower() for w in (*words[:3], words[-1])]
    # a binding instrument's word before a policy document's ("Framework Agreement ...")
    word = next(
        (w for w in edge if w in INSTRUMENT_HEADS and w not in _DOCUMENT_KINDS),
        next((w for w in edge if w in INSTRUMENT_HEADS), None),
    )
    if _policy_statement(words):
        word = "policy"  # "Indian Space Policy Statement 2026": "this Policy", "this Statement"
    elif (
        word is None
        or word not in (words[0].lower(), words[-1].lower())
        and not (words[0].lower() in _TITLE_MODIFIERS and word in (words[1].lower(), "order"))
        and not kind_then_link(words, word)
    ):
        # a listed instrument whose kind stands inside its title ("International Lunar
        # Research Station (ILRS) Guide for Partnership"): the list says it is one
        inner = next(
            (w.lower() for w in words if w[:1].isupper() and w.lower() in INSTRUMENT_HEADS), None
        )
        listed = _listed(gazetteer, bare) if inner else None
        if inner is None or listed is None or listed.type != "agreement":
            return None
        return listed.actor, listed.type, listed.country, inner
    if word == "statement" and "joint" not in title.lower():
        return None
    if word == "plan" and _about_a_plan(bare, main, words):
        return None
    if word in _DOCUMENT_KINDS and not any(w.lower() == word and w[0].isupper() for w in words):
        return None  # "Thinking about space strategy": a topic, not the document's name
    for candidate in (bare, bare.split(":")[0].strip()):
        actor = _listed(gazetteer, candidate)
        if actor is not None:
            return actor.actor, actor.type, actor.country, word
    number = _ORDER_NUMBER.search(title)
    if number:
        return f"Executive Order {number[1]}", "agreement", "United States", word
    if word in _DOCUMENT_KINDS and main != bare:
        # "National Space Strategy 2025: Securing the UK's Place in Space": the subtitle after
        # the colon is a slogan; the text names itself by the main title
        return main, "agreement", "", word
    return heading_case(bare, gazetteer), "agreement", "", word


def _policy_statement(words: list[str]) -> bool:
    """Whether a title ends in "Policy Statement", capitalised: a government's policy document
    ("National Space Policy Statement"), which calls itself "this Policy"; a statement alone is
    a speech's or a release's word, not an instrument's."""
    return (
        len(words) >= 2
        and [w.lower() for w in words[-2:]] == ["policy", "statement"]
        and all(w[:1].isupper() for w in words[-2:])
    )


def _kind_before_of(words: list[str]) -> list[str]:
    """The words of a title before its first "of" when they are a few capitalised words that
    end in the kind of document ("Space Security Strategy" of "... of the Federal Republic of
    Germany"), else none."""
    k = next((i for i, w in enumerate(words) if w == "of"), 0)
    lead = words[:k]
    if not 1 <= k <= 4 or lead[-1].lower() not in _DOCUMENT_KINDS:
        return []
    return lead if all(w[:1].isupper() for w in lead) else []


def _about_a_plan(bare: str, main: str, words: list[str]) -> bool:
    """Whether a title ending in "Plan" speaks of a plan rather than being one: a subtitle after
    a colon ("Ruritania's 4th Five-Year Plan: Launch Priorities"), a possessive, or "Plan" alone or
    after a lower-case word. A plan's own title names it with a capitalised modifier
    ("Strategic Plan", "Basic Plan", "Action Plan")."""
    return (
        main != bare
        or bool(re.search(r"['’]s\b", main))
        or len(words) < 2
        or not words[-2][:1].isupper()
        or words[-2].lower() in ("a", "an", "our", "this", "new")
    )


def _compound_heads(title: str, word: str) -> tuple[str, ...]:
    """The two-word names an instrument calls itself by when its title opens (or ends) with a
    modifier or a second instrument word before its head word: "Framework Agreement between
    ..." is "this Framework Agreement", "Executive Order" "this Executive Order", "... Policy
    Statement" "this Policy Statement" and "this Statement"."""
    words = [w.lower() for w in _title_words(title)]
    out: list[str] = []
    for first, second in zip(words, words[1:], strict=False):
        paired = first in _TITLE_MODIFIERS or first in INSTRUMENT_HEADS
        if second in INSTRUMENT_HEADS and paired and word in (first, second):
            out += [f"{first} {second}", second]
    return tuple(dict.fromkeys(out))


def _listed(gazetteer, text: str) -> Actor | None:
    """The gazetteer actor one of whose forms is ``text`` (any case), or None."""
    if gazetteer is None:
        return None
    forms: dict[str, Actor] = {}
    for actor in gazetteer.actors.values():
        for form in (actor.actor, *actor.aliases, actor.full_name):
            if form:
                forms.setdefault(form.lower(), actor)
    return forms.get(text.lower())


def _title_words(text: str) -> list[str]:
    return re.sub(r"[^\w\s-]", " ", _EDITION.sub("", text)).split()


def _kind_in_subtitle_only(bare: str, main: str) -> bool:
    """Whether only the subtitle after a colon names the kind of policy document, capitalised
    at its end ("African Space Programme: Implementation Framework"): the main title names the
    subject, and the text calls itself "this Framework"."""
    if main == bare:
        return False
    head, sub = _title_words(main), _title_words(bare[len(main) :])
    return (
        bool(head)
        and bool(sub)
        and sub[-1].lower() in _DOCUMENT_KINDS
        and sub[-1][:1].isupper()
        and not any(w.lower() in INSTRUMENT_HEADS for w in (*head[:3], head[-1]))
    )


def _other_kinds(title: str, word: str) -> tuple[str, ...]:
    """The heads of the other policy-document words a title capitalises, and of a plan
    (``_COMPANION_HEADS``): "Basic Plan on Space Policy" is "this Policy" and "this Basic Plan"
    too."""
    heads = {**{k: INSTRUMENT_HEADS[k] for k in _DOCUMENT_KINDS}, **_COMPANION_HEADS}
    return tuple(
        h
        for w in dict.fromkeys(_title_words(title))
        if w[:1].isupper() and w.lower() in heads and w.lower() != word
        for h in heads[w.lower()]
    )


def _named_after_of(title: str, word: str) -> tuple[str, ...]:
    """The heads of a second instrument word the title names its instrument by after "of"
    ("Declaration of Principles for ...": the text calls itself "these Principles" too)."""
    words = re.sub(r"[^\w\s-]", " ", title).lower().split()
    for i, w in enumerate(words[:-2]):
        if w == word and words[i + 1] == "of" and words[i + 2] in INSTRUMENT_HEADS:
            return INSTRUMENT_HEADS[words[i + 2]]
    return ()


#: A determiner the statistical NER takes into a capitalised party term that opens a
#: sentence ("Each Cooperating Agency will ...", "Either Contracting Party may ...").
_OWN_DETERMINER = re.compile(r"^(?:this|these|the\s+present)\s+")
_TERM_DETERMINER = re.compile(r"^(?:each|either|neither|any|the other|the|a|an|both)\s+", re.I)


def _without_party_term_names(actors: list[Span]) -> list[Span]:
    """``actors`` without the names the NER made of a party term and its determiner ("Each
    Cooperating Agency"): the term is the instrument's party, found below."""
    return [
        a
        for a in actors
        if not (
            a._.sc_actor_method == "ner" and _TERM_DETERMINER.sub("", a.text).lower() in PARTY_TERMS
        )
    ]


#: Nouns that count or list a group as one ("the number of signatories").
_GROUP_NOUNS = frozenset({"number", "list", "group", "circle", "community"})


def _ending_term(long_form: str) -> str:
    """The party term (a key of ``PARTY_TERMS``) a long form ends with, capitalised as a term
    is ("ASEAN Member States" -> "member states"); else ""."""
    for key in PARTY_TERMS:
        n = len(key.split())
        last = long_form.split()[-n:]
        if len(last) == n and " ".join(last).lower() == key and all(w[0].isupper() for w in last):
            return key
    return ""


def _whole_group(doc: Doc, i: int, taken: set[int]) -> bool:
    """Whether the plural at ``i`` names a whole group: "the" opens its noun phrase over the
    name of an actor before it ("the Artemis Accords signatories"), or a noun of counting with
    "of" goes before it ("the number of signatories"). "the signatories of the Accords" and
    "the signatories commit", with no name between, speak of the states that signed, as the
    blind documents' annotators read them, not of the party term."""
    j = i - 1
    while j >= 0 and j in taken:
        j -= 1
    if j >= 0 and doc[j].lower_ == "the":
        return j < i - 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in _GROUP_NOUNS


def _with_title_continued(doc: Doc, title: str, gazetteer=None) -> str:
    """A title set over two lines, the second the text's first paragraph (or the one after
    the title's): one instrument word on a line of its own ("PROTOCOL") with the line that goes
    on in lower case ("amending the Agreement between ... of 10 October 2017"), or a subject
    whose next short line names the kind of document ("International Lunar Research Station
    (ILRS)" over "Guide for Partnership"). The instrument's name is the two together."""
    blocks = doc._.sc_blocks or []
    title = title.strip()
    if not title or not blocks:
        return title
    texts = [doc.text[start:end].strip() for start, end in blocks[:2]]
    nxt = " ".join((texts[1] if texts[0] == title and len(texts) > 1 else texts[0]).split())
    if not nxt or nxt.endswith((".", ";", ":", ",")):
        return title
    if len(title.split()) == 1 and title.lower() in INSTRUMENT_HEADS:
        if nxt[:1].islower() and len(nxt) <= 250:
            word = title.capitalize() if title.isupper() else title  # a heading's capitals
            return f"{word} {nxt}"
        return title
    joined = f"{title} {nxt}"
    if (
        len(nxt) <= 80
        and instrument_of(title, gazetteer) is None
        and instrument_of(joined, gazetteer) is not None
    ):
        return joined
    return title


class SelfReference:
    def __init__(self, *, use_shipped_gazetteer: bool = True) -> None:
        register_extensions()
        self.gazetteer = load_gazetteer() if use_shipped_gazetteer else None

    def __call__(self, doc: Doc) -> Doc:
        self._defined_titles(doc)
        self._defined_terms(doc)
        self._term_acronyms(doc)
        self._head_offices(doc)
        union_references(doc)  # the EU's register ("the Union"), ``union_institutions``
        statute_references(doc, self.gazetteer)  # "this Act" of a statute, ``statute_terms``
        side_term_references(doc)  # '"U.S. Participants" means ...' of an instrument
        defined_name_references(doc)  # '... (hereinafter "the Working Group")', ``defined_names``
        meta = doc._.sc_metadata
        title = getattr(meta, "title", "") or ""
        if not title and doc._.sc_blocks and len(doc._.sc_blocks) > 1:
            start, end = doc._.sc_blocks[0]
            first = doc.text[start:end].strip()
            if len(first) <= 200 and not first.endswith((".", "?", "!", ":", ";")):
                title = first  # a heading-like first paragraph
        title = _with_title_continued(doc, title, self.gazetteer)
        found = instrument_of(title, self.gazetteer)
        if found is None:
            headings = getattr(meta, "headings", None) or []
            title, found = masthead_instrument(
                title, headings, lambda t: instrument_of(t, self.gazetteer)
            )
        if found is None:
            self._signatories(doc)
            self._member_states(doc)
            return doc
        name, kind, country, word = found
        heads = (
            *INSTRUMENT_HEADS[word],
            *_named_after_of(title, word),
            *_other_kinds(title, word),
            *_compound_heads(title, word),
            *_GENERIC_HEADS,
        )
        # the longest head first: "this Framework Agreement" whole, not "this Framework"
        heads = tuple(sorted(dict.fromkeys(heads), key=len, reverse=True))
        actors = _without_party_term_names(list(doc.spans.get("actors", [])))
        # The NER names "Implementing Arrangement" by its text: a self-reference below
        # ("this Implementing Arrangement") names the instrument and takes its place, as it does
        # when the NER took the determiner in ("This Memorandum" opening a sentence).
        own = {
            a for a in actors
            if a._.sc_actor_method == "ner" and _OWN_DETERMINER.sub("", a.text.lower()) in heads
        }  # fmt: skip
        taken = {i for a in actors if a not in own for i in range(a.start_char, a.end_char)}
        new: list[Span] = []
        text = doc.text
        self_ref = re.compile(
            r"\b(?:(?:this|these|the\s+present)\s+(?P<h>"
            + "|".join(re.escape(h) for h in heads)
            + r")|the\s+(?P<c>"
            + "|".join(re.escape(h.title()) for h in heads if " " not in h)
            + r"))\b",
            re.IGNORECASE,
        )
        for m in self_ref.finditer(text):
            group = "h" if m["h"] else "c"
            if group == "c" and not m[group][:1].isupper() and m[group] not in _PLURAL_HEADS:
                continue  # "the order of business": a capitalised "the Convention", or a plural
            start, end = m.start(group), m.end(group)
            if group == "h":
                start = m.start()
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start_char, span.end_char)):
                continue
            nxt = doc[span.end] if span.end < len(doc) else None
            if nxt is not None and (
                (nxt.is_title and nxt.pos_ == "PROPN")
                or (group == "c" and nxt.lower_ in ("on", "of", "for", "between"))
            ):
                continue  # "the Convention on Biological Diversity": another named one
            new.append(self._span(doc, span, name, kind, country))
            taken.update(range(span.start_char, span.end_char))
            actors = [
                a for a in actors
                if a not in own or a.end_char <= span.start_char or a.start_char >= span.end_char
            ]  # fmt: skip
        terms = re.compile(
            r"\b(?:" + "|".join(re.escape(t) for t in PARTY_TERMS) + r")\b", re.IGNORECASE
        )
        chars = [(a.start_char, a.end_char, a.kb_id_, a.label_) for a in actors]
        # "Contracting Parties" that a preamble defines for the states it names are those
        # states (``instrument_sides``), no party term of their own (annotation guide)
        named = defined_signatories(text, chars)[1] == CONTRACTING
        for m in terms.finditer(text):
            if named and m[0].lower().startswith("contracting"):
                continue
            if not m[0][:1].isupper() and m[0].lower() != "signatories":
                # "state party to a dispute" lower case is not the defined term, nor is the
                # adjective of "signatory States"; "the signatories" is the party term
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start_char, span.end_char)):
                continue
            actor, actor_type = PARTY_TERMS[m[0].lower()]
            new.append(self._span(doc, span, actor, actor_type, ""))
            taken.update(range(span.start_char, span.end_char))
        if new:
            doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))
        return doc

    def _defined_titles(self, doc: Doc) -> None:
        """An instrument cited by full title and a quoted "hereinafter" name
        (:mod:`instrument_titles`): the title and each later use of the name are that one
        instrument, replacing the agreement names found inside them ("Framework Agreement");
        the states named inside the title stay (they are mentioned there)."""
        if "hereinafter" not in doc.text:
            return
        found = defined_titles(doc.text)
        if not found:
            return
        actors = list(doc.spans.get("actors", []))
        new = []
        for item in found:
            for start, end in ((item.start, item.end), *item.uses):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                actors = [
                    a
                    for a in actors
                    if a.label_ != "agreement"
                    or a.end_char <= span.start_char
                    or a.start_char >= span.end_char
                ]
                new.append(self._span(doc, span, item.title, "agreement", ""))
        doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))

    def _term_acronyms(self, doc: Doc) -> None:
        """An acronym the document defines for a party term ("ASEAN Member States (AMS)",
        "States Parties (SPs)", ``doc._.sc_abbreviations``) is that term wherever it is written
        after its definition, as a whole word in its own capitals ("AMS will link their ground
        stations": Member States), as reports of regional organisations write it."""
        terms = {
            short: PARTY_TERMS[key]
            for short, long in (doc._.sc_abbreviations or {}).items()
            if (key := _ending_term(long))
        }
        if not terms:
            return
        # the actor the acronym rule made of the short form itself yields to the term
        actors = [
            a
            for a in doc.spans.get("actors", [])
            if not (a._.sc_actor_method == "acronym" and a.text in terms)
        ]
        taken = {i for a in actors for i in range(a.start, a.end)}
        # written after its definition, not in the definition's own brackets
        defined = {short: doc.text.find(f"({short})") + len(short) + 2 for short in terms}
        new = [
            self._span(doc, doc[t.i : t.i + 1], *terms[t.text], "")
            for t in doc
            if t.text in terms and t.i not in taken and t.idx >= defined[t.text]
        ]
        doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))

    def _defined_terms(self, doc: Doc) -> None:
        """A word a document defines in parentheses after a name ("the National Space Council
        (Council)", "the President's Commission on ... (the “Commission”)") means that actor
        wherever it is written later, capitalised (method ``short_form``)."""
        actors = list(doc.spans.get("actors", []))
        if not actors:
            return
        ends = {a.end_char: a for a in actors}
        terms: dict[str, tuple[int, Span]] = {}
        for m in _DEFINITION.finditer(doc.text):
            actor = ends.get(m.start())
            if actor is not None and m["t"] in actor.text.split() and m["t"] not in terms:
                terms[m["t"]] = (m.end(), actor)
        # a legal text's own definitions of a body's short name (``statute_terms``)
        bodies = [a for a in actors if a.label_ != "agreement"]
        names = [(a.start_char, a.end_char, a.text) for a in bodies]
        for word, (start, k) in defined_bodies(doc.text, names).items():
            terms.setdefault(word, (start, bodies[k]))
        if not terms:
            return
        # The definition beats the generic short-form rule ("the Council" after a later
        # "National Security Council" is still the Council the document defined).
        actors = [
            a
            for a in actors
            if not (
                a._.sc_actor_method == "short_form"
                and a.text in terms
                and a.start_char >= terms[a.text][0]
            )
        ]
        taken = {i for a in actors for i in range(a.start, a.end)}
        new = []
        for token in doc:
            hit = terms.get(token.text)
            if hit is None or token.idx < hit[0] or token.i in taken:
                continue
            source = hit[1]
            span = Span(doc, token.i, token.i + 1, label=source.label_, kb_id=source.kb_id_)
            span._.sc_actor_country = source._.sc_actor_country
            span._.sc_actor_method = "short_form"
            new.append(span)
        doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))

    def _head_offices(self, doc: Doc) -> None:
        """ "the Director General" and "the Council" of the document's own body
        (:mod:`pipeline.nlp.extract.head_offices`): the head an organisation of its own, the
        council a listed one or else the body itself (method ``short_form``), where no other
        actor stands."""
        actors = list(doc.spans.get("actors", []))
        body = own_body(a.kb_id_ for a in actors)
        if body is None:
            return
        council: str | None = f"{body} Council"
        if self.gazetteer is None or council not in self.gazetteer:
            # no council listed on its own: the council the document names is the body
            listed = self.gazetteer[body] if self.gazetteer and body in self.gazetteer else None
            names = (body, *(listed.aliases if listed else ()))
            council = body if names_council_of(doc.text, names) else None
        taken = {i for a in actors for i in range(a.start_char, a.end_char)}
        new = []
        for start, end, name in head_offices(doc.text, body, council):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or taken.intersection(range(start, end)):
                continue
            kind, country = "organization", ""
            if name == body and self.gazetteer is not None and body in self.gazetteer:
                kind, country = self.gazetteer[body].type, self.gazetteer[body].country
            out = self._span(doc, span, name, kind, country)
            out._.sc_actor_method = "short_form"
            new.append(out)
        if new:
            doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))

    def _signatories(self, doc: Doc) -> None:
        """Outside an instrument, "signatories" is a party term only next to an agreement and
        as the whole group: definite ("the Accords signatories") or counted as one ("the
        number of signatories on the Artemis Accords"); "many Accords signatories", "had 56
        signatories", "their signatories" and "most signatories of the Accords" speak of
        some of its members, not the group."""
        actors = list(doc.spans.get("actors", []))
        agreements = [a for a in actors if a.label_ == "agreement"]
        if not agreements or "ignator" not in doc.text:
            return
        taken = {i for a in actors for i in range(a.start, a.end)}
        new = []
        for token in doc:
            if token.lower_ != "signatories" or token.i in taken:
                continue
            if not _whole_group(doc, token.i, taken):
                continue
            if any(-4 <= a.start - token.i <= 4 or -4 <= token.i - a.end <= 3 for a in agreements):
                new.append(
                    self._span(doc, doc[token.i : token.i + 1], "Signatories", "country", "")
                )
        if new:
            doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))

    def _member_states(self, doc: Doc) -> None:
        """Outside an instrument, "Member States" and "Participating Agencies" capitalised are
        the party terms too."""
        if "Member State" not in doc.text and "Participating Agenc" not in doc.text:
            return
        actors = _without_party_term_names(list(doc.spans.get("actors", [])))
        taken = {i for a in actors for i in range(a.start_char, a.end_char)}
        new = []
        for m in ANY_DOCUMENT_TERMS.finditer(doc.text):
            before, after = doc.text[max(0, m.start() - 4) : m.start()], doc.text[m.end() :]
            if re.search(r"\b[Aa]n? $", before) and after.startswith(" of "):
                continue  # "as a Member State of ESA, France ...": one state's membership
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start_char, span.end_char)):
                continue
            new.append(self._span(doc, span, *PARTY_TERMS[m[0].lower()], ""))
        if new or len(actors) < len(doc.spans.get("actors", [])):
            doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))

    @staticmethod
    def _span(doc: Doc, span: Span, name: str, kind: str, country: str) -> Span:
        out = Span(doc, span.start, span.end, label=kind, kb_id=name)
        out._.sc_actor_country = country
        out._.sc_actor_method = "self_reference"
        return out
