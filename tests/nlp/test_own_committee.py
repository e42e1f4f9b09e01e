"""A committee's own document calls it "the Committee" (``pipeline/nlp/extract/own_committee.py``,
run by ``components/home_bodies.py``)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.own_committee import is_committee_name, own_committee


def _named(text: str, *names: tuple[str, str]) -> list[tuple[int, int, str, str]]:
    """Mentions of each ``(surface, actor)`` at every place the surface stands in ``text``."""
    out = []
    for surface, actor in names:
        start = text.find(surface)
        while start >= 0:
            out.append((start, start + len(surface), actor, surface))
            start = text.find(surface, start + 1)
    return out


@pytest.mark.parametrize(
    "surface, expected",
    [
        ("Committee on Science, Space, and Technology", True),
        ("First Committee", True),
        ("Standing Committee on Fisheries and Oceans", True),
        ("the Joint Committee", False),  # an instrument's joint body: generic words only
        ("Joint Steering Committee", False),
        ("Subcommittee on Space and Aeronautics", False),  # another head word
        ("Senate", False),
    ],
)  # fmt: skip
def test_is_committee_name(surface, expected):
    assert is_committee_name(surface) is expected


@pytest.mark.parametrize(
    "text, head, names, expected",
    [
        # a committee's report: its masthead names it, then "The Committee" throughout
        (
            "Standing Committee on Fisheries and Oceans\n\nThe Committee heard six witnesses. "
            "The Committee's report follows, and the Committee recommends a review.",
            [(0, 42)],
            [("Standing Committee on Fisheries and Oceans", "SCFO")],
            ["Committee", "Committee", "Committee"],
        ),
        # a text that names one committee in passing, with none in its head: from its name on
        (
            "The States met in Vienna.\n\nThey thanked the Committee on Tidal Energy for its "
            "work, and asked the Committee to report next year.",
            [(0, 25)],
            [("Committee on Tidal Energy", "CTE")],
            ["Committee"],
        ),
        # a longer name or a name's word opened by "the Committee" is another body
        (
            "Select Committee on Rivers\n\nThe Committee on Budgets and the Committee Chair met.",
            [(0, 26)],
            [("Select Committee on Rivers", "SCR")],
            [],
        ),
        # a head that names the document's own committee without a mention the text marks
        # (a subcommittee's hearing): a committee named in passing is no owner
        (
            "Subcommittee on Roads\n\nThe Budget Committee cut the line. I urge the Committee "
            "to restore it.",
            [(0, 21)],
            [("Budget Committee", "Budget Committee")],
            [],
        ),
        # two committees in the text: which one "the Committee" is would be a guess
        (
            "Notes\n\nThe Budget Committee and the Committee on Roads met. The Committee agreed.",
            [(0, 5)],
            [("Budget Committee", "BC"), ("Committee on Roads", "CR")],
            [],
        ),
        # a provenance note in brackets names the committee that forwarded the text: it does
        # not count, and the one committee the text names is "the Committee"
        (
            "[on the report of the Budget Committee (A/1/2)]\n\nThe Assembly asks the "
            "Committee on Roads to report. It thanks the Committee.",
            [],
            [("Budget Committee", "BC"), ("Committee on Roads", "CR")],
            ["Committee"],
        ),
        # an instrument's joint committee of the parties' representatives owns no short form
        (
            "Agreement\n\nA Joint Committee is established. The Committee shall meet yearly.",
            [(0, 9)],
            [("Joint Committee", "Joint Committee")],
            [],
        ),
    ],
)  # fmt: skip
def test_own_committee(text, head, names, expected):
    named = _named(text, *names)
    found = own_committee(text, named, head)
    assert [text[s:e] for s, e, _ in found] == expected
    if expected:
        owners = {a for _, _, a in found}
        assert len(owners) == 1


def test_a_title_kept_apart_from_the_text_names_the_owner():
    text = "The Committee noted the report. The Committee agreed to meet again."
    found = own_committee(text, [], [], {"COPUOS"})
    assert [(text[s:e], a) for s, e, a in found] == [("Committee", "COPUOS")] * 2
    # a title naming two committees leaves the short form alone
    assert own_committee(text, [], [], {"COPUOS", "UN First Committee"}) == []


def test_a_committee_report_calls_itself_the_committee(make_doc):
    doc = make_doc(
        [
            "Report of the Committee on the Peaceful Uses of Outer Space",
            "The Committee noted that more States had launched lunar missions. "
            "The Committee agreed that the item should stay on its agenda.",
        ]
    )
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"]]
    assert found.count(("Committee", "COPUOS")) == 2


def test_a_hearing_names_another_committee_only(make_doc):
    doc = make_doc(
        [
            "Subcommittee on Space and Science",
            "The Appropriations Committee cut the station line last week. "
            "I urge the Committee to restore the funding.",
        ]
    )
    assert not any(s.text == "Committee" for s in doc.spans["actors"])
