"""Actor mentions: gazetteer matches, document acronyms, and statistical NER as a fallback.

Each mention becomes a span in ``doc.spans["actors"]`` with the canonical actor as
``span.kb_id_``, its type as ``span.label_``, and ``span._.sc_actor_country`` /
``span._.sc_actor_method`` (``gazetteer``, ``acronym``, ``short_form`` or ``ner``).

Resolution rules, in order:
1. gazetteer aliases, matched case-sensitively (lower-case aliases case-insensitively), also
   across a single line break of hard-wrapped text ("the China Manned Space / Agency");
   possessives ("China's") and "-led" compounds ("US-led") match because the tokenizer splits
   them off; combining forms before a hyphen name their country ("Sino-Indian" is China and
   India, "Russo-Ukrainian" Russia and Ukraine);
2. capital-city metonyms ("Beijing", "the Kremlin") only where the city acts: followed by a
   verb or a possessive (also opening a clause after "and"), the object of a verb that is not
   one of motion ("accused Washington"), the source of something ("invitations from Beijing",
   "according to the White House", "the money comes from Beijing"), the one something is lost
   or turned to or a stance is taken toward ("lost to Beijing", "pushed Beijing toward
   Moscow", "overtures to Moscow"), a point of view opening a sentence ("For Moscow, ..."),
   or paired with another party ("between Washington and Beijing"); not as a
   place ("in Beijing", "at London, Moscow and Washington", "the engineers came from
   Beijing") or a modifier ("Beijing Universities");
3. a match that is part of a larger name is dropped: stop phrases ("Latin American", "Indian
   Ocean"), a country that is a person's name in the statistical NER ("Georgia Whitfield",
   "Ambassador Ruth Jordan") or a given name followed by a surname, and a country word that
   opens a named document or event ("the Indian Space Policy 2023"); a country's adjective
   that names a language ("the French translation", "X and Y are the official languages")
   or a culture before a word of myth ("Greek mythology"); a listed programme's one-word
   name after a god's or a relative's noun ("the Greek god Apollo", "sister of Apollo");
4. acronyms the document defines (``doc._.sc_abbreviations``): "China's National Space Agency
   (CNSA)" links both forms to one actor; a defined organisation missing from the gazetteer,
   or a craft or programme ("the Lunar Polar Hopper Mission (LPHM)"; not an instrument or a
   module of one), becomes an actor of its own, named by its short form;
5. obvious misspellings of an acronym used in the same document (a transposition such as "IRLS"
   beside "ILRS");
6. short forms of a name mentioned earlier in the document: "the Accords" after "the Artemis
   Accords", "the Treaty" after "the Outer Space Treaty" (the latest actor whose name ends in
   that word; not a head word before "of" or "for", which opens a longer name), "Axiom" after
   "Axiom Space" (a company without its trade word); the numbers of an elided series after a
   numbered flight ("Artemis I, II, III", "Chang'e 5 and 6", "Crew-8 and 9") when the
   gazetteer lists those flights; ``short_form``;
7. organisations the statistical NER finds whose head noun is organisational ("Agency",
   "Ministry of ...", "Consortium", ...), kept with method ``ner`` and named by their text;
   such a name replaces a country word it starts with ("the Tunisian Space Agency" is one new
   agency, not Tunisia); a company's legal form or trade word as head makes it a company. A
   body the NER labels as something else (a PRODUCT, FAC, WORK_OF_ART or EVENT: "Mars Society
   founder ...") is kept when a body's head word ends it; a generic word and a head alone
   ("National Lab") name nothing; "Ukraine's State Space Agency" is the listed State Space
   Agency of Ukraine. A law the NER marks (LAW, or ORG by the body in its name) that ends in
   an instrument's head word is an agreement ("the Federal Advisory Committee Act"). Two
   bodies the NER marks as one name are split at "and" when each part has a body's head ("the
   University of X and Y State University"); a centre named for its remit ("the Centre for
   Remote Sensing") is an organisation; a listed company named with its legal form
   abbreviated ("Sierra Nevada Corp.") is the listed company. "for" or "on" after a head word
   sends a sentence to the NER as "of" does ("the Institute for Space Studies"). A name the
   NER marks with no such head is kept when a cue beside it says what it is, typed by the cue:
   a company after "the startup", "-based", "CEO of", before "CEO" or "'s founder", in an
   appositive ", a satellite operator", or joined by "and" to a company found; an
   organisation in an appositive ", a nonprofit ..." (``companies.cued_name_type``);
8. names by their shape, with no NER: named space and research centres ("Marshall Space
   Flight Center", "John H. Chapman Space Centre"; not one named
   as an agency's own, "NASA's Kennedy Space Center", a place of that agency) are
   organisations; a capitalised proper noun before "module" ("the Harmony module", "the
   Destiny and Unity modules") is a station; a listed programme named by its word and a
   plural or quoted "programme" ("the Vostok and Voskhod programs", the "Luna" programme) is
   that programme;
   a listed body followed by an instrument's head word ("the ESA Convention", "the IAEA
   Additional Protocol") is an agreement of its own, and a listed programme followed by
   "Program" takes that word into its mention; a mission named before the word "mission"
   after "the" or a possessive ("the AIM satellite mission", "ESA's Hera mission"; not a
   place, a kind of mission or a listed actor's: "the Mars mission", "the NASA mission") is
   a mission; capitalised words ending in a body's head word that the NER left unmarked
   ("the Halden Research Institute") are a body; a bare name in a list of two or more
   companies and nothing else ("Axiom Space, Blue Origin and Vela") is a company; a legal
   form makes a company of a name that holds a listed name ("Japan Display Inc.");
9. document-level readings of listed names: a bare "Korea" is South Korea in a document
   that names South Korea at least as often as North Korea (not before
   "Peninsula", "Strait", "War"; method ``short_form``); a listed acronym the document
   defines as a lower-case phrase of its own ("the null energy condition (NEC)") names
   nothing there, neither the listed actor nor a new one.

The statistical NER is the slowest step of the base model (it embeds every token again with a
network of its own), and rules 3 and 7 are all it serves. With ``ner_scope = "needed"`` (the
default, with ``ner`` disabled in the base pipeline) this component runs the base model's NER
itself, on the sentences where either rule can apply: those holding an organisational head
word that can end a longer name (rule 7) or a country word next to a capitalised word (rule 3):
about one sentence in ten of policy prose. The NER reads a little context on either side of a word and its entities do
not cross sentences, so it finds the same names there as on the whole document. ``doc.ents``
then holds the entities of those sentences only. With ``ner_scope = "all"`` it runs on every
sentence; when ``ner`` is enabled in the pipeline, its entities are used as they are.
Rules 7 and 8 and the NER's scope live in ``actor_names`` (the base class ``ActorNames``).
Places (the Moon, Mars, orbits) are never actors: they are not in the gazetteer and NER's
GPE/LOC entities are not used.
"""

from __future__ import annotations

import bisect
import re
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.components.actor_names import ActorNames
from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract import companies, metonyms, shaped_names, span_lists
from pipeline.nlp.extract.actor_lists import (
    DEFAULT_COMBINING_FORMS,
    DEFAULT_GIVEN_NAMES,
    DEFAULT_SHORT_FORM_HEADS,
    DEFAULT_STOP_PHRASES,
)
from pipeline.nlp.extract.body_short_forms import title_owners
from pipeline.nlp.extract.gazetteer import Actor, load_gazetteer
from pipeline.nlp.extract.name_spans import (
    head_word,
    unwrapped,
    wrapped_matches,
)
from pipeline.nlp.extract.names import (
    ORG_HEADS,
    guess_type,
    is_transposition,
    looks_like_organisation,
)


def _most_named(earlier: list[tuple], resolved: dict) -> tuple:
    """The earlier name a short form means: of the actors named so far with that head word,
    the one named most often (its full names and the short forms already read as it), the
    most recent on a tie. A document about one body ("the Agency" throughout an agency's
    framework) names another in passing without the short form changing hands."""
    counts: dict = {}
    for _, actor, _ in earlier:
        counts[actor] = counts.get(actor, 0) + 1
    best = max(counts.get(e[1], 0) + resolved.get(e[1], 0) for e in earlier)
    return next(e for e in reversed(earlier) if counts.get(e[1], 0) + resolved.get(e[1], 0) == best)


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` (word lists read better as prose)."""
    return frozenset(text.split())


_DET = frozenset({"the", "The"})
#: NER labels of named things (documents, events, facilities, products) that may open with a
#: country word that is then part of the name ("The Indian Space Policy", "China Space Day").
_NAME_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT"})
#: Words after a country word that still mean the state ("the Chinese Party", "the Russian
#: Government"), so the pair is not the name of something else.
_STATE_NOUNS = _words(
    "Party Parties Side Government Delegation State States Republic Federation"
    # a state's diplomatic mission acts for the state ("the Chinese Embassy in Laos")
    " Embassy Embassies Consulate Consulate-General"
)
_DASHES = frozenset({"-", "–", "—"})
#: Where the statistical NER runs when it is not in the pipeline (see the module docstring).
NER_SCOPES = ("needed", "all")


@Language.factory(
    "spaceclaims_actors",
    default_config={
        "gazetteer_files": [],
        "use_ner": True,
        "ner_scope": "needed",
        "use_shipped_gazetteer": True,
        "stop_phrases": DEFAULT_STOP_PHRASES,
        "given_names": DEFAULT_GIVEN_NAMES,
        "combining_forms": DEFAULT_COMBINING_FORMS,
        "short_form_heads": DEFAULT_SHORT_FORM_HEADS,
    },
)
def make_actor_matcher(
    nlp: Language,
    name: str,
    gazetteer_files: list[str],
    use_ner: bool,
    ner_scope: str,
    use_shipped_gazetteer: bool,
    stop_phrases: list[str],
    given_names: list[str],
    combining_forms: dict[str, str],
    short_form_heads: list[str],
) -> ActorMatcher:
    if ner_scope not in NER_SCOPES:
        raise ValueError(
            f"components.{name}.ner_scope is {ner_scope!r}; use one of {', '.join(NER_SCOPES)}"
        )
    ner = None
    if use_ner and "ner" in nlp.component_names:
        ner = nlp.get_pipe("ner")  # a disabled pipe is still there, ready to call
    return ActorMatcher(
        nlp,
        gazetteer_files=[Path(p) for p in gazetteer_files],
        use_ner=use_ner,
        ner=ner,
        ner_scope=ner_scope,
        use_shipped_gazetteer=use_shipped_gazetteer,
        stop_phrases=stop_phrases,
        given_names=given_names,
        combining_forms=combining_forms,
        short_form_heads=short_form_heads,
    )


class ActorMatcher(ActorNames):
    """Find and resolve actor mentions (see the module docstring for the rules)."""

    def __init__(
        self,
        nlp: Language,
        *,
        gazetteer_files: list[Path],
        use_ner: bool = True,
        ner=None,
        ner_scope: str = "needed",
        use_shipped_gazetteer: bool = True,
        stop_phrases: list[str] = (),
        given_names: list[str] = (),
        combining_forms: dict[str, str] | None = None,
        short_form_heads: list[str] = (),
    ) -> None:
        register_extensions()
        self.stop_phrases = list(stop_phrases)
        self.stop_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        if self.stop_phrases:
            self.stop_matcher.add("STOP", list(nlp.tokenizer.pipe(self.stop_phrases)))
        kwargs = {} if use_shipped_gazetteer else {"base": None}
        self.gazetteer = load_gazetteer(gazetteer_files, **kwargs)
        self.use_ner = use_ner
        self._org_head_ids = np.array(
            [nlp.vocab.strings.add(w) for w in sorted(ORG_HEADS | shaped_names.INSTRUMENT_HEADS)],
            dtype=np.uint64,
        )
        self._det_ids = np.array([nlp.vocab.strings.add(w) for w in _DET], dtype=np.uint64)
        self._head_prep_ids = np.array(
            [nlp.vocab.strings.add(w) for w in ("of", "for", "on")], dtype=np.uint64
        )
        self._centre_ids = np.array(
            [nlp.vocab.strings.add(w) for w in ("Center", "Centre")], dtype=np.uint64
        )
        self._cue_ids = np.array(
            [nlp.vocab.strings.add(w) for w in sorted(companies.CUE_TRIGGERS)], dtype=np.uint64
        )
        self.ner = ner
        self.ner_scope = ner_scope
        self.given_names = frozenset(given_names)
        self.forms = self.gazetteer.surface_forms()
        self.metonyms = self.gazetteer.metonym_forms()
        self.by_lower = {f.lower(): a for f, a in self.forms.items()}
        self.acronyms = {f: a for f, a in self.forms.items() if f.isupper() and len(f) >= 3}
        self.combining = {
            form: country
            for form, country in (combining_forms or {}).items()
            if country in self.gazetteer
        }
        self.short_heads = frozenset(short_form_heads)
        #: First words of listed names of several words ("Axiom" of "Axiom Space").
        self._name_openers = frozenset(f.split()[0] for f in self.forms if " " in f)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.metonym_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._key_actor: dict[int, str] = {}
        for matcher, forms, tag in (
            (self.matcher, {f: a for f, a in self.forms.items() if f != f.lower()}, "A"),
            (self.lower_matcher, {f: a for f, a in self.forms.items() if f == f.lower()}, "L"),
            (self.metonym_matcher, self.metonyms, "M"),
        ):
            by_actor: dict[str, list[str]] = {}
            for form, actor in forms.items():
                by_actor.setdefault(actor, []).append(form)
            for actor, actor_forms in by_actor.items():
                key = f"{tag}:{actor}"
                matcher.add(key, list(nlp.tokenizer.pipe(actor_forms)))
                self._key_actor[nlp.vocab.strings[key]] = actor
        # Word ids for the cheap scans (combining forms, "the <Head>", upper-case words), done on
        # arrays: spaCy's Matcher makes a Token object per word and state (the main cost here).
        strings = nlp.vocab.strings
        self._combining_ids = np.array([strings.add(w) for w in self.combining], dtype=np.uint64)
        self._dash_ids = np.array([strings.add(w) for w in _DASHES], dtype=np.uint64)
        self._short_ids = np.array([strings.add(w) for w in self.short_heads], dtype=np.uint64)
        self._combining_key = strings.add("COMBINING")
        self._short_key = strings.add("SHORT")
        self._upper_key = strings.add("UPPER")

    def actor(self, name: str) -> Actor:
        return self.gazetteer[name]

    def __call__(self, doc: Doc) -> Doc:
        # Candidates are (start, end, actor, method, new-actor fields); spans are made only for
        # the ones kept, because span extensions are stored per character range.
        gazetteer: list[tuple] = []
        compact, where = unwrapped(doc)
        for matcher in (self.matcher, self.lower_matcher):
            for key, start, end in wrapped_matches(matcher, compact, where):
                gazetteer.append((start, end, self._key_actor[key], "gazetteer", {}))
        cities = sorted(wrapped_matches(self.metonym_matcher, compact, where), key=lambda m: m[1])
        acts = [metonyms.city_acts(doc, start, end) for _, start, end in cities]
        for group in metonyms.coordinated_lists(doc, [(s, e) for _, s, e in cities]):
            if any(acts[k] for k in group):  # a list of cities shares its role
                for k in group:
                    key, start, end = cities[k]
                    state = metonyms.state_of_its_time(doc, start, self._key_actor[key])
                    gazetteer.append((start, end, state, "gazetteer", {}))
        if self.use_ner and self.ner is not None and not doc.has_annotation("ENT_IOB"):
            self._recognise_where_needed(doc, gazetteer)
        scans = self._scan(doc)
        kept = self._stopped(doc, span_lists.longest_first(gazetteer, []))
        kept = self._with_generic_heads(doc, kept)
        kept = self._portfolio_offices(doc, kept)
        kept = self._add_combining_forms(doc, scans, kept)
        kept = self._without_redefined(doc, kept)
        kept = span_lists.absorbing(
            self._acronym_candidates(doc, kept, scans), kept, self._is_country
        )
        kept = span_lists.longest_first(self._short_forms(doc, kept, scans), kept)
        kept = span_lists.longest_first(self._bare_korea(doc, kept), kept)
        kept = span_lists.longest_first(self._company_short_forms(doc, kept), kept)
        kept = span_lists.longest_first(self._named_centres(doc), kept)
        kept = span_lists.longest_first(self._named_modules(doc, kept), kept)
        kept = span_lists.longest_first(self._named_programmes(doc, kept), kept)
        kept = span_lists.longest_first(self._named_missions(doc, kept), kept)
        kept = span_lists.longest_first(self._named_projects(doc, kept), kept)
        kept = span_lists.longest_first(self._elided_series(doc, kept), kept)
        if self.use_ner and doc.has_annotation("ENT_IOB"):
            kept = self._with_ner(doc, kept)
        kept = span_lists.longest_first(self._companies_in_lists(doc, kept), kept)
        doc.spans["actors"] = [self._span(doc, *c) for c in sorted(kept, key=lambda c: c[:2])]
        return doc

    def _scan(self, doc: Doc) -> list[tuple[int, int, int]]:
        """``(key, start, end)`` in word order, as a ``Matcher`` would give them, for: a
        combining form before a dash ("Sino-"), a short-form head word ("Accords"), and an
        upper-case alphabetic word of three or more letters (a possible acronym)."""
        words = doc.to_array(["ORTH", "IS_UPPER", "IS_ALPHA", "LENGTH"]).reshape(-1, 4)
        orth = words[:, 0]
        found: list[tuple[int, int, int]] = []
        combining = np.isin(orth[:-1], self._combining_ids) & np.isin(orth[1:], self._dash_ids)
        found += [(self._combining_key, int(i), int(i) + 2) for i in np.flatnonzero(combining)]
        short = np.isin(orth, self._short_ids)
        found += [(self._short_key, int(i), int(i) + 1) for i in np.flatnonzero(short)]
        upper = (words[:, 1] == 1) & (words[:, 2] == 1) & (words[:, 3] >= 3)
        found += [(self._upper_key, int(i), int(i) + 1) for i in np.flatnonzero(upper)]
        return sorted(found, key=lambda m: m[1])

    # --- filters ---------------------------------------------------------------------------

    def _stopped(self, doc: Doc, candidates: list[tuple]) -> list[tuple]:
        """Drop matches inside a larger name: stop phrases, persons, named documents."""
        blocked = [(s, e) for _, s, e in self.stop_matcher(doc)] if self.stop_phrases else []
        out = []
        for c in candidates:
            if any(s <= c[0] and c[1] <= e for s, e in blocked):
                continue
            if self._is_country(c[2]) and self._part_of_name(doc, c[0], c[1]):
                continue
            if self._is_program(c[2]) and companies.opens_as_common_noun(doc, c[0], c[1]):
                continue  # "Progress on the treaty stalled"
            if self._is_program(c[2]) and shaped_names.names_a_deity(doc, c[0], c[1]):
                continue  # "named after the Greek god Apollo"
            if self._is_program(c[2]) and shaped_names.hypothesis_label(doc, c[0], c[1]):
                continue  # "We find no support for H3": a paper's third hypothesis
            if (
                self._is_country(c[2])
                and c[1] < len(doc)
                and doc[c[1]].lower_ in shaped_names.MYTH_WORDS
            ):
                continue  # "in Greek mythology", "the Roman god": a culture, not the state
            if (
                self._is_country(c[2])
                and doc[c[0] : c[1]].text != c[2]
                and shaped_names.names_a_language(doc, c[0], c[1])
            ):
                continue  # "the French translation": a language, not the state
            out.append(c)
        return out

    def _portfolio_offices(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """ "Secretary of State for Science, Innovation and Technology": a Westminster
        minister's office named by its portfolio (``shaped_names.portfolio_end``), not the US
        Department of State that "Secretary of State" alone names. The office is a body of its
        own, named as written (method ``ner``), as a cabinet secretary stands for a department.
        """
        offices, rest = [], []
        for c in kept:
            end = None
            if doc[c[0] : c[1]].text == "Secretary of State":
                end = shaped_names.portfolio_end(doc, c[1])
            if end is None:
                rest.append(c)
                continue
            name = " ".join(doc[c[0] : end].text.split())
            offices.append((c[0], end, None, "ner", {"name": name, "type": "agency"}))
        return span_lists.longest_first(rest, offices) if offices else kept

    def _with_generic_heads(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """A listed name followed by a word that names something of it: a programme followed
        by "Program" or "Programme" is that programme ("the Commercial LEO Destinations
        Program"); a body followed by an instrument's head word, with at most two capitalised
        words between, is an instrument of its own ("the ESA Convention", "the ITU
        Constitution", "the IAEA Additional Protocol"), and so is a programme's; a programme,
        person or company followed by a body's head names a body ("the Boeing Foundation")."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        out = []
        for c in kept:
            start, end, actor = c[:3]
            kind = self._entry_type(actor)
            if (
                kind == "program"
                and end < len(doc)
                and doc[end].lower_ in shaped_names.PROGRAM_WORDS
            ):
                if end not in taken:
                    c = (start, end + 1, *c[2:])
            elif kind in ("organization", "agency", "program"):
                k = end
                while (
                    k < len(doc)
                    and k - end < 2
                    and shaped_names.name_word(doc[k])
                    and k not in taken
                ):
                    if doc[k].text in shaped_names.INSTRUMENT_HEADS:
                        break
                    k += 1
                if (
                    k < len(doc)
                    and doc[k].text in shaped_names.INSTRUMENT_HEADS
                    and k not in taken
                    and not doc[k].is_sent_start
                ):
                    name = " ".join(doc[start : k + 1].text.split())
                    listed = self.forms.get(name)
                    new = {} if listed else {"name": name, "type": "agreement", "country": ""}
                    c = (start, k + 1, listed, "gazetteer" if listed else "ner", new)
            if c[1] == end and kind == "organization":  # "the Quad Leaders' Summit"
                summit = shaped_names.summit_after(doc, end, taken)
                c = (summit and self._named_body(doc, start, summit)) or c
            if c[1] == end and kind in ("program", "person", "company"):  # "Boeing Foundation"
                found = shaped_names.body_named_after(doc, start, end, taken, kind == "person")
                c = (found and self._named_body(doc, *found)) or c
            out.append(c)
        return out

    def _part_of_name(self, doc: Doc, start: int, end: int) -> bool:
        """A country word that is part of a person's or a named thing's name."""
        first, ent = doc[start], doc[start].ent_type_
        if end < len(doc) and doc[end].lower_ == "joint":  # "China-Kenya Joint Statement"
            return False  # a party to the joint text or body, not a name ("Kenya" as given name)
        if ent == "PERSON" and first.pos_ == "PROPN":
            span = span_lists.entity_at(doc, start)
            if span is not None and len(span) > end - start:
                return True  # "Georgia Whitfield", "Ambassador Ruth Jordan"
        nxt = doc[end] if end < len(doc) else None
        if (
            doc[start:end].text in self.given_names
            and nxt is not None
            and nxt.pos_ == "PROPN"
            and nxt.is_title
            and not self._starts_actor(nxt)
            and (start == 0 or not doc[start - 1].is_title or doc[start - 1].is_sent_start)
        ):
            return True  # "Jordan Mills", when NER misses the person
        if ent in _NAME_LABELS:
            span = span_lists.entity_at(doc, start)
            if (
                span is not None
                and span.end > end
                and all(t.is_title or t.like_num for t in doc[end : span.end])
                and not any(self._starts_actor(t) for t in doc[end : span.end])
                and not all(t.text in _STATE_NOUNS for t in doc[end : span.end])
                and head_word(span) not in ORG_HEADS
            ):
                return True  # "The Indian Space Policy 2023"
        return False

    def _starts_actor(self, token: Token) -> bool:
        return token.text in self.forms or token.text in self.metonyms

    # --- combining forms, acronyms, short forms ----------------------------------------------

    def _add_combining_forms(self, doc: Doc, scans: list, kept: list[tuple]) -> list[tuple]:
        """ "Sino-Indian": the combining form names a country when an actor follows the dash."""
        starts = {c[0] for c in kept}
        extra = []
        for key, start, _ in scans:
            if key != self._combining_key:
                continue
            if start + 2 in starts or (
                start + 2 < len(doc) and doc[start + 2].text in self.combining
            ):
                extra.append((start, start + 1, self.combining[doc[start].text], "gazetteer", {}))
        return span_lists.longest_first(extra, kept) if extra else kept

    def _bare_korea(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """A bare "Korea" or "Korean(s)" (listed for neither Korea) is South Korea in a document
        that names South Korea at least as often as North Korea: a short form of the state it
        names; not in "the Korean Peninsula", "the Korea Strait", "the Korean War", "Korean
        Air" or "Korean American" (their own words). A listed body, programme or mission of
        either state names it too: an agency's own plan names "KASA" and "Nuri", never "South
        Korea", and calls the country plain "Korea"."""
        names = [self._owner(c[2]) for c in kept]
        south, north = names.count("South Korea"), names.count("North Korea")
        if not south or south < north or "South Korea" not in self.gazetteer:
            return []
        covered = {i for c in kept for i in range(c[0], c[1])}
        out = []
        for token in doc:
            if token.text not in ("Korea", "Korean", "Koreans") or token.i in covered:
                continue
            nxt = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
            if nxt in ("Peninsula", "Strait", "War", "Bay", "Air", "American", "Americans"):
                continue
            out.append((token.i, token.i + 1, "South Korea", "short_form", {}))
        return out

    def _owner(self, name: str) -> str:
        """The state a listed actor stands for or belongs to (itself for a country)."""
        if name not in self.gazetteer:
            return name
        return self.gazetteer[name].country or name

    def _redefined(self, doc: Doc) -> set[str]:
        """The listed acronyms this document defines as a common noun phrase of its own
        ("the null energy condition (NEC)"): a long form in lower case that is no form of the
        listed actor. Here the acronym means that phrase, not the actor."""
        out = set()
        for short, long in (doc._.sc_abbreviations or {}).items():
            actor = self.forms.get(short)
            words = span_lists.strip_det(long)
            if actor is None or words != words.lower() or not any(c.isalpha() for c in words):
                continue
            if self.by_lower.get(words.lower()) != actor:
                out.add(short)
        return out

    def _relinked(self, doc: Doc) -> dict[str, str]:
        """Listed acronyms the text defines for another listed actor ("Kenya Space Agency (KSA)",
        the gazetteer's KSA being Saudi Arabia): the text's definition binds it there."""
        out = {}
        for short, long in (doc._.sc_abbreviations or {}).items():
            listed = self.forms.get(short)
            meant = self.by_lower.get(span_lists.strip_det(long).lower())
            if listed is not None and meant is not None and meant != listed:
                out[short] = meant
        return out

    def _without_redefined(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """``kept`` without the gazetteer matches of an acronym the document redefines, as a
        phrase of its own or as another listed actor."""
        redefined = self._redefined(doc) | set(self._relinked(doc))
        if not redefined:
            return kept
        return [c for c in kept if c[3] != "gazetteer" or doc[c[0] : c[1]].text not in redefined]

    def _acronym_candidates(self, doc: Doc, found: list[tuple], scans: list) -> list[tuple]:
        defs = doc._.sc_abbreviations or {}
        redefined = self._redefined(doc)
        relinked = self._relinked(doc)
        spans: list[tuple] = []
        seen = {doc[c[0] : c[1]].text for c in found}
        for short, long in defs.items():
            if short in redefined:
                continue
            listed = relinked.get(short) or self.forms.get(short)
            actor = listed or self.by_lower.get(span_lists.strip_det(long).lower())
            new: dict[str, str] = {}
            if actor is None:
                if not looks_like_organisation(long):
                    continue
                new = {"name": short, "type": guess_type(long), "country": ""}
                new["country"] = self._country_of_name(long)
            if short in seen and long in seen and not new:
                continue
            for form in {short, span_lists.strip_det(long)}:
                for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc.text):
                    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    if span is not None:
                        spans.append((span.start, span.end, actor, "acronym", new))
        # Misspelled acronyms: a transposition of an acronym this document uses.
        used = {t for c in found + spans if (t := doc[c[0] : c[1]].text).isupper()}
        for key, start, _ in scans:
            if key != self._upper_key:
                continue
            text = doc[start].text
            if text in self.forms or text in defs:
                continue
            target = next((u for u in used if is_transposition(text, u)), None)
            if target is not None:
                actor = self.forms.get(target) or target
                new = {} if actor in self.gazetteer else {"name": target}
                spans.append((start, start + 1, actor, "acronym", new))
        return spans

    def _short_forms(self, doc: Doc, kept: list[tuple], scans: list) -> list[tuple]:
        """The definite short form "the Accords" after "the Artemis Accords": the most recent
        earlier actor whose multi-word mention ends in that word. When the most recent name
        with that head noun is a long name the word does not end ("the Committee on the
        Peaceful Uses of Outer Space"), the short form is left alone: it may mean that body
        (or the document's own instrument), not an older "Debris Coordination Committee"; the
        real dev gold leaves "the Committee" and "the Office" of UN texts unmarked. A head word
        before "of" or "for" opens a longer name ("the Office of the Counsel")."""
        heads: dict[str, list[tuple[int, str | None, dict]]] = {}
        for c in kept:
            if c[1] - c[0] < 2 or c[2] is None:
                continue
            last = doc[c[1] - 1].text
            if last in self.short_heads:
                heads.setdefault(last, []).append((c[0], c[2], c[4]))
            elif (head := head_word(doc[c[0] : c[1]])) in self.short_heads:
                heads.setdefault(head, []).append((c[0], None, {}))
        owners = self._title_owners(doc)
        if not heads and not owners:
            return []
        for earlier in heads.values():
            earlier.sort(key=lambda h: h[0])
        starts = {word: [h[0] for h in earlier] for word, earlier in heads.items()}
        covered = {i for c in kept for i in range(c[0], c[1])}
        out = []
        resolved: dict[str | None, int] = {}  # short forms read so far, by actor
        for key, start, _ in scans:
            word = doc[start].text
            if key != self._short_key or start in covered or word not in heads.keys() | owners:
                continue
            if not (
                span_lists.definite(doc, start, covered)
                or (
                    doc[start].text in span_lists.ATTRIBUTIVE_HEADS
                    and span_lists.attributive(doc, start, covered)
                )
            ) or span_lists.another_one(doc, start):
                continue
            if word in owners:
                actor, new = owners[word], {}
            else:
                i = bisect.bisect_left(starts[word], start)
                if i == 0:
                    continue
                _, actor, new = _most_named(heads[word][:i], resolved)
            if actor is None:
                continue
            nxt = doc[start + 1] if start + 1 < len(doc) else None
            if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
                continue  # "the Agency Council": a different name
            if nxt is not None and nxt.lower_ in {"of", "for"}:
                continue  # "the Office of the Counsel": a longer name
            out.append((start, start + 1, actor, "short_form", new))
            resolved[actor] = resolved.get(actor, 0) + 1
        return out

    def _title_owners(self, doc: Doc) -> dict[str, str]:
        """The bodies the document's title names, by head word: in the UAE Space Agency's own
        report "the Agency" is that agency throughout, also after another agency is named (a
        body's own document calls itself by the short form, as an instrument calls itself "this
        Agreement"). Only a body's head word (not an instrument's, which ``self_reference``
        resolves) and only when the title names one body with that head
        (``body_short_forms.title_owners``: also a body named for its remit whose own report the
        title names, "Report of the Committee on the Peaceful Uses of Outer Space")."""
        title = getattr(doc._.sc_metadata, "title", "") or doc._.sc_title or ""
        return title_owners(title, self.forms, self.short_heads)

    def _company_short_forms(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        full = [c[:3] for c in kept if self._entry_type(c[2]) == "company"]
        found = companies.short_names(doc, full, {i for c in kept for i in range(c[0], c[1])})
        return [(s, e, actor, "short_form", {}) for s, e, actor in found]

    def _span(
        self, doc: Doc, start: int, end: int, actor: str | None, method: str, new: dict
    ) -> Span:
        if actor is not None and actor in self.gazetteer:
            entry = self.gazetteer[actor]
            span = Span(doc, start, end, label=entry.type, kb_id=entry.actor)
            span._.sc_actor_country = entry.country
        else:
            kind = new.get("type", "organization")
            name = new["name"]
            if kind == "company":
                name = companies.without_legal_form(name)  # one firm, with or without "Inc."
            span = Span(doc, start, end, label=kind, kb_id=name)
            span._.sc_actor_country = new.get("country", "")
        span._.sc_actor_method = method
        return span
