"""Persons named with the family name in capitals after the given name, as the European
Parliament's minutes and French official style write them ("Anna LINDQVIST (Renew, SE)"), and
names with two family names that the NER cuts after the second word (eighteenth round, from the
wave-5 blind documents' misses; every row is the team's own text).
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.capital_surnames import (
    capital_surname_names,
    capitals_family_last,
    third_name_word,
)


def names(doc) -> list[tuple[str, str]]:
    """(mention, canonical name) of each person, in order."""
    return [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Marta", "KOWALCZYK"], ("Kowalczyk", "Marta Kowalczyk")),
        (["Jussi", "VÄÄNÄNEN"], ("Väänänen", "Jussi Väänänen")),
        # negative: an acronym without a vowel, a Roman numeral, the usual order, the family
        # name first (``capitals_family_first``), two words in capitals, a body's word
        (["Draft", "CSTB"], None),
        (["Article", "XVI"], None),
        (["Marta", "Kowalczyk"], None),
        (["KOWALCZYK", "Marta"], None),
        (["MARTA", "KOWALCZYK"], None),
        (["Marta"], None),
    ],
)  # fmt: skip
def test_capitals_family_last(words, expected):
    assert capitals_family_last(words) == expected


BLOCKED = frozenset({"The", "Council", "Dr", "UNOOSA"})


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marta KOWALCZYK ( EPP , PL ) asked a question", [(0, 2, "Marta Kowalczyk")]),
        ("Dr Luca FERRANTE , speaking for the rapporteur", [(1, 3, "Luca Ferrante")]),
        ("the chair gave the floor to Henrik AALTO .", [(6, 8, "Henrik Aalto")]),
        # negative: a run of capitalised words before it (a body's name), a capitalised word
        # after it, an abbreviation the document defines, a blocked word, a Roman numeral
        ("the European Space AGENCY said so", []),
        ("Marta KOWALCZYK Report was adopted", []),
        ("Contact UNOOSA for details", []),
        ("The ESA Council met", []),
        ("Chapter XIV applies", []),
    ],
)  # fmt: skip
def test_capital_surname_names(sentence, expected):
    words = sentence.split()
    assert capital_surname_names(words, [True] * len(words), BLOCKED, {"Dr"}) == expected


def test_a_covered_word_is_no_name():
    words = ["Marta", "KOWALCZYK", "(", "EPP", ",", "PL", ")"]
    free = [True, False, True, True, True, True, True]
    assert capital_surname_names(words, free, BLOCKED) == []


@pytest.mark.parametrize(
    ("word", "after", "proper", "expected"),
    [
        ("Vasconcelos", "on", True, True),
        ("Figueroa", ",", True, True),
        # negative: a capitalised word after it (a body), not a proper noun, a blocked word,
        # a word in capitals, a digit after it
        ("Space", "Centre", True, False),
        ("Vasconcelos", "Foundation", True, False),
        ("Vasconcelos", "on", False, False),
        ("Council", "on", True, False),
        ("VASCONCELOS", "on", True, False),
        ("Ortega", "2019", True, False),
    ],
)  # fmt: skip
def test_third_name_word(word, after, proper, expected):
    assert third_name_word(word, after, proper=proper, blocked={"Council"}) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta KOWALCZYK (EPP, PL) asked whether the rules would hurt small operators. "
         "Ms Kowalczyk also asked about launch services.",
         [("Marta KOWALCZYK", "Marta Kowalczyk"), ("Kowalczyk", "Marta Kowalczyk")]),
        ("Dr Luca FERRANTE (Head of Unit, European Commission) presented the programme. "
         "Dr Ferrante said that the call would open in May.",
         [("Luca FERRANTE", "Luca Ferrante"), ("Ferrante", "Luca Ferrante")]),
        ("The minister met the Foreign Minister of Chile, Ana Lucía Ortega, on Monday. "
         "Minister Ortega said the two countries would share satellite images.",
         [("Ana Lucía Ortega", "Ana Lucía Ortega"), ("Ortega", "Ana Lucía Ortega")]),
        ("The Minister of Science of Peru Carla Mendoza Quispe opened the workshop in Lima. "
         "Minister Quispe thanked the hosts.",
         [("Carla Mendoza Quispe", "Carla Mendoza Quispe"), ("Quispe", "Carla Mendoza Quispe")]),
        # negative: an acronym in capitals after a capitalised word, a body's name in capitals
        ("The delegation of Chile met officials of UNOOSA and the CSTB in Vienna.", []),
        ("Annex XIV of the Regulation lists the operators.", []),
    ],
)  # fmt: skip
def test_forms_in_a_document(make_doc, text, expected):
    assert names(make_doc(text)) == expected
