"""DOCX ingestion: styles, footnotes, tables, metadata, and refusing broken or hostile files."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
import pytest

from pipeline.bench.synth import make_docx_sample
from pipeline.errors import IngestError
from pipeline.ingest import docx as docx_ingest
from pipeline.ingest import ingest
from pipeline.ingest.docx import ingest_docx

SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "samples" / "treaty_commentary.docx"


@pytest.fixture(scope="module")
def commentary():
    return ingest(SAMPLE)


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def test_sample_is_what_the_generator_builds() -> None:
    # Compared member by member: compressed bytes may differ between zlib builds.
    assert _members(SAMPLE.read_bytes()) == _members(make_docx_sample.build())


def test_sample_metadata(commentary) -> None:
    meta = commentary.metadata
    assert meta.title == "Article by Article: The Outer Space Treaty and the New Lunar Coalitions"
    assert meta.authors == ["Amina Rahman", "Sofia Lindqvist"]
    assert meta.year == 2024


def test_sample_sections_and_text(commentary) -> None:
    assert [b.section for b in commentary.blocks] == [
        "Introduction",
        "Introduction",
        "Article I: Freedom of exploration and use",
        "Access in practice",
        "Article II: Non-appropriation",
        "Article II: Non-appropriation",
        "Article IX: Due regard and consultation",
        "Article IX: Due regard and consultation",
        "Article IX: Due regard and consultation",
        "Conclusion",
    ]
    first = commentary.blocks[0].text
    assert "led from Washington or from Beijing. Both the Artemis Accords" in first
    assert commentary.blocks[3].text.endswith("a payload on a Chinese lander.")
    assert commentary.blocks[7].text == (
        "Notification of landing sites could be exchanged through the United Nations."
    )


@pytest.mark.parametrize(
    "absent",
    ["Table 1", "Extraction permitted", "Rules to be agreed", "Uppsala", "Example, C.",
     "entered into force", "Article by Article"],
)  # fmt: skip
def test_sample_keeps_furniture_out(commentary, absent: str) -> None:
    assert all(absent not in b.text for b in commentary.blocks)


def test_sample_footnotes(commentary) -> None:
    notes = commentary.parsed.notes
    assert [n.label for n in notes] == ["1", "2", "3"]
    assert notes[0].text.startswith("The treaty entered into force in October 1967")
    assert notes[2].text.startswith("Chinese commentators")


def _docx(build, **props) -> bytes:
    document = docx.Document()
    build(document)
    for name, value in props.items():
        setattr(document.core_properties, name, value)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_title_heading_styles_and_superscripts() -> None:
    def build(d):
        d.add_paragraph("The Gateway Partnership", style="Title")
        d.add_paragraph("Overview", style="Heading 1")
        p = d.add_paragraph("ESA and JAXA contribute modules to Gateway")
        p.add_run("12").font.superscript = True
        p.add_run(", and the station will orbit the Moon at 3")
        p.add_run("rd").font.superscript = True
        p.add_run(" distance.")
        d.add_paragraph("Details", style="Heading 2")
        d.add_paragraph("Canada provides the robotic arm.", style="List Bullet")
        d.add_paragraph("Figure 2. Gateway configuration.", style="Caption")
        table = d.add_table(rows=1, cols=1)
        table.cell(0, 0).text = "Table text that is not prose."

    parsed = ingest_docx(_docx(build, author="Li Wei, Jane Doe", created=dt.datetime(2021, 3, 4)))
    assert parsed.metadata.title == "The Gateway Partnership"
    assert parsed.metadata.authors == ["Li Wei", "Jane Doe"]
    assert parsed.metadata.year == 2021
    assert [(b.section, b.text) for b in parsed.blocks] == [
        (
            "Overview",
            "ESA and JAXA contribute modules to Gateway, and the station will orbit the Moon "
            "at 3rd distance.",
        ),
        ("Details", "Canada provides the robotic arm."),
    ]


def test_template_defaults_are_not_metadata() -> None:
    parsed = ingest_docx(_docx(lambda d: d.add_paragraph("NASA and ISRO signed a statement.")))
    assert parsed.metadata.authors == []  # "python-docx" is the template's placeholder
    assert parsed.metadata.year is None  # the template's creation date
    assert parsed.metadata.title == ""


def test_core_title_when_there_is_no_title_paragraph() -> None:
    parsed = ingest_docx(
        _docx(lambda d: d.add_paragraph("CNSA invited partners."), title="Station Memo")
    )
    assert parsed.metadata.title == "Station Memo"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"just some text, not a zip", r"^not a DOCX file: it is not a zip package"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, r"^not a DOCX file: it is an old \.doc"),
        (b"PK\x03\x04" + b"\x00" * 40, r"^not a DOCX file: the zip package is corrupt"),
    ],
)  # fmt: skip
def test_not_a_docx(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        ingest_docx(data)


def test_zip_without_document_part() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
    with pytest.raises(IngestError, match=r"^not a DOCX file: the zip has no word/document.xml"):
        ingest_docx(out.getvalue())


def test_truncated_docx() -> None:
    data = SAMPLE.read_bytes()
    with pytest.raises(IngestError, match=r"^not a DOCX file"):
        ingest_docx(data[: len(data) // 2])


def test_broken_document_xml() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(SAMPLE.read_bytes())) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "word/document.xml":
                content = content[:200]
            dst.writestr(info.filename, content)
    with pytest.raises(IngestError, match=r"^not a DOCX file: python-docx cannot read it"):
        ingest_docx(out.getvalue())


def test_zip_bomb_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    # A real bomb would take time to build; the guard reads sizes from the zip directory, so a
    # lower limit exercises the same code path.
    monkeypatch.setattr(docx_ingest, "MAX_DOCUMENT_XML", 1000)
    with pytest.raises(
        IngestError, match=r"over the 1000 bytes limit \(possible zip bomb\)"
    ) as err:
        ingest_docx(SAMPLE.read_bytes())
    assert "word/document.xml" in str(err.value)
