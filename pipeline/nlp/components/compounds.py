"""Actors written in forms the gazetteer matcher cannot see, and country words that name a
language. Runs after ``spaceclaims_actors``:

- compounds: a token made of two or three gazetteer forms of countries, agencies or
  organisations joined by hyphens or dashes ("U.S.-India", "EU-Japan", "NASA-ISRO"; one token
  to the tokenizer, so no form matches it; "Sino-Indian" is the actor component's combining
  forms) gets one span per part, each covering the whole token (method ``gazetteer``), and so
  does a form before "-led", "-backed" or "-funded" that the tokenizer kept whole ("U.S.-led");
- UN resolutions: "resolution 3182 (XXVIII)", "General Assembly resolution 66/288",
  "resolutions 31/8 and 32/196" are actors of type ``agreement`` named "UN General Assembly
  resolution N" ("UN Security Council resolution N" after "Security Council"); method
  ``pattern``;
- US instruments cited by number: "Executive Order 12958" and "Public Law 101-611" are actors of
  type ``agreement`` (country United States) named so; an order whose title follows in
  parentheses ("Executive Order 10001 of May 2, 2030 (Promoting Orbital Safety)") is named by
  its title; the Constitution of an order's enacting formula (the Constitution "and laws of the
  United States") is the
  `United States Constitution`; method ``pattern``;
- named bodies: a capitalised name ending in a head word of a body, a programme or an
  instrument (``NAMED_HEADS``: "the Strategic Trade Dialogue", "the Pandemic Fund", "the
  Pacific Connect Initiative", "the Geological Survey of India", "the Treaty of Mutual
  Cooperation and Security") that no other rule found is an actor named by its words (method
  ``ner``, type from the head word); country words inside it are part of the name ("the
  U.S.-France Cyber Dialogue"), and so are listed countries and bodies joined by a dash at its
  opening, however the tokenizer splits them ("the Kenya-Peru Space Dialogue", "the EU-Africa
  Space Dialogue": one organisation, as the guide decided in the eighteenth round); an ordinal
  before it counts a series' meetings and is no part of it ("the Second Kenya-Peru ..."). Not
  in a sentence written in title case (a heading), and not from a capitalised word that merely
  opens the sentence;
- languages: a demonym that names a language ("Chinese: 天问", "the Arabic, Chinese, English
  and French texts", "a Chinese term") is not its country: the span is removed.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.data.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.gazetteer import load_gazetteer
from pipeline.nlp.extract.official_names import inside_longer_name
from pipeline.nlp.extract.shaped_names import generic_name

_JOIN = re.compile(r"[-–—]")
#: Participles after a hyphen that make the name before it a side ("U.S.-led", "EU-funded");
#: the tokenizer splits them off a plain name ("US-led") but not off one ending in a period.
_LED_WORDS = frozenset({"led", "backed", "funded", "sponsored", "brokered", "built", "run"})
_TYPES = frozenset({"country", "agency", "organization"})
_LANGUAGE_NOUNS = frozenset(
    [
        "text",
        "texts",
        "language",
        "languages",
        "term",
        "terms",
        "name",
        "names",
        "word",
        "words",
        "version",
        "versions",
        "translation",
        "translations",
        "transcription",
    ]
)
_RESOLUTION_NUMBER = r"\d{1,4}(?:/\d{1,4})?(?:\s?[A-Z])?(?:\s\((?:[IVXL]+|S-[IVXL]+)\))?"
_RESOLUTIONS = re.compile(
    r"\b(?P<body>(?:(?:United Nations|UN|U\.N\.)\s+)?(?:General Assembly|Security Council)\s+)?"
    r"[Rr]esolutions?\s+"
    rf"(?P<first>{_RESOLUTION_NUMBER})"
    rf"(?P<rest>(?:(?:\s+of\s[^,;()]{{3,40}}?)?\s*(?:,\s*and|,|and)\s+{_RESOLUTION_NUMBER})*)"
)
_NUMBER = re.compile(_RESOLUTION_NUMBER)
#: The bodies whose name a resolution citation may hold ("United Nations General Assembly
#: resolution 70/1"): inside the citation they are part of the resolution's name.
_RESOLUTION_BODIES = frozenset({"UN General Assembly", "UN Security Council", "UN"})


def resolutions(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each UN resolution a text cites by number. A number needs a
    slash ("66/288") or a session in Roman numerals ("3182 (XXVIII)") unless "General
    Assembly" or "Security Council" comes before "resolution"."""
    out = []
    for m in _RESOLUTIONS.finditer(text):
        body = "UN Security Council" if "Security" in (m["body"] or "") else ("UN General Assembly")
        numbers = [(m.start("first"), m.end("first"))]
        if m["rest"]:
            base = m.start("rest")
            numbers += [(base + n.start(), base + n.end()) for n in _NUMBER.finditer(m["rest"])]
        for i, (s, e) in enumerate(numbers):
            number = re.sub(r"(\d) ([A-Z])", r"\1\2", text[s:e])
            if not m["body"] and "/" not in number and "(" not in number:
                continue
            start = m.start() if i == 0 else s
            out.append((start, e, f"{body} resolution {number}"))
    return out


_US_INSTRUMENTS = re.compile(
    r"\b(?:(?P<eo>Executive Order)\s+(?P<n>1\d{4})"
    r"(?:\s+of\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?"
    r"(?:,?\s*\((?P<title>[A-Z][^()]{5,150})\))?"
    r"|(?P<pl>Public Law)\s+(?P<law>\d{2,3}[-–]\d{1,3}))"
)


#: The enacting formula of US orders and memoranda, which cites the Constitution "and laws of the
#: United States", names the US Constitution.
_US_CONSTITUTION = re.compile(
    r"\bConstitution(?=\s+and\s+(?:the\s+)?laws\s+of\s+the\s+United\s+States)"
)


def us_instruments(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, name)`` of each US executive order and public law a text cites by
    number: "Executive Order 12958" and "Public Law 101-611" by their numbers, an order with
    its title in parentheses ("Executive Order 10001 of May 2, 2030 (Promoting Orbital Safety)")
    by its title."""
    out = []
    for m in _US_INSTRUMENTS.finditer(text):
        if m["pl"]:
            out.append((m.start(), m.end(), f"Public Law {m['law'].replace('–', '-')}"))
            continue
        title = (m["title"] or "").strip()
        if " " in title and not re.match(r"(?:EO|E\.O\.|the)\s", title):
            out.append((m.start(), m.end(), title))
        else:  # no title, or a parenthesis that is not one ("(EO 14056)")
            out.append((m.start(), m.end("n"), f"Executive Order {m['n']}"))
    out += [
        (m.start(), m.end(), "United States Constitution") for m in _US_CONSTITUTION.finditer(text)
    ]
    return sorted(out)


@Language.factory("spaceclaims_compounds", default_config={})
def make_compounds(nlp: Language, name: str) -> Compounds:
    return Compounds()


class Compounds:
    def __init__(self) -> None:
        register_extensions()
        self.gazetteer = load_gazetteer()
        self.forms = {
            form: actor
            for form, actor in self.gazetteer.surface_forms().items()
            if self.gazetteer[actor].type in _TYPES
        }

    def __call__(self, doc: Doc) -> Doc:
        actors = [
            a
            for a in doc.spans.get("actors", [])
            if not self._language(doc, a) and not inside_longer_name(a)
        ]
        covered = {i for a in actors for i in range(a.start, a.end)}
        new = []
        for token in doc:
            text = token.text
            if token.i in covered or len(text) < 4 or not _JOIN.search(text):
                continue
            parts = _JOIN.split(text)
            least = 2
            if len(parts) >= 2 and parts[-1] in _LED_WORDS:
                parts, least = parts[:-1], 1  # "U.S.-led": the period keeps the token whole
            if not least <= len(parts) <= 3 or not all(p in self.forms for p in parts):
                continue
            for part in parts:
                entry = self.gazetteer[self.forms[part]]
                span = Span(doc, token.i, token.i + 1, label=entry.type, kb_id=entry.actor)
                span._.sc_actor_country = entry.country
                span._.sc_actor_method = "gazetteer"
                new.append(span)
        # A resolution cited with its body ("General Assembly resolution 59/115") is one actor,
        # the resolution: the body's name inside it is not a second one
        cited = [(m, "") for m in resolutions(doc.text)]
        inside = {i for (s, e, _), _c in cited for i in range(s, e)}
        actors = [
            a
            for a in actors
            if a.kb_id_ not in _RESOLUTION_BODIES
            or not all(i in inside for i in range(a.start_char, a.end_char))
        ]
        taken = {i for a in actors + new for i in range(a.start_char, a.end_char)}
        # UN resolutions belong to no one state; executive orders and public laws are the US's
        cited += [(m, "United States") for m in us_instruments(doc.text)]
        for (start, end, name), country in cited:
            found = doc.char_span(start, end, alignment_mode="expand")
            if found is None or any(i in taken for i in range(found.start_char, found.end_char)):
                continue
            span = Span(doc, found.start, found.end, label="agreement", kb_id=name)
            if country:
                span._.sc_actor_country = country
            span._.sc_actor_method = "pattern"
            new.append(span)
            taken.update(range(found.start_char, found.end_char))
        actors, named = _named_bodies(doc, actors + new, self._is_country)
        doc.spans["actors"] = sorted(actors + named, key=lambda s: (s.start, s.end))
        return doc

    def _is_country(self, span: Span) -> bool:
        return span.label_ == "country"

    def _language(self, doc: Doc, actor: Span) -> bool:
        """Whether a one-word country mention that is not the country's name (a demonym) names
        a language: before a colon, or before "text(s)", "language", "term", "name", "word",
        "version", "translation" (past the rest of a list: "Chinese, English and French
        texts")."""
        if actor.label_ != "country" or len(actor) != 1 or actor.text == actor.kb_id_:
            return False
        i = actor.end
        while i < len(doc) and i < actor.end + 12:
            word = doc[i]
            if word.text == ":":
                return i == actor.end
            if word.lower_ in _LANGUAGE_NOUNS:
                return True
            if word.text in (",", "and", "or") or (word.is_title and word.pos_ in ("ADJ", "PROPN")):
                i += 1
                continue
            return False
        return False


#: Head words of named bodies, programmes and instruments -> actor type.
NAMED_HEADS = {
    **dict.fromkeys(
        [
            "Dialogue",
            "Summit",
            "Forum",
            "Conference",
            "Congress",
            "Roundtable",
            "Taskforce",
            "Delegation",
            "Alliance",
            "Fund",
            "Group",
            "Council",
            "Committee",
            "Commission",
            "Laboratory",
            "Laboratories",
            "Establishment",
            "Institute",
            "Bureau",
            "Operator",
            "Consortium",
            "Network",
            "Foundation",
            "Association",
            "Union",
        ],
        "organization",
    ),
    **dict.fromkeys(
        [
            "Initiative",
            "Program",
            "Programme",
            "Project",
            "Partnership",
            "Partnerships",
            "Handshake",
        ],
        "program",
    ),
    **dict.fromkeys(
        [
            "Agreement",
            "Arrangement",
            "Treaty",
            "Compact",
            "Roadmap",
            "Outlook",
            "Memorandum",
            "Protocol",
            "Accord",
            "Declaration",
            "Charter",
        ],
        "agreement",
    ),
    **dict.fromkeys(
        ["Office", "Ministry", "Department", "Service", "Survey", "Agency", "Administration"],
        "agency",
    ),
}
_CONNECTORS = frozenset({"of", "for", "on", "and", "the", "in", "&"})
#: A dash that joins two parts of a name with no space ("the Kenya-Peru Space Dialogue").
_NAME_DASHES = frozenset({"-", "–", "—"})
#: One token of two capitalised parts joined by a dash ("U.S.-France", "ASEAN-Chile").
_PAIR_TOKEN = re.compile(r"^[A-Z][\w.]*[-\u2013\u2014][A-Z]")
#: An ordinal before a name counts the meetings of a series and is no part of it ("the Second
#: Kenya-Peru Space Dialogue" is the Kenya-Peru Space Dialogue).
_ORDINAL = re.compile(
    r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
    r"\d+(?:st|nd|rd|th))$",
    re.IGNORECASE,
)
#: Capitalised words after "on" that start a date, not a name ("the Summit on May 30").
_CALENDAR = frozenset([*MONTH_NAMES, *WEEKDAY_NAMES])


def _title(token) -> bool:
    text = token.text
    return (text[:1].isupper() and any(c.isalpha() for c in text)) or (
        text[:1].isdigit() and "-" in text
    )


def _hyphen_inside(doc: Doc, k: int, end: int) -> bool:
    """A hyphen inside a capitalised compound of a name ("Long-term", "Follow-up"), after a
    word of the name and before a word, with no space on either side."""
    return (
        doc[k].text == "-"
        and k > 0
        and k + 1 < end
        and _title(doc[k - 1])
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].is_alpha
    )


def _ner_opening(actor: Span, start: int, end: int) -> bool:
    """A name the statistical NER cut short: it opens the longer name and ends before its
    complement ("Working Group" of "the Working Group on the Long-term Sustainability of ...")."""
    return actor._.sc_actor_method == "ner" and actor.start == start and actor.end < end


def _un_opening(actor: Span, start: int) -> bool:
    """Whether ``actor`` is the United Nations opening a longer name ("the United Nations
    Conference on Trade and Development"): like a country word, part of that name."""
    return actor.kb_id_ == "UN" and actor.start == start


def _dash_joined(doc: Doc, k: int, first: int) -> bool:
    """Whether ``doc[k]`` is a dash joining two capitalised words of a name with no space on
    either side ("Kenya-Peru", "EU–Africa"), the word before it at or after ``first``."""
    return (
        doc[k].text in _NAME_DASHES
        and k - 1 >= first
        and k + 1 < len(doc)
        and _title(doc[k - 1])
        and _title(doc[k + 1])
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
    )


def _named_bodies(doc: Doc, actors: list[Span], is_country) -> tuple[list[Span], list[Span]]:
    """Spans for the named bodies of the module docstring, and ``actors`` without the country
    words they absorb."""
    owner: dict[int, list[Span]] = {}
    for a in actors:
        for i in range(a.start, a.end):
            owner.setdefault(i, []).append(a)
    out: list[Span] = []
    absorbed: set[int] = set()
    taken: set[int] = set()
    for sent in doc.sents:
        words = [t for t in sent if t.is_alpha]
        if not words or sum(t.is_title or t.is_upper for t in words) > 0.7 * len(words):
            continue  # a heading in title case
        for token in sent:
            kind = NAMED_HEADS.get(token.text)
            if kind is None or token.i in taken:
                continue
            start = token.i
            dashed = -1  # the first word of a dash-joined opening ("Kenya-Peru ..."), if any
            while start - 1 >= sent.start and (
                _title(doc[start - 1])
                or (
                    doc[start - 1].text in _CONNECTORS
                    and start - 2 >= sent.start
                    and _title(doc[start - 2])
                    and doc[start - 1].text != "the"
                )
                or _dash_joined(doc, start - 1, sent.start)
            ):
                if _dash_joined(doc, start - 1, sent.start):
                    start -= 1
                    dashed = start - 1
                start -= 1
            possessive = (
                start - 2 >= sent.start
                and doc[start - 1].text in ("'s", "’s")
                and doc[start - 2].is_title
                and start - 2 not in owner
            )
            if possessive:
                start -= 2  # "the President's Commission on ...": a possessive inside the name
                while start - 1 >= sent.start and _title(doc[start - 1]):
                    start -= 1
            while start < token.i and (
                doc[start].text in _CONNECTORS
                or doc[start].text == "The"
                or (doc[start].is_sent_start and (doc[start].is_stop or doc[start].pos_ == "VERB"))
                or _ORDINAL.match(doc[start].text)
            ):
                start += 1  # "The ...", an ordinal, or a capitalised word opening the sentence
            end = token.i + 1
            if end < sent.end and doc[end].text in ("of", "on", "for") and end + 1 < sent.end:
                j = end + 1
                if doc[j].text == "the" and j + 1 < sent.end:
                    j += 1
                k = j
                while k < sent.end and (
                    (_title(doc[k]) and doc[k].lower_ not in _CALENDAR)
                    or (
                        doc[k].text in ("and", "&", "of")
                        and k + 1 < sent.end
                        and _title(doc[k + 1])
                    )
                    or _hyphen_inside(doc, k, sent.end)
                ):
                    k += 2 if _hyphen_inside(doc, k, sent.end) else 1
                if k > j:
                    end = k
            if token.i - start < 1:
                continue  # a bare head word ("the Council", "Memorandum of Understanding")
            if possessive and end == token.i + 1:
                continue  # "the Director's Office": a possessive, then a bare head word
            if token.i + 1 < sent.end and _title(doc[token.i + 1]) and end == token.i + 1:
                continue  # not the last word of the name ("European Service Module")
            # the dash-joined opening whose listed parts the name absorbs: split by the
            # tokenizer ("Kenya - Peru") or one token ("U.S.-France", "ASEAN-Japan")
            opening = dashed + 1 if dashed >= start else start
            if dashed < start and _PAIR_TOKEN.match(doc[start].text):
                opening = start + 1
            inside = {id(a): a for i in range(start, end) for a in owner.get(i, ())}
            if any(
                (
                    not is_country(a)
                    and not _ner_opening(a, start, end)
                    and not _un_opening(a, start)
                    and not (start <= a.start and a.end <= opening)  # "EU-Africa ..."
                )
                or a.start < start
                or a.end > end
                for a in inside.values()
            ):
                continue  # a listed actor is there: that rule decided
            if any(a.start == start and a.end == end for a in inside.values()):
                continue  # the whole name is a listed country ("the Soviet Union")
            if any(i in taken for i in range(start, end)):
                continue
            name = " ".join(doc[start:end].text.split())  # a name wrapped across two lines
            if generic_name(name):
                continue  # "the Joint Committee", "the Working Group": a body referred to
            span = Span(doc, start, end, label=kind, kb_id=name)
            span._.sc_actor_country = ""
            span._.sc_actor_method = "ner"
            out.append(span)
            taken.update(range(start, end))
            absorbed.update(id(a) for a in inside.values())
    return [a for a in actors if id(a) not in absorbed], out
