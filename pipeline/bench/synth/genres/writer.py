"""A small typesetter for the genre PDFs: wrapped paragraphs, raised callouts, pages."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

#: a raised callout written into a paragraph's text: "agreed.^12" draws "12" as a superscript
CALLOUT = re.compile(r"\^(\d{1,3})")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking; callouts ("^3") take the width of their small digits."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and _width(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def _width(text: str, font: str, size: float) -> float:
    plain = CALLOUT.sub("", text)
    marks = "".join(CALLOUT.findall(text))
    return stringWidth(plain, font, size) + stringWidth(marks, font, 0.6 * size)


def plain(text: str) -> str:
    """A paragraph's text as a reader should return it: callouts taken out."""
    return " ".join(CALLOUT.sub("", text).split())


@dataclass
class Writer:
    """Pages top down from ``top`` to ``bottom``; ``furniture(canvas, page_number)`` draws each
    page's running heads, footers and imprint lines when the page is finished."""

    path: Path
    size: tuple[float, float] = (612.0, 792.0)
    left: float = 72.0
    right: float = 540.0
    top: float = 720.0
    bottom: float = 90.0
    furniture: Callable[[canvas.Canvas, int], None] | None = None
    page: int = 1
    y: float = 0.0
    canvas: canvas.Canvas = field(init=False)
    #: (page, text) of every line drawn in the margin by a line-number or imprint callback
    notes_at_foot: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.canvas = canvas.Canvas(str(self.path), pagesize=self.size)
        self.y = self.top

    def new_page(self) -> None:
        if self.furniture:
            self.furniture(self.canvas, self.page)
        self.canvas.showPage()
        self.page += 1
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def centred(self, text: str, font: str, size: float, *, gap: float = 6.0) -> None:
        self.need(size * 1.3)
        self.canvas.setFont(font, size)
        self.canvas.drawCentredString((self.left + self.right) / 2, self.y - size, text)
        self.y -= size * 1.3 + gap

    def line(self, text: str, font: str, size: float, *, x: float | None = None) -> None:
        self.need(size * 1.3)
        self.canvas.setFont(font, size)
        self.canvas.drawString(self.left if x is None else x, self.y - size, text)
        self.y -= size * 1.3

    def skip(self, points: float) -> None:
        self.y -= points

    def paragraph(
        self,
        text: str,
        font: str = "Times-Roman",
        size: float = 11.0,
        *,
        indent: float = 0.0,
        first: float = 0.0,
        gap: float = 4.0,
        leading: float = 1.3,
        left: float | None = None,
        right: float | None = None,
        margin: Callable[[float, int], None] | None = None,
    ) -> list[float]:
        """Wrap and draw a paragraph (``first``: the first line's extra indent); returns the
        baselines drawn. ``margin(baseline, page)`` is called for each line (line numbers)."""
        x0 = (self.left if left is None else left) + indent
        x1 = self.right if right is None else right
        lead = size * leading
        out: list[float] = []
        # a "\n" in the text forces a line break (to set a paragraph's last line exactly)
        head, *forced = text.split("\n")
        lines = wrap(head, font, size, x1 - x0 - first)
        # lines after the first are wrapped to the full measure
        if len(lines) > 1:
            rest = wrap(" ".join(lines[1:]), font, size, x1 - x0)
            lines = [lines[0], *rest]
        for part in forced:
            lines += wrap(part, font, size, x1 - x0)
        for i, ln in enumerate(lines):
            self.need(lead)
            base = self.y - size
            self.draw_words(ln, x0 + (first if i == 0 else 0.0), base, font, size)
            if margin:
                margin(base, self.page)
            out.append(base)
            self.y -= lead
        self.y -= gap
        return out

    def draw_words(self, text: str, x: float, base: float, font: str, size: float) -> None:
        c = self.canvas
        pos = 0
        for m in CALLOUT.finditer(text):
            chunk = text[pos : m.start()]
            c.setFont(font, size)
            c.drawString(x, base, chunk)
            x += stringWidth(chunk, font, size)
            c.setFont(font, 0.6 * size)
            c.drawString(x, base + 0.38 * size, m.group(1))
            x += stringWidth(m.group(1), font, 0.6 * size)
            pos = m.end()
        c.setFont(font, size)
        c.drawString(x, base, text[pos:])

    def save(self) -> bytes:
        if self.furniture:
            self.furniture(self.canvas, self.page)
        self.canvas.save()
        return self.path.read_bytes()


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph written for a genre: split after . ? ! before a capital,
    not after the abbreviations the texts use."""
    text = plain(text)
    parts = re.split(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bU\.S)(?<=[.?!])\s+(?=[A-Z“(])", text)
    return [p for p in parts if p]
