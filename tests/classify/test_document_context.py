"""A clear claim keeps its label inside a document, whatever neutral sentence comes before it.

The claims component once mixed 0.3 of the previous sentence's head probabilities into each
sentence's. With the competition threshold at 0.70 that made a competition head unreachable
after a neutral sentence (0.7 * p + 0.3 * 0.0 < 0.70 for any p < 1), so a run labelled far fewer
competition sentences than `spaceclaims evaluate`, which reads sentences one at a time (fifteenth
round, `scripts/experiment_results.md`). The sentences are written for this test and are clear
cases of their label under docs/annotation-guide.md."""

from __future__ import annotations

import pytest

NEUTRAL_BEFORE = [
    "The spacecraft weighs about two tonnes and carries four science instruments.",
    "The launch window opens in the first week of October.",
]
CLAIMS = [
    ("competition", "Beijing and Washington are racing each other to put the first crews on the Moon's south pole."),
    ("competition", "The new sanctions are designed to cut Russia off from Western satellite components."),
    ("competition", "Washington worries that Beijing will overtake it in space and write the rules for the Moon."),
    ("competition", "The two powers compete fiercely for launch customers and for influence over lunar governance."),
    ("cooperation", "India and Japan signed an agreement to build a lunar polar rover together."),
    ("cooperation", "The two agencies will exchange engineers and share tracking data on their missions."),
]  # fmt: skip


@pytest.fixture(scope="module")
def run_labels():
    """Each (neutral sentence, claim) pair run as a two-paragraph document by the full
    pipeline with the shipped model: the label the run gives the claim."""
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks
    from pipeline.nlp.build import build_nlp

    nlp = build_nlp()
    out = {}
    for before in NEUTRAL_BEFORE:
        for _, claim in CLAIMS:
            document = Document(
                source="t.txt",
                sha256="0" * 64,
                format="txt",
                parsed=ParsedText(Metadata(title=""), [Block(before), Block(claim)]),
            )
            text, spans = join_blocks(document)
            doc = nlp.make_doc(text)
            doc._.sc_blocks = spans
            doc = nlp(doc)
            labels = {s.text.strip(): s._.sc_claim_label for s in doc.sents if s.text.strip()}
            assert labels.get(before) == "neutral", labels
            out[before, claim] = labels[claim]
    return out


@pytest.mark.parametrize("before", NEUTRAL_BEFORE, ids=["mass", "window"])
@pytest.mark.parametrize(("label", "claim"), CLAIMS, ids=[f"{lab}-{i}" for i, (lab, _) in enumerate(CLAIMS)])  # fmt: skip
def test_a_clear_claim_after_a_neutral_sentence_keeps_its_label(run_labels, before, label, claim):
    assert run_labels[before, claim] == label
