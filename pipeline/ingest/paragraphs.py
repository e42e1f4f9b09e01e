"""Paragraphs of plain text: blank lines, lines wrapped at a fixed width re-flowed, words broken
at a line end rejoined (:func:`split_paragraphs`)."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass

from pipeline.ingest.hyphenation import rejoin_hyphenated

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*")
#: The start of a list item: a bullet, a number or letter label ("1.", "a)", "(iv)").
LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪◦–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([A-Z]\)|\([ivx]+\))\s+\S")
_SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*\d{0,3}$")
_URL_START = re.compile(r"(https?://|www\.|doi:)", re.IGNORECASE)


def known_words(text: str) -> set[str]:
    """Lower-cased words (hyphenated ones too) of a text: evidence for :func:`rejoin_hyphenated`."""
    return {w.lower().strip("-'’") for w in _WORD.findall(text)}


def join_lines(
    lines: Iterable[str], *, known: Iterable[str] = (), lexicon: Container[str] = frozenset()
) -> str:
    """Join the lines of one paragraph with spaces, rejoining words broken at a line end
    (``known`` and ``lexicon`` as :func:`rejoin_hyphenated` takes them)."""
    known = known if isinstance(known, set | frozenset) else set(known)
    pieces: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if pieces:
            last = pieces[-1]
            head, _, tail = last.rpartition(" ")
            if tail.endswith("-") and len(tail) > 1 and tail[-2].isalpha() and line[0].isalpha():
                first, sep, rest = line.partition(" ")
                word = rejoin_hyphenated(tail, first, known=known, lexicon=lexicon)
                pieces[-1] = (head + " " if head else "") + word
                line = rest
                if not rest:
                    continue
        pieces.append(line)
    return " ".join(pieces)


@dataclass(slots=True)
class Paragraph:
    """A paragraph found by :func:`split_paragraphs`.

    ``blank_before`` / ``blank_after`` say whether a blank line (or the text's start or end)
    separates it from its neighbours; a single line with blank lines around it is where
    headings stand in plain text.
    """

    text: str
    offset: int
    lines: int
    blank_before: bool
    blank_after: bool

    @property
    def alone(self) -> bool:
        """A single line with blank lines (or the text's ends) on both sides."""
        return self.lines == 1 and self.blank_before and self.blank_after


def wrap_width(lines: list[str]) -> int | None:
    """The fixed width a text was wrapped at, or ``None`` if its lines are not wrapped.

    Only lines followed by another line of the same paragraph count (a paragraph's last line
    is short by nature). The text is wrapped when many of them (at least three, and 40%;
    headings and list items make up the rest) end near the same column, few run past it, and
    that column is a plausible page width (30 to 160 characters); the width is the longest such
    line after discarding the longest tenth as outliers.
    """
    indents = sorted(_indent(line) for line in lines if line.strip())
    base = indents[len(indents) // 4] if indents else 0
    inner = [
        len(lines[i].rstrip())
        for i in range(len(lines) - 1)
        # A line holding a URL is as long as the URL, whatever the width (a wrapper cannot cut
        # it); a line centred on the page (a title block's lines, far deeper than the text's
        # indent) and a contents line with a dot leader run to the page's edge, not the text's.
        if lines[i].strip()
        and lines[i + 1].strip()
        and "://" not in lines[i]
        and _indent(lines[i]) <= base + _CENTRED_INDENT
        and not _DOT_LEADER.search(lines[i])
    ]
    if len(inner) < 3:
        return None
    inner.sort()
    p90 = inner[min(len(inner) - 1, int(len(inner) * 0.9))]
    width = max(n for n in inner if n <= p90 * 1.1)
    if width > 160 or width < 30:
        return None
    near = sum(1 for n in inner if width * 0.7 <= n <= width)
    overlong = sum(1 for n in inner if n > width * 1.25)
    if near >= 3 and near >= 0.4 * len(inner) and overlong <= 0.1 * len(inner):
        return width
    return None


#: How much deeper than the text's usual indent a line starts when it is centred, not indented.
_CENTRED_INDENT = 8
#: A contents line's leader of dots to its page number ("Introduction ........ 3").
_DOT_LEADER = re.compile(r"\.{4,}|(?:\. ){4,}")


def _first_word_len(line: str) -> int:
    return len(line.split(None, 1)[0]) if line.strip() else 0


#: ``split_paragraphs(width=JUDGE)``: judge from the text itself whether it is wrapped.
JUDGE = -1


def split_paragraphs(text: str, *, width: int | None = JUDGE) -> list[Paragraph]:
    """Split plain text into paragraphs and re-flow lines wrapped at a fixed width.

    Blank lines always separate paragraphs. Inside a run of non-blank lines:

    * wrapped text (see :func:`wrap_width`; a run of lines whose non-final lines are of similar
      length counts as wrapped on its own): a line ends its paragraph when the first word of
      the next line would have fitted on it (the break was deliberate: a heading, the end of a
      paragraph), when the next line is a list item or is indented deeper than the paragraph's
      first line (not after a line ending on a function word: "... Science, and" over a
      centred "Transportation"); otherwise the lines are one paragraph (the greedy line-filling rule of
      fixed-width wrappers such as ``fmt`` and Python's ``textwrap``, run backwards);
    * unwrapped text (one line per paragraph): every line is a paragraph, except that a line
      not ending a sentence continues into a next line starting in lower case.

    Words broken at line ends are rejoined with :func:`rejoin_hyphenated`, using the text's own
    vocabulary as evidence. ``width``: the wrap width when the caller knows it from a larger
    text (``None``: not wrapped); by default it is judged from ``text``.
    """
    lines = text.split("\n")
    judge = width == JUDGE
    width = wrap_width(lines) if judge else width
    known = known_words(text)
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1

    groups: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            groups[-1].append(i)
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    # Paragraphs separated by blank lines: inside a run of wrapped lines, a line that does not
    # end a sentence never ends a paragraph (a wrapper breaks early before a long word or link).
    by_blank = width is not None and _blank_separated(lines, groups, width)

    first_indent = _first_line_indent(lines, groups)
    paragraphs: list[Paragraph] = []
    for group in groups:
        group_width = width or (_group_width([lines[i] for i in group]) if judge else None)
        current = [group[0]]
        for i in group[1:]:
            prev = lines[current[-1]]
            if first_indent is not None and _indent(lines[i]) == first_indent:
                # a text whose paragraphs indent their first line: this line starts one
                paragraphs.append(_paragraph(lines, offsets, current, known))
                current = [i]
                continue
            # ... but a short first line is a heading standing on the text ("1. Introduction").
            heading = len(current) == 1 and width is not None and _short_title(prev, width)
            if (
                by_blank
                and not heading
                and not _SENTENCE_END.search(prev.rstrip())
                and not LIST_ITEM.match(lines[i])
            ) and not _deeper(lines[i], lines[current[0]], prev):
                current.append(i)
                continue
            if _breaks_between(prev, lines[i], lines[current[0]], group_width):
                paragraphs.append(_paragraph(lines, offsets, current, known))
                current = []
            current.append(i)
        paragraphs.append(_paragraph(lines, offsets, current, known))
    return paragraphs


def _first_line_indent(lines: list[str], groups: list[list[int]]) -> int | None:
    """The indent of a paragraph's first line in a text that marks its paragraphs so (a hearing
    record, a typed manuscript: each paragraph's first line indented, the lines under it not),
    or ``None``. Such a text has runs of lines where a line indented by the same two to eight
    columns is followed by a line of the text's usual indent, many times (at least three, and
    more often than such a line is followed by one indented like it)."""
    indents = sorted(_indent(line) for line in lines if line.strip())
    if not indents:
        return None
    base = indents[len(indents) // 4]  # continuation lines are most lines of a paragraph
    starts: dict[int, int] = {}
    repeats: dict[int, int] = {}
    for group in groups:
        for a, b in zip(group, group[1:], strict=False):
            ia, ib = _indent(lines[a]), _indent(lines[b])
            if not 2 <= ia - base <= 8:
                continue
            if ib == base:
                starts[ia] = starts.get(ia, 0) + 1
            elif ib == ia:
                repeats[ia] = repeats.get(ia, 0) + 1
    if not starts:
        return None
    indent, count = max(starts.items(), key=lambda kv: kv[1])
    return indent if count >= 3 and count > 2 * repeats.get(indent, 0) else None


def _blank_separated(lines: list[str], groups: list[list[int]], width: int) -> bool:
    """Whether a wrapped text separates its paragraphs with blank lines: few of its line breaks
    inside a run of lines are deliberate (a sentence ends and the next word would have fitted),
    where a text with one paragraph per line break has one for every paragraph."""
    deliberate = 0
    for group in groups:
        for a, b in zip(group, group[1:], strict=False):
            prev, line = lines[a].rstrip(), lines[b]
            if LIST_ITEM.match(line) or not _SENTENCE_END.search(prev):
                continue
            if len(prev) + 1 + _first_word_len(line) <= width:
                deliberate += 1
    return len(groups) >= 3 and deliberate <= 0.2 * len(groups)


_FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with"]
)


def _short_title(line: str, width: int) -> bool:
    """A line well short of the width that reads as a title: no sentence inside, not ending
    on a function word."""
    text = re.sub(r"^(?:\d{1,2}\.)+\s+", "", line.strip())  # "1. Introduction"
    last = text.rsplit(None, 1)[-1].lower() if text else ""
    return len(text) <= 0.6 * width and ". " not in text and last not in _FUNCTION_WORDS


def _open_end(line: str) -> bool:
    """Whether a line ends on a function word ("... the Committee on Commerce, Science, and"):
    the phrase goes on into the next line however deep that is indented, as a hearing's cover
    centres the last word of a committee's name on a line of its own."""
    last = line.rsplit(None, 1)[-1].lower() if line.strip() else ""
    return last in _FUNCTION_WORDS


def _deeper(line: str, first: str, prev: str) -> bool:
    """Whether ``line`` is indented deeper than its paragraph (a quotation, a sub-item), the
    hanging indent of a list item's continuation lines excepted."""
    m = LIST_ITEM.match(first)
    hanging = len(m.group(0)) - 1 if m else 0
    return _indent(line) > max(_indent(first) + 1, hanging) and _indent(line) > _indent(prev)


def _group_width(group: list[str]) -> int | None:
    """The width of one run of lines that looks wrapped by itself (a short text)."""
    inner = [len(line.rstrip()) for line in group[:-1]]
    if not inner:
        return None
    widest = max(inner)
    if not 40 <= widest <= 160 or min(inner) < 0.75 * widest:
        return None
    return max(widest, len(group[-1].rstrip()))


def _paragraph(lines: list[str], offsets: list[int], idx: list[int], known: set[str]) -> Paragraph:
    first, last = idx[0], idx[-1]
    indent = len(lines[first]) - len(lines[first].lstrip())
    return Paragraph(
        text=join_lines((lines[i] for i in idx), known=known),
        offset=offsets[first] + indent,
        lines=len(idx),
        blank_before=first == 0 or not lines[first - 1].strip(),
        blank_after=last == len(lines) - 1 or not lines[last + 1].strip(),
    )


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _breaks_between(prev: str, line: str, first: str, width: int | None) -> bool:
    if LIST_ITEM.match(line):
        return True
    stripped = prev.rstrip()
    if width is None:
        # One line per paragraph; a long line cut mid-sentence continues on a line starting in
        # lower case (short lines such as "Cite" or "Under a Creative Commons license" followed
        # by "open access" or a URL are separate lines of a page, not a cut sentence).
        ends_sentence = bool(_SENTENCE_END.search(stripped))
        nxt = line.lstrip()
        continues = stripped.endswith("-") or (
            nxt[:1].islower() and len(stripped) >= 40 and not _URL_START.match(nxt)
        )
        return ends_sentence or not continues
    if _deeper(line, first, prev) and not _open_end(stripped):
        return True
    if len(stripped) > width * 1.25 and "://" not in stripped:
        return True  # an unwrapped one-line paragraph among wrapped ones (not a long URL)
    if re.search(r"[a-z]-$", stripped):
        return False  # a word broken across the lines
    if _runs_on(stripped, line):
        return False
    return len(stripped) + 1 + _first_word_len(line) <= width


def _runs_on(prev: str, line: str) -> bool:
    """Whether wrapped line ``prev`` goes on in ``line`` whatever the width: it ends no
    sentence and the next line starts in lower case ("... agreed trust" / "tiers. We ..."), or
    it ends on a function word ("... the United States and" / "China, which ...", "... in" /
    "2007 and ..."), or it ends a clause of four words or more on a colon and the next line
    starts in lower case ("... is concrete:" / "a seat on a mission ..."). A deliberate
    break (a heading, a paragraph's end) is never followed so; the width test alone misjudges
    a text whose width was read a few columns wide from its longer lines."""
    nxt = line.lstrip()
    if prev.endswith(":") and len(prev.split()) >= 4 and _runs_on_lower(nxt):
        # a sentence's colon and what it introduces in small letters ("... is concrete:" / "a
        # seat on a mission, ..."); a field's label ("Keywords:") is no sentence
        return True
    if not prev or _SENTENCE_END.search(prev):
        return False
    if _runs_on_lower(nxt):
        return True
    # a year or a figure after the function word ("... conducted by China in" / "2007 and by
    # Russia ...") goes on as a word does
    return prev.rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS and nxt[:1].isalnum()


def _runs_on_lower(nxt: str) -> bool:
    """Whether a line starts in lower case as the rest of a sentence does (not a URL, not a
    list item's label: "a) ...", "(iv) ...")."""
    return nxt[:1].islower() and not _URL_START.match(nxt) and not LIST_ITEM.match(nxt)


def reflow(text: str) -> str:
    """Re-flow wrapped plain text: one paragraph per line, paragraphs separated by a blank line."""
    return "\n\n".join(p.text for p in split_paragraphs(text))
