"""Build ``corpus/samples/treaty_commentary.docx``: a Word commentary with real footnotes.

The document exercises what the DOCX ingester must handle: a Title paragraph, Heading 1 and
Heading 2 styles, list paragraphs, a table with a caption (not running text), genuine Word
footnotes (python-docx cannot create them, so ``word/footnotes.xml`` is written by hand and
related to the document part), one superscript marker typed as text, and back matter
(Acknowledgements, References). The package is re-zipped with fixed timestamps so that the
file is byte-for-byte reproducible.

Run: ``python -m pipeline.bench.synth.make_docx_sample [OUTPUT]``.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

DEFAULT_OUTPUT = (
    Path(__file__).resolve().parents[2] / "corpus" / "samples" / "treaty_commentary.docx"
)

TITLE = "Article by Article: The Outer Space Treaty and the New Lunar Coalitions"
AUTHORS = "Amina Rahman; Sofia Lindqvist"

#: Footnote bodies, referenced below as {fn1}, {fn2}, ...
FOOTNOTES = {
    1: "The treaty entered into force in October 1967 and has well over one hundred parties.",
    2: "The Accords use the phrase safety zones, which the treaty itself never mentions.",
    3: "Chinese commentators have repeatedly linked the station to the principle of common benefit.",
}

#: (style, text). "{fnN}" marks where footnote N is referenced; "^N" a typed superscript marker.
CONTENT: list[tuple[str, str]] = [
    ("Title", TITLE),
    ("Heading 1", "Introduction"),
    (
        "Normal",
        "The Outer Space Treaty remains the common reference point for every lunar program, "
        "whether it is led from Washington or from Beijing.{fn1} Both the Artemis Accords and "
        "the International Lunar Research Station claim to give effect to its principles, yet "
        "they read several of its articles in different ways.",
    ),
    (
        "Normal",
        "This commentary takes the articles in turn and asks where the two coalitions agree, "
        "where they diverge, and where their rivalry may push states back to the negotiating "
        "table.",
    ),
    ("Heading 1", "Article I: Freedom of exploration and use"),
    (
        "Normal",
        "Article I declares the exploration and use of outer space to be the province of all "
        "humankind and open to every state without discrimination. NASA cites this article "
        "when it invites new signatories, and CNSA cites it when it stresses that the station "
        "is open to all countries and institutions.",
    ),
    ("Heading 2", "Access in practice"),
    (
        "Normal",
        "Formal openness does not guarantee practical access, because launch capacity and "
        "funding decide which partners actually fly. The United Arab Emirates and Japan have "
        "secured concrete roles in American missions, while Pakistan has negotiated a payload "
        "on a Chinese lander.^4",
    ),
    ("Heading 1", "Article II: Non-appropriation"),
    (
        "Normal",
        "Article II forbids national appropriation of the Moon by claim of sovereignty, use or "
        "occupation. The Accords treat the extraction of resources as compatible with this "
        "rule and propose safety zones around operations to avoid harmful interference.{fn2}",
    ),
    (
        "Normal",
        "Russia and China have criticised that reading as an attempt by the United States to "
        "set the terms of lunar mining before any multilateral agreement exists.",
    ),
    ("Caption", "Table 1. Positions of selected states on lunar resource extraction."),
    ("TABLE", ""),
    ("Heading 1", "Article IX: Due regard and consultation"),
    (
        "Normal",
        "Article IX obliges states to conduct their activities with due regard to the "
        "interests of others and to consult before any activity that could cause harmful "
        "interference. Two coalitions operating near the lunar south pole make this duty "
        "far more than a formality.",
    ),
    (
        "List Bullet",
        "Notification of landing sites could be exchanged through the United Nations.",
    ),
    (
        "List Bullet",
        "Agencies from both coalitions could agree on common radio-frequency practices.",
    ),
    ("Heading 1", "Conclusion"),
    (
        "Normal",
        "The treaty leaves enough room for both coalitions to claim fidelity to it, and that "
        "room is now the arena of their competition.{fn3} A shared interpretation, negotiated "
        "in the Committee on the Peaceful Uses of Outer Space, would serve the partners of "
        "ESA, Roscosmos, ISRO and every other agency better than two rival readings.",
    ),
    ("Heading 1", "Acknowledgements"),
    (
        "Normal",
        "The authors are grateful to colleagues at a graduate seminar in Uppsala for their "
        "comments on an earlier draft.",
    ),
    ("Heading 1", "References"),
    ("Normal", "Example, C. (2021). Reading Article II after the Accords. Orbital Law Review 7."),
]

TABLE_ROWS = [
    ("State", "Position"),
    ("United States", "Extraction permitted under national law"),
    ("China", "Rules to be agreed multilaterally"),
]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _footnotes_xml() -> bytes:
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for n, text in FOOTNOTES.items():
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}'
            f"</w:t></w:r></w:p></w:footnote>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:footnotes xmlns:w="{W_NS}">' + "".join(notes) + "</w:footnotes>"
    )
    return xml.encode("utf-8")


def _add_text_with_refs(paragraph, text: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for piece in re.split(r"(\{fn\d+\}|\^\d+)", text):
        if not piece:
            continue
        m = re.fullmatch(r"\{fn(\d+)\}", piece)
        if m:
            run = paragraph.add_run()
            run.font.superscript = True
            ref = OxmlElement("w:footnoteReference")
            ref.set(qn("w:id"), m.group(1))
            run._r.append(ref)
        elif piece.startswith("^"):
            paragraph.add_run(piece[1:]).font.superscript = True
        else:
            paragraph.add_run(piece)


def build() -> bytes:
    """The sample document as bytes (deterministic)."""
    import docx
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    for style, text in CONTENT:
        if style == "TABLE":
            table = document.add_table(rows=len(TABLE_ROWS), cols=2)
            for r, row in enumerate(TABLE_ROWS):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        paragraph = document.add_paragraph(style=style)
        _add_text_with_refs(paragraph, text)

    part = Part(
        PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _footnotes_xml(), document.part.package
    )
    document.part.relate_to(part, RT.FOOTNOTES)

    props = document.core_properties
    props.title = TITLE
    props.author = AUTHORS
    props.last_modified_by = "spaceclaims"
    props.created = dt.datetime(2024, 2, 20, 9, 0, 0)
    props.modified = dt.datetime(2024, 2, 20, 9, 0, 0)
    props.revision = 1

    raw = io.BytesIO()
    document.save(raw)
    return _fixed_timestamps(raw.getvalue())


def _fixed_timestamps(data: bytes) -> bytes:
    """Re-zip with a constant date on every member so the output is reproducible."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 2, 20, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    target = Path(argv[0]) if argv else DEFAULT_OUTPUT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(build())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
