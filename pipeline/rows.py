"""Dataset rows from a processed ``Doc`` and its ingested :class:`Document`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.document import Document

BLOCK_SEPARATOR = "\n\n"


def join_blocks(document: Document) -> tuple[str, list[tuple[int, int]]]:
    """The text the NLP stage reads, and each block's ``(start, end)`` in it."""
    parts, spans, pos = [], [], 0
    for block in document.blocks:
        parts.append(block.text)
        spans.append((pos, pos + len(block.text)))
        pos += len(block.text) + len(BLOCK_SEPARATOR)
    return BLOCK_SEPARATOR.join(parts), spans


@dataclass
class DocumentRows:
    """The rows one document contributes to each table of ``pipeline.output.TABLES``."""

    document: dict
    sentences: list[dict] = field(default_factory=list)
    actors: list[dict] = field(default_factory=list)
    dates: list[dict] = field(default_factory=list)

    def tables(self) -> dict[str, list[dict]]:
        return {
            "documents": [self.document],
            "sentences": self.sentences,
            "actors": self.actors,
            "dates": self.dates,
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


def rows_from_doc(doc: Doc, document: Document) -> DocumentRows:
    """One sentences.csv row per sentence, with its actors and dates rows."""
    out = DocumentRows(document=document_row(document, source=document.source))
    blocks = doc._.blocks or [(0, len(doc.text))]
    block_starts = [s for s, _ in blocks]
    actors = _sorted_spans(doc, "actors")
    dates = _sorted_spans(doc, "dates")
    actor_starts = [a.start_char for a in actors]
    date_starts = [d.start_char for d in dates]
    doc_id = document.doc_id
    version = doc._.model_version
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
            out.actors.append(
                {
                    "doc_id": doc_id,
                    "sentence_id": sentence_id,
                    "mention": a.text,
                    "actor": a.kb_id_,
                    "actor_type": a.label_,
                    "country": a._.actor_country,
                    "start": a.start_char - start,
                    "end": a.end_char - start,
                    "method": a._.actor_method,
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
                    "start_date": d._.date_start,
                    "end_date": d._.date_end,
                    "granularity": d.label_,
                    "start": d.start_char - start,
                    "end": d.end_char - start,
                }
            )
        pc, pk = sent._.p_cooperation, sent._.p_competition
        out.sentences.append(
            {
                "doc_id": doc_id,
                "sentence_id": sentence_id,
                "section": block.section,
                "page": block.page_at(start - blocks[b][0]) or "",
                "text": text,
                "label": sent._.claim_label or "",
                "p_cooperation": "" if pc is None else f"{pc:.3f}",
                "p_competition": "" if pk is None else f"{pk:.3f}",
                "actors": "; ".join(names),
                "dates": "; ".join(values),
                "model_version": version,
                "review": "",
            }
        )
        sentence_id += 1
    out.document["n_sentences"] = sentence_id
    return out


def _sorted_spans(doc: Doc, key: str) -> list:
    return sorted(doc.spans[key], key=lambda s: s.start_char) if key in doc.spans else []


def _within(spans: list, starts: list[int], start: int, end: int) -> list:
    lo = bisect.bisect_left(starts, start)
    hi = bisect.bisect_left(starts, end)
    return [s for s in spans[lo:hi] if s.end_char <= end]
