"""Long official names of state bodies and institutions, from the words the statistical NER
marks as an organisation (issue 14).

The NER often stops a long official name at its first "and": "the Ministry of Higher Education"
for "the Ministry of Higher Education and Research", "the State Secretariat for Education,
Research" for "... Education, Research, and Innovation". And it keeps a country abbreviation
that is not part of a laboratory's or an association's name: "U.S. Los Alamos National
Laboratory" is the Los Alamos National Laboratory. Two rules, on word lists only:

- ``extended``: a body whose head noun (the word before its first "of", "for" or "on") is a
  state or academic body ("Ministry", "Department", "Secretariat", "Institute", ...) goes on
  across ", and", "and", "and of" or a list comma when what follows is a run of subject-matter
  words ("Research", "Innovation", "Scientific and Technological Research") that ends the name
  (no further capitalised word). A proper name after "and" ("... Energy and NASA") is another
  actor, not part of the name.
- ``with_place``: a body the NER stops before "of" and the country or region it belongs to
  ("the Ministry of Digital Affairs" + "of Estonia", "the Institute of Space Physics of" +
  "Saxony") goes on across "of [the] <place>" when the place is a name the NER marks as a
  place (GPE, LOC) and ends the name: the annotation guide names such a body in full ("National
  Space Agency of Singapore"), and its place is then part of its name, not another side.
- ``without_country_prefix``: "U.S." / "US" / "U.K." / "UK" before a laboratory, association,
  foundation, society, institute, university or academy whose own name has a word before its
  head ("U.S. Semiconductor Industry Association"), is dropped; one whose name is only the head
  and its complement keeps it ("U.S. Institute of Peace").

Pure functions over spaCy words; used by ``name_spans.official_name_tokens``.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.nlp.extract.names import head_word


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Head nouns of the bodies whose official names list subject areas ("Ministry of Education,
#: Culture, Sports, Science and Technology").
LISTING_HEADS = _words("""
    Ministry Ministries Department Secretariat Office Commission Committee Council Agency
    Administration Institute Academy Directorate Bureau Authority University School Faculty
    Centre Center Laboratory Division Board Cabinet Service
    """)
#: Subject-matter words of such names (capitalised, as in a name).
DOMAIN_WORDS = _words("""
    Research Innovation Innovations Technology Technologies Technological Science Sciences
    Scientific Industry Industries Industrial Trade Development Culture Sport Sports
    Communications Communication Energy Environment Environmental Education Training Welfare
    Planning Security Affairs Resources Information Infrastructure Transport Transportation
    Tourism Health Labour Labor Employment Economy Economic Finance Investment Commerce
    Agriculture Fisheries Forestry Mines Mining Water Youth Family Families Aeronautics
    Astronautics Aerospace Space Defence Defense Cooperation Integration Justice Climate Digital
    Higher Public Natural Engineering Exploration Applications Astronomy Astrophysics Electronics
    Telecommunications Broadcasting Media Arts Heritage Housing Urban Rural Regional Social
    Services Statistics Standards Metrology Meteorology Geology Oceanography Policy Policies
    Strategy Analysis Innovation Entrepreneurship Enterprise Competitiveness Productivity
    Universities Schools Vocational Technical Medical Marine Maritime Aviation Land
    """)
#: Heads of bodies a country abbreviation may stand before without being part of the name.
PREFIXED_HEADS = _words("""
    Laboratory Laboratories Lab Association Foundation Society Institute University Academy
    """)
COUNTRY_ABBREVIATIONS = frozenset({"U.S.", "US", "U.K.", "UK"})
_JOINS = frozenset({"and", "&"})
_PREPS = frozenset({"of", "for"})


def _domain_run(doc, start: int) -> int:
    """The end of a run of subject-matter words from ``start``, joined by "and" or "&"
    ("Scientific and Technological Research"); ``start`` when there is none."""
    k = start
    while k < len(doc) and doc[k].text in DOMAIN_WORDS and not (k > start and doc[k].is_sent_start):
        k += 1
        if k + 1 < len(doc) and doc[k].text in _JOINS and doc[k + 1].text in DOMAIN_WORDS:
            k += 1
    return k


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def extended(tokens: list[Token]) -> list[Token]:
    """``tokens`` (a name's words, in order) with the subject areas the NER left off its end."""
    if not tokens:
        return tokens
    words = [t.text for t in tokens]
    if head_word(words) not in LISTING_HEADS or not any(w in _PREPS | {"on"} for w in words):
        return tokens
    doc = tokens[0].doc
    end = tokens[-1].i + 1
    while end < len(doc):
        k = end
        comma = doc[k].text == ","
        k += comma
        closing = k < len(doc) and doc[k].text in _JOINS
        if not (comma or closing):
            break
        k += closing
        if k < len(doc) and doc[k].text in _PREPS:
            k += 1  # "... Universities and of Scientific and Technological Research"
        if k >= len(doc) or doc[k].is_sent_start:
            break
        run = _domain_run(doc, k)
        if run == k or (run < len(doc) and _capitalised(doc[run]) and not doc[run].is_sent_start):
            break  # not a subject area, or one that runs on into another name
        end = run
        if closing:
            break
    return tokens + [doc[i] for i in range(tokens[-1].i + 1, end)]


#: Head nouns of bodies that a place after "of" may end ("Ministry of Digital Affairs of
#: Estonia", "Space Research Institute of Saxony"); the listing heads and bodies' own heads.
PLACED_HEADS = (
    LISTING_HEADS
    | PREFIXED_HEADS
    | _words("""
    Organization Organisation Association Union Federation Consortium Alliance Forum Society
    Foundation Corporation Council Observatory Survey
    """)
)
#: NER labels of a place a body's name can end with.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: The most words of such a place ("the Hellenic Republic", "the Russian Federation").
_PLACE_WORDS = 4


def with_place(tokens: list[Token]) -> list[Token]:
    """``tokens`` with "of [the] <place>" after them when the NER stopped the name before the
    place it belongs to: the head a body's (``PLACED_HEADS``), the place one to four words
    that the NER marks as one GPE or LOC name, and nothing capitalised or "of" after it (a
    longer name there is not this body's)."""
    if not tokens or head_word([t.text for t in tokens]) not in PLACED_HEADS:
        return tokens
    doc = tokens[0].doc
    k = tokens[-1].i + 1
    if k >= len(doc) or doc[k].lower_ != "of":
        return tokens
    k += 1
    if k < len(doc) and doc[k].lower_ == "the" and doc[k].ent_type_ not in _PLACE_LABELS:
        k += 1
    if k >= len(doc) or doc[k].ent_type_ not in _PLACE_LABELS or doc[k].ent_iob_ != "B":
        return tokens
    end = k + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if end - k > _PLACE_WORDS or doc[k].is_sent_start:
        return tokens
    if end < len(doc) and (doc[end].lower_ == "of" or _capitalised(doc[end])):
        return tokens
    return tokens + [doc[i] for i in range(tokens[-1].i + 1, end)]


def without_country_prefix(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a leading country abbreviation that is not part of the name."""
    if len(tokens) < 3 or tokens[0].text not in COUNTRY_ABBREVIATIONS:
        return tokens
    rest = [t.text for t in tokens[1:]]
    head = head_word(rest)
    if head not in PREFIXED_HEADS or rest[0] == head or not _capitalised(tokens[1]):
        return tokens
    return tokens[1:]


def official_name(tokens: list[Token]) -> list[Token]:
    """The three rules: the subject areas and the place restored, a country abbreviation
    dropped."""
    return without_country_prefix(with_place(extended(tokens)))


#: Words after a military service's name that make the whole a place ("Vandenberg Space Force
#: Base", "Cape Canaveral Space Force Station").
_PLACE_TAILS = frozenset({"Base", "Station"})
_SERVICE_ENDS = frozenset({"Force", "Forces"})
#: Words before "Congress" that make it the US Congress.
_US_FORMS = frozenset({"U.S.", "US", "USA", "American", "States", "the", "The"})


def inside_longer_name(span) -> bool:
    """Whether a listed actor's words are only part of a longer name that is not that actor: a
    military service before "Base" or "Station" (a base, a place), or "Congress" after a
    capitalised word that is not the United States ("the Communist Party Congress", "the
    European Planetary Science Congress", "the International Astronautical Congress")."""
    doc = span.doc
    if (
        span[-1].text in _SERVICE_ENDS
        and span.end < len(doc)
        and doc[span.end].text in _PLACE_TAILS
    ):
        return True
    if span.text != "Congress" or span.start == 0:
        return False
    i = span.start - 1
    if doc[i].text in ("'s", "’s") and i > 0:
        i -= 1  # "the National People's Congress"
    prev = doc[i]
    return _capitalised(prev) and not prev.is_sent_start and prev.text not in _US_FORMS
