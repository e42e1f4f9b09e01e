"""Persons as actors: the statistical NER's PERSON names, with the organisation they speak for.

Runs after ``spaceclaims_actors`` and adds spans of type ``person`` (method ``ner``) to
``doc.spans["actors"]``:

1. the NER runs on the sentences that may hold a name: two capitalised words in a row outside the
   actors already found, or a title ("Administrator", "Minister", "astronaut") or a verb of speech
   ("said") before a capitalised word; elsewhere it would find nothing to keep;
2. a PERSON name of two words or more is kept (titles and honorifics stripped: "Dr. Mats
   Persson" is `Mats Persson`) unless it is the author of a cited work or a photo credit
   (:func:`pipeline.nlp.extract.persons.is_citation`) or overlaps an actor already found;
3. a one-word PERSON is kept after a title or a verb of speech ("President Moon", "said Persson");
   a word that is the surname of a person named in full in the document is that person wherever it
   stands ("Participants included Persson" is `Mats Persson`; of a Chinese or Korean name written
   family name first, its first word: "Bian said" after "Bian Zhiqiang", ``family_name``; of a name
   written family name first in capitals after a title, "Mr. YAMAMOTO Kenji" as Japanese records
   write it, its first word: "President Yamamoto", ``capitals_family_first``), unless initials
   stand before it ("D.K. Singh" is someone else); a double family name used alone is the person
   named in full with it ("Dr. Carvalho Mota" after "Inês Carvalho Mota", ``double_surname``); a
   full name with no role is kept when its surname stands alone before a verb elsewhere in the
   document ("carried Mats Persson to the station ... Persson spent 119 days aboard"), not a verb
   that cites a work ("Persson argues") and not a word of another actor's name there;
4. ``span._.sc_actor_organization`` is the organisation the person speaks for when the text
   says it, before the name ("NASA Administrator", "ESA astronaut") or in an appositive after
   it (", deputy director of the CNSA"); ``sc_actor_country`` is that organisation's country,
   or the country named there ("Swiss Federal Councillor"). A later mention by surname inherits
   both;
5. a name listed beside a tied one, or beside a person of the gazetteer, is tied too ("Roberta
   Bondar, Marc Garneau, Robert Thirsk and Ken Money"), even a run of capitalised words of the list
   the NER took for a body or missed; a full name tied in one place of the document is tied in all.
   A role ties a name also in a relative clause (", who heads the institute"), after a verb of
   leading ("Anna Berg headed ...", "became the first director") and in a long capitalised title
   ("Minister for Climate Change and Energy Anna Berg"); a name is tied by a deed in space affairs
   right after it ("Anna Berg resigned", "flew", "signed"; not "wrote" or "interviewed": an author
   or a researcher), by its country in parentheses ("Anna Berg (Norway)"), by "of" and a body
   ("Anna Berg of CNES said"), as the agent of a deed ("assisted by Anna Berg", "carried out by")
   and by an occupation before it ("physicist Anna Berg"); a run of words the NER missed is a name
   after a verb of leading ("headed by Anna Berg") or of speech before "of" or the clause's end
   ("said Anna Berg of CNES") or an honorific of address ("The Honourable Anna Berg,"), or before
   "and" in a list beside a tied name; names may be double ("Lindqvist-Olsen"), written with
   initials ("D.K. Singh") or carry a nickname in quotes, left out of the canonical name ("Barry
   “Butch” Wilmore" is `Barry Wilmore`). A name that is that of a place, craft or prize named after
   a person ("Gagarin Research Centre", "the vessel Akademik Fedorov") is no person, from the NER
   or the gazetteer, nor is a gazetteer person's name borne by a cited author ("Liu Yang (2019)").
   The NER's span is made whole: given names before it that it marks as nothing ("Oleg" of "Oleg
   Vasilyevich Marchenko") and an abbreviated given name ("Ma." of "Ma. Teresa Cruz"), a particle
   and a word after it ("dos Santos"), a PERSON span right after it ("Carlos Eduardo" + "Souza
   Lima"), a second family name it cut off ("Helena Duarte" + "Vasconcelos"); a given name before a
   family name in capitals, as the European Parliament's minutes write names ("Piotr ZALESKI (ECR,
   PL)"), is a name even where the NER misses it, `Piotr Zaleski`, cited later as "Mr Zaleski"
   (:mod:`pipeline.nlp.extract.capital_surnames`); a name of two or three words it reads as a body
   or a place is a person after a title, a role noun or a verb of speech ("said Tomasz Wielgosz"),
   since policy prose names people there and bodies seldom;
6. a transcript's speaker label, a line opening with a title and a surname in capitals and a colon
   ("PRESIDENT MACRON:"), is the person the gazetteer or a full name earlier in the document gives
   for that surname (method ``speaker``); a label naming no one ("THE VICE PRESIDENT:") is none; a
   surname after a title is the full name a roster or a list of officers gives (``Metadata.names``:
   "Ms Roe-Lyle" after "Ms Hana Roe-Lyle, Head of Agency");
7. a person the gazetteer found gets the organisation the text gives, as in rule 4 ("ESA
   Director General Josef Aschbacher").
"""

from __future__ import annotations

import re

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.capital_surnames import (
    capital_surname_names,
    capitals_family_last,
    third_name_word,
)
from pipeline.nlp.extract.gazetteer import load_gazetteer
from pipeline.nlp.extract.honorific_names import cued_body_read, honorific_names
from pipeline.nlp.extract.hyphen_names import hyphened
from pipeline.nlp.extract.names import plain_quotes
from pipeline.nlp.extract.persons import (
    ADDRESS_HONORIFICS,
    DEFAULT_TITLES,
    LEAD_AFTER,
    LEAD_BY,
    NOT_NAME_WORDS,
    PARTICLES,
    ROLE_NOUNS,
    SPEAKER_TITLES,
    acting_surnames,
    capitals_family_first,
    clean_name,
    constituency,
    family_keys,
    given_abbreviation,
    is_citation,
    is_name,
    long_title,
    name_word,
    named_after,
    named_after_person,
    particle_key,
    particle_names,
    role_before,
    said_before,
    spoken_or_honoured,
    surname,
    tied_after,
    tied_elsewhere,
    with_lists,
)

#: Initials before a surname ("D.K.", "V."): the surname is then another person's.
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
#: A speaker label at the start of a line: words in capitals, then a colon.
_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<label>[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){1,4}):")
#: Words after a name that close its appositive role phrase.
_STOP = frozenset({".", ";", ":", "(", ")", "“", "”", '"', "and", "who", "which"})
_ROLE_TYPES = frozenset({"agency", "organization", "company"})
#: The NER's readings of a person's name as a body or a place ("said Tomasz Wielgosz" as ORG).
_OTHER_READS = frozenset({"ORG", "GPE"})


@Language.factory(
    "spaceclaims_persons",
    default_config={"use_ner": True, "require_role": True, "titles": DEFAULT_TITLES},
)
def make_person_finder(
    nlp: Language, name: str, use_ner: bool, require_role: bool, titles: list[str]
) -> PersonFinder:
    ner = nlp.get_pipe("ner") if use_ner and "ner" in nlp.component_names else None
    return PersonFinder(nlp, ner=ner, titles=titles, require_role=require_role)


class PersonFinder:
    def __init__(
        self,
        nlp: Language,
        *,
        ner=None,
        titles: list[str] = DEFAULT_TITLES,
        require_role: bool = True,
    ) -> None:
        register_extensions()
        self.require_role = require_role
        self.ner = ner
        self.titles = frozenset(titles)
        # Demonyms and country names before a name ("Czechoslovak Vladimír Remek") are not
        # part of it; the actor component finds the country itself.
        gazetteer = load_gazetteer()
        self.demonyms = {
            form: actor
            for form, actor in gazetteer.surface_forms().items()
            if gazetteer[actor].type == "country" and " " not in form and form != actor
        }
        # Persons of the gazetteer by their forms, for speaker labels ("PRESIDENT MACRON:").
        self.person_forms = {
            form.casefold(): actor
            for form, actor in gazetteer.surface_forms().items()
            if gazetteer[actor].type == "person"
        }
        self.person_country = {
            a.actor: a.country for a in gazetteer.actors.values() if a.type == "person"
        }
        # words that are no given name nor family name of a name's shape alone
        self._blocked = (
            self.titles
            | self.demonyms.keys()
            | NOT_NAME_WORDS
            | {w.capitalize() for w in nlp.Defaults.stop_words}
        )
        strings = nlp.vocab.strings
        self._title_ids = np.array([strings.add(w) for w in self.titles], dtype=np.uint64)
        self._initial_ids = np.array(
            [strings.add(w) for w in ("X.", "X.X.", "X.X.X.")], dtype=np.uint64
        )
        self._speech_ids = np.array(
            [strings.add(w) for w in ("said", "says", "told", "added")], dtype=np.uint64
        )

    def __call__(self, doc: Doc) -> Doc:
        if self.ner is None or not len(doc):
            return doc
        self._named(doc)
        self._speakers(doc)
        self._listed_roles(doc)
        return doc

    def _listed_roles(self, doc: Doc) -> None:
        """The organisation of a person the gazetteer found, when the text gives it as it does
        for a name the NER found ("ESA Director General Josef Aschbacher", "Elon Musk,
        SpaceX's chief executive"); the gazetteer's country stays when the text names none."""
        actors = list(doc.spans.get("actors", []))
        for span in actors:
            if span.label_ != "person" or span._.sc_actor_method != "gazetteer":
                continue
            if span._.sc_actor_organization:
                continue
            org, country = self._role(doc, span.start, span.end, actors)
            if org:
                span._.sc_actor_organization = org
                span._.sc_actor_country = country or span._.sc_actor_country
                # a later mention by surname inherits the role, as rule 4 has it ("Bakanov said")
                for later in actors:
                    if later.kb_id_ == span.kb_id_ and len(later) == 1 and later.label_ == "person":
                        later._.sc_actor_organization = later._.sc_actor_organization or org

    def _named(self, doc: Doc) -> None:
        """Rules 1-4 of the module docstring."""
        actors = list(doc.spans.get("actors", []))
        kept_actors = [a for a in actors if not named_after_person(doc, a)]
        if len(kept_actors) < len(actors):
            actors = kept_actors
            doc.spans["actors"] = actors
        covered = np.zeros(len(doc) + 1, dtype=bool)
        for a in actors:
            covered[a.start : a.end] = True
        self._countries: list[tuple[int, str]] = []
        found = self._names(doc, covered)
        # A person the gazetteer named in full is cited later by surname ("Bakanov said"), also
        # when the NER adds no name of its own: rule 3 must still run for it.
        named_in_full = any(a.label_ == "person" and " " in a.kb_id_ for a in actors)
        named_in_full = named_in_full or bool(getattr(doc._.sc_metadata, "names", None))
        if not found and not any(w[3] for w in self._weak) and not named_in_full:
            return
        people = self._resolve(doc, found, covered, actors)
        for i, country in self._countries:
            span = Span(doc, i, i + 1, label="country", kb_id=country)
            span._.sc_actor_method = "gazetteer"
            people.append(span)
        if people:
            doc.spans["actors"] = sorted(actors + people, key=lambda s: (s.start, s.end))

    def _speakers(self, doc: Doc) -> None:
        """Speaker labels of a transcript: a line that opens with a title and a surname in
        capitals and a colon ("PRESIDENT MACRON:", "ADMINISTRATOR NELSON:") names the person
        who speaks, when the gazetteer or a full name earlier in the document says who that is
        ("THE VICE PRESIDENT:" names no one)."""
        if ":" not in doc.text:
            return
        actors = list(doc.spans.get("actors", []))
        full = {
            surname(a.kb_id_).casefold(): (a.kb_id_, a._.sc_actor_country)
            for a in actors
            if a.label_ == "person" and " " in a.kb_id_
        }
        taken = {i for a in actors for i in range(a.start, a.end)}
        new = []
        for m in _SPEAKER.finditer(doc.text):
            words = m["label"].split()
            if words[0] not in SPEAKER_TITLES or len(words) < 2:
                continue
            name = words[-1].title()
            key = " ".join(w.title() for w in words).casefold()
            person = self.person_forms.get(key) or self.person_forms.get(name.casefold())
            country = self.person_country.get(person or "", "")
            if person is None and name.casefold() in full:
                person, country = full[name.casefold()]
            if person is None:
                continue
            span = doc.char_span(m.start("label"), m.end("label"), alignment_mode="expand")
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            out = Span(doc, span.start, span.end, label="person", kb_id=person)
            out._.sc_actor_country = country
            out._.sc_actor_organization = ""
            out._.sc_actor_method = "speaker"
            new.append(out)
        if new:
            doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))

    def _needed(self, doc: Doc, covered: np.ndarray) -> list[Span]:
        """Sentences where the NER may find a person worth keeping (rule 1)."""
        words = doc.to_array(["ORTH", "IS_TITLE", "IS_ALPHA", "SHAPE", "IS_UPPER"]).reshape(-1, 5)
        title = (words[:, 1] == 1) & ~covered[: len(doc)]
        upper = (words[:, 4] == 1) & (words[:, 2] == 1) & ~covered[: len(doc)]  # "Mr. YAMADA"
        initial = np.isin(words[:, 3], self._initial_ids)  # "V. R. Lalithambika", "D.K. Singh"
        pair = np.zeros(len(doc), dtype=bool)
        # "Ingrid HALVORSEN": a family name in capitals after the given name
        pair[:-1] = title[:-1] & (title[1:] | upper[1:]) & ((words[:-1, 2] == 1) | initial[:-1])
        cue = np.isin(words[:, 0], self._title_ids) | np.isin(words[:, 0], self._speech_ids)
        after_cue = np.zeros(len(doc), dtype=bool)
        after_cue[:-1] = cue[:-1] & (title[1:] | upper[1:])
        flagged = np.flatnonzero(pair | after_cue)
        if not len(flagged):
            return []
        out, k = [], 0
        for sent in doc.sents:
            while k < len(flagged) and flagged[k] < sent.start:
                k += 1
            if k < len(flagged) and flagged[k] < sent.end:
                out.append(sent)
        return out

    def _names(self, doc: Doc, covered: np.ndarray) -> list[tuple[int, int, bool, bool]]:
        """``(start, end, cued, tied)`` of each PERSON name the NER finds, titles stripped;
        ``cued`` when a title or a verb of speech comes before it, ``tied`` when it or the
        words after it tie it to a role."""
        sents = self._needed(doc, covered)
        plain = [
            Doc(
                doc.vocab,
                words=[plain_quotes(t.text) for t in s],
                spaces=[bool(t.whitespace_) for t in s],
            )
            for s in sents
        ]
        defined = doc._.sc_abbreviations or {}
        out = []
        self._weak: list[tuple[int, int, bool, bool]] = []
        self._canonical: dict[tuple[int, int], str] = {}
        self._family_first: dict[str, str] = {}  # "Yamamoto" -> "Yamamoto Kenji"
        self._covered = covered
        for sent, sent_doc in zip(sents, self.ner.pipe(plain), strict=True):
            seen: set[int] = set()
            free = [not c for c in covered[sent.start : sent.end]]  # "Ms Z Ngcobo (ANC)"
            words = [t.text for t in sent]
            for a, b, name in honorific_names(words, free, self._blocked):
                near = (words[max(0, a - 7) : a], words[b : b + 6])  # "Dr. Anna Berg (2019)"
                if is_citation(*near, sent.text) or named_after(*near):
                    continue
                self._canonical[(sent.start + a, sent.start + b)] = name
                seen.update(range(sent.start + a, sent.start + b))
                out.append((sent.start + a, sent.start + b, True, True))
            for ent in sent_doc.ents:
                # A name the NER reads as a body or a place counts only after a title, a
                # role or a verb of speech ("said Anna Berg", "chief executive Anna Berg").
                weak_read = ent.label_ in _OTHER_READS and 2 <= len(ent) <= 3
                if ent.label_ != "PERSON" and not weak_read:
                    continue
                if seen.intersection(range(sent.start + ent.start, sent.start + ent.end)):
                    continue  # joined to the name before it
                words = [t.text for t in ent]
                a, b = clean_name(words, self.titles | self.demonyms.keys())
                start, end = sent.start + ent.start + a, sent.start + ent.start + b
                if start >= end or covered[start:end].any():
                    continue
                if a == 0 and self._first_name_before(doc, sent, sent_doc, start, covered):
                    start -= 1  # "Adigun Ade Abiodun": the NER took the first name for a place
                elif a == 0:
                    start = self._given_names_before(doc, sent, sent_doc, start, covered)
                end = self._name_goes_on(doc, sent, sent_doc, end, covered, end - start)
                end = self._nickname(doc, sent, start, end)
                words = [t.text for t in doc[start:end]]
                titled = a > 0 or doc[max(start - 1, 0)].text in self.titles
                family = capitals_family_first(words, titled) or capitals_family_last(words)
                if family is not None and (start, end) not in self._canonical:
                    self._canonical[(start, end)] = self._family_first[family[0]] = family[1]
                if (start, end) in self._canonical:
                    words = self._canonical[(start, end)].split()
                if not is_name(words):
                    continue
                seen.update(range(start, end))
                first = doc[start]
                if first.is_sent_start and (first.is_stop or first.pos_ in ("VERB", "ADP", "ADV")):
                    continue  # "Following Schwartz": a capitalised word opening the sentence
                before = [t.text for t in doc[max(sent.start, start - 7) : start]]
                after = [t.text for t in doc[end : min(sent.end, end + 6)]]
                if (
                    is_citation(before, after, sent.text)
                    or named_after(before, after)
                    or constituency(before)
                ):
                    continue
                if after[:1] == ["("] and len(after) > 1 and after[1] in defined:
                    long = defined[after[1]].split()
                    if len(long) > end - start + a:
                        continue  # "Private Astronaut Missions (PAMs)": the tail of a longer name
                cued = a > 0 or (bool(before) and before[-1] in self.titles) or said_before(before)
                later = [t.text for t in doc[end : min(sent.end, end + 10)]]
                if weak_read and not (
                    cued_body_read(words[:a], before, end - start, self.titles)
                    and tied_after(later, [bool(covered[i]) for i in range(end, end + len(later))])
                ):
                    seen.difference_update(range(start, end))  # a list may still take it
                    continue
                tied = (
                    cued
                    or capitals_family_last([t.text for t in doc[start:end]]) is not None
                    or role_before(before)
                    or tied_after(
                        [t.text for t in doc[end : min(sent.end, end + 10)]],
                        [bool(covered[i]) for i in range(end, min(sent.end, end + 10))],
                    )
                )
                out.append((start, end, cued, tied))
                for i in range(sent.start + ent.start, start):
                    if doc[i].text in self.demonyms and not covered[i]:
                        self._countries.append((i, self.demonyms[doc[i].text]))
            self._weak.extend(self._listed_names(doc, sent, covered, seen))
            free = [not covered[i] and i not in seen for i in range(sent.start, sent.end)]
            for a, b, name in capital_surname_names(
                [t.text for t in sent], free, self._blocked | defined.keys(), self.titles
            ):
                start, end = sent.start + a, sent.start + b
                self._canonical[(start, end)] = name
                self._family_first[surname(name)] = name
                out.append((start, end, True, True))
        return out

    def _given_names_before(
        self, doc: Doc, sent: Span, sent_doc: Doc, start: int, covered: np.ndarray
    ) -> int:
        """The start of a name whose given names the NER left out ("Oleg" of "Oleg Vasilyevich
        Marchenko", "Ana Lucía" of "Ana Lucía Ramírez Vega"): up to two capitalised words
        before it that the tagger reads as proper nouns and the NER marks as nothing, no title,
        demonym or word of a body's name among them, and an abbreviated given name ("Ma.")."""
        marked = {i for e in sent_doc.ents for i in range(e.start, e.end)}
        i = start
        while i > sent.start and start - i < 2:
            word = doc[i - 1]
            if (
                covered[i - 1]
                or (i - 1 - sent.start) in marked
                or word.pos_ != "PROPN"
                or not name_word(word.text)
                or word.is_stop
                or word.text in self.titles
                or word.text in self.demonyms
                or word.text in NOT_NAME_WORDS
                or word.lower_.rstrip("s") in ROLE_NOUNS
                # "Minister for Education Mats Persson": the end of a title, not a given name
                or long_title([t.text for t in doc[max(sent.start, i - 9) : i]])
            ):
                break
            i -= 1
        return i - 1 if i > sent.start and given_abbreviation(doc[i - 1].text) else i

    def _name_goes_on(
        self, doc: Doc, sent: Span, sent_doc: Doc, end: int, covered: np.ndarray, size: int = 0
    ) -> int:
        """The end of a name that goes on past the NER's span: across a particle and a
        capitalised word ("Roberta Ferreira" + "dos Santos") or into a PERSON span that
        follows with nothing between ("Carlos Eduardo" + "Souza Lima"); the words taken are
        added to no other name."""
        k = end - sent.start
        nxt = next((e for e in sent_doc.ents if e.start == k), None)
        if (
            nxt is not None
            and nxt.label_ == "PERSON"
            and not covered[end : sent.start + nxt.end].any()
        ):
            return sent.start + nxt.end
        marked = any(e.start <= k < e.end for e in sent_doc.ents)
        if size == 2 and end < sent.end and not marked:
            after = doc[end + 1].text if end + 1 < sent.end else "."
            word = doc[end]
            if not covered[end] and third_name_word(
                word.text, after, proper=word.pos_ == "PROPN", blocked=self._blocked
            ):
                return end + 1  # "Helena Duarte" + "Vasconcelos": a second family name
        if (
            end + 1 < sent.end
            and doc[end].text in PARTICLES
            and doc[end].text.islower()
            and name_word(doc[end + 1].text)
            and doc[end + 1].text not in NOT_NAME_WORDS
            and not covered[end : end + 2].any()
        ):
            return end + 2
        return end

    def _nickname(self, doc: Doc, sent: Span, start: int, end: int) -> int:
        """The end of a name with a nickname in quotes ("Barry “Butch” Wilmore"), whose canonical
        form leaves the nickname out (``self._canonical``); ``end`` when there is none."""
        k = start + 1
        if (
            k + 3 < sent.end
            and k <= end
            and plain_quotes(doc[k].text) in ('"', "'")
            and doc[k + 1].is_title
            and plain_quotes(doc[k + 2].text) in ('"', "'")
            and name_word(doc[k + 3].text)
            and not any(self._covered[k : k + 4])
        ):
            self._canonical[(start, k + 4)] = f"{doc[start].text} {doc[k + 3].text}"
            return k + 4
        return end

    def _first_name_before(
        self, doc: Doc, sent: Span, sent_doc: Doc, start: int, covered: np.ndarray
    ) -> bool:
        """Whether the word before a PERSON name is its first name, which the NER took for a
        one-word place or body of its own ("Adigun" in "Adigun Ade Abiodun")."""
        i = start - 1
        if i <= sent.start or covered[i]:
            return False
        word = doc[i]
        if not (word.is_title and word.is_alpha) or word.is_stop:
            return False
        if word.text in self.titles or word.text in self.demonyms:
            return False
        k = i - sent.start
        return any(e.start == k and e.end == k + 1 and e.label_ != "PERSON" for e in sent_doc.ents)

    def _listed_names(
        self, doc: Doc, sent: Span, covered: np.ndarray, seen: set[int]
    ) -> list[tuple[int, int, bool, bool]]:
        """Runs of two or three capitalised words between the commas of a list that the NER did
        not take for a person ("Luboš Perek", or a name it took for a body): kept only when
        a tied name stands beside them in the list (:func:`~pipeline.nlp.extract.persons.with_lists`)."""
        out = []
        i = sent.start + 1
        while i < sent.end:
            j = i
            while j < sent.end and name_word(doc[j].text) and not covered[j]:
                j += 1
            if j == i or doc[i].text in ADDRESS_HONORIFICS:  # "The Honourable | Anna Berg"
                i += 1
                continue
            # "headed by Takemi Chiku": a name after a verb of leading, which the NER took
            # for a body
            led = (
                i - 2 > sent.start and doc[i - 1].lower_ == "by" and doc[i - 2].lower_ in (LEAD_BY)
            )
            # '..." said Anders Lindqvist of the agency.', "The Honourable Anna Berg, Minister"
            before, after = [t.text for t in doc[max(sent.start, i - 3) : i]], doc[j : j + 1]
            led = led or spoken_or_honoured(before, after.text if j < sent.end else ".")
            listed = (
                doc[i - 1].text in (",", "and")
                or (j < sent.end and doc[j].text in (",", "and"))
                or led
            )
            words = [t.text for t in doc[i:j]]
            if (
                2 <= j - i <= 3
                and listed
                and not seen.intersection(range(i, j))
                and is_name(words)
                and not any(w in self.titles or w in self.demonyms for w in words)
            ):
                # "engineers Pavel Orlov,", "the ship's commander, Yury Malyshev,"
                k = i - 2 if doc[i - 1].text == "," and i - 2 > sent.start else i - 1
                role = doc[k].lower_.rstrip("s") in ROLE_NOUNS
                # "However, Dmitri Orlov directed ...": the NER took the name for a body
                role = role or (j < sent.end and doc[j].text in LEAD_AFTER) or led
                out.append((i, j, False, role))
            i = j
        return out

    def _resolve(self, doc: Doc, found, covered: np.ndarray, actors: list[Span]) -> list[Span]:
        """Spans for the kept names (rules 2 and 3) and their role (rule 4)."""
        full: dict[str, tuple[str, str, str]] = {}  # surname -> (name, organisation, country)
        for a in actors:
            if a.label_ == "person":
                full.setdefault(surname(a.kb_id_), (a.kb_id_, "", a._.sc_actor_country))
        # a record's head or a speaker's label names them in full, the speech by surname
        for name in getattr(doc._.sc_metadata, "names", None) or ():
            full.setdefault(surname(name), (name, "", ""))
        kept: list[tuple[int, int, str]] = []
        anchors = [(a.start, a.end) for a in actors if a.label_ == "person"]
        found = tied_elsewhere(doc, found)
        weak = {(a, b) for a, b, *_ in self._weak}
        found = [
            f
            for f in with_lists(doc, found + self._weak, anchors)
            if f[3] or (f[0], f[1]) not in weak
        ]
        found = hyphened(doc, found, covered)  # "Kim" + "Do-hyun": the NER cut at the hyphen
        # A word that names another actor here is that actor's ("the Columbus module").
        acting = acting_surnames(doc, covered) - {
            w for a in actors if a.label_ != "person" for w in a.text.split()
        }
        # family names with a particle -> the full names of the document that end in them
        particles = particle_names(
            [a.kb_id_ for a in actors if a.label_ == "person"]
            + [
                self._canonical.get((s, e)) or " ".join(doc[s:e].text.split())
                for s, e, *_ in found
                if e - s >= 3
            ]
        )
        # the full names a hearing's roster and contents give ("Mr. Okafor": Terrence Okafor)
        listed = {surname(n): n for n in getattr(doc._.sc_metadata, "names", None) or ()}
        for start, end, cued, tied in sorted(found):
            name = self._canonical.get((start, end)) or " ".join(doc[start:end].text.split())
            family = particle_key(name)
            if " " in name and family in particles and particles[family] != name:
                # "Al Hosani said" after "Mariam Al Hosani": the family name with its particle
                # ("De Souza" opening a sentence after "Ana de Souza")
                kept.append((start, end, particles[family]))
                continue
            if " " not in name and name in full and full[name][0] != name:
                # "Ms. Abernathy-Cole" after "Ngozi Abernathy-Cole": a double surname is
                # several words to the tokenizer, so rule 3's one-word match below misses it
                kept.append((start, end, full[name][0]))
                continue
            if cued and " " not in name and listed.get(name, name) != name:
                # "Ms Thorne-Whitaker" after a roster naming her in full (a double surname)
                full.setdefault(name, (listed[name], *self._role(doc, start, end, actors)))
                kept.append((start, end, listed[name]))
                continue
            acts = (start, end) not in weak and surname(name) in acting
            if end - start >= 2 and (tied or acts or not self.require_role):
                org, country = self._role(doc, start, end, actors)
                previous = full.get(surname(name))
                if previous is None or previous[0] != name:
                    full.setdefault(surname(name), (name, org, country))
                kept.append((start, end, name))
        # "Bian Zhiqiang ... Bian said": a name written family name first is then its first word
        for family, person in family_keys(list(full.values())).items():
            full.setdefault(family, person)
        for family, name in self._family_first.items():  # "Mr. YAMAMOTO Kenji" ... "Yamamoto"
            full.setdefault(family, full.get(surname(name), (name, "", "")))
        for start, end, cued, _ in found:
            if end - start == 1:
                text = doc[start].text
                if text in full:
                    kept.append((start, end, full[text][0]))
                elif cued:
                    name = listed.get(text, text)
                    full.setdefault(text, (name, *self._role(doc, start, end, actors)))
                    kept.append((start, end, name))
        # A surname of a person named in full, wherever it stands (rule 3).
        taken = covered.copy()
        for start, end, _ in kept:
            taken[start:end] = True
        names = {name for name, *_ in full.values()}
        for token in doc:
            if (
                token.text in full
                and not taken[token.i]
                and token.is_title
                and full[token.text][0] != token.text
                and (token.i == 0 or doc[token.i - 1].lower_ != "the")
                and (token.i == 0 or not _INITIALS.match(doc[token.i - 1].text))
                and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title)
                and token.text not in names
            ):
                kept.append((token.i, token.i + 1, full[token.text][0]))
                taken[token.i] = True
        by_name = {name: (org, country) for name, org, country in full.values()}
        spans = []
        seen: set[tuple[int, int]] = set()
        for start, end, name in sorted(kept):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            span = Span(doc, start, end, label="person", kb_id=name)
            org, country = by_name.get(name, ("", ""))
            if end - start == 1 and not org and not country:
                org, country = self._role(doc, start, end, actors)
            span._.sc_actor_organization = org
            span._.sc_actor_country = country
            span._.sc_actor_method = "ner"
            spans.append(span)
        return spans

    @staticmethod
    def _role(doc: Doc, start: int, end: int, actors: list[Span]) -> tuple[str, str]:
        """``(organisation, country)`` the name is tied to: an actor in the title before it
        (up to five words back, "NASA Administrator", "ESA (European Space Agency)
        astronaut") or in the appositive after it (", deputy director of the CNSA")."""
        sent = doc[start].sent
        lo = max(sent.start, start - 6)
        before = [a for a in actors if lo <= a.start and a.end <= start]
        for a in reversed(before):
            between = doc[a.end : start]
            if any(t.text in (",", ";", ".") or t.lower_ in ("and", "with") for t in between):
                continue
            return _org_country(a)
        if end + 1 < sent.end and doc[end].lower_ == "of":  # "Anna Berg of Portugal"
            for a in actors:
                if (
                    a.start in (end + 1, end + 2)
                    and doc[end + 1 : a.start].text in ("", "the")
                    and (a.label_ in _ROLE_TYPES or a.label_ == "country")
                ):
                    return _org_country(a)
        if end < sent.end and doc[end].text == ",":
            stop = end + 1
            while stop < sent.end and stop < end + 14 and doc[stop].text not in _STOP:
                if doc[stop].text == "," and stop > end + 2:
                    break
                stop += 1
            after = [a for a in actors if end < a.start and a.end <= stop]
            for a in after:
                if a.label_ in _ROLE_TYPES or a.label_ == "country":
                    return _org_country(a)
        return "", ""


def _org_country(actor: Span) -> tuple[str, str]:
    if actor.label_ == "country":
        return "", actor.kb_id_
    if actor.label_ in _ROLE_TYPES:
        return actor.kb_id_, actor._.sc_actor_country
    return "", actor._.sc_actor_country
