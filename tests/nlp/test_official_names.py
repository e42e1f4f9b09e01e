"""Long official names and their country prefixes (``pipeline.nlp.extract.official_names``)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.extract.official_names import (
    extended,
    inside_longer_name,
    official_name,
    without_country_prefix,
)

NLP = spacy.blank("en")


def _tokens(text: str, name: str):
    """The words of ``name`` inside ``text`` (as the NER would mark them)."""
    doc = NLP(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return list(span)


def _text(tokens) -> str:
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text if tokens else ""


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        # the subject areas after "and" belong to the name
        (
            "The Ministry of Culture and Tourism of Ruritania met.",
            "Ministry of Culture",
            "Ministry of Culture and Tourism",
        ),
        (
            "She heads the Office for Science, Technology, and Innovation today.",
            "Office for Science, Technology",
            "Office for Science, Technology, and Innovation",
        ),
        (
            "It answers to the Ministry of Education, Research and Sport of the republic.",
            "Ministry of Education",
            "Ministry of Education, Research and Sport",
        ),
        (
            "Under the Ministry of Industry and of Scientific and Technological Research, it grew.",
            "Ministry of Industry",
            "Ministry of Industry and of Scientific and Technological Research",
        ),
        # negatives: another actor, a longer name, a common word, a head that lists no areas
        (
            "The Department of Energy and NASA signed.",
            "Department of Energy",
            "Department of Energy",
        ),
        (
            "The Ministry of Defence and Space Command staff met.",
            "Ministry of Defence",
            "Ministry of Defence",
        ),
        (
            "The Ministry of Transport and research groups met.",
            "Ministry of Transport",
            "Ministry of Transport",
        ),
        ("Boeing Space and Defense won.", "Boeing Space", "Boeing Space"),
        ("The Ministry of Finance, Ruritania said.", "Ministry of Finance", "Ministry of Finance"),
        ("The Space Agency and Research firms met.", "Space Agency", "Space Agency"),
    ],
)
def test_extended(text, marked, expected):
    assert _text(extended(_tokens(text, marked))) == expected


@pytest.mark.parametrize(
    ("text", "marked", "expected"),
    [
        (
            "The U.S. Argonne National Laboratory will host it.",
            "U.S. Argonne National Laboratory",
            "Argonne National Laboratory",
        ),
        (
            "The UK Royal Aeronautical Society spoke.",
            "UK Royal Aeronautical Society",
            "Royal Aeronautical Society",
        ),
        # negatives: the name is only the head and its complement, or the head is no such body
        (
            "The U.S. Institute of Peace spoke.",
            "U.S. Institute of Peace",
            "U.S. Institute of Peace",
        ),
        ("The US Geological Survey mapped it.", "US Geological Survey", "US Geological Survey"),
        (
            "The U.S. Chamber of Commerce spoke.",
            "U.S. Chamber of Commerce",
            "U.S. Chamber of Commerce",
        ),
        (
            "The Indian Statistical Institute spoke.",
            "Indian Statistical Institute",
            "Indian Statistical Institute",
        ),
    ],
)
def test_without_country_prefix(text, marked, expected):
    assert _text(without_country_prefix(_tokens(text, marked))) == expected


def test_official_name_applies_both_rules():
    text = "The U.S. Marine Science Institute of Research and Technology met."
    tokens = _tokens(text, "U.S. Marine Science Institute of Research")
    assert _text(official_name(tokens)) == "Marine Science Institute of Research and Technology"
    assert official_name([]) == []


@pytest.mark.parametrize(
    ("text", "actor", "inside"),
    [
        ("Launches left Vandenberg Space Force Base in May.", "Space Force", True),
        ("It flew from Cape Canaveral Space Force Station.", "Space Force", True),
        ("Delegates met at the Communist Party Congress in Moscow.", "Congress", True),
        ("He spoke at the International Astronautical Congress in Milan.", "Congress", True),
        ("It went to the National People's Congress for approval.", "Congress", True),
        # negatives: the actor itself
        ("The Space Force based its satellites there.", "Space Force", False),
        ("The U.S. Congress passed the act.", "Congress", False),
        ("The bill went to Congress in March.", "Congress", False),
        ("Congress passed the act.", "Congress", False),
        ("In March, the American Congress acted.", "Congress", False),
    ],
)
def test_inside_longer_name(text, actor, inside):
    assert inside_longer_name(_span(text, actor)) is inside


def _span(text: str, name: str):
    doc = NLP(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert span is not None
    return span
