"""A body's bare head word ("the Committee") is the one body the text names with that head
(`nlp/extract/body_short_forms.py`; the guide's round-19 decision "A short self-name of a named
body is that body"): in its title, also when the name goes on after the head with its remit
("Report of the Committee on the Peaceful Uses of Outer Space"), and in its text when that body,
named for its remit, is the only one with that head. Found on the blind dev set (a committee's
report, a parliamentary committee's inquiry report); the texts are the team's own, with
negative cases (two committees named; an instrument's word)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.body_short_forms import heads_of_forms, sole_remit_bodies, title_owners

FORMS = {
    "Committee on the Peaceful Uses of Outer Space": "COPUOS",
    "UAE Space Agency": "UAE Space Agency",
    "Fourth Committee": "UN Fourth Committee",
    "Office for Outer Space Affairs": "UNOOSA",
}
HEADS = frozenset({"Committee", "Agency", "Office", "Agreement"})


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Report of the Committee on the Peaceful Uses of Outer Space",
         {"Committee": "COPUOS"}),
        ("Annual Report of the UAE Space Agency 2026", {"Agency": "UAE Space Agency"}),
        ("Report of the Committee on the Peaceful Uses of Outer Space to the Fourth Committee",
         {}),  # negative: two committees in the title
        ("Committee on the Peaceful Uses of Outer Space", {"Committee": "COPUOS"}),
        ("Notes on a Committee of Experts", {}),  # negative: an unnamed committee
        ("Office for Outer Space Affairs: Annual Report", {"Office": "UNOOSA"}),
    ],
)  # fmt: skip
def test_title_owners(title, expected):
    assert title_owners(title, FORMS, HEADS) == expected


@pytest.mark.parametrize(
    ("remits", "ending", "expected"),
    [
        ({"Committee": {"Joint Committee on Space Affairs"}}, {},
         {"Committee": "Joint Committee on Space Affairs"}),
        # negative: a second committee, named by a name that ends in the head
        ({"Committee": {"Joint Committee on Space Affairs"}},
         {"Committee": {"Appropriations Committee"}}, {}),
        # negative: two committees named for their remits
        ({"Committee": {"Committee on Science", "Committee on Defence"}}, {}, {}),
        # negative: no body's head ("the Programme", "the Accords")
        ({"Programme": {"Programme on Space Applications"}}, {}, {}),
    ],
)  # fmt: skip
def test_sole_remit_bodies(remits, ending, expected):
    assert sole_remit_bodies(remits, ending) == expected


@pytest.mark.parametrize(
    ("blocks", "title", "expected"),
    [
        # the committee's own report: its title names it, the text calls it "the Committee"
        (["12. The Committee noted that more States now plan missions to the Moon."],
         "Report of the Committee on the Peaceful Uses of Outer Space", ["COPUOS"]),
        # the text names one committee for its remit, then calls it "the Committee"
        (["The Committee on the Peaceful Uses of Outer Space met in Vienna in June.",
          "The Committee agreed to keep the item on its agenda."], "", ["COPUOS", "COPUOS"]),
        # negative: the text names two committees, so "the Committee" is left unread
        (["The Fourth Committee met in New York in October.",
          "It took up the report of the Committee on the Peaceful Uses of Outer Space.",
          "The Committee agreed to keep the item on its agenda."], "",
         ["UN Fourth Committee", "COPUOS"]),
        # negative: a second committee written by its acronym only is still a committee
        (["COPUOS opened its session in Vienna.",
          "The International Committee on Global Navigation Satellite Systems reported to it.",
          "The Committee agreed to keep the item on its agenda."], "", ["COPUOS", "ICG"]),
        # negative: "this Committee" of a statement is the forum it is made in
        (["The International Committee on Global Navigation Satellite Systems met in June.",
          "Our group thanks this Committee for its work."], "", ["ICG"]),
    ],
)  # fmt: skip
def test_the_committee_is_the_one_named(make_doc, blocks, title, expected):
    doc = make_doc(blocks, title=title)
    assert [a.kb_id_ for a in doc.spans["actors"]] == expected


@pytest.mark.parametrize(
    ("forms", "expected"),
    [
        (("COPUOS", "Committee on the Peaceful Uses of Outer Space"), {"Committee"}),
        (("UNOOSA", "United Nations Office for Outer Space Affairs"), {"Office"}),
        (("KSA", "Kenya Space Agency"), {"Agency"}),
        (("Artemis Accords",), set()),  # an instrument's head is no body's
        (("Committee",), set()),  # a bare word names no body
    ],
)  # fmt: skip
def test_heads_of_forms(forms, expected):
    assert heads_of_forms(forms) == expected
