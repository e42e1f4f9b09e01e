"""DOCX ingestion with python-docx: paragraphs in body order, styles for headings and title.

Paragraphs styled ``Heading N`` (or based on one, or with an outline level) are headings; the
``Title`` paragraph gives the title. Tables, text boxes, captions, tables of contents and deleted
revisions are not running text. Footnote and endnote references are removed from the text and
their bodies (read from ``word/footnotes.xml`` / ``word/endnotes.xml``, which python-docx does
not expose) become notes, labelled in order of first reference as Word numbers them. A
superscript run that is only a number or a mark (a footnote marker pasted as text) is dropped.

Before python-docx sees the package, the zip directory is checked: a file that is not a zip,
has no ``word/document.xml`` or would expand beyond :data:`MAX_DOCUMENT_XML` bytes (a zip bomb)
is refused with an :class:`~pipeline.ingest.IngestError`.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

from pipeline.document import Metadata, ParsedText
from pipeline.errors import IngestError
from pipeline.ingest.publisher import BlockBuilder, split_authors
from pipeline.ingest.textclean import collapse_whitespace
from pipeline.ingest.turn_labels import turn_labels

#: Refuse a DOCX whose word/document.xml expands beyond this many bytes.
MAX_DOCUMENT_XML = 200 * 1024 * 1024
#: Refuse a DOCX whose parts together expand beyond this many bytes.
MAX_PACKAGE = 1024 * 1024 * 1024

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# Containers whose runs are not part of the paragraph's visible running text.
_SKIP_ANCESTORS = {_w("del"), _w("moveFrom"), _w("txbxContent"), f"{{{MC}}}Fallback"}
_MARKER = re.compile(r"^\s*[\[(]?(\d{1,3}([,–-]\d{1,3})*|[*†‡§¶]+|[a-z])[\])]?\s*$")
_PLACEHOLDER_AUTHORS = {
    "python-docx", "author", "user", "admin", "administrator", "microsoft office user",
    "windows user", "unknown", "owner",
}  # fmt: skip
#: python-docx's template creation date: not the document's.
_TEMPLATE_CREATED = "2013-12-23T23:15:00"


def _check_package(data: bytes) -> None:
    """Refuse non-zip data, zips without word/document.xml and zip bombs, before parsing."""
    if not data.startswith(b"PK"):
        if data.startswith(b"\xd0\xcf\x11\xe0"):
            raise IngestError("not a DOCX file: it is an old .doc file; re-save it as .docx")
        raise IngestError(
            "not a DOCX file: it is not a zip package; check the file or its extension"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "word/document.xml" not in names:
                raise IngestError(
                    "not a DOCX file: the zip has no word/document.xml (another Office format?)"
                )
            size = zf.getinfo("word/document.xml").file_size
            total = sum(i.file_size for i in infos)
    except zipfile.BadZipFile as exc:
        raise IngestError(f"not a DOCX file: the zip package is corrupt ({exc})") from None
    if size > MAX_DOCUMENT_XML:
        raise IngestError(
            f"refused DOCX: word/document.xml would expand to {_size(size)}, over the "
            f"{_size(MAX_DOCUMENT_XML)} limit (possible zip bomb)"
        )
    if total > MAX_PACKAGE:
        raise IngestError(
            f"refused DOCX: its parts would expand to {_size(total)}, over the "
            f"{_size(MAX_PACKAGE)} limit (possible zip bomb)"
        )


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n} bytes"


def _open(data: bytes):
    import docx  # python-docx

    _check_package(data)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors, ...
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise IngestError(f"not a DOCX file: python-docx cannot read it ({reason})") from None


# --------------------------------------------------------------------------------------------
# Runs and paragraphs
# --------------------------------------------------------------------------------------------


def _skipped(run: etree._Element, stop: etree._Element) -> bool:
    node = run.getparent()
    while node is not None and node is not stop:
        if node.tag in _SKIP_ANCESTORS:
            return True
        node = node.getparent()
    return False


def _is_marker_run(run: etree._Element, text: str) -> bool:
    rpr = run.find(_w("rPr"))
    if rpr is None:
        return False
    style = rpr.find(_w("rStyle"))
    if style is not None and re.search(r"(foot|end)note", style.get(_w("val"), ""), re.I):
        return True
    valign = rpr.find(_w("vertAlign"))
    return (
        valign is not None and valign.get(_w("val")) == "superscript" and bool(_MARKER.match(text))
    )


def paragraph_text(p: etree._Element, refs: list[str] | None = None) -> str:
    """Visible text of a ``w:p`` without note references, deletions, text boxes or markers.

    Ids of footnote/endnote references met are appended to ``refs`` (as "f3", "e1").
    """
    parts: list[str] = []
    for run in p.iter(_w("r")):
        if _skipped(run, p):
            continue
        pieces: list[str] = []
        is_ref = False
        for child in run:
            tag = child.tag
            if tag in (_w("footnoteReference"), _w("endnoteReference")):
                is_ref = True
                if refs is not None:
                    kind = "f" if tag == _w("footnoteReference") else "e"
                    refs.append(kind + child.get(_w("id"), ""))
            elif tag in (_w("footnoteRef"), _w("endnoteRef")):
                is_ref = True
            elif tag == _w("t"):
                pieces.append(child.text or "")
            elif tag in (_w("tab"), _w("br"), _w("cr")):
                pieces.append(" ")
            elif tag == _w("noBreakHyphen"):
                pieces.append("-")
        text = "".join(pieces)
        if is_ref or _is_marker_run(run, text):
            continue
        parts.append(text)
    return "".join(parts)


def _style_chain(style) -> list[str]:
    names = []
    for _ in range(6):
        if style is None:
            break
        names.append((style.name or "").strip())
        style = style.base_style
    return names


_STYLE_KIND = {
    "caption": "caption", "subtitle": "front_matter", "toc": "contents", "table of": "contents",
    "bibliography": "reference", "footnote": "footnote", "endnote": "footnote",
    "header": "header", "footer": "footer",
}  # fmt: skip


def _paragraph_role(paragraph) -> str:
    """'title', 'heading', 'body', or the excluded.csv kind of a paragraph that is not running
    text (captions, contents, subtitle, bibliography, notes, headers and footers)."""
    try:
        chain = _style_chain(paragraph.style)
    except (KeyError, ValueError):
        chain = []
    first = chain[0].lower() if chain else ""
    if first == "title":
        return "title"
    m = re.match(
        r"^(caption|subtitle|toc|table of|bibliography|footnote|endnote|header|footer)", first
    )
    if m:
        return _STYLE_KIND[m.group(1)]
    if any(re.match(r"^heading\s*\d", n, re.I) for n in chain):
        return "heading"
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.find(_w("outlineLvl")) is not None:
        level = ppr.find(_w("outlineLvl")).get(_w("val"), "9")
        if level.isdigit() and int(level) < 9:
            return "heading"
    return "body"


def _body_paragraphs(document):
    """Paragraphs of the body in order, including those in content controls, never in tables."""
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        if child.tag == _w("p"):
            yield Paragraph(child, document)
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is None:
                continue
            for p in content.iter(_w("p")):
                node, in_table = p.getparent(), False
                while node is not None and node is not content:
                    in_table |= node.tag == _w("tbl")
                    node = node.getparent()
                if not in_table:
                    yield Paragraph(p, document)


# --------------------------------------------------------------------------------------------
# Notes and metadata
# --------------------------------------------------------------------------------------------


def _note_bodies(document, reltype: str, kind: str) -> dict[str, str]:
    """Footnote or endnote texts by id ("f1" -> text), separators excluded."""
    bodies: dict[str, str] = {}
    for rel in document.part.rels.values():
        if rel.reltype != reltype or rel.is_external:
            continue
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            root = etree.fromstring(rel.target_part.blob, parser)
        except etree.XMLSyntaxError:
            continue
        tag = _w("footnote" if kind == "f" else "endnote")
        for note in root.iter(tag):
            if note.get(_w("type"), "normal") != "normal":
                continue
            text = " ".join(paragraph_text(p) for p in note.iter(_w("p")))
            bodies[kind + note.get(_w("id"), "")] = text
    return bodies


def _metadata(document, title_paragraph: str) -> Metadata:
    props = document.core_properties
    meta = Metadata()
    meta.title = title_paragraph or (props.title or "").strip()
    author = (props.author or "").strip()
    if author and author.lower() not in _PLACEHOLDER_AUTHORS:
        meta.authors = split_authors(author)
    created = props.created
    if created is not None and not created.isoformat().startswith(_TEMPLATE_CREATED):
        meta.year = created.year
    return meta


def ingest_docx(data: bytes) -> ParsedText:
    """Ingest a Word .docx file."""
    document = _open(data)
    items: list[tuple[str, str]] = []
    refs: list[str] = []
    title = ""
    for paragraph in _body_paragraphs(document):
        role = _paragraph_role(paragraph)
        text = paragraph_text(paragraph._p, refs)
        if not text.strip():
            continue
        if role == "title":
            if not title:
                title = collapse_whitespace(text)
                role = "front_matter"
            else:
                role = "heading"  # a second Title paragraph reads as a heading
        items.append((role, text))

    builder = BlockBuilder(
        metadata=_metadata(document, title),
        turn_labels=turn_labels([text for role, text in items if role == "body"]),
    )
    for role, text in items:
        if role == "heading":
            builder.heading(text, explicit=True)
        elif role == "body":
            builder.paragraph(text)
        else:
            builder.exclude(role, text)
    for table in document.element.body.iter(_w("tbl")):
        text = " ".join(paragraph_text(p) for p in table.iter(_w("p")) if paragraph_text(p))
        builder.exclude("table", text)

    bodies = {
        **_note_bodies(document, RT_FOOTNOTES, "f"),
        **_note_bodies(document, RT_ENDNOTES, "e"),
    }
    seen: list[str] = []
    for ref in refs:
        if ref in bodies and ref not in seen:
            seen.append(ref)
    counters = {"f": 0, "e": 0}
    for ref in seen:
        counters[ref[0]] += 1
        label = str(counters[ref[0]]) if ref[0] == "f" else _roman(counters["e"])
        builder.add_note(label, bodies[ref])
    for ref, text in bodies.items():
        if ref not in seen and text.strip():
            builder.add_note(ref[1:], text)
    return builder.result()


def _roman(n: int) -> str:
    """Word numbers endnotes i, ii, iii by default."""
    out = ""
    for value, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out
