"""Step 2: running headers and footers, found by repetition across pages."""

from __future__ import annotations

import bisect
import re

from pipeline.ingest.pdf.layout.lines import RAISED, Line
from pipeline.ingest.pdf.layout.roles import named_heading, note_label

# 2. Running headers and footers
# ---------------------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"'\u201d\u2019)]?$")
_PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|pp\.)?\s*[-–—(\[]?\s*(?:#|[ivxlc]{1,6})\s*[-–—)\]]?\s*(?:(?:of|/)\s*#)?$"
)
TOP_BAND, BOTTOM_BAND, OUTER_BAND = 0.12, 0.12, 0.085


def furniture_key(text: str) -> str:
    """Text with digits normalised, so '12 Space Policy' and '13 Space Policy' match."""
    return _DIGITS.sub("#", " ".join(text.lower().split()))


def furniture_kind(line: Line, height: float) -> str:
    """What a furniture line is, as an excluded kind: page number, header or footer."""
    if _PAGE_NUMBER.match(furniture_key(line.raw_text())):
        return "page_number"
    return "header" if line.top < 0.5 * height else "footer"


def _in_band(line: Line, height: float) -> bool:
    return line.top < TOP_BAND * height or line.bottom > (1 - BOTTOM_BAND) * height


class FurnitureFilter:
    """Finds running headers, footers and page numbers with a window of nearby pages.

    A margin line repeats when a line with the same digit-normalised text sits at the same
    height (within 3 pt) on another page of the window: running heads are fixed in place,
    while a footnote line that happens to repeat ("Ibid.") moves from page to page. Only the
    keys of the margin lines of ``window`` pages on either side are kept, so memory does not
    grow with the document.
    """

    def __init__(self, window: int = 4):
        self.window = window
        self.keys: dict[int, list[tuple[str, float]]] = {}

    def add(self, page: int, lines: list[Line], height: float) -> None:
        self.keys[page] = [
            (furniture_key(ln.raw_text()), ln.top) for ln in lines if _in_band(ln, height)
        ]
        for old in [p for p in self.keys if p < page - 2 * self.window - 1]:
            del self.keys[old]

    def split(self, page: int, lines: list[Line], height: float) -> tuple[list[Line], list[Line]]:
        """(kept lines, furniture lines) for ``page``; pages within the window must be added."""
        seen: dict[str, list[float]] = {}
        for p in range(page - self.window, page + self.window + 1):
            if p != page and p in self.keys:
                for key, top in self.keys[p]:
                    seen.setdefault(key, []).append(top)
        tops = sorted(ln.top for ln in lines)
        bottoms = sorted(ln.bottom for ln in lines)
        line_h = sorted(ln.bottom - ln.top for ln in lines)[len(lines) // 2] if lines else 0.0
        body = sorted(ln.size for ln in lines)[len(lines) // 2] if lines else 0.0
        marked = {
            id(ln)
            for ln in lines
            if _in_band(ln, height)
            and self._is_furniture(ln, seen, height, tops, bottoms, line_h, body)
        }
        # Furniture stands apart: a marked line touching unmarked text (the last line of a
        # footnote that happens to repeat) is text after all.
        near = {
            id(ln): [
                o
                for o in lines
                if o is not ln
                and o.bottom > ln.top - 2 * ln.size
                and o.top < ln.bottom + 2 * ln.size
            ]
            for ln in lines
            if id(ln) in marked
        }
        changed = True
        while changed and marked:
            changed = False
            for ln in lines:
                if id(ln) in marked and any(
                    id(o) not in marked and _touching(ln, o) for o in near[id(ln)]
                ):
                    marked.discard(id(ln))
                    changed = True
        kept = [ln for ln in lines if id(ln) not in marked]
        return kept, [ln for ln in lines if id(ln) in marked]

    @staticmethod
    def _is_furniture(
        ln: Line,
        seen: dict[str, list[float]],
        height: float,
        tops: list[float],
        bottoms: list[float],
        line_h: float = 0.0,
        body: float = 0.0,
    ) -> bool:
        key = furniture_key(ln.raw_text())
        if not key.strip() or _PAGE_NUMBER.match(key):
            return True
        if ln.tokens[0].kind == RAISED and note_label(ln):
            return False  # a footnote starting with its superscript label
        if any(abs(top - ln.top) <= 3.0 for top in seen.get(key, ())):
            return True
        # a short line alone in the outer margin: whitespace between it and all other text
        # (a one-line footnote at the foot of the page starts with its label)
        if len(key.split()) > 15 or note_label(ln):
            return False
        raw = ln.raw_text().strip()
        if len(key.split()) >= 3 and raw[:1].islower() and raw.endswith((".", "?", "!")):
            return False  # the end of a sentence carried over to a page of its own
        if (
            len(key.split()) >= 6
            and raw[:1].isupper()
            and _SENTENCE_END.search(raw)
            and abs(ln.size - body) <= 0.05 * body
        ):
            # a paragraph of one sentence on one line, in the text's own type, that does not
            # repeat: a wire story's last paragraph at the foot of a page, not its footer
            return False
        if (
            ln.bottom < OUTER_BAND * height
            and (ln.bold or (body and ln.size >= 1.12 * body))
            and len(key.split()) <= 4
            and named_heading(raw)
        ):
            # a section's heading known by name set bold or large at the top of its page
            # ("Contents", "Summary" opening a report's page), once: a running head repeats
            return False
        # (well apart: more than the whitespace of two blank lines of the text's own spacing,
        # so a heading alone at the top of a double-spaced page is no running head)
        gap = max(ln.size, 9.0)
        if ln.bottom < OUTER_BAND * height:
            below = tops[bisect.bisect_right(tops, ln.bottom - 0.5) :]
            return not below or below[0] - ln.bottom > max(gap, 2.0 * _white(below, line_h))
        if ln.top > (1 - OUTER_BAND) * height:
            above = bottoms[: bisect.bisect_left(bottoms, ln.top + 0.5)]
            return not above or ln.top - above[-1] > max(gap, 2.0 * _white(above[::-1], line_h))
        return False


def _white(edges: list[float], line_h: float) -> float:
    """The whitespace between the lines of the text next to a margin line: the usual
    distance between the first rows' edges (``edges`` outward from the margin line, one per
    line segment), less a line's height; 0 with fewer than three rows."""
    rows: list[float] = []
    for e in edges[:24]:
        if not rows or abs(e - rows[-1]) > 1.0:
            rows.append(e)
        if len(rows) == 8:
            break
    steps = sorted(abs(b - a) for a, b in zip(rows, rows[1:], strict=False))
    if len(steps) < 2:
        return 0.0
    return max(0.0, steps[len(steps) // 2] - line_h)


def _touching(a: Line, b: Line) -> bool:
    """On one row less than an em apart (a footnote label and its text), or one above the
    other less than half a line apart."""
    size = max(a.size, b.size)
    if min(a.bottom, b.bottom) - max(a.top, b.top) > 0.3 * min(a.bottom - a.top, b.bottom - b.top):
        return max(a.x0, b.x0) - min(a.x1, b.x1) < size
    if a.x1 <= b.x0 or b.x1 <= a.x0:
        return False
    return max(a.top, b.top) - min(a.bottom, b.bottom) < 0.5 * size


# ---------------------------------------------------------------------------------------------
