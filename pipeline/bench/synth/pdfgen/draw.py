"""Drawing the laid-out pages with reportlab."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.bench.synth.pdfgen.flow import Op, _Flow, _line_op, _Page
from pipeline.bench.synth.pdfgen.truth import BODY_BOTTOM, FOOTER_BASELINE, HEADER_BASELINE, PAGE_W
from pipeline.bench.synth.pdfgen.typeset import Profile, _width

# Drawing
# --------------------------------------------------------------------------------------------


def _running_heads(prof: Profile, meta: dict, number: int) -> list[Op]:
    """Alternating running headers (authors on even pages, short title on odd) and a footer."""
    ops: list[Op] = []
    x0, x1 = prof.margin, PAGE_W - prof.margin
    folio = meta["first_page"] + number - 1
    size = 8.0
    jref = f"{meta['journal']} {meta['volume']} ({meta['year']}) {folio}"
    if number > 1:
        names = meta["authors"]
        short = [f"{n.split()[0][0]}. {n.split()[-1]}" for n in names]
        left = (
            (", ".join(short[:-1]) + " and " + short[-1])
            if number % 2 == 0
            else meta["short_title"]
        )
        ops.append(("text", x0, HEADER_BASELINE, [(left, prof.italic, size, 0.0)], 0.0))
        w = _width(jref, prof.regular, size)
        ops.append(("text", x1 - w, HEADER_BASELINE, [(jref, prof.regular, size, 0.0)], 0.0))
        ops.append(("line", x0, HEADER_BASELINE - 5, x1, HEADER_BASELINE - 5))
    foot = str(number)
    w = _width(foot, prof.regular, 9.0)
    ops.append(("text", (PAGE_W - w) / 2, FOOTER_BASELINE, [(foot, prof.regular, 9.0, 0.0)], 0.0))
    return ops


def _note_ops(prof: Profile, flow: _Flow, page: _Page) -> list[Op]:
    ops: list[Op] = []
    setter = flow.note_setter
    for c, notes in enumerate(page.notes):
        if not notes:
            continue
        x = prof.margin + c * (flow.col_w + prof.gutter)
        y = BODY_BOTTOM + page.note_height[c]
        ops.append(("line", x, y + 4, x + 40, y + 4))
        for label, lines in notes:
            for i, line in enumerate(lines):
                op = _line_op(line, setter, x, y - setter.size, flow.col_w, prof.justify)
                if i == 0 and prof.raised_note_labels:
                    frags = [(label, prof.regular, prof.small * 0.7, prof.small * 0.4)]
                    op = ("text", op[1] - 5.0, op[2], frags + op[3], op[4])
                ops.append(op)
                y -= prof.small_leading
            y -= 2
    return ops


def _draw(
    path: Path,
    prof: Profile,
    flow: _Flow,
    meta: dict,
    user_password: str | None,
    owner_password: str | None,
) -> None:
    encrypt = None
    if user_password is not None or owner_password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(user_password or "", ownerPassword=owner_password or None)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    c.setTitle(meta["title"])
    c.setAuthor("; ".join(meta["authors"]))
    c.setSubject(f"{meta['journal']} {meta['volume']} ({meta['year']}). doi:{meta['doi']}")
    for page in flow.pages:
        groups = [page.front, *page.columns, _note_ops(prof, flow, page)]
        heads = _running_heads(prof, meta, page.number)
        if prof.scramble:  # footer and notes first, then the columns from right to left
            order = [heads, groups[-1], *reversed(groups[1:-1]), groups[0]]
        else:
            order = [groups[0], *groups[1:-1], groups[-1], heads]
        for group in order:
            for op in group:
                _draw_op(c, op)
        c.showPage()
    c.save()


def _draw_op(c: canvas.Canvas, op: Op) -> None:
    kind = op[0]
    if kind == "text":
        _, x, y, frags, ws = op
        t = c.beginText()
        t.setTextOrigin(x, y)
        t.setWordSpace(ws)  # Tw is graphics state: it outlives the text object, so always set
        for text, font, size, rise in frags:
            t.setFont(font, size)
            t.setRise(rise)
            t.textOut(text)
        c.drawText(t)
    elif kind == "rect":
        _, x, y, w, h, fill = op
        c.setFillGray(0.6 if fill else 1.0)
        c.rect(x, y, w, h, stroke=1, fill=fill)
        c.setFillGray(0.0)
    elif kind == "line":
        _, x1, y1, x2, y2 = op
        c.setLineWidth(0.4)
        c.line(x1, y1, x2, y2)


# --------------------------------------------------------------------------------------------
