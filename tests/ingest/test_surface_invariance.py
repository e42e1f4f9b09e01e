"""The same text in another surface form gives the same running text (issues 12, 13).

Table tests for the causes that ``scripts/score_invariance.py`` found on real documents: each
case is written here in our own words, with negatives (the rule must not fire on prose).
"""

from __future__ import annotations

import pytest

from pipeline.ingest.html import ingest_html
from pipeline.ingest.text import ingest_txt

PROSE = (
    "The two agencies agreed on Tuesday to share tracking data for objects in low orbit, and "
    "their engineers will meet again in the spring to compare the first results of the work."
)


def blocks(parsed) -> list[str]:
    return [b.text for b in parsed.blocks]


def sections(parsed) -> list[str]:
    return [b.section for b in parsed.blocks]


# --- <br> inside an HTML paragraph is a line break, read as plain-text lines -------------------


@pytest.mark.parametrize(
    ("inner", "expected_blocks", "expected_section"),
    [
        # a heading line above the text, separated by <br> only
        (
            "Harbour Agencies Sign Tracking Pact<br>\n" + PROSE,
            [PROSE],
            "Harbour Agencies Sign Tracking Pact",
        ),
        # a wiki-style section marker on its own line
        ("== Background ==<br>" + PROSE, [PROSE], "Background"),
        # a quotation introduced with a colon on the line above: two blocks, as in plain text
        (
            "The communique says:<br>“Both parties will exchange orbital data every week.”",
            ["The communique says:", "“Both parties will exchange orbital data every week.”"],
            "",
        ),
        # negative: a <br> inside a sentence whose next line starts in lower case is one line
        (
            "The two agencies agreed on Tuesday to share tracking data for objects in<br>"
            "low orbit, and their engineers will meet again in the spring.",
            [
                "The two agencies agreed on Tuesday to share tracking data for objects in low "
                "orbit, and their engineers will meet again in the spring."
            ],
            "",
        ),
        # negative: no <br>, one paragraph as before
        (PROSE, [PROSE], ""),
    ],
)
def test_br_lines_read_as_plain_text(inner, expected_blocks, expected_section) -> None:
    page = (
        f"<html><body><p>Opening words of the page come first here.</p><p>{inner}</p></body></html>"
    )
    parsed = ingest_html(page.encode())
    assert blocks(parsed)[1:] == expected_blocks
    assert sections(parsed)[-1] == expected_section


def test_br_page_matches_the_same_text_as_txt() -> None:
    text = (
        "Harbour Agencies Sign Tracking Pact\n"
        + PROSE
        + "\n\nA second paragraph follows it, and the meeting closes with a short statement by both sides.\n"
    )
    page = (
        "<html><body><p>Harbour Agencies Sign Tracking Pact<br>\n"
        + PROSE
        + "</p>\n<p>A second paragraph follows it, and the meeting closes with a short statement by both sides.</p></body></html>"
    )
    assert blocks(ingest_html(page.encode())) == blocks(ingest_txt(text.encode()))


# --- a speaker label whose spaces are non-breaking or doubled ---------------------------------


@pytest.mark.parametrize(
    ("label", "is_speaker"),
    [
        ("THE CHAIR:", True),
        ("THE\u00a0CHAIR:", True),  # a non-breaking space inside the label
        ("MS.\u00a0OKONKWO:", True),
        ("THE  DEPUTY  MINISTER:", True),  # doubled spaces
        ("Note\u00a0well:", False),  # negative: not capitals
        ("THE\u00a0CHAIR\u00a0said:", False),  # negative: a sentence, not a label
    ],
)
def test_speaker_label_with_any_spaces(label: str, is_speaker: bool) -> None:
    text = f"Hearing on orbital debris\n\n{label}  Thank you all for coming today.\n"
    parsed = ingest_txt(text.encode())
    speakers = [e.text for e in parsed.excluded if e.kind == "speaker"]
    assert bool(speakers) is is_speaker
    if is_speaker:
        assert blocks(parsed)[-1] == "Thank you all for coming today."
