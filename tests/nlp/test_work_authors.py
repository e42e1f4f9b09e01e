"""A reviewed work's authors are sources, not actors (``pipeline/nlp/extract/work_authors.py``,
``components/work_authors.py``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.work_authors import newsroom_journalists, work_authors


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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Our Pacific affairs reporter Ana Ruiz has been following the talks.", {"Ana Ruiz"}),
        ("Here is our correspondent Tom Berg in Nairobi.", {"Tom Berg"}),
        ("With me is the presenter Lea Marchetti, and good evening.", {"Lea Marchetti"}),
        # negative cases: plural without a name, a body, a spokesperson, a name before the noun
        ("The minister told reporters after the signing that talks would go on.", set()),
        ("Reporters Without Borders criticised the ban on foreign crews.", set()),
        ("Foreign Ministry spokesperson Lin Jian said China opposed the move.", set()),
        ("Ana Ruiz, a reporter, asked the minister about the launch.", set()),
    ],
)  # fmt: skip
def test_newsroom_journalists(text, expected):
    assert set(newsroom_journalists(text)) == expected


def test_the_programme_s_reporter_is_no_person_actor(make_doc):
    doc = make_doc(
        [
            "Our Pacific affairs reporter Ana Ruiz has been following the conference.",
            "Fiji and Tonga sent a joint proposal, Ana Ruiz said, and the adviser Mele Taufa "
            "told her that Tonga wants a share of the band.",
            "Ana Ruiz there, in Suva.",
        ]
    )
    people = {s.kb_id_ for s in doc.spans["actors"] if s.label_ == "person"}
    assert "Ana Ruiz" not in people
    assert "Mele Taufa" in people
