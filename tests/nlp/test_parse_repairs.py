"""A list after a sentence-opening phrase and its comma is the main verb's subject
(`nlp/extract/parse_repairs.py`), whatever the parser hung it on. Found on the pooled blind dev
documents of the fifteenth round: a partnership guide's list of eleven joining states lost every
side inside its document (the parser, reading the document's token vectors, attached the list
to the opening phrase's object) and kept them alone. The parses below are written by hand in the
shapes the parser gives, so that each row tests the repair, not the parser's mood; each sentence
is the team's own, with negative rows.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.nlp.extract.parse_repairs import fronted_list_subject

# (word, tag, pos, head index, dependency) per token
MISPARSED = [  # "Since the start of the plan, Chile, Peru and Ghana have joined it."
    ("Since", "IN", "ADP", 13, "prep"), ("the", "DT", "DET", 2, "det"),
    ("start", "NN", "NOUN", 0, "pobj"), ("of", "IN", "ADP", 2, "prep"),
    ("the", "DT", "DET", 5, "det"), ("plan", "NN", "NOUN", 3, "pobj"),
    (",", ",", "PUNCT", 5, "punct"), ("Chile", "NNP", "PROPN", 5, "conj"),
    (",", ",", "PUNCT", 7, "punct"), ("Peru", "NNP", "PROPN", 7, "conj"),
    ("and", "CC", "CCONJ", 9, "cc"), ("Ghana", "NNP", "PROPN", 9, "conj"),
    ("have", "VBP", "AUX", 13, "aux"), ("joined", "VBN", "VERB", 13, "ROOT"),
    ("it", "PRP", "PRON", 13, "dobj"), (".", ".", "PUNCT", 13, "punct"),
]  # fmt: skip


def _doc(rows):
    words, tags, pos, heads, deps = zip(*rows, strict=True)
    return Doc(Vocab(), words=list(words), tags=list(tags), pos=list(pos), heads=list(heads),
               deps=list(deps))  # fmt: skip


def _replace(rows, i, **changes):
    keys = ("word", "tag", "pos", "head", "dep")
    row = dict(zip(keys, rows[i], strict=True)) | changes
    return [*rows[:i], tuple(row[k] for k in keys), *rows[i + 1 :]]


def test_list_hung_on_the_opening_phrase_becomes_the_subject():
    doc = _doc(MISPARSED)
    assert fronted_list_subject(doc)
    chile = doc[7]
    assert (chile.dep_, chile.head.text) == ("nsubj", "joined")
    # the rest of the list still hangs on its first name: each is a subject
    assert [t.text for t in chile.conjuncts] == ["Peru", "Ghana"]


def test_subject_read_inside_the_opening_phrase_goes_back_into_it():
    """ "Since the start ...": the parser read "start" as the verb's subject and the list as
    conjuncts of "plan"; "start" is the object of "Since" again."""
    rows = _replace(MISPARSED, 0, dep="mark")
    rows = _replace(rows, 2, head=13, dep="nsubj")
    doc = _doc(rows)
    assert fronted_list_subject(doc)
    assert (doc[2].dep_, doc[2].head.text) == ("pobj", "Since")
    assert (doc[7].dep_, doc[7].head.text) == ("nsubj", "joined")


@pytest.mark.parametrize(
    ("index", "changes"),
    [
        # the verb has a subject of its own after the comma ("..., NASA joined it")
        (14, {"dep": "nsubj"}),
        # the word after the comma is no name ("..., rovers and ...")
        (7, {"tag": "NNS", "pos": "NOUN"}),
        # the name after the comma is not a conjunct of the phrase (an apposition the parser
        # already read right)
        (7, {"dep": "appos"}),
        # the list hangs on a name, not on the phrase's common noun ("Since the talks in
        # Paris, France and ...": the country may qualify the city)
        (5, {"word": "Paris", "tag": "NNP", "pos": "PROPN"}),
        # the list hangs on the verb's subject before the comma ("In 2021 Russia, China and
        # Belarus signed"): the parser read it right
        (5, {"head": 13, "dep": "nsubj"}),
        # the sentence does not open with a preposition ("The start of the plan, ...")
        (0, {"word": "The", "tag": "DT", "pos": "DET", "dep": "det"}),
    ],
)
def test_other_shapes_are_left_alone(index, changes):
    rows = _replace(MISPARSED, index, **changes)
    doc = _doc(rows)
    before = [(t.head.i, t.dep_) for t in doc]
    assert not fronted_list_subject(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_names_in_the_opening_phrase_before_the_main_clause_are_left_alone():
    """Negative: "After talks with Brazil, Argentina and Chile, NASA signed it": the list is
    the object of "with", and the verb has its subject after the last comma."""
    rows = [
        ("After", "IN", "ADP", 9, "prep"), ("talks", "NNS", "NOUN", 0, "pobj"),
        ("with", "IN", "ADP", 1, "prep"), ("Brazil", "NNP", "PROPN", 2, "pobj"),
        (",", ",", "PUNCT", 3, "punct"), ("Argentina", "NNP", "PROPN", 3, "conj"),
        ("and", "CC", "CCONJ", 5, "cc"), ("Chile", "NNP", "PROPN", 5, "conj"),
        (",", ",", "PUNCT", 10, "punct"), ("NASA", "NNP", "PROPN", 10, "nsubj"),
        ("signed", "VBD", "VERB", 10, "ROOT"), ("it", "PRP", "PRON", 10, "dobj"),
        (".", ".", "PUNCT", 10, "punct"),
    ]  # fmt: skip
    doc = _doc(rows)
    before = [(t.head.i, t.dep_) for t in doc]
    assert not fronted_list_subject(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before
