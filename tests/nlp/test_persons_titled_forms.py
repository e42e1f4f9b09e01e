"""Persons named in two forms of official records and statements (seventeenth round, from the
blind wave-4 documents' misses; the rows are the team's own text):

* a name written family name first with the family name in capitals after a title ("Mr.
  SATO Hiroshi"), as Japanese committee minutes and official English texts write it, then
  cited by the family name ("President Sato") (``capitals_family_first``);
* a name in apposition after a capitalised title and a comma ("Norway's Minister of Trade,
  Ola Berg, met ..."), which ties the name to its role (``appositive_to_title``).
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.persons import appositive_to_title, capitals_family_first


def names(doc) -> list[tuple[str, str]]:
    """(mention, canonical name) of each person, in order."""
    return [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"]


@pytest.mark.parametrize(
    ("words", "titled", "expected"),
    [
        (["SATO", "Hiroshi"], True, ("Sato", "Sato Hiroshi")),
        (["MORI", "Yui"], True, ("Mori", "Mori Yui")),
        # negative: no title before it, an acronym before a word, both in capitals, one word,
        # a name in the usual order
        (["SATO", "Hiroshi"], False, None),
        (["NASA", "Goddard"], False, None),
        (["SATO", "HIROSHI"], True, None),
        (["SATO"], True, None),
        (["Hiroshi", "Sato"], True, None),
    ],
)  # fmt: skip
def test_capitals_family_first(words, titled, expected):
    assert capitals_family_first(words, titled) == expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        (["Norway", "'s", "Minister", "of", "Trade", ","], True),
        (["The", "Chilean", "Minister", "with", "responsibility", "for", "space", ","], True),
        (["and", "the", "Agency", "'s", "Director", ","], True),
        # negative: no comma before the name, no role in the phrase, a role after another comma
        (["Minister", "of", "Trade"], False),
        (["In", "the", "end", ","], False),
        (["the", "Minister", ",", "in", "the", "end", ","], False),
    ],
)  # fmt: skip
def test_appositive_to_title(before, expected):
    assert appositive_to_title(before) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee requested the attendance of Mr. SATO Hiroshi, Director of the agency. "
         "President Sato then answered the questions.",
         [("SATO Hiroshi", "Sato Hiroshi"), ("Sato", "Sato Hiroshi")]),
        ("Chile's Minister of Science, Rosa Ibarra, and Peru's Minister of Defence, Carmen "
         "Rojas, met in Lima. Minister Ibarra said the talks went well.",
         [("Rosa Ibarra", "Rosa Ibarra"), ("Carmen Rojas", "Carmen Rojas"),
          ("Ibarra", "Rosa Ibarra")]),
    ],
)  # fmt: skip
def test_titled_forms_in_a_document(make_doc, text, expected):
    assert names(make_doc(text)) == expected
