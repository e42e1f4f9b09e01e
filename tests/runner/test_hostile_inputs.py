"""Hostile and malformed inputs beside good ones: each good file is processed, each bad one gets
one error row with a message a person can act on, the run goes on and exits with the contract's
status, and no traceback reaches the user. Also the per-document limits and crash handling of
the worker processes."""

from __future__ import annotations

import csv
import faulthandler
import hashlib
import io
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import pipeline.nlp.extensions  # noqa: F401 (registers the Doc extensions the rows read)
from pipeline.runner import task as engine
from pipeline.runner.limits import Limits
from pipeline.runner.pools.local import LocalPool
from pipeline.runner.task import PipelineSpec, Task
from pipeline.schema import LIMIT, OK, TRANSIENT

#: Minutes of runs (whole corpora, killed workers): opt in with `pytest -m slow`.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MODEL_ARGS = (
    ["--model", os.environ["SPACECLAIMS_TEST_MODEL"]]
    if os.environ.get("SPACECLAIMS_TEST_MODEL")
    else []
)
GOOD = (
    "China and Russia agreed in 2021 to build the International Lunar Research Station together. "
    "NASA and the European Space Agency will share data from the Gateway. "
    "The United States and China are competing to land astronauts near the lunar south pole."
)
ODD_NAME = "name with spaces é\nand a newline.txt"


def make_pdf(path: Path, lines: list[str] | None = None, *, encrypt=None,
             image_only: bool = False) -> None:  # fmt: skip
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    lines = lines if lines is not None else [GOOD[i : i + 90] for i in range(0, len(GOOD), 90)]
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    if image_only:
        c.rect(60, 60, 400, 600, fill=1)
    for i, line in enumerate(lines):
        c.drawString(60, 780 - 14 * i, line)
    c.save()


def thousands_of_pages(path: Path, pages: int = 3000) -> None:
    """Near-empty pages (a page number), with a sentence every 50 pages."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for page in range(1, pages + 1):
        c.drawString(290, 40, str(page))
        if page % 50 == 0:
            c.drawString(
                72,
                420,
                f"NASA and ESA signed a lunar cooperation agreement in {1900 + page // 50}.",
            )
        c.showPage()
    c.save()


def zip_bomb(path: Path) -> None:
    """A DOCX whose document part inflates to 300 MB from a few hundred KB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"/>',
        )
        z.writestr("word/document.xml", b"<w:document>" + b" " * (300 * 1024**2) + b"/>")
    path.write_bytes(buf.getvalue())


def hostile_corpus(folder: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    folder.mkdir()
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(4096))
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.pdf").write_bytes(noise)
    (folder / "noise.txt").write_bytes(noise)
    (folder / "noise.docx").write_bytes(noise)
    make_pdf(folder / "good.pdf")
    whole = (folder / "good.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    make_pdf(folder / "user_password.pdf", encrypt=StandardEncryption("secret", "owner"))
    make_pdf(
        folder / "owner_password.pdf",
        encrypt=StandardEncryption("", ownerPassword="owner", canPrint=0, canCopy=0),
    )
    make_pdf(folder / "image_only.pdf", [], image_only=True)
    thousands_of_pages(folder / "pages_3000.pdf")
    (folder / "latin1.txt").write_bytes(f"Société européenne: {GOOD}".encode("latin-1"))
    (folder / "utf16.txt").write_bytes(f"Überblick. {GOOD}".encode("utf-16"))
    html = (
        "<html><head><title>Hostile</title><script>alert('owned');document.write('x')</script>"
        "</head><body><iframe src='https://example.invalid/'></iframe>"
        f"<p>{GOOD}</p>" + "<div>" * 20000 + "deep" + "</div>" * 20000 + "</body></html>"
    )
    (folder / "hostile.html").write_text(html, encoding="utf-8")
    zip_bomb(folder / "bomb.docx")
    (folder / ODD_NAME).write_text(f"The odd name does not matter. {GOOD}", encoding="utf-8")
    line = GOOD + " "
    with open(folder / "single_line_50mb.txt", "w", encoding="utf-8") as fh:
        fh.write(line * (50 * 1024**2 // len(line)))


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    hostile_corpus(root / "in")
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(root / "in"), "--out", str(root / "out"),
         "--doc-timeout", "20", "--doc-memory", "400M", *MODEL_ARGS],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    with open(root / "out" / "documents.csv", encoding="utf-8", newline="") as fh:
        docs = {Path(d["source"]).name: d for d in csv.DictReader(fh)}
    with open(root / "out" / "sentences.csv", encoding="utf-8", newline="") as fh:
        sentences = list(csv.DictReader(fh))
    return proc, docs, sentences


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.txt", "empty file"),
        ("noise.pdf", "not a PDF: the file starts with"),
        ("noise.txt", "not a text file"),
        ("noise.docx", "not a DOCX file"),
        ("truncated.pdf", "damaged PDF: the file is truncated"),
        ("user_password.pdf", "encrypted: a password is needed"),
        ("image_only.pdf", "no text layer: the PDF is a scan; OCR it first"),
        ("bomb.docx", "zip bomb"),
        ("single_line_50mb.txt", "limit: "),
    ],
)
def test_each_bad_file_gets_one_actionable_error_row(hostile_run, name, message):
    _, docs, sentences = hostile_run
    row = docs[name]
    assert row["status"] == "error"
    assert message in row["error"], row["error"]
    assert "\n" not in row["error"] and "Traceback" not in row["error"]
    assert row["n_sentences"] == "0"
    assert not [s for s in sentences if s["doc_id"] == row["doc_id"]]


def test_a_limit_error_names_its_option(hostile_run):
    _, docs, _ = hostile_run
    error = docs["single_line_50mb.txt"]["error"]  # whichever limit it reaches first
    assert "over 20 s (--doc-timeout)" in error or "over 400 MB (--doc-memory)" in error, error


@pytest.mark.parametrize(
    ("name", "expect"),
    [
        ("good.txt", "International Lunar Research Station"),
        ("good.pdf", "International Lunar Research Station"),
        ("owner_password.pdf", "International Lunar Research Station"),
        ("latin1.txt", "Société européenne"),
        ("utf16.txt", "Überblick"),
        ("hostile.html", "International Lunar Research Station"),
        (ODD_NAME, "International Lunar Research Station"),
        ("pages_3000.pdf", "lunar cooperation"),
    ],
)
def test_each_good_file_is_processed(hostile_run, name, expect):
    _, docs, sentences = hostile_run
    row = docs[name]
    assert row["status"] == "ok", row["error"]
    texts = [s["text"] for s in sentences if s["doc_id"] == row["doc_id"]]
    assert len(texts) == int(row["n_sentences"]) > 0
    assert any(expect in t for t in texts)
    assert not any("alert(" in t or "document.write" in t for t in texts)


def test_hostile_run_exit_status_and_no_traceback(hostile_run):
    proc, docs, _ = hostile_run
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(docs) == 17
    assert docs["pages_3000.pdf"]["pages"] == "3000"


# -- limits and crashes in the worker processes ------------------------------------------------


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def misbehaving_ingest(path, *, source=None, pdf_engine="pdfium"):
    """Stands in for the dispatcher in forked workers: the file name says how to misbehave."""
    name = Path(path).name
    if name.startswith("slow"):
        time.sleep(60)
    if name.startswith("greedy"):
        hog = [bytearray(50 * 1024**2) for _ in range(100)]  # 5 GB
        del hog
    if name.startswith("crash"):
        faulthandler.disable()  # pytest's handler would print the stack; a user sees nothing
        os.kill(os.getpid(), signal.SIGSEGV)
    return real_ingest(Path(path), source=source, pdf_engine=pdf_engine)


real_ingest = engine.ingest


def tasks_for(folder: Path, names: list[str]) -> list[Task]:
    tasks = []
    for i, name in enumerate(names):
        (folder / name).write_text(GOOD, encoding="utf-8")
        sha = hashlib.sha256(GOOD.encode()).hexdigest()
        tasks.append(Task(key=f"k{i}", source=name, path=str(folder / name), sha256=sha, fmt="txt"))
    return tasks


@pytest.mark.parametrize(
    ("name", "kind", "message"),
    [
        ("slow.txt", LIMIT, "time limit: parsing the file took over 1 s (--doc-timeout)"),
        ("greedy.txt", LIMIT, "memory limit: parsing the file needed over 256 MB (--doc-memory)"),
        ("crash.txt", TRANSIENT, "crashed: the worker process died (SIGSEGV) while parsing"),
    ],
)
def test_a_misbehaving_document_does_not_stop_the_others(
    tmp_path, blank_nlp, monkeypatch, name, kind, message
):
    monkeypatch.setattr(engine, "ingest", misbehaving_ingest)  # forked workers inherit it
    tasks = tasks_for(tmp_path, ["good1.txt", name, "good2.txt", "good3.txt"])
    pool = LocalPool(
        1, PipelineSpec(), nlp=blank_nlp, limits=Limits(doc_timeout=1, doc_memory=256 * 1024**2)
    )
    try:
        results = {r.key: r for r in pool.map(tasks)}
    finally:
        pool.close()
    assert [results[k].kind for k in ("k0", "k2", "k3")] == [OK, OK, OK]
    assert results["k1"].kind == kind
    assert results["k1"].error.startswith(message), results["k1"].error
    status = engine.TABLES["documents"].index("status")
    assert results["k1"].tables["documents"][0][status] == "error"
