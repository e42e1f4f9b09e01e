"""The scraps a paragraph runs on across (see ``Assembler._resume``): what a figure leaves
among the text when its labels are read as lines of their own."""

from __future__ import annotations

from pipeline.ingest.pdf.layout.headings import _TERMINAL


def short_scrap(lines: list[tuple[str, int]]) -> bool:
    """Two lines and eight words at most, not ending as a sentence or on a colon does: the
    shape of a figure's label or a stray scrap ("Sample size [km]"), not of a short
    paragraph ("The matrix is of the form:")."""
    if len(lines) > 2 or sum(len(t.split()) for t, _ in lines) > 8:
        return False
    return not (lines and _TERMINAL.search(lines[-1][0]))


def figure_labels(lines: list[tuple[str, int]], size: float, body: float) -> bool:
    """A run of a figure's labels read as one paragraph ("Smoker" / "Non-smoker" / "age
    (a)"): up to six lines of three words at most, in type smaller than the text's, the
    last ending no sentence. No paragraph of prose has that shape."""
    return (
        0 < len(lines) <= 6
        and size < 0.9 * body
        and all(len(t.split()) <= 3 for t, _ in lines)
        and not _TERMINAL.search(lines[-1][0])
    )
