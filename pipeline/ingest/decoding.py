"""Decoding a text file's bytes: byte-order marks, UTF-8, cp1252 and Latin-1, UTF-16 without a
mark, binary data refused with a reason; line ends, form feeds and control characters
normalised (:func:`prepare_text`). Used by :mod:`pipeline.ingest.text` (.txt, .md)."""

from __future__ import annotations

import codecs

from pipeline.errors import IngestError
from pipeline.ingest.textclean import normalize_unicode, remove_control_chars

# --------------------------------------------------------------------------------------------

_MAGIC = {
    b"%PDF": "a PDF; give it the .pdf extension",
    b"PK\x03\x04": "a zip archive (a .docx?); give it the right extension",
    b"\xd0\xcf\x11\xe0": "an old Word/Office file; save it as .docx or .txt",
    b"{\\rtf": "an RTF file; save it as .docx or .txt",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


def binary_reason(sample: bytes) -> str | None:
    """Why ``sample`` is not text, or ``None``: a known file signature or many control bytes."""
    for magic, what in _MAGIC.items():
        if sample.startswith(magic):
            return what
    if not sample:
        return None
    nul = sample.count(0)
    controls = sum(1 for b in sample if (b < 32 and b not in (9, 10, 12, 13)) or b == 127)
    if nul > len(sample) * 0.01 or controls > len(sample) * 0.05:
        return f"{controls} control bytes in the first {len(sample)}"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (ASCII text in UTF-16), else None."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> str:
    """Decode a text file: BOM (UTF-8, UTF-16, UTF-32), else UTF-8, else cp1252, else Latin-1.

    Raises :class:`IngestError` for binary data (a file signature such as %PDF, or more than 1%
    NUL bytes / 5% control bytes in the first 64 KiB).
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise IngestError(
                    f"not a text file: it starts with a {codec} byte-order mark but is not "
                    f"valid {codec}; re-save it as UTF-8"
                ) from None
    sample = data[:65536]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return data.decode(utf16, errors="replace")
    reason = binary_reason(sample)
    if reason:
        raise IngestError(
            f"not a text file: it looks like binary data ({reason}); "
            "check the file or give it the right extension"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def prepare_text(data: bytes, *, keep_pages: bool = False) -> str:
    """The decoded text with its line ends normalised and control characters removed; a form
    feed (a page break) becomes a blank line unless ``keep_pages``."""
    text = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not keep_pages:
        text = text.replace("\f", "\n\n")
    text = remove_control_chars(normalize_unicode(text)).expandtabs(4)
    if not text.strip():
        raise IngestError("empty file: it holds no text")
    return text
