"""Agreements and memoranda as their texts are set (the blind agreements set of the fourteenth
round, ``corpus/blind/agreements``): a title in capitals names the parties, "this MOU" and
"Each Cooperating Agency" refer to the instrument and its parties, the list items under "The
Parties shall cooperate in the following areas:" are the Parties' acts, a memorandum states its
provisions with "will", and a signature block dates it in figures. Sentences are the team's
own, with negative cases."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.components.claim_structure import _cased
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import document_date_evidence

NORWAY_KENYA = (
    "AGREEMENT BETWEEN THE GOVERNMENT OF THE KINGDOM OF NORWAY AND THE GOVERNMENT OF THE "
    "REPUBLIC OF KENYA ON COOPERATION IN THE EXPLORATION AND USE OF OUTER SPACE"
)
AEB_AEM = (
    "MEMORANDUM OF UNDERSTANDING BETWEEN THE BRAZILIAN SPACE AGENCY AND THE MEXICAN SPACE "
    "AGENCY CONCERNING COOPERATION IN EARTH OBSERVATION"
)
#: the instrument a title in capitals names, written as a title is (round 18)
AEB_AEM_NAME = (
    "Memorandum of Understanding between the Brazilian Space Agency and the Mexican Space "
    "Agency concerning Cooperation in Earth Observation"
)
RELEASE = "Brazil and Mexico Sign Space Pact"


@pytest.fixture
def instrument_claim(text_nlp):
    """The last sentence of ``blocks`` run as the runner runs a document titled ``title`` (its
    metadata set, which the self-references read), all sentences cooperation claims."""
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks

    structure = text_nlp.get_pipe("spaceclaims_claim_structure")

    def run(title: str, blocks: list[str]):
        document = Document(
            source="t.txt",
            sha256="0" * 64,
            format="txt",
            parsed=ParsedText(Metadata(title=title), [Block(b) for b in blocks]),
        )
        text, spans = join_blocks(document)
        doc = text_nlp.make_doc(text)
        doc._.sc_blocks = spans
        doc._.sc_title = title
        doc._.sc_metadata = document.metadata
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = "cooperation"
        return list(structure(doc).sents)[-1]

    return run


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("AGREEMENT BETWEEN THE GOVERNMENT OF THE PEOPLE'S REPUBLIC OF CHINA AND NASA",
         "Agreement between the Government of the People's Republic of China and Nasa"),
        ("MEMORANDUM WITH THE CENTRE NATIONAL D'ÉTUDES SPATIALES",
         "Memorandum with the Centre National d'Études Spatiales"),
        # a title not all in capitals, or too short to tell, stays as it is
        ("Agreement between the Government of Canada and NASA",
         "Agreement between the Government of Canada and NASA"),
        ("NASA AND ESA", "NASA AND ESA"),
    ],
)  # fmt: skip
def test_a_title_in_capitals_in_title_case(title, expected):
    assert _cased(title) == expected
    assert len(_cased(title)) == len(title)


@pytest.mark.parametrize(
    ("title", "blocks", "parties"),
    [
        # the Parties of an agreement whose title is set in capitals
        (NORWAY_KENYA, ["The Parties shall exchange the data of their weather satellites."],
         ["Norway", "Kenya"]),
        (NORWAY_KENYA, ["Each Party shall inform the other Party of its launches."],
         ["Norway", "Kenya"]),
        # an item under "The Parties shall cooperate in the following areas:" is their act
        (NORWAY_KENYA, ["The Parties shall cooperate in the following areas:",
                        "joint design of payloads for small satellites;"], ["Norway", "Kenya"]),
        (NORWAY_KENYA, ["The Parties shall cooperate in the following areas:",
                        "joint design of payloads for small satellites;",
                        "training of engineers at ground stations;"], ["Norway", "Kenya"]),
        # a lead-in with no side gives none; an item with its own subject keeps its own
        (AEB_AEM, ["The cooperation under this MOU may include:",
                   "joint analysis of images of the Amazon basin;"], []),
        (NORWAY_KENYA, ["The Parties shall cooperate in the following areas:",
                        "the Kenya Space Agency shall train engineers of Norway;"],
         ["Kenya Space Agency", "Norway"]),
        # "the Norwegian Party": the state that the agreement's own word names
        (NORWAY_KENYA, ["The Norwegian Party shall provide launch opportunities for Kenyan "
                        "payloads."], ["Norway", "Kenya"]),
        # a recital's "their" is the Parties', unless a plural noun before it is meant
        (NORWAY_KENYA, ["Desiring to deepen their friendship through joint work in space,"],
         ["Norway", "Kenya"]),
        (NORWAY_KENYA, ["Recalling that States have agreed to share their data with one "
                        "another,"], []),
        # the defined party term of a memorandum, with or without a determiner before it
        (AEB_AEM, ["Each Cooperating Agency waives all claims against the other Cooperating "
                   "Agency."], ["Cooperating Agencies"]),
        (AEB_AEM, ["The Cooperating Agencies will exchange the data needed to carry out this "
                   "MOU."], ["Cooperating Agencies"]),
    ],
)  # fmt: skip
def test_parties_of_an_instrument(instrument_claim, title, blocks, parties):
    assert sorted(instrument_claim(title, blocks)._.sc_claim_parties) == sorted(parties)


def test_this_mou_is_the_instrument(make_doc):
    doc = make_doc(
        ["The Cooperating Agencies will exchange data under this MOU.",
         "Either Cooperating Agency may end the MoU with three months' notice."],
        title=AEB_AEM,
    )  # fmt: skip
    found = [(s.text, s.kb_id_, s._.sc_actor_method) for s in doc.spans["actors"]]
    assert ("this MOU", AEB_AEM_NAME, "self_reference") in found
    assert ("MoU", AEB_AEM_NAME, "self_reference") in found
    assert ("Cooperating Agency", "Cooperating Agencies", "self_reference") in found
    assert not any(kb.startswith("Either") for _, kb, _ in found)


def test_a_release_that_discusses_an_mou_has_no_self_reference(make_doc):
    doc = make_doc(["The agencies said this MOU would help both sides."], title=RELEASE)
    assert not any(s._.sc_actor_method == "self_reference" for s in doc.spans["actors"])


@pytest.mark.parametrize(
    ("title", "text", "modality"),
    [
        # a memorandum states its provisions with "will", whatever the subject
        (AEB_AEM, "The Cooperating Agencies intend to publish the joint results together.",
         "normative"),
        (AEB_AEM, "There will be no exchange of funds between the Cooperating Agencies.",
         "normative"),
        (AEB_AEM, "The points of contact will meet once a year to review the cooperation.",
         "normative"),
        (AEB_AEM, "Any disagreement will be referred to the heads of the two agencies for "
                  "consultation.", "normative"),
        # the same words outside an instrument
        (RELEASE, "There will be no exchange of funds between the two agencies.", "negated"),
        (RELEASE, "The points of contact will meet once a year to review the cooperation.",
         "planned"),
        (RELEASE, "The agencies intend to publish the joint results together.", "planned"),
        # a recital's reported clause keeps its own reading
        (NORWAY_KENYA, "Believing that closer ties will strengthen cooperation between them,",
         "planned"),
    ],
)  # fmt: skip
def test_provisions_of_a_memorandum(instrument_claim, title, text, modality):
    assert instrument_claim(title, [text])._.sc_claim_modality == modality


TODAY = date(2026, 12, 6)
BODY = "The two agencies will share their data and train engineers together. " * 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signature block's labelled date in figures, after the name and title
        (BODY + "\n\nFor the Brazilian Space Agency\n\nName: Ana Roe\nTitle: President\n"
         "Date: 14.10.2024\n\nFor the Mexican Space Agency\n\nName: Juan Roe\n"
         "Date: 14.10.2024\n", ("2024-10-14", "signature block")),
        (BODY + "\n\nMexico City, 22/03/2023\n", ("2023-03-22", "signature block")),
        # day and month read alike in both orders: full stops are day first (round 18), a slash
        # leaves the year only
        (BODY + "\n\nName: Ana Roe\nDate: 05.03.2024\n", ("2024-03-05", "signature block")),
        (BODY + "\n\nName: Ana Roe\nDate: 05/03/2024\n", ("2024", "signature block")),
        # a date in figures far from the end is no signature block's
        (BODY + "\n\nThe data of 14.10.2024 were shared.\n\n" + BODY,
         (None, "")),
        # a day after the day of the run is none
        (BODY + "\n\nDate: 14.12.2026\n", (None, "")),
    ],
)  # fmt: skip
def test_a_signature_block_dated_in_figures(text, expected):
    assert document_date_evidence(text, year=None, find=find_dates, today=TODAY) == expected
