"""Profiles (fonts, sizes, columns) and line breaking with hyphenation."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

# Profiles
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    columns: int
    regular: str
    bold: str
    italic: str
    size: float
    leading: float
    margin: float
    gutter: float
    indent: float  # first-line indent of a section's second and later paragraphs
    para_gap: float  # extra space between paragraphs
    justify: bool
    head_size: float
    small: float  # footnotes, captions, tables, references
    small_leading: float
    raised_note_labels: bool
    ligatures: bool
    soft_hyphens: bool
    scramble: bool  # draw the content stream out of reading order


PROFILES = {
    1: Profile(1, "Times-Roman", "Times-Bold", "Times-Italic", 10.5, 13.4, 72, 0, 0, 6, True,
               12, 8, 9.6, False, False, False, False),
    2: Profile(2, "Times-Roman", "Times-Bold", "Times-Italic", 9.5, 11.4, 48, 18, 10, 0, True,
               9.5, 7.5, 9.0, True, False, False, False),
    3: Profile(3, "Vera", "VeraBd", "VeraIt", 8.0, 9.8, 40, 13, 0, 4, False,
               8.0, 6.5, 7.8, True, True, True, True),
}  # fmt: skip


def _register_fonts() -> None:
    if "Vera" in pdfmetrics.getRegisteredFontNames():
        return
    import reportlab
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = Path(reportlab.__file__).parent / "fonts"
    for name, file in (("Vera", "Vera.ttf"), ("VeraBd", "VeraBd.ttf"), ("VeraIt", "VeraIt.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(fonts / file)))


@lru_cache(maxsize=200_000)
def _width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


_LIGS = (("fi", "\ufb01"), ("fl", "\ufb02"))


def _glyphs(text: str, prof: Profile) -> str:
    """The text as drawn: ligature glyphs where the profile uses them."""
    if prof.ligatures:
        for a, b in _LIGS:
            text = text.replace(a, b)
    return text


# --------------------------------------------------------------------------------------------
# Line breaking with hyphenation
# --------------------------------------------------------------------------------------------

_VOWELS = frozenset("aeiouy")
_CLUSTERS = frozenset({"th", "ch", "sh", "ph", "qu", "ck", "gh", "wh"})
#: Compound heads: a break right after them reads as a true compound, which even a human reader
#: cannot undo without a dictionary, so the typesetter avoids them (as TeX's patterns mostly do).
_NO_BREAK_AFTER = frozenset(
    {
        *("inter", "intra", "self", "non", "co", "multi", "post", "pre", "sub", "semi", "anti"),
        *("over", "under", "out", "space", "lunar", "state", "ground", "high", "low", "long"),
        *("short", "cross", "well", "half", "euro", "sino", "afro", "pan", "techno", "earth"),
        *("mid", "far", "near", "large", "small", "full", "middle", "quasi", "one", "two"),
    }
)
_CORE = re.compile(r"([A-Za-z']*[A-Za-z])([^A-Za-z]*)$")


def hyphen_points(word: str) -> list[int]:
    """Positions where ``word`` may be broken with an added hyphen (V|CV and VC|CV splits)."""
    m = _CORE.match(word)
    if not m or "-" in word or "'" in m.group(1):
        return []
    core = m.group(1)
    if len(core) < 7 or core.isupper():
        return []
    low = core.lower()
    points = []
    for i in range(3, len(core) - 2):
        a, b, c = low[i - 1], low[i], low[i + 1]
        if b in _VOWELS or c not in _VOWELS:
            continue
        onset = a in _VOWELS or (low[i - 2] in _VOWELS and a + b not in _CLUSTERS and a != b)
        if onset and low[:i] not in _NO_BREAK_AFTER:
            points.append(i)
    return points


@dataclass(slots=True)
class Word:
    text: str
    note: str = ""  # footnote label drawn as a superscript right after the word
    sentence: int = -1  # known sentence this word starts, or -1
    soft: bool = False  # the word ends with a hyphen added by hyphenation


@dataclass(slots=True)
class SetLine:
    words: list[Word]
    natural: float
    indent: float
    last: bool = False


class _Typesetter:
    def __init__(self, prof: Profile, font: str, size: float, hyphenate: bool = True):
        self.prof, self.font, self.size = prof, font, size
        self.hyphenate = hyphenate
        self.space = _width(" ", font, size)
        self.note_size = round(size * 0.62, 2)

    def measure(self, w: Word) -> float:
        width = _width(_glyphs(w.text, self.prof), self.font, self.size)
        if w.note:
            width += _width(w.note, self.font, self.note_size)
        return width

    def split_to_fit(self, w: Word, room: float) -> tuple[Word, Word] | None:
        """Break ``w`` so that its first part (ending in a hyphen) fits in ``room``."""
        if room < 3 * self.space or not self.hyphenate:
            return None
        options: list[tuple[str, str, bool]] = []
        if "-" in w.text.strip("-"):
            for i, ch in enumerate(w.text):
                if ch == "-" and 2 <= i < len(w.text) - 2:
                    options.append((w.text[: i + 1], w.text[i + 1 :], False))
        else:
            options = [(w.text[:i] + "-", w.text[i:], True) for i in hyphen_points(w.text)]
        for left, right, soft in reversed(options):
            lw = Word(left, "", w.sentence, soft)
            if self.measure(lw) <= room:
                return lw, Word(right, w.note, -1)
        return None

    def break_lines(self, words: list[Word], width: float, indent: float = 0.0) -> list[SetLine]:
        lines: list[SetLine] = []
        cur: list[Word] = []
        cur_w = indent
        line_indent = indent
        queue = deque(words)
        while queue:
            w = queue.popleft()
            gap = self.space if cur else 0.0
            need = gap + self.measure(w)
            if cur_w + need <= width:
                cur.append(w)
                cur_w += need
                continue
            split = self.split_to_fit(w, width - cur_w - gap)
            if split:
                cur.append(split[0])
                cur_w += gap + self.measure(split[0])
                queue.appendleft(split[1])
            elif not cur:
                cur.append(w)
                cur_w += need
            else:
                queue.appendleft(w)
            lines.append(SetLine(cur, cur_w - line_indent, line_indent))
            cur, cur_w, line_indent = [], 0.0, 0.0
        if cur:
            lines.append(SetLine(cur, cur_w - line_indent, line_indent))
        if lines:
            lines[-1].last = True
        return lines


def _words(sentences: list[str], first_index: int, labels: dict[str, str]) -> list[Word]:
    """Tokens of a paragraph; ``text^key`` glues the callout of footnote ``key`` to a token."""
    out = []
    for k, sentence in enumerate(sentences):
        for j, tok in enumerate(sentence.split()):
            text, _, key = tok.partition("^")
            label = ""
            if key:
                label = labels.setdefault(key, str(len(labels) + 1))
            out.append(Word(text, label, first_index + k if j == 0 else -1))
    return out


def _plain(sentence: str) -> str:
    return re.sub(r"\^\w+", "", sentence)


# --------------------------------------------------------------------------------------------
