"""The ``Doc`` and ``Span`` extensions spaceclaims components write to, all registered here.

Every name starts with ``sc_`` so that it cannot collide with another spaCy package's extensions
(scispacy, for one, registers ``doc._.abbreviations``):

- ``doc._.sc_blocks``: ``[(start_char, end_char)]`` of each ingested block, set before the pipeline
  runs; sentences never cross a block boundary.
- ``doc._.sc_speakers``: ``[(start_char, label)]`` of each block whose transcript speaker label
  ingestion cut off (``Block.speaker``), set before the pipeline runs: who speaks the turn.
- ``doc._.sc_title``: the document's title (metadata), set before the pipeline runs when known;
  the claim-structure component reads the document's principals from it.
- ``doc._.sc_metadata``: the ingested document's ``Metadata`` (title, year...), set before the
  pipeline runs when there is one; ``doc._.sc_document_date``: the ISO date (or month, or year)
  the document speaks from, set by the dates component (empty when unknown);
  ``doc._.sc_date_anchor``: the date its relative dates ("today", "last year") count from: the
  document's date, else a year inferred from the dates it tells as past (empty when none);
  ``doc._.sc_date_basis``: how that was found (the document date's source, "narrated past
  date" for the inferred anchor, empty when none); ``doc._.sc_reference_date``: the ISO day
  the dates component counted as today (its ``reference_date`` setting, else the day it ran).
- ``doc._.sc_abbreviations``: ``{short_form: long_form}`` found in the document (Schwartz & Hearst).
- ``doc.spans["actors"]``: actor mentions; ``span.kb_id_`` is the canonical actor,
  ``span.label_`` its type, ``span._.sc_actor_country`` and ``span._.sc_actor_method`` the rest; on a person,
  ``span._.sc_actor_organization`` the organisation they speak for.
- ``doc.spans["dates"]``: date mentions; ``span.kb_id_`` is the ISO value, ``span.label_`` the
  granularity, ``span._.sc_date_start`` / ``span._.sc_date_end`` the interval it covers.
- on each sentence span: ``sent._.sc_claim_label``, ``sent._.sc_p_cooperation``,
  ``sent._.sc_p_competition``.
- ``doc._.sc_model_version``: the classifier that labelled the document.
- ``sent._.sc_claim_parties`` / ``sent._.sc_claim_modality``: the parties (canonical actors) and
  modality of a claim sentence, set by the claim-structure component.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOC = {
    "sc_blocks": None,
    "sc_speakers": None,
    "sc_title": "",
    "sc_abbreviations": None,
    "sc_model_version": "",
    "sc_metadata": None,
    "sc_document_date": "",
    "sc_date_anchor": "",
    "sc_date_basis": "",
    "sc_reference_date": "",
}
_SPAN = {
    "sc_actor_country": "",
    "sc_actor_method": "",
    "sc_actor_organization": "",
    "sc_date_start": "",
    "sc_date_end": "",
    "sc_claim_label": None,
    "sc_p_cooperation": None,
    "sc_p_competition": None,
    "sc_claim_parties": None,
    "sc_claim_modality": "",
}


def register_extensions() -> None:
    """Register every extension once; safe to call repeatedly."""
    for name, default in _DOC.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in _SPAN.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register_extensions()
