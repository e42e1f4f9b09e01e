"""Layout analysis over a stream of characters: lines, columns, reading order, roles.

Stages, per page (each works on the output of the one before):

1. :func:`segment` groups the characters of a :class:`PageChars` into line segments and
   tokens with numpy (no Python work per character): a segment ends where the next character
   leaves the line's vertical band or jumps more than an em; a token (word) ends at stream
   whitespace or a gap of 0.16 em. Characters raised above the segment's baseline and set
   smaller are marked as superscripts, the raw material of footnote callouts.
2. Running headers and footers are dropped before any geometry is measured
   (:class:`FurnitureFilter`): a segment in the top or bottom margin band is furniture when its
   text with digits normalised repeats on a nearby page (a window, so thousands of pages stream
   through), when it is a page number, or when it stands alone in the outer margin.
   Then :func:`split_line_numbers` (``margins.py``) takes out the line numbers of a bill's or
   a filing's margin: a run of bare integers beside the text's rows, outside its margin,
   aligned on one edge and counting up by one.
3. :func:`find_gutters` finds column gutters from the page's own geometry, a whitespace cover
   in the spirit of Breuel's: the tallest stretch no segment touches at each x position, kept
   where columns of text stand on both sides of it over that stretch (so a centred title block,
   a figure or a full-width table above the columns does not hide them); rows of a full-width
   table right above or below the column text, whose cells may leave the gutter empty or
   reach into it, are read as full-width rows. A page of formulas and figures with too few
   lines of text to show its gutter keeps the gutter of the page before when it stays empty.
4. :func:`order_page` merges segments on one row within a column, cuts the page into bands at
   every line that crosses a gutter (title, abstract, full-width floats), and reads the bands
   top to bottom and, within a band, the columns left to right.
5. :func:`classify_page` assigns roles: footnote bodies (small type below all body text of its
   column, starting with a label), footnote callouts matched to those labels (GROBID's rule),
   table rows (aligned cell gaps on two or more rows, but not a sentence running on between
   numbered displays whose parts line up; the small type under a table's or an algorithm's
   caption; a band of short cell lines next to a caption whose columns were read as
   columns of text), captions (a bold label needs no punctuation; and the captions of a
   figure's panels, "(a) ..."), headings (not a bold
   run-in title opening a line of text, nor a paragraph set in bold; in the text's own type
   when numbered and set off by space or the indent of the paragraph under them, centred
   after a sentence's end, or in title case with space above), displayed maths (not a
   paragraph's indented first line full of symbols; with the rows of symbols at the left
   edge right next to a display), and scraps (a line of marks alone, an axis title among a
   figure's numbers, a legend in smaller type between a figure's lines).

Across pages, :class:`Assembler` turns the ordered body lines into paragraphs (vertical gaps,
first-line indents, and the classic "would the next line's first word have fitted" test for
paragraph ends), follows sections, skips reference lists and back matter (and paragraphs
opened by a run-in "Acknowledgements." or "Funding:"; disclaimers, correspondence addresses,
subject classification codes, credit lines, authors' signature lines and affiliations on the
first pages, and an imprint's place and year), keeps paragraphs
that continue across columns and pages together, and finally rejoins hyphenated words with the
document's own vocabulary. Every line kept out of the paragraphs is recorded as
``pipeline.document.Excluded`` with its kind, so no text is lost unseen."""

from pipeline.ingest.pdf.layout.assembly import Assembler, join_lines
from pipeline.ingest.pdf.layout.columns import find_gutters
from pipeline.ingest.pdf.layout.furniture import FurnitureFilter, furniture_kind
from pipeline.ingest.pdf.layout.lines import RAISED, SMALL, Line, Token, segment
from pipeline.ingest.pdf.layout.margins import split_line_numbers
from pipeline.ingest.pdf.layout.order import order_page
from pipeline.ingest.pdf.layout.roles import NUMBERED_HEADING, classify_page, named_heading

__all__ = [
    "Assembler",
    "FurnitureFilter",
    "Line",
    "NUMBERED_HEADING",
    "RAISED",
    "SMALL",
    "Token",
    "classify_page",
    "find_gutters",
    "furniture_kind",
    "join_lines",
    "named_heading",
    "order_page",
    "segment",
    "split_line_numbers",
]
