"""Verbless fragments: a name, a list item of names, a credit or a caption line that the
sentence splitter returns as a sentence of its own ("Canada", "NASA/JAXA/ESA", "Department of
Foreign Affairs", "<name>, ambassador to <country>").

A claim states a relation between actors (annotation guide: a claim needs a relation, and a
heading, title or credit line is neutral). The claim classifier reads the words of a fragment
like any sentence, and a bare country or agency name in a list of partners gets whatever label
its n-grams lean to. A fragment is known by its grammar: a few words, no verb or auxiliary in
the tagger's reading, and no relation word (a title-case headline such as "Japan Joins the
Accords" loses its verb to the tagger, but keeps its relation word, and stays a sentence).
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.classify.cue_words import cue_counts

_VERBAL = frozenset({"VERB", "AUX"})


def is_verbless_fragment(sent: Span, *, max_words: int = 6) -> bool:
    """Whether ``sent`` has at most ``max_words`` words, no verb or auxiliary and no relation
    cue word (cooperation or competition): a name or label, not a claim."""
    words = [t for t in sent if t.is_alpha]
    if not words or len(words) > max_words:
        return False
    if any(t.pos_ in _VERBAL or t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
        return False
    cues = cue_counts(sent.text)
    return cues["cooperation"] == 0 and cues["competition"] == 0
