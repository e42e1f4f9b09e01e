"""Recognising what is not running text on a publisher's article page, and assembling blocks.

Text copied from a journal's web page (ScienceDirect, Springer, Taylor & Francis, Wiley, SAGE,
MDPI, OUP, CUP), a saved HTML page or a report carries much besides the article's prose:
interface lines ("View PDF", "Access through your organization"), the journal name and volume
line, the DOI glued to "Get rights and content", author and affiliation lines, figure captions,
back matter (acknowledgements, funding, declarations), reference lists and "Cited by" excerpts
of other articles. This module recognises those lines and headings, reads metadata from the
front matter, and provides :class:`BlockBuilder`, which every ingester (txt, md, html, docx)
feeds headings and paragraphs in reading order and which decides what becomes a
:class:`~pipeline.document.Block`.

The recognisers are deliberately line-based (one line or one paragraph at a time) so that they
apply to every format after its own structure has been read."""

from pipeline.ingest.publisher.bibliographic import (
    bare_doi,
    date_field,
    dateline_date,
    dateline_year,
    head_date_line,
    is_affiliation_line,
    is_date_line,
    is_doi_line,
    is_issuing_line,
    parse_author_line,
    publication_date_line,
    status_stamp,
    year_of,
)
from pipeline.ingest.publisher.blocks import (
    BlockBuilder,
    is_label_alone,
    is_record_note,
    is_speaker_turn,
    speaker_label,
)
from pipeline.ingest.publisher.closing import is_signature_line, split_signature_block
from pipeline.ingest.publisher.front_matter import read_front_matter
from pipeline.ingest.publisher.headings import (
    Kind,
    heading_label,
    is_caption,
    is_end_mark,
    looks_like_heading,
    section_kind,
    split_image_credit,
)
from pipeline.ingest.publisher.interface import is_interface_line
from pipeline.ingest.publisher.matching import match_key
from pipeline.ingest.publisher.metadata import apply_meta, read_key_value_block, split_authors

__all__ = [
    "BlockBuilder",
    "Kind",
    "apply_meta",
    "bare_doi",
    "dateline_date",
    "date_field",
    "dateline_year",
    "heading_label",
    "is_caption",
    "split_image_credit",
    "head_date_line",
    "is_affiliation_line",
    "is_date_line",
    "is_issuing_line",
    "is_doi_line",
    "is_end_mark",
    "is_interface_line",
    "is_signature_line",
    "is_record_note",
    "is_label_alone",
    "is_speaker_turn",
    "looks_like_heading",
    "match_key",
    "parse_author_line",
    "publication_date_line",
    "read_front_matter",
    "read_key_value_block",
    "section_kind",
    "status_stamp",
    "speaker_label",
    "split_authors",
    "split_signature_block",
    "year_of",
]
