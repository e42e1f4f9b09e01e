"""New actors, the names the gazetteer does not list (rules 7 and 8 of
``pipeline.nlp.components.actors``): organisations, companies and instruments the statistical
NER finds, where that NER runs, and names by their shape (named centres, station modules).

``ActorNames`` is the base class of ``ActorMatcher``: it holds these rules and the questions
they ask of the gazetteer (an entry's type, a new name's fields), and reads the matcher's
word lists and gazetteer forms, which ``ActorMatcher.__init__`` sets.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.extract import companies, shaped_names, span_lists
from pipeline.nlp.extract.gazetteer import Gazetteer
from pipeline.nlp.extract.name_spans import (
    centre_with_remit,
    head_word,
    name_tokens,
    official_name_tokens,
    plain_docs,
    split_joined_bodies,
)
from pipeline.nlp.extract.names import (
    COMPANY_HEADS,
    LEGAL_FORMS,
    ORG_HEADS,
    guess_type,
    is_company_name,
    legal_form_variants,
)

_LIST_JOINS = frozenset({",", "and", "or"})


def _list_join(doc: Doc, i: int, j: int, beyond: Token | None) -> bool:
    """Whether ``doc[i:j]`` joins two items of a list: "and" or "or", with a comma before it
    or not, or a comma alone when ``beyond`` (the word on the far side of the unknown item)
    goes on with the list."""
    words = [t.lower_ for t in doc[i:j]]
    if words in (["and"], ["or"], [",", "and"], [",", "or"]):
        return True
    return words == [","] and beyond is not None and beyond.lower_ in _LIST_JOINS


def _joined_to_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a list's joining word ("and", "or", a comma) joins the name at ``start:end``
    to a capitalised word."""
    after = [t for t in doc[end : end + 3] if t.lower_ not in _LIST_JOINS][:1]
    before = [t for t in reversed(doc[max(start - 3, 0) : start]) if t.lower_ not in _LIST_JOINS][
        :1
    ]
    return any(t.is_title and t.i != end and t.i != start - 1 for t in after + before)


class ActorNames:
    """Rules that name new actors (see the module docstring)."""

    gazetteer: Gazetteer
    forms: dict[str, str]
    by_lower: dict[str, str]
    ner: Any  # the base model's NER pipe, or None
    ner_scope: str
    _name_openers: frozenset[str]
    _det_ids: np.ndarray
    _org_head_ids: np.ndarray
    _head_prep_ids: np.ndarray
    _centre_ids: np.ndarray
    _cue_ids: np.ndarray

    def _is_program(self, actor: str | None) -> bool:
        return self._entry_type(actor) in ("program", "mission")

    def _is_country(self, actor: str | None) -> bool:
        return self._entry_type(actor) == "country"

    def _entry_type(self, actor: str | None) -> str:
        return self.gazetteer[actor].type if actor is not None and actor in self.gazetteer else ""

    # --- statistical NER --------------------------------------------------------------------

    def _recognise_where_needed(self, doc: Doc, gazetteer: list[tuple]) -> None:
        """Run the NER on the sentences where rule 3 or 7 can use it; set ``doc.ents``."""
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        if self.ner_scope == "all":
            needed = sents
        else:
            flagged = self._ner_triggers(doc, gazetteer)
            needed = [s for s in sents if span_lists.any_within(flagged, s.start, s.end)]
        ents = []
        for sent, sent_doc in zip(needed, self.ner.pipe(plain_docs(needed)), strict=True):
            ents += [
                Span(doc, sent.start + e.start, sent.start + e.end, label=e.label)
                for e in sent_doc.ents
            ]
        doc.set_ents(ents, default="outside")

    def _ner_triggers(self, doc: Doc, gazetteer: list[tuple]) -> list[int]:
        """Sorted token positions that make a sentence worth the NER: an organisational head
        word that can end a name of two words or more (after a capitalised word other than
        "The", or before "of") outside a closed gazetteer name (rule 7); a country word beside
        a capitalised word (rule 3). A gazetteer name is closed when no capitalised word
        touches it, so the NER cannot find a longer name around it."""
        flagged: set[int] = set()
        closed: set[int] = set()
        for start, end, actor, *_ in gazetteer:
            if self._entry_type(actor) == "company" and _joined_to_name(doc, start, end):
                flagged.add(start)  # "Boeing and X": X may be a firm (``_paired_company``)
            if span_lists.capitalised_beside(doc, start, end):
                if self._is_country(actor):
                    flagged.add(start)
            else:
                closed.update(range(start, end))
        # Word ids, not Token objects: making a Token per word costs more than the NER saves.
        words = doc.to_array(["ORTH", "IS_TITLE", "IS_UPPER"]).reshape(-1, 3)
        orth = words[:, 0]
        capitalised = ((words[:, 1] == 1) | (words[:, 2] == 1)) & ~np.isin(orth, self._det_ids)
        named = np.zeros(len(orth), dtype=bool)
        named[1:] = capitalised[:-1]  # "Kenya Space Agency", "Wagner Group"
        prep_after = np.zeros(len(orth), dtype=bool)
        prep_after[:-1] = np.isin(orth[1:], self._head_prep_ids)
        named |= prep_after  # "Ministry of Science", "Institute for Space Studies"
        heads = np.flatnonzero(
            np.isin(orth, self._org_head_ids) & named
            | np.isin(orth, self._centre_ids) & prep_after  # "Centre for Remote Sensing"
        )
        flagged.update(int(i) for i in heads if int(i) not in closed)
        # a word that says what a name beside it is ("the startup X", "X, a nonprofit")
        flagged.update(int(i) for i in np.flatnonzero(np.isin(orth, self._cue_ids)))
        return sorted(flagged)

    def _with_ner(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Add NER organisations (a new one replaces a country word it contains), then the
        companies the NER missed."""
        found = self._ner_candidates(doc)
        kept = self._inside_new_bodies(doc, found, self._inside_firms(doc, found, kept))
        kept = span_lists.absorbing(found, kept, self._is_country)
        found = self._unlisted_companies(doc)
        kept = span_lists.longest_first(found, self._inside_firms(doc, found, kept))
        kept = span_lists.longest_first(self._unlisted_bodies(doc), kept)
        kept = span_lists.longest_first(self._cued_names(doc, kept), kept)
        return span_lists.longest_first(self._apposed_names(doc, kept), kept)

    def _apposed_names(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Names an appositive calls a company or a body that the NER left unmarked or read
        as a person (``companies.apposed_names``: "Brannock, a Chinese state-owned firm,
        ..."); not a name holding a listed actor's words nor one already found."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        spans: list[tuple] = []
        for start, end, kind in companies.apposed_names(doc):
            span = doc[start:end]
            if any(i in taken for i in range(start, end)):
                continue
            if any(t.text in self.forms or t.lower_ in self.by_lower for t in span):
                continue
            name = " ".join(span.text.split())
            if self._may_name_new(doc, span) and not shaped_names.generic_name(name):
                spans.append((start, end, None, "ner", {"name": name, "type": kind, "country": ""}))
        return spans

    def _cued_names(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Names the NER marks as organisations (or, beside a firm's role, as a
        people's word: "Quillfern CEO ...") with no head word that makes them one, kept
        when the words around them say what they are (``companies.cued_name_type``: "the
        startup X", "X, a nonprofit ...") or a company they are joined to ("Boeing and X"),
        typed by that cue; not a name holding a listed
        actor's words, a mission's, programme's or document's name, nor one already found."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        spans: list[tuple] = []
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "NORP"):
                continue
            tokens = name_tokens(ent)
            if not tokens or not companies.cued_name_words(tokens):
                continue
            start, end = tokens[0].i, tokens[-1].i + 1
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            name = " ".join(span.text.split())
            if any(t.text in self.forms or t.lower_ in self.by_lower for t in span):
                continue
            kind = companies.cued_name_type(doc, start, end) or self._paired_company(
                doc, start, end, kept
            )
            if ent.label_ == "NORP" and (kind != "company" or companies.appositive_cue(doc, end)):
                continue  # a people's word is a firm's name only beside a firm's role or noun
            if kind and self._may_name_new(doc, span) and not shaped_names.generic_name(name):
                spans.append((start, end, None, "ner", {"name": name, "type": kind, "country": ""}))
        return spans

    def _unlisted_bodies(self, doc: Doc) -> list[tuple]:
        """Bodies the NER missed, by the shape of their name (``companies.shaped_bodies``);
        not a name holding a listed actor's (an organ of that actor: "the ESA Council"), nor a
        generic one ("National Council")."""
        spans: list[tuple] = []
        for start, end in companies.shaped_bodies(doc):
            span = doc[start:end]
            name = " ".join(span.text.split())
            if any(t.text in self.forms for t in span) or shaped_names.generic_name(name):
                continue
            if self._may_name_new(doc, span):
                spans.append((start, end, None, "ner", self._new_fields(None, name)))
        return spans

    def _paired_company(self, doc: Doc, start: int, end: int, kept: list[tuple]) -> str:
        """ "company" when the name at ``start:end`` is joined to a company found in a pair or
        list ("a grant to Boeing and Quillfern", "Quillfern, and Airbus", "Boeing, Quillfern
        and NASA"), else "": the items of such a list are of a kind. A comma alone joins
        only a name that goes on as a list item (a comma, "and" or "or" on its other side).
        """
        firms = [c[:2] for c in kept if (self._entry_type(c[2]) or c[4].get("type")) == "company"]
        for s, e in firms:
            if e < start and _list_join(doc, e, start, doc[end] if end < len(doc) else None):
                return "company"
            if end < s and _list_join(doc, end, s, doc[start - 1] if start > 0 else None):
                return "company"
        return ""

    def _inside_firms(self, doc: Doc, candidates: list[tuple], kept: list[tuple]) -> list[tuple]:
        """``kept`` without the listed actors inside a new company's name that a legal form
        ends, when that name has a word of its own besides them ("Orbit Boeing Ltd" is a firm,
        not Boeing; "Boeing Inc." stays Boeing)."""
        inner: set[tuple[int, int]] = set()
        for c in candidates:
            if not c[4] or c[4].get("type") != "company" or doc[c[1] - 1].text not in LEGAL_FORMS:
                continue
            within = [k for k in kept if c[0] <= k[0] and k[1] <= c[1] and k[:2] != c[:2]]
            if not within or any(k[0] < c[0] < k[1] or k[0] < c[1] < k[1] for k in kept):
                continue
            own = set(range(c[0], c[1] - 1)) - {i for k in within for i in range(k[0], k[1])}
            if any(doc[i].is_alpha for i in own):
                inner.update(k[:2] for k in within)
        return [k for k in kept if k[:2] not in inner] if inner else kept

    def _inside_new_bodies(
        self, doc: Doc, candidates: list[tuple], kept: list[tuple]
    ) -> list[tuple]:
        """``kept`` without a listed body whose whole name ends a longer new body's name the
        NER marks, with capitalised words of its own before it that name no listed actor:
        "the Quellbrook Space Policy Institute" is another institute than the listed "Space
        Policy Institute" (the same head, a name of its own before it). A listed actor's or
        country's word before it keeps the listed body ("the NASA Goddard Institute", "the
        Chinese Academy of Sciences": the country is the body's own)."""
        inner: set[tuple[int, int]] = set()
        for c in candidates:
            if not c[4] or c[4].get("type") not in ("organization", "agency"):
                continue
            for k in kept:
                if not (c[0] < k[0] and k[1] == c[1]) or k[2] is None:
                    continue
                if head_word(doc[k[0] : k[1]]) not in ORG_HEADS:
                    continue
                own = doc[c[0] : k[0]]
                if all(
                    (t.is_title or t.is_upper) and t.is_alpha and t.text not in self.forms
                    for t in own
                ) and not any(j[1] > c[0] and j[0] < k[0] for j in kept):
                    inner.add(k[:2])
        return [k for k in kept if k[:2] not in inner] if inner else kept

    def _ner_candidates(self, doc: Doc) -> list[tuple]:
        spans = []
        for ent in doc.ents:
            if (
                ent.label_ == "LAW"
                or ent.label_ == "ORG"
                and ent[-1].text in shaped_names.INSTRUMENT_HEADS
            ):
                spans += self._ner_instrument(doc, ent)
                continue
            if ent.label_ != "ORG" and ent.label_ not in shaped_names.OTHER_NAME_LABELS:
                continue
            tokens = official_name_tokens(ent)
            parts = split_joined_bodies(tokens, ORG_HEADS) if ent.label_ == "ORG" else [tokens]
            for part in parts:
                found = self._ner_body(doc, ent.label_, part)
                if found is not None:
                    spans.append(found)
        return spans

    def _ner_body(self, doc: Doc, label: str, tokens: list[Token]) -> tuple | None:
        """A body the NER marks (``tokens``, the words of its name), when its head makes it
        one: an organisational head word, a company's, a centre named for its remit ("Centre
        for Remote Sensing"), or for a name the NER labels otherwise a body's head."""
        if len(tokens) < 2:
            return None  # a bare "Agency" or "Commission" names nothing by itself
        span = doc[tokens[0].i : tokens[-1].i + 1]
        name = " ".join(span.text.split())
        if label != "ORG":
            if head_word(span) not in shaped_names.BODY_HEADS:
                return None  # another kind of name: only a body's head makes it an actor
        elif (
            head_word(span) not in ORG_HEADS
            and not is_company_name(name)
            and not centre_with_remit(span)
        ):
            return None
        actor = (
            self.forms.get(name)
            or self.by_lower.get(name.lower())
            or self._owned_name(doc, span, name)
            or self._listed_company(name)
            or self._gloss_of(doc, span)
        )
        if not actor and (not self._may_name_new(doc, span) or shaped_names.generic_name(name)):
            return None
        return (span.start, span.end, actor, "ner", self._new_fields(actor, name))

    def _gloss_of(self, doc: Doc, span: Span) -> str | None:
        """The listed actor a name in parentheses glosses, right after that actor's name or
        acronym: "the Centre National d'Etudes Spatiales (CNES) (National Centre for Space
        Study)" is CNES, not a new body."""
        start, end = span.start, span.end
        if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
            return None
        before = start - 2
        if doc[before].text == ")" and before >= 1:
            before -= 1  # the acronym in the parentheses before: "(CNES)"
        actor = self.forms.get(doc[before].text)
        return actor if actor is not None and not self._is_country(actor) else None

    def _listed_company(self, name: str) -> str | None:
        """A listed company named with its legal form spelt otherwise: "Sierra Nevada Corp."
        is the listed Sierra Nevada Corporation, "Boeing Co." Boeing
        (``names.legal_form_variants``)."""
        for form in legal_form_variants(name):
            actor = self.forms.get(form)
            if actor is not None and self._entry_type(actor) == "company":
                return actor
        return None

    def _owned_name(self, doc: Doc, span: Span, name: str) -> str | None:
        """A body named after its country's possessive by a name the gazetteer lists with the
        country after "of": "Ukraine's State Space Agency" is the State Space Agency of
        Ukraine."""
        if span.start < 2 or doc[span.start - 1].text not in ("'s", "’s"):
            return None
        country = self.forms.get(doc[span.start - 2].text)
        if not self._is_country(country):
            return None
        return self.forms.get(f"{name} of {country}") or self.by_lower.get(
            f"{name} of {country}".lower()
        )

    def _ner_instrument(self, doc: Doc, ent: Span) -> list[tuple]:
        """A law or instrument the NER marks (as a LAW, or as an ORG by the body its name
        holds) whose name ends in an instrument's head word ("the Federal Advisory Committee
        Act"): an agreement, a listed one by its entry."""
        tokens = name_tokens(ent)
        if len(tokens) < 2 or tokens[-1].text not in shaped_names.INSTRUMENT_HEADS:
            return []
        if not all(t.is_title or t.is_upper or t.lower_ in shaped_names.NAME_JOINS for t in tokens):
            return []
        span = doc[tokens[0].i : tokens[-1].i + 1]
        name = " ".join(span.text.split())
        actor = self.forms.get(name) or self.by_lower.get(name.lower())
        if not actor and not self._may_name_new(doc, span):
            return []
        new = {} if actor else {"name": name, "type": "agreement", "country": ""}
        return [(span.start, span.end, actor, "ner", new)]

    def _unlisted_companies(self, doc: Doc) -> list[tuple]:
        """Companies the NER missed. A name holding another actor's alias is not one ("NASA
        Aerospace" is NASA's), unless a legal form ends it and the listed words are not the
        whole name before it ("Japan Display Inc.", "Orbit Boeing Ltd": a firm of its own;
        "Boeing Inc." is Boeing)."""
        spans: list[tuple] = []
        for start, end in companies.shaped_companies(doc) + companies.described_companies(doc):
            span = doc[start:end]
            actor = self._listed_company(" ".join(span.text.split()))
            if actor is not None:  # "Sierra Nevada Corp.": the listed company
                spans.append((start, end, actor, "ner", {}))
                continue
            listed = [t for t in span if t.text in self.forms]
            if listed and (
                span[-1].text not in LEGAL_FORMS
                or len(listed) >= len(span) - 1
                or span[-1] in listed
            ):
                continue
            if self._may_name_new(doc, span):
                new = self._new_fields(None, span.text) | {"type": "company"}
                spans.append((start, end, None, "ner", new))
        return spans

    def _named_centres(self, doc: Doc) -> list[tuple]:
        """Named space and research centres (``companies.shaped_centres``); not one named as
        an agency's own ("NASA's Kennedy Space Center": a place of the agency)."""
        named = [self._named_body(doc, *c) for c in companies.shaped_centres(doc)]
        return [c for c in named if c is not None and not self._owned_by_agency(doc, c[0])]

    def _named_body(self, doc: Doc, start: int, end: int) -> tuple | None:
        """An organisation named by ``doc[start:end]``: a listed one by its gazetteer entry, a
        new one unless the sentence is a credit, reference or affiliation line."""
        span = doc[start:end]
        name = " ".join(span.text.split())
        actor = self.forms.get(name)
        if actor is None and not self._may_name_new(doc, span):
            return None
        new = {} if actor else self._new_fields(None, name) | {"type": "organization"}
        return (start, end, actor, "gazetteer" if actor else "ner", new)

    def _named_modules(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Station modules named before the word "module": "the Harmony module", "the
        Tranquility (Node 3) module", "the Destiny and Unity modules" (stations, as the guide
        types Zarya and Kibo); not a kind of module ("the Service module", "the Crew module")
        nor a listed actor's ("the Axiom module")."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        spans: list[tuple] = []
        for token in doc:
            if token.text not in ("module", "modules"):
                continue
            i = token.i - 1
            if i > 0 and doc[i].text == ")":
                while i > 0 and doc[i].text != "(" and token.i - i < 6:
                    i -= 1
                i -= 1  # "Tranquility (Node 3) module"
            names = [i]
            if token.text == "modules" and i >= 2 and doc[i - 1].lower_ == "and":
                names.append(i - 2)  # "the Destiny and Unity modules"
            for j in names:
                if j < 0 or j in taken or not shaped_names.module_name(doc[j]):
                    continue
                name = shaped_names.ascii(doc[j].text)  # "Kibō" is Kibo
                actor = self.forms.get(doc[j].text) or self.forms.get(name)
                if actor is not None and self._entry_type(actor) != "station":
                    continue
                if actor is None and doc[j].text in self._name_openers:
                    continue  # "the Axiom module": a module of Axiom Space
                new = {} if actor else {"name": name, "type": "station", "country": ""}
                spans.append((j, j + 1, actor, "gazetteer" if actor else "ner", new))
        return spans

    def _named_programmes(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Listed programmes named by a word and "program(s)" the list does not hold as one
        form: "the Vostok and Voskhod programs" (plural, two names), the "Luna" programme (a
        name in quotes); ``shaped_names.programme_name_before``."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        spans: list[tuple] = []
        for token in doc:
            for start, end, name in shaped_names.programme_name_before(doc, token.i):
                actor = self.forms.get(name) or self.by_lower.get(name.lower())
                if actor is None or self._entry_type(actor) != "program" or start in taken:
                    continue
                spans.append((start, end, actor, "gazetteer", {}))
        return spans

    def _companies_in_lists(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Bare names in a list of companies (``companies.listed_with_companies``: "Axiom
        Space, Blue Origin, Orbit Forge and Vela"), companies of their own; not in a credit or
        reference line."""
        spans = [
            (c[0], c[1], self._entry_type(c[2]) or c[4].get("type", "organization")) for c in kept
        ]
        covered = {i for c in kept for i in range(c[0], c[1])}
        out = []
        for start, end in companies.listed_with_companies(doc, spans, covered):
            span = doc[start:end]
            if self._may_name_new(doc, span):
                name = " ".join(span.text.split())
                out.append(
                    (start, end, None, "ner", {"name": name, "type": "company", "country": ""})
                )
        return out

    def _named_missions(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Missions named before the word "mission" (``shaped_names.named_mission``: "the AIM
        satellite mission", "ESA's Hera mission"); not one whose name holds a listed actor ("the
        NASA mission", "the Japanese mission": that actor's mission, found as that actor) nor a
        name in a credit or reference line."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        spans: list[tuple] = []
        for token in doc:
            found = shaped_names.named_mission(doc, token.i)
            if found is None:
                continue
            start, end = found
            span = doc[start:end]
            if any(i in taken for i in range(start, end)):
                continue
            if any(t.text in self.forms or t.lower_ in self.by_lower for t in span):
                continue
            if not self._may_name_new(doc, span):
                continue
            name = " ".join(span.text.split())
            spans.append(
                (start, end, None, "ner", {"name": name, "type": "mission", "country": ""})
            )
        return spans

    def _named_projects(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Programmes named "Project <Name>" (``shaped_names.project_name``: "Project
        Bluefin"), listed ones by their entry; not a name holding another listed actor's
        words, nor one in a credit or reference line."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        spans: list[tuple] = []
        for token in doc:
            found = shaped_names.project_name(doc, token.i)
            if found is None or any(i in taken for i in range(*found)):
                continue
            span = doc[found[0] : found[1]]
            name = " ".join(span.text.split())
            actor = self.forms.get(name) or self.by_lower.get(name.lower())
            if actor is not None:
                spans.append((*found, actor, "gazetteer", {}))
            elif not any(t.text in self.forms for t in span) and self._may_name_new(doc, span):
                spans.append(
                    (*found, None, "ner", {"name": name, "type": "program", "country": ""})
                )
        return spans

    def _elided_series(self, doc: Doc, kept: list[tuple]) -> list[tuple]:
        """Later flights of a numbered series named by their number alone ("Artemis I, II,
        III", "Chang'e 5 and 6"; ``shaped_names.elided_series``), when the gazetteer lists
        that flight: its actor, method ``short_form``."""
        taken = {i for c in kept for i in range(c[0], c[1])}
        spans: list[tuple] = []
        for c in kept:
            if c[2] is None or not self._is_program(c[2]):
                continue
            for i, name in shaped_names.elided_series(doc, c[0], c[1]):
                actor = self.forms.get(name) or self.forms.get(name.replace(" ", "-"))
                if actor is None or actor == c[2] or i in taken:
                    continue
                spans.append((i, i + 1, actor, "short_form", {}))
        return spans

    def _owned_by_agency(self, doc: Doc, start: int) -> bool:
        """Whether the name at ``start`` follows an agency's possessive ("NASA's", "the
        agency's")."""
        if start < 2 or doc[start - 1].text not in ("'s", "’s"):
            return False
        owner = doc[start - 2]
        return owner.lower_ == "agency" or self._entry_type(self.forms.get(owner.text)) == "agency"

    def _new_fields(self, actor: str | None, name: str) -> dict:
        if actor:
            return {}
        name = " ".join(name.split())  # a name wrapped across two lines
        return {"name": name, "type": guess_type(name), "country": self._country_of_name(name)}

    def _may_name_new(self, doc: Doc, span: Span) -> bool:
        """Not a country's industry, nor a name in a credit, reference or affiliation line."""
        if span[-1].text in COMPANY_HEADS and all(
            t.text in self.forms and self._is_country(self.forms[t.text]) for t in span[:-1]
        ):
            return False  # "Russian Aviation": a country's industry, not a firm
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        return not companies.credit_or_reference(sent.text)

    def _country_of_name(self, name: str) -> str:
        """The country a new organisation's name starts with ("Tunisian Space Agency") or ends
        with after "of" ("University of Ghana", "Space Research Institute of Ukraine")."""
        words = span_lists.strip_det(name).split()
        forms = [" ".join(words[:n]).removesuffix("'s") for n in (3, 2, 1)]
        forms += [" ".join(words[-n:]) for n in (3, 2, 1) if words[-n - 1 : -n] == ["of"]]
        for actor in (self.forms.get(form) for form in forms):
            if actor and self._is_country(actor):
                return actor
        return ""
