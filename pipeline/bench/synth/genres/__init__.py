"""PDFs of the genres users bring, set for this project in its own words, with their truth.

Each imitates the *layout conventions* of a genre, not any real document's words: a
congressional hearing as the Government Publishing Office prints it (cover, a contents page
with dot leaders, page numbers at the top, the printer's imprint line at the foot, speakers'
names in capitals before their speech, record notes, a prepared statement in smaller type), a
bill with line numbers in the left margin, a law-review paper (two-column abstract, many
footnotes with raised callouts), a translated government white paper (cover, preface, sections
"I." / "1." / "(1)", a numbered list, a table), a press release (letterhead, contact block,
dateline, "###"), a slide deck (titles, bullets, footers with slide numbers) and a scan with no
text layer. :func:`make_genre` writes one and returns a :class:`Genre`: the sentences of the
running text in order, what must be excluded (by kind), and the title and date line the cover
or the dateline gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Genre:
    name: str
    data: bytes
    #: the running text's sentences, in reading order
    sentences: list[str]
    #: (kind, text) that must come back as excluded rows of that kind
    excluded: list[tuple[str, str]] = field(default_factory=list)
    #: strings that must never appear in the running text
    absent: list[str] = field(default_factory=list)
    title: str = ""
    date_line: str = ""


def make_genre(name: str, folder: Path) -> Genre:
    """Write the genre's PDF into ``folder`` and return it with its truth."""
    return GENRES[name](folder / f"{name}.pdf")


def _registry() -> dict[str, Callable[[Path], Genre]]:
    from pipeline.bench.synth.genres.official import bill, hearing
    from pipeline.bench.synth.genres.papers import law_review, white_paper
    from pipeline.bench.synth.genres.public import press_release, scan, slides

    return {
        "hearing": hearing,
        "bill": bill,
        "law_review": law_review,
        "white_paper": white_paper,
        "press_release": press_release,
        "slides": slides,
        "scan": scan,
    }


GENRES = _registry()

__all__ = ["GENRES", "Genre", "make_genre"]
