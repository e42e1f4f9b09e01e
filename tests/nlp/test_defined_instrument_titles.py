"""Instruments cited by full title and a defined name, arrangements and "Declaration of
Principles" titles that refer to themselves, and "Signatory" as the party term
(``pipeline.nlp.components.instrument_titles``, ``pipeline.nlp.components.self_reference``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.components.instrument_titles import defined_titles
from pipeline.nlp.components.self_reference import instrument_of
from pipeline.nlp.extract.gazetteer import load_gazetteer

FRAMEWORK = (
    "Framework Agreement between the Government of Chile and the Government of the Kingdom "
    "of Spain on Cooperation in Space Science"
)


@pytest.mark.parametrize(
    ("text", "title", "term"),
    [
        # a title, a signing clause and a quoted "hereinafter" name
        (f"HAVING REGARD to the {FRAMEWORK}, signed at Madrid on 3 May 2019 (hereinafter "
         "the \"Framework Agreement\"), the Parties agree:", FRAMEWORK, "Framework Agreement"),
        # no signing clause; "referred to as"; curly quotes
        ("Under the Memorandum of Understanding between the Indian Space Research Organisation "
         "and the Japan Aerospace Exploration Agency (hereinafter referred to as the “MOU”), "
         "the agencies study a rover.",
         "Memorandum of Understanding between the Indian Space Research Organisation and the "
         "Japan Aerospace Exploration Agency", "MOU"),
        ("the Agreement between the Government of Kenya and the Government of Italy "
         "concerning the Luigi Broglio Space Centre (hereinafter the \"Malindi Agreement\")",
         "Agreement between the Government of Kenya and the Government of Italy concerning the "
         "Luigi Broglio Space Centre", "Malindi Agreement"),
        # unquoted, as translated treaties write it: the title's own instrument word
        ("guided by the Agreement between the Government of Peru and the Government of Ghana "
         "on Cooperation in Remote Sensing, signed at Accra on 2 May 2016 (hereinafter "
         "referred to as the Agreement),",
         "Agreement between the Government of Peru and the Government of Ghana on Cooperation "
         "in Remote Sensing", "Agreement"),
    ],
)  # fmt: skip
def test_a_title_with_a_defined_name(text, title, term):
    found = defined_titles(text)
    assert [(f.title, f.term) for f in found] == [(title, term)]
    assert text[found[0].start : found[0].end] == title


@pytest.mark.parametrize(
    "text",
    [
        # no "hereinafter": a gloss in brackets may not define a name
        f"the {FRAMEWORK} (the \"Framework Agreement\") applies.",
        # an unquoted name is too easily a common noun, unless it is the title's instrument word
        f"the {FRAMEWORK} (hereinafter the Cooperation) applies.",
        f"the {FRAMEWORK} (hereinafter the Protocol) applies.",
        # no "between the ...": a description, not a title
        "an agreement on lunar science (hereinafter the \"Science Agreement\") was signed.",
        # the parties themselves defined, not an instrument
        "The Government of Chile and the Government of Spain (hereinafter \"the Parties\"),",
    ],
)  # fmt: skip
def test_no_defined_title(text):
    assert defined_titles(text) == []


def test_later_uses_of_the_defined_name_are_the_instrument(make_doc):
    doc = make_doc(
        [
            f"CONSIDERING the {FRAMEWORK}, signed at Madrid on 3 May 2019 (hereinafter the "
            '"Framework Agreement");',
            "This Implementing Arrangement is concluded under the Framework Agreement.",
        ],
        title="Implementing Arrangement between the Chilean Space Agency and the Spanish Space "
        "Agency concerning a Solar Telescope",
    )
    arrangement = (
        "Implementing Arrangement between the Chilean Space Agency and the Spanish Space Agency "
        "concerning a Solar Telescope"
    )
    agreements = [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "agreement"]
    assert agreements == [
        (FRAMEWORK, FRAMEWORK),
        ("Framework Agreement", FRAMEWORK),
        ("This Implementing Arrangement", arrangement),
        ("Framework Agreement", FRAMEWORK),
    ]
    # the states named inside the title stay mentioned
    countries = {s.kb_id_ for s in doc.spans["actors"] if s.label_ == "country"}
    assert {"Chile", "Spain"} <= countries


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("Implementing Arrangement between NASA and ESA concerning a Lunar Camera", "arrangement"),
        ("Framework Agreement between Brazil and Argentina on Space Cooperation", "agreement"),
        ("Arrangement between the Agencies on Data Exchange", "arrangement"),
        # an arrangement discussed, not the document itself
        ("Why the implementing arrangement failed", None),
        # a policy framework names itself ("this Framework"), as a strategy or a guide does
        ("Framework for Space Cooperation in Africa", "framework"),
    ],
)  # fmt: skip
def test_arrangements_are_instruments(title, word):
    found = instrument_of(title, load_gazetteer())
    assert (found[3] if found else None) == word


def test_principles_of_a_declaration_and_each_signatory(make_doc):
    doc = make_doc(
        [
            "The purpose of these Principles is to set common practices. Each Signatory intends "
            "to notify the others before a manoeuvre.",
            "The signatory States shall deposit their instruments. The signatories will meet.",
        ],
        title="Declaration of Principles for Safe Operations near the Moon",
    )
    refs = [
        (s.text, s.kb_id_) for s in doc.spans["actors"] if s._.sc_actor_method == "self_reference"
    ]
    assert refs == [
        ("these Principles", "Declaration of Principles for Safe Operations near the Moon"),
        ("Signatory", "Signatories"),
        ("signatories", "Signatories"),  # the plural is the party term in lower case too
    ]  # "signatory States" is an adjective: no party term


def test_a_declaration_without_principles_in_its_title(make_doc):
    doc = make_doc(
        "These Principles of good practice are widely cited. This Declaration is open to all.",
        title="Declaration on Lunar Safety",
    )
    refs = [s.text for s in doc.spans["actors"] if s._.sc_actor_method == "self_reference"]
    assert refs == ["This Declaration"]
