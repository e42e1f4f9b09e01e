"""A paragraph of news copy that is one quoted sentence continues a speaker's quote: prose, not a
heading (marked blind in the fourteenth round, `corpus/blind/news`). Quoted titles and short
questions may still head. The team's own lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.ingest.publisher.headings import looks_like_heading


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"We want to work with every partner who can reach the moon."', False),
        ("\u201cThe door stays open to every nation,\u201d", False),
        ("'Nobody wins a race to the bottom!'", False),
        # negative: a quoted title, a short question, a plain heading still head
        ('"Space for All"', True),
        ('"Are we ready?"', True),
        ("Partners on paper", True),
    ],
)
def test_quoted_sentence_is_no_heading(line, expected):
    assert looks_like_heading(line) is expected


def test_quoted_paragraph_stays_in_the_running_text(tmp_path: Path):
    path = tmp_path / "wire.txt"
    path.write_text(
        "The country signed the pact on Wednesday.\n\n"
        '"This is not about sides," the deputy minister told reporters.\n\n'
        '"We want to work with every partner who can help our scientists."\n\n'
        "A spokesperson said the accords were open to all.\n",
        encoding="utf-8",
    )
    blocks = ingest(path).parsed.blocks
    assert [b.text[:12] for b in blocks] == [
        "The country ",
        '"This is not',
        '"We want to ',
        "A spokespers",
    ]
    assert all(b.section == "" for b in blocks)
