"""Lines of plain text and Markdown that must stay apart, or stay together (issue 13): list items
without end punctuation are items of their own, not a sentence cut at a page break."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Block
from pipeline.ingest import ingest
from pipeline.ingest.continuation import merge_continued_blocks


def _blocks(tmp_path: Path, text: str, suffix: str = ".txt") -> list[str]:
    path = tmp_path / f"doc{suffix}"
    path.write_text(text, encoding="utf-8")
    return [b.text for b in ingest(path).blocks]


@pytest.mark.parametrize(
    ("suffix", "text", "expected"),
    [
        # bullets in lower case, no end punctuation: one item a block
        (
            ".txt",
            "The plan covers three fields of work between the partners:\n"
            "- orbit tracking\n- ground stations\n- staff exchanges\n\n"
            "It starts next year.\n",
            [
                "The plan covers three fields of work between the partners:",
                "orbit tracking",
                "ground stations",
                "staff exchanges",
                "It starts next year.",
            ],
        ),
        (
            ".txt",
            "The office wrote a short note on the new plan. The plan covers:\n\n"
            "• orbit tracking\n\n• ground stations\n\nIt starts next year.\n",
            [
                "The office wrote a short note on the new plan. The plan covers:",
                "orbit tracking",
                "ground stations",
                "It starts next year.",
            ],
        ),
        # an item wrapped over two lines is still one item
        (
            ".txt",
            "The partners chose two steps:\n- pool their radar data from all\n"
            "  sites in the south\n- open a shared office\n\nWork begins in May.\n",
            [
                "The partners chose two steps:",
                "pool their radar data from all sites in the south",
                "open a shared office",
                "Work begins in May.",
            ],
        ),
        (
            ".md",
            "The office wrote a short note on the new plan. The plan covers:\n\n"
            "- orbit tracking\n- ground stations\n\nIt starts next year.\n",
            [
                "The office wrote a short note on the new plan. The plan covers:",
                "orbit tracking",
                "ground stations",
                "It starts next year.",
            ],
        ),
        (
            ".md",
            "The office set out its aims for the decade. Two aims:\n\n"
            "1. widen the science return\n2. lower the cost\n\nBoth are funded.\n",
            [
                "The office set out its aims for the decade. Two aims:",
                "widen the science return",
                "lower the cost",
                "Both are funded.",
            ],
        ),
        # negative: a paragraph cut by a blank line in mid-sentence is still joined
        (
            ".txt",
            "The two agencies agreed to pool their tracking data and to share the cost of\n\n"
            "the new ground stations in the south.\n",
            [
                "The two agencies agreed to pool their tracking data and to share the cost of "
                "the new ground stations in the south."
            ],
        ),
    ],
)
def test_list_items_stay_apart(tmp_path: Path, suffix: str, text: str, expected: list[str]):
    assert _blocks(tmp_path, text, suffix) == expected


def test_a_list_item_never_continues_the_block_before_it():
    blocks = [
        Block("orbit tracking", list_item=True),
        Block("ground stations", list_item=True),
        Block("and other sites, said the office.", list_item=False),
    ]
    assert [b.text for b in merge_continued_blocks(blocks)] == [
        "orbit tracking",
        "ground stations and other sites, said the office.",
    ]
    # without the mark the same text is read as a cut sentence (a page break of a PDF)
    plain = [Block("orbit tracking"), Block("ground stations")]
    assert [b.text for b in merge_continued_blocks(plain)] == ["orbit tracking ground stations"]


_LEAD = "The ministers met to discuss a shared plan. They signed three letters.\n\n"
_BODY = "Both governments condemned tests that leave debris in orbit. They urged restraint.\n"


def _sections(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return [(b.section, b.text) for b in ingest(path).blocks]


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # a title underlined with "=" or "-" (Setext) heads the paragraph; the rule is no text
        ("Space Security\n==============\n", [("Space Security", _BODY.strip())]),
        ("Space Security\n--------------\n", [("Space Security", _BODY.strip())]),
        # hashes mark a heading in plain text too
        ("## Space Security\n", [("Space Security", _BODY.strip())]),
        # a line all in capitals with a colon is a heading, not a speaker and his words
        ("SECTION TWO: SECURITY\n", [("SECTION TWO: SECURITY", _BODY.strip())]),
        # negative: a run-in label with its sentence stays one paragraph, in the open section
        (
            "Space Security: " + _BODY + "\n",
            [("", "Space Security: " + _BODY.strip()), ("", _BODY.strip())],
        ),
        # negative: a rule of dashes after a blank line separates, it underlines nothing
        ("----------\n\n", [("", _BODY.strip())]),
        # negative: a hash before a lower-case word is no heading mark
        ("# of launches rose again\n\n", [("", "# of launches rose again"), ("", _BODY.strip())]),
    ],
)
def test_headings_marked_in_plain_text(tmp_path: Path, middle: str, expected):
    blocks = _sections(tmp_path, _LEAD + middle + _BODY)
    assert blocks[0] == ("", _LEAD.strip())
    assert blocks[1:] == expected


def test_a_speaker_turn_keeps_its_label_apart():
    from pipeline.ingest.text import ingest_txt

    text = _LEAD + "MS. REYES: Thank you all for coming to the briefing today.\n\n" + _BODY
    parsed = ingest_txt(text.encode())
    assert [b.text for b in parsed.blocks][1] == "Thank you all for coming to the briefing today."
    assert [e.text for e in parsed.excluded if e.kind == "speaker"] == ["MS. REYES:"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Lunar Science\n=====\n\nText.", ["Lunar Science"]),
        ("Intro text.\n\n  Lunar Science\n  ---\nText.", ["Lunar Science"]),
        # negative: under two lines of a paragraph, after a sentence, or alone
        ("A paragraph\nof two lines\n-----\n", []),
        ("The end of a sentence.\n-----\n", []),
        ("\n-----\n", []),
    ],
)
def test_underlined_titles(text: str, titles: list[str]):
    from pipeline.ingest.textmarks import underlined_titles

    blanked, offsets = underlined_titles(text)
    assert len(blanked) == len(text)
    assert sorted(blanked[o:].split("\n", 1)[0].strip() for o in offsets) == titles
    for o in offsets:
        assert "---" not in blanked[o:] and "===" not in blanked[o:]


@pytest.mark.parametrize(
    ("line", "heading", "title"),
    [
        ("Chapter 4 - Launch Competition", True, "Launch Competition"),
        ("Part 2 \u2013 Security in Orbit", True, "Security in Orbit"),
        ("Section 3: Scope", True, "Scope"),
        ("2.1 Cooperation with Europe", True, "Cooperation with Europe"),
        # negative: a range or a sentence after a number and a dash is no heading
        ("4 - 5 missions flew that year", False, "5 missions flew that year"),
        ("12 - the agency said so.", False, "the agency said so."),
        ("Chapter 4 -", False, "-"),
    ],
)
def test_a_dash_or_colon_after_a_heading_number(line: str, heading: bool, title: str):
    from pipeline.ingest.publisher import looks_like_heading
    from pipeline.ingest.publisher.headings import strip_numbering

    assert looks_like_heading(line) is heading
    assert strip_numbering(line) == title
