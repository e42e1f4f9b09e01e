"""PDFs as producers other than the project's own typesetter write them, with their truth.

The project's other synthetic PDFs (``pdfgen``, ``genres``) reach the content stream one way:
whole words and spaces in ``Tj`` strings. Users' PDFs come from composition systems, browsers,
word processors, design tools and OCR engines, whose text layers differ in what a reader has to
undo (``layer.py``): ``TJ`` arrays with kerning and no space characters, every glyph placed
alone, every word its own text object, character spacing for justification, invisible OCR text
over a page image, ligature glyphs, soft hyphens, small capitals, drop caps; and their pages
bring the producers' furniture (slug lines, browser headers and footers, "Page 3 of 4",
running heads, sidebars, pull quotes, turned tables, contents with dot leaders).

Each document is written for this project in its own words, in a policy register:

| name | producer | split |
|---|---|---|
| ``gpo_hearing`` | a hearing record from a composition system (TJ kerning, small-capital speakers, slug lines) | dev |
| ``browser_news`` | a wire story printed from a browser (glyph by glyph, print header and footer) | dev |
| ``designed_report`` | a report from a page-design tool (Tc justification, drop cap, sidebar, pull quote, footnotes, turned table) | dev |
| ``word_white_paper`` | a white paper from a word processor (word by word, soft hyphens, ligatures, "Page 3 of 4") | dev |
| ``scanned_treaty`` | a bilateral agreement scanned with an OCR text layer (invisible, uneven, stretched words) | dev |
| ``un_document`` | a UN Secretariat report (symbol block, numbered paragraphs, footnotes, job number footer) | dev |
| ``crs_report`` | a research service report (TJ kerning, summary box, contents with lists of tables, a table with notes and source, footnotes) | dev |
| ``newsletter`` | a three-column newsletter (Tc justification, masthead, framed item, events box, a story continued on the next page) | dev |
| ``transcript`` | a court reporter's transcript of a public meeting (Courier, 25 numbered line slots a page in the margin, caption page, speakers' labels, stage directions, the firm's footer) | test |
| ``bilingual_statement`` | a bilingual agency statement (English and French side by side, paragraph by paragraph; both languages are running text) | test |

The first two held-out documents (``word_white_paper``, ``scanned_treaty``) became dev in the
second wave, which held out the last three; those three became dev in the third wave, which held out the last two.

``dev`` documents are the ones the reader's rules may be designed on; ``test`` documents are
held out and scored once per change set (``scripts/bench_producers.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pipeline.bench.synth.genres import Genre


def _registry() -> dict[str, tuple[Callable[[Path], Genre], str]]:
    from pipeline.bench.synth.producers import (
        bilingual,
        browser,
        crs,
        hearing,
        newsletter,
        report,
        scan,
        transcript,
        undoc,
        wordproc,
    )

    return {
        "gpo_hearing": (hearing.make, "dev"),
        "browser_news": (browser.make, "dev"),
        "designed_report": (report.make, "dev"),
        "word_white_paper": (wordproc.make, "dev"),
        "scanned_treaty": (scan.make, "dev"),
        "un_document": (undoc.make, "dev"),
        "crs_report": (crs.make, "dev"),
        "newsletter": (newsletter.make, "dev"),
        "transcript": (transcript.make, "test"),
        "bilingual_statement": (bilingual.make, "test"),
    }


PRODUCERS = _registry()


def names(split: str = "all") -> list[str]:
    """The documents of a split ("dev", "test" or "all")."""
    return [n for n, (_, s) in PRODUCERS.items() if split in ("all", s)]


def make_producer(name: str, folder: Path) -> Genre:
    """Write the document's PDF into ``folder`` and return it with its truth."""
    folder.mkdir(parents=True, exist_ok=True)
    return PRODUCERS[name][0](folder / f"{name}.pdf")


__all__ = ["PRODUCERS", "make_producer", "names"]
