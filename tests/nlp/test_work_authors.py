"""A reviewed work's authors are sources, not actors (``pipeline/nlp/extract/work_authors.py``,
``components/work_authors.py``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.work_authors import work_authors


@pytest.mark.parametrize(
    "text, expected",
    [
        # a review's citation: title, then "By" names, place, publisher and year
        (
            "Orbits of Trust: Data Sharing Among Rival Powers\n"
            "By Ines Carvalho. Lisbon: Tagus University Press, 2025. 280 pp.",
            {"Ines Carvalho"},
        ),
        # two authors, a state after the place
        (
            "Moon Rules\nBy Daniel Osei and Mei Tanaka. Ann Arbor, MI: Lakeside Books, 2024.",
            {"Daniel Osei", "Mei Tanaka"},
        ),
        # an edited volume
        (
            "Space and the Small State\nEdited by Karin Lund. Oslo: Fjord Academic, 2023. 190 pp.",
            {"Karin Lund"},
        ),
        # a news story's byline has no publisher and year: its writer is left to other rules
        ("By Ana Ruiz, Reuters\nThe agency said on Monday that it would launch.", set()),
        # "by" inside a sentence is no byline
        (
            "The plan was approved by Minister Sara Holm. Oslo: the talks ended, 2024 came.",
            set(),
        ),
    ],
)  # fmt: skip
def test_work_authors(text, expected):
    assert set(work_authors(text)) == expected


def test_a_reviewed_author_is_no_person_actor(make_doc):
    doc = make_doc(
        [
            "Orbits of Trust: Data Sharing Among Rival Powers",
            "By Ines Carvalho. Lisbon: Tagus University Press, 2025. 280 pp.",
            "Ines Carvalho, a former adviser, argues that rival powers share orbital data "
            "more often than they admit. Carvalho writes that NASA and Roscosmos kept "
            "exchanging tracking data after 2022.",
        ]
    )
    people = {s.kb_id_ for s in doc.spans["actors"] if s.label_ == "person"}
    assert not any("Carvalho" in p for p in people)
    assert {"NASA", "Roscosmos"} <= {s.kb_id_ for s in doc.spans["actors"]}


def test_a_person_outside_the_byline_stays(make_doc):
    doc = make_doc(
        [
            "Orbits of Trust: Data Sharing Among Rival Powers",
            "By Ines Carvalho. Lisbon: Tagus University Press, 2025. 280 pp.",
            "NASA Administrator Bill Nelson said the agency would keep sharing data.",
        ]
    )
    assert "Bill Nelson" in {s.kb_id_ for s in doc.spans["actors"] if s.label_ == "person"}
