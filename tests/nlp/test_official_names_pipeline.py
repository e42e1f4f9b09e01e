"""Issue 14 rules through the pipeline: names the NER cut short, bodies with a hyphenated word,
task forces, listed actors inside longer names or places, surnames after initials."""

from __future__ import annotations

import pytest


def _mentions(doc) -> list[tuple[str, str]]:
    return [(s.text, s.kb_id_) for s in doc.spans["actors"]]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a named body the NER cut at its head noun, with a hyphenated word in its complement
        (
            "Last year the Working Group on the Long-term Future of Lunar Activities adopted a report.",
            "Working Group on the Long-term Future of Lunar Activities",
            "Working Group",
        ),
        # a task force is a named body
        (
            "In May the two governments held the first meeting of the U.S.-Canada Critical "
            "Minerals Taskforce in Ottawa.",
            "U.S.-Canada Critical Minerals Taskforce",
            "",
        ),
        # a military service before "Base" is a place; "Congress" after a name's word is not
        # the US Congress
        ("The rocket lifted off from Vandenberg Space Force Base at dawn.", "", "Space Force"),
        ("The plan was approved at the Communist Party Congress in 1986.", "", "Congress"),
    ],
)
def test_names_and_places(text_nlp, text, present, absent):
    found = _mentions(text_nlp(text))
    names = {kb for _, kb in found}
    if present:
        assert present in names, found
    if absent:
        assert absent not in names, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The US Congress passed the bill in March.", "Congress"),
        ("The Space Force launched a satellite in March.", "Space Force"),
    ],
)
def test_the_actor_itself_still_counts(text_nlp, text, actor):
    assert actor in {kb for _, kb in _mentions(text_nlp(text))}


_SIGNING = (
    "Union Minister Jitendra Singh said the mission would fly. Jane Roe, Manager, representing "
    "ASA in Canberra, and {who}, Director, Flight Centre, representing ISRO, signed the plan."
)


@pytest.mark.parametrize(
    ("who", "linked"),
    [
        ("Singh", True),
        # initials before the surname: another person
        ("R.K. Singh", False),
        ("A. Singh", False),
    ],
)
def test_a_surname_after_initials_is_not_the_person_named_in_full(text_nlp, who, linked):
    text = _SIGNING.format(who=who)
    doc = text_nlp(text)
    second = [s for s in doc.spans["actors"] if s.start_char > text.index("Jane")]
    assert any(s.kb_id_ == "Jitendra Singh" for s in second) is linked
