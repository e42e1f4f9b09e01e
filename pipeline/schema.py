"""What a run writes and what its labels are: each fact defined once, here.

The dataset contract (``docs/contract.md``) in code: the tables and their columns in order, the
claim labels and heads of the annotation guide (``docs/annotation-guide.md``), the kinds of result
a document's processing can end in, and the rule that keeps a spreadsheet from executing a cell.
Every stage imports these names from here; nothing else spells them out.
"""

from __future__ import annotations

#: The four labels of the annotation guide, in the order used everywhere (columns, reports).
LABELS = ("cooperation", "competition", "both", "neutral")
#: Labels that make a claim (all but ``neutral``).
CLAIM_LABELS = ("cooperation", "competition", "both")
#: The two yes/no questions behind the labels: a cooperation claim? a competition claim?
HEADS = ("cooperation", "competition")
#: Modalities of a claim (annotation guide, "Modality").
MODALITIES = ("asserted", "planned", "hypothetical", "normative", "negated")
#: Types of actor (annotation guide, "Actors").
ACTOR_TYPES = (
    "country", "agency", "organization", "company", "program", "mission", "station", "agreement",
    "person",
)  # fmt: skip
#: Actor types that are what a relation is about or framed by, never one of its sides
#: ("a roadmap for the ILRS", "sign the Artemis Accords", "in accordance with the Charter").
OBJECT_ACTOR_TYPES = frozenset({"program", "mission", "station", "agreement"})

#: Why a stretch of text was kept out of the running text (excluded.csv ``kind``).
EXCLUDED_KINDS = (
    "header", "footer", "page_number", "footnote", "caption", "table", "reference", "contents",
    "front_matter", "back_matter", "interface", "maths", "speaker", "heading", "other", "line_number",
)  # fmt: skip

#: Exit status of ``spaceclaims run``: all documents processed; nothing could be processed; a
#: usage error (bad option or model, output folder in use); some documents failed. Every
#: command: 2 usage error; 4 an output could not be written (read-only folder, full disk, a
#: file where a folder should be), with a message naming it.
EXIT_OK, EXIT_NOTHING, EXIT_USAGE, EXIT_PARTIAL, EXIT_OUTPUT = 0, 1, 2, 3, 4

#: How a document's processing ended. ``ok`` and ``error`` results are final for the document's
#: bytes and pipeline; ``limit`` results are final for limits no more generous than the ones
#: hit; ``transient`` ones (the file vanished, a worker crashed) are tried again by the next run.
OK, ERROR, LIMIT, TRANSIENT = "ok", "error", "limit", "transient"

#: A spreadsheet executes a cell that starts with one of these.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

DOCUMENT_COLUMNS = [
    "doc_id", "source", "sha256", "format", "title", "authors", "journal", "year", "doi",
    "pages", "n_sentences", "status", "error", "date", "date_anchor", "date_basis",
]  # fmt: skip
SENTENCE_COLUMNS = [
    "doc_id", "sentence_id", "section", "page", "text", "label", "p_cooperation",
    "p_competition", "actors", "dates", "model_version", "review",
]  # fmt: skip
#: Additions to sentences.csv (docs/contract.md): the parties of a claim sentence,
#: joined by "; ", and the claim's modality. Kept apart from SENTENCE_COLUMNS, which lists the
#: contract's columns (what a reviewed sentences.csv must have).
SENTENCE_STRUCTURE_COLUMNS = ["parties", "modality"]
ACTOR_COLUMNS = [
    "doc_id", "sentence_id", "mention", "actor", "actor_type", "country", "start", "end",
    "method", "bloc", "organization",
]  # fmt: skip
DATE_COLUMNS = [
    "doc_id", "sentence_id", "mention", "value", "start_date", "end_date", "granularity",
    "start", "end",
]  # fmt: skip


#: claims.csv: one row per unordered pair of parties of a claim sentence (party_a < party_b),
#: with the sentence's label and modality and its first date value.
CLAIM_COLUMNS = [
    "doc_id", "sentence_id", "label", "party_a", "party_b", "modality", "date",
]  # fmt: skip


#: excluded.csv: one row per stretch of a document's text kept out of the running text (not a
#: sentence and not a heading), with why (``kind``, one of EXCLUDED_KINDS) and its page (PDF).
EXCLUDED_COLUMNS = ["doc_id", "page", "kind", "text"]


#: Every table a run writes: file stem -> columns. Rows come from ``pipeline.dataset.rows``.
TABLES: dict[str, list[str]] = {
    "documents": DOCUMENT_COLUMNS,
    "sentences": [*SENTENCE_COLUMNS, *SENTENCE_STRUCTURE_COLUMNS],
    "actors": ACTOR_COLUMNS,
    "dates": DATE_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "excluded": EXCLUDED_COLUMNS,
}


def neutralize_cell(value: object) -> str:
    """The cell as text, with a leading apostrophe where a spreadsheet would run a formula.

    A cell that already starts with apostrophes before a formula character gets one more, so
    that :func:`restore_cell` gives back exactly what was written.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.lstrip("'").startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def restore_cell(text: str) -> str:
    """Undo :func:`neutralize_cell` (used when a reviewed CSV is read back)."""
    if text.startswith("'") and text.lstrip("'").startswith(FORMULA_PREFIXES):
        return text[1:]
    return text
