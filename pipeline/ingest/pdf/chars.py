"""Character engines: a PDF page -> its characters with boxes, sizes and fonts.

The layout analysis (``layout.py``) reads a page as a stream of characters and knows nothing
of the library that produced them, so engines are interchangeable:

* ``pdfium`` (default): PDFium through pypdfium2's raw C API. The page text comes in one
  ``FPDFText_GetText`` call; loose boxes are fetched for the first and last character of each
  word (written straight into a numpy array) and spread evenly over the characters between
  when both ends share a baseline and size; words that mix sizes or lines (a callout glued to
  a word, a hyphen joining two lines, a letter followed by a digit, a spacing accent) get every
  box. The font of each word is looked up from its text object; the size is the Tf size times
  the scale of the character's matrix (text matrix and CTM), so text set at Tf 1 and scaled by
  the matrix gets its real size. Rotated characters are flagged (``upright``). Some fifteen
  times faster than pdfminer on dense two-column pages (``scripts/bench_pdf.py``).
* ``pdfplumber``: pdfminer.six through pdfplumber, kept for comparison and as a fallback.

A page arrives as :class:`PageChars`, a columnar batch of :class:`Char` records (whitespace is
not a record; it sets ``space_before`` on the next character), so no engine has to create one
Python object per character.
"""

from __future__ import annotations

import ctypes
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from pipeline.errors import IngestError
from pipeline.ingest.pdf.texfonts import NEGATED, tex_family, tex_glyph, unmapped

ENGINES = ("pdfium", "pdfplumber")

_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|-bd|,bd|extrab|^cm\w*bx|^cmb\d", re.I)
_WHITESPACE = frozenset(
    [0, 9, 10, 11, 12, 13, 32, 0xA0, 0x1680, *range(0x2000, 0x200C), 0x2028, 0x2029, 0x202F]
    + [0x205F, 0x3000]
)
_WS_TABLE = np.zeros(65536, dtype=bool)
_WS_TABLE[list(_WHITESPACE)] = True
#: spacing accents (as TeX fonts draw them over a letter) and the combining marks they stand for
SPACING_ACCENTS = {
    "\u00a8": "\u0308", "\u00b4": "\u0301", "\u02c6": "\u0302", "\u02dc": "\u0303",
    "\u00b8": "\u0327", "\u02c7": "\u030c", "\u02d8": "\u0306", "\u02d9": "\u0307",
    "\u02da": "\u030a", "\u00af": "\u0304", "\u02dd": "\u030b", "\u02db": "\u0328",
}  # fmt: skip
_NOTE_MARKS = np.array([0x2A, 0x2020, 0x2021, 0xA7, 0xB6])
_ACCENT_TABLE = np.zeros(65536, dtype=bool)
_ACCENT_TABLE[[ord(c) for c in SPACING_ACCENTS]] = True
#: PDFium reports a hyphen at a line end as U+FFFE (FPDFText_GetUnicode: 2); it is a '-'.
_HYPHEN_CODES = (0xFFFE, 0x0002)


class Char(NamedTuple):
    """One visible character. Coordinates are in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool
    page: int
    space_before: bool = False
    upright: bool = True  # False for rotated text (a margin stamp, a turned table)


@dataclass(slots=True)
class PageChars:
    """The visible characters of one page, in content-stream order, as parallel arrays."""

    page: int  # 1-based
    width: float
    height: float
    text: list[str]
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    size: np.ndarray
    font: np.ndarray  # index into ``fonts``
    fonts: list[tuple[str, bool]]  # (name, bold)
    space_before: np.ndarray
    upright: np.ndarray | None = None  # bool per character; None: all upright

    def __len__(self) -> int:
        return len(self.text)

    def __iter__(self) -> Iterator[Char]:
        for i, t in enumerate(self.text):
            name, bold = self.fonts[int(self.font[i])]
            yield Char(
                t,
                float(self.x0[i]),
                float(self.x1[i]),
                float(self.top[i]),
                float(self.bottom[i]),
                float(self.size[i]),
                name,
                bold,
                self.page,
                bool(self.space_before[i]),
                self.upright is None or bool(self.upright[i]),
            )

    def select(self, keep: np.ndarray) -> PageChars:
        """The characters where the boolean mask ``keep`` is set, in stream order."""
        idx = np.flatnonzero(keep)
        return PageChars(
            self.page,
            self.width,
            self.height,
            [self.text[i] for i in idx.tolist()],
            self.x0[idx],
            self.x1[idx],
            self.top[idx],
            self.bottom[idx],
            self.size[idx],
            self.font[idx],
            self.fonts,
            self.space_before[idx],
            None if self.upright is None else self.upright[idx],
        )

    @classmethod
    def from_chars(cls, page: int, width: float, height: float, chars: Iterable[Char]) -> PageChars:
        """Pack :class:`Char` records (whitespace records allowed) into a batch."""
        text: list[str] = []
        rows: list[tuple[float, float, float, float, float]] = []
        font_ix: list[int] = []
        space: list[bool] = []
        upright: list[bool] = []
        fonts: dict[tuple[str, bool], int] = {}
        pending_space = False
        for ch in chars:
            if not ch.text or ch.text.isspace():
                pending_space = True
                continue
            text.append(ch.text)
            rows.append((ch.x0, ch.x1, ch.top, ch.bottom, ch.size))
            font_ix.append(fonts.setdefault((ch.font, ch.bold), len(fonts)))
            space.append(pending_space or ch.space_before)
            upright.append(ch.upright)
            pending_space = False
        arr = np.array(rows, dtype=np.float64).reshape(-1, 5)
        return cls(
            page,
            width,
            height,
            text,
            arr[:, 0].copy(),
            arr[:, 1].copy(),
            arr[:, 2].copy(),
            arr[:, 3].copy(),
            arr[:, 4].copy(),
            np.array(font_ix, dtype=np.int32),
            list(fonts),
            np.array(space, dtype=bool),
            None if all(upright) else np.array(upright, dtype=bool),
        )


def is_bold_font(name: str, weight: int = -1) -> bool:
    return weight >= 600 or bool(_BOLD_NAME.search(name or ""))


def _base_font(name: str) -> str:
    """Drop a subset tag: 'ABCDEF+Times-Bold' -> 'Times-Bold'."""
    return name.split("+", 1)[1] if len(name) > 7 and name[6] == "+" else name


class Reader:
    """An open PDF: page count, info dict, and one :class:`PageChars` per page on demand."""

    n_pages: int
    info: dict[str, str]

    def page(self, index: int) -> PageChars:  # pragma: no cover - interface
        raise NotImplementedError

    def count_objects(self, index: int) -> int:  # pragma: no cover - interface
        """Drawing objects (text, paths, images) on a page: a page without any is damaged."""
        raise NotImplementedError

    def image_cover(self, index: int) -> float:  # pragma: no cover - interface
        """The share of the page the largest image covers (a scanned page: nearly all)."""
        raise NotImplementedError

    def close(self) -> None:  # pragma: no cover - interface
        pass


def attach_accents(pc: PageChars) -> PageChars:
    """Put spacing accents drawn over a letter ("Wa\u0308denswil" set as "Wadenswil \u00a8")
    onto that letter, composed ("W\u00e4denswil"): the letter is the nearest character in the
    stream whose box lies under the accent's centre."""
    idx = [i for i, t in enumerate(pc.text) if t in SPACING_ACCENTS]
    if not idx:
        return pc
    n = len(pc)
    text = list(pc.text)
    keep = np.ones(n, dtype=bool)
    space = pc.space_before.copy()
    for i in idx:
        cx = 0.5 * (pc.x0[i] + pc.x1[i])
        size = max(float(pc.size[i]), 1.0)
        best, best_d = -1, 0
        for j in range(max(0, i - 40), min(n, i + 41)):
            if j == i or not keep[j] or text[j] in SPACING_ACCENTS or not text[j].isalpha():
                continue
            if not (pc.x0[j] - 0.1 * size <= cx <= pc.x1[j] + 0.1 * size):
                continue
            # the letter sits under the accent or level with it (accented capitals)
            if pc.top[j] < pc.top[i] - 0.3 * size or pc.top[j] > pc.bottom[i] + 0.3 * size:
                continue
            d = abs(j - i)
            if best < 0 or d < best_d:
                best, best_d = j, d
        if best < 0:
            continue
        base = "i" if text[best] == "\u0131" else "j" if text[best] == "\u0237" else text[best]
        text[best] = unicodedata.normalize("NFC", base + SPACING_ACCENTS[text[i]])
        keep[i] = False
        k = i + 1
        if k < n:
            # the accent's own box no longer separates its neighbours: a space only where
            # the letters on either side stand apart
            prev = i - 1
            while prev >= 0 and not keep[prev]:
                prev -= 1
            if prev >= 0:
                gap = pc.x0[k] - pc.x1[prev]
                space[k] = bool(gap > 0.16 * size or gap < -0.5 * size) and (
                    space[k] or space[i] or gap > 0.16 * size
                )
    out = PageChars(pc.page, pc.width, pc.height, text, pc.x0, pc.x1, pc.top, pc.bottom,
                    pc.size, pc.font, pc.fonts, space, pc.upright)  # fmt: skip
    return out.select(keep)


# ---------------------------------------------------------------------------------------------
# PDFium
# ---------------------------------------------------------------------------------------------


class _PdfiumApi:
    """Raw PDFium entry points with ctypes prototypes that take plain integer addresses, so
    character boxes are written straight into a numpy array (no struct per call)."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        def proto(fn, restype, *argtypes):
            return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)

        vp, ci = ctypes.c_void_p, ctypes.c_int
        self.loose_box = proto(raw.FPDFText_GetLooseCharBox, ci, vp, ci, vp)
        self.text_object = proto(raw.FPDFText_GetTextObject, ctypes.c_size_t, vp, ci)
        self.font_size = proto(raw.FPDFText_GetFontSize, ctypes.c_double, vp, ci)
        self.font_weight = proto(raw.FPDFText_GetFontWeight, ci, vp, ci)
        self.font_info = proto(
            raw.FPDFText_GetFontInfo, ctypes.c_ulong, vp, ci, vp, ctypes.c_ulong, vp
        )
        self.get_text = proto(raw.FPDFText_GetText, ci, vp, ci, ci, vp)
        self.get_unicode = proto(raw.FPDFText_GetUnicode, ctypes.c_uint, vp, ci)
        self.char_angle = proto(raw.FPDFText_GetCharAngle, ctypes.c_float, vp, ci)
        self.char_matrix = proto(raw.FPDFText_GetMatrix, ci, vp, ci, vp)


_API: _PdfiumApi | None = None


def _api() -> _PdfiumApi:
    global _API
    if _API is None:
        _API = _PdfiumApi()
    return _API


class PdfiumReader(Reader):
    def __init__(self, data: bytes):
        import pypdfium2 as pdfium

        try:
            # an empty password opens files that only have an owner password
            self._pdf = pdfium.PdfDocument(data, password="")
        except pdfium.PdfiumError as exc:
            raise _pdfium_error(exc) from None
        self.n_pages = len(self._pdf)
        try:
            self.info = {k: v for k, v in self._pdf.get_metadata_dict().items() if v}
        except Exception:  # a broken info dict must not stop the text
            self.info = {}
        self._fname = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()
        self._matrix = (ctypes.c_float * 6)()  # FS_MATRIX: a, b, c, d, e, f

    def page(self, index: int) -> PageChars:
        api = _api()
        try:
            page = self._pdf[index]
        except Exception:
            raise IngestError(
                f"damaged PDF: page {index + 1} cannot be read; download or export it again"
            ) from None
        try:
            left, bottom_edge, right, top_edge = page.get_mediabox()
            textpage = page.get_textpage()
            try:
                return self._chars(api, textpage, index, left, top_edge, right - left,
                                   top_edge - bottom_edge)  # fmt: skip
            finally:
                textpage.close()
        finally:
            page.close()

    def image_cover(self, index: int) -> float:
        import pypdfium2.raw as raw

        page = self._pdf[index]
        try:
            width, height = page.get_size()
            areas = [0.0]
            for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=1):
                left, bottom, right, top = obj.get_bounds()
                areas.append((right - left) * (top - bottom))
            return max(areas) / max(width * height, 1.0)
        finally:
            page.close()

    def count_objects(self, index: int) -> int:
        import pypdfium2.raw as raw

        page = self._pdf[index]
        try:
            return int(raw.FPDFPage_CountObjects(page.raw))
        finally:
            page.close()

    def _chars(self, api, textpage, index, left, top_edge, width, height) -> PageChars:
        tp = ctypes.cast(textpage.raw, ctypes.c_void_p).value
        n = textpage.count_chars()
        buf = (ctypes.c_uint16 * (n + 1))()
        written = api.get_text(tp, 0, n, ctypes.addressof(buf)) if n else 0
        codes = np.frombuffer(buf, dtype=np.uint16, count=n).copy()
        if n and written - 1 != n:  # should not happen; be exact rather than fast
            codes = np.array([api.get_unicode(tp, i) & 0xFFFF for i in range(n)], np.uint16)
        for h in _HYPHEN_CODES:
            codes[codes == h] = 0x2D
        ws = _WS_TABLE[codes]
        keep = np.flatnonzero(~ws)
        m = len(keep)
        if m == 0:
            return PageChars.from_chars(index + 1, width, height, ())
        boxes = np.zeros((n, 4), dtype=np.float32)  # FS_RECTF: left, top, right, bottom
        base = boxes.ctypes.data
        loose, text_object = api.loose_box, api.text_object

        # Words: runs of visible characters with no whitespace between them in the stream.
        word_start = np.ones(m, dtype=bool)
        word_start[1:] = keep[1:] != keep[:-1] + 1
        starts = np.flatnonzero(word_start)
        ends = np.r_[starts[1:], m] - 1
        first, last = keep[starts], keep[ends]
        for i in first.tolist():
            loose(tp, i, base + 16 * i)
        for i in last[last != first].tolist():
            loose(tp, i, base + 16 * i)
        # A word whose two ends sit on one baseline at one size has its inner boxes spread
        # evenly between them; any other word (a callout glued to it, a hyphen joining two
        # lines, an odd shape) gets every box.
        bf, bl = boxes[first], boxes[last]
        word_h = np.maximum(bf[:, 1] - bf[:, 3], 0.1)
        count = ends - starts + 1
        span = bl[:, 2] - bf[:, 0]
        mixed = (
            (np.abs(bf[:, 1] - bl[:, 1]) > 0.05 * word_h)
            | (np.abs(bf[:, 3] - bl[:, 3]) > 0.05 * word_h)
            | (span < 0)
            | (span > 1.5 * count * word_h)
        ) & (count > 1)
        word_of = np.cumsum(word_start) - 1
        # a letter followed by a digit or a note mark ("surfaces30", "States*") may be a
        # raised callout on the same baseline as the word's ends: such words get every box
        ch = codes[keep].astype(np.int64)
        low = ch | 0x20
        letter = ((low >= 0x61) & (low <= 0x7A)) | ((ch >= 0xC0) & (ch <= 0x24F))
        mark = ((ch >= 0x30) & (ch <= 0x39)) | np.isin(ch, _NOTE_MARKS)
        glued = letter[:-1] & mark[1:] & ~word_start[1:]
        if glued.any():
            mixed[np.unique(word_of[1:][glued])] |= count[np.unique(word_of[1:][glued])] > 1
        # a spacing accent is placed over its letter by its own box: words holding one, and
        # their neighbours (TeX draws the accent before or after the word), get every box
        accented = _ACCENT_TABLE[codes[keep]]
        if accented.any():
            near = np.zeros(len(starts), dtype=bool)
            near[np.unique(word_of[accented])] = True
            near[1:] |= near[:-1].copy()
            near[:-1] |= near[1:].copy()
            # and any word under an accent drawn elsewhere in the stream
            for j in np.flatnonzero(accented).tolist():
                box = boxes[keep[j]]
                if not box.any():
                    loose(tp, int(keep[j]), base + 16 * int(keep[j]))
                cx = 0.5 * (box[0] + box[2])
                near |= (
                    (bf[:, 0] <= cx) & (bl[:, 2] >= cx) & (bf[:, 3] < box[1]) & (bf[:, 1] > box[3])
                )
            mixed |= near & (count > 1)
        pos = np.arange(m) - starts[word_of]
        k = count[word_of]
        frac0, frac1 = pos / k, (pos + 1) / k
        x_left = bf[word_of, 0]
        kb = np.empty((m, 4), dtype=np.float64)
        kb[:, 0] = x_left + span[word_of] * frac0
        kb[:, 2] = x_left + span[word_of] * frac1
        kb[:, 1] = bf[word_of, 1]
        kb[:, 3] = bf[word_of, 3]
        # The text object (hence font, size and weight) of every word's first character: a
        # bold run-in heading ("Abstract.") shares its line and its metrics with the text.
        word_obj = np.array([text_object(tp, i) for i in first.tolist()], dtype=np.uint64)
        objects = np.repeat(word_obj, count)
        for w in np.flatnonzero(mixed).tolist():
            s0, s1 = int(starts[w]), int(ends[w]) + 1
            for j in range(s0 + 1, s1):
                ci = int(keep[j])
                if j != s1 - 1:
                    loose(tp, ci, base + 16 * ci)
                objects[j] = text_object(tp, ci)
            kb[s0:s1] = boxes[keep[s0:s1]]
        # fonts: once per run of characters from the same text object
        run_starts = np.flatnonzero(np.r_[True, objects[1:] != objects[:-1]]) if m else keep[:0]
        sizes = np.empty(len(run_starts))
        font_of_run = np.empty(len(run_starts), dtype=np.int32)
        fonts: dict[tuple[str, bool], int] = {}
        cache: dict[int, tuple[float, int, bool]] = {}
        upright_of_run = np.ones(len(run_starts), dtype=bool)
        for r, s in enumerate(run_starts.tolist()):
            obj = int(objects[s])
            hit = cache.get(obj)
            if hit is None:
                ci = int(keep[s])
                # the size set by Tf times the scale of the character's matrix (text matrix
                # and CTM): producers that set Tf to 1 and scale with the matrix are common
                size = api.font_size(tp, ci)
                if api.char_matrix(tp, ci, ctypes.addressof(self._matrix)):
                    c, d = self._matrix[2], self._matrix[3]
                    scale = (c * c + d * d) ** 0.5
                    if scale > 1e-6:
                        size *= scale
                nlen = api.font_info(tp, ci, ctypes.addressof(self._fname), 255,
                                     ctypes.addressof(self._flags))  # fmt: skip
                name = self._fname.raw[: max(0, nlen - 1)].decode("latin-1", "replace")
                name = _base_font(name)
                bold = is_bold_font(name, api.font_weight(tp, ci)) or bool(
                    self._flags.value & 0x40000  # FXFONT_FORCE_BOLD
                )
                angle = api.char_angle(tp, ci)  # radians, anticlockwise; -1 on error
                turned = 0.05 < angle < 2 * np.pi - 0.05
                hit = cache[obj] = (size, fonts.setdefault((name, bold), len(fonts)), not turned)
            sizes[r], font_of_run[r], upright_of_run[r] = hit
        lengths = np.diff(np.r_[run_starts, m])
        b = kb
        # The loose box is about one em high (0.9 to 1.1 of it, by the font's ascent and
        # descent): where the size disagrees with it by more than a factor of two (a matrix
        # PDFium could not report) the box wins.
        char_size = np.repeat(sizes, lengths)
        box_h = np.abs(b[:, 1] - b[:, 3])
        ratio = box_h / np.maximum(char_size, 1e-3)
        char_size = np.where((ratio > 2.0) | (ratio < 0.5), box_h, char_size)
        # whitespace between consecutive visible characters marks a word boundary
        space_before = word_start.copy()
        if m:
            space_before[0] = False
        text = _decode(codes, keep)
        page_chars = PageChars(
            page=index + 1,
            width=width,
            height=height,
            text=text,
            x0=b[:, 0] - left,
            x1=b[:, 2] - left,
            top=top_edge - b[:, 1],
            bottom=top_edge - b[:, 3],
            size=char_size,
            font=np.repeat(font_of_run, lengths),
            fonts=list(fonts),
            space_before=space_before,
            upright=None if upright_of_run.all() else np.repeat(upright_of_run, lengths),
        )
        return _read_tex_codes(page_chars)

    def close(self) -> None:
        self._pdf.close()


def _read_tex_codes(pc: PageChars) -> PageChars:
    """Characters of TeX math fonts that PDFium reports by their raw code (no Unicode map)
    read as the glyphs they draw (``texfonts``); pieces of large delimiters are left out."""
    families = [tex_family(name) for name, _ in pc.fonts]
    if not any(families):
        return pc
    drop: list[int] = []
    slashes: list[int] = []
    n = len(pc)
    for f, fam in enumerate(families):
        if fam is None:
            continue
        for i in np.flatnonzero(pc.font == f).tolist():
            ch = pc.text[i]
            # a word's font is its first character's: only a control code, or a character
            # standing alone, is surely of this font (not a letter glued to a bracket); so is
            # one whose font is not that of a character beside it in its word, as a word of
            # mixed text objects is read character by character (a raised footnote star
            # glued to the word it marks, "webpage" + CMMI's code 0x3F, is no question mark;
            # "h. . .i" with CMSY's angle brackets round CMMI's dots is "<. . .>")
            alone = bool(pc.space_before[i]) or i == 0
            alone = alone and (i + 1 == n or bool(pc.space_before[i + 1]))
            own = (i > 0 and not pc.space_before[i] and pc.font[i] != pc.font[i - 1]) or (
                i + 1 < n and not pc.space_before[i + 1] and pc.font[i] != pc.font[i + 1]
            )
            if (ch < "\x20" or alone or own) and unmapped(fam, ch):
                glyph = tex_glyph(fam, ord(ch))
                if glyph == "":
                    drop.append(i)
                    if fam == "sy" and ch == "6":
                        slashes.append(i)
                elif glyph is not None:
                    pc.text[i] = glyph
    for i in slashes:  # the negation slash over the next sign: "6=" is "\u2260", not "="
        if i + 1 < n and pc.text[i + 1] in NEGATED:
            pc.text[i + 1] = NEGATED[pc.text[i + 1]]
    if not drop:
        return pc
    keep = np.ones(len(pc), dtype=bool)
    keep[drop] = False
    for i in drop:  # a word boundary before a dropped piece stays a boundary
        if pc.space_before[i] and i + 1 < len(pc):
            pc.space_before[i + 1] = True
    return pc.select(keep)


def _decode(codes: np.ndarray, keep: np.ndarray) -> list[str]:
    """UTF-16 code units -> one string per kept character (surrogate pairs joined on the
    high half, the low half left empty so indices stay aligned)."""
    s = codes.tobytes().decode("utf-16-le", "surrogatepass")
    if len(s) == len(codes):
        return [s[i] for i in keep.tolist()]
    out = []
    for i in keep.tolist():
        c = int(codes[i])
        if 0xD800 <= c < 0xDC00 and i + 1 < len(codes) and 0xDC00 <= codes[i + 1] < 0xE000:
            out.append(chr(0x10000 + ((c - 0xD800) << 10) + (int(codes[i + 1]) - 0xDC00)))
        elif 0xDC00 <= c < 0xE000:
            out.append("")
        else:
            out.append(chr(c))
    return out


def _pdfium_error(exc: Exception) -> IngestError:
    code = getattr(exc, "err_code", None)
    if code == 4:  # FPDF_ERR_PASSWORD
        return IngestError("encrypted: a password is needed to open this PDF")
    if code == 5:  # FPDF_ERR_SECURITY
        return IngestError("encrypted: the PDF uses an unsupported security handler; "
                           "save an unprotected copy")  # fmt: skip
    return IngestError(
        "damaged PDF: the file is corrupt or incomplete; download or export it again"
    )


# ---------------------------------------------------------------------------------------------
# pdfplumber (pdfminer.six)
# ---------------------------------------------------------------------------------------------


class PlumberReader(Reader):
    def __init__(self, data: bytes):
        import pdfplumber
        from pdfminer.pdfdocument import PDFPasswordIncorrect

        try:
            self._pdf = pdfplumber.open(io.BytesIO(data), password="")
            self.n_pages = len(self._pdf.pages)
        except Exception as exc:
            # pdfplumber wraps pdfminer's errors: look inside
            inner = [exc, *(a for a in exc.args if isinstance(a, Exception))]
            if any(isinstance(e, PDFPasswordIncorrect) for e in inner):
                raise IngestError("encrypted: a password is needed to open this PDF") from None
            raise IngestError(
                "damaged PDF: the file is corrupt or incomplete; download or export it again"
            ) from None
        info = self._pdf.metadata or {}
        self.info = {str(k): str(v) for k, v in info.items() if isinstance(v, str | bytes) and v}

    def page(self, index: int) -> PageChars:
        try:
            page = self._pdf.pages[index]
            chars = page.chars
        except Exception:
            raise IngestError(
                f"damaged PDF: page {index + 1} cannot be read; download or export it again"
            ) from None
        fonts: dict[str, tuple[str, bool]] = {}

        def records() -> Iterator[Char]:
            for ch in chars:
                name = ch.get("fontname") or ""
                if name not in fonts:
                    base = _base_font(name)
                    fonts[name] = (base, is_bold_font(base))
                base, bold = fonts[name]
                text = ch["text"]
                if text.startswith("(cid:"):
                    # a glyph with no Unicode mapping: a TeX math font's is read by its code
                    # (``texfonts``), any other has no text
                    fam = tex_family(base)
                    code = text[5:-1]
                    glyph = tex_glyph(fam, int(code)) if fam and code.isdigit() else None
                    if not glyph:
                        continue
                    text = glyph
                yield Char(text, ch["x0"], ch["x1"], ch["top"], ch["bottom"],
                           float(ch.get("size") or 0.0), base, bold, index + 1,
                           upright=bool(ch.get("upright", True)))  # fmt: skip

        batch = PageChars.from_chars(index + 1, float(page.width), float(page.height), records())
        page.close()
        return batch

    def count_objects(self, index: int) -> int:
        return sum(len(v) for v in self._pdf.pages[index].objects.values())

    def image_cover(self, index: int) -> float:
        page = self._pdf.pages[index]
        areas = [float(im["x1"] - im["x0"]) * float(im["bottom"] - im["top"]) for im in page.images]
        return max(areas, default=0.0) / max(float(page.width * page.height), 1.0)

    def close(self) -> None:
        self._pdf.close()


def open_reader(data: bytes, engine: str) -> Reader:
    if engine == "pdfium":
        return PdfiumReader(data)
    if engine == "pdfplumber":
        return PlumberReader(data)
    raise IngestError(f"unknown PDF engine {engine!r}: use one of {', '.join(ENGINES)}")
