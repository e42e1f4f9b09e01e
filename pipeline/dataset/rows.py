"""Dataset rows from a processed ``Doc`` and its ingested :class:`Document`.

Besides the contract's tables this fills the additions documented in
``docs/contract.md``: ``parties`` and ``modality`` on sentences (from the
claim-structure component), ``bloc`` on actors (from ``pipeline.dataset.blocs``), ``claims``: one
row per unordered pair of parties of a claim sentence, for network and dyad analysis, and
``excluded``: the text the ingester kept out of the running text, so nothing is lost unseen.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

from spacy.tokens import Doc, Span

from pipeline.dataset.blocs import Blocs, document_date, shipped_blocs
from pipeline.dataset.writers import cells_of
from pipeline.document import Document
from pipeline.schema import CLAIM_LABELS, OBJECT_ACTOR_TYPES, TABLES


@dataclass
class DocumentRows:
    """The rows one document contributes to each table of ``pipeline.dataset.writers.TABLES``."""

    document: dict
    sentences: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)
    claims: list[dict] = field(default_factory=list)
    excluded: list[dict] = field(default_factory=list)

    def tables(self) -> dict[str, list[dict]]:
        return {
            "documents": [self.document],
            "sentences": self.sentences,
            "actors": self.actors,
            "dates": self.dates,
            "claims": self.claims,
            "excluded": self.excluded,
        }


def document_row(
    document: Document | None, *, source: str, sha256: str = "", fmt: str = "", error: str = ""
) -> dict:
    if document is None:
        return {
            "doc_id": sha256[:12], "source": source, "sha256": sha256, "format": fmt,
            "n_sentences": 0, "status": "error", "error": error,
        }  # fmt: skip
    meta = document.metadata
    return {
        "doc_id": document.doc_id,
        "source": document.source,
        "sha256": document.sha256,
        "format": document.format,
        "title": meta.title,
        "authors": "; ".join(meta.authors),
        "journal": meta.journal,
        "year": meta.year or "",
        "doi": meta.doi,
        "pages": document.parsed.pages if document.format == "pdf" else "",
        "n_sentences": 0,
        "status": "ok",
        "error": "",
    }


def excluded_rows(document: Document) -> list[dict]:
    """One excluded.csv row per stretch of text the ingester kept out of the running text."""
    return [
        {"doc_id": document.doc_id, "page": e.page or "", "kind": e.kind, "text": e.text}
        for e in document.parsed.excluded
        if e.text.strip()
    ]


def _reference_day(doc: Doc) -> date:
    written = doc._.sc_reference_date if Doc.has_extension("sc_reference_date") else ""
    return date.fromisoformat(written) if written else date.today()


def rows_from_doc(
    doc: Doc,
    document: Document,
    *,
    today: date | None = None,
    blocs: Blocs | None = None,
    with_excluded: bool = True,
) -> DocumentRows:
    """One sentences.csv row per sentence, with its actors, dates and claims rows, and the
    document's excluded.csv rows (``with_excluded``: off for all but the first part of a
    document processed in parts, which share one ``ParsedText``).

    ``today`` and ``blocs`` default to the day the dates component counted as today
    (``doc._.sc_reference_date``, else the current day) and the shipped membership data; the
    ``bloc`` of an actor is taken at the document's time (:func:`pipeline.dataset.blocs.document_date`).
    """
    out = DocumentRows(document=document_row(document, source=document.source))
    out.document["date"] = doc._.sc_document_date
    out.document["date_anchor"] = doc._.sc_date_anchor
    out.document["date_basis"] = doc._.sc_date_basis
    if with_excluded:
        out.excluded = excluded_rows(document)
    blocs = blocs or shipped_blocs()
    as_of = document_date(
        document.metadata.year,
        (d._.sc_date_end for d in doc.spans["dates"]) if "dates" in doc.spans else (),
        today=today or _reference_day(doc),
    )
    bloc_cache: dict[tuple[str, str, str], str] = {}
    blocks = doc._.sc_blocks or [(0, len(doc.text))]
    block_starts = [s for s, _ in blocks]
    actors = _sorted_spans(doc, "actors")
    dates = _sorted_spans(doc, "dates")
    actor_starts = [a.start_char for a in actors]
    doc_kinds = {a.kb_id_: (a.kb_id_, a.label_, a._.sc_actor_country) for a in actors}
    date_starts = [d.start_char for d in dates]
    doc_id = document.doc_id
    version = doc._.sc_model_version
    sentence_id = 0
    for sent in doc.sents:
        text = sent.text.rstrip()
        if not text.strip():
            continue
        start = sent.start_char
        end = start + len(text)
        b = max(0, bisect.bisect_right(block_starts, start) - 1)
        block = document.blocks[b]
        sent_actors = _within(actors, actor_starts, start, end)
        sent_dates = _within(dates, date_starts, start, end)
        names: list[str] = []
        for a in sent_actors:
            if a.kb_id_ not in names:
                names.append(a.kb_id_)
            key = (a.kb_id_, a.label_, a._.sc_actor_country)
            if key not in bloc_cache:
                bloc_cache[key] = blocs.label(
                    a.kb_id_, as_of, actor_type=a.label_, country=a._.sc_actor_country
                )
            out.actors.append(
                {
                    "doc_id": doc_id,
                    "sentence_id": sentence_id,
                    "mention": a.text,
                    "actor": a.kb_id_,
                    "actor_type": a.label_,
                    "country": a._.sc_actor_country,
                    "start": a.start_char - start,
                    "end": a.end_char - start,
                    "method": a._.sc_actor_method,
                    "bloc": bloc_cache[key],
                    "organization": a._.sc_actor_organization,
                }
            )
        values: list[str] = []
        for d in sent_dates:
            values.append(d.kb_id_)
            out.dates.append(
                {
                    "doc_id": doc_id,
                    "sentence_id": sentence_id,
                    "mention": d.text,
                    "value": d.kb_id_,
                    "start_date": d._.sc_date_start,
                    "end_date": d._.sc_date_end,
                    "granularity": d.label_,
                    "start": d.start_char - start,
                    "end": d.end_char - start,
                }
            )
        pc, pk = sent._.sc_p_cooperation, sent._.sc_p_competition
        label = sent._.sc_claim_label or ""
        parties, modality = _structure(sent, label)
        if len(parties) >= 2:
            # a party the sentence names by reference ("the two agencies", "it") is known by
            # its mentions in the rest of the text: an agency and its state stay one side
            kinds = {
                **doc_kinds,
                **{a.kb_id_: (a.kb_id_, a.label_, a._.sc_actor_country) for a in sent_actors},
            }
            for party_a, party_b in combinations(sorted(parties), 2):
                if own_pair(
                    kinds.get(party_a, (party_a, "", "")), kinds.get(party_b, (party_b, "", ""))
                ):
                    continue  # an actor and its own agency or program are one side
                out.claims.append(
                    {
                        "doc_id": doc_id,
                        "sentence_id": sentence_id,
                        "label": label,
                        "party_a": party_a,
                        "party_b": party_b,
                        "modality": modality,
                        "date": values[0] if values else "",
                    }
                )
        out.sentences.append(
            {
                "doc_id": doc_id,
                "sentence_id": sentence_id,
                "section": block.section,
                "page": block.page_at(start - blocks[b][0]) or "",
                "text": text,
                "label": label,
                "p_cooperation": "" if pc is None else f"{pc:.3f}",
                "p_competition": "" if pk is None else f"{pk:.3f}",
                "actors": "; ".join(names),
                "dates": "; ".join(values),
                "model_version": version,
                "review": "",
                "parties": "; ".join(parties),
                "modality": modality,
            }
        )
        sentence_id += 1
    out.document["n_sentences"] = sentence_id
    return out


def _structure(sent: Span, label: str) -> tuple[list[str], str]:
    """The parties and modality the claim-structure component wrote (none on neutral
    sentences, or when the component is not in the pipeline)."""
    if label not in CLAIM_LABELS or not Span.has_extension("sc_claim_parties"):
        return [], ""
    return list(sent._.sc_claim_parties or []), sent._.sc_claim_modality or ""


def own_pair(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Whether two parties ``(canonical, type, country)`` are one side: the same actor, or an
    actor and its own agency, program or mission (a state and its agency, an agency and its
    state's program), which a claim never opposes or allies. A company is a side of its own."""
    if a[0] == b[0]:
        return True
    for x, y in ((a, b), (b, a)):
        if x[2] and x[2] == y[0] and x[1] != "company":
            return True  # NASA and the United States
    same_country = bool(a[2]) and a[2] == b[2]
    return same_country and (a[1] in OBJECT_ACTOR_TYPES or b[1] in OBJECT_ACTOR_TYPES)


def _sorted_spans(doc: Doc, key: str) -> list:
    return sorted(doc.spans[key], key=lambda s: s.start_char) if key in doc.spans else []


def _within(spans: list, starts: list[int], start: int, end: int) -> list:
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [s for s in spans[lo:hi] if s.end_char <= end]


def cells_of_parts(parts: Sequence[DocumentRows]) -> dict[str, list[list[str]]]:
    """One document's rows as cells (``pipeline.dataset.writers.cells_of``) in ``TABLES`` order,
    from the rows of its consecutive parts: sentence ids continue across parts, and the
    document gets one row with the total ``n_sentences``."""
    tables: dict[str, list[list[str]]] = {name: [] for name in TABLES}
    offset = 0
    for part in parts:
        for name, rows in part.tables().items():
            if name == "documents":
                continue
            for row in rows:
                if offset and "sentence_id" in row:
                    row = {**row, "sentence_id": int(row["sentence_id"]) + offset}
                tables[name].append(cells_of(row, TABLES[name]))
        offset += int(part.document.get("n_sentences") or 0)
    if parts:
        tables["documents"].append(
            cells_of({**parts[0].document, "n_sentences": offset}, TABLES["documents"])
        )
    return tables


def cell(table: str, cells: Sequence[str], column: str) -> str:
    """The value of ``column`` in a row of ``table`` given as cells."""
    return cells[TABLES[table].index(column)]


def with_cell(table: str, cells: Sequence[str], column: str, value: str) -> list[str]:
    """A copy of a row of ``table`` given as cells, with ``column`` set to ``value``."""
    out = list(cells)
    out[TABLES[table].index(column)] = value
    return out
