"""Capital-city metonyms ("Beijing announced", "according to the White House"): whether the
city acts or is only a place; the cities of one list share their role ("Washington, Moscow
and Beijing need rules": all three act); and which state the city stands for at the time its
sentence tells of ("Washington and Moscow" of 1962 are the United States and the Soviet Union).
Pure functions over spaCy words, for the actor component (``pipeline.nlp.components.actors``,
rule 2)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from pipeline.nlp.extract.span_lists import coordination_governor


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PLACE_PREPS = _words("""
    in at near to from outside inside around across within via through into toward towards
    """)
_PARTY_WORDS = frozenset(["between", "with", "against", "and", "versus", "vs.", "or", "by"])
_DET = frozenset({"the", "The"})
#: Verb forms after which a city is a destination or origin, not an actor ("visited Beijing").
_MOTION_VERBS = _words("""
    visit visits visited visiting travel travels travelled traveled travelling traveling
    arrive arrives arrived arriving reach reaches reached reaching leave leaves left leaving
    fly flies flew flown flying return returns returned returning go goes went gone going
    come comes came coming move moves moved moving host hosts hosted hosting tour toured
    enter entered land landed fled relocate relocated
    """)
#: Verb forms whose "to" names the one something goes to or is lost to ("lost to Beijing",
#: "turned to Moscow for help", "ceded ground to Beijing"), not a destination of travel.
_RECIPIENT_VERBS = _words("""
    lose loses lost losing sell sells sold selling give gives gave given offer offers offered
    cede cedes ceded concede conceded turn turns turned turning appeal appeals appealed defer
    deferred yield yielded pivot pivoted pivoting signal signals signalled signaled owe owes owed
    drift drifted tilt tilted lean leaned gravitate gravitated talk talks talked talking speak
    speaks spoke speaking
    """)
#: Verb forms of alignment whose "toward" names a side ("drifted towards Beijing"); the
#: second set only after an object between verb and preposition ("pushed Beijing toward
#: Moscow"), since "troops pushed toward Kyiv" is a movement to a place.
_ALIGNMENT_VERBS = _words("""
    drift drifts drifted tilt tilts tilted lean leans leaned pivot pivots pivoted gravitate
    gravitated
    """)
_STEERING_VERBS = _words("""
    push pushes pushed pushing pull pulls pulled pulling drive drives drove driven nudge nudged
    steer steered shift shifted turn turns turned
    """)
#: Nouns of a stance or an approach to a side ("policy toward Beijing", "overtures to Moscow").
_STANCE_NOUNS = _words("""
    policy policies approach approaches stance attitude attitudes posture hostility overtures
    outreach tilt pivot shift drift loyalty deference concessions
    """)
#: Nouns of what a state gives ("most of the money comes from Beijing"): a city that it comes
#: from is its giver, not the origin of a trip ("the crew came from Moscow").
_RESOURCE_NOUNS = _words("""
    money funding funds support pressure hardware investment investments aid financing help
    capital technology loans credit
    """)
_FINITE_TAGS = frozenset({"MD", "VBZ", "VBD", "VBP"})
#: Words of going or meeting by turns, whose "between" joins places, not sides ("alternating
#: between Lisbon and Greenbelt", "flights between Moscow and Beijing").
_TURNS = _words("""
    alternate alternates alternated alternating rotate rotates rotated rotating shuttle
    shuttles shuttled shuttling commute commutes travel travels travelled traveled travelling
    traveling flights flight route routes
    """)
#: Nouns of those one works with: their "in" names the state they stand for, not where they
#: are ("our partners in Tokyo and Canberra", "allies in Europe", "counterparts in Beijing").
PARTNER_NOUNS = _words("""
    partner partners ally allies counterpart counterparts friend friends
    """)


#: Nouns of those who govern or decide: their "in" names the state, as "the authorities in X"
#: does ("officials in Brasília have said", "nobody in Washington believed it", "some in
#: Canberra will object"). Not "diplomats": those in a capital are mostly other states' envoys
#: posted there ("Western diplomats in Abuja say"), a place.
OFFICIAL_NOUNS = _words("""
    official officials policymakers policy-makers lawmakers legislators leaders
    authorities government governments administration nobody planners strategists
    decision-makers some many
    """)
#: Words of relying on someone: their "on" names a side ("depends on Washington").
_RELIANCE_WORDS = _words("""
    depend depends depended depending dependent dependence dependency rely relies relied
    relying reliant reliance
    """)


def city_acts(doc: Doc, start: int, end: int) -> bool:
    """Whether a capital city at ``doc[start:end]`` acts (the actor component's rule 2)."""
    prev_i = start - 1
    if prev_i >= 0 and doc[prev_i].text in _DET:
        prev_i -= 1
    prev = doc[prev_i] if prev_i >= 0 else None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and nxt.tag_ == "POS":
        return True  # "Beijing's", even after a preposition ("a response to Beijing's")
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
        return False  # "Beijing Universities", "Washington Post"
    if nxt is not None and nxt.tag_ in _FINITE_TAGS and prev is not None and prev.lower_ == "and":
        return True  # "..., and Beijing has courted Senegal": a new clause's subject
    if (
        prev is not None
        and prev.lower_ == "for"
        and prev.is_sent_start
        and nxt is not None
        and nxt.text == ","
    ):
        return True  # "For Moscow, the station is a necessity": the city's point of view
    if prev is not None and prev.lower_ in {"and", "or", ","}:
        governor = coordination_governor(doc, prev_i)
        if governor is not None and governor.lower_ in _PLACE_PREPS:
            return _prep_marks_actor(doc, governor.i)
        # "between Washington and Beijing", "Washington and Moscow agreed"; not places taken
        # in turn ("alternating between Ottawa and Canberra")
        return governor is None or not _in_turn(doc, governor.i)
    if prev is not None and prev.lower_ in _PLACE_PREPS:
        return _prep_marks_actor(doc, prev.i) or _officials_there(doc, prev.i, end)
    if (
        prev is not None
        and prev.lower_ == "on"
        and prev_i > 0
        and doc[prev_i - 1].lower_ in _RELIANCE_WORDS
    ):
        return True  # "Whether it happens depends on Washington"
    if nxt is not None and (nxt.tag_ == "MD" or nxt.tag_.startswith("VB")):
        return True
    if _subject_before_aside(doc, start, end, prev):
        return True
    if (
        nxt is not None
        and nxt.pos_ == "ADV"
        and end + 1 < len(doc)
        and doc[end + 1].tag_.startswith("VB")
    ):
        return True  # "Beijing quickly announced"
    if prev is not None and prev.lower_ in _PARTY_WORDS:
        return not _in_turn(doc, prev_i)
    if prev is not None and prev.tag_.startswith("VB") and prev.lower_ not in _MOTION_VERBS:
        return True  # "accused Washington of", "urged Beijing to"
    return nxt is not None and nxt.lower_ in {"and", "or", "versus", "vs."}


def _in_turn(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a "between" of places taken in turn ("meets every quarter,
    alternating between Lisbon and Greenbelt", "shuttling between Moscow and Beijing")."""
    return doc[i].lower_ == "between" and i > 0 and doc[i - 1].lower_ in _TURNS


def _subject_before_aside(doc: Doc, start: int, end: int, prev: Token | None) -> bool:
    """Whether the city ending at ``end`` is a clause's subject set apart from its verb by an
    aside between commas ("Washington, by contrast, has pressed ...", "Beijing, for its part,
    has offered ...", "In 1993 Washington, worried that ..., invited Russia"): it opens the
    sentence or follows a year, a finite verb follows the aside's closing comma within twenty
    words with no other stop between, and the aside has a word in lower case ("Washington,
    D.C., is ..." names the city's district: a place)."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    if not (doc[start].is_sent_start or (prev is not None and prev.like_num)):
        return False
    sent_end = doc[end].sent.end
    for j in range(end + 1, min(end + 21, sent_end - 1)):
        if doc[j].text in {";", ":", "(", ")", '"', "“", "”"}:
            return False
        if doc[j].text == ",":
            aside = doc[end + 1 : j]
            return doc[j + 1].tag_ in _FINITE_TAGS and any(t.is_lower for t in aside)
    return False


def _officials_there(doc: Doc, i: int, end: int) -> bool:
    """Whether the "in" at ``i`` places those who decide for the state: after one of
    ``OFFICIAL_NOUNS`` ("officials in Brasília have said"), or opening the sentence before a
    comma and such a noun ("In Washington, officials congratulated ...")."""
    if doc[i].lower_ != "in":
        return False
    if i > 0 and doc[i - 1].lower_ in OFFICIAL_NOUNS:
        return True
    opens = doc[i].is_sent_start or (i > 0 and doc[i - 1].text in {";", ":"})
    after = doc[end + 1 : end + 3]
    return (
        opens
        and end < len(doc)
        and doc[end].text == ","
        and any(t.lower_ in OFFICIAL_NOUNS for t in after)
    )


def coordinated_lists(doc: Doc, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Indices of ``spans`` (sorted ``(start, end)`` of capital cities) that stand in one list,
    joined only by commas, "and" and "or" ("Washington, Moscow and Beijing")."""
    groups: list[list[int]] = []
    for k, (start, _) in enumerate(spans):
        if (
            groups
            and all(
                t.text == "," or t.lower_ in {"and", "or"} for t in doc[spans[k - 1][1] : start]
            )
            and spans[k - 1][1] < start
        ):
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


#: Verbs of handing over: a city after their "to" receives, it is no destination ("cede the
#: Moon to Beijing", "sold engines to Moscow", "lose ground to Beijing").
_TRANSFER_VERBS = _words("""
    cede cedes ceded ceding concede concedes conceded conceding surrender surrenders
    surrendered surrendering yield yields yielded yielding lose loses lost losing sell sells
    sold selling give gives gave given giving hand hands handed handing transfer transfers
    transferred transferring export exports exported exporting leak leaks leaked leaking
    grant grants granted granting
    """)


def _after_transfer(doc: Doc, i: int) -> bool:
    """Whether the "to" at ``i`` closes a clause of handing over: a verb of
    ``_TRANSFER_VERBS`` within six words before it, with no punctuation, preposition or
    conjunction between ("lost their bags on the way to Beijing": the way's end, a place);
    read on the words, as the parser has not run when actors are found."""
    for j in range(i - 1, max(i - 7, -1), -1):
        word = doc[j]
        if word.is_punct or word.pos_ in {"ADP", "CCONJ", "SCONJ"} or word.lower_ == "to":
            return False
        if word.lower_ in _TRANSFER_VERBS:
            return True
    return False


def _prep_marks_actor(doc: Doc, i: int) -> bool:
    """Whether the preposition at ``i`` introduces an acting city, not a place:
    "according to", "close to", "lost to", "overtures to", "pushed Beijing toward",
    "invitations from", "pressure from", "the money comes from", the receiver of a transfer
    ("cede the Moon to Beijing"), those one works with ("our partners in Tokyo")."""
    prep = doc[i].lower_
    before = doc[i - 1] if i > 0 else None
    if before is None:
        return False
    if prep == "to":
        return (
            before.lower_ == "according"
            or before.pos_ == "ADJ"
            or before.lower_ in _RECIPIENT_VERBS
            or before.lower_ in _STANCE_NOUNS
            or _after_transfer(doc, i)
        )
    if prep in {"toward", "towards"}:
        window = doc[max(i - 3, doc[i].sent.start) : i]
        return (
            before.lower_ in _STANCE_NOUNS
            or before.lower_ in _ALIGNMENT_VERBS
            or any(w.lower_ in _STEERING_VERBS and w.i < i - 1 for w in window)
        )
    if prep == "in":
        return before.lower_ in PARTNER_NOUNS  # "our partners in Tokyo": Japan's government
    if prep == "from":
        if before.pos_ == "NOUN":
            return True
        return before.lower_ in {"come", "comes", "came", "coming"} and any(
            w.lower_ in _RESOURCE_NOUNS for w in doc[doc[i].sent.start : i]
        )
    return False


#: A state that governed from a capital before the state the gazetteer names for it, and the last
#: year it did (the guide's round-20 decision on capitals and historical states): Moscow and the
#: Kremlin were the Soviet Union's seat until its end in December 1991.
FORMER_STATES = {"Russia": ("Soviet Union", 1991)}
#: A year or a decade a sentence tells of ("in 1962", "the 1970s"); not the start of a span up
#: to the present ("since 1957", "since the 1960s"), which reaches the time of writing.
_YEAR = re.compile(r"(?<!since )(?<!since the )\b(1[89]\d\d|20\d\d)s?\b")
#: The historical state named in its own right, not as a former one of today's writer ("the
#: former Soviet Union").
_FORMER_NAMED = re.compile(r"(?<!former )\b(?:Soviet|USSR|U\.S\.S\.R\.)")


def _latest_year(text: str) -> int | None:
    years = [int(m[1]) for m in _YEAR.finditer(text)]
    return max(years) if years else None


def state_of_its_time(doc: Doc, start: int, state: str) -> str:
    """The state a capital metonym at ``doc[start]`` stands for, which the gazetteer names
    ``state``: its former state (:data:`FORMER_STATES`) when the sentence tells of a time up to
    that state's last year, and the state itself otherwise. The time is the latest year the
    sentence names; a sentence with none takes the latest year of the sentence before it, or,
    with no year there either, the era that sentence names ("... docked with a Soviet Soyuz."
    then "That handshake did not end the rivalry between Washington and Moscow."). A narrative
    of the Cold War calls the Soviet government "Moscow" as readily as a story of today calls
    the Russian one so; the real gold keeps the Soviet Union apart from Russia."""
    former = FORMER_STATES.get(state)
    if former is None or not doc.has_annotation("SENT_START"):
        return state
    name, last_year = former
    sentence = doc[start].sent
    year = _latest_year(sentence.text)
    if year is None and sentence.start > 0:
        previous = doc[sentence.start - 1].sent.text
        year = _latest_year(previous)
        if year is None and _FORMER_NAMED.search(previous):
            return name
    return name if year is not None and year <= last_year else state
