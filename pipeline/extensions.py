"""The ``Doc`` and ``Span`` extensions spaceclaims components write to.

Namespaced by the component that sets them:

- ``doc._.blocks``: ``[(start_char, end_char)]`` of each ingested block, set before the pipeline
  runs; sentences never cross a block boundary.
- ``doc._.abbreviations``: ``{short_form: long_form}`` found in the document (Schwartz & Hearst).
- ``doc.spans["actors"]``: actor mentions; ``span.kb_id_`` is the canonical actor,
  ``span.label_`` its type, ``span._.actor_country`` and ``span._.actor_method`` the rest.
- ``doc.spans["dates"]``: date mentions; ``span.kb_id_`` is the ISO value, ``span.label_`` the
  granularity, ``span._.date_start`` / ``span._.date_end`` the interval it covers.
- on each sentence span: ``sent._.claim_label``, ``sent._.p_cooperation``,
  ``sent._.p_competition``.
- ``doc._.model_version``: the classifier that labelled the document.
- ``sent._.claim_parties`` / ``sent._.claim_modality``: registered by the claim-structure
  component (``pipeline/components/claim_structure.py``) on claim sentences.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_DOC = {"blocks": None, "abbreviations": None, "model_version": ""}
_SPAN = {
    "actor_country": "",
    "actor_method": "",
    "date_start": "",
    "date_end": "",
    "claim_label": None,
    "p_cooperation": None,
    "p_competition": None,
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
