"""Text cleaning as a chain of small ``str -> str`` functions (as textacy's preprocessing).

Shared by every ingester. Each function is pure and tested with a table of cases in
``tests/test_textclean.py``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.data.resources import GAZETTEER_FILE, english_words
from pipeline.document import Block
from pipeline.ingest.hyphenation import rejoin_hyphenated

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def normalize_unicode(text: str) -> str:
    """Expand ligatures, drop soft hyphens and zero-width characters, NFC-normalise."""
    text = text.translate(_INVISIBLE)
    for lig, rep in _LIGATURES.items():
        text = text.replace(lig, rep)
    return unicodedata.normalize("NFC", text)


_WS = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    """Every run of whitespace (including newlines and NBSP) becomes one space; strip ends."""
    return _WS.sub(" ", text).strip()


def chain(*steps: Callable[[str], str]) -> Callable[[str], str]:
    """Compose ``str -> str`` steps left to right."""

    def run(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return run


# --------------------------------------------------------------------------------------------
# Footnote and citation markers
# --------------------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Names that take a glued number as part of the name ("Tianwen1", "Chang'e4"): never markers.
DESIGNATOR_STEMS = _wordset(
    """chang'e chang’e shenzhou tianzhou tianwen tiangong chandrayaan mangalyaan
    gaganyaan hayabusa artemis apollo soyuz luna lunokhod yutu queqiao falcon starship progress
    gemini voyager pioneer kosmos cosmos zond salyut mir landsat sentinel beidou glonass intelsat
    kaguya selene danuri slim aditya astra ariane vega angara proton electron tianhe wentian
    mengtian kuaizhou jielong"""
)
#: The shipped gazetteer: its names written with a glued number ("Canadarm2", "Inspiration4",
#: "Space42") keep that number.
_NAME_WITH_NUMBER = re.compile(
    r"(?<![\w’'])[A-Za-z’'\u00c0-\u024f]*[a-z\u00df-\u024f]\d{1,3}(?![\w’'])"
)


@lru_cache(maxsize=1)
def designator_names() -> frozenset[str]:
    """Lower-cased names of the gazetteer (actors, aliases, full names) that end in a glued
    number, such as ``canadarm2``: the number is part of the name, never a footnote marker."""
    names: set[str] = set()
    try:
        with GAZETTEER_FILE.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for column in ("actor", "aliases", "full_name"):
                    names.update(
                        w.lower() for w in _NAME_WITH_NUMBER.findall(row.get(column) or "")
                    )
    except OSError:  # a trimmed install without the gazetteer: only the stems below hold
        return frozenset()
    return frozenset(names)


#: Units written with a plain digit for the power ("km2", "m3"): the digit is not a marker.
_UNIT_STEMS = _wordset("km m cm mm ft mi nm co")
#: Abbreviations followed by a number ("No.3", "Art.4"): the number is not a marker.
_NUMBER_ABBREVIATIONS = _wordset("no nos vol vols art arts para paras sec fig figs p pp ch nr op")

_MARKER_LIST = r"\d{1,3}(?:[,–-]\d{1,3})*"
# A marker ends where a word would: space, closing punctuation, or a full stop not followed by a
# digit (so "Industry4.0" is not cut).
_MARKER_END = r"(?=[\s,;:!?)\]”’\"']|\.(?!\d)|$)"
# "society1 in", "partners3,4 and": digits glued to a lower-case word.
_GLUED_TO_WORD = re.compile(
    r"(?<![A-Za-z’'\u00c0-\u024f])(?P<word>[A-Za-z’'\u00c0-\u024f]*[a-z\u00df-\u024f])(?P<num>"
    + _MARKER_LIST
    + ")"
    + _MARKER_END
)
# "sharing.2 Beijing", "endeavour.27", "space,82 but", "power’.10 The": digits after punctuation
# that itself follows a word, a closing quote or bracket.
_AFTER_PUNCT = re.compile(
    r"(?<![A-Za-z\u00c0-\u024f])"
    r"(?P<before>(?P<word>[A-Za-z\u00c0-\u024f]+)?[A-Za-z\u00c0-\u024f%)\]”’\"])(?P<punct>[.,;:!?])"
    r"(?P<num>" + _MARKER_LIST + r")(?P<after>\s+(?P<next>\S)|$)"
)
# "June 2022,6 in", "March 2021.4 The": a year, then punctuation, then a short marker.
_AFTER_YEAR = re.compile(
    r"(?<![\d.,])(?P<year>(?:1[89]|20)\d\d)(?P<punct>[.,;:])(?P<num>\d{1,2}(?:[,–-]\d{1,2})*)"
    r"(?P<after>\s+(?P<next>\S)|$)"
)
# "(CNSA)3 announced", "power”12 and": digits glued to a closing bracket or quote.
_AFTER_CLOSER = re.compile(r"(?<=[A-Za-z0-9.][)\]”])(" + _MARKER_LIST + ")" + _MARKER_END)
_CLAUSE_LETTER = re.compile(r"[A-Z]|[IVX]{1,4}")
_SUPERSCRIPTS = re.compile(r"(?<!\w)(?P<word>\w*)(?P<sup>[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)")
_SUPERSCRIPT_CHAR = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
_LETTER_DIGIT = re.compile(r"[a-z\u00df-\u024f]\d")
_PUNCT_DIGIT = re.compile(r"[.,;:!?]\d")
_CLOSER_DIGIT = re.compile(r"[)\]”]\d")
#: A numeric citation in brackets ("[12]", "[3, 4]", "[5–7]"), or one LaTeX left unresolved
#: ("[?]", "[? ]", "[?, ?]"). Not an interval of mathematics: citations count from 1 ("[0, 1]"
#: is none), and a bracket after a relation or operator sign ("t ∈ [1, 2]") is an interval.
_BRACKET_CITATION = re.compile(
    r"(?<![∈∉=<>≤≥⊂⊆×+−*/^_])(?<![∈∉=<>≤≥⊂⊆×+−*/^_]\s)"
    r"\s?\[(?:(?!0)\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|\?\s*(?:,\s*\?\s*)*)\]"
)


def _glued_marker(m: re.Match[str]) -> str:
    word = m["word"]
    stem = word.lower()
    if stem in DESIGNATOR_STEMS or (stem in _UNIT_STEMS and m["num"] in {"2", "3"}):
        return m[0]
    if (stem + m["num"]) in designator_names():
        return m[0]
    # Short tokens with a number are identifiers ("a1", "x86", "mp3"), not words with a marker.
    letters = sum(c.isalpha() for c in word)
    if letters < 3:
        return m[0]
    return word


def _punct_marker(m: re.Match[str]) -> str:
    punct, nxt = m["punct"], m["next"]
    word = (m["word"] or "").lower()
    if punct == "." and word in _NUMBER_ABBREVIATIONS:
        return m[0]
    # A clause label: a lone capital letter or Roman numeral, a full stop and a number
    # ("Guideline A.1", "Section II.3"); "U.S.2" is an abbreviation with a marker.
    start = m.start()
    if (
        punct == "."
        and _CLAUSE_LETTER.fullmatch(m["before"])
        and (start == 0 or m.string[start - 1].isspace() or m.string[start - 1] in "([")
    ):
        return m[0]
    # After a full stop the marker ends a sentence: the next word starts a new one.
    if punct in ".!?" and nxt is not None and not (nxt[0].isupper() or nxt[0] in "‘“\"'(["):
        return m[0]
    return m["before"] + punct + (m["after"] or "")


def _year_marker(m: re.Match[str]) -> str:
    punct, nxt = m["punct"], m["next"]
    if punct == "." and nxt is not None and not (nxt[0].isupper() or nxt[0] in "‘“\"'"):
        return m[0]
    return m["year"] + punct + (m["after"] or "")


def _superscript_marker(m: re.Match[str]) -> str:
    if m["word"].lower() in _UNIT_STEMS and m["sup"] in {"\u00b2", "\u00b3"}:
        return m[0]
    return m["word"]


def strip_footnote_markers(text: str) -> str:
    """Remove footnote reference numbers glued to words or punctuation in flattened text.

    A publisher page or PDF flattened to text keeps the superscript footnote numbers as plain
    digits: "society1 in", "sharing.2 Beijing", "in June 2022,6 in", "endeavour.27",
    "space,82 but", "power’.10 The". Real numbers are left alone because they are preceded by a
    space or an upper-case letter ("in 2019", "G20", "Chang'e 4", "COVID-19", "3 months"), are
    part of a designator ("Tianwen1", "km2", "No.3") or are decimals ("2.5", "Industry4.0").
    Unicode superscript digits are removed too, except powers of units ("km²").
    """
    # Each rule runs only where its cheap trigger occurs: most paragraphs have no marker.
    if _SUPERSCRIPT_CHAR.search(text):
        text = _SUPERSCRIPTS.sub(_superscript_marker, text)
    if _LETTER_DIGIT.search(text):
        text = _GLUED_TO_WORD.sub(_glued_marker, text)
    if _PUNCT_DIGIT.search(text):
        text = _AFTER_PUNCT.sub(_punct_marker, text)
        text = _AFTER_YEAR.sub(_year_marker, text)
    if _CLOSER_DIGIT.search(text):
        text = _AFTER_CLOSER.sub("", text)
    return text


def strip_citation_brackets(text: str) -> str:
    """Remove numeric citation markers in brackets ("[12]", "[3, 4]", "[5–7]")."""
    return _BRACKET_CITATION.sub("", text)


_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:!?)\]](?:\s|$))")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[])\s+")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where :func:`strip_citation_brackets` cuts ``text`` (each marker with its space)."""
    return [m.span() for m in _BRACKET_CITATION.finditer(text)]


def tidy_punctuation_spacing(text: str) -> str:
    """Drop spaces left before closing punctuation once a marker was cut ("space [4]." -> "space.")."""
    return _SPACE_AFTER_OPEN.sub("", _SPACE_BEFORE_PUNCT.sub("", text))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def remove_control_chars(text: str) -> str:
    """Remove C0/C1 control characters except tab, newline, form feed and carriage return."""
    return _CONTROL.sub("", text)


_CONTROL_RUN = re.compile(
    r" *[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+(?: *[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+)* *"
)


def remove_block_control_chars(block: Block) -> Block:
    """``block`` without control characters (a maths font's glyph that a PDF maps to U+000F),
    the words around each run kept one space apart and its page breaks moved with the text.

    Every ingester's blocks pass through it: a control character is never text a reader can
    see, and it breaks the tools that read the CSV files."""
    if not _CONTROL.search(block.text):
        return block
    pieces: list[str] = []
    removed: list[tuple[int, int]] = []  # (offset in the old text, characters removed so far)
    pos = 0
    gone = 0
    text = block.text
    for m in _CONTROL_RUN.finditer(text):
        pieces.append(text[pos : m.start()])
        keep = " " if m.start() > 0 and m.end() < len(text) else ""
        gone += len(m[0]) - len(keep)
        pieces.append(keep)
        removed.append((m.end(), gone))
        pos = m.end()
    pieces.append(text[pos:])

    def moved(offset: int) -> int:
        shift = 0
        for end, total in removed:
            if end <= offset:
                shift = total
        return offset - shift

    breaks = tuple((moved(o), page) for o, page in block.page_breaks)
    return replace(block, text="".join(pieces).strip(), page_breaks=breaks)


_clean_block_chain = chain(
    normalize_unicode,
    remove_control_chars,
    collapse_whitespace,
    strip_footnote_markers,
    strip_citation_brackets,
    tidy_punctuation_spacing,
    collapse_whitespace,
)


@lru_cache(maxsize=256)  # ingesters test a paragraph as heading, then clean it as a block
def clean_block_text(text: str) -> str:
    """The cleaning every block of running text goes through, whatever its format:
    Unicode normalised, control characters removed, whitespace collapsed, footnote and numeric
    citation markers removed, spaces before punctuation tidied."""
    return _clean_block_chain(text)


# --------------------------------------------------------------------------------------------
# Paragraphs: re-flowing lines wrapped at a fixed width
# --------------------------------------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪◦–]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([A-Z]\)|\([ivx]+\))\s+\S")
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
    inner = [
        len(lines[i].rstrip())
        for i in range(len(lines) - 1)
        # A line holding a URL is as long as the URL, whatever the width (a wrapper cannot cut it).
        if lines[i].strip() and lines[i + 1].strip() and "://" not in lines[i]
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
      first line; otherwise the lines are one paragraph (the greedy line-filling rule of
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

    paragraphs: list[Paragraph] = []
    for group in groups:
        group_width = width or (_group_width([lines[i] for i in group]) if judge else None)
        current = [group[0]]
        for i in group[1:]:
            prev = lines[current[-1]]
            # ... but a short first line is a heading standing on the text ("1. Introduction").
            heading = len(current) == 1 and width is not None and _short_title(prev, width)
            if (
                by_blank
                and not heading
                and not _SENTENCE_END.search(prev.rstrip())
                and not _LIST_ITEM.match(lines[i])
            ) and not _deeper(lines[i], lines[current[0]], prev):
                current.append(i)
                continue
            if _breaks_between(prev, lines[i], lines[current[0]], group_width):
                paragraphs.append(_paragraph(lines, offsets, current, known))
                current = []
            current.append(i)
        paragraphs.append(_paragraph(lines, offsets, current, known))
    return paragraphs


def _blank_separated(lines: list[str], groups: list[list[int]], width: int) -> bool:
    """Whether a wrapped text separates its paragraphs with blank lines: few of its line breaks
    inside a run of lines are deliberate (a sentence ends and the next word would have fitted),
    where a text with one paragraph per line break has one for every paragraph."""
    deliberate = 0
    for group in groups:
        for a, b in zip(group, group[1:], strict=False):
            prev, line = lines[a].rstrip(), lines[b]
            if _LIST_ITEM.match(line) or not _SENTENCE_END.search(prev):
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


def _deeper(line: str, first: str, prev: str) -> bool:
    """Whether ``line`` is indented deeper than its paragraph (a quotation, a sub-item), the
    hanging indent of a list item's continuation lines excepted."""
    m = _LIST_ITEM.match(first)
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
    if _LIST_ITEM.match(line):
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
    if _deeper(line, first, prev):
        return True
    if len(stripped) > width * 1.25 and "://" not in stripped:
        return True  # an unwrapped one-line paragraph among wrapped ones (not a long URL)
    if re.search(r"[a-z]-$", stripped):
        return False  # a word broken across the lines
    return len(stripped) + 1 + _first_word_len(line) <= width


def reflow(text: str) -> str:
    """Re-flow wrapped plain text: one paragraph per line, paragraphs separated by a blank line."""
    return "\n\n".join(p.text for p in split_paragraphs(text))


# --------------------------------------------------------------------------------------------
# Blocks: a paragraph cut in two (at a page or column break, around a display equation)
# --------------------------------------------------------------------------------------------

#: A block that ends a sentence or a clause, or introduces a list: no continuation follows it.
_BLOCK_END = re.compile(r"(?:[.!?:;…—–][\"'”’)\]]*|;\s*(?:and|or))$")
#: A block that starts a sentence fragment: a lower-case word, perhaps after an opening
#: parenthesis (letters only, so not an e-mail address, a URL, a product name such as
#: "e.Inspector"; list labels such as "a)", "(iv)" are ruled out by ``_LIST_ITEM``).
_CONTINUATION_START = re.compile(
    r"^\(?[a-z\u00df-\u00ff][a-z\u00df-\u00ff'’-]+(?=[\s,;:)]|$)|^[a-z](?=[\s,;:)]|$)"
)


#: A block that ends on an abbreviation pointing to a numbered item ("... derivation of Eq.",
#: "... as shown in Refs."), after a few words of a sentence: the number follows.
_REFERENCE_END = re.compile(
    r"\S+\s+\S+\s+(?:Eqs?|Refs?|Figs?|Secs?|Sects?|Tabs?|Arts?|Chaps?|Thms?|Lems?|Nos?|pp?|"
    r"eqs?|refs?|figs?|secs?|sects?|tabs?|arts?|chaps?)\.$"
)
#: The start of a block that gives that number: "(4) describe ...", "[12] and ...", "3-5 for".
_REFERENCE_NUMBER = re.compile(r"^[(\[]?\d")


def continues_block(previous: str, text: str) -> bool:
    """Whether block ``text`` continues the sentence that block ``previous`` leaves unfinished:
    ``previous`` ends without a sentence end, a colon or semicolon, a dash, or the "; and" of a
    list item, and ``text`` starts with a lower-case word that is not a list label; or
    ``previous`` ends on an abbreviation such as "Eq." or "Ref." and ``text`` starts with the
    number it points to ("(4)", "[12]"). A paragraph the layout cut at a page or column break,
    or around a display equation, is one again."""
    previous = previous.rstrip()
    if not previous or not text:
        return False
    if _REFERENCE_END.search(previous) and _REFERENCE_NUMBER.match(text):
        return True
    if _BLOCK_END.search(previous):
        return False
    if not (previous[-1].isalnum() or previous[-1] in ",-)]"):
        return False
    return bool(_CONTINUATION_START.match(text)) and not _LIST_ITEM.match(text)


def merge_continued_blocks(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each block that :func:`continues_block` its predecessor (under the same
    section) joined to it, a word hyphenated across the cut rejoined (:func:`join_lines`).
    The joined block keeps the first one's page, section and source offset; the page on which
    the second part starts becomes a page break."""
    if len(blocks) < 2:
        return blocks
    # Evidence for rejoining a hyphenated word: the words of the document, less the first and
    # last word of each block (the two halves of a word cut at a block end are no evidence).
    known = known_words(" ".join(b.text.partition(" ")[2].rpartition(" ")[0] for b in blocks))
    out: list[Block] = [blocks[0]]
    for block in blocks[1:]:
        last = out[-1]
        if block.section != last.section or not continues_block(last.text, block.text):
            out.append(block)
            continue
        text = join_lines([last.text, block.text], known=known, lexicon=english_words())
        shift = len(text) - len(block.text)  # where the second part's text now starts (about)
        breaks = list(last.page_breaks)
        if block.page is not None and block.page != last.page_at(len(last.text)):
            breaks.append((max(shift, len(last.text)), block.page))
        breaks.extend((o + shift, p) for o, p in block.page_breaks)
        out[-1] = replace(last, text=text, page_breaks=tuple(breaks))
    return out
