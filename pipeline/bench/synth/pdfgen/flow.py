"""Page flow: lines into columns and pages, with footnotes at the foot of the page."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.bench.synth.pdfgen.truth import BODY_BOTTOM, BODY_TOP, PAGE_W, KnownNote
from pipeline.bench.synth.pdfgen.typeset import Profile, SetLine, Word, _glyphs, _Typesetter

# Page flow
# --------------------------------------------------------------------------------------------

# Draw operations: ("text", x, baseline, [(text, font, size, rise)], word_space)
#                  ("rect", x, y, w, h, fill) / ("line", x1, y1, x2, y2)
Op = tuple


@dataclass
class _Page:
    number: int
    front: list[Op] = field(default_factory=list)
    columns: list[list[Op]] = field(default_factory=list)
    notes: list[list[tuple[str, list[SetLine]]]] = field(default_factory=list)
    note_height: list[float] = field(default_factory=list)


class _Flow:
    """Places lines into columns and pages, keeping each footnote on its callout's page."""

    def __init__(self, prof: Profile, front_bottom: float):
        self.prof = prof
        n = prof.columns
        self.col_w = (PAGE_W - 2 * prof.margin - (n - 1) * prof.gutter) / n
        self.front_bottom = front_bottom
        self.pages: list[_Page] = []
        self.notes_out: list[KnownNote] = []
        self.note_setter = _Typesetter(prof, prof.regular, prof.small)
        self._note_cache: dict[str, list[SetLine]] = {}
        self._new_page()

    # -- geometry
    def _new_page(self) -> None:
        n = self.prof.columns
        self.pages.append(
            _Page(len(self.pages) + 1, [], [[] for _ in range(n)], [[] for _ in range(n)],
                  [0.0] * n)
        )  # fmt: skip
        self.col = 0
        self.y = self.front_bottom if len(self.pages) == 1 else BODY_TOP

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    @property
    def x(self) -> float:
        return self.prof.margin + self.col * (self.col_w + self.prof.gutter)

    @property
    def at_top(self) -> bool:
        top = self.front_bottom if len(self.pages) == 1 else BODY_TOP
        return self.y >= top - 0.01

    def bottom(self) -> float:
        h = self.page.note_height[self.col]
        return BODY_BOTTOM + (h + 8 if h else 0)

    def next_column(self) -> None:
        if self.col + 1 < self.prof.columns:
            self.col += 1
            self.y = self.front_bottom if len(self.pages) == 1 else BODY_TOP
        else:
            self._new_page()

    def ensure(self, height: float, extra_bottom: float = 0.0) -> None:
        if self.y - height < self.bottom() + extra_bottom and not self.at_top:
            self.next_column()

    def skip(self, gap: float) -> None:
        if not self.at_top:
            self.y -= gap

    # -- content
    def _set_note(self, label: str, text: str) -> list[SetLine]:
        words = [Word(t) for t in text.split()]
        if not self.prof.raised_note_labels:
            words.insert(0, Word(label))
        lines = self.note_setter.break_lines(words, self.col_w, indent=6.0)
        self._note_cache[label] = lines
        return lines

    def place_line(
        self,
        line: SetLine,
        setter: _Typesetter,
        leading: float,
        known: list[list[int]] | None = None,
        notes: dict[str, str] | None = None,
        justify: bool | None = None,
    ) -> None:
        """Place one set line; footnotes it calls go to the bottom of the same column."""
        labels = [w.note for w in line.words if w.note and notes is not None]
        extra = 0.0
        for label in labels:
            extra += len(self._set_note(label, notes[label])) * self.prof.small_leading + 2
        if labels and not self.page.note_height[self.col]:
            extra += 8
        self.ensure(leading, extra)
        baseline = self.y - setter.size
        just = self.prof.justify if justify is None else justify
        self.page.columns[self.col].append(
            _line_op(line, setter, self.x, baseline, self.col_w, just)
        )
        if known is not None:
            for w in line.words:
                if w.sentence >= 0:
                    known[w.sentence].append(self.page.number)
        for label in labels:
            lines = self._note_cache[label]
            self.page.notes[self.col].append((label, lines))
            self.page.note_height[self.col] += len(lines) * self.prof.small_leading + 2
            self.notes_out.append(KnownNote(label, notes[label], self.page.number))
        self.y -= leading

    def add_note(self, label: str, text: str) -> None:
        """A footnote without a callout in running text (the corresponding-author note)."""
        lines = self._set_note(label, text)
        self.page.notes[self.col].append((label, lines))
        self.page.note_height[self.col] += len(lines) * self.prof.small_leading + 2
        self.notes_out.append(KnownNote(label, text, self.page.number))


def _line_op(
    line: SetLine, setter: _Typesetter, x: float, baseline: float, width: float, justify: bool
) -> Op:
    """A text draw op for a set line: regular fragments with superscript callouts between."""
    prof = setter.prof
    frags: list[tuple[str, str, float, float]] = []
    buf: list[str] = []
    for i, w in enumerate(line.words):
        text = _glyphs(w.text, prof)
        if w.soft and prof.soft_hyphens:
            text = text[:-1] + "\u00ad"
        buf.append(("" if i == 0 else " ") + text)
        if w.note:
            frags.append(("".join(buf), setter.font, setter.size, 0.0))
            frags.append((w.note, setter.font, setter.note_size, round(setter.size * 0.38, 2)))
            buf = []
    if buf:
        frags.append(("".join(buf), setter.font, setter.size, 0.0))
    ws = 0.0
    spaces = len(line.words) - 1
    if justify and not line.last and spaces:
        ws = max(0.0, (width - line.indent - line.natural) / spaces)
    return ("text", x + line.indent, baseline, frags, ws)


# --------------------------------------------------------------------------------------------
