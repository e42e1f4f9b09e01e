"""Shared fixtures: spaCy pipelines are loaded once per session."""

from __future__ import annotations

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: needs Chromium and Playwright; skipped without")


@pytest.fixture(scope="session")
def text_nlp():
    """The pipeline without the claim classifier: sentences, acronyms, actors, dates."""
    from pipeline.nlp import build_nlp, load_config

    config = load_config()
    del config["components"]["spaceclaims_claims"]
    return build_nlp(config=config)


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline with the shipped model."""
    from pipeline.nlp import build_nlp

    return build_nlp()


@pytest.fixture
def make_doc(text_nlp):
    """Run ``text_nlp`` over blocks of text (a str or a list of paragraphs)."""
    from pipeline.document import Block, Document, Metadata, ParsedText
    from pipeline.rows import join_blocks

    def run(blocks):
        if isinstance(blocks, str):
            blocks = [blocks]
        document = Document(
            source="t.txt",
            sha256="0" * 64,
            format="txt",
            parsed=ParsedText(Metadata(), [Block(b) for b in blocks]),
        )
        text, spans = join_blocks(document)
        doc = text_nlp.make_doc(text)
        doc._.blocks = spans
        return text_nlp(doc)

    return run
