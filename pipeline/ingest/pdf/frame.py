"""A page's characters brought into one upright reading frame before the layout analysis.

Two shapes of text layer that producers other than journal typesetters write, both undone on
the :class:`PageChars` batch (pure functions of the page):

* **A turned page.** A report or a hearing record sets a wide table (or a whole page) turned a
  quarter turn on a portrait page. Its characters run up (or down) the page, so rows of text
  are columns of boxes, and the layout analysis, which reads rows, gets a letter per line.
  When most characters of a page are turned, they are mapped into their own frame (the
  direction they run in found from the boxes of consecutive letters of a word: up the page
  for a quarter turn anticlockwise, down it for one clockwise) and the page is read as a
  landscape page; the upright characters left on it (a running head, a folio) stay out of
  that reading and are returned apart, to be recorded as excluded text.
* **A drop cap.** A report's or a magazine's first paragraph may open with a capital set two
  or three lines tall, the rest of its word on the first line beside it. The capital is a
  line of its own to the layout analysis (it sits between the lines beside it) and lands in
  the middle of the paragraph. A single letter in type at least twice the size of the text,
  with lines of text starting just right of it on two rows or more of its height, is moved
  into the first of those lines, before its first character, at that line's size: joined to
  it when that character is a lower-case letter (the rest of its word), else a word apart.
  The rows beside it start at the capital's left edge, so that their indent (the capital's
  room) does not read as the first-line indent of new paragraphs.
"""

from __future__ import annotations

import numpy as np

from pipeline.ingest.pdf.chars import PageChars

#: a drop cap is at least this many times the size of the text beside it
DROP_CAP_RATIO = 2.0


def take(pc: PageChars, order: np.ndarray) -> PageChars:
    """The characters at the indices ``order``, in that order."""
    idx = order.tolist()
    return PageChars(
        pc.page,
        pc.width,
        pc.height,
        [pc.text[i] for i in idx],
        pc.x0[order],
        pc.x1[order],
        pc.top[order],
        pc.bottom[order],
        pc.size[order],
        pc.font[order],
        pc.fonts,
        pc.space_before[order],
        None if pc.upright is None else pc.upright[order],
    )


def _runs_up(pc: PageChars, turned: np.ndarray) -> bool:
    """Whether turned text runs up the page (a quarter turn anticlockwise): consecutive
    letters of one word mostly step upwards."""
    idx = np.flatnonzero(turned)
    if len(idx) < 2:
        return True
    a, b = idx[:-1], idx[1:]
    same_word = (b == a + 1) & ~pc.space_before[b]
    step = (pc.top[b] - pc.top[a])[same_word]
    return bool(step.size == 0 or np.median(step) <= 0)


def turn_upright(pc: PageChars) -> tuple[PageChars, PageChars | None]:
    """A page whose characters are mostly turned, read in the turned text's own frame:
    (the turned characters in that frame, the upright ones left apart). Any other page comes
    back as it is, with None."""
    if pc.upright is None:
        return pc, None
    turned = ~pc.upright
    if turned.sum() < 0.5 * len(pc):
        return pc, None
    upright = pc.select(pc.upright)
    t = pc.select(turned)
    if _runs_up(pc, turned):
        # reading goes up the page; the next line lies to the right
        x0, x1 = pc.height - t.bottom, pc.height - t.top
        top, bottom = t.x0, t.x1
    else:
        # reading goes down the page; the next line lies to the left
        x0, x1 = t.top, t.bottom
        top, bottom = pc.width - t.x1, pc.width - t.x0
    # a turned glyph's box is as wide as the type is high: that is its size in the new frame
    size = np.maximum(bottom - top, 0.1)
    out = PageChars(pc.page, pc.height, pc.width, t.text, x0, x1, top, bottom, size, t.font,
                    t.fonts, t.space_before, None)  # fmt: skip
    return out, upright if len(upright) else None


def place_drop_caps(pc: PageChars) -> PageChars:
    """Move each drop cap into the first line of text beside it (see the module docstring)."""
    n = len(pc)
    if n < 20:
        return pc
    body = float(np.median(pc.size))
    big = np.flatnonzero(pc.size >= DROP_CAP_RATIO * body)
    if not len(big):
        return pc
    order = np.arange(n)
    moved = False
    for i in big.tolist():
        ch = pc.text[i]
        alone = (i + 1 >= n or pc.space_before[i + 1] or pc.size[i + 1] < 0.7 * pc.size[i]) and (
            i == 0 or pc.space_before[i] or pc.size[i - 1] < 0.7 * pc.size[i]
        )
        if not (len(ch) == 1 and ch.isalpha() and ch.isupper() and alone):
            continue
        rows = _rows_beside(pc, i, body)
        if rows is None:
            continue
        j = rows[0]
        s = float(pc.size[j])
        # the capital takes its own room at the column's edge, and so do the first
        # characters of the other rows beside it: their indent is the capital's room, not a
        # paragraph's first-line indent
        pc.x1[i] = pc.x0[j] - 0.02 * s
        for k in rows[1:]:
            pc.x0[k] = pc.x0[i]
        pc.top[i], pc.bottom[i], pc.size[i] = pc.top[j], pc.bottom[j], s
        pc.font[i] = pc.font[j]
        pc.space_before[i] = True
        # the rest of its word, or a word of its own ("A lander ...")
        pc.space_before[j] = not pc.text[j][:1].islower()
        order = order[order != i]
        k = int(np.flatnonzero(order == j)[0])
        order = np.insert(order, k, i)
        moved = True
    return take(pc, order) if moved else pc


def _rows_beside(pc: PageChars, i: int, body: float) -> list[int] | None:
    """The first character of each row of text that starts just right of the tall letter
    ``i``, top down, when there are two rows or more in its height; else None."""
    cap_top, cap_bottom, cap_x1 = pc.top[i], pc.bottom[i], pc.x1[i]
    small = pc.size < 0.7 * pc.size[i]
    near = (
        small
        & (pc.x0 >= cap_x1 - 0.1 * body)
        & (pc.x0 <= cap_x1 + 2.0 * body)
        & (pc.top < cap_bottom - 0.5 * body)
        # (a glyph's box may start below the top of the capital's ink, which lines up with
        # the first line's capitals: that line's box may end above the capital's box)
        & (pc.top >= cap_top - 1.5 * body)
    )
    idx = np.flatnonzero(near)
    rows: list[list[int]] = []
    for k in idx[np.argsort(pc.top[idx], kind="stable")].tolist():
        if rows and abs(pc.top[k] - pc.top[rows[-1][0]]) < 0.5 * pc.size[k]:
            rows[-1].append(k)
        else:
            rows.append([k])
    if len(rows) < 2:
        return None
    return [min(row, key=lambda k: pc.x0[k]) for row in rows]
