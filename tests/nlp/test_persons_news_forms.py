"""Persons in news copy, marked blind in the fourteenth round (`corpus/blind/news`): a Chinese
or Korean name written family name first and then cited by that first word ("Bian said"),
a speaker named after the verb of speech, which the NER may miss ("said Anders Lindqvist
of the agency"), and the surname of a person the gazetteer named in full when the NER adds no
name of its own (second wave: a wire story quoting one official). Each row is the team's own text; negative rows keep what must not change.
"""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.persons import family_keys, family_name


def names(doc) -> list[tuple[str, str]]:
    """(mention, canonical name) of each person, in order."""
    return [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.label_ == "person"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bian Zhiqiang", "Bian"),
        ("Lin Jian", "Lin"),
        ("Kim Min-jun", "Kim"),
        ("Ouyang Ziyuan", "Ouyang"),
        # negative: a Western name, a Vietnamese one (cited by its last word), one word, and
        # a family name on both ends (no way to tell which is which)
        ("Anders Lindqvist", None),
        ("Tran Van Hieu", None),
        ("Wang", None),
        ("Li Wang", None),
    ],
)
def test_family_name(name, expected):
    assert family_name(name) == expected


def test_family_keys_leave_out_a_shared_family_name():
    people = [("Wang Lixin", "", ""), ("Wang Fang", "", ""), ("Lin Jian", "", "China")]
    assert family_keys(people) == {"Lin": ("Lin Jian", "", "China")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deputy administrator Bian Zhiqiang signed the documents. "
            '"The station is open to all," Bian said at the ceremony.',
            [("Bian Zhiqiang", "Bian Zhiqiang"), ("Bian", "Bian Zhiqiang")],
        ),
        (
            "Spokesperson Lin Jian told reporters the talks went well. "
            '"We will keep talking," Lin said.',
            [("Lin Jian", "Lin Jian"), ("Lin", "Lin Jian")],
        ),
        # negative: two persons of one family name: the bare family name is neither
        (
            "Director Wang Lixin met engineer Wang Fang at the site. Wang said the test passed.",
            [("Wang Lixin", "Wang Lixin"), ("Wang Fang", "Wang Fang")],
        ),
        # a speaker after the verb of speech, before "of" and a body
        (
            '"Science has no border," said Anders Lindqvist of the Swedish National Space Agency.',
            [("Anders Lindqvist", "Anders Lindqvist")],
        ),
        # a person the gazetteer names in full, then by surname, and no other name the NER
        # could add: the surname is still that person, wherever it stands
        (
            "Roscosmos Director General Dmitry Bakanov spoke after the meeting. "
            "The reactor will be ready on time, Bakanov said. Questions went to Bakanov too.",
            [
                ("Dmitry Bakanov", "Dmitry Bakanov"),
                ("Bakanov", "Dmitry Bakanov"),
                ("Bakanov", "Dmitry Bakanov"),
            ],
        ),
        # negative: the surname after "the", as a name's modifier, is no mention of the person
        (
            "Roscosmos Director General Dmitry Bakanov spoke after the meeting. "
            "Engineers called it the Bakanov plan.",
            [("Dmitry Bakanov", "Dmitry Bakanov")],
        ),
        # negative: a body or a place after "said" is no person
        ('"The launch slipped," said Mission Control.', []),
        ('"We are ready," said Orbital Affairs Institute.', []),
    ],
)
def test_persons_of_news_copy(make_doc, text, expected):
    assert names(make_doc(text)) == expected
