"""Where a text names a company or organisation that no list holds: capitalised words ending in
a company's legal form or trade word ("Magellan Aerospace"), capitalised names the text itself
calls companies ("the startup Orbit Forge"), and the lines where such names are not actors
(photo credits, references, affiliation lines). Pure functions over a spaCy ``Doc``; the actor
component (``pipeline.nlp.components.actors``) resolves the spans against its gazetteer."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.names import COMPANY_HEADS, LEGAL_FORMS


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


_DET = frozenset({"the", "The"})
#: Nouns that call the capitalised name beside them a company ("the startup Orbit Forge").
COMPANY_NOUNS = _words("""
    company companies firm firms startup startups start-up start-ups manufacturer manufacturers
    contractor contractors subsidiary operators providers
    """)
#: Capitalised words that do not name a firm after a company noun.
_NOT_NAMES = _words("""
    I We He She They It This That These Those In On At For By With As If When While A An Chief
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December CEO President Chairman
    """)
#: NER readings that a capitalised word after a company noun is not a firm's name.
_NOT_COMPANY_ENTS = frozenset({"PERSON", "DATE", "GPE", "LOC", "NORP", "TIME", "MONEY"})
#: Lines that name organisations without making them actors: photo and image credits,
#: references ("Smith, J. (2021). ... Journal"), affiliation lines ("Department of Physics,
#: University of X, Canada").
_CREDIT = re.compile(
    r"^\W*(?:photo|image|picture|credit|source|illustration)s?\s*(?:by\s*)?[:|\u2014\u2013-]"
    r"|\b(?:photo|image) (?:credit|courtesy)\b|\bcourtesy of\b|\bet al\.|\bdoi\b|\bISSN\b|\bpp\. \d"
    r"|\(\d{4}[a-z]?\)[.,]|@\w+\.\w",
    re.IGNORECASE,
)


#: Lower-case words enough to make a comma-separated sentence prose, not a list of names
#: ("Measuring 4 m in diameter and 5 m in length, the module was built by ..., Alabama").
_PROSE_WORDS = 8


def credit_or_reference(text: str) -> bool:
    """Whether a sentence is a credit, a reference or an affiliation line: a credit or citation
    mark, or a comma-separated list of capitalised parts with no verb-like lower-case run and
    few lower-case words."""
    if _CREDIT.search(text):
        return True
    parts = [p.strip() for p in text.strip().rstrip(".").split(",")]
    return (
        len(parts) >= 3
        and all(p[:1].isupper() or p[:1].isdigit() for p in parts if p)
        and not re.search(r"\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b", text)
        and len(re.findall(r"\b[a-z]{2,}\b", text)) < _PROSE_WORDS
    )


def shaped_companies(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of capitalised words ending in a company's legal form or trade word
    ("Space Systems" too) that the NER did not take as an organisation or a person
    ("Magellan Aerospace", "Orbital Dynamics Ltd"; a PERSON that is only the firm's words
    does not count: ``_person_read_of_firm``): one to four capitalised words before the head, none of them "The", and the
    name not going on after the head ("Civil Aviation Organization")."""
    found = []
    for token in doc:
        if token.is_sent_start or not (
            token.text in COMPANY_HEADS
            or token.text in _CAPITAL_FORMS
            or token.text == "Systems"
            and _after_space(doc, token.i)
        ):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and (
            (after.is_title or after.is_upper)
            and not after.is_sent_start
            or after.lower_ in {"of", "and", "&"}
            # a legal form ends the name: "Orbitrek Ltd and SANSA" are two
            and not (after.lower_ == "and" and token.text in LEGAL_FORMS | _CAPITAL_FORMS)
        ):
            continue
        # "Karoo Orbital (Pty) Ltd": the proprietary mark in brackets before the legal form
        infix = 3 if _pty_before(doc, token.i) else 0
        start = token.i - infix
        while (
            start > 0
            and token.i - start < 4 + infix
            and doc[start - 1].text not in _DET
            and (doc[start - 1].is_title or doc[start - 1].is_upper)
            and doc[start - 1].is_alpha
        ):
            start -= 1
            if doc[start].is_sent_start:
                # "From Northlight Robotics, we have ...": the capitalised function word that
                # opens the sentence is no part of the name
                start += doc[start].is_stop and doc[start].lower_ not in _ALPHABET_NAMES
                break
        if start == token.i - infix:
            continue
        span = doc[start : token.i + 1]
        if (
            token.ent_type_ == "ORG"
            and not _legal_form_read(doc, start, token.i)
            or any(t.ent_type_ == "PERSON" for t in span)
            and not _person_read_of_firm(doc, start, token.i + 1)
        ):
            continue  # the NER's own reading of the words wins
        found.append((start, token.i + 1))
    return found


#: Words before "Systems" that make it a firm's trade words ("Ravensby Space Systems",
#: "Meridian Orbital Systems"); not "Satellite" ("Global Navigation Satellite Systems").
_SYSTEMS_TRADES = _words("Space Orbital")
#: Stop words that can begin a firm's name ("Seven Sisters Aerospace"): none is a preposition.
_ALPHABET_NAMES = _words("one two three four five six seven eight nine ten first")


def _after_space(doc: Doc, i: int) -> bool:
    """Whether "Systems" at ``i`` ends "<Name> Space Systems" or "<Name> Orbital Systems", a
    firm's trade words as ``names.is_company_name`` reads them ("Ravensby Space Systems"):
    "Space" or "Orbital" before it and a capitalised word before that."""
    return (
        i >= 2
        and doc[i - 1].text in _SYSTEMS_TRADES
        and (doc[i - 2].is_title or doc[i - 2].is_upper)
        and doc[i - 2].text not in _DET
    )


#: Legal forms as a name set in capitals writes them ("KAROO ORBITAL (PTY) LTD", the parties'
#: block of a contract).
_CAPITAL_FORMS = _words("LTD LIMITED INC LLC CORP")


def _pty_before(doc: Doc, i: int) -> bool:
    """Whether "(Pty)" stands right before the legal form at ``i`` ("(Pty) Ltd", "(PTY) LTD":
    a proprietary company of South Africa or Australia)."""
    return (
        i >= 3 and doc[i - 1].text == ")" and doc[i - 2].lower_ == "pty" and doc[i - 3].text == "("
    )


def _legal_form_read(doc: Doc, start: int, head: int) -> bool:
    """Whether the NER's organisation at the legal form ``doc[head]`` holds none of the
    firm's name words before ``start``..``head``: it read "LTD" or "(PTY) LTD" alone as a
    name, and the name before it wins."""
    ent = next((e for e in doc.ents if e.start <= head < e.end), None)
    return ent is not None and not any(
        t.is_alpha and t.lower_ != "pty" for t in doc[max(ent.start, start) : head]
    )


def _person_read_of_firm(doc: Doc, start: int, end: int) -> bool:
    """Whether the NER read the firm's name ``doc[start:end]`` as a person's: its PERSON
    name is exactly these words. No person is named by a legal form or a trade word at its
    end ("Saber Robotics", "Corra Dynamics"), so the head word wins over that reading; a
    person's name before the firm's words ("Jane Doe Aerospace") stays a person's."""
    first, last = doc[start], doc[end - 1]
    return (
        first.ent_type_ == "PERSON"
        and first.ent_iob_ == "B"
        and last.ent_type_ == "PERSON"
        and (end == len(doc) or doc[end].ent_iob_ != "I")
        and all(t.ent_type_ == "PERSON" for t in doc[start:end])
    )


#: Head words of named centres: space centres, flight and control centres, research centres.
#: Not "Facility": a named facility is as often a test rig or a plant as a body.
CENTRE_HEADS = _words("Center Centre")
#: Words that make a named centre a space, research or security body ("Marshall Space Flight
#: Center", "RKA Mission Control Centre", a state's "National Cyber Security Centre"), not a
#: building, a hospital or a shopping centre.
CENTRE_WORDS = _words("""
    Space Spaceflight Flight Launch Control Operations Research Test Testing Training
    Propulsion Tracking Satellite Science Sciences Applications Technology Data Observation
    Astronaut Cosmonaut Aerospace Rocket Mission Integration Exploration Aeronautics Cyber
    Cybersecurity Security Coordination Intelligence
    """)
_INITIAL = re.compile(r"^(?:[A-Z]\.|Jr\.|Sr\.)$")


def _name_goes_on(doc: Doc, i: int, links: set[str]) -> bool:
    """Whether the name whose head word is ``doc[i]`` goes on after it: a linking word
    (``links``: "of", "for", ...) or a capitalised word of the same sentence follows (a longer
    name is the NER's to find)."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and (
        after.lower_ in links
        or (after.is_title or after.is_upper)
        and after.is_alpha
        and not after.is_sent_start
    )


def shaped_centres(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of named space and research centres: capitalised words (initials
    allowed: "John H. Chapman Space Centre") ending in "Center" or "Centre", with a word such
    as "Space", "Flight" or "Control" in the name and a proper name in it or three words or
    more ("Kennedy Space Center", "Human Space Flight Centre"). Not a generic "Mission Control
    Center", nor a centre without such a word ("Lincoln Center"), nor a name that goes on
    after the head ("Center for Strategic and International Studies" is the NER's to find)."""
    found = []
    for token in doc:
        if token.text not in CENTRE_HEADS or token.i == 0:
            continue
        if _name_goes_on(doc, token.i, {"of", "for", "on"}):
            continue
        start = token.i
        while start > 0 and token.i - start < 6:
            prev = doc[start - 1]
            if prev.text in _DET or not (
                (prev.is_title or prev.is_upper) and prev.is_alpha or _INITIAL.match(prev.text)
            ):
                break
            start -= 1
            if prev.is_sent_start:
                break
        words = [t.text for t in doc[start : token.i]]
        if not words or _INITIAL.match(words[0]) or not any(w in CENTRE_WORDS for w in words):
            continue
        if len(words) < 3 and all(w in CENTRE_WORDS for w in words):
            continue
        found.append((start, token.i + 1))
    return found


def _name_word(token: Token) -> bool:
    return (
        (token.is_title or token.is_upper)
        and token.text not in _DET
        and not token.is_punct
        and token.text not in _NOT_NAMES
        and token.ent_type_ not in _NOT_COMPANY_ENTS
    )


def _name_after(doc: Doc, i: int) -> int:
    """The end of the capitalised name (at most four words) starting at ``i``."""
    end = i
    while end < len(doc) and end - i < 4 and _name_word(doc[end]):
        end += 1
    return end


def described_companies(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of capitalised names the text calls companies: after "the company",
    "the startup", "companies such as" ("the startup Orbit Forge", "firms such as A, B and
    C"), or before ", a ... company" ("Halcyon, a satellite-servicing company"; not a single
    word opening the sentence, "Today, a company ...")."""
    found = []
    for token in doc:
        noun = token.lower_
        if noun not in COMPANY_NOUNS:
            continue
        plural = noun.endswith("s")
        i = token.i + 1
        if plural and doc[i : i + 2].text.lower() == "such as":
            i += 2
        while i < len(doc):
            end = _name_after(doc, i)
            if end == i:
                break
            found.append((i, end))
            if not plural or end >= len(doc) or doc[end].lower_ not in {",", "and", "or"}:
                break
            i = end + 1
            if doc[end].text == "," and i < len(doc) and doc[i].lower_ in {"and", "or"}:
                i += 1
        if plural:
            continue
        j = token.i - 1
        while j >= 0 and token.i - j <= 5 and doc[j].lower_ not in {"a", "an"}:
            if not (doc[j].is_lower or doc[j].text == "-"):
                break
            j -= 1
        if j >= 2 and doc[j].lower_ in {"a", "an"} and doc[j - 1].text == ",":
            end = j - 1
            start = end
            while start > 0 and end - start < 4 and _name_word(doc[start - 1]):
                start -= 1
            if end - start >= 2 or (start < end and not doc[start].is_sent_start):
                found.append((start, end))
    return found


#: Prepositions after a sentence-opening common noun ("Progress on ...", "Progress toward ...").
_COMMON_NOUN_PREPS = _words("on in toward towards of over since across")


def opens_as_common_noun(doc: Doc, start: int, end: int) -> bool:
    """A one-word name opening a sentence as the common noun it also is, before a preposition:
    "Progress on the treaty stalled" (not the Progress spacecraft); also after an opening
    quote or bracket that opens the sentence, as the title of a paper or a talk does
    ("“Progress of the station”, by the representative of ...")."""
    nxt = doc[end] if end < len(doc) else None
    opens = bool(doc[start].is_sent_start) or (
        start > 0 and doc[start - 1].is_left_punct and bool(doc[start - 1].is_sent_start)
    )
    return end - start == 1 and opens and nxt is not None and nxt.lower_ in _COMMON_NOUN_PREPS


#: The trade word a company's name may drop when it is named again ("Axiom Space" / "Axiom").
TRADE_WORDS = _words("Space Aerospace Technologies Industries Systems")


def short_names(
    doc: Doc, full: list[tuple[int, int, str]], covered: set[int]
) -> list[tuple[int, int, str]]:
    """``(start, end, company)`` of each later mention of a company by its name without the
    trade word: "Axiom" after "Axiom Space", "Firefly" after "Firefly Aerospace". ``full`` are
    the ``(start, end, company)`` mentions of companies found, ``covered`` the tokens already
    in an actor. The bare name must be one capitalised word, not after "the" and not followed
    by another capitalised word ("the Axiom crew", "Axiom Station" are something else)."""
    bare: dict[str, list[tuple[int, str]]] = {}
    for start, end, actor in full:
        if end - start != 2 or doc[end - 1].text not in TRADE_WORDS:
            continue
        first = doc[start]
        if first.is_title and not first.is_stop:
            bare.setdefault(first.text, []).append((start, actor))
    out = []
    for token in doc:
        earlier = [a for s, a in bare.get(token.text, ()) if s < token.i]
        if not earlier or token.i in covered:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ == "the":
            continue
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.is_alpha and (nxt.is_title or nxt.is_upper):
            continue
        out.append((token.i, token.i + 1, earlier[-1]))
    return out


#: Words that join the items of a list of names.
_LIST_JOINS = frozenset({",", "and", "or"})
#: The fewest companies a list must hold before a bare name in it counts as one.
_LIST_COMPANIES = 2


def listed_with_companies(
    doc: Doc, spans: list[tuple[int, int, str]], covered: set[int]
) -> list[tuple[int, int]]:
    """``(start, end)`` of bare names in a list of companies: "Axiom Space, Blue Origin,
    Orbit Forge and Vela" with the first two known as companies makes "Orbit Forge" and "Vela"
    companies too. ``spans`` are the ``(start, end, type)`` of the actors found, ``covered``
    their tokens. The list's items are joined by commas, "and" or "or" alone; a bare name is
    one to three capitalised words (not opening the sentence, not "The"); the list holds at
    least two known companies and no known actor of another type (a list of companies,
    agencies and countries says nothing of what its unknown names are)."""
    by_start = {s: (e, kind) for s, e, kind in spans}
    sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    found: list[tuple[int, int]] = []
    for sent in sents:
        items: list[tuple[int, int, str]] = []  # (start, end, type or "" for a bare name)
        i = sent.start
        while i < sent.end:
            if i in by_start:
                end, kind = by_start[i]
                items.append((i, end, kind))
                i = end
                continue
            j = i
            while j < sent.end and j - i < 3 and j not in covered and _list_name_word(doc[j]):
                j += 1
            if j > i and (j >= sent.end or not _list_name_word(doc[j]) or j in covered):
                items.append((i, j, ""))
                i = j
                continue
            i += 1
        run: list[tuple[int, int, str]] = []
        for item in items + [(sent.end + 1, sent.end + 1, "END")]:
            joined = bool(run) and all(
                t.text in _LIST_JOINS for t in doc[run[-1][1] : min(item[0], sent.end)]
            )
            if run and joined and item[0] > run[-1][1] and item[2] != "END":
                run.append(item)
                continue
            kinds = [k for _, _, k in run]
            if (
                len(run) >= 3
                and kinds.count("company") >= _LIST_COMPANIES
                and all(k in ("company", "") for k in kinds)
            ):
                found += [(s, e) for s, e, k in run if not k]
            run = [item]
    return found


def _list_name_word(token: Token) -> bool:
    return (
        (token.is_title or token.is_upper)
        and any(ch.isalpha() for ch in token.text)
        and not token.is_sent_start
        and token.text not in _DET
        and token.text not in _NOT_NAMES
        and not token.is_punct
    )


#: Head words of bodies found by the shape of their name when the NER misses them ("the
#: Halden Research Institute", "the Kestrel Space Foundation").
SHAPED_BODY_HEADS = _words("""
    Institute Council Committee Commission Agency Office University Foundation Alliance
    Consortium Academy Association Federation Society Secretariat Directorate Authority Bureau
    Laboratory Subcommittee Board Panel College
    """)


def shaped_bodies(doc: Doc) -> list[tuple[int, int]]:
    """``(start, end)`` of capitalised names ending in a body's head word that the NER left
    unmarked ("the Halden Research Institute"): two to five capitalised words (the first a
    proper noun, none of them "The" or opening the sentence), the name not going on after the
    head (a capitalised word, "of", "for" or "on": a longer name is the NER's to find), and no
    entity of the NER on any of its words (its reading of them wins)."""
    found = []
    for token in doc:
        if token.text not in SHAPED_BODY_HEADS or token.i == 0 or token.is_sent_start:
            continue
        if _name_goes_on(doc, token.i, {"of", "for", "on", "&"}):
            continue
        start = token.i
        while start > 0 and token.i - start < 4:
            prev = doc[start - 1]
            if prev.text in _DET or not ((prev.is_title or prev.is_upper) and prev.is_alpha):
                break
            start -= 1
        if doc[start].is_sent_start:
            continue  # a sentence's capitalised first words may be no name
        if start == token.i or doc[start].pos_ != "PROPN" or doc[start].text in _NOT_NAMES:
            continue
        if any(t.ent_type_ for t in doc[start : token.i + 1]):
            continue
        found.append((start, token.i + 1))
    return found


#: Nouns that say what a name is when they stand in apposition to it ("Halcyon, a satellite
#: operator"), or right before it ("the launch provider Halcyon"): companies ...
COMPANY_CUES = _words("""
    company firm startup start-up manufacturer contractor operator maker provider supplier
    subsidiary integrator
    """)
#: ... and bodies that are neither a state nor a firm ("Halcyon, a nonprofit that ...").
BODY_CUES = _words("""
    nonprofit non-profit organization organisation association consortium foundation institute
    university alliance society federation coalition think-tank
    """)
#: Roles whose holder is named with the company: "the CEO of Halcyon", "Halcyon's founder",
#: "the chief executive of Halcyon".
COMPANY_ROLES = _words("CEO founder co-founder cofounder chairman owner executive executives")
#: Words that make a sentence worth the NER for ``cued_name_type``.
CUE_TRIGGERS = COMPANY_CUES | BODY_CUES | COMPANY_ROLES | _words("based subsidiary")
#: Words that end a name the NER marks as an organisation without it being one: a mission, a
#: programme, a document, a craft ("the Halcyon Program", "the Halcyon Report").
_NOT_BODY_WORDS = _words("""
    Program Programme Mission Project Initiative Report Strategy Plan Policy Act Treaty
    Agreement Accords Declaration Statement Summit Conference Station Telescope Satellite
    Rover Lander Orbiter Module Capsule Rocket Index Award Prize Day Week
    """)
#: The most words between an appositive's comma and its cue noun ("X, a Denver-based satellite
#: operator": "a", "Denver", "-", "based", "satellite").
_APPOSITIVE_SPAN = 7
#: Words after an appositive's head noun: a cue noun after them is not the name's kind.
_CLAUSE_WORDS = _words("of for in with at on by from to that which who whose and or")


def appositive_cue(doc: Doc, end: int) -> str:
    """The cue noun of an appositive right after the name ending at ``end``: ", a/an/the
    [modifiers] <noun>" or ", <Name>'s [modifiers] <noun>"; "" when none."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return ""
    first = doc[end + 1]
    k = end + 1
    if first.lower_ in {"a", "an", "the"}:
        k += 1
    elif not any(t.text in ("'s", "’s") for t in doc[end + 1 : end + 4]):
        return ""
    while k < len(doc) and k - end <= _APPOSITIVE_SPAN:
        word = doc[k]
        if word.lower_ in COMPANY_CUES or word.lower_ in BODY_CUES:
            return word.lower_
        if word.lower_ in _CLAUSE_WORDS:
            return ""  # the appositive's head came before: "X, a member of the alliance"
        if word.is_punct and word.text not in ("-", "'s", "’s"):
            return ""
        if word.pos_ in ("VERB", "AUX") and word.tag_ not in ("VBN", "VBG"):
            return ""  # a clause, not an appositive ("X, a firm based ..." still counts)
        k += 1
    return ""


def cued_name_type(doc: Doc, start: int, end: int) -> str:
    """What the words around a name the NER marks as an organisation say it is: "company"
    after a company's cue ("the startup X", "Denver-based X", "the CEO of X", "X's founder",
    "X, a launch provider"), "organization" after a body's ("X, a nonprofit ..."), else "".
    Only cues tied to the name by position count, not a cue word elsewhere in the sentence."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.lower_ in COMPANY_CUES and not before.is_title:
        return "company"  # "the launch provider X", "the startup X"
    if (
        before is not None
        and before.lower_ == "based"
        and start >= 2
        and doc[start - 2].text == "-"
    ):
        return "company"  # "Denver-based X"
    if start >= 2 and before is not None and before.lower_ == "of":
        role = doc[start - 2]
        if role.text in COMPANY_ROLES or role.lower_ in {"subsidiary", "unit"}:
            return "company"  # "the CEO of X", "a subsidiary of X"
    if after is not None:
        if after.text in COMPANY_ROLES:
            return "company"  # "X CEO Jane Doe"
        if after.text in ("'s", "’s") and end + 1 < len(doc):
            role = doc[end + 1]
            if role.text in COMPANY_ROLES or role.lower_ in {"parent", "subsidiary"}:
                return "company"  # "X's founder", "X's parent company"
    cue = appositive_cue(doc, end)
    if cue in COMPANY_CUES:
        return "company"
    return "organization" if cue else ""


def cued_name_words(tokens: list[Token]) -> bool:
    """Whether the words of a name the NER marks may be an unlisted company's or body's: one
    to five words, each capitalised or a number or a joining word, none ending the name as a
    mission, programme, document or craft does."""
    if not 1 <= len(tokens) <= 5 or tokens[-1].text in _NOT_BODY_WORDS:
        return False
    return all(
        t.is_title
        or t.is_upper
        or t.like_num
        or t.lower_ in {"of", "and", "&", "for", "-"}
        or any(ch.isupper() for ch in t.text)
        for t in tokens
    ) and not any(t.text in _NOT_BODY_WORDS for t in tokens)


#: Words that may close an appositive after its head noun ("X, a Chinese state-owned firm,
#: will ...", "X, a nonprofit that ...", "X, a satellite operator based in ...").
_APPOSITIVE_CLOSERS = _words(", . ; : that which who whose based founded headquartered in with")
#: NER readings of a name that an appositive does not overrule.
_NOT_APPOSED_ENTS = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "FAC", "EVENT"})


def apposed_names(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` of capitalised names that an appositive right after them says
    are a company or a body ("Brannock, a Chinese state-owned firm, will ...", "Helioform, a
    nonprofit that ...": ``appositive_cue``), where the NER marked nothing or another kind of
    name there. The name is one to three capitalised words, the last a proper noun, none of
    them "The" or a word of ``_NOT_NAMES``; the cue noun heads the appositive (a comma, a
    relative pronoun, "based" or a preposition after it: not "X, a company spokesperson"),
    so that a person described by a firm's noun is no firm. The type is "company" for a
    company's cue, "organization" for a body's."""
    found = []
    for comma in doc:
        if comma.text != "," or comma.i == 0:
            continue
        cue = appositive_cue(doc, comma.i)
        if not cue:
            continue
        k = next(t.i for t in doc[comma.i + 1 :] if t.lower_ == cue)
        if k + 1 < len(doc) and doc[k + 1].lower_ not in _APPOSITIVE_CLOSERS:
            continue
        end = start = comma.i
        while start > 0 and end - start < 3 and _apposed_word(doc[start - 1]):
            start -= 1
            if doc[start].is_sent_start:
                break
        if start == end or doc[end - 1].pos_ != "PROPN":
            continue
        if start > 0 and not doc[start].is_sent_start and _apposed_word(doc[start - 1]):
            continue  # a longer name than three words
        if any(t.ent_type_ in _NOT_APPOSED_ENTS for t in doc[start:end]):
            continue
        found.append((start, end, "company" if cue in COMPANY_CUES else "organization"))
    return found


def _apposed_word(token: Token) -> bool:
    return (
        (token.is_title or token.is_upper)
        and token.is_alpha
        and token.text not in _DET
        and token.text not in _NOT_NAMES
    )


#: A firm's legal form at the end of its name ("Orbitrek Inc.", "Kestrel Launch Ltd", "Nordlys
#: GmbH", "Vantor S.A."). "Corporation" and "Company" are kept: they are usually part of
#: the name people use ("Sierra Nevada Corporation", "David Clark Company").
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Inc|Ltd|Limited|LLC|L\.L\.C|GmbH|AG|plc|PLC|S\.A|SA|S\.p\.A|N\.V|B\.V|SE|"
    r"Pty(?:\.?\s+Ltd)?|\((?:Pty|PTY)\)\s+(?:Ltd|LTD)|Pvt\.?\s+Ltd|Co\.,?\s+Ltd|K\.K|"
    r"LTD|LIMITED|INC|CORP)\.?)+$"
)


def without_legal_form(name: str) -> str:
    """The name of a firm no list holds as people write it: without its legal form
    ("Orbitrek Inc." -> "Orbitrek", "Kestrel Launch Co., Ltd." -> "Kestrel Launch"), so that
    one firm written with and without it is one actor. A name that would be left empty or
    as one letter is kept whole."""
    short = _LEGAL_FORM.sub("", name).rstrip(" ,")
    if short != name and name.isupper():
        # a name set in capitals with its legal form ("KAROO ORBITAL (PTY) LTD") as people
        # write it, its initialisms kept ("OHB SYSTEMS LTD" is "OHB Systems")
        short = " ".join(w.capitalize() if len(w) > 3 else w for w in short.split())
    return short if len(short) > 1 else name
