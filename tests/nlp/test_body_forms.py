"""Bodies the NER marks, by the form of their names (``pipeline.nlp.extract.name_spans``
and rule 7 of the actor component): two bodies the NER joins at "and", centres named for
their remit ("Centre for ..."), and heads followed by "for" or "on"."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.name_spans import centre_with_remit, split_joined_bodies
from pipeline.nlp.extract.names import ORG_HEADS


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        # two bodies, each with its own head
        ("University of Westbrook and Halden State University",
         ["University of Westbrook", "Halden State University"]),
        ("Kestrel Institute of Technology and Vellmar Optics Laboratory",
         ["Kestrel Institute of Technology", "Vellmar Optics Laboratory"]),
        ("Centre for Lunar Studies and Halden Space Agency",
         ["Centre for Lunar Studies", "Halden Space Agency"]),
        # one body whose remit has "and" in it
        ("Ministry of Science and Technology", ["Ministry of Science and Technology"]),
        ("Department of Health and Human Services", ["Department of Health and Human Services"]),
        ("Ministry of Defence and Armed Forces", ["Ministry of Defence and Armed Forces"]),
        ("Science and Technology Facilities Council", ["Science and Technology Facilities Council"]),
        ("Office of Science and Technology Policy", ["Office of Science and Technology Policy"]),
        ("Agency for Science, Technology and Research",
         ["Agency for Science, Technology and Research"]),
    ],
)  # fmt: skip
def test_bodies_joined_at_and(text_nlp, name, parts):
    doc = text_nlp.make_doc(name)
    assert [" ".join(t.text for t in p) for p in split_joined_bodies(list(doc), ORG_HEADS)] == [
        " ".join(t.text for t in text_nlp.make_doc(p)) for p in parts
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Centre for Remote Sensing", True),
        ("Center for Space Policy and Strategy", True),
        ("Halden Centre of Excellence", True),
        # a centre named only by the words before it, or for no named remit
        ("Lincoln Center", False),
        ("Kestrel Space Centre", False),
        ("Centre for the", False),
        ("Institute for Space Studies", False),
    ],
)
def test_centre_named_for_its_remit(text_nlp, name, expected):
    assert centre_with_remit(text_nlp.make_doc(name)[:]) is expected


def _mentions(doc) -> list[tuple[str, str]]:
    return [(s.kb_id_, s.label_) for s in doc.spans["actors"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Researchers at the University of Westbrook and Halden State University built it.",
         [("University of Westbrook", "organization"),
          ("Halden State University", "organization")]),
        ("The Institute for Lunar Policy Studies published a report.",
         [("Institute for Lunar Policy Studies", "organization")]),
        ("The Centre for Applied Optics of Westbrook shared its images.",
         [("Centre for Applied Optics of Westbrook", "organization")]),
        # a ministry's remit stays one name; a centre for no name is nothing
        ("The Ministry of Science and Technology of Westbrook met the press.",
         [("Ministry of Science and Technology of Westbrook", "agency")]),
        ("Shoppers filled the Centre for the weekend.", []),
    ],
)  # fmt: skip
def test_bodies_in_running_text(make_doc, text, expected):
    assert _mentions(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("name", "variants"),
    [
        ("Kestrel Orbital Corp.", ["Kestrel Orbital Corporation", "Kestrel Orbital"]),
        ("Halden Rocket Co.", ["Halden Rocket Company", "Halden Rocket"]),
        ("Vellmar Optics Ltd", ["Vellmar Optics Limited", "Vellmar Optics"]),
        ("Kestrel Space GmbH", ["Kestrel Space"]),
        # no legal form, or nothing before it
        ("Kestrel Orbital Technologies", []),
        ("Corp.", []),
    ],
)
def test_legal_form_variants(name, variants):
    from pipeline.nlp.extract.names import legal_form_variants

    assert legal_form_variants(name) == variants


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed company with its legal form abbreviated is the listed company
        ("The contract went to Sierra Nevada Corp. last week.",
         [("Sierra Nevada Corporation", "company")]),
        # a firm of its own stays new
        ("The contract went to Kestrel Orbital Corp. last week.",
         [("Kestrel Orbital Corp.", "company")]),
    ],
)  # fmt: skip
def test_listed_companies_with_an_abbreviated_legal_form(make_doc, text, expected):
    assert _mentions(make_doc(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # later flights of a series named by their number alone
        ("Speakers praised Artemis I, II, III and the crews.",
         ["Artemis I", "Artemis II", "Artemis III"]),
        ("The Chang'e 5 and 6 missions brought samples home.", ["Chang'e 5", "Chang'e 6"]),
        ("Apollo 11, 12 and 14 landed safely.", ["Apollo 11", "Apollo 12", "Apollo 14"]),
        ("Crew-8 and 9 flew on schedule.", ["Crew-8", "Crew-9"]),
        # not a count, not the pronoun, not a number the series does not hold
        ("Shenzhou 15 and 3 crew members arrived.", ["Shenzhou 15"]),
        ("After Artemis II and I think many agree.", ["Artemis II"]),
        ("Chang'e 5 and 57 other probes were listed.", ["Chang'e 5"]),
    ],
)  # fmt: skip
def test_elided_numbers_of_a_series(make_doc, text, expected):
    doc = make_doc(text)
    assert [s.kb_id_ for s in doc.spans["actors"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gloss in parentheses after a listed name or its acronym is that actor
        ("The Centre National d'Études Spatiales (CNES) (National Centre for Space Study) "
         "builds satellites.", ["CNES"]),
        # a name in parentheses after an unlisted body is its own
        ("The Kestrel Agency (Centre for Lunar Policy Studies) wrote it.",
         ["Kestrel Agency", "Centre for Lunar Policy Studies"]),
    ],
)  # fmt: skip
def test_a_gloss_in_parentheses_is_the_actor_it_glosses(make_doc, text, expected):
    doc = make_doc(text)
    assert list(dict.fromkeys(s.kb_id_ for s in doc.spans["actors"])) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a listed acronym the text defines for another listed body means that body here
        ("The Kenya Space Agency (KSA) and the LSA signed a letter. The KSA will host a team.",
         [("Kenya Space Agency", "Kenya Space Agency"), ("KSA", "Kenya Space Agency"),
          ("KSA", "Kenya Space Agency")]),
        # its own long form, or no definition: the gazetteer's sense stands
        ("Saudi Arabia (KSA) launched a satellite. KSA will host the forum.",
         [("Saudi Arabia", "Saudi Arabia"), ("KSA", "Saudi Arabia"), ("KSA", "Saudi Arabia")]),
        ("KSA will host the forum next year.", [("KSA", "Saudi Arabia")]),
        ("The UK Space Agency (UKSA) will fund the mission. UKSA said so.",
         [("UK Space Agency", "UKSA"), ("UKSA", "UKSA"), ("UKSA", "UKSA")]),
    ],
)  # fmt: skip
def test_a_definition_in_the_text_binds_a_listed_acronym(make_doc, text, expected):
    doc = make_doc(text)
    found = [(a.text, a.kb_id_) for a in doc.spans["actors"] if a.text in {e[0] for e in expected}]
    assert found == expected
