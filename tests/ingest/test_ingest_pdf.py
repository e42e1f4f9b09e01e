"""PDF ingestion against generated articles whose every sentence, page and footnote is known.

The generator (``pipeline.bench.synth.pdfgen``) typesets articles in one, two and three columns with
running headers, footers, footnotes, hyphenation, a figure, a table, back matter and a
reference list; each test reads them with both engines and compares with the truth.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen import canvas

from pipeline.bench.synth.pdfgen import Article, make_article, make_article_pdf
from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest.pdf import ingest_pdf
from pipeline.ingest.pdf.layout import FurnitureFilter, Line, Token, find_gutters, join_lines
from pipeline.schema import EXCLUDED_KINDS

ENGINES = ["pdfium", "pdfplumber"]
LAYOUTS = [(1, None), (2, None), (3, None), (2, 7)]  # (columns, pages)
CASES = [
    pytest.param(
        cols, pages, engine, id=f"{cols}col{'-' + str(pages) + 'p' if pages else ''}-{engine}"
    )
    for cols, pages in LAYOUTS
    for engine in ENGINES
    if not (pages and engine == "pdfplumber")  # pdfminer is slow; the long one is pdfium only
]
SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "two_column_article.pdf"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """Each layout typeset once: (columns, pages) -> (Article, PDF bytes)."""
    out = {}
    for cols, pages in LAYOUTS:
        path = tmp_path_factory.mktemp("pdf") / f"article_{cols}_{pages}.pdf"
        article = make_article(path, columns=cols, pages=pages, seed=cols)
        out[cols, pages] = (article, path.read_bytes())
    return out


_parsed: dict = {}


def parsed(built, cols, pages, engine):
    key = (cols, pages, engine)
    if key not in _parsed:
        _parsed[key] = ingest_pdf(built[cols, pages][1], engine=engine)
    return built[cols, pages][0], _parsed[key]


def match_sentences(article: Article, blocks) -> list[tuple[int, int] | None]:
    """For each known sentence in order: (block index, offset) of the block that holds it
    whole, searching forward from the previous match (sentences may repeat)."""
    found: list[tuple[int, int] | None] = []
    bi, off = 0, 0
    for s in article.sentences:
        hit = None
        for j in range(bi, min(len(blocks), bi + 4)):
            i = blocks[j].text.find(s.text, off if j == bi else 0)
            if i >= 0:
                hit = (j, i)
                break
        found.append(hit)
        if hit:
            bi, off = hit[0], hit[1] + len(s.text)
    return found


@pytest.mark.parametrize("cols, pages, engine", CASES)
def test_sentences_come_back_whole_in_reading_order_with_pages_and_sections(
    built, cols, pages, engine
):
    article, pt = parsed(built, cols, pages, engine)
    hits = match_sentences(article, pt.blocks)
    found = [(s, h) for s, h in zip(article.sentences, hits, strict=True) if h]
    missing = [s.text for s, h in zip(article.sentences, hits, strict=True) if not h]
    assert len(found) >= 0.98 * len(article.sentences), missing[:5]
    wrong_page = [
        (s.text, s.page, pt.blocks[b].page_at(i)) for s, (b, i) in found
        if pt.blocks[b].page_at(i) != s.page
    ]  # fmt: skip
    assert len(wrong_page) <= 0.02 * len(found), wrong_page[:5]
    wrong_section = [(s.section, pt.blocks[b].section) for s, (b, _) in found
                     if pt.blocks[b].section != s.section]  # fmt: skip
    assert len(wrong_section) <= 0.02 * len(found), wrong_section[:5]
    assert pt.pages == article.pages


@pytest.mark.parametrize("cols, pages, engine", CASES)
def test_no_furniture_callouts_or_stray_text_in_running_text(built, cols, pages, engine):
    article, pt = parsed(built, cols, pages, engine)
    texts = [b.text for b in pt.blocks]
    leaks = [f for f in article.furniture if any(f in t for t in texts)]
    assert not leaks, leaks[:5]
    # footnote callouts glued to words or punctuation ("treaty.3", "coalition2")
    glued = [m for t in texts for m in re.findall(r"[A-Za-z]{3,}[.,;:)]?\d{1,3}\b", t)]
    assert not glued, glued[:5]
    # everything that is not a known sentence: headers, page numbers, captions, cells ...
    rest = " ".join(texts)
    for s in article.sentences:
        rest = rest.replace(s.text, " ", 1)
    rest = " ".join(rest.split())
    assert len(rest) <= 0.01 * sum(len(t) for t in texts), rest[:300]


def _letters(text: str) -> Counter[str]:
    """Letters only (ligatures and accents decomposed, lower case): spacing, hyphenation and
    the footnote numbers taken out of the text do not count."""
    text = unicodedata.normalize("NFKD", text).lower()
    return Counter(c for c in text if "a" <= c <= "z")


def _text_layer(data: bytes) -> Counter[str]:
    """The letters of every page's text layer, read by plain pypdfium2 (not our reader).

    Less the letters that a TeX symbol or extension font without a Unicode map reports by
    their codes ("Z" for an integral, "h" for an angle bracket): they are no letters, and the
    reader reads them as the signs they draw (``pdf.texfonts``)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        total: Counter[str] = Counter()
        for page in pdf:
            textpage = page.get_textpage()
            total += _letters(textpage.get_text_range())
            total -= _tex_code_letters(page, textpage)
            textpage.close()
            page.close()
        return total
    finally:
        pdf.close()


def _tex_code_letters(page, textpage) -> Counter[str]:
    """The letters of a page's text objects set in a TeX symbol or extension font that
    reports raw codes (lower-case letters of CMSY, any letter of CMEX)."""
    import ctypes

    import pypdfium2.raw as raw

    from pipeline.ingest.pdf.texfonts import tex_family, unmapped

    out: Counter[str] = Counter()
    name = ctypes.create_string_buffer(256)
    for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT]):
        font = raw.FPDFTextObj_GetFont(obj.raw)
        n = raw.FPDFFont_GetBaseFontName(font, name, 255) if font else 0
        family = tex_family(name.raw[: max(0, n - 1)].decode("latin-1").split("+")[-1])
        if family not in ("sy", "ex"):
            continue
        size = raw.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
        buf = ctypes.create_string_buffer(2 * size)
        raw.FPDFTextObj_GetText(
            obj.raw, textpage.raw, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)), size
        )
        text = buf.raw.decode("utf-16-le", "ignore").rstrip("\x00")
        out += _letters("".join(c for c in text if unmapped(family, c)))
    return out


def _accounted(pt) -> Counter[str]:
    """The letters of everything the reader returned: blocks, the headings over them, the
    excluded stretches (furniture, notes, captions, tables, references, front and back matter,
    maths) and the metadata's title and authors."""
    parts = [b.text for b in pt.blocks]
    parts += sorted({b.section for b in pt.blocks})  # each heading once
    parts += [e.text for e in pt.excluded]
    return _letters("\n".join(parts))


def _assert_conserved(data: bytes, pt) -> None:
    layer, out = _text_layer(data), _accounted(pt)
    missing = layer - out
    assert sum(missing.values()) <= 0.005 * sum(layer.values()), missing.most_common(8)
    assert sum(out.values()) <= 1.05 * sum(layer.values())  # nothing counted twice
    assert all(e.kind in EXCLUDED_KINDS for e in pt.excluded)


@pytest.mark.parametrize("cols, pages, engine", CASES)
def test_every_letter_of_the_text_layer_is_in_a_block_a_heading_or_an_excluded_entry(
    built, cols, pages, engine
):
    _, pt = parsed(built, cols, pages, engine)
    _assert_conserved(built[cols, pages][1], pt)
    kinds = {e.kind for e in pt.excluded}
    assert {"header", "page_number", "footnote", "caption", "reference", "back_matter"} <= kinds


@pytest.mark.parametrize("engine", ENGINES)
def test_the_sample_article_conserves_its_text(engine):
    if not SAMPLE.exists():
        pytest.skip("corpus/samples/two_column_article.pdf not built")
    data = SAMPLE.read_bytes()
    _assert_conserved(data, ingest_pdf(data, engine=engine))


@pytest.mark.parametrize("cols, pages, engine", CASES)
def test_footnote_bodies_become_notes_on_their_page(built, cols, pages, engine):
    article, pt = parsed(built, cols, pages, engine)
    got = [(n.label, n.page, n.text) for n in pt.notes]
    want = [(n.label, n.page, n.text) for n in article.notes]
    assert sorted(got) == sorted(want)


@pytest.mark.parametrize("cols, pages, engine", CASES)
def test_metadata_from_the_first_page(built, cols, pages, engine):
    article, pt = parsed(built, cols, pages, engine)
    meta = pt.metadata
    assert (meta.title, meta.authors, meta.journal, meta.year, meta.doi) == (
        article.title,
        article.authors,
        article.journal,
        article.year,
        article.doi,
    )


def test_abstract_is_its_own_section_and_headings_are_not_text(built):
    article, pt = parsed(built, 2, None, "pdfium")
    assert pt.blocks[0].section == "Abstract"
    assert pt.blocks[0].text.startswith(article.sentences[0].text)
    headings = {"1. Introduction", "2.1. The Artemis Accords", "References", "Acknowledgements"}
    assert not [h for h in headings for b in pt.blocks if h in b.text]
    assert {b.section for b in pt.blocks} >= {"Abstract", "Introduction", "Conclusion"}


def test_a_paragraph_continuing_on_the_next_page_records_the_page_break(built):
    article, pt = parsed(built, 2, 7, "pdfium")
    spanning = [b for b in pt.blocks if b.page_breaks]
    assert spanning
    for b in spanning:
        offset, page = b.page_breaks[0]
        assert page == b.page + 1
        assert b.page_at(offset - 1) == b.page and b.page_at(offset) == page


# ---------------------------------------------------------------------------------------------
# Joining lines: hyphenation, soft hyphens, ligatures, ranges


@pytest.mark.parametrize(
    "lines, vocab, expected",
    [
        (["the interna-", "tional order"], set(), "the international order"),
        (["long-", "term plans"], set(), "long-term plans"),
        (["the US-", "led programme"], set(), "the US-led programme"),
        (["a form of techno-", "nationalism"], set(), "a form of techno-nationalism"),
        (["a dual-", "use satellite"], {"dual-use"}, "a dual-use satellite"),
        (["the Euro-", "pean module"], {"european"}, "the European module"),
        (["coopera\u00ad", "tion and"], set(), "cooperation and"),
        (["signi\ufb01cant \ufb02ows of", "data"], set(), "significant flows of data"),
        (["between 2020\u2013", "2024 the"], set(), "between 2020\u20132024 the"),
        (["(interna-", "tional)"], set(), "(international)"),
        (["ends here.", "Next one"], set(), "ends here. Next one"),
        # no evidence in the document: read as a reader would, with the English word list
        (["the civilian-", "defense budget"], set(), "the civilian-defense budget"),
        (["we ex-", "plain the"], set(), "we explain the"),
        (["its so-", "lutions are"], set(), "its solutions are"),
        # a document symbol, a path or a web address broken after "/" or "www."
        (["document A/AC.105/", "C.1/L.260 was"], set(), "document A/AC.105/C.1/L.260 was"),
        (["the site (www.", "example.org) has"], set(), "the site (www.example.org) has"),
        (["a lone slash /", "stands apart"], set(), "a lone slash / stands apart"),
    ],
)
def test_join_lines(lines, vocab, expected):
    text, breaks = join_lines([(t, 1) for t in lines], vocab)
    assert text == expected and breaks == []


def test_join_lines_page_break_inside_a_hyphenated_word_keeps_its_start_on_the_first_page():
    text, breaks = join_lines([("we saw interna-", 4), ("tional help", 5)], set())
    assert text == "we saw international help"
    assert breaks == [(text.index("tional"), 5)]


# ---------------------------------------------------------------------------------------------
# Small hand-set documents: front matter without an "Abstract" heading, contents, endnotes


def _handset(path: Path, blocks: list[tuple[str, float, list[str]]], *, title: str = "") -> bytes:
    """Lines at the left margin, top down: (font, size, lines) per block, a gap between;
    ``title`` in the file's information."""
    c = canvas.Canvas(str(path))
    if title:
        c.setTitle(title)
    y = 760.0
    for font, size, lines in blocks:
        t = c.beginText(72, y)
        t.setFont(font, size)
        t.setLeading(size * 1.25)
        for line in lines:
            t.textLine(line)
        c.drawText(t)
        y -= size * 1.25 * len(lines) + 12
    c.save()
    return path.read_bytes()


INTRO = [
    "The first lunar coalition was announced in 2020 and the second one followed",
    "in 2021; both describe themselves as open to new members from every region.",
]


def test_abstract_without_heading_and_contents_page(tmp_path):
    data = _handset(
        tmp_path / "brief.pdf",
        [
            ("Times-Bold", 18, ["Lunar Governance Options for Small Space Agencies"]),
            ("Times-Roman", 11, ["Ada Mensah and Rui Tanaka"]),
            (
                "Times-Italic",
                10,
                [
                    "Small agencies face a choice between two lunar coalitions that differ in",
                    "what they ask of their members and what they offer in return. This paper",
                    "compares the obligations, benefits and risks of joining either coalition,",
                    "and argues that joining both remains possible for most agencies.",
                ],
            ),
            ("Times-Bold", 11, ["Contents"]),
            (
                "Times-Roman",
                10,
                [
                    "1. Introduction ......................... 2",
                    "2. Obligations of members ............... 3",
                ],
            ),  # fmt: skip
            ("Times-Bold", 11, ["1. Introduction"]),
            ("Times-Roman", 10, INTRO),
        ],
    )
    pt = ingest_pdf(data)
    assert pt.metadata.title == "Lunar Governance Options for Small Space Agencies"
    assert pt.metadata.authors == ["Ada Mensah", "Rui Tanaka"]
    assert [(b.section, b.text[:30]) for b in pt.blocks] == [
        ("Abstract", "Small agencies face a choice b"),
        ("Introduction", "The first lunar coalition was "),
    ]


def test_endnotes_section_becomes_notes(tmp_path):
    data = _handset(
        tmp_path / "endnotes.pdf",
        [
            ("Times-Bold", 11, ["1. Introduction"]),
            ("Times-Roman", 10, INTRO),
            ("Times-Bold", 11, ["Notes"]),
            (
                "Times-Roman",
                10,
                [
                    "1. The accords were drafted by two departments of one",
                    "government, which some partners found unusual.",
                    "2. See the roadmap published in June 2021.",
                ],
            ),  # fmt: skip
            ("Times-Bold", 11, ["2. Discussion"]),
            ("Times-Roman", 10, ["Membership keeps growing in both coalitions."]),
        ],
    )
    pt = ingest_pdf(data)
    assert [b.section for b in pt.blocks] == ["Introduction", "Discussion"]
    assert [(n.label, n.text) for n in pt.notes] == [
        ("1", "The accords were drafted by two departments of one government, which some "
              "partners found unusual."),
        ("2", "See the roadmap published in June 2021."),
    ]  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Geometry units


def _line(x0: float, x1: float, top: float, size: float = 10.0) -> Line:
    return Line([Token("w", True, 0)], x0, x1, top, top + size, size, False, "F", 1, 5.0, 10)


def test_gutter_found_between_two_columns_under_full_width_lines():
    lines = [_line(50, 545, 60 + 12 * i) for i in range(6)]  # full-width abstract
    for i in range(30):
        lines += [_line(50, 290, 200 + 12 * i), _line(305, 545, 200 + 12 * i)]
    gutters = find_gutters(lines, 10.0)
    assert len(gutters) == 1 and 289 <= gutters[0][0] < gutters[0][1] <= 306


def test_no_gutter_from_table_cells_in_a_single_column_page():
    lines = [_line(50, 545, 60 + 12 * i) for i in range(40)]
    for i in range(5):  # a small three-cell table in smaller type
        lines += [_line(50, 120, 600 + 10 * i, 8), _line(300, 360, 600 + 10 * i, 8),
                  _line(500, 545, 600 + 10 * i, 8)]  # fmt: skip
    assert find_gutters(lines, 10.0) == []


def test_furniture_filter_keeps_a_bounded_window():
    ff = FurnitureFilter(window=3)
    for page in range(1, 200):
        ff.add(page, [_line(50, 300, 20)], 842.0)
    assert len(ff.keys) <= 2 * 3 + 2


# ---------------------------------------------------------------------------------------------
# Bad input


def _simple_pdf(path: Path, encrypt=None) -> bytes:
    c = canvas.Canvas(str(path), encrypt=encrypt)
    t = c.beginText(72, 720)
    t.setFont("Times-Roman", 11)
    for _ in range(8):
        t.textLine("The agencies agreed to share tracking data for lunar missions from 2026.")
    c.drawText(t)
    c.save()
    return path.read_bytes()


def _image_only_pdf(path: Path) -> bytes:
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 300, fill=1)
    c.circle(300, 550, 60)
    c.save()
    return path.read_bytes()


BAD = [
    ("empty", lambda p: b"", "not a PDF: the file is empty"),
    ("random", lambda p: random.Random(7).randbytes(4000), "not a PDF: the file starts with"),
    ("zip", lambda p: b"PK\x03\x04" + bytes(200), "not a PDF: the file starts with 'PK"),
    (
        "truncated",
        lambda p: (b := _simple_pdf(p))[: len(b) // 2],
        "damaged PDF: the file is truncated",
    ),
    (
        "user password",
        lambda p: _simple_pdf(p, StandardEncryption("secret", ownerPassword="boss")),
        "encrypted: a password is needed to open this PDF",
    ),
    (
        "image only",
        _image_only_pdf,
        "no text layer: the PDF is a scan; OCR it first (e.g. with ocrmypdf)",
    ),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("name, make, message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gives_one_actionable_line(tmp_path, engine, name, make, message):
    data = make(tmp_path / "bad.pdf")
    with pytest.raises(IngestError) as err:
        ingest_pdf(data, engine=engine)
    assert str(err.value).startswith(message)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("engine", ENGINES)
def test_owner_password_only_opens(tmp_path, engine):
    data = _simple_pdf(tmp_path / "o.pdf", StandardEncryption("", ownerPassword="boss", canCopy=0))
    pt = ingest_pdf(data, engine=engine)
    assert pt.blocks and pt.blocks[0].text.startswith("The agencies agreed to share")


def test_dispatcher_passes_the_engine_and_reports_bad_files(tmp_path, built):
    path = tmp_path / "a.pdf"
    path.write_bytes(built[2, None][1])
    doc = ingest(path, pdf_engine="pdfium")
    assert doc.format == "pdf" and doc.parsed.pages == built[2, None][0].pages
    bad = tmp_path / "b.pdf"
    bad.write_bytes(b"<html>not a pdf</html>")
    with pytest.raises(IngestError, match="^not a PDF"):
        ingest(bad)
    with pytest.raises(IngestError, match="unknown PDF engine"):
        ingest(path, pdf_engine="tesseract")


def test_generator_returns_sentences_with_pages(tmp_path):
    sentences = make_article_pdf(tmp_path / "x.pdf", columns=3)
    assert sentences and {s.page for s in sentences} >= {1, 2}
    assert all(s.text and "^" not in s.text for s in sentences)


def test_the_sample_article_reads_back(tmp_path):
    if not SAMPLE.exists():
        pytest.skip("corpus/samples/two_column_article.pdf not built")
    truth = make_article_pdf(tmp_path / "same.pdf", columns=2)
    pt = ingest_pdf(SAMPLE.read_bytes())
    text = " ".join(b.text for b in pt.blocks)
    assert sum(s.text in text for s in truth) >= 0.98 * len(truth)


# ---------------------------------------------------------------------------------------------
# Glyph geometry: sizes set by the matrix, rotated stamps, spacing accents


def _scaled_page(path: Path, *, stamp: bool = False, accent: bool = False) -> bytes:
    """A page whose text is set at Tf 1 and scaled to 10 pt by the CTM, as some producers do;
    optionally a rotated stamp in the margin and a spacing diaeresis drawn over a letter."""
    c = canvas.Canvas(str(path))
    c.saveState()
    c.scale(10, 10)
    for i, line in enumerate(INTRO * 3):
        t = c.beginText(7.2, 76.0 - 1.25 * i)
        t.setFont("Times-Roman", 1)
        t.textLine(line)
        c.drawText(t)
    c.restoreState()
    if stamp:
        c.saveState()
        c.translate(580, 300)
        c.rotate(90)
        c.setFont("Helvetica", 14)
        c.drawString(0, 0, "arXiv:2101.00001v1 [astro-ph] 4 Jan 2021")
        c.restoreState()
    if accent:
        c.setFont("Times-Roman", 10)
        c.drawString(72, 600, "The town of Wadenswil lies on the lake shore.")
        x = 72 + c.stringWidth("The town of W", "Times-Roman", 10)
        c.drawString(x + 0.5, 600, "\u00a8")  # over the "a"
    c.save()
    return path.read_bytes()


@pytest.mark.parametrize("engine", ENGINES)
def test_size_set_by_the_matrix_comes_from_the_glyphs(tmp_path, engine):
    from pipeline.ingest.pdf.chars import open_reader

    reader = open_reader(_scaled_page(tmp_path / "scaled.pdf"), engine)
    try:
        sizes = reader.page(0).size
    finally:
        reader.close()
    assert float(sizes.min()) >= 9.0 and float(sizes.max()) <= 11.0
    pt = ingest_pdf((tmp_path / "scaled.pdf").read_bytes(), engine=engine)
    assert len(pt.blocks) == 1 and pt.blocks[0].text.startswith(INTRO[0])


@pytest.mark.parametrize("engine", ENGINES)
def test_a_rotated_stamp_is_set_aside_and_recorded(tmp_path, engine):
    pt = ingest_pdf(_scaled_page(tmp_path / "stamp.pdf", stamp=True), engine=engine)
    assert all("arXiv" not in b.text for b in pt.blocks)
    assert [e.kind for e in pt.excluded if "2101.00001" in e.text.replace(" ", "")] == ["other"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_spacing_accent_is_put_on_its_letter(tmp_path, engine):
    pt = ingest_pdf(_scaled_page(tmp_path / "accent.pdf", accent=True), engine=engine)
    text = " ".join(b.text for b in pt.blocks)
    assert "W\u00e4denswil lies" in text and "\u00a8" not in text


def test_gutter_found_under_a_centred_title_block():
    lines = [_line(250, 345, 60 + 12 * i) for i in range(5)]  # centred names and addresses
    for i in range(30):
        lines += [_line(50, 290, 140 + 12 * i), _line(305, 545, 140 + 12 * i)]
    gutters = find_gutters(lines, 10.0)
    assert len(gutters) == 1 and 289 <= gutters[0][0] < gutters[0][1] <= 306


@pytest.mark.real_data
def test_real_papers_lose_no_text_unseen(shared_dir):
    """On the real arXiv and journal PDFs of the benchmark, every letter of the text layer is
    in a block, a heading or an excluded entry (a tenth of a percent is lost at most: glyphs
    that the two readers map differently)."""
    pdfs = sorted((shared_dir / "realpdf" / "pdfs").glob("*.pdf"))
    assert pdfs
    for pdf in pdfs:
        data = pdf.read_bytes()
        layer, out = _text_layer(data), _accounted(ingest_pdf(data))
        missing = sum((layer - out).values())
        assert missing <= 0.002 * sum(layer.values()), (pdf.name, (layer - out).most_common(5))


@pytest.mark.parametrize(
    ("heading", "info_title", "expected"),
    [
        # A letterhead in capitals as the biggest type: the file's own title names the document.
        ("OFFICE FOR LUNAR AFFAIRS", "Guidelines for Sharing Lunar Surface Data",
         "Guidelines for Sharing Lunar Surface Data"),
        # No usable title in the file's information: the letterhead is all there is.
        ("OFFICE FOR LUNAR AFFAIRS", "", "OFFICE FOR LUNAR AFFAIRS"),
        ("OFFICE FOR LUNAR AFFAIRS", "Microsoft Word - draft 3.docx", "OFFICE FOR LUNAR AFFAIRS"),
        # A title in mixed case is the title, whatever the file's information says.
        ("Lunar Governance Options for Small Space Agencies", "Final version of the brief",
         "Lunar Governance Options for Small Space Agencies"),
    ],
)  # fmt: skip
def test_a_letterhead_gives_way_to_the_files_own_title(tmp_path, heading, info_title, expected):
    blocks = [("Times-Bold", 18, [heading]), ("Times-Roman", 10, INTRO)]
    data = _handset(tmp_path / "letter.pdf", blocks, title=info_title)
    assert ingest_pdf(data).metadata.title == expected
