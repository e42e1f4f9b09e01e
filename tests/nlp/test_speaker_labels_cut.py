"""A speaker label run into the speech on its line ("MS. LEE: We ...", "Dr. Hale. We ...") is
cut off the running text at ingestion (`docs/contract.md`, excluded kind `speaker`) but kept
on its block (`Block.speaker`), so that the turn mechanism (`nlp/extract/speaker_turns.py`)
still knows who speaks: a witness's "we" is the body the list of witnesses gives after the
witness's post, over every paragraph of the turn, until a member's, the chair's or a
questioner's label opens the next turn. Found on the pooled blind dev hearings of the sixteenth
round (a House transcript and a Senate record whose labels run into the speech). Each text is
the team's own, with negative rows.
"""

from __future__ import annotations

import pytest

from pipeline.document import block_speakers, join_blocks
from pipeline.ingest import ingest

#: The head of a record: its subject names the United States most (the members' "we"), and a
#: list of witnesses gives each witness's post and body.
HEAD = (
    "The subcommittee meets on the United States and its partners in orbit.\n\n"
    "Witnesses:\n"
    "Ms. Ann Lee, Director, Office of Space Commerce, Department of Commerce\n"
    "Dr. Paul Hale, Senior Fellow, Lakeshore Center for Space Law\n\n"
)
BODY = "Office of Space Commerce"


def _parties_of(rows: list[tuple[str, list[str]]], words: str) -> set[str]:
    return next(set(p) for t, p in rows if words in t)


@pytest.mark.parametrize(
    ("turns", "words", "speaks_for_body"),
    [
        # a House transcript's label in capitals and a colon, run into the speech
        ("MS. LEE: We are in talks with the European Union about our catalog.",
         "in talks", True),
        # a printed record's label in mixed case and a full stop
        ("Ms. Lee. We share our warnings with the European Union every day.", "warnings", True),
        # the turn goes on over the witness's next paragraph
        ("MS. LEE: Thank you for the invitation.\n\nWe have signed a data pact with the "
         "European Union.", "data pact", True),
        # negative: the chair's label ends the witness's turn
        ("MS. LEE: Thank you.\n\nCHAIRWOMAN DUBOIS: We will work with the European Union on "
         "this.", "will work", False),
        # negative: a question marker opens a turn of no body
        ("MS. LEE: Thank you.\n\nQ: Will we cooperate with the European Union on debris?",
         "debris", False),
        # negative: a witness the list does not name speaks for no body
        ("MR. ROSS: We coordinate with the European Union on launches.", "launches", False),
    ],
)  # fmt: skip
def test_a_cut_label_still_opens_its_turn(txt_claim_parties, turns, words, speaks_for_body):
    rows = txt_claim_parties(HEAD + turns + "\n", "hearing.txt")
    parties = _parties_of(rows, words)
    assert (BODY in parties) is speaks_for_body
    assert "EU" in parties
    assert not any(t.startswith(("MS. LEE", "Ms. Lee.", "CHAIRWOMAN", "Q:")) for t, _ in rows)


def test_ingestion_keeps_the_cut_label_on_its_block(tmp_path):
    """The label is excluded as `speaker` and kept on the block it opened; a block no label
    opened keeps none. A label standing alone on its line gives its speaker to the speech under
    it (seventeenth round: committee evidence prints its labels so)."""
    path = tmp_path / "t.txt"
    path.write_text(
        "MR. HALE: We fly with Japan.\n\nWe also fly with India.\n\nDR. KIM:\n\nWe agree.\n",
        encoding="utf-8",
    )
    document = ingest(path)
    assert [(b.text, b.speaker) for b in document.blocks] == [
        ("We fly with Japan.", "MR. HALE:"),
        ("We also fly with India.", ""),
        ("We agree.", "DR. KIM:"),
    ]
    excluded = [(e.kind, e.text) for e in document.parsed.excluded]
    assert ("speaker", "MR. HALE:") in excluded
    assert ("speaker", "DR. KIM:") in excluded
    text, spans = join_blocks(document)
    assert block_speakers(document, spans) == [
        (0, "MR. HALE:"),
        (text.index("We agree"), "DR. KIM:"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        # a witness's rank or degree abbreviated before the surname, as records print it
        ("Col. DELGADO: Thank you for the invitation.", "Col. DELGADO:"),
        ("Prof. Ito. We thank the committee.", "Prof. Ito."),
        ("Amb. KERR: Our mission supports the proposal.", "Amb. KERR:"),
        # negative: a rank opening a sentence of prose, no label closed by a colon or stop
        ("Gen. Raymond said the force would grow.", ""),
        ("Col. (Ret.) Ann Cole, Senior Adviser, Center for Orbital Studies", ""),
    ],
)  # fmt: skip
def test_a_rank_or_degree_opens_a_label(tmp_path, paragraph, label):
    path = tmp_path / "t.txt"
    path.write_text(f"The committee met on Tuesday.\n\n{paragraph}\n", encoding="utf-8")
    block = ingest(path).blocks[-1]
    assert block.speaker == label
    assert block.text == (paragraph[len(label) :].lstrip() if label else paragraph)
