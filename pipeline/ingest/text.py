"""Plain text (.txt) and Markdown (.md) ingestion.

Plain text has no markup, so structure is inferred from layout: blank lines separate paragraphs,
lines wrapped at a fixed width are re-flowed (:func:`pipeline.ingest.textclean.split_paragraphs`), a
short line standing on its own is a heading, and the page furniture of a publisher's article
page copied as text is recognised by :mod:`pipeline.ingest.publisher`. Markdown is read with
its own block rules (CommonMark's ATX and Setext headings, lists, fences, tables) and inline
markup reduced to text.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import replace

from pipeline.document import Metadata, ParsedText
from pipeline.ingest.credits import credit_lines
from pipeline.ingest.decoding import decode_text as decode_text  # re-exported
from pipeline.ingest.decoding import prepare_text
from pipeline.ingest.mdinline import md_inline as md_inline  # re-exported
from pipeline.ingest.mdmasthead import masthead_title
from pipeline.ingest.minutes import is_attendance_heading
from pipeline.ingest.pagebreaks import numbered_page_heads
from pipeline.ingest.publisher import (
    BlockBuilder,
    Kind,
    bare_doi,
    date_field,
    dateline_year,
    head_date_line,
    is_caption,
    is_date_line,
    is_doi_line,
    is_end_mark,
    is_issuing_line,
    is_label_alone,
    is_signature_line,
    is_speaker_turn,
    looks_like_heading,
    match_key,
    read_front_matter,
    read_key_value_block,
    section_kind,
    speaker_label,
    split_signature_block,
    year_of,
)
from pipeline.ingest.roster import is_roster
from pipeline.ingest.speaker_lines import SpeakerLines
from pipeline.ingest.textclean import (
    Paragraph,
    split_paragraphs,
)
from pipeline.ingest.textmarks import (
    HASH_HEADING,
    capitals_only,
    instrument_title,
    underlined_titles,
)
from pipeline.ingest.textpages import running_lines
from pipeline.ingest.textrows import LIST_ITEM as _LIST_ITEM
from pipeline.ingest.textrows import bar_table_rows, rejoin_cut_sentences
from pipeline.ingest.turn_labels import turn_labels
from pipeline.ingest.yaml_front import yaml_front_matter


def _blank_out(lines: list[str], upto: int) -> str:
    """The text with its first ``upto`` lines emptied (offsets of the rest are unchanged)."""
    return "\n".join([" " * len(line) for line in lines[:upto]] + lines[upto:])


def fallback_year(meta: Metadata, texts: list[str]) -> None:
    """Year from a date line or a news dateline near the top, else from the DOI."""
    if meta.year:
        return
    for text in texts[:40]:
        if is_date_line(date_field(text)):
            meta.year = year_of(date_field(text))
            return
    for text in texts[:5]:
        year = dateline_year(text)
        if year:
            meta.year = year
            return
    m = re.search(r"[./](19|20)(\d\d)[./]", meta.doi)
    if m:
        meta.year = int(m.group(1) + m.group(2))


def _merge(into: Metadata, extra: Metadata) -> None:
    """Copy the fields that ``extra`` has into ``into`` (explicit metadata wins)."""
    for name in ("title", "journal", "year", "doi"):
        value = getattr(extra, name)
        if value:
            setattr(into, name, value)
    if extra.authors:
        into.authors = list(extra.authors)


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*\d{0,3}$")
_NUMBERED_ITEM = re.compile(r"^\s*\(?(\d{1,2}|[a-z])[.)]\s+\S")


def is_numbered_item(text: str) -> bool:
    """'1. The parties ...', '(a) Each party ...', 'iv) ...': a numbered or lettered line."""
    return bool(_NUMBERED_ITEM.match(text))


def _is_list_item(paras: list[Paragraph], i: int) -> bool:
    """A bullet, or a numbered line with a numbered neighbour ("1. Introduction" alone is a
    heading; "1. ..." followed by "2. ..." is a list)."""
    text = paras[i].text
    if not _LIST_ITEM.match(text):
        return False
    if not _NUMBERED_ITEM.match(text):
        return True
    return any(0 <= j < len(paras) and _NUMBERED_ITEM.match(paras[j].text) for j in (i - 1, i + 1))


#: How many one-line items a list introduced by a colon may hold before a line is judged alone.
_COLON_LIST_ITEMS = 12


#: A line that ends with an initialism's period ("... ambassador to the U.S."), not a sentence's.
_INITIALISM_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _in_colon_list(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` is an item of a list that a paragraph ending with a colon
    introduces ("Also taking part were:" and then one name and role per line): the items before
    it are single lines without sentence punctuation (an initialism's period is none: "...,
    ambassador to the U.S."), and the paragraph above them ends with ":"."""
    for j in range(i - 1, max(i - 1 - _COLON_LIST_ITEMS, -1), -1):
        text = paras[j].text.rstrip()
        if text.endswith(":"):
            return True
        if paras[j].lines != 1 or len(text) > 200:
            return False
        if _SENTENCE_END.search(text) and not _INITIALISM_END.search(text):
            return False
    return False


def _capitals_line(text: str) -> bool:
    """A line all in capitals, mostly letters (a time stamp is none: "2:09 P.M. EST"), with no
    sentence end."""
    text = text.rstrip()
    return (
        len(text) <= 200
        and capitals_only(text)
        and sum(c.isalpha() for c in text) >= 0.7 * len(text.replace(" ", ""))
        and not _SENTENCE_END.search(text)
    )


def _capitals_title(paras: list[Paragraph], i: int) -> bool:
    """A paragraph of one to three lines all in capitals with no sentence end, blank lines
    around it (a title block's lines, "STATEMENT OF ..." over a witness's testimony): a heading
    wherever it stands. Not a speaker's turn, a list item, a signature's name line, or an
    instrument's lead-in naming the body that acts, which ends in a comma and is the subject of
    the paragraphs under it ("THE COUNCIL OF THE EUROPEAN UNION,")."""
    p = paras[i]
    text = p.text.rstrip()
    return (
        p.lines <= 3
        and not text.endswith(",")
        and p.blank_before
        and p.blank_after
        and _capitals_line(text)
        and not is_speaker_turn(text)
        and not _is_list_item(paras, i)
        and not is_signature_line(text)
    )


def _title_line(text: str, *, open_end: bool = False) -> bool:
    """A line of a title in capitals, or a linking word set on its own line in one ("AND").
    ``open_end``: the line may end with a colon, as a title's main part does over its
    subtitle ("HOLDING THE HIGH GROUND ON THE MOON:" / "U.S. LEADERSHIP, ...")."""
    if open_end:
        text = text.rstrip().removesuffix(":")
    return _capitals_line(text) or text.strip() in {"AND", "OF", "ON", "BY", "FOR", "&"}


def _join_capitals_titles(paras: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs with a title in capitals that runs on to the next line(s) (centred, so that
    each line stands as a paragraph of its own: "STATEMENT OF JANE ROE, DIRECTOR," over
    "EXAMPLE SPACE OFFICE") joined into one: a run of at most three lines in capitals with
    blank lines around it and none inside. (A longer run, such as the addressees of a
    memorandum one per line, stays as it is.)"""
    out: list[Paragraph] = []
    i = 0
    while i < len(paras):
        j = i + 1
        # at the head of the text, a title's lines may run on past a colon into its subtitle
        head = i == 0
        while (
            j < len(paras)
            and not paras[j].blank_before
            and _title_line(paras[j].text, open_end=head)
        ):
            j += 1
        run = paras[i:j]
        if (
            j - i > 1
            and (run[0].blank_before or i == 0)
            and run[-1].blank_after
            # an instrument's title set over more lines at the head ("MEMORANDUM OF
            # UNDERSTANDING" / "BETWEEN" / "THE KOREA AEROSPACE ADMINISTRATION" / "AND" ...)
            and (
                sum(p.lines for p in run) <= 3
                or (i == 0 and instrument_title(" ".join(p.text for p in run)))
            )
            and all(_title_line(p.text, open_end=head and p is not run[-1]) for p in run)
        ):
            text = " ".join(p.text for p in run)
            out.append(
                replace(run[0], text=text, lines=sum(p.lines for p in run), blank_after=True)
            )
        else:
            out.extend(run)
        i = j
    return out


def is_heading_at(paras: list[Paragraph], i: int) -> bool:
    """Whether paragraph ``i`` is a heading, judging its text and the layout around it.

    A heading is one line that reads as a heading (:func:`looks_like_heading`) and either stands
    alone between blank lines, or stands between paragraphs: the one before ends a sentence and
    the one after is longer prose.
    """
    p = paras[i]
    if len(paras) == 1:  # a heading heads something: a file of one line is that line's prose
        return False
    if _capitals_title(paras, i):
        return True
    if p.lines != 1 or len(p.text) > 200:
        return False
    if _is_list_item(paras, i) or not looks_like_heading(p.text):
        return False
    if is_speaker_turn(p.text) and not capitals_only(p.text):
        return False
    if is_caption(p.text):  # "Figure 2-B) 2006-2011": a figure's caption, not a section
        return False
    if _in_colon_list(paras, i):
        return False
    if p.alone:
        return True
    prev = paras[i - 1] if i > 0 else None
    nxt = paras[i + 1] if i + 1 < len(paras) else None
    before_ok = p.blank_before or prev is None or bool(_SENTENCE_END.search(prev.text))
    after_ok = p.blank_after or (
        nxt is not None
        and not _LIST_ITEM.match(nxt.text)
        and len(nxt.text) > 2 * len(p.text)
        and nxt.text[:1].isupper()
    )
    return before_ok and after_ok


#: Signs that a .txt file is Markdown (a pandoc or HTML-to-text conversion): inline links,
#: strong emphasis, bold or italic lines.
_MARKDOWN_SIGNS = re.compile(
    r"\[[^\]\n]{1,200}\]\((?:https?:|/|#)|\*\*(?=\S)[^*\n]{1,200}\*\*|^\s*[-*+]\s{1,4}\*\*", re.M
)
#: A paragraph that is all emphasis and no sentence: a heading ("***Partnerships***").
_EMPHASIS_HEADING = re.compile(r"^(\*{1,3}|_{2,3})(?=\S)([^*_]{1,200}?)(?<=[^\s.])\1$")


#: A wiki section marker standing on its own line: "== History ==", "=== Orbiters ===".
_WIKI_HEADING = re.compile(r"^(={2,6})\s*(\S.*?)\s*\1$")


def looks_like_markdown(text: str) -> bool:
    """Whether plain text carries Markdown inline markup (at least three signs)."""
    return sum(1 for _ in zip(range(3), _MARKDOWN_SIGNS.finditer(text), strict=False)) >= 3


def split_emphasis_titles(text: str, paras: list[Paragraph]) -> list[Paragraph]:
    """``paras`` with a first line that is all emphasis ("**Defence Cooperation**") split from
    the lines under it when the next line starts a sentence: a heading with its text right
    under it, which a wrapped paragraph would swallow. A label that ends with a colon
    ("**Relays:**") is not a title (as :func:`_is_title_line` has it): it runs into its
    sentence. ``text``: the text the paragraphs' offsets point into."""
    out: list[Paragraph] = []
    for p in paras:
        first = text[p.offset :].split("\n", 1)[0].strip()
        rest = p.text[len(first) :].lstrip()
        if (
            p.lines > 1
            and _EMPHASIS_HEADING.match(first)
            and not first.rstrip("*_").endswith(":")
            and p.text.startswith(first + " ")
            and rest[:1].isupper()
        ):
            second = text.index("\n", p.offset) + 1
            second += len(text[second:]) - len(text[second:].lstrip(" \t"))
            out.append(replace(p, text=first, lines=1, blank_after=False))
            out.append(replace(p, text=rest, offset=second, lines=p.lines - 1, blank_before=False))
        else:
            out.append(p)
    return out


def parse_plain(text: str, *, running: list[tuple[str, str]] = ()) -> ParsedText:
    """Blocks, sections, notes and metadata of a plain text (already decoded).

    Plain text that carries Markdown inline markup (a page converted to text) has it reduced
    to text (:func:`md_inline`), and a paragraph that is all emphasis is a heading.
    ``running``: the page furniture already taken out of ``text`` (:func:`running_lines`), as
    excluded rows.
    """
    lines = text.split("\n")
    explicit = Metadata()
    kv = read_key_value_block(lines)
    head: list[str] = []
    if kv:
        explicit, used = kv
        head = lines[:used]
        text = _blank_out(lines, used)
    text, underlined = underlined_titles(text)
    paras = _join_capitals_titles(rejoin_cut_sentences(split_paragraphs(text)))
    marked = {i for i, p in enumerate(paras) if p.offset in underlined and p.lines == 1}
    emphasis_headings: set[int] = set()
    if looks_like_markdown(text):
        paras = split_emphasis_titles(text, paras)
        for i, p in enumerate(paras):
            if _EMPHASIS_HEADING.match(p.text):
                emphasis_headings.add(i)
            p.text = md_inline(p.text)
    texts = [p.text for p in paras]
    # A file of one paragraph is that paragraph's prose, not a title with nothing under it.
    front = read_front_matter(
        texts if len(paras) > 1 else [], layout=[(p.lines, p.blank_before) for p in paras]
    )
    meta = front.metadata
    _merge(meta, explicit)
    fallback_year(meta, texts)
    meta.date_line = meta.date_line or head_date_line(texts)

    builder = BlockBuilder(
        metadata=meta, drop_lines=set(front.journal_lines), turn_labels=turn_labels(texts)
    )
    builder.exclude("front_matter", "\n".join(head))
    for kind, line in running:
        builder.exclude(kind, line)
    add_paragraphs(
        builder,
        paras,
        skip=front.consumed,
        emphasis=emphasis_headings,
        marked=marked,
        credits=credit_lines([md_inline(line) for line in text.split("\n")]),
    )
    return builder.result()


def add_paragraphs(
    builder: BlockBuilder,
    paras: list[Paragraph],
    *,
    skip: Container[int] = (),
    emphasis: Container[int] = (),
    marked: Container[int] = (),
    offsets: bool = True,
    credits: Container[str] = (),
) -> None:
    """Feed plain-text paragraphs to ``builder`` as headings, list items or paragraphs, by the
    plain-text layout rules (also used for HTML text laid out in lines: ``<pre>`` and
    paragraphs broken with ``<br>``). ``skip``: indexes read as front matter (excluded);
    ``emphasis``: indexes that are all emphasis (Markdown headings); ``marked``: indexes of
    titles the text marks as such (:func:`underlined_titles`); ``offsets``: whether the
    paragraphs' offsets are offsets in the source file; ``credits``: the image credits left
    alone on their lines (:func:`~pipeline.ingest.credits.credit_lines`), caption rows."""
    table_rows = bar_table_rows(paras)
    speakers = SpeakerLines()
    turn = False  # the paragraph before was a speaker line: this one is speech, no heading
    speech = False  # in the lines of a turn set without a blank line under its label
    for i, p in enumerate(paras):
        turn, after_speaker = False, turn
        # A minutes' turn that sets each sentence on a line of its own under the label ("○
        # KIM Do-hyun Member: ..." then "  Do you agree?"): those lines are speech, no headings.
        continued = speech and not p.blank_before
        opens = bool(speaker_label(p.text) or builder.turn_labels.label(p.text))
        speech = continued or (p.blank_before and opens)
        if p.lines == 1 and p.text.strip() in credits:
            builder.exclude("caption", p.text.strip())  # "NASA" where a picture stood
        elif i in skip:
            builder.exclude("front_matter", p.text)
        elif i in table_rows:
            builder.exclude("table", p.text)  # "2021 | 5 | 2 | 0": a row of a table in bars
        elif is_end_mark(p.text):
            builder.end_of_body(p.text)
        elif is_roster(p.text):
            builder.exclude("front_matter", p.text)  # a hearing's roster: "JANE ROE, Texas"
        elif i not in emphasis and i not in marked and speakers.at(paras, i):
            builder.speaker_line(p.text, heading=is_heading_at(paras, i))  # "Dr Roe (Kew) (Lab)"
            turn = True
        elif after_speaker:
            builder.paragraph(p.text, offset=p.offset if offsets else None)
        elif continued:
            offset = p.offset if offsets else None
            builder.paragraph(p.text, offset=offset, list_item=_is_list_item(paras, i))
        elif p.lines == 1 and (is_label_alone(p.text) or builder.turn_labels.alone(p.text)):
            # "**Senator Okafor:**" alone over the speech: no heading, though it looks one
            builder.speaker_line(p.text, heading=i in emphasis or is_heading_at(paras, i))
        elif builder.turn_labels.label(p.text):
            # "Kyodo News: Will China join?": a turn, however short, is no heading
            builder.paragraph(p.text, offset=p.offset if offsets else None)
        elif wiki := _WIKI_HEADING.match(p.text):
            builder.heading(wiki.group(2), explicit=True)
        elif i in marked:
            builder.heading(p.text, explicit=True)
        elif p.lines == 1 and (hashes := HASH_HEADING.match(p.text)):
            builder.heading(hashes["title"], explicit=True)
        elif (
            i in emphasis
            or (len(p.text) < 120 and section_kind(p.text) is not Kind.BODY)
            or (p.lines == 1 and is_attendance_heading(p.text))  # "Members present (6)"
            or is_heading_at(paras, i)
        ):
            builder.heading(p.text, explicit=False)
        else:
            offset = p.offset if offsets else None
            builder.paragraph(p.text, offset=offset, list_item=_is_list_item(paras, i))


def ingest_txt(data: bytes) -> ParsedText:
    """Ingest a plain-text file (any common encoding; wrapped or one line per paragraph; with
    page breaks, whose running headers and footers are set aside)."""
    text, running = running_lines(prepare_text(data, keep_pages=True))
    text, breaks = numbered_page_heads(text)  # "12" / "HEARING ON ..." with no form feed
    return parse_plain(text, running=running + breaks)


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_HR = re.compile(r"^ {0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_LIST = re.compile(r"^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(.*)$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FOOTNOTE_DEF = re.compile(r"^ {0,3}\[\^([^\]]+)\]:\s*(.*)$")
_LINK_DEF = re.compile(r"^ {0,3}\[[^\]^][^\]]*\]:\s*\S+")
_EMPTY_QUOTE = re.compile(r"^\s*(?:>\s*)+$")
_IMAGE_ONLY = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")

#: An enumerated clause starting a line inside a paragraph ("    (ii) the functions of ..."):
#: a legal text converted to Markdown lists its clauses this way, one per line.
_CLAUSE = re.compile(r"^\s*(\((?:[ivxlc]{1,6}|[a-zA-Z]|\d{1,3})\))\s+(\S.*)$")


_SENTENCE_CLOSERS = frozenset('.!?:”’")')
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)[^*_]+(?<=\S)\1\s*$")


def _is_title_line(line: str, following: str | None = None) -> bool:
    """Whether the first line of a Markdown paragraph is a title standing above its text: a
    short heading-like line (no sentence punctuation) followed by a line that starts a sentence
    (or by nothing, when it stands right under a heading)."""
    line = md_inline(line).strip()
    if re.search(r"[.,;:!?]$", line) or not looks_like_heading(line):
        return False
    if following is None:
        return True
    following = md_inline(following).strip()
    return bool(re.match(r"[A-Z(]", following)) and len(following) > 2 * len(line)


def parse_markdown(text: str) -> ParsedText:
    """Blocks, sections, notes and metadata of a Markdown document (already decoded)."""
    lines = text.split("\n")
    explicit = Metadata()
    head = yaml_front_matter(lines) or read_key_value_block(lines)
    front_lines: list[str] = []
    if head:
        explicit, used = head
        front_lines = lines[:used]
        lines = [" " * len(line) for line in lines[:used]] + lines[used:]
    title_at = masthead_title(lines)  # the "# Title" under a page's banner, menu, breadcrumb
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1

    meta = Metadata()
    _merge(meta, explicit)
    builder = BlockBuilder(metadata=meta)
    builder.exclude("front_matter", "\n".join(front_lines))
    para: list[str] = []
    para_start = 0
    para_is_item = False
    fence: str | None = None
    in_table = False
    note_label: str | None = None
    prose_seen = False
    after_heading = False  # no paragraph since the last heading
    texts: list[str] = []
    credits = credit_lines([md_inline(line) for line in lines])
    builder.turn_labels = turn_labels([md_inline(line).strip() for line in lines if line.strip()])

    def flush() -> None:
        nonlocal para, para_is_item, prose_seen, after_heading
        while para and not para_is_item and md_inline(para[0]).strip() in credits:
            # A picture's credit left where the picture stood, over its section's text
            builder.exclude("caption", md_inline(para.pop(0)).strip())
        if not para:
            para_is_item = False
            return
        alone = md_inline(para[0]).strip() if len(para) == 1 and not para_is_item else ""
        if alone and (is_label_alone(alone) or builder.turn_labels.alone(alone)):
            # "**Senator Okafor:**" alone over the speech: a speaker's label, no bold heading
            builder.paragraph(alone, offset=offsets[para_start])
            para, after_heading = [], False
            return
        signed = None if para_is_item else split_signature_block(para)
        if signed is not None:
            # A signature block on the lines under the last paragraph ("... person." /
            # "JANE Q. PUBLIC" / "THE WHITE HOUSE," / the date): one block per line, as in
            # plain text, so that the signature is recognised; a filing footer under it stays
            # one paragraph.
            para, lines, footer = signed
            flush()
            for line in [*lines, footer]:
                if line:
                    builder.paragraph(md_inline(line), offset=None)
            return
        closing = None
        if (
            len(para) > 1
            and not para_is_item
            and _BOLD_LINE.match(para[-1])
            and not _BOLD_LINE.match(para[-2])
            and para[-2].rstrip()[-1:] in _SENTENCE_CLOSERS
        ):
            # A bold line right under a paragraph's last sentence, with no blank line between
            # ("... batteries." / "**Lunar Module**"): the heading of what follows.
            closing, para = para[-1], para[:-1]
        if len(para) > 1 and not para_is_item and _is_title_line(para[0], para[1]):
            # "Establishment" on the line above the text of a section: a heading.
            builder.heading(md_inline(para[0]), explicit=False)
            para = para[1:]
        elif len(para) == 1 and not para_is_item and after_heading and _is_title_line(para[0]):
            # ... or on a line of its own right under a heading ("### Section 2." "Membership")
            line = md_inline(para[0]).strip()
            builder.heading(line, explicit=False)
            if is_issuing_line(line) or is_date_line(date_field(line)):
                # "*Signed at Rome on 9 September 2025*" under the title: it dates the text
                # (head_date_line reads no further than the first paragraph of prose, so a
                # newsletter's issue line under its "View this email" link still counts)
                texts.append(line)
            para = []
        if para and all(_BOLD_LINE.match(s) for s in para) and not para_is_item:
            # Lines that are all bold, as a title block ("**Title 3—The President**  ")
            for s in para:
                if prose_seen:
                    builder.heading(md_inline(s.strip()), explicit=False)
                    if is_date_line(date_field(md_inline(s.strip()))):
                        # a newsletter's issue line under its "View this email in your
                        # browser" link: head_date_line still reads it before the prose
                        texts.append(md_inline(s.strip()))
                else:
                    builder.exclude("front_matter", md_inline(s.strip()))
                    texts.append(md_inline(s.strip()))  # a date line of the head dates the text
            para = []
        if para:
            content = md_inline(" ".join(s.strip() for s in para))
            texts.append(content)
            if not prose_seen and not para_is_item and len(para) == 1 and is_date_line(content):
                # "February 2026" under a report's title and byline: its date line, front
                # matter as in plain text (head_date_line still reads it from ``texts``)
                builder.exclude("front_matter", content)
            elif builder.mode is Kind.BODY and not para_is_item and is_end_mark(content):
                builder.end_of_body(content)
            else:
                before = len(builder.blocks)
                builder.paragraph(content, offset=offsets[para_start], unmarked_item=para_is_item)
                prose_seen |= len(builder.blocks) > before
            after_heading = False
        para, para_is_item = [], False
        if closing is not None:
            builder.heading(md_inline(closing.strip()), explicit=False)
            after_heading = True

    def heading(level: int, raw: str, *, under_masthead: bool = False) -> None:
        nonlocal prose_seen, after_heading
        after_heading = True
        content = md_inline(raw).strip()
        if not content:
            return
        prose_seen &= not under_masthead  # the head starts again under a page's masthead
        if level == 1 and (under_masthead or not prose_seen and not builder.section):
            # The document's title (or a short form of it), not a section.
            k, t = match_key(content), match_key(meta.title)
            if not t or t.startswith(k) or k.startswith(t):
                meta.title = meta.title or content
                builder.exclude("front_matter", content)
                return
        builder.heading(content, explicit=True)

    for i, line in enumerate(lines):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            else:
                builder.exclude("other", line)
            continue
        m = _FENCE.match(line)
        if m:
            flush()
            fence = m.group(1)[0] * 3
            builder.exclude("other", line.strip().lstrip("`~"))  # the info string ("python")
            continue
        if not line.strip():
            flush()
            in_table = False
            note_label = None
            continue
        if _EMPTY_QUOTE.match(line):
            flush()  # an empty line of a block quote parts its paragraphs
            continue
        if (
            in_table
            or line.lstrip().startswith("|")
            or ("|" in line and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]))
        ):
            flush()
            in_table = True
            if not _TABLE_SEP.match(line):
                builder.exclude("table", md_inline(line.replace("|", " ")))
            continue
        m = _FOOTNOTE_DEF.match(line)
        if m:
            flush()
            note_label = m.group(1)
            builder.add_note(note_label, md_inline(m.group(2)))
            continue
        if note_label is not None and line.startswith(("    ", "\t", "  ")):
            if builder.notes:
                builder.notes[-1].text += " " + md_inline(line.strip())
                builder.exclude("footnote", md_inline(line.strip()))
            continue
        if _LINK_DEF.match(line) or _IMAGE_ONLY.match(line):
            flush()
            alt = re.match(r"^\s*!\[([^\]]*)\]", line)
            builder.exclude("caption" if alt else "other", alt.group(1) if alt else line)
            continue
        m = _ATX.match(line)
        if m:
            flush()
            heading(len(m.group(1)), m.group(2) or "", under_masthead=i == title_at)
            continue
        if para and not para_is_item and _SETEXT.match(line) and len(para) == 1:
            level = 1 if line.strip().startswith("=") else 2
            raw, para = para[0], []
            heading(level, raw, under_masthead=i - 1 == title_at)
            continue
        if _HR.match(line):
            flush()
            continue
        m = _MD_LIST.match(line) or (_CLAUSE.match(line) if para else None)
        if m:
            flush()
            if m.re is _CLAUSE:
                builder.exclude("other", m.group(1))  # the clause label
            para, para_start, para_is_item = [m.group(2)], i, True
            continue
        if not para and (line.startswith("    ") or line.startswith("\t")):
            builder.exclude("other", line)  # indented code block
            continue
        stripped = re.sub(r"^\s*(>\s?)+", "", line)
        if not para:
            para_start = i
        para.append(stripped)
    flush()

    if not meta.doi:
        for t in texts[:40]:
            if is_doi_line(t) or re.match(r"^doi\b", t, re.IGNORECASE):
                meta.doi = bare_doi(t)
                break
    fallback_year(meta, texts)
    meta.date_line = meta.date_line or head_date_line(texts)
    return builder.result()


def ingest_md(data: bytes) -> ParsedText:
    """Ingest a Markdown file."""
    return parse_markdown(prepare_text(data))
