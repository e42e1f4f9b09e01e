"""A body's bare head word ("the Committee") is the body the document's title names with that
head (`nlp/extract/body_short_forms.py`; the guide's round-19 decision "A short self-name of a
named body is that body"), also when the name goes on after the head with its remit and the
title names the body's own document ("Report of the Committee on the Peaceful Uses of Outer
Space"). Found on the blind dev set (a committee's report); the texts are the team's own, with
negative cases (two committees in the title; a title that is only the body's name; a name
with its remit in the running text only)."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.body_short_forms import title_owners

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
        ("Annual Report of the Office for Outer Space Affairs", {"Office": "UNOOSA"}),
        # a name that ends in its head word, as before
        ("Annual Report of the UAE Space Agency 2026", {"Agency": "UAE Space Agency"}),
        ("UAE Space Agency", {"Agency": "UAE Space Agency"}),
        # negative: two committees in the title
        ("Report of the Committee on the Peaceful Uses of Outer Space to the Fourth Committee",
         {}),
        # negative: a title that is only the body's name, or names it before a colon: an
        # article about the body, not its own document
        ("Committee on the Peaceful Uses of Outer Space", {}),
        ("Office for Outer Space Affairs: A History", {}),
        ("Notes on a Committee of Experts", {}),  # negative: an unnamed committee
    ],
)  # fmt: skip
def test_title_owners(title, expected):
    assert title_owners(title, FORMS, HEADS) == expected


@pytest.mark.parametrize(
    ("blocks", "title", "expected"),
    [
        # the committee's own report: its title names it, the text calls it "the Committee"
        (["12. The Committee noted that more States now plan missions to the Moon.",
          "13. The Committee agreed to keep the item on its agenda."],
         "Report of the Committee on the Peaceful Uses of Outer Space", ["COPUOS", "COPUOS"]),
        # no title: the one committee the text names owns "the Committee" all the same
        # (``own_committee``, the guide's short self-names)
        (["The Committee on the Peaceful Uses of Outer Space met in Vienna in June.",
          "The Committee agreed to keep the item on its agenda."], "", ["COPUOS", "COPUOS"]),
    ],
)  # fmt: skip
def test_the_committee_of_its_own_report(make_doc, blocks, title, expected):
    doc = make_doc(blocks, title=title)
    assert [a.kb_id_ for a in doc.spans["actors"]] == expected
