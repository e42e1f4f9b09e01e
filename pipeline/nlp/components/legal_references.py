"""Actor spans for words a register's own convention fixes, added by the self-reference
component where no other actor stands.

- the European Union's register: "the Union", "the Commission", "Parliament" as the EU and its
  institutions in a document that calls the EU "the Union"
  (:mod:`pipeline.nlp.extract.union_institutions`; method ``short_form``);
- a statute's "this Act" after its short-title clause ("This Act may be cited as the Space
  Activities Act, 2026"; :mod:`pipeline.nlp.extract.statute_terms`): the act the clause cites,
  by its gazetteer entry when it is listed (method ``self_reference``, type ``agreement``
  unless the list says otherwise);
- an instrument's term for the persons and bodies of one side ('"U.S. Participants" means the
  holders of licences issued by the Government of the United States ...'): an actor of its own
  named by the term at every use (method ``self_reference``, type ``organization``), the
  country word inside it no actor apart (the guide's defined party terms);
- the Union's acts cited by number ("Decision No 541/2014/EU") and an act's "this Regulation"
  (:mod:`pipeline.nlp.extract.union_acts`; method ``self_reference``, type ``agreement``);
- a body named once in full with a quoted "hereinafter" short name of several of its words or
  its initials ('(hereinafter "the Working Group")', '"the JWG"'): its full name, to the
  parenthesis, and every later use of the short name (:mod:`pipeline.nlp.extract.defined_names`;
  method ``short_form``, the body's type).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.nlp.extract.defined_names import defined_names
from pipeline.nlp.extract.statute_terms import side_terms, term_uses
from pipeline.nlp.extract.statute_terms import statute_references as statute_mentions
from pipeline.nlp.extract.union_acts import union_acts
from pipeline.nlp.extract.union_institutions import union_institutions


def union_references(doc: Doc) -> None:
    """The EU and its institutions where the document calls them by their head word."""
    meta = doc._.sc_metadata if Doc.has_extension("sc_metadata") else None
    title = getattr(meta, "title", "") or ""
    found = union_institutions(doc.text, (a.kb_id_ for a in doc.spans.get("actors", [])), title)
    add_free(doc, [(s, e, name, "organization", "") for s, e, name in found], "short_form")
    # the Union's acts cited by number, and "this Regulation" in the act itself (``union_acts``);
    # the NER's piece of a citation ("Regulation", "EU" of "(EU)") yields to the whole
    acts = union_acts(doc.text, title, getattr(meta, "headings", None) or [])
    if acts:
        doc.spans["actors"] = [
            a
            for a in doc.spans.get("actors", [])
            if not any(s <= a.start_char and a.end_char <= e for s, e, _ in acts)
        ]
        add_free(doc, [(s, e, name, "agreement", "") for s, e, name in acts], "self_reference")


def statute_references(doc: Doc, gazetteer) -> None:
    """A statute's "this Act" / "the present Act" after its short-title clause."""
    mentions = statute_mentions(doc.text)
    if not mentions:
        return
    listed = _forms(gazetteer)
    found = []
    for start, end, name in mentions:
        entry = listed.get(name.lower())
        if entry is not None:
            found.append((start, end, entry.actor, entry.type, entry.country))
        else:
            found.append((start, end, name, "agreement", ""))
    add_free(doc, found, "self_reference")


def side_term_references(doc: Doc) -> None:
    """Each use of a term an instrument defines for one side's persons and bodies."""
    if "means" not in doc.text:
        return
    actors = list(doc.spans.get("actors", []))
    countries = [(a.start_char, a.end_char) for a in actors if a.label_ == "country"]
    terms = {doc.text[s:e] for s, e in side_terms(doc.text, countries)}
    uses = [
        (s, e, term, "organization", "") for term in terms for s, e in term_uses(doc.text, term)
    ]
    if not uses:
        return
    # the country word inside the term names no side apart ("U.S." of "U.S. Participants")
    doc.spans["actors"] = [
        a for a in actors if not any(s <= a.start_char and a.end_char <= e for s, e, *_ in uses)
    ]
    add_free(doc, uses, "self_reference")


def add_free(doc: Doc, found: list[tuple[int, int, str, str, str]], method: str) -> None:
    """Actor spans ``(start, end, name, type, country)`` of ``found`` (character offsets),
    where no other actor stands, with ``method``."""
    actors = list(doc.spans.get("actors", []))
    taken = {i for a in actors for i in range(a.start_char, a.end_char)}
    new = []
    for start, end, name, kind, country in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start_char, span.end_char)):
            continue
        out = Span(doc, span.start, span.end, label=kind, kb_id=name)
        out._.sc_actor_country = country
        out._.sc_actor_method = method
        new.append(out)
        taken.update(range(span.start_char, span.end_char))
    if new:
        doc.spans["actors"] = sorted(actors + new, key=lambda s: (s.start, s.end))


def _forms(gazetteer) -> dict:
    """``{form in lower case: actor entry}`` of the gazetteer (none without one)."""
    if gazetteer is None:
        return {}
    forms: dict = {}
    for actor in gazetteer.actors.values():
        for form in (actor.actor, *actor.aliases, actor.full_name):
            if form:
                forms.setdefault(form.lower(), actor)
    return forms


def defined_name_references(doc: Doc) -> None:
    """A body's full name before a quoted "hereinafter" short name, and each later use of it:
    the mentions inside the full name (the NER's cut of it, a dashed pair of states before it)
    yield to the whole."""
    if "hereinafter" not in doc.text:
        return
    actors = list(doc.spans.get("actors", []))
    bodies = [a for a in actors if a.label_ in ("organization", "agency", "mission", "program")]
    found = defined_names(doc.text, [(a.start_char, a.end_char, a.text) for a in bodies])
    if not found:
        return
    kinds = {a.start_char: a.label_ for a in bodies}
    spans = []
    for start, end, name, uses in found:
        kind = next((k for s, k in kinds.items() if start <= s < end), "organization")
        spans += [(s, e, name, kind, "") for s, e in [(start, end), *uses]]
    doc.spans["actors"] = [
        a for a in actors if not any(s <= a.start_char and a.end_char <= e for s, e, *_ in spans)
    ]
    add_free(doc, spans, "short_form")
