"""Text layers the way other producers write them, drawn with reportlab's canvas at the low level.

The same line of text can reach a PDF's content stream in very different shapes, and a reader
sees only the shapes. :class:`Style` names one; :meth:`Pages.line` draws a line in it:

* ``words``: the whole line in one ``Tj`` with its space characters (what most libraries do);
  justified by word spacing (``Tw``) or by character spacing (``Tc``, a design tool's
  letter-spacing);
* ``runs``: every word its own text object at an absolute position, no space characters (a word
  processor's export of justified text, a macOS print);
* ``glyphs``: every glyph placed alone by its own text matrix, no space characters (a browser's
  print-to-PDF);
* ``tj``: one ``TJ`` array per line, with kerning numbers between letters and a large negative
  number where a space is (no space character), as typesetting systems write it (Type 1 fonts
  only: the array is written raw);
* ``render=3``: invisible text, as an OCR engine lays it over a page image, each word stretched
  by horizontal scaling (``Tz``) to the box the engine found, baselines a little uneven.

A ``^12`` in the text is a footnote callout, drawn raised in small type (not part of the
sentence a reader should return). ``{olloway}`` draws its letters as small capitals
(capitals in smaller type), as a hearing's speaker labels are set; ``ligatures`` draws "fi" and
"fl" as their ligature glyphs (TrueType fonts only)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from pipeline.bench.synth.pdfgen.typeset import _register_fonts, hyphen_points

CALLOUT = re.compile(r"\^(\d{1,3})")
#: kerning pairs a typesetter tightens (thousandths of an em)
_KERN = {"AV": -80, "AW": -60, "To": -70, "Ta": -60, "Te": -60, "Wa": -50, "Ye": -60,
         "LT": -70, "Yo": -60, "P.": -90, "r.": -40, "y.": -50, "r,": -40, "Va": -60}  # fmt: skip
_LIGS = (("ffi", "\ufb03"), ("fi", "\ufb01"), ("fl", "\ufb02"))


@dataclass(frozen=True)
class Style:
    font: str = "Times-Roman"
    size: float = 11.0
    mode: str = "words"  # words | runs | glyphs | tj
    render: int = 0  # 3: invisible (an OCR layer)
    jitter: float = 0.0  # points a word's baseline may wander (OCR)
    stretch: float = 0.0  # share a word's width may be scaled by Tz (OCR)
    justify: str = "gaps"  # how a justified line is widened: gaps | tw | tc
    ligatures: bool = False
    gray: float = 0.0

    def at(self, size: float) -> Style:
        return replace(self, size=size)


def fonts() -> None:
    """Register the TrueType fonts the producers use (Bitstream Vera, shipped with reportlab)."""
    _register_fonts()


_PIECE = re.compile(r"\^(\d{1,3})|\{([a-z]+)\}")


def pieces(text: str, style: Style) -> list[tuple[str, float, float]]:
    """``text`` as drawn: (glyphs, size, rise) runs. ``^12`` is a raised callout in small
    type; ``{olloway}`` is set in small capitals (capitals in smaller type)."""
    out: list[tuple[str, float, float]] = []
    pos = 0
    for m in _PIECE.finditer(text):
        if m.start() > pos:
            out.append((_shape(text[pos : m.start()], style), style.size, 0.0))
        if m.group(1):
            out.append((m.group(1), 0.6 * style.size, 0.38 * style.size))
        else:
            out.append((m.group(2).upper(), 0.78 * style.size, 0.0))
        pos = m.end()
    if pos < len(text):
        out.append((_shape(text[pos:], style), style.size, 0.0))
    return out


def width(text: str, style: Style) -> float:
    return sum(pdfmetrics.stringWidth(g, style.font, size) for g, size, _ in pieces(text, style))


def _shape(text: str, style: Style) -> str:
    if style.ligatures:
        for a, b in _LIGS:
            text = text.replace(a, b)
    return text


def plain(text: str) -> str:
    """A paragraph as a reader should return it: callouts out, small capitals as capitals,
    one space between words."""
    text = _PIECE.sub(lambda m: "" if m.group(1) else m.group(2).upper(), text)
    return " ".join(text.split())


def wrap(text: str, style: Style, measure: float, *, hyphen: str = "") -> list[str]:
    """Greedy line breaking. With ``hyphen`` ("-" or the soft hyphen "\\u00ad") a word that
    does not fit is broken at a syllable and the mark drawn at the line's end."""
    lines: list[str] = []
    line = ""
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        trial = f"{line} {word}" if line else word
        if not line or width(trial, style) <= measure:
            line = trial
            i += 1
            continue
        if hyphen and not CALLOUT.search(word):
            room = measure - width(line + " ", style)
            for p in reversed(hyphen_points(word)):
                head = word[:p] + "-"
                if width(head, style) <= room:
                    lines.append(f"{line} {word[:p]}{hyphen}")
                    words[i] = word[p:]
                    line = ""
                    break
            else:
                lines.append(line)
                line = ""
            continue
        lines.append(line)
        line = ""
    if line:
        lines.append(line)
    return lines


class Pages:
    """A canvas with a producer's habits: ``line`` draws one line of text in a :class:`Style`;
    ``furniture(pages, number)`` draws running heads and footers when a page is finished."""

    def __init__(
        self,
        path: Path,
        size: tuple[float, float] = (612.0, 792.0),
        *,
        seed: int = 0,
        made: tuple[int, int, int] = (2026, 1, 1),
        info: dict[str, str] | None = None,
    ):
        fonts()
        self.path = path
        self.size = size
        self.canvas = canvas.Canvas(str(path), pagesize=size, invariant=1)
        # the file's creation date, as its producer stamps it (invariant mode would say 2000)
        self.canvas._doc._timeStamp.YMDhms = (*made, 12, 0, 0)
        # the info dictionary the producer writes (its name, and the title some of them fill)
        info = info or {}
        self.canvas.setTitle(info.get("title", ""))
        self.canvas.setAuthor(info.get("author", ""))
        self.canvas.setCreator(info.get("creator", ""))
        self.canvas.setProducer(info.get("producer", ""))
        self.number = 1
        self.rng = random.Random(seed)
        self.furniture: Callable[[Pages, int], None] | None = None

    def finish_page(self) -> None:
        if self.furniture:
            self.furniture(self, self.number)
        self.canvas.showPage()
        self.number += 1

    def save(self) -> bytes:
        self.finish_page()
        self.canvas.save()
        return self.path.read_bytes()

    # -- one line ----------------------------------------------------------------------------

    def line(self, text: str, x: float, base: float, style: Style, *, fit: float = 0.0) -> float:
        """Draw ``text`` with its left end at ``x`` on baseline ``base``; with ``fit`` (points),
        justify it to that width. Returns the width drawn."""
        words = text.split()
        if not words:
            return 0.0
        natural = width(text, style)
        gaps = len(words) - 1
        extra = max(0.0, fit - natural) if fit else 0.0
        c = self.canvas
        c.setFillGray(style.gray)
        if style.mode == "words":
            t = c.beginText()
            t.setTextOrigin(x, base)
            t.setTextRenderMode(style.render)
            tw = extra / gaps if (gaps and style.justify == "tw") else 0.0
            n_chars = len(plain(text))  # Tc widens every glyph, spaces too
            tc = extra / max(n_chars - 1, 1) if style.justify == "tc" else 0.0
            t.setWordSpace(tw)
            t.setCharSpace(tc)
            self._runs(t, text, style)
            t.setWordSpace(0)
            t.setCharSpace(0)
            c.drawText(t)
            return natural + extra
        space = pdfmetrics.stringWidth(" ", style.font, style.size)
        gap_add = extra / gaps if gaps else 0.0
        cursor = x
        for word in words:
            dy = self.rng.uniform(-style.jitter, style.jitter) if style.jitter else 0.0
            w = width(word, style)
            scale = 1.0 + self.rng.uniform(-style.stretch, style.stretch) if style.stretch else 1.0
            if style.mode == "runs":
                t = c.beginText()
                t.setTextRenderMode(style.render)
                t.setTextOrigin(cursor, base + dy)
                t.setHorizScale(100.0 * scale)
                self._runs(t, word, style)
                t.setHorizScale(100.0)
                c.drawText(t)
            elif style.mode == "glyphs":
                self._glyphs(word, cursor, base + dy, style)
            elif style.mode == "tj":
                pass
            cursor += w * scale + space + gap_add
        if style.mode == "tj":
            self._tj(words, x, base, style, space + gap_add)
        return cursor - space - gap_add - x

    def _runs(self, t, text: str, style: Style) -> None:
        """Text with callouts raised and small capitals in smaller type, one text object."""
        for glyphs, size, rise in pieces(text, style):
            t.setFont(style.font, size)
            t.setRise(rise)
            t.textOut(glyphs)
        t.setRise(0)

    def _glyphs(self, word: str, x: float, base: float, style: Style) -> None:
        """Every glyph placed by its own text matrix, as a browser's PDF back end does."""
        c = self.canvas
        for text, size, rise in pieces(word, style):
            for g in text:
                t = c.beginText()
                t.setTextRenderMode(style.render)
                t.setFont(style.font, size)
                t.setTextOrigin(x, base + rise)
                t.textOut(g)
                c.drawText(t)
                x += pdfmetrics.stringWidth(g, style.font, size)

    def _tj(self, words: list[str], x: float, base: float, style: Style, gap: float) -> None:
        """One TJ array per run of one size: kerning between letters, no space characters;
        the space between words is a number (thousandths of the current size)."""
        c = self.canvas
        t = c.beginText()
        t.setTextRenderMode(style.render)
        t.setTextOrigin(x, base)
        items: list[str] = []
        state = {"size": 0.0, "rise": 0.0}

        def flush() -> None:
            if items:
                t._code.append("[" + " ".join(items) + "] TJ")
                items.clear()

        for k, word in enumerate(words):
            for j, (text, size, rise) in enumerate(pieces(word, style)):
                if size != state["size"] or rise != state["rise"]:
                    flush()
                    t.setFont(style.font, size)
                    t.setRise(rise)
                    state.update(size=size, rise=rise)
                if k and j == 0:
                    items.append(f"{-gap * 1000.0 / size:.1f}")
                for a, b in zip(text, text[1:] + " ", strict=True):
                    items.append("(" + c._escape(a.encode("cp1252").decode("latin-1")) + ")")
                    if a + b in _KERN:
                        items.append(str(-_KERN[a + b]))
        flush()
        t.setRise(0)
        c.drawText(t)


class Flow:
    """Paragraphs poured down one column (``x0``..``x1``, ``top``..``bottom``) of successive
    pages; ``next_column`` is called when the column is full (by default: a new page)."""

    def __init__(self, pages: Pages, x0: float, x1: float, top: float, bottom: float):
        self.pages, self.x0, self.x1, self.top, self.bottom = pages, x0, x1, top, bottom
        self.y = top
        self.next_column = self._new_page

    def _new_page(self) -> None:
        self.pages.finish_page()
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.next_column()

    def skip(self, points: float) -> None:
        self.y -= points

    def paragraph(
        self,
        text: str,
        style: Style,
        *,
        leading: float = 1.25,
        first: float = 0.0,
        gap: float = 4.0,
        justify: bool = True,
        hyphen: str = "",
        align: str = "left",
    ) -> None:
        """Wrap and draw a paragraph (``first``: the first line's indent); a justified
        paragraph's last line is set at its natural width."""
        lead = style.size * leading
        measure = self.x1 - self.x0
        lines = wrap(text, style, measure - first, hyphen=hyphen)
        if len(lines) > 1:
            rest = " ".join(lines[1:])
            if hyphen:  # rewrap the rest to the full measure, keeping the first break
                rest = rest.replace(hyphen + " ", "")
            lines = [lines[0], *wrap(rest, style, measure, hyphen=hyphen)]
        for i, ln in enumerate(lines):
            self.need(lead)
            base = self.y - style.size
            x = self.x0 + (first if i == 0 else 0.0)
            fit = (self.x1 - x) if (justify and i < len(lines) - 1) else 0.0
            if align == "centre":
                x = (self.x0 + self.x1 - width(ln, style)) / 2
            elif align == "right":
                x = self.x1 - width(ln, style)
            self.pages.line(ln, x, base, style, fit=fit)
            self.y -= lead
        self.y -= gap


#: words with a period that end no sentence (titles, initials of bodies, a paragraph's number)
_NO_END = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Hon|St|No|a\.m|p\.m|U\.S|U\.N)|^\d{1,2}|\b[A-Z])\.$")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph written for these documents: split after . ? ! (and a
    closing quote) before a capital, an opening quote or a digit, except after a title, an
    initial or a paragraph's number."""
    text = plain(text)
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.?!][\u201d\"')\]]?\s+(?=[A-Z\u201c\"(\[0-9])", text):
        piece = text[start : m.end()].strip()
        if _NO_END.search(text[start : m.start() + 1]):
            continue
        out.append(piece)
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


class FootNotes:
    """Footnotes gathered while a page is filled and set at its foot under a short rule, as
    word processors and report tools place them: each note called on the page raises the body's
    bottom by two lines of note type, so the body stops above the notes."""

    def __init__(
        self,
        texts: dict[str, str],
        style: Style,
        *,
        left: float,
        right: float,
        rule: float,
        bottom: float,
    ) -> None:
        self.texts, self.style = texts, style
        self.left, self.right, self.rule, self.bottom = left, right, rule, bottom
        self.labels: list[str] = []

    @property
    def step(self) -> float:
        """The height one note takes: two lines of its type and a gap."""
        return 2 * self.style.size * 1.25 + 3

    def reserve(self, flow: Flow, label: str) -> None:
        """Call note ``label`` on the current page: room for it comes off ``flow``'s bottom."""
        self.labels.append(label)
        flow.bottom += self.step

    def turn_page(self, pages: Pages, flow: Flow, *, top: float, bottom: float) -> None:
        """End the page under the notes called on it and start the next one's column at
        ``top`` with its full depth down to ``bottom`` (a flow's ``next_column``)."""
        self.put(pages)
        pages.finish_page()
        flow.y, flow.bottom = top, bottom

    def put(self, pages: Pages) -> None:
        """Set the page's notes under their rule (nothing when none was called)."""
        if not self.labels:
            return
        y = self.bottom + len(self.labels) * self.step
        pages.canvas.setLineWidth(0.5)
        pages.canvas.line(self.left, y + 4, self.left + self.rule, y + 4)
        foot = Flow(pages, self.left, self.right, y, 0)
        for label in self.labels:
            foot.paragraph(f"^{label} {self.texts[label]}", self.style, justify=False, gap=3)
        self.labels = []
