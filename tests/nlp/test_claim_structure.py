"""Parties and modality of claim sentences (``pipeline.nlp.components.claim_structure``) and the
claims.csv rows built from them (``pipeline.dataset.rows``)."""

from __future__ import annotations

import pytest

from pipeline.dataset.rows import rows_from_doc
from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks
from pipeline.nlp.components.claim_structure import sentence_docs


@pytest.fixture(scope="module")
def structure(text_nlp):
    return text_nlp.get_pipe("spaceclaims_claim_structure")


@pytest.fixture
def claim(text_nlp, structure):
    """Run the text pipeline over ``paragraphs``, give every sentence ``label`` and run the
    claim-structure component; return the doc and its document."""

    def run(paragraphs: str | list[str], label: str = "cooperation", year: int | None = None):
        if isinstance(paragraphs, str):
            paragraphs = [paragraphs]
        document = Document(
            source="t.txt",
            sha256="0" * 64,
            format="txt",
            parsed=ParsedText(Metadata(year=year), [Block(p) for p in paragraphs]),
        )
        text, spans = join_blocks(document)
        doc = text_nlp.make_doc(text)
        doc._.sc_blocks = spans
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = label
        return structure(doc), document

    return run


def first_sentence(doc):
    return next(iter(doc.sents))


@pytest.mark.parametrize(
    ("text", "label", "parties"),
    [
        # coordinated subjects and the agreement signed on
        ("China and Russia signed an agreement on the ILRS.", "cooperation",
         ["China", "Russia", "ILRS"]),
        # "with X"; a law that bars is the framework, not a party
        ("The Wolf Amendment bars NASA from cooperating with China.", "competition",
         ["NASA", "China"]),
        # "between X and Y"
        ("Cooperation between Canada and the United States should deepen.", "cooperation",
         ["Canada", "United States"]),
        # the speaker is a party when the reported clause is about itself
        ("Roscosmos said it would not participate in the Lunar Gateway.", "cooperation",
         ["Roscosmos", "Gateway"]),
        # ... and a source otherwise; the qualifier "NASA" of the speaker is no party either
        ("NASA Administrator Bill Nelson warned that China is racing to the Moon.",
         "competition", ["China"]),
        # a possessor of an actor only qualifies it
        ("Thailand joined China's ILRS in 2024.", "cooperation", ["Thailand", "ILRS"]),
        ("Pakistan's SUPARCO will build an orbiter with CNSA.", "cooperation",
         ["SUPARCO", "CNSA"]),
        # a possessor of a relation noun is a party
        ("China's partnership with Pakistan is deepening.", "cooperation",
         ["China", "Pakistan"]),
        # background clauses and places are not parties
        ("After Russia invaded Ukraine, ESA ended its cooperation with Roscosmos.", "both",
         ["ESA", "Roscosmos"]),
        ("Ground stations in Argentina, Chile and South Africa support the mission.",
         "cooperation", []),
        # frameworks
        ("Under the Outer Space Treaty, China and Russia must consult each other.",
         "cooperation", ["China", "Russia"]),
        ("Cooperation shall be carried out in accordance with the Outer Space Treaty.",
         "cooperation", []),
        # dash compounds and combining forms coordinate their actors
        ("The ESA–NASA agreement covers the service module.", "cooperation", ["ESA", "NASA"]),
        ("The Sino-Indian rivalry has intensified.", "competition", ["China", "India"]),
        # a demonym stands for the noun it modifies; an acting metonym is the state
        ("The Chinese government accused Washington of militarising space.", "competition",
         ["China", "United States"]),
        ("The talks between Canberra and Beijing ended without an agreement.", "cooperation",
         ["Australia", "China"]),
        # generic phrases are not actors, so not parties
        ("States Parties shall consult one another.", "cooperation", []),
    ],
)  # fmt: skip
def test_parties(claim, text, label, parties):
    doc, _ = claim(text, label)
    assert first_sentence(doc)._.sc_claim_parties == parties


@pytest.mark.parametrize(
    ("text", "label", "modality"),
    [
        ("China and Russia signed an agreement on the ILRS.", "cooperation", "asserted"),
        ("China sought to join the International Space Station.", "cooperation", "asserted"),
        ("Japan plans to join the Artemis program.", "cooperation", "planned"),
        ("Pakistan's SUPARCO will build an orbiter with CNSA.", "cooperation", "planned"),
        ("China is willing to share samples with other countries.", "cooperation", "planned"),
        ("Cooperation between Canada and the United States should deepen.", "cooperation",
         "normative"),
        ("States Parties shall consult one another.", "cooperation", "normative"),
        # a prohibition is a norm, not a denial
        ("None of the funds may be used by NASA to cooperate with China.", "competition",
         "normative"),
        ("If the ILRS and Artemis remain separate, rival lunar norms could emerge.",
         "competition", "hypothetical"),
        ("Perhaps the ILRS and the Gateway could one day exchange crews.", "cooperation",
         "hypothetical"),
        ("The Pentagon has warned that China could use its space station for military purposes.",
         "competition", "hypothetical"),
        ("India has never signed a space agreement with Pakistan.", "cooperation", "negated"),
        ("China does not seek a space race with any country.", "competition", "negated"),
        ("ESA will no longer cooperate with Roscosmos.", "cooperation", "negated"),
        ("Roscosmos said it would not participate in the Lunar Gateway.", "cooperation",
         "negated"),
        ("The talks between Canberra and Beijing ended without an agreement.", "cooperation",
         "negated"),
        # a negation that does not reach the relation does not deny it
        ("Jordan has no space agency of its own, but it hosts a ground station funded by the "
         "European Union.", "cooperation", "asserted"),
        # a refusal that is the competition claim itself (exclusion) is not a denial
        ("The New Zealand government said it would not allow Chinese ground stations on its "
         "territory.", "competition", "planned"),
    ],
)  # fmt: skip
def test_modality(claim, text, label, modality):
    doc, _ = claim(text, label)
    assert first_sentence(doc)._.sc_claim_modality == modality


def test_neutral_sentences_are_not_parsed(text_nlp, structure, monkeypatch):
    parsed: list[str] = []
    original = structure.parse

    def spy(sents):
        parsed.extend(s.text for s in sents)
        return original(sents)

    monkeypatch.setattr(structure, "parse", spy)
    doc = text_nlp("China and Russia signed an agreement. The crater is 20 km wide.")
    sents = list(doc.sents)
    sents[0]._.sc_claim_label = "cooperation"
    sents[1]._.sc_claim_label = "neutral"
    structure(doc)
    assert parsed == [sents[0].text]
    assert sents[1]._.sc_claim_parties is None
    assert sents[1]._.sc_claim_modality == ""


def test_sentence_docs_match_span_as_doc(text_nlp):
    doc = text_nlp("NASA signed an accord. Beijing announced that CNSA would join. Fine.")
    sents = list(doc.sents)
    for mine, spacys in zip(sentence_docs(sents), [s.as_doc() for s in sents], strict=True):
        assert [t.text for t in mine] == [t.text for t in spacys]
        assert [t.tag_ for t in mine] == [t.tag_ for t in spacys]
        assert [t.ent_type_ for t in mine] == [t.ent_type_ for t in spacys]
        assert (mine.tensor == spacys.tensor).all()


def test_claims_rows_are_unordered_pairs_with_the_first_date(claim):
    doc, document = claim(
        [
            "In March 2021 Russia, China and Belarus signed an accord on the ILRS in 2023.",
            "China seeks to lead.",
        ]
    )
    rows = rows_from_doc(doc, document)
    first = rows.sentences[0]
    assert first["parties"] == "Russia; China; Belarus; ILRS"
    assert first["modality"] == "asserted"
    pairs = [(r["party_a"], r["party_b"]) for r in rows.claims]
    assert pairs == [
        ("Belarus", "China"),
        ("Belarus", "ILRS"),
        ("Belarus", "Russia"),
        ("China", "ILRS"),
        ("China", "Russia"),
        ("ILRS", "Russia"),
    ]
    assert {r["date"] for r in rows.claims} == {"2021-03"}
    assert {(r["sentence_id"], r["label"], r["modality"]) for r in rows.claims} == {
        (0, "cooperation", "asserted")
    }
    # a single party makes no pair
    assert rows.sentences[1]["parties"] == "China"
    assert rows.tables()["claims"] == rows.claims


def test_neutral_rows_have_no_parties(claim):
    doc, document = claim("China and Russia signed an agreement.", label="neutral")
    rows = rows_from_doc(doc, document)
    assert (rows.sentences[0]["parties"], rows.sentences[0]["modality"]) == ("", "")
    assert rows.claims == []


def test_a_missing_parser_package_is_an_actionable_error():
    from pipeline.nlp.components.claim_structure import load_parser

    with pytest.raises(RuntimeError, match="parser_model"):
        load_parser("en_no_such_package_xyz")
