"""Every sentence of the real gold set comes back whole from the text files it was made on.

The gold set (``corpus/real/annotations.jsonl``) was cut from the raw files of the shared real
corpus by spaCy's ``senter``, so its sentences carry the files' own markup; the dataset's
sentences do not. Both sides are compared after one documented normalisation,
:func:`comparable`, and nothing looser:

- Unicode normalised as ingestion does (NFKC, invisible characters such as U+FEFF removed);
- Markdown markup: emphasis markers (``*``, ``**``, ``_x_``), inline HTML tags (``<sup>``) and a
  list marker at the start of the sentence (a bullet "- ", or an enumeration label "(a) ",
  "(iii) ", "(A) ", "2. ", "f) "), which the gold set holds or leaves out depending on where ``senter``
  cut (the label stands in a sentence of its own or not);
- the label of the next list item after the sentence's end ("... fossil fuels. 5."), which
  ``senter`` glued to the sentence before it when the label stood at a line's end;
- a transcript's speaker label or question marker at the start ("THE VICE PRESIDENT: "), which
  the gold set keeps and the dataset leaves out (excluded.csv, kind ``speaker``);
- footnote markers removed (``pipeline.ingest.textclean.strip_footnote_markers``, the
  contract's "footnote markers removed");
- an encyclopedia's maintenance tags ("[citation needed]", "[when?]"), which the gold set keeps
  and the dataset leaves out (excluded.csv, kind ``other``);
- whitespace collapsed.

Gold records that start with punctuation (``senter`` cut "2. Such ..." after the "2") are gold
defects and are skipped. Only the .txt and .md files: PDFs are measured against their own ground truth.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.classify.standoff import load_standoff
from pipeline.document import join_blocks
from pipeline.ingest import ingest
from pipeline.ingest.publisher.headings import MAINTENANCE_TAG
from pipeline.ingest.textclean import normalize_unicode, strip_footnote_markers

GOLD = Path(__file__).resolve().parents[2] / "corpus" / "real" / "annotations.jsonl"
#: The fresh dev sets: sentences of dev documents that ingestion was not fitted on.
FRESH = sorted(GOLD.parent.glob("*_fresh*_dev.jsonl"))

_EMPHASIS = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_LIST_MARK = re.compile(
    r"^(?:[-*+•▪◦–]\s+)?(?:\(?(?:\d{1,3}|[a-z]|[ivxl]{1,6})[.)]\s+|\([A-Z]\)\s+)?"
)
_NEXT_LABEL = re.compile(r"(?<=[.;:!?”’\")])\s+\(?(?:\d{1,3}|[a-z]|[ivxl]{1,6})[.)]$")
_SPEAKER = re.compile(
    r"^(?:Q\s+|(?:(?:THE|MR|MS|MRS|DR)\.? )?[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4}:\s+)"
)
_SPACE = re.compile(r"\s+")
#: A gold record that starts with punctuation was cut inside a sentence, not at its start.
_CUT = re.compile(r"^\s*[.,:;]")


def comparable(text: str) -> str:
    """A sentence as the recall test compares it (see the module docstring)."""
    text = normalize_unicode(text)
    text = _TAG.sub("", _EMPHASIS.sub("", text))
    text = _SPACE.sub(" ", text).strip()
    text = _SPEAKER.sub("", _LIST_MARK.sub("", text, count=1), count=1)
    text = _NEXT_LABEL.sub("", text)
    text = MAINTENANCE_TAG.sub("", text)
    return _SPACE.sub(" ", strip_footnote_markers(text)).strip()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("- **Label:** The text.", "Label: The text."),
        ("(iii) monitor   the\nwork;", "monitor the work;"),
        ("2. States bear responsibility.", "States bear responsibility."),
        ("The 100<sup>th</sup> anniversary.", "The 100th anniversary."),
        ("snake_case stays; _emphasis_ goes.", "snake_case stays; emphasis goes."),
        # not loosened: words, punctuation and a label inside the sentence stay
        ("It cites (a) and (b).", "It cites (a) and (b)."),
        ("PRESIDENT MACRON: And then we spoke.", "And then we spoke."),
        ("NASA and ESA: partners.", "NASA and ESA: partners."),
        ("The U.S. and Japan.", "The U.S. and Japan."),
        ("They will meet in May. 13.", "They will meet in May."),
        ("It ends there; (iv)", "It ends there;"),
        ("It opened in 1958.[citation needed]", "It opened in 1958."),
        ("It opened in 1958 [when?] in Vienna.", "It opened in 1958 in Vienna."),
        ("It opened in 1958 [in Vienna].", "It opened in 1958 [in Vienna]."),
        ("Costs rose by 5.", "Costs rose by 5."),
        ("See Article 13.", "See Article 13."),
    ],
)
def test_comparable(raw, expected):
    assert comparable(raw) == expected


@pytest.fixture(scope="module")
def sentence_nlp():
    """Only what sets sentence boundaries (the boundaries do not depend on later components)."""
    from pipeline.nlp.build import build_sentence_nlp

    return build_sentence_nlp()


_OUTPUT: dict[tuple[Path, int], tuple[set[str], set[str]]] = {}


def output(path: Path, nlp) -> tuple[set[str], set[str]]:
    """The sentences and the headings (sections) of a run on ``path``, comparable; kept for the
    module's tests, which read many of the same files."""
    key = (path, id(nlp))
    if key not in _OUTPUT:
        document = ingest(path)
        text, spans = join_blocks(document)
        doc = nlp.make_doc(text)
        doc._.sc_blocks = spans
        sentences = {comparable(s.text) for s in nlp(doc).sents if s.text.strip()}
        headings = {comparable(b.section) for b in document.blocks if b.section}
        _OUTPUT[key] = (sentences, headings)
    return _OUTPUT[key]


_CAPTIONS: dict[Path, list[str]] = {}


def caption_texts(path: Path) -> list[str]:
    """The image and figure captions ingestion set aside (excluded.csv, kind ``caption``),
    comparable: by the contract they are no sentences, whatever ``senter`` cut."""
    if path not in _CAPTIONS:
        excluded = ingest(path).parsed.excluded
        _CAPTIONS[path] = [comparable(e.text) for e in excluded if e.kind == "caption"]
    return _CAPTIONS[path]


def output_sentences(path: Path, nlp) -> set[str]:
    return output(path, nlp)[0]


@pytest.mark.real_data
def test_every_gold_sentence_comes_back_whole(shared_dir, sentence_nlp):
    texts = shared_dir / "realcorpus"
    by_file = defaultdict(list)
    for split in ("dev", "test"):
        for record in load_standoff(GOLD, texts_dir=texts, split=split):
            if record.file.endswith((".txt", ".md")):
                by_file[record.file].append(record)
    assert len(by_file) >= 40, "the gold set covers fewer text files than expected"
    missing, total = [], 0
    for name, records in sorted(by_file.items()):
        found = output_sentences(texts / name, sentence_nlp)
        for record in records:
            if _CUT.match(comparable(record.text)):
                continue  # a gold defect: senter cut it after a label or lead-in ("2|. Such")
            total += 1
            if comparable(record.text) not in found:
                missing.append(f"{record.key}: {comparable(record.text)[:100]}")
    share = 1 - len(missing) / total
    # Annotators kept a few sentences whole that a reader may also split: a quoted question
    # and the reply after it, a stage direction after a quotation. At most 0.2% of them.
    assert len(missing) <= 0.002 * total, (
        f"{len(missing)} of {total} gold sentences not whole ({share:.1%}):\n"
        + ("\n".join(missing[:60]))
    )


_HEADING_MARKS = re.compile(r"^[=#\s]+|[=#\s]+$")


def _whole_after_heading(text: str, sentences: set[str], headings: set[str]) -> bool:
    """Whether ``text`` is a heading of the output and the output sentence after it: ``senter``
    glued a heading line to the sentence under it ("=== Film === Besides ..."), which the
    output keeps apart as it should."""
    bare = _HEADING_MARKS.sub("", text)
    return any(
        h and bare.startswith(h + " ") and _HEADING_MARKS.sub("", bare[len(h) :]) in sentences
        for h in headings
    )


@pytest.mark.real_data
def test_fresh_sentences_come_back_whole(shared_dir, sentence_nlp):
    """The same on the fresh dev sets (deduplicated by file and offsets), which no ingestion or
    sentence rule was fitted on. ``scripts/score_text_recall.py --errors`` lists and classifies
    the misses."""
    texts = shared_dir / "realcorpus"
    assert len(FRESH) >= 6, "the fresh dev sets are missing"
    by_file, seen = defaultdict(list), set()
    for path in FRESH:
        for record in load_standoff(path, texts_dir=texts, labelled=False):
            if record.file.endswith((".txt", ".md")) and record.key not in seen:
                seen.add(record.key)
                by_file[record.file].append(record)
    missing, total = [], 0
    for name, records in sorted(by_file.items()):
        sentences, headings = output(texts / name, sentence_nlp)
        captions = caption_texts(texts / name)
        for record in records:
            gold = comparable(record.text)
            if _CUT.match(gold) or any(gold in c for c in captions):
                continue  # cut after a label, or a caption (no sentence by the contract)
            total += 1
            if gold not in sentences and not _whole_after_heading(gold, sentences, headings):
                missing.append(f"{record.key}: {gold[:100]}")
    assert total >= 1000, "the fresh dev sets cover fewer sentences than expected"
    # 37 of 1,059 miss today (43 with the ingestion and sentence rules before issue 13), each
    # looked at: ``senter`` cut the annotation after an abbreviation ("Dr.", "Mr.", "U.S.",
    # "a.m."), or glued list lines or a heading line that the output keeps apart; captions,
    # titles and reference lines are excluded.csv rows. At most 4% (42): a regression of more
    # than five sentences fails. Gold sentences inside an excluded caption are not counted (a
    # web page's image description stays running text; only its credit, "NASA/Jane Roe", is
    # set aside).
    assert len(missing) <= 0.04 * total, (
        f"{len(missing)} of {total} fresh sentences not whole ({1 - len(missing) / total:.1%}):\n"
        + "\n".join(missing[:60])
    )
