"""A body's own head and council named by office alone (seventeenth round, from an
organisation's council resolution and a continental framework in the blind whitepapers):
``pipeline.nlp.extract.head_offices``. The rows are the team's own text."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.head_offices import head_offices, names_council_of, own_body


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["ESA", "European Union", "ESA", "Roscosmos"], "ESA"),
        (["Kenya Space Agency", "Kenya", "Kenya Space Agency"], "Kenya Space Agency"),
        # negative: no body headed by a Director General (NASA has an Administrator)
        (["NASA", "United States"], None),
        ([], None),
    ],
)  # fmt: skip
def test_own_body(names, expected):
    assert own_body(names) == expected


@pytest.mark.parametrize(
    ("text", "council", "expected"),
    [
        ("INVITES the Director General to report to the Council by June.", "ESA Council",
         [("Director General", "ESA Director General"), ("Council", "ESA Council")]),
        ("The Director-General shall consult Member States.", None,
         [("Director-General", "ESA Director General")]),
        # "the Council" only when the body's council is listed
        ("The Council met in Paris.", None, []),
        # negative: another body named after "of", the holder's name after the office, lower
        # case, no article
        ("He met the Director General of Roscosmos.", "ESA Council", []),
        ("He met the Director General Ann Roe.", "ESA Council", []),
        ("a director general of the ministry", "ESA Council", []),
        ("Council members met.", "ESA Council", []),
    ],
)  # fmt: skip
def test_head_offices(text, council, expected):
    found = [(text[s:e], name) for s, e, name in head_offices(text, "ESA", council)]
    assert found == expected


def test_the_director_general_of_an_organisations_own_resolution(make_doc):
    doc = make_doc(
        "The Council of ESA adopted this text. ESA will grow. "
        "REQUESTS the Director General to report to the Council next year."
    )
    found = [(s.text, s.kb_id_, s.label_) for s in doc.spans["actors"]]
    assert ("Director General", "ESA Director General", "organization") in found
    # the shipped gazetteer lists no council of ESA's own: a body's organ named by the body and
    # a generic word is the body (guide, eighteenth round)
    assert not any(name == "ESA Council" for _, name, _ in found)
    assert ("Council", "ESA", "agency") in found


def test_the_council_of_a_body_whose_council_is_not_listed(make_doc):
    doc = make_doc(
        "NASRDA will grow. NASRDA hosts visitors. "
        "REQUESTS the Director General to report to the Council next year."
    )
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"]]
    assert ("Director General", "NASRDA Director General") in found
    assert not any(text == "Council" for text, _ in found)


def test_a_stray_council_is_not_the_body(make_doc):
    # the document names no council of ESA: "the Council" is left alone
    doc = make_doc(
        "ESA will grow. The Director General of ESA spoke. ESA signed with Japan. "
        "The Council must still approve the budget."
    )
    assert not any(s.text == "Council" for s in doc.spans["actors"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ESA Council met in Seville.", True),
        ("EUROPEAN SPACE AGENCY\nCOUNCIL AT MINISTERIAL LEVEL", True),
        ("at the ESA ministerial council in Bremen", True),
        ("ESA's council agreed.", True),
        ("the Council of the European Space Agency", True),
        ("The Council, meeting in Seville on 4 May, DECIDES that ESA shall ...", True),
        # negative: another council, a council further away, the body alone
        ("The Council of the EU must approve it.", False),
        ("ESA and the European Union Council", False),
        ("ESA signed the plan; the council of the city objected.", False),
        ("ESA met Japan. The Council, meeting in Seville, agreed.", False),
        ("The Council of the EU, meeting in Seville, agreed.", False),
    ],
)  # fmt: skip
def test_names_council_of(text, expected):
    assert names_council_of(text, ["ESA", "European Space Agency"]) is expected
