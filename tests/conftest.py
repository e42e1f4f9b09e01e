"""Shared fixtures: spaCy pipelines are loaded once per session."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

#: The shared real documents beside the project (``../shared``), or ``SPACECLAIMS_SHARED``.
SHARED = Path(os.environ.get("SPACECLAIMS_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs Chromium and Playwright; skipped without")
    config.addinivalue_line(
        "markers",
        "real_data: reads the real documents in ../shared (realcorpus, realpdf); skipped on a "
        "clone without them, a failure in CI",
    )


def pytest_collection_modifyitems(config, items):
    if (SHARED / "realcorpus").is_dir():
        return
    reason = (
        f"needs the shared real documents at {SHARED} (set SPACECLAIMS_SHARED to their folder); "
        "a clone of the repository alone does not have them"
    )
    for item in items:
        if "real_data" in item.keywords:
            if os.environ.get("CI") == "true":
                raise pytest.UsageError(f"CI: {reason}")
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The folder holding ``realcorpus/`` and ``realpdf/`` (tests marked ``real_data`` only)."""
    return SHARED


@pytest.fixture(scope="session")
def text_nlp():
    """The pipeline without the claim classifier: sentences, acronyms, actors, dates."""
    from pipeline.nlp.build import build_nlp, load_config

    config = load_config()
    del config["components"]["spaceclaims_claims"]
    return build_nlp(config=config)


def _unparsed_doc(text_nlp, blocks, title: str = "", year: int | None = None):
    """A document of ``blocks`` (a str or a list of paragraphs) with ``title`` and ``year`` as
    its metadata, and the spaCy ``Doc`` of its text with the blocks set, not yet run."""
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks

    if isinstance(blocks, str):
        blocks = [blocks]
    document = Document(
        source="t.txt",
        sha256="0" * 64,
        format="txt",
        parsed=ParsedText(Metadata(title=title, year=year), [Block(b) for b in blocks]),
    )
    text, spans = join_blocks(document)
    doc = text_nlp.make_doc(text)
    doc._.sc_blocks = spans
    return doc, document


@pytest.fixture(scope="session")
def run_with_claims_setting():
    """Run a document of ``blocks`` (one paragraph each) through the whole pipeline with one
    setting of the claims component changed: ``run(blocks, name, value) -> Doc``."""
    from pipeline.document import Block, Document, Metadata, ParsedText, join_blocks
    from pipeline.nlp.build import build_nlp, load_config

    def run(blocks: list[str], name: str, value: object):
        document = Document(
            source="t.txt",
            sha256="0" * 64,
            format="txt",
            parsed=ParsedText(Metadata(title=""), [Block(b) for b in blocks]),
        )
        config = load_config()
        config["components"]["spaceclaims_claims"][name] = value
        nlp = build_nlp(config=config)
        text, spans = join_blocks(document)
        doc = nlp.make_doc(text)
        doc._.sc_blocks = spans
        return nlp(doc)

    return run


@pytest.fixture
def actor_mentions():
    """``(text, canonical name, type)`` of each actor span of a ``Doc``, optionally only those
    found by one method (``sc_actor_method``: "self_reference", "short_form", ...)."""

    def mentions(doc, method: str | None = None) -> list[tuple[str, str, str]]:
        return [
            (s.text, s.kb_id_, s.label_)
            for s in doc.spans["actors"]
            if method is None or s._.sc_actor_method == method
        ]

    return mentions


@pytest.fixture
def txt_claim_parties(text_nlp, tmp_path):
    """Each sentence of a text (read as a .txt file, as the runner reads it, speakers and all)
    with its parties, every sentence taken as a cooperation claim."""
    from pipeline.document import block_speakers, join_blocks
    from pipeline.ingest import ingest

    def parties(text: str, name: str = "record.txt") -> list[tuple[str, list[str]]]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        document = ingest(path)
        joined, spans = join_blocks(document)
        doc = text_nlp.make_doc(joined)
        doc._.sc_blocks = spans
        doc._.sc_speakers = block_speakers(document, spans)
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = "cooperation"
        doc = text_nlp.get_pipe("spaceclaims_claim_structure")(doc)
        return [(s.text, list(s._.sc_claim_parties or [])) for s in doc.sents]

    return parties


@pytest.fixture
def make_doc(text_nlp):
    """Run ``text_nlp`` over blocks of text (a str or a list of paragraphs), with the
    document's ``title`` and ``year`` as its metadata."""

    def run(blocks, *, title: str = "", year: int | None = None):
        doc, document = _unparsed_doc(text_nlp, blocks, title, year)
        doc._.sc_metadata = document.metadata
        return text_nlp(doc)

    return run


ACTORS = ["Kenya", "Japan", "Brazil", "India", "France", "Chile", "Egypt", "Norway"]
TOPICS = ["lunar rovers", "weather satellites", "navigation signals", "launch sites"]
TEMPLATES = {
    "cooperation": "{a} and {b} signed an agreement to cooperate on {t}.",
    "competition": "{a} imposed sanctions on {b} to block its work on {t}.",
    "both": "{a} and {b} joined forces on {t} to counter the rival bloc.",
    "neutral": "The report on {t} was published in {a} last week.",
}


def _tiny_examples(per_label: int = 12) -> list[tuple[str, str]]:
    """Distinct, clearly labelled sentences from templates (a fast, learnable fixture)."""
    out = []
    pairs = list(itertools.permutations(ACTORS, 2))
    for label, template in TEMPLATES.items():
        for k in range(per_label):
            a, b = pairs[(k * 5 + len(label)) % len(pairs)]
            out.append((template.format(a=a, b=b, t=TOPICS[k % len(TOPICS)]), label))
    assert len({t for t, _ in out}) == len(out), "fixture sentences must be distinct"
    return out


@pytest.fixture(scope="session")
def tiny_examples():
    """A function giving distinct, clearly labelled template sentences (fast to learn)."""
    return _tiny_examples


@pytest.fixture
def titled_claim(text_nlp):
    """Run ``text`` through ``text_nlp`` as a document titled ``title`` whose sentences are all
    ``label`` claims, then the claim-structure component; return its first sentence."""
    structure = text_nlp.get_pipe("spaceclaims_claim_structure")

    def run(title: str, text: str, label: str = "cooperation"):
        doc = text_nlp.make_doc(text)
        doc._.sc_blocks = [(0, len(text))]
        doc._.sc_title = title
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = label
        return next(iter(structure(doc).sents))

    return run


@pytest.fixture
def claim_doc(text_nlp):
    """Run ``blocks`` (one paragraph each, or one string) as a document with ``title`` and
    ``year`` whose sentences are all ``label`` claims, then the claim-structure component;
    return the doc and its document."""
    structure = text_nlp.get_pipe("spaceclaims_claim_structure")

    def run(
        blocks: str | list[str],
        label: str = "cooperation",
        *,
        title: str = "",
        year: int | None = None,
    ):
        doc, document = _unparsed_doc(text_nlp, blocks, title, year)
        if title:
            doc._.sc_title = title
        doc = text_nlp(doc)
        for sent in doc.sents:
            sent._.sc_claim_label = label
        return structure(doc), document

    return run


@pytest.fixture
def last_claim(claim_doc):
    """The last sentence of ``claim_doc(blocks, label, title=title)``: a list item read after
    its lead-in, a claim after its context."""

    def run(title: str, blocks: str | list[str], label: str = "cooperation"):
        doc, _ = claim_doc(blocks, label, title=title)
        return list(doc.sents)[-1]

    return run
