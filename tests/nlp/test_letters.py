"""The sender and the addressee of a letter between two bodies (`nlp/extract/letters.py`): the
sender signs under the complimentary close (or heads the letterhead), the addressee stands in
the address block above "Dear ...". Found on a blind letter of intent between two agencies
(seventeenth round's held-out wave); the letters here are the team's own, with negative cases:
a text without a close, a close without a salutation, an address block naming no body."""

from __future__ import annotations

import pytest

from pipeline.nlp.extract.letters import letter_sides

NOSA, KSA = "Norwegian Space Agency", "Kenya Space Agency"
ADDRESS = "Ms. Amina Odhiambo\nDirector General\nKenya Space Agency\nNairobi, Kenya\n\n"
SIGNED = "\n\nYours sincerely,\n\nOle Hansen\nDirector General\nNorwegian Space Agency\n"
BODY = "Dear Director General,\n\nOur two agencies will train engineers together.\n"


def _actors(text: str) -> list[tuple[int, int, str, str]]:
    """Every occurrence of the two agencies' names and of Kenya in ``text``."""
    out = []
    for name, kind in ((NOSA, "agency"), (KSA, "agency"), ("Kenya", "country")):
        start = text.find(name)
        while start >= 0:
            if not any(s <= start < e for s, e, _, _ in out):
                out.append((start, start + len(name), name, kind))
            start = text.find(name, start + 1)
    return sorted(out)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the signature block names the sender, the address block the addressee
        (ADDRESS + BODY + SIGNED, ((NOSA, "agency"), (KSA, "agency"))),
        # a letterhead names the sender when the signature names no body
        (NOSA.upper() + "\n" + NOSA + "\n\n" + ADDRESS + BODY + "\n\nYours faithfully,\n\nOle "
         "Hansen\n", ((NOSA, "agency"), (KSA, "agency"))),
        # "Kind regards" closes a letter too; a "(signed)" of a copy may run into the close
        (ADDRESS + BODY + "\n\nKind regards, (signed)\n\nOle Hansen\n" + NOSA + "\n",
         ((NOSA, "agency"), (KSA, "agency"))),
        # negative: no complimentary close
        (ADDRESS + BODY + "\n\nOle Hansen\n" + NOSA + "\n", ()),
        # negative: a close without a salutation (a report that ends "Sincerely")
        (ADDRESS + "Our two agencies will train engineers together." + SIGNED, ()),
        # negative: an address block that names a state, no body
        ("Ms. Amina Odhiambo\nNairobi, Kenya\n\n" + BODY + SIGNED, ()),
    ],
)  # fmt: skip
def test_letter_sides(text, sides):
    assert letter_sides(text, _actors(text)) == sides


@pytest.fixture
def letter_claims(text_nlp):
    """The sentences of the letter ``blocks`` after claim structure, all cooperation claims."""
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks

    structure = text_nlp.get_pipe("spaceclaims_claim_structure")

    def run(blocks: list[str]):
        document = Document(
            source="t.txt",
            sha256="0" * 64,
            format="txt",
            parsed=ParsedText(Metadata(title="Letter of Intent"), [Block(b) for b in blocks]),
        )
        text, spans = join_blocks(document)
        doc = text_nlp.make_doc(text)
        doc._.sc_blocks = spans
        doc._.sc_title = "Letter of Intent"
        doc._.sc_metadata = document.metadata
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = "cooperation"
        return {s.text.strip(): sorted(s._.sc_claim_parties) for s in structure(doc).sents}

    return run


LETTER = [
    "Ms. Amina Odhiambo", "Director General", "Kenya Space Agency", "Nairobi, Kenya",
    "Dear Director General,",
    "Kenya has built a strong team for satellite imagery, and Kenya trains many engineers.",
    "Our two agencies will train engineers together.",
    "Both agencies share the view that small space nations gain from working together.",
    "I would propose that our teams prepare a memorandum on joint projects.",
    "We look forward to your reply.",
    "Yours sincerely,", "Ole Hansen", "Director General", "Norwegian Space Agency",
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        # "our two agencies", "both agencies": the sender and the addressee
        ("Our two agencies will train engineers together.", sorted([KSA, NOSA])),
        ("Both agencies share the view that small space nations gain from working together.",
         sorted([KSA, NOSA])),
        # the sender's "our teams" is the sender, not the state the letter names most (Kenya)
        ("I would propose that our teams prepare a memorandum on joint projects.", [NOSA]),
    ],
)  # fmt: skip
def test_a_letter_speaks_for_its_sender(letter_claims, sentence, parties):
    assert letter_claims(LETTER)[sentence] == parties


def test_a_text_that_is_no_letter_keeps_its_principals(letter_claims):
    # negative: without the close the text is read as before: "our" is the state it names most
    claims = letter_claims(LETTER[:-4])
    assert (
        NOSA not in claims["I would propose that our teams prepare a memorandum on joint projects."]
    )
