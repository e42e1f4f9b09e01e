"""Footnote and citation markers left in flattened text: superscript numbers glued to words or
punctuation ("society1 in", "sharing.2 Beijing") and numeric citations in brackets ("[12]").

Part of the cleaning every block goes through (:func:`pipeline.ingest.textclean.clean_block_text`);
each function is pure and tested with a table of cases in ``tests/ingest/test_textclean.py``."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from pipeline.data.resources import GAZETTEER_FILE


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
    if m[0].lower() in superscript_names():
        return m[0]  # "IRIS²": the superscript is part of the programme's name
    return m["word"]


@lru_cache(maxsize=1)
def superscript_names() -> frozenset[str]:
    """Lower-cased words of the gazetteer's names that end in a superscript digit ("iris²"):
    there the superscript is part of the name, never a footnote marker."""
    names: set[str] = set()
    try:
        with GAZETTEER_FILE.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for column in ("actor", "aliases", "full_name"):
                    names.update(
                        w.lower() for w in _NAME_WITH_SUPERSCRIPT.findall(row[column] or "")
                    )
    except OSError:
        return frozenset()
    return frozenset(names)


_NAME_WITH_SUPERSCRIPT = re.compile(r"(?<!\w)\w+[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")


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


#: the words after which a bracketed citation is the noun the sentence names, not a marker
#: beside its words: a preposition ("as shown in [12]", "the method of [7]", "taken from
#: [9]"), "see" and "cf.", "Ref." / "Refs." ("in Ref. [4]") and the words that name an
#: example ("see, e.g., [4]", "for instance, [5]"). Cut, the sentence would lose its object
#: ("as discussed in.", "see."), so the bracket stays, and so do the brackets listed after
#: it ("in [3], [4] and [6]").
_NAMES_CITATION = re.compile(
    r"(?:^|[\s(])(?:in|of|by|from|to|with|within|following|via|see|cf\.|refs?\.|"
    r"e\.g\.,?|for (?:example|instance),)$",
    re.I,
)
#: "Ref." names the bracket even when set close to it ("Ref.[8]", as a tie in LaTeX prints)
_REF_NOUN = re.compile(r"(?:^|[\s(])refs?\.\s*$", re.I)
_LISTED_AFTER = re.compile(r"\s*(?:[,;\u2013-]|,?\s*(?:and|or))\s*")
#: What parts two markers of one run ("[11], [12]", "[6]-[8]", "[6]–[8]", "[1]; [2]").
_BETWEEN_MARKERS = re.compile(r"\s*(?:[,;\u2013\u2014-]|,?\s*and)\s*")


def _marker_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the citation brackets of ``text`` that are markers (not named, see
    ``_NAMES_CITATION``). A marker alone in parentheses goes with them ("([12])"), and with
    the comma that parts it from the other words there ("([37], see also ...)", "(see,
    e.g., [4])"), so no "(," or ",)" is left behind."""
    spans: list[tuple[int, int]] = []
    kept = -1  # where the last bracket kept ends
    for m in _BRACKET_CITATION.finditer(text):
        start, end = m.span()
        if (
            _REF_NOUN.search(text, 0, start)
            or (m[0][:1].isspace() and _NAMES_CITATION.search(text, 0, start))
            or (kept >= 0 and _LISTED_AFTER.fullmatch(text, kept, start))
        ):
            kept = end
            continue
        before = text[:start].rstrip()
        after = text[end:]
        if before.endswith("(") and after.startswith(")"):
            start, end = len(before[:-1].rstrip()), end + 1
        elif before.endswith("(") and after.startswith(","):
            end += 1 + len(after[1:]) - len(after[1:].lstrip())
        elif before.endswith(",") and after.startswith(")"):
            start = len(before) - 1
        if spans and _BETWEEN_MARKERS.fullmatch(text, spans[-1][1], start):
            # "[11], [12]", "[6]-[8]", "[1]; [2]": one run of markers, its separators with it,
            # or a stray "," or "-" is left where the run stood ("organization,.")
            start = spans.pop()[0]
        spans.append((start, end))
    return spans


def strip_citation_brackets(text: str) -> str:
    """Remove numeric citation markers in brackets ("[12]", "[3, 4]", "[5–7]"); a bracket a
    sentence names after a preposition, "see" or "Ref." stays ("as shown in [12]")."""
    if "[" not in text:
        return text
    pieces, pos = [], 0
    for start, end in _marker_spans(text):
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,.;:!?)\]](?:\s|$))")
_SPACE_AFTER_OPEN = re.compile(r"(?<=[(\[])\s+")


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where :func:`strip_citation_brackets` cuts ``text`` (each marker with its space)."""
    return _marker_spans(text) if "[" in text else []


def tidy_punctuation_spacing(text: str) -> str:
    """Drop spaces left before closing punctuation once a marker was cut ("space [4]." -> "space.")."""
    return _SPACE_AFTER_OPEN.sub("", _SPACE_BEFORE_PUNCT.sub("", text))
