"""Synthetic journal articles as PDFs, with the truth about their running text.

:func:`make_article` typesets a space-policy article written for this project (fictional
authors, journal and references) in one, two or three columns, with the furniture that makes
real PDFs hard to read: a full-width title block and abstract, numbered headings, running
headers that alternate between authors and title, page-number footers, footnotes whose callouts
are glued to words and punctuation, words hyphenated at line ends next to true compounds that
break at their own hyphen, a figure, a table, back matter and a reference list. It returns the
sentences of the running text in reading order with the page each starts on and its section,
plus the metadata, the footnotes, and the strings that must never appear in running text.

We set the type ourselves (greedy line breaking with hyphenation, column flow, footnotes kept on
the page of their callout) instead of using platypus, so that the page of every sentence and
every footnote is known exactly. Profiles differ on purpose: one column with block paragraphs
and plain footnote labels; two justified Times columns with indented paragraphs; three ragged
columns in a TrueType font (Bitstream Vera, shipped with reportlab) with ligature glyphs, soft
hyphens and a content stream drawn out of reading order.

Command line::

    python -m pipeline.bench.synth.pdfgen corpus/samples/two_column_article.pdf --columns 2"""

from pipeline.bench.synth.pdfgen.article import make_article, make_article_pdf
from pipeline.bench.synth.pdfgen.truth import Article, KnownNote, KnownSentence

__all__ = ["Article", "KnownNote", "KnownSentence", "make_article", "make_article_pdf"]
