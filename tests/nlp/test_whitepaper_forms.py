"""Forms of government white papers, national strategies and council resolutions (blind
whitepapers set, fourteenth round: ``corpus/blind/whitepapers``), each with negative cases, in
the team's own words:

- a plan's span ("its plans for the coming five years") is a date, a duration ("stayed empty
  for the next two years") is not;
- two dated days joined by "and": one span when they follow each other ("on 26 and 27
  November 2025"), two days when they do not ("on 9 and 12 March 2024");
- a council resolution refers to itself ("this Resolution") and names its "Participating
  States";
- modality: rejecting what another side does is the opposition itself (asserted, not negated);
  setting no conditions on a relation negates a limit (asserted); sharing the objective of a
  state of affairs is a plan;
- cooperation forbidden to a side or not to be resumed with it is exclusion (a rivalry form);
- a superscript that is part of a gazetteer name ("IRIS²") is no footnote marker.
"""

from __future__ import annotations

import pytest

from pipeline.classify.rivalry_rule import rivalry_forms
from pipeline.ingest.markers import strip_footnote_markers
from pipeline.nlp.extract.dates import find_dates


def _dates(text: str, document_date: str = "2026") -> list[tuple[str, str]]:
    return [(d.mention, d.value) for d in find_dates(text, document_date=document_date)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The paper sets out its main plans for the coming five years.",
         [("the coming five years", "2027/2031")]),
        ("Our priorities for the next decade are set out below.",
         [("the next decade", "2027/2036")]),
        ("These are the goals for the next three years of the programme.",
         [("the next three years", "2027/2029")]),
        ("Over the next five years the agency will build two landers.",
         [("the next five years", "2027/2031")]),
        # a duration: how long, not when
        ("The station stayed empty for the next two years.", []),
        ("For the next three months the probe mapped the landing site.", []),
        ("The two sides will hold talks for the next five years.", []),
    ],
)  # fmt: skip
def test_a_plans_span_is_a_date_a_duration_is_not(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Council met in Bremen on 26 and 27 November 2025.",
         [("26 and 27 November 2025", "2025-11-26/2025-11-27")]),
        ("The ministers met on November 26 and 27, 2025.",
         [("November 26 and 27, 2025", "2025-11-26/2025-11-27")]),
        # two separate days: the first is a date of its own
        ("The launches took place on 9 and 12 March 2024.",
         [("9", "2024-03-09"), ("12 March 2024", "2024-03-12")]),
        ("Launches are planned on March 9 and 12, 2026.",
         [("March 9", "2026-03-09"), ("12, 2026", "2026-03-12")]),
        # "between" and "to" make a span whatever the days
        ("Talks were held between 3 and 9 May 2024.",
         [("between 3 and 9 May 2024", "2024-05-03/2024-05-09")]),
    ],
)  # fmt: skip
def test_two_days_joined_by_and(text, expected):
    assert _dates(text, "2025") == expected


RESOLUTION = "Resolution on the Agency's Launcher Policy"


def test_a_resolution_refers_to_itself_and_names_participating_states(make_doc):
    doc = make_doc(
        [
            "1. INVITES Participating States to subscribe to the programme;",
            "2. INSTRUCTS the Director General to report on the implementation of this "
            "Resolution at the next meeting.",
        ],
        title=RESOLUTION,
    )
    found = [(s.text, s.kb_id_, s.label_) for s in doc.spans["actors"]]
    assert ("Participating States", "Participating States", "country") in found
    assert ("this Resolution", RESOLUTION, "agreement") in found


def test_no_resolution_self_reference_outside_a_resolution(make_doc):
    doc = make_doc(
        "The paper discusses this resolution and the Participating States of the OSCE.",
        title="Why Europe Needs New Launchers",
    )
    names = {s.kb_id_ for s in doc.spans["actors"]}
    assert RESOLUTION not in names and "Participating States" not in names


PAPER = "China's Space Program: A 2026 Perspective"


@pytest.mark.parametrize(
    ("text", "label", "expected"),
    [
        # rejecting or opposing what another side does: the opposition is the claim
        ("The two sides reject the attempts of certain states to place weapons in orbit.",
         "competition", "asserted"),
        ("China firmly rejects any attempt to turn outer space into a battlefield.",
         "competition", "asserted"),
        # a relation refused is still denied
        ("Russia rejected the offer to join the station.", "cooperation", "negated"),
        # no condition or restriction laid on the relation: a negated limit
        ("The ILRS is open to all partners, and China does not set political conditions on "
         "participation.", "cooperation", "asserted"),
        ("The agency does not impose restrictions on the use of data shared by its partners.",
         "cooperation", "asserted"),
        ("China does not share its data with Japan.", "cooperation", "negated"),
        # a shared objective of a state of affairs is the sharers' plan
        ("The two countries share the objective of a peaceful and stable lunar environment.",
         "cooperation", "planned"),
        ("The two countries share the goal of building a lunar base.", "cooperation", "planned"),
        ("The two agencies shared the cost of the mission.", "cooperation", "asserted"),
    ],
)  # fmt: skip
def test_white_paper_modality(last_claim, text, label, expected):
    assert last_claim(PAPER, text, label)._.sc_claim_modality == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decides that the agency shall not resume cooperation with entagency while the war "
         "continues;", True),
        ("entagency may not work bilaterally with entcountry or its companies.", True),
        ("the agency cannot cooperate with entcountry under the present law.", True),
        ("the two agencies will not resume their joint work with entagency until 2030.", True),
        # not forbidden, or no side
        ("the two agencies will resume cooperation with entagency next year.", False),
        ("partners can work with entagency on shared data.", False),
        ("the participants may not cooperate on matters outside the scope of the guide.", False),
        ("the rover may not work with the lander in the cold.", False),
    ],
)  # fmt: skip
def test_forbidden_cooperation_is_exclusion(text, expected):
    assert ("severance" in rivalry_forms(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the preparation of the IRIS² constellation", "the preparation of the IRIS² constellation"),
        ("the rules of the Union² apply", "the rules of the Union apply"),
        ("an area of 40 km² was mapped", "an area of 40 km² was mapped"),
    ],
)  # fmt: skip
def test_a_superscript_in_a_name_is_no_marker(text, expected):
    assert strip_footnote_markers(text) == expected
