"""Date mentions, normalised to ISO 8601, as spans in ``doc.spans["dates"]``.

The finding and normalising is ``pipeline.nlp.extract.dates.find_dates`` (a pure function); this component
runs it sentence by sentence in reading order, carrying the last absolute date forward so that
"3 months later" resolves against the nearest earlier absolute date in the document. The
document's own date (``doc._.sc_document_date``: a date line (a PDF's date line at its head,
kept out of the running text, is read as the text's first line: ``Metadata.date_line``), an
order's date, a dateline, a
caption's weekday and date, a wire dateline, an "As of" line, a signature block's date, an
editor's note, a treaty's signing formula, the lead's date, a weekday with a day and month that
only one recent year fits, else the year its title covers, a release number's year, the year of
the latest uncited full date at its head, or the year of ``doc._.sc_metadata``: the order is
``pipeline.nlp.extract.dates.document.document_date_evidence``'s) resolves the deictic
expressions ("today", "last year", "on Thursday", "the next five years") and the relative ones
no absolute date comes before. A sentence that opens with "Today," and speaks of the present
in general (``generic_today``, from the tagger's tags) has no date there, nor a "today" between
a subject noun and a present-tense verb of no event ("firms today build ...":
``generic_today_inside``). A sentence that opens "Since then" after a sentence that set an
absolute date is the span from it to the year of writing, in a text dated by its own text
(``since_then``; not by the metadata's year, as an encyclopedia article is, nor by the year of
the latest date it names). In a text with no
date at all, "since 1992" runs to the current year when the text reads as current (the latest
past year it names is at most two years back: a reference article kept up to date), or always
with ``undated_since_to_current_year``; else it is the year alone. In a text with no date of its
own, "today" and "last year" are not resolved against the last date the text named, except in
a quotation (``undated_deictic_from_narrative``, off by default: an undated release or
speech speaks from the day it was written, not from the narrative). "The next N years" in a
sentence that narrates the past only (the tagger's tags) count from the narrative's date.
A text with no date of its own that is not an encyclopedia article takes the year of the
latest date it tells as past as the anchor of its relative dates
(``undated_anchor_from_narration``; ``narrated_anchor``): ``doc._.sc_date_anchor`` and
``doc._.sc_date_basis`` record it, ``doc._.sc_document_date`` stays empty.

Every rule that needs the present (a document is never dated after the day of reading; "since
1992" in an undated current text runs to this year) reads it from ``reference_date``: empty is
the day the pipeline runs, an ISO day (``2027-12-31``) makes a run reproducible on another day
and lets a corpus written after the day of the run be read as of its own time. The day used is
recorded as ``doc._.sc_reference_date``.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.extensions import register_extensions
from pipeline.nlp.extract.dates import find_dates, last_absolute
from pipeline.nlp.extract.dates.document import (
    document_date_evidence,
    generic_today,
    generic_today_inside,
    reads_as_current,
    speaks_from,
)
from pipeline.nlp.extract.dates.fiscal import japanese_government, japanese_story
from pipeline.nlp.extract.dates.handlers import names_another_government
from pipeline.nlp.extract.dates.narrated import narrated_anchor
from pipeline.nlp.extract.dates.reference import reads_as_reference


@Language.factory(
    "spaceclaims_dates",
    default_config={
        "fiscal_year_start_month": 10,
        "undated_since_to_current_year": False,
        "undated_deictic_from_narrative": False,
        "undated_anchor_from_narration": True,
        "reference_date": "",
    },
)
def make_date_finder(
    nlp: Language,
    name: str,
    fiscal_year_start_month: int,
    undated_since_to_current_year: bool,
    undated_deictic_from_narrative: bool,
    undated_anchor_from_narration: bool,
    reference_date: str,
) -> DateFinder:
    return DateFinder(
        fiscal_year_start_month=fiscal_year_start_month,
        undated_since_to_current_year=undated_since_to_current_year,
        undated_deictic_from_narrative=undated_deictic_from_narrative,
        undated_anchor_from_narration=undated_anchor_from_narration,
        reference_date=parse_reference_date(reference_date),
    )


def parse_reference_date(value: str | date | None) -> date | None:
    """The day a run counts as today, from the ``reference_date`` setting: ``None`` for an
    empty setting (the day the pipeline runs), else the ISO day it names."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"reference_date must be a day written YYYY-MM-DD (or empty for the day of the "
            f"run), not {value!r}"
        ) from None


class DateFinder:
    def __init__(
        self,
        *,
        fiscal_year_start_month: int = 10,
        undated_since_to_current_year: bool = False,
        undated_deictic_from_narrative: bool = False,
        undated_anchor_from_narration: bool = True,
        reference_date: date | None = None,
    ) -> None:
        register_extensions()
        self.reference_date = reference_date
        self.undated_anchor_from_narration = undated_anchor_from_narration
        self.fiscal_year_start_month = fiscal_year_start_month
        self.undated_since_to_current_year = undated_since_to_current_year
        self.undated_deictic_from_narrative = undated_deictic_from_narrative

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        anchor: str | None = None
        recent = False  # whether the previous sentence set the anchor
        meta = doc._.sc_metadata
        today = self.reference_date or date.today()
        doc._.sc_reference_date = today.isoformat()
        date_line = getattr(meta, "date_line", "") or ""
        written, basis = document_date_evidence(
            f"{date_line}\n\n{doc.text}" if date_line else doc.text,
            year=getattr(meta, "year", None),
            find=find_dates,
            title=getattr(meta, "title", "") or "",
            today=today,
        )
        own_date = written is not None and basis not in ("metadata year", "latest date")
        doc._.sc_document_date = written or ""
        doc._.sc_date_basis = basis if written else ""
        if written is None and self.undated_anchor_from_narration:
            # No date of its own: its relative dates count from the latest date it tells as
            # past (a year), recorded as the anchor; the document's date stays unknown.
            inferred = self._narrated_anchor(doc, today)
            if inferred is not None:
                doc._.sc_date_basis = "narrated past date"
        else:
            inferred = None
        doc._.sc_date_anchor = written or inferred or ""
        # a report on the year before its date line speaks from that year
        written_for = speaks_from(written, getattr(meta, "title", "") or "")
        # A text with no date of its own is read now: "since 1992" runs to this year.
        until = None
        if written is None and (
            self.undated_since_to_current_year or reads_as_current(doc.text, today)
        ):
            until = today.year
        # a Japanese government's text counts in Japan's fiscal years (``fiscal``); its issuer
        # may stand in the title the reader set aside ("THE 219TH SESSION OF THE NATIONAL DIET")
        title = getattr(meta, "title", "") or ""
        japan_fy = japanese_government(f"{title}\n{date_line}\n{doc.text}")
        # a story filed from Japan counts in Japan's fiscal years where a sentence names no
        # other government (``fiscal.japanese_story``)
        japan_story = not japan_fy and japanese_story(f"{date_line}\n{doc.text}")
        # the blocks whose speaker label ingestion cut off open a turn as well
        turns = {start for start, _ in (doc._.sc_speakers or ())}
        for sent in doc.sents:
            text = sent.text
            if not text.strip():
                continue
            if sent.start_char in turns or _opens_a_turn(doc.text, sent.start_char):
                recent = False  # another speaker's turn does not go on with the last story
            mentions = find_dates(
                text,
                anchor=anchor,
                document_date=written_for or inferred,
                fiscal_year_start_month=self.fiscal_year_start_month,
                japan_fiscal_year=japan_fy or (japan_story and not names_another_government(text)),
                recent_anchor=recent,
                since_until=until,
                past_tense=_narrates_the_past(sent),
                deictic_from_anchor=self.undated_deictic_from_narrative,
                # "Since then" spans to the year of a date the text gives itself, not to a
                # year the metadata lends an encyclopedia article (it has no date of its own),
                # nor to the year of the latest date the text names (a guess: written then or
                # after)
                since_then_span=own_date,
            )
            if mentions and text.lstrip("“\"‘' ")[:5].lower() == "today":
                words = [(t.text, t.tag_) for t in sent]
                if generic_today(words):  # "Today, satellites serve farmers": nowadays
                    mentions = [m for m in mentions if m.mention.lower() != "today"]
            if any(m.mention == "today" and m.start > 0 for m in mentions):
                mentions = [m for m in mentions if not self._nowadays(sent, m)]
            for m in mentions:
                span = doc.char_span(
                    sent.start_char + m.start,
                    sent.start_char + m.end,
                    label=m.granularity,
                    kb_id=m.value,
                    alignment_mode="expand",
                )
                if span is None:
                    continue
                span._.sc_date_start = m.start_date
                span._.sc_date_end = m.end_date
                spans.append(span)
            new_anchor = last_absolute(mentions)
            recent = new_anchor is not None
            anchor = new_anchor or anchor
        doc.spans["dates"] = spans
        return doc

    @staticmethod
    def _nowadays(sent: Span, mention) -> bool:
        """Whether a mid-sentence "today" means "nowadays" (``generic_today_inside``)."""
        if mention.mention != "today" or mention.start == 0:
            return False
        words = [(t.text, t.tag_) for t in sent]
        index = next(
            (t.i - sent.start for t in sent if t.idx - sent.start_char == mention.start), None
        )
        return index is not None and generic_today_inside(words, index)

    @staticmethod
    def _narrated_anchor(doc: Doc, today: date) -> str | None:
        """The year of the latest date the document tells as past (``narrated_anchor``), not
        in a text that reads as an encyclopedia article (its dates are its subject's)."""
        if reads_as_reference(doc.text):
            return None
        sentences = [
            (part.text, _narrates_the_past(part))
            for s in doc.sents
            for part in _paragraphs(s)
            if _HAS_YEAR.search(part.text)
        ]
        return narrated_anchor(sentences, text=doc.text, find=find_dates, today=today)


_HAS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
#: A speaker's label opening a paragraph of a transcript ("Phoenix TV: ", "Senator Li: ").
_TURN = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z&][\w.'’-]*){0,4}:\s")


def _opens_a_turn(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` is the first of a speaker's turn in a transcript:
    its paragraph opens with a speaker's label and only the label comes before it. A briefing's
    new question ("Phoenix TV: Several nationals were hurt on Sunday.") does not tell the story
    of the answer before it ("... the agreement they signed in 2025."), so that year is not the
    time its weekday is told at."""
    line = text.rfind("\n", 0, start) + 1
    label = _TURN.match(text, line)
    if label is None:
        return False
    return start <= label.end() or not text[label.end() : start].strip()


def _paragraphs(sent: Span) -> list[Span]:
    """The parts of a sentence span between blank lines: a span the splitter ran across a
    paragraph break ("The crew will rest.\n\nThe probe landed in May 2024.") holds two
    sentences, and the modal of one must not hide the other's past tense."""
    parts, start = [], sent.start
    for t in sent:
        if t.is_space and t.text.count("\n") >= 2:
            if t.i > start:
                parts.append(sent.doc[start : t.i])
            start = t.i + 1
    if start < sent.end:
        parts.append(sent.doc[start : sent.end])
    return parts


def _narrates_the_past(sent: Span) -> bool:
    """Whether a sentence tells of the past only ("Over the next two years, the station
    grew"): a past-tense verb and no modal or present-tense one (tagger's tags)."""
    tags = {t.tag_ for t in sent}
    return "VBD" in tags and not tags & {"MD", "VBZ", "VBP"}
