"""A document whose title line is a banner names itself in the heading below it
(``masthead_instrument`` in ``pipeline/nlp/components/instrument_titles.py``; the headings come
from ``pipeline.ingest.head_headings``)."""

from __future__ import annotations

import pytest

from pipeline.document import Block
from pipeline.ingest import head_headings, ingest
from pipeline.nlp.components.instrument_titles import masthead_instrument
from pipeline.nlp.components.self_reference import instrument_of


def _accept(heading: str):
    return instrument_of(heading)


@pytest.mark.parametrize(
    "title, headings, expected",
    [
        # a government site's category banner over the order's own title
        (
            "EXECUTIVE ORDERS",
            ["Protecting Orbital Supply Chains for Allied Missions", "Purpose"],
            ("Protecting Orbital Supply Chains for Allied Missions", "order"),
        ),
        # the kind of a body's founding paper over the body: "Terms of Reference of the ..."
        (
            "TERMS OF REFERENCE",
            ["Expert Group on Lunar Dust Mitigation"],
            ("Terms of Reference of the Expert Group on Lunar Dust Mitigation", "terms of reference"),
        ),
        # an organisation's banner in capitals over the policy's own title
        (
            "ANDEAN SPACE FORUM",
            ["ANDEAN SATELLITE DATA POLICY 2027-2032", "Scope"],
            ("Andean Satellite Data Policy 2027-2032", "policy"),
        ),
        # a headline in running case is the document's own: its section headings are not
        ("Ministers meet on lunar data", ["The Artemis Accords"], None),
        # a banner over headings that name no instrument
        ("MINISTRY OF SPACE AFFAIRS", ["Annual results", "Missions"], None),
        # a kind banner with nothing below it
        ("EXECUTIVE ORDER", [], None),
    ],
)  # fmt: skip
def test_masthead_instrument(title, headings, expected):
    _, found = masthead_instrument(title, headings, _accept)
    if expected is None:
        assert found is None
    else:
        assert found is not None and (found[0], found[3]) == expected


def test_a_doctrine_names_itself():
    found = instrument_of("JOINT SPACE DOCTRINE")
    assert found is not None and found[0] == "Joint Space Doctrine" and found[3] == "doctrine"
    assert instrument_of("Thinking about doctrine") is None  # a topic, not the document's name


def test_head_headings_are_the_first_paragraphs_distinct_headings():
    blocks = [
        Block("First.", section="ANDEAN SATELLITE DATA POLICY"),
        Block("Second.", section="ANDEAN SATELLITE DATA POLICY"),
        Block("Third.", section="Scope"),
        Block("Fourth.", section="Scope"),
        Block("Fifth.", section="Later"),
    ]
    assert head_headings(blocks) == ["ANDEAN SATELLITE DATA POLICY", "Scope"]


def test_an_order_under_a_category_banner_calls_itself_this_order(tmp_path, text_nlp):
    from pipeline.document import join_blocks

    path = tmp_path / "order.txt"
    path.write_text(
        "EXECUTIVE ORDERS\n\nProtecting Orbital Supply Chains for Allied Missions\n\n"
        "Acting under the powers I hold as President, I order as follows:\n\n"
        "Section 1. Purpose. The purpose of this order is to secure the parts that allied "
        "missions need.\n\n"
        "Sec. 2. Policy. Agencies shall carry out this order as far as the law permits.\n",
        encoding="utf-8",
    )
    document = ingest(path)
    text, blocks = join_blocks(document)
    doc = text_nlp.make_doc(text)
    doc._.sc_blocks = blocks
    doc._.sc_metadata = document.metadata
    doc = text_nlp(doc)
    found = [(s.text, s.kb_id_) for s in doc.spans["actors"] if s.text.lower() == "this order"]
    assert found == [("this order", "Protecting Orbital Supply Chains for Allied Missions")] * 2


def _run(path, text_nlp):
    from pipeline.document import join_blocks

    document = ingest(path)
    text, blocks = join_blocks(document)
    doc = text_nlp.make_doc(text)
    doc._.sc_blocks = blocks
    doc._.sc_metadata = document.metadata
    return document, text_nlp(doc)


def test_a_status_page_names_its_treaty_in_a_numbered_heading(tmp_path, text_nlp):
    """A depositary's status page: banners, a chapter heading and the treaty's numbered title
    over a short note; the headings no text stands under are the head's headings too
    (twenty-second round), so the treaty is found and "the Convention" is that one."""
    path = tmp_path / "status.txt"
    path.write_text(
        "WORLD DEPOSITARY RECORDS\nDepositary services\n\nSTATUS OF TREATIES\n\n"
        "CHAPTER IX\nSPACE\n\n4. CONVENTION ON THE SHARING OF LUNAR SURFACE MAPS\n\n"
        "Status as at: 3 March 2028\n\n"
        "The Convention was adopted in Lima on 2 May 2026. Any State may join it by "
        "depositing an instrument of accession with the Secretary-General.\n\n"
        "Brazil declares that it will share its maps with every State Party through its "
        "space agency.\n",
        encoding="utf-8",
    )
    document, doc = _run(path, text_nlp)
    assert "CONVENTION ON THE SHARING OF LUNAR SURFACE MAPS" in document.metadata.headings
    found = {(s.text, s.kb_id_) for s in doc.spans["actors"]}
    assert ("Convention", "Convention on the Sharing of Lunar Surface Maps") in found
    assert ("State Party", "States Parties") in found


def test_headings_after_the_first_paragraphs_are_no_head(tmp_path):
    """A section heading further down a text is no heading of its head."""
    path = tmp_path / "report.txt"
    path.write_text(
        "ANNUAL REPORT\n\n"
        + "".join(f"Paragraph {k} says what the agency did this year.\n\n" for k in range(5))
        + "FINANCES\n\nOTHER MATTERS\n\nThe agency spent its budget.\n",
        encoding="utf-8",
    )
    assert ingest(path).metadata.headings == []
