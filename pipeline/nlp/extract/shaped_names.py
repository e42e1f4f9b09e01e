"""Word lists and tests for names the actor component (``pipeline.nlp.components.actors``)
finds by their shape: instruments a body's name opens ("the ESA Convention"), bodies the NER
labels as something else, generic names, and station modules named before "module"."""

from __future__ import annotations

import re
import unicodedata

from spacy.tokens import Doc, Token


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


#: Head words of instruments a body's name can open ("the ESA Convention").
INSTRUMENT_HEADS = _words("""
    Convention Constitution Charter Treaty Agreement Protocol Accord Accords Statute Statutes
    Regulations Act Memorandum
    """)
PROGRAM_WORDS = frozenset({"program", "programme"})
#: Lower-case words inside an instrument's name ("Treaty on the Non-Proliferation of ...").
NAME_JOINS = frozenset({"of", "on", "the", "for", "and", "in", "to", "-"})
#: NER labels other than ORG that the NER gives bodies now and then ("the Mars Society" as a
#: PRODUCT, "the Interstate Space Programme" as a WORK_OF_ART): kept when a body's head word
#: (below) ends the name.
OTHER_NAME_LABELS = frozenset({"PRODUCT", "FAC", "WORK_OF_ART", "EVENT"})
BODY_HEADS = _words("""
    Agency Administration Organization Organisation Ministry Institute Academy Council
    Commission Committee Association Union Bureau Authority Programme Program Federation
    Consortium Alliance Foundation Directorate Secretariat Society
    """)
#: Head words of bodies named after a programme, a person or a company ("the Blue Dot Network
#: Secretariat", "the Mansfield Foundation", "the Galileo Programme Agency").
NAMED_AFTER_HEADS = _words("""
    Secretariat Foundation Institute Council Commission Committee Forum Fund Association
    Society Academy Board Trust Centre Center Agency
    """)
#: Words that make no name with a head alone ("National Lab", "Federal Agency").
GENERIC_WORDS = _words("National State Federal Central International Regional General Joint")


#: The members a body's organ is named by alone ("the Board of Directors", "the Board of
#: Governors"): an organ of some body, named by no name of its own.
_ORGAN_MEMBERS = _words("Directors Governors Trustees Regents Management")


#: Words that say what a joint body does, not whose it is ("Working Group", "Steering
#: Committee"): with its head alone it names no body of its own, as the short form an
#: instrument defines for the joint body it sets up.
_BODY_ROLES = _words("Working Steering Coordinating Coordination Mixed")
_ROLE_HEADS = _words("Group Committee Commission Board")


#: Heads of a relation between states or a meeting of a series ("Strategic Partnership",
#: "Ministerial Dialogue", "Annual Summit"), and the words that only say of what kind it is:
#: with no proper word (a state's, a place's, a group's: "Quad Leaders' Summit", "Japan-US
#: Space Dialogue") such a name is a relation or another meeting of a series, no body (the
#: guide's decision on named bodies leaves "the Third Ministerial Dialogue" unmarked).
_RELATION_HEADS = _words("Partnership Dialogue Summit Meeting Consultations Talks")
_RELATION_WORDS = GENERIC_WORDS | _words("""
    Strategic Comprehensive Global Special Privileged Enhanced Expanded Ministerial Annual
    Space High-Level High Level Bilateral Economic Security Leaders Leaders' Leaders’ and
    First Second Third Fourth Fifth Sixth Next
    """)


def generic_name(name: str) -> bool:
    """A two-word name of a generic word and a head, a joint body's role and head ("Working
    Group", "Steering Committee"), or a head and its members alone ("Board of Directors"): a
    body referred to, not named; a relation or a meeting named by kind words alone
    ("Strategic Partnership", "Annual Summit", ``_RELATION_HEADS``)."""
    words = name.split()
    kind = words[1:] if words and words[0].lower() == "the" else words
    if (
        len(kind) >= 2
        and kind[-1] in _RELATION_HEADS
        and all(w in _RELATION_WORDS for w in kind[:-1])
    ):
        return True
    if len(words) == 3 and words[1] == "of" and words[2] in _ORGAN_MEMBERS:
        return True
    roles = _BODY_ROLES | GENERIC_WORDS
    if len(words) == 2 and words[-1] in _ROLE_HEADS and words[0] in roles:
        return True
    return len(words) == 2 and words[0] in GENERIC_WORDS


def name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name ("Additional", "Radio")."""
    return token.is_alpha and token.is_title and not token.is_sent_start


#: Capitalised words before "module" that say what kind of module it is, not its name.
MODULE_KINDS = _words("""
    Service Crew Command Lunar Habitation Habitat Logistics Propulsion Power Airlock Docking
    Laboratory Node Pressurized Pressurised Commercial Base Core Science Research Multipurpose
    Payload Thermal Ascent Descent Orbital Cargo Storage Experiment Utility Control Equipment
    Instrument Battery Solar Reentry Re-entry Return Interface Adapter Robotic The A An This
    """)


def ascii(word: str) -> str:
    """``word`` without its diacritics ("Kibō" -> "Kibo")."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word


def module_name(token: Token) -> bool:
    """A one-word name of a station module: capitalised, a proper noun, not a kind of module."""
    return (
        token.is_alpha
        and token.is_title
        and token.pos_ == "PROPN"
        and token.text not in MODULE_KINDS
    )


def body_named_after(
    doc: Doc, start: int, end: int, taken: set[int], surname: bool
) -> tuple[int, int] | None:
    """``(start, end)`` of a body named after the listed name ``doc[start:end]``: at most
    three capitalised words (none in ``taken``) after it ending in a head word of
    ``NAMED_AFTER_HEADS`` ("the Blue Dot Network Secretariat", "the Boeing Foundation"); with
    ``surname``, the name starts at the person's last word ("the Mansfield Foundation").
    ``None`` when there is none, or when the name goes on after the head ("the Boeing Institute
    for Flight Safety"). For programmes, persons and companies only: an agency's or
    organisation's own organ ("the ESA Council") keeps the body's name."""
    k = end
    while k < len(doc) and k - end < 3 and name_word(doc[k]) and k not in taken:
        k += 1
    if k == end or doc[k - 1].text not in NAMED_AFTER_HEADS:
        return None
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and (nxt.lower_ in ("of", "for", "on") or name_word(nxt)):
        return None
    if surname:
        start = end - 1
    if not doc[start].is_title and not doc[start].is_upper:
        return None
    return start, k


#: Lower-case words between a mission's name and the word "mission" ("the AIM satellite
#: mission", "the Hera planetary defence mission" is too long: one word only).
MISSION_KINDS = _words("""
    satellite space science lunar planetary robotic crewed uncrewed orbiter lander rover
    sample-return flyby spacecraft
    """)
#: Capitalised words that are no mission's name before "mission": places and bodies of the
#: solar system ("the Mars mission"), and words that say what kind of mission it is ("the
#: International mission", "the First mission", "the Joint mission").
MISSION_NOT_NAMES = _words("""
    Moon Mars Lunar Martian Venus Jupiter Saturn Mercury Earth Sun Solar Asteroid Comet Europa
    Titan Uranus Neptune Pluto Ceres Phobos Deimos Space Deep International National Joint Human
    Crewed Uncrewed Manned Unmanned Robotic Science Scientific First Second Third Final Next
    New Return Sample Demonstration Demo Test Rescue Relief Peacekeeping Diplomatic Trade
    Observation Research Exploration Flagship Our Their Its This That These The A An
    """)
#: Words before a mission's name that make it one: a determiner or a possessive.
_MISSION_OPENERS = frozenset({"the", "The", "'s", "’s"})
#: The words a mission's name goes before: "mission", and the nouns of a craft that is one
#: mission ("the Giotto probe", "the Mangalyaan orbiter"). Not "lander", "rover" or
#: "spacecraft", which also name a vehicle's design flown on several missions (the real gold
#: leaves "the LK lander" unmarked), nor "satellite": a series' satellites are a programme.
_MISSION_WORDS = frozenset({"mission", "missions", "probe", "probes", "orbiter", "orbiters"})


def named_mission(doc: Doc, i: int) -> tuple[int, int] | None:
    """``(start, end)`` of the name of a mission written before the word "mission" at ``i``
    ("the AIM satellite mission", "ESA's Hera mission", "the Multinational Security Support
    mission"), or before the noun of a craft ("the Giotto probe", ``_MISSION_WORDS``): one to three capitalised words or acronyms (a number may end them: "Lunar
    Trailblazer 2"), after "the" or a possessive, not opening the sentence, none of them a
    place or a kind of mission ("the Mars mission", "the First mission"), one word at most
    of what kind between name and "mission". ``None`` when there is no such name or the name
    goes on after "mission" ("the AIM Mission Team")."""
    if doc[i].text not in _MISSION_WORDS:
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.is_title or nxt.is_upper) and not nxt.is_sent_start:
        return None
    end = i
    if end > 0 and doc[end - 1].lower_ in MISSION_KINDS and doc[end - 1].is_lower:
        end -= 1
    start = end
    while start > 0 and end - start < 3:
        word = doc[start - 1]
        number = word.like_num and start == end and not word.is_sent_start
        capital = (word.is_title or word.is_upper) and any(ch.isalpha() for ch in word.text)
        if not (number or capital) or word.text in _MISSION_OPENERS or word.is_sent_start:
            break
        start -= 1
    if start == end or all(t.like_num for t in doc[start:end]):
        return None
    if any(t.text in MISSION_NOT_NAMES for t in doc[start:end]):
        return None
    if start == 0 or doc[start - 1].text not in _MISSION_OPENERS:
        return None
    return start, end


#: Capitalised words after "Project" that say what of a project is meant, not its name
#: ("the Project Manager", "a Project Arrangement", "Project Office").
_PROJECT_KINDS = _words("""
    Arrangement Arrangements Agreement Agreements Manager Managers Management Office Offices
    Scientist Scientists Director Directors Team Teams Plan Plans Lead Leader Leaders Engineer
    Engineers Officer Officers Coordinator Implementation Phase Proposal Proposals Report
    Summary Description Overview Title Number Document Documents Budget Cost Costs Schedule
    Review Reviews Objectives Objective Partners Partner Board Committee Council Group Agency
    Level Site Sites Funding Support Staff Approval Start Completion Status Area Areas
    """)


def project_name(doc: Doc, i: int) -> tuple[int, int] | None:
    """``(start, end)`` of a programme named "Project <Name>" at ``i`` ("Project Bluefin",
    "Project Starling will test ..."): "Project" capitalised, then one or two capitalised
    words, the first a proper noun and none a kind of project document or role
    (``_PROJECT_KINDS``: "Project Arrangement", "Project Manager"); not after a capitalised
    word ("the Halden Project Office") and not going on with a capitalised word."""
    if doc[i].text != "Project" or i + 1 >= len(doc):
        return None
    if i > 0 and not doc[i].is_sent_start and (doc[i - 1].is_title or doc[i - 1].is_upper):
        return None
    end = i + 1
    while end < len(doc) and end - i <= 2 and name_word(doc[end]):
        end += 1
    if end == i + 1 or end - i > 2 or doc[i + 1].pos_ != "PROPN":
        return None
    if any(t.text in _PROJECT_KINDS for t in doc[i + 1 : end]):
        return None
    return i, end


#: Roman numerals of numbered flights after the first ("Artemis I, II, III"); "I" is left out,
#: as the pronoun it also is.
_LATER_ROMAN = _words("II III IV V VI VII VIII IX X XI XII")
#: Nouns after the last number of an elided series that the whole series shares ("the Chang'e
#: 5 and 6 missions"); any other noun there makes the number a count ("3 crew members").
_FLIGHT_NOUNS = _words("""
    mission missions flight flights crews lander landers landing landings rover rovers probe
    probes spacecraft launch launches capsule capsules orbiter orbiters vehicles
    """)
#: A numbered name written as one word ("Crew-8"): its stem and number.
_JOINED_NUMBER = re.compile(r"^([A-Za-z][\w'\u2019]*)-(\d{1,3})$")
#: Words between the numbers of an elided series ("Apollo 11, 12 and 14").
_SERIES_JOINS = frozenset({",", "and", "or", "&", "to"})


def _numeral_kind(token: Token) -> str:
    if token.text.isdigit() and len(token.text) <= 3:
        return "digit"
    if token.text in _LATER_ROMAN or token.text == "I":
        return "roman"
    return ""


def elided_series(doc: Doc, start: int, end: int) -> list[tuple[int, str]]:
    """The numbers after a numbered name that stand for more names of its series: "Artemis I,
    II, III" names Artemis II and III, "Chang'e 5 and 6" Chang'e 6. ``doc[start:end]`` is the
    named flight, ending in its number; the result is ``(position, name)`` for each later
    number of the same kind (digits after digits, Roman numerals after Roman numerals) that
    follows a comma or a conjunction. Not a number that counts a noun after it ("Shenzhou 15
    and 3 crew members")."""
    joined = _JOINED_NUMBER.match(doc[end - 1].text)
    if joined:  # "Crew-8" as one word
        kind, stem = "digit", (doc[start : end - 1].text_with_ws + joined.group(1)).strip()
    elif end - start < 2 or not (kind := _numeral_kind(doc[end - 1])):
        return []
    else:
        stem_end = end - 1
        if doc[stem_end - 1].text in ("-", "\u2013"):
            stem_end -= 1
        stem = doc[start:stem_end].text
    if not stem or not stem[0].isupper():
        return []
    found: list[tuple[int, str]] = []
    i = end
    while i < len(doc) - 1 and doc[i].lower_ in _SERIES_JOINS:
        while i < len(doc) - 1 and doc[i].lower_ in _SERIES_JOINS:
            i += 1
        token = doc[i]
        if _numeral_kind(token) != kind or token.text == "I":
            break
        after = doc[i + 1] if i + 1 < len(doc) else None
        if (
            after is not None
            and after.is_alpha
            and after.is_lower
            and after.pos_ == "NOUN"
            and after.text not in _FLIGHT_NOUNS
        ):
            break  # a count: "and 3 crew members"
        found.append((i, f"{stem} {token.text}"))
        i += 1
    return found


#: Nouns of gods, myths and kin before or after a name: the name is then a god's or a person's
#: that a programme was named after ("the Greek god Apollo", "the twin sister of Apollo",
#: "Juno, the Roman goddess"), not the programme.
MYTH_WORDS = _words("god goddess gods goddesses deity deities titan mythology myth legend")
DEITY_WORDS = MYTH_WORDS | _words("""
    hero heroine sister brother twin son daughter father mother wife husband
    """)


def names_a_deity(doc: Doc, start: int, end: int) -> bool:
    """Whether the one-word name at ``doc[start:end]`` is a god's or a relative's here: a word
    of ``DEITY_WORDS`` just before it (after at most "of", "the" and capitalised adjectives:
    "the Greek god Apollo", "sister of Apollo") or in an appositive just after it (", the god
    of"; not ", after the goddess": the name is the programme's, told where it comes from)."""
    if end - start != 1:
        return False
    i = start - 1
    while i >= 0 and start - i <= 3:
        word = doc[i]
        if word.lower_ in DEITY_WORDS:
            return True
        if not (word.lower_ in ("of", "the") or word.is_title and word.pos_ == "ADJ"):
            break
        i -= 1
    after = [t.lower_ for t in doc[end : min(len(doc), end + 3)]]
    return after[:1] == [","] and (
        after[1:2] == ["the"]
        and after[2:3] != []
        and after[2] in DEITY_WORDS
        or after[1:2] != []
        and after[1] in DEITY_WORDS
    )


#: Words after a programme's name that make the name with them the programme ("the Vostok and
#: Voskhod programs", the "Luna" programme).
_PROGRAM_NOUNS = frozenset({"program", "programme", "programs", "programmes"})
_QUOTES = frozenset({'"', "'", "”", "’"})


def programme_name_before(doc: Doc, i: int) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of the programmes named before the word at ``i`` when it is
    "program(s)" or "programme(s)": the capitalised word before it, in quotes or not, and the
    one before "and" in front of that ("the Vostok and Voskhod programs"); ``name`` is the word
    with "program" after it, for looking it up in a list."""
    if doc[i].lower_ not in _PROGRAM_NOUNS:
        return []
    j, end = i - 1, i + 1
    if j >= 0 and doc[j].text in _QUOTES:
        j -= 1
        end = i + 1
    out = []
    for k in (j, j - 2):
        if k < 0 or not (doc[k].is_title and doc[k].is_alpha):
            break
        out.append((k, end if k == j else k + 1, f"{doc[k].text} program"))
        if k - 1 < 0 or doc[k - 1].lower_ != "and":
            break
    return out


#: Nouns after a country's adjective that make it a language's name ("the French version").
LANGUAGE_NOUNS = _words("language languages speaking speakers translation translations")
_LIST_WORDS = frozenset({",", "and", "or"})


def names_a_language(doc: Doc, start: int, end: int) -> bool:
    """Whether the country word at ``doc[start:end]`` names a language here: a language noun
    right after it or after the list it ends or opens ("in French", not here; "the French
    translation", "French and English languages", "English and French are the two official
    languages", "Russian is the working language": the list, a copula and at most three
    words before the noun). For a country's adjective, not its name: "France is" is the
    state."""
    i = end
    while i + 1 < len(doc) and doc[i].text in _LIST_WORDS and doc[i + 1].is_title:
        i += 2  # over the rest of a list of capitalised words
    if i < len(doc) and doc[i].lower_ in LANGUAGE_NOUNS:
        return True
    if i < len(doc) and doc[i].lower_ in ("is", "are", "was", "were"):
        return any(t.lower_ in LANGUAGE_NOUNS for t in doc[i + 1 : min(len(doc), i + 5)])
    return False


#: Words that join the parts of a minister's portfolio ("Science, Innovation and Technology").
_PORTFOLIO_LINKS = frozenset({",", "and", "&"})


def portfolio_end(doc: Doc, end: int, most: int = 6) -> int | None:
    """The end of a portfolio that "for" opens at ``end`` ("Secretary of State | for Science,
    Innovation and Technology"): capitalised words, joined by commas, "and" or "&", at most
    ``most`` of them; None when no capitalised word follows "for". A British (or other
    Westminster) minister's office is named so; the US Secretary of State never has "for"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "for" or not doc[end + 1].is_title:
        return None
    i, last, words = end + 1, end + 1, 0
    links: list[int] = []
    while i < len(doc) and words < most:
        token = doc[i]
        if token.is_title:
            last, words = i, words + 1
        elif token.text in _PORTFOLIO_LINKS and i + 1 < len(doc) and doc[i + 1].is_title:
            links.append(i)
        else:
            break
        i += 1
    if links and doc[links[-1]].text == ",":
        # a list of portfolios ends in "and" ("Science, Innovation and Technology"); a comma
        # with none after it opens an apposition ("for Defence, Sarah Pell, said")
        return next(k for k in links if doc[k].text == ",")
    return last + 1


#: Words between a group's name and "Summit" that say whose summit it is ("the Quad Leaders'
#: Summit"), the possessive's apostrophe a token of its own or not.
_SUMMIT_OWNERS = frozenset({"Leaders", "Leaders'", "Leaders’", "'", "’"})


def summit_after(doc: Doc, end: int, taken: set[int]) -> int | None:
    """The end of a summit named after the listed body or group that ends at ``end`` ("the
    Quad Leaders' Summit", "the Pacific Islands Forum Summit"): "Summit" right after it or
    after "Leaders'", none of it in ``taken``, and the name not going on ("the G20 Summit on
    Climate" is the NER's to find). A summit with a name is an organisation of its own (the
    guide's round-18 decision on named summits), not the group that holds it."""
    k = end
    while k < len(doc) and k - end < 2 and doc[k].text in _SUMMIT_OWNERS and k not in taken:
        k += 1
    if k >= len(doc) or doc[k].text != "Summit" or k in taken:
        return None
    nxt = doc[k + 1] if k + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_ in ("of", "on", "for") or name_word(nxt)):
        return None
    return k + 1


_HYPOTHESIS = re.compile(r"^H\d{1,2}$")
#: A paper that numbers its hypotheses: the first two labels as words, and one of them set out
#: ("H1: States that ...") or the word itself.
_HYPOTHESES_SET_OUT = re.compile(r"\bH\d{1,2}:|[Hh]ypothes[ei]s")


def hypothesis_label(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a numbered hypothesis of a paper ("H3 reflects the
    observation that ...", "We find no support for H3"), not a rocket of that name (the H3 of
    JAXA): a label "H" and a number, in a document that names "H1" and "H2" as words and sets
    them out, as papers that test hypotheses do."""
    if end - start != 1 or not _HYPOTHESIS.match(doc[start].text):
        return False
    text = doc.text
    return (
        re.search(r"\bH1\b", text) is not None
        and re.search(r"\bH2\b", text) is not None
        and _HYPOTHESES_SET_OUT.search(text) is not None
    )
