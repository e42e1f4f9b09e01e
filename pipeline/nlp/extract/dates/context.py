"""Context of a match: what lies before and after a number decides whether it is a year."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.nlp.extract.dates.intervals import DateSettings
from pipeline.nlp.extract.dates.patterns import (
    _CITE_PAGE_AFTER,
    _FOOTNOTE_AFTER,
    _NEXT_WORD,
    _NUM_AFTER,
    _OF_NUMBER_AFTER,
    _PAGE_LABEL,
    _TIME_OR_PERCENT,
)
from pipeline.nlp.extract.dates.vocabulary import (
    _COUNT_NOUNS,
    _DETERMINERS,
    _NUMBER_LABEL_PAIRS,
    _NUMBER_LABELS,
    _NUMBER_LABELS_CS,
    _QUANTIFIERS,
    _YEAR_PREPS,
    _words,
)

# Context of a match


@lru_cache(maxsize=256)  # several checks inspect the same offset; cleared after each text
def _tok_before(text: str, s: int) -> tuple[str, int, bool]:
    """The whitespace-delimited token before offset ``s``, its start offset, and whether
    whitespace separates it from ``s`` (False for "(" in "(2019" or "mid-" in "mid-2025")."""
    lo = max(0, s - 40)
    i = s
    while i > lo and text[i - 1].isspace():
        i -= 1
    j = i
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return text[j:i], j, i < s


def _prev_word(text: str, s: int) -> str:
    tok = _tok_before(text, s)[0]
    return tok.lower().lstrip("([{“\"'‘")


def _word_start(text: str, s: int) -> bool:
    return s == 0 or not text[s - 1].isalnum()


def _ext_words(text: str, s: int, words: frozenset[str] | tuple[str, ...]) -> int:
    """Offset of the token before ``s`` if it is one of ``words``, else ``s``."""
    tok, j, gap = _tok_before(text, s)
    return j if gap and tok in words else s


_MOD_TAIL = re.compile(r"(?:^|[-–—(\[“\"‘'])(early|mid|late)$", re.IGNORECASE)


def _ext_mod(text: str, s: int) -> tuple[str | None, int]:
    """An "early" / "mid" / "late" before ``s`` ("mid-2025", "early in 2023", "late 2024-early
    2025"), and its offset."""
    tok, j, gap = _tok_before(text, s)
    if gap and tok.lower() == "in":
        tok, j, gap = _tok_before(text, j)
        if not gap:
            return None, s
    if not gap:
        if not tok.endswith("-"):
            return None, s
        tok = tok[:-1]
    m = _MOD_TAIL.search(tok)
    if m is None:
        return None, s
    return m[1].lower(), j + m.start(1)


def _ext_adverb(text: str, s: int) -> int:
    """Offset of "later" / "earlier" (optionally followed by "in" / "on") before ``s``."""
    tok, j, gap = _tok_before(text, s)
    if gap and tok.lower() in ("in", "on"):
        tok, j, gap = _tok_before(text, j)
    return j if gap and tok.lower() in ("later", "earlier") else s


def _is_number_label(text: str, s: int) -> bool:
    """True when the number at ``s`` follows "No.", "Vol.", "pp.", "Article", "$", "et al.",
    "12(3):", another bare number, ..., so it is not a year."""
    tok, j, gap = _tok_before(text, s)
    if not tok:
        return False
    low = tok.lower()
    if low in _NUMBER_LABELS or tok in _NUMBER_LABELS_CS or low[-1] in "#§№$€£¥":
        return True
    bare = tok.lstrip("([{“\"'‘")  # a name in quotes: "“Strategy 2040”", "(Vision 2030)"
    if bare != tok and (bare.lower() in _NUMBER_LABELS or bare in _NUMBER_LABELS_CS):
        return True
    if gap and tok.isdigit() and len(tok) < 4:  # "Table 3 2019": a year never follows "3 "
        return True
    if _PAGE_LABEL.search(tok):
        return True
    tok2 = _tok_before(text, j)[0].lower()
    return (tok2, low) in _NUMBER_LABEL_PAIRS


def _is_count(text: str, s: int, e: int) -> bool:
    """True when the number at ``s:e`` is a time of day, a percentage, a count or a measure
    ("2030 UTC", "2000 satellites", "over 2000 objects", "2000 km")."""
    if _TIME_OR_PERCENT.match(text, e):
        return True
    if _prev_word(text, s) in _YEAR_PREPS:
        return False
    nxt = _NEXT_WORD.match(text, e)
    word = nxt[1].lower() if nxt else ""
    if word in _COUNT_NOUNS:
        return True
    tok, j, _ = _tok_before(text, s)
    low = tok.lower()
    if low == "of" and _tok_before(text, j)[0].lower() in _PART_NOUNS:
        return False  # "by the end of 2025 crews fly": a part of a year, not "of 2000 crews"
    if low == "of" and _tok_before(text, j)[0].lower().strip("),") in _INSTRUMENTS:
        # "the Outer Space Treaty of 1967 bans ...", "the Act of 2015 requires ...": an
        # instrument's year before its verb, not "of 2000 satellites" (the guide: a law's year
        # dates its enactment)
        return False
    quantified = low in _QUANTIFIERS or (low == "to" and _tok_before(text, j)[0].lower() == "up")
    if _plural(word):
        return quantified
    if word in _DETERMINERS:
        return False  # "no later than 2030 the crews fly": a count never comes before "the"
    if quantified and nxt and _tok_before(text, j)[0].lower() not in _YEAR_PREPS:
        # "almost 1000 cumulative days": a count with an adjective between ("by around 2030
        # crewed flights" is a year)
        nxt2 = _NEXT_WORD.match(text, nxt.end())
        word2 = nxt2[1].lower() if nxt2 else ""
        return word2 in _COUNT_NOUNS or _plural(word2)
    return False


#: Nouns of an instrument before "of <year>" ("the Outer Space Treaty of 1967").
_INSTRUMENTS = _words(
    """treaty treaties act convention agreement accord accords declaration resolution charter
    protocol law statute decree directive memorandum"""
)
#: Nouns of a part of a period before "of <year>" ("the end of 2025", "the spring of 2024").
_PART_NOUNS = _words(
    """end start beginning middle close course half quarter part rest remainder spring summer
    autumn fall winter turn"""
)


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3


#: A capitalised word (not a month's or a weekday's name) right after a number.
_NAME_AFTER = re.compile(
    r" (?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|AD|BC|CE)"
    r")[A-Z][a-z]{2,}"
)


#: Nouns after a number that name the standard or model it numbers ("a 1553 adapter").
_DEVICE_AFTER = re.compile(
    r"[\s-](?:adapters?|bus(?:es)?|interfaces?|standards?|protocols?|ports?|cables?|"
    r"connectors?|chips?|cards?|processors?|controllers?|data\s+bus)\b",
    re.IGNORECASE,
)


#: Capitals and a hyphen right before a number: a model's designation ("CE-2000", "X-2030"),
#: unless they mark a year (``_YEAR_LETTERS``: "FY-2025").
_DESIGNATOR_BEFORE = re.compile(r"(?<![\w/.-])([A-Z][A-Z0-9]{0,5})-$")
_YEAR_LETTERS = frozenset({"FY", "JFY", "CY", "SFY"})
#: A capitalised "Agenda" after a year: the name of a plan ("the 2030 Agenda for ...").
_AGENDA_AFTER = re.compile(r"\s+Agenda\b")
#: Two capitals and a number after a year: a provisional designation ("2024 YR4", "2014 MU69").
_PROVISIONAL_AFTER = re.compile(r" [A-Z]{2}\d{1,3}\b")


#: Words before a number that make it a year even before a name ("in 1620 settlers", "the
#: 1648 Peace of Westphalia").
_TIME_PREPS = _words("in since by until till during before after around circa from the a")


def _bare_year_ok(text: str, s: int, e: int, y: int, cfg: DateSettings) -> bool:
    """Whether a bare four-digit number is a year here (see the module docstring)."""
    if not cfg.lo <= y <= cfg.hi or _is_number_label(text, s):
        return False
    after = text[e : e + 2]
    # "2019.5" and "2,019,000" are numbers; "in 2019.4 The ..." is a footnote marker.
    if after[:1] in (".", ",") and after[1:].isdigit() and not _FOOTNOTE_AFTER.match(text, e):
        return False
    if _is_count(text, s, e) or _OF_NUMBER_AFTER.match(text, e):
        return False
    designator = _DESIGNATOR_BEFORE.search(text, max(0, s - 8), s)
    if designator and designator[1] not in _YEAR_LETTERS:
        return False  # "the CE-2000 engine", "an X-2030 model": a model's designation
    if _AGENDA_AFTER.match(text, e) and _prev_word(text, s) not in _YEAR_PREPS:
        return False  # "the 2030 Agenda", "the 2063 Agenda": a plan's name, as "Agenda 2030"
    if _PROVISIONAL_AFTER.match(text, e):
        return False  # "asteroid 2024 YR4": a minor body's provisional designation
    nxt = _NUM_AFTER.match(text, e)
    if nxt:
        # "between 2000 and 3000 satellites": the partner decides whether this is a year.
        num = nxt[1].rstrip(".,")
        if len(num) == 4 and num.isdigit() and cfg.lo <= int(num) <= cfg.hi:
            if _is_count(text, nxt.start(1), nxt.start(1) + 4):
                return False
        elif len(num) >= 3:
            return False
    if y < 1800 and _NAME_AFTER.match(text, e) and _prev_word(text, s) not in _TIME_PREPS:
        return False  # "1620 Geographos", "433 Eros": a numbered minor planet, not a year
    if y < 1800 and _DEVICE_AFTER.match(text, e) and _prev_word(text, s) not in _TIME_PREPS:
        return False  # "a USB to 1553 adapter", "the 1394 bus": a standard's number
    if _prev_word(text, s) in _YEAR_PREPS:
        return True
    return not _CITE_PAGE_AFTER.match(text, e)  # "Smith 2020: 14" cites a page


# --------------------------------------------------------------------------------------------
