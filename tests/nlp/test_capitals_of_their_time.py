"""A capital stands for the state that governed from it at the time its sentence tells of
(guide, round 20: capitals for states, and historical states).

A history of the space race calls the Soviet government "Moscow" as often as a story of today
calls the Russian one so; the gazetteer maps "Moscow" and "the Kremlin" to Russia, which made
the Soviet Union of a 1957 or 1962 sentence Russia (blind papers and hearings dev: three such
mentions). ``metonyms.state_of_its_time`` reads the time from the latest year the sentence
names, else from the sentence before it (its year, or the Soviet Union it names). A span up to
the present ("since 1957") and "the former Soviet Union" of today's writer keep Russia.

Every sentence is the team's own; the table has negative cases.
"""

from __future__ import annotations

import pytest

CASES = [
    (["In 1962 Moscow agreed to share weather data with Washington."], "Soviet Union"),
    (
        ["The first satellite of October 1957 set off a race between Washington and Moscow."],
        "Soviet Union",
    ),
    (["Through the 1970s the Kremlin used every docking for propaganda at home."], "Soviet Union"),
    (
        [
            "A Soviet crew and an American crew met in orbit.",
            "The meeting did not end the rivalry between Washington and Moscow.",
        ],
        "Soviet Union",
    ),
    (
        [
            "The two sides signed their first data agreement in 1962.",
            "Moscow kept its best images to itself.",
        ],
        "Soviet Union",
    ),
    # negative cases: a time after 1991, a span up to the present, today's "former" state
    (["In 1993 Washington invited Moscow into the station programme."], "Russia"),
    (["Moscow has criticised the accords since 2020."], "Russia"),
    (
        ["Russia has been a space power since 1957, and Moscow still sells engines to others."],
        "Russia",
    ),
    (
        [
            "India landed after the former Soviet Union.",
            "Moscow said it would fly a lander in 2027.",
        ],
        "Russia",
    ),
    (["Moscow said the manoeuvre was a routine inspection of its own satellite."], "Russia"),
]


@pytest.mark.parametrize("sentences, expected", CASES)
def test_capital_is_the_state_of_its_time(make_doc, sentences, expected) -> None:
    doc = make_doc([" ".join(sentences)], year=2026)
    capitals = [
        a.kb_id_ for a in doc.spans["actors"] if a.text in {"Moscow", "Kremlin", "the Kremlin"}
    ]
    assert capitals == [expected]


#: "The White House" is an office of a government (guide, round 20): the agency `White House`
#: where it acts or has staff, a place where something happens in it; no longer the country.
WHITE_HOUSE = [
    ("The White House asked NASA to draft a lunar time standard.", ["White House", "NASA"]),
    ("The deal was announced by the White House on Monday.", ["White House"]),
    ("Kenya joined after a request from the White House.", ["Kenya", "White House"]),
    # negative cases: the building as a place
    ("The accord was signed at the White House in 1987.", []),
    ("She visited the White House last week.", []),
]


@pytest.mark.parametrize("sentence, expected", WHITE_HOUSE)
def test_white_house_is_an_office(make_doc, sentence, expected) -> None:
    doc = make_doc([sentence], year=2026)
    assert [a.kb_id_ for a in doc.spans["actors"]] == expected
