"""PDFs of the genres users bring, which the benchmark lacks: a printed hearing, a bill with
line numbers, a law-review paper with footnotes and a two-column abstract, a translated white
paper, a press release, a slide deck and a scan (``pipeline.bench.synth.genres``, set in the
project's own words). Every sentence of the running text comes back whole and in order; line
numbers, imprint lines, running heads, footnotes, contact blocks, slide footers, speaker
labels and contents entries are excluded with their kind; nothing is lost unseen; the title
and the date line come from the cover, the headline or the dateline.

And the general rules behind them, with their negative cases: a numbered list or a table's
column of numbers is no line-number margin; a short line in small type that belongs to a
paragraph is no front matter; "end" alone (pseudocode) is no release's end mark; a title in
capitals with no headline under it stays the title."""

from __future__ import annotations

import unicodedata
from collections import Counter

import pytest

from pipeline.bench.synth.genres import GENRES, make_genre
from pipeline.bench.synth.genres.public import scanned_among_text
from pipeline.document import Block, Excluded
from pipeline.errors import IngestError
from pipeline.ingest.pdf import SCANNED_PAGE, _set_aside_speakers, ingest_pdf, scanned_page_warning
from pipeline.ingest.pdf.layout import Line, Token
from pipeline.ingest.pdf.layout.assembly import _ends_the_body
from pipeline.ingest.pdf.layout.margins import split_line_numbers
from pipeline.ingest.pdf.layout.maths import _cover_line, _mark_maths
from pipeline.ingest.pdf.layout.roles import _set_apart_label
from pipeline.ingest.pdf.metadata import _named_under_label
from pipeline.ingest.publisher import dateline_date
from pipeline.schema import EXCLUDED_KINDS

READABLE = [g for g in GENRES if g != "scan"]
CASES = [(g, "pdfium") for g in READABLE] + [(g, "pdfplumber") for g in READABLE]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    folder = tmp_path_factory.mktemp("genres")
    cache: dict = {}

    def get(name: str, engine: str):
        if name not in cache:
            cache[name] = make_genre(name, folder)
        key = (name, engine)
        if key not in cache:
            cache[key] = ingest_pdf(cache[name].data, engine=engine)
        return cache[name], cache[key]

    return get


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name, engine", CASES)
def test_every_sentence_comes_back_whole_and_in_order(read, name, engine):
    genre, parsed = read(name, engine)
    text = " ".join(_flat(b.text) for b in parsed.blocks)
    pos = 0
    for sentence in genre.sentences:
        found = text.find(sentence, pos)
        assert found >= 0, (sentence, text[pos : pos + 200])
        pos = found + len(sentence)
    rest = text
    for sentence in genre.sentences:
        rest = rest.replace(sentence, " ")
    # nothing else in the running text but a dateline before the first sentence
    assert len(_flat(rest)) <= 45, _flat(rest)
    for stray in genre.absent:
        assert stray not in text


@pytest.mark.parametrize("name, engine", CASES)
def test_what_is_left_out_is_excluded_with_its_kind(read, name, engine):
    genre, parsed = read(name, engine)
    for kind, text in genre.excluded:
        rows = [e.text for e in parsed.excluded if e.kind == kind]
        assert any(text in _flat(r) for r in rows), (kind, text, parsed.excluded)
    assert all(e.kind in EXCLUDED_KINDS for e in parsed.excluded)


def _letters(text: str) -> Counter[str]:
    text = unicodedata.normalize("NFKD", text).lower()
    return Counter(c for c in text if "a" <= c <= "z")


@pytest.mark.parametrize("name", READABLE)
def test_nothing_is_lost_unseen(read, name):
    import pypdfium2 as pdfium

    genre, parsed = read(name, "pdfium")
    pdf = pdfium.PdfDocument(genre.data)
    layer: Counter[str] = Counter()
    for page in pdf:
        layer += _letters(page.get_textpage().get_text_range())
    pdf.close()
    parts = [b.text for b in parsed.blocks] + sorted({b.section for b in parsed.blocks})
    out = _letters("\n".join(parts + [e.text for e in parsed.excluded]))
    missing = layer - out
    assert sum(missing.values()) <= 0.005 * sum(layer.values()), missing.most_common(8)
    assert sum(out.values()) <= 1.05 * sum(layer.values())


@pytest.mark.parametrize("name", READABLE)
def test_title_and_date_line_from_the_cover_or_the_dateline(read, name):
    genre, parsed = read(name, "pdfium")
    if genre.title:
        assert parsed.metadata.title == genre.title
    if genre.date_line:
        assert parsed.metadata.date_line == genre.date_line
        assert parsed.metadata.year == int(genre.date_line[-4:])  # not the file's creation year


@pytest.mark.parametrize(
    "text, date",
    [
        ("HALIFAX, Nova Scotia (April 2, 2026) \u2013 The agency signed.", "April 2, 2026"),
        ("CAPE CANAVERAL, Fla., March 3, 2025 -- The launch slipped.", "March 3, 2025"),
        ("GENEVA (12 May 2023) - The committee met.", "12 May 2023"),
        ("The agencies met on April 2, 2026 and signed the pact.", ""),
        ("Since April 2, 2026 - the start of the pact - data flow.", ""),
    ],
)  # fmt: skip
def test_the_date_of_a_dateline(text, date):
    assert dateline_date(text) == date


def test_a_scan_with_a_stamp_as_its_only_text_says_so(tmp_path):
    genre = make_genre("scan", tmp_path)
    with pytest.raises(IngestError) as err:
        ingest_pdf(genre.data)
    assert str(err.value).startswith("no text layer: the PDF is a scan")


def test_a_hearings_speakers_are_labels_and_their_speech_is_text(read):
    _, parsed = read("hearing", "pdfium")
    speakers = [e.text for e in parsed.excluded if e.kind == "speaker"]
    assert speakers[:2] == ["Chairwoman WHITFIELD.", "Mr. OKAFOR."]
    assert any(b.text.startswith("Good morning, and welcome") for b in parsed.blocks)


# ---------------------------------------------------------------------------------------------
# Line numbers in the margin


def _seg(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> Line:
    tokens = [Token(w, i > 0, 0) for i, w in enumerate(text.split())]
    return Line(tokens, x0, x1, top, top + size, size, False, "F", 1, 20.0, len(text))


def _numbered_page(numbers: list[str], *, num_x: tuple[float, float], text_x0: float = 110.0):
    rows = []
    for i, n in enumerate(numbers):
        top = 100.0 + 24.0 * i
        rows.append(_seg(n, *num_x, top, 8.0))
        rows.append(_seg("the agencies shall share their plans with", text_x0, 500.0, top))
    return rows


@pytest.mark.parametrize(
    "numbers, num_x, text_x0, found",
    [
        ([str(i) for i in range(1, 11)], (88.0, 96.0), 110.0, 10),  # a bill's left margin
        ([str(i) for i in range(14, 22)], (88.0, 96.0), 110.0, 8),  # counting on from a page
        ([str(i) for i in range(1, 9)], (510.0, 518.0), 110.0, 8),  # in the right margin
        ([str(i) for i in range(1, 5)], (88.0, 96.0), 110.0, 0),  # too few to be a margin
        (["3", "17", "2", "40", "8", "11"], (88.0, 96.0), 110.0, 0),  # no count: a table's
        ([str(i) for i in range(1, 9)], (110.0, 116.0), 110.0, 0),  # inside the text's margin
    ],
)  # fmt: skip
def test_line_numbers_in_the_margin(numbers, num_x, text_x0, found):
    if num_x[0] > 500:  # right margin: the text ends before the numbers
        page = []
        for i, n in enumerate(numbers):
            top = 100.0 + 24.0 * i
            page += [_seg(n, *num_x, top, 8.0), _seg("the agencies shall share", 110.0, 480.0, top)]
    else:
        page = _numbered_page(numbers, num_x=num_x, text_x0=text_x0)
        if num_x[0] >= text_x0:  # a table's rank column under a paragraph: the number
            for ln in page[1::2]:  # opens the row, the paragraph sets the text's margin
                ln.x0 = num_x[1] + 14.0
            page += [
                _seg("a line of the paragraph", text_x0, 500.0, 20.0 + 12 * i) for i in range(6)
            ]
    kept, numbers_out, _ = split_line_numbers(page)
    assert len(numbers_out) == found
    assert len(kept) + len(numbers_out) == len(page)


def test_a_numbered_list_is_not_a_line_number_margin():
    page = [
        _seg(
            f"{i}. Each agency publishes its planned sites a year ahead.",
            72.0,
            500.0,
            100.0 + 14 * i,
        )
        for i in range(1, 9)
    ]
    kept, numbers, _ = split_line_numbers(page)
    assert numbers == [] and kept == page


# ---------------------------------------------------------------------------------------------
# Speaker labels, record notes and bullets of a PDF's blocks


@pytest.mark.parametrize(
    "text, label, rest",
    [
        ("Mr. OKAFOR. Thank you, Madam Chair.", "Mr. OKAFOR.", "Thank you, Madam Chair."),
        ("Senator Ruiz: The plan is late.", "Senator Ruiz:", "The plan is late."),
        ("\u2022 Overlapping plans are settled.", "\u2022", "Overlapping plans are settled."),
        ("[The prepared statement of Dr. Hale follows:]", "[The prepared statement of Dr. Hale follows:]", ""),
        ("Mr. Okafor thanked the chair for the hearing.", "", "Mr. Okafor thanked the chair for the hearing."),
        ("NASA and ESA signed the pact in 2024.", "", "NASA and ESA signed the pact in 2024."),
        ("[States shall not place weapons in orbit.]", "", "[States shall not place weapons in orbit.]"),
        ("- The plan is late.", "", "- The plan is late."),
    ],
)  # fmt: skip
def test_speaker_labels_record_notes_and_bullets_are_set_aside(text, label, rest):
    excluded: list[Excluded] = []
    blocks = _set_aside_speakers([Block(text, page=3, page_breaks=((20, 4),))], excluded)
    assert [e.text for e in excluded] == ([label] if label else [])
    assert [b.text for b in blocks] == ([rest] if rest else [])
    if rest and label:
        assert blocks[0].page_breaks == ((20 - (len(text) - len(rest)), 4),)


@pytest.mark.parametrize(
    "line, end",
    [("###", True), ("# # #", True), ("-30-", True), ("- END -", True), ("end", False),
     ("End", False), ("ends", False), ("The end of the mission came in 2031.", False)],
)  # fmt: skip
def test_a_releases_end_mark_but_not_a_line_of_pseudocode(line, end):
    assert _ends_the_body(line) is end


@pytest.mark.parametrize(
    "hint, found",
    [(("left", 96.0), 2), (("left", 60.0), 0), (None, 0), (("right", 96.0), 0)],
)  # fmt: skip
def test_a_short_last_page_keeps_the_line_numbers_of_the_page_before(hint, found):
    page = _numbered_page(["1", "2"], num_x=(88.0, 96.0))
    _, numbers, edge = split_line_numbers(page, hint=hint)
    assert len(numbers) == found
    assert (edge is not None) is bool(found)


@pytest.mark.parametrize(
    "text, x0, x1, bold, caption",
    [
        ("Table 1 Launches by year", 250.0, 362.0, True, True),  # bold, centred
        ("Table 2 Payloads by orbit", 72.0, 190.0, True, True),  # bold at the edge
        ("Figure 3 Partners of the station", 230.0, 382.0, False, True),  # centred
        ("Table 1 lists the launches of each year and their payloads", 72.0, 400.0, False, False),
        ("Table 1 lists the launches of each year.", 250.0, 362.0, True, False),  # a sentence
        ("Tables of launches by year", 250.0, 362.0, True, False),  # no number
        ("Figure 10 shows the results of our runs for the", 120.0, 492.0, False, False),
    ],
)  # fmt: skip
def test_a_caption_with_no_punctuation_after_its_number(text, x0, x1, bold, caption):
    tokens = [Token(w, i > 0, 0, bold) for i, w in enumerate(text.split())]
    ln = Line(tokens, x0, x1, 400.0, 410.0, 10.0, bold, "F", 1, 20.0, len(text))
    ln.col_left, ln.col_right = 72.0, 540.0
    assert _set_apart_label(ln, text) is caption


def test_line_numbers_set_flush_left_end_apart_and_are_still_a_margin():
    page = []
    for i in range(1, 13):  # "9" and "10" start at one x and end apart
        top = 100.0 + 24.0 * i
        page += [_seg(str(i), 58.0, 58.0 + 4.0 * len(str(i)), top, 8.0)]
        page += [_seg("the agencies shall share their plans with", 92.0, 500.0, top)]
    _, numbers, edge = split_line_numbers(page)
    assert len(numbers) == 12 and edge == ("left", -58.0)


def _para_line(text: str, x0: float, top: float) -> Line:
    ln = _seg(text, x0, 520.0, top, 10.0)
    ln.text, ln.col_left, ln.col_right, ln.pitch = text, 72.0, 540.0, 12.0
    return ln


@pytest.mark.parametrize(
    "above, line, starts",
    [
        ("Yes, the data are shared within six months.", "The CHAIRMAN. Thank you both.", True),
        ("Yes, the data are shared within six months.", "Senator LANE. One more question.", True),
        ("Yes, the data are shared within six months.", "Mr. OKAFOR: I agree.", True),
        # a sentence that ends with a name, not a turn: the name is not in capitals
        ("The amendment was offered by", "Senator Lane. The committee then voted.", False),
        ("The amendment was offered by", "Senator LANE. The committee then voted.", False),
        ("Yes, the data are shared within six months.", "NASA and ESA agreed to it.", False),
    ],
)  # fmt: skip
def test_a_hearings_turn_opens_a_paragraph_after_a_sentences_end(above, line, starts):
    from pipeline.ingest.pdf.layout.assembly import Assembler

    p, ln = _para_line(above, 92.0, 100.0), _para_line(line, 92.0, 112.0)
    assert Assembler._starts_paragraph(p, ln) is starts


@pytest.mark.parametrize(
    "text, furniture",
    [
        ("improve the accuracy of the public catalogue.", False),  # a sentence's end
        ("Space Policy Review", True),  # a running head alone at the top
        ("draft for comment", True),  # lower case, no sentence end
    ],
)  # fmt: skip
def test_a_sentences_end_carried_over_alone_to_the_top_of_a_page_is_text(text, furniture):
    from pipeline.ingest.pdf.layout import FurnitureFilter

    ln = _seg(text, 72.0, 300.0, 40.0, 10.0)
    body = [_seg("a line of text lower on the page", 72.0, 500.0, 400.0 + 12 * i) for i in range(3)]
    f = FurnitureFilter(2)
    f.add(1, [ln, *body], 792.0)
    _, margin = f.split(1, [ln, *body], 792.0)
    assert (ln in margin) is furniture


@pytest.mark.parametrize(
    "head, kept",
    [("Article 1  Purpose", True), ("Section 1. Scope", True), ("Chapter II", True),
     ("A Framework for Partners", False)],
)  # fmt: skip
def test_a_legal_texts_first_numbered_part_on_page_one_is_a_heading(tmp_path, head, kept):
    from pipeline.bench.synth.genres.writer import Writer

    w = Writer(tmp_path / "p.pdf")
    w.centred("National Framework for Orbital Data", "Helvetica-Bold", 18, gap=14)
    first = "This framework says how data are shared. It applies to all civil agencies."
    for title, text in [(head, first), ("Article 2  Review", "The framework is reviewed in 2029.")]:
        w.line(title, "Helvetica-Bold", 11)
        w.paragraph(text, "Helvetica", 10.5, gap=8)
    parsed = ingest_pdf(w.save())
    assert any(first in b.text for b in parsed.blocks) is kept
    assert parsed.blocks[-1].text == "The framework is reviewed in 2029."


def test_a_hearings_cover_lines_are_front_matter_and_its_spaced_heading_contents(read):
    _, parsed = read("hearing", "pdfium")
    kinds = {e.kind for e in parsed.excluded for line in e.text.split("\n") if line in _COVER}
    assert kinds == {"front_matter"}
    front = "\n".join(e.text for e in parsed.excluded if e.kind == "front_matter")
    assert all(line in front.split("\n") for line in _COVER)
    assert any(
        e.kind == "contents" and e.text.startswith("C O N T E N T S") for e in parsed.excluded
    )
    assert not [e.text for e in parsed.excluded if e.kind == "maths"]


_COVER = ("OF THE", "Serial No. 119\u201312")


@pytest.mark.parametrize(
    "text, cover",
    [
        ("OF THE", True),
        ("SUBCOMMITTEE ON SPACE", True),
        ("C O N T E N T S", True),
        ("Serial No. 119\u201312", True),
        ("x = y + 1", False),
        ("f(x) \u2264 g(x)", False),
        ("\u03b1 \u03b2", False),
        ("A B", False),
        ("dx dt", False),
    ],
)  # fmt: skip
def test_a_cover_line_is_no_formula(text, cover):
    assert _cover_line(text) is cover


def test_a_centred_formula_on_page_one_stays_maths():
    body = _seg("The orbit decays as the drag grows and the mass stays the same.", 72, 540, 100)
    formula = _seg("a = F / m", 260, 330, 130)
    after = _seg("The result holds for every orbit that the survey listed here.", 72, 540, 160)
    cover = _seg("OF THE", 280, 320, 190)
    lines = [body, formula, after, cover]
    for ln in lines:
        ln.col_left, ln.col_right, ln.text = 72.0, 540.0, ln.raw_text()
    _mark_maths(lines, 10.0)
    assert formula.role == "maths"
    assert body.role == after.role == "body"
    assert cover.role == "front"  # a line of a cover in capitals, set apart


def test_a_label_of_the_genre_gives_the_title_to_the_lines_under_it():
    label = _seg("A BILL", 270, 340, 100, size=16)
    purpose = [_seg("To set up a shared register of", 150, 470, 124, 11),
               _seg("lunar landing plans.", 150, 300, 137, 11)]  # fmt: skip
    text = _seg("Be it enacted by the two houses assembled here today.", 72, 540, 180, 12)
    lines = [label, *purpose, text]
    assert _named_under_label(lines, label, "A BILL") == purpose
    # nothing under the label: it stays the title
    assert _named_under_label([label, text], label, "A BILL") == []
    # a real title is not a label
    assert _named_under_label(lines, label, "Sharing the Moon") == []
    # a long paragraph under the label is no title
    long = [_seg(f"line {i} of a long purpose", 150, 470, 124 + 13 * i, 11) for i in range(6)]
    assert _named_under_label([label, *long], label, "A BILL") == []


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_scanned_page_among_text_pages_is_named_and_not_read(tmp_path, engine):
    genre = scanned_among_text(tmp_path / "mixed.pdf")
    parsed = ingest_pdf(genre.data, engine=engine)
    text = " ".join(_flat(b.text) for b in parsed.blocks)
    assert all(sentence in text for sentence in genre.sentences)
    assert "ARCHIVE" not in text and "picture of words" not in text
    warned = [e for e in parsed.excluded if e.text.startswith("[" + SCANNED_PAGE)]
    assert [(e.kind, e.page) for e in warned] == [("other", 2)]
    assert warned[0].text == scanned_page_warning(2)


def test_pages_with_text_give_no_scanned_page_warning(read):
    for name in READABLE:
        _, parsed = read(name, "pdfium")
        assert not [e for e in parsed.excluded if SCANNED_PAGE in e.text], name


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_small_picture_on_a_page_of_its_own_is_no_scanned_page(tmp_path, engine):
    genre = scanned_among_text(tmp_path / "logo.pdf", full=False)
    parsed = ingest_pdf(genre.data, engine=engine)
    assert not [e for e in parsed.excluded if SCANNED_PAGE in e.text]
    text = " ".join(_flat(b.text) for b in parsed.blocks)
    assert all(sentence in text for sentence in genre.sentences)


def _top_heading_pdf(folder, *, leading: float, gap: float, running: bool = False) -> bytes:
    """A heading alone near the top edge of page 1 over text of the given line spacing; with
    ``running``, a short line at the same place on page 2 as well (a running head)."""
    from pipeline.bench.synth.genres.writer import Writer

    w = Writer(folder / "top.pdf", top=760)
    for page in (1, 2):
        said = "will trade the positions of" if page == 1 else "have shared the tracks of"
        text = " ".join([f"The offices {said} the objects they follow."] * 6)
        if page == 1 or running:
            w.line("Sharing Orbital Data", "Times-Bold", 12, x=72)
            w.skip(gap)
        for _ in range(3):
            w.paragraph(text, size=12, first=36, leading=leading, gap=0)
        if page == 1:
            w.new_page()
    return w.save()


@pytest.mark.parametrize(
    "leading, gap, running, header",
    [
        (2.0, 14, False, False),  # double spaced, a blank line under it: the heading
        (2.0, 6, False, False),
        (1.2, 14, False, True),  # single spaced, set well above the text: a running head
        (2.0, 14, True, True),  # it repeats on page 2: a running head
    ],
)  # fmt: skip
@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_heading_alone_at_the_top_of_a_double_spaced_page_is_no_header(
    tmp_path, engine, leading, gap, running, header
):
    data = _top_heading_pdf(tmp_path, leading=leading, gap=gap, running=running)
    parsed = ingest_pdf(data, engine=engine)
    kinds = {e.kind for e in parsed.excluded if e.text == "Sharing Orbital Data" and e.page == 1}
    assert ("header" in kinds) is header
