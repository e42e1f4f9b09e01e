"""The shipped classifier reads the claim, not the names: a real sentence and its twin with all
country names swapped get the same label (issue 12: at least 98% of annotated real sentences
that name a country)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.classify.invariance import swap_countries
from pipeline.classify.model_io import load_model
from pipeline.classify.standoff import load_standoff
from pipeline.classify.train import prepared_texts
from pipeline.nlp.masking import EntityMasker

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "real" / "annotations.jsonl"


def test_twins_swap_every_annotated_country():
    from pipeline.classify.standoff import Mention, RealSentence

    s = RealSentence(
        file="x", start=0, end=0, split="dev", register="", label="cooperation",
        text="China and the United States met; Chinese officials and Kenya too.",
        actors=(Mention(0, 5, "China", "country"), Mention(14, 27, "United States", "country"),
                Mention(33, 40, "China", "country"), Mention(55, 60, "Kenya", "country")),
    )  # fmt: skip
    assert swap_countries(s) == "India and the France met; Indian officials and Kenya too."
    assert swap_countries(RealSentence("x", 0, 0, "No country here.", "dev", "", "neutral")) is None


@pytest.mark.real_data
def test_name_swap_twins_get_the_same_label(shared_dir, text_nlp):
    records = load_standoff(GOLD, texts_dir=shared_dir / "realcorpus")
    pairs = [(r.text, twin) for r in records if (twin := swap_countries(r))]
    assert len(pairs) > 300
    model, _ = load_model(None)
    params = {"entity_masking": getattr(model, "entity_masking", False)}
    masker = EntityMasker(text_nlp)
    original = model.predict(prepared_texts([a for a, _ in pairs], params, masker))
    swapped = model.predict(prepared_texts([b for _, b in pairs], params, masker))
    agreement = float((original == swapped).mean())
    assert agreement >= 0.98, f"only {agreement:.3f} of {len(pairs)} twins keep their label"
