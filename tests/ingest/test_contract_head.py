"""A contract's head (nineteenth round, issue 14): a reference number set beside a protective
marking over a wide gap ("Agreement No. X/Y/2026/4" ... "COMMERCIAL IN CONFIDENCE") files and
classes the document and is no title; a title whose kind ends a few capitalised words ("DATA
SHARING AGREEMENT") is carried on by its subject on the next line ("for ..."). Negatives: a
line of prose, a heading of plain words, a kind followed by prose. The texts are the team's own
words."""

from __future__ import annotations

import pytest

from pipeline.ingest.publisher.title_block import is_head_furniture, is_marked_reference
from pipeline.ingest.text import ingest_txt

PROSE = (
    "The agency expects to launch two more satellites before the end of the decade, and it "
    "has asked the ministry for a larger share of the budget to pay for them.\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Contract No. KSA/GS/2025/09                 COMMERCIAL IN CONFIDENCE", True),
        ("Ref. DLR-EO-2024-17\t\tRESTRICTED", True),
        ("OFFICIAL-SENSITIVE          File 2026/118", True),
        ("Unclassified", True),
        ("COMMERCIAL IN CONFIDENCE", True),
        # negatives: a heading of words, a title beside a marking, prose, one column of words
        ("DATA SHARING AGREEMENT", False),
        ("Launch Services Agreement          COMMERCIAL IN CONFIDENCE", False),
        ("The draft was sent to the ministry in 2024.", False),
        ("Confidential sources in the ministry", False),
    ],
)  # fmt: skip
def test_a_reference_beside_a_marking_is_head_furniture(line, expected):
    assert is_marked_reference(line) is expected
    if expected:
        assert is_head_furniture(line)


def test_a_contract_s_title_under_its_reference_and_marking():
    text = (
        "Contract No. KSA/GS/2025/09                 COMMERCIAL IN CONFIDENCE\n\n\n"
        "LAUNCH SERVICES AGREEMENT\n\n"
        "for the Launch of Two Small Radar Satellites\n\n\n"
        "This Agreement is dated 4 March 2025.\n\n" + PROSE
    )
    assert ingest_txt(text.encode()).metadata.title == (
        "LAUNCH SERVICES AGREEMENT for the Launch of Two Small Radar Satellites"
    )


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a kind after prose-like lower-case words is no title's kind
        ("LAUNCH SERVICES AGREEMENT\n\nfor many years the firm has launched from Kourou and "
         "it will go on doing so, the director said at the fair.", "LAUNCH SERVICES AGREEMENT"),
        # a heading that is no instrument is not carried on
        ("SPACE WEATHER OUTLOOK\n\nfor the Coming Solar Maximum", "SPACE WEATHER OUTLOOK"),
    ],
)  # fmt: skip
def test_a_kind_after_subject_words_is_not_carried_on_by_anything(head, title):
    assert ingest_txt(f"{head}\n\n{PROSE}".encode()).metadata.title == title
