"""Registers of legal and quasi-legal texts, twenty-second round (from the wave-9 blind
documents' misses: a government's response to a parliamentary committee's report, a regulation
of the European Union; every row is the team's own text):

- a government response names the committee whose report it answers in its title; "the
  Committee" of its text is that committee even when the text names another one in passing
  (``own_committee.title_names``, run by ``home_bodies``);
- in the Union's register "the Council" is the Council of the European Union, unless another
  council is named (``union_institutions``);
- the Union's acts cited by number ("Decision No 541/2014/EU") and an act's "this Regulation"
  (``union_acts``).
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.own_committee import title_names
from pipeline.nlp.extract.union_acts import own_act, union_acts
from pipeline.nlp.extract.union_institutions import union_institutions


@pytest.mark.parametrize(
    ("title", "surface", "expected"),
    [
        ("Government response to the Standing Committee on Industry and Science report:",
         "Standing Committee on Industry and Science", True),
        ("Response of the Government to the Select Committee on Science and Technology",
         "Select Committee on Science and Technology", True),
        # the title names another committee, or none
        ("Government response to the Senate Economics Committee report",
         "Standing Committee on Industry and Science", False),
        ("National Space Strategy 2026", "Committee on the Peaceful Uses of Outer Space", False),
        # a generic joint body names no one committee
        ("Government response to the Joint Committee report", "Joint Committee", False),
        ("", "Standing Committee on Industry and Science", False),
    ],
)  # fmt: skip
def test_title_names(title, surface, expected):
    assert title_names(title, surface) is expected


def test_a_government_response_calls_the_title_committee_the_committee(make_doc):
    doc = make_doc(
        [
            "The Government welcomes the report of the Standing Committee on Industry and "
            "Science and thanks the Committee and the witnesses.",
            "The Committee recommends that the Government join the lunar gateway talks. "
            "The Government notes that the Committee on the Peaceful Uses of Outer Space "
            "will discuss the matter. The Committee also recommends more funding.",
        ],
        title="Government response to the Standing Committee on Industry and Science report:",
    )
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.text == "Committee"]
    assert len(found) == 3
    assert {k for _, k in found} == {"Standing Committee on Industry and Science"}


def test_without_the_title_two_committees_leave_the_short_form_alone(make_doc):
    doc = make_doc(
        [
            "The Government welcomes the report of the Standing Committee on Industry and Science.",
            "The Committee recommends more funding, and the Committee on the Peaceful Uses of "
            "Outer Space will discuss the matter.",
        ],
        title="Annual Space Report",
    )
    assert not any(s.text == "Committee" for s in doc.spans["actors"])


def _institutions(text: str, names: list[str]) -> list[tuple[str, str]]:
    return [(text[s:e], n) for s, e, n in union_institutions(text, names)]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("The Union needs its own tracking. Measures adopted by the Council shall apply, and "
         "the Commission shall report to the European Parliament and to the Council.",
         ["EU", "European Parliament"],
         [("Union", "EU"), ("Council", "Council of the European Union"),
          ("Commission", "European Commission"), ("Council", "Council of the European Union")]),
        # another council named: "the Council" stays ambiguous
        ("The Union and the European Council met; the Council agreed with the Union.",
         ["EU", "European Council"],
         [("Union", "EU"), ("Union", "EU")]),
        ("The EU spoke of the Union. The Security Council met, and the Council voted.",
         ["EU", "UN Security Council"],
         [("Union", "EU")]),
        # a longer name opened by "the Council"; a bare "Council" is a heading's word
        ("The EU spoke of the Union. The Council of Europe met. Council conclusions follow.",
         ["EU"],
         [("Union", "EU")]),
        # not of the Union's register
        ("The Council of the agency met, and the Council agreed.", ["ESA"], []),
    ],
)  # fmt: skip
def test_the_council_in_the_union_register(text, names, expected):
    assert _institutions(text, names) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulation (EU) 2021/696 set up the programme; Decision No 541/2014/EU is repealed.",
         [("Regulation (EU) 2021/696", "Regulation (EU) 2021/696"),
          ("Decision No 541/2014/EU", "Decision No 541/2014/EU")]),
        ("It applies Council Decision (CFSP) 2019/797 and Directive (EU) 2022/2555.",
         [("Council Decision (CFSP) 2019/797", "Council Decision (CFSP) 2019/797"),
          ("Directive (EU) 2022/2555", "Directive (EU) 2022/2555")]),
        ("under Regulation (EU) No 377/2014 of the European Parliament",
         [("Regulation (EU) No 377/2014", "Regulation (EU) No 377/2014")]),
        # no marker of the Union's legal order: a UN decision, a date, a plain word
        ("The Assembly recalled its decision 62/217 and the decision of 3/2026.", []),
        ("The Regulation on launch safety was adopted in 2025.", []),
    ],
)  # fmt: skip
def test_cited_acts(text, expected):
    assert [(text[s:e], n) for s, e, n in union_acts(text)] == expected


def test_an_act_calls_itself_by_its_kind():
    text = (
        "DIRECTIVE (EU) 2028/77 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL\n\n"
        "This Directive lays down rules on orbital data. Member States shall apply this "
        "Directive from 2029; the present Directive does not touch Directive (EU) 2022/2555.\n\n"
        "THIS DIRECTIVE SHALL BE BINDING."
    )
    found = [(text[s:e], n) for s, e, n in union_acts(text)]
    own = "Directive (EU) 2028/77"
    assert found == [
        ("DIRECTIVE (EU) 2028/77", own),
        ("This Directive", own),
        ("this Directive", own),
        ("the present Directive", own),
        ("Directive (EU) 2022/2555", "Directive (EU) 2022/2555"),
        ("THIS DIRECTIVE", own),
    ]


def test_the_own_act_from_a_heading_kept_apart_from_the_text():
    heading = "REGULATION (EU) 2028/5 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL"
    assert own_act("of 2 May 2028 on space traffic", "Official Journal", [heading]) == (
        "Regulation (EU) 2028/5",
        "Regulation",
    )
    # a text that only cites another act has no act of its own: "this Regulation" there is
    # left alone (an outside briefing speaks of the act it discusses)
    text = "The briefing discusses Regulation (EU) 2021/696. This Regulation set up the programme."
    assert own_act(text, "Briefing") is None
    assert [text[s:e] for s, e, _ in union_acts(text, "Briefing")] == ["Regulation (EU) 2021/696"]


def test_in_a_document(make_doc):
    doc = make_doc(
        [
            "REGULATION (EU) 2028/5 OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL",
            "Having regard to the Treaty on the Functioning of the European Union, the Union "
            "repeals Decision No 541/2014/EU. This Regulation shall apply from 2029.",
        ]
    )
    found = {(s.text, s.kb_id_, s.label_) for s in doc.spans["actors"]}
    assert ("Decision No 541/2014/EU", "Decision No 541/2014/EU", "agreement") in found
    assert ("This Regulation", "Regulation (EU) 2028/5", "agreement") in found
    assert (
        "Treaty on the Functioning of the European Union",
        "Treaty on the Functioning of the European Union",
        "agreement",
    ) in found
