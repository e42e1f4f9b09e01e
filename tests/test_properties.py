"""Property-based tests (Hypothesis): no input crashes text cleaning, sentence splitting, date
normalisation or CSV writing; offsets always index the sentence text; every CSV parses back to
the values written."""

from __future__ import annotations

import csv
import gzip
import json
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.dataset.writers import CsvTable, cells_of
from pipeline.document import Block, Document, Metadata, ParsedText
from pipeline.ingest import textclean
from pipeline.nlp.extract.dates import find_dates
from pipeline.schema import restore_cell

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?")

#: Words and marks of space-policy prose, with what trips sentence splitters and date finders.
PROSE = [
    "NASA", "ESA", "China", "Russia", "the", "United States", "signed", "an", "agreement",
    "in", "on", "2021", "1990s", "March", "5", "May 2019", "FY2024", "Art.", "Fig.", "No.",
    "et al.", "e.g.", "i.e.", "U.S.", "cf.", "(", ")", "[", "]", "[12]", ".", "?", "!", ";",
    ",", ":", "\u201c", "\u201d", "\"", "'", "\u2026", "cooperation", "competition", "Roscosmos",
    "ILRS", "Artemis Accords", "International Lunar Research Station", "CNSA", "JAXA", "and",
    "will", "compete", "with", "2020-2035", "early 2030s", "the 21st century", "\u00a0", "\t",
    "Q3", "between", "to", "-", "\u2013", "1", "12", "Dr.", "Vol.", "pp.", "23\u201345",
]  # fmt: skip
prose = st.lists(st.sampled_from(PROSE), min_size=1, max_size=40).map(" ".join)
any_text = st.text(max_size=300)


# -- text cleaning ------------------------------------------------------------------------------

STR_FUNCTIONS = [
    textclean.normalize_unicode,
    textclean.collapse_whitespace,
    textclean.strip_footnote_markers,
    textclean.strip_citation_brackets,
    textclean.tidy_punctuation_spacing,
    textclean.remove_control_chars,
    textclean.clean_block_text,
    textclean.reflow,
]


@pytest.mark.parametrize("function", STR_FUNCTIONS, ids=lambda f: f.__name__)
@settings(max_examples=150, deadline=None)
@given(text=st.one_of(any_text, prose))
def test_cleaning_functions_accept_any_text(function, text):
    assert isinstance(function(text), str)


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(any_text, prose))
def test_clean_block_text_is_single_spaced_and_control_free(text):
    clean = textclean.clean_block_text(text)
    assert clean == clean.strip()
    assert not re.search(r"\s\s", clean)
    assert not CONTROL.search(clean)
    assert textclean.collapse_whitespace(clean) == clean


@settings(max_examples=200, deadline=None)
@given(text=any_text)
def test_collapse_whitespace_and_normalize_unicode_are_idempotent(text):
    once = textclean.collapse_whitespace(text)
    assert textclean.collapse_whitespace(once) == once
    norm = textclean.normalize_unicode(text)
    assert textclean.normalize_unicode(norm) == norm


@settings(max_examples=150, deadline=None)
@given(text=st.one_of(any_text, st.lists(prose, max_size=8).map("\n".join)))
def test_split_paragraphs_offsets_are_in_the_text(text):
    offsets = [p.offset for p in textclean.split_paragraphs(text)]
    assert offsets == sorted(offsets)
    assert all(0 <= o <= len(text) for o in offsets)


@settings(max_examples=100, deadline=None)
@given(lines=st.lists(st.one_of(any_text, prose), max_size=10))
def test_join_lines_accepts_any_lines(lines):
    assert isinstance(textclean.join_lines(lines), str)


# -- sentences, actors and dates through the pipeline ------------------------------------------


def run_blocks(nlp, texts: list[str]):
    from pipeline.dataset.rows import rows_from_doc
    from pipeline.document import join_blocks

    document = Document("p.txt", "0" * 64, "txt", ParsedText(Metadata(), [Block(t) for t in texts]))
    text, spans = join_blocks(document)
    doc = nlp.make_doc(text)
    doc._.sc_blocks = spans
    doc = nlp(doc)
    return doc, spans, rows_from_doc(doc, document)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.lists(st.one_of(prose, any_text), min_size=1, max_size=3))
def test_sentences_stay_in_their_block_and_offsets_index_the_sentence(text_nlp, raw):
    texts = [textclean.clean_block_text(t) for t in raw]
    assume(all(texts))
    doc, spans, rows = run_blocks(text_nlp, texts)
    previous_end = 0
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        end = sent.start_char + len(sent.text.rstrip())
        assert start >= previous_end
        previous_end = end
        assert any(s <= start and end <= e for s, e in spans), (sent.text, spans)
    # every character of every block is in exactly one sentence
    nonspace = re.compile(r"\s")
    assert sum(len(nonspace.sub("", s.text)) for s in doc.sents) == sum(
        len(nonspace.sub("", t)) for t in texts
    )
    sentences = {r["sentence_id"]: r["text"] for r in rows.sentences}
    assert list(sentences) == list(range(len(sentences)))
    for row in [*rows.actors, *rows.dates]:
        text = sentences[row["sentence_id"]]
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert text[row["start"] : row["end"]] == row["mention"]
    for row in rows.dates:
        assert ISO.fullmatch(row["value"]), row["value"]
        assert row["start_date"] <= row["end_date"]


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(prose, any_text))
def test_find_dates_offsets_index_the_text(text):
    previous_end = 0
    for m in find_dates(text):
        assert text[m.start : m.end] == m.mention
        assert m.start >= previous_end
        previous_end = m.end
        assert ISO.fullmatch(m.value)
        assert m.start_date <= m.end_date


# -- CSV writing, through the checkpoint a run keeps ------------------------------------------

cell = st.one_of(st.text(max_size=40), st.integers(), st.none(), st.sampled_from(
    ["=1+1", "+44 20", "-3", "@SUM(A1)", "\tx", "\rx", "'=x", "''+y", "a,b", 'say "hi"', "a\nb"]
))  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.fixed_dictionaries({"a": cell, "b": cell, "c": cell}), max_size=12))
def test_every_csv_parses_back_to_the_values_written(tmp_path_factory, rows):
    columns = ["a", "b", "c"]
    # as a worker sends rows, as a shard keeps them, as the merge writes them
    shard = gzip.compress(json.dumps([cells_of(r, columns) for r in rows]).encode("ascii"))
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    table = CsvTable(path, columns)
    for cells in json.loads(gzip.decompress(shard)):
        table.write_cells(cells)
    table.commit()
    with open(path, encoding="utf-8", newline="") as fh:
        back = list(csv.DictReader(fh))
    expected = [{c: "" if r[c] is None else str(r[c]) for c in columns} for r in rows]
    assert [{c: restore_cell(r[c]) for c in columns} for r in back] == expected
    for r in back:  # nothing a spreadsheet would execute
        assert not any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in r.values())
