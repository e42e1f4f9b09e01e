"""Scanning a text: cheap gates, anchored patterns at trigger tokens, rare families, ranges, then overlapping candidates resolved longest-match-first and relative ones against the anchor."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from datetime import date, timedelta

from pipeline.nlp.extract.dates.anchored import (
    ago,
    day_of_years,
    deictic_phrases,
    next_years,
    past_years,
    weekdays,
    word_years,
)
from pipeline.nlp.extract.dates.context import (
    _ext_words,
)
from pipeline.nlp.extract.dates.fiscal import fiscal_deictics
from pipeline.nlp.extract.dates.handlers import (
    Candidate,
    Candidates,
    _add_abs,
    _candidate_century,
    _candidate_century_range,
    _candidate_day_range,
    _candidate_decade,
    _candidate_decade_short,
    _candidate_deictic_day,
    _candidate_dmy,
    _candidate_fiscal,
    _candidate_half,
    _candidate_iso,
    _candidate_mdy,
    _candidate_month,
    _candidate_month_year,
    _candidate_partial_day,
    _candidate_partial_day_range,
    _candidate_quarter,
    _candidate_relative,
    _candidate_season,
    _candidate_year,
    _candidate_year_range,
    _decade_iv,
    _has_deictic_day,
)
from pipeline.nlp.extract.dates.intervals import (
    DateSettings,
    Interval,
    Point,
    _first_day,
    _in_bounds,
    _last_day,
    _point,
    _valid_day,
)
from pipeline.nlp.extract.dates.patterns import (
    _AUTHOR_YEAR_ENTRY,
    _BRACKET_REF,
    _CITE_SEG,
    _CITE_YEARS_ONLY,
    _DIGITS,
    _JOURNAL_YEAR,
    _LINKS,
    _NARRATIVE_TAIL,
    _PAREN,
    _PREV_WORD,
    _RANGE_GAP,
    _RE_CENTURY,
    _RE_CENTURY_RANGE,
    _RE_DDMY,
    _RE_DECADE,
    _RE_DECADE_SHORT,
    _RE_DEICTIC_DAY,
    _RE_DMY,
    _RE_FY,
    _RE_HALF,
    _RE_ISO,
    _RE_MDDY,
    _RE_MDY,
    _RE_MONTH,
    _RE_MONTH_WORD,
    _RE_MY,
    _RE_PDDM,
    _RE_PDM,
    _RE_PMD,
    _RE_PMDD,
    _RE_QUARTER,
    _RE_SEASON,
    _RE_UNIT,
    _RE_YEAR,
    _RE_YEAR_RANGE,
    _ROMAN,
    _VANCOUVER,
    _WORD_CHARS,
)
from pipeline.nlp.extract.dates.vocabulary import (
    _CITE_STOP,
    _DETERMINERS,
    _DOC_NOUNS,
    _MONTHS,
)

# Anchored patterns tried where a trigger token starts (a four-digit number, a one- or
# two-digit number, a month name), so that each sentence is scanned only a few times.
Handler = Callable[[re.Match, str, DateSettings, Candidates], None]
_AT_YEAR: list[tuple[re.Pattern, Handler]] = [
    (_RE_YEAR, _candidate_year),
    (_RE_YEAR_RANGE, _candidate_year_range),
    (_RE_ISO, _candidate_iso),
]
_AT_DAY: list[tuple[re.Pattern, Handler]] = [
    (_RE_DMY, _candidate_dmy),
    (_RE_DDMY, _candidate_day_range),
    (_RE_PDM, _candidate_partial_day),
    (_RE_PDDM, _candidate_partial_day_range),
]
_AT_MONTH: list[tuple[re.Pattern, Handler]] = [  # all but the last need a number after
    (_RE_MY, _candidate_month_year),
    (_RE_MDY, _candidate_mdy),
    (_RE_MDDY, _candidate_day_range),
    (_RE_PMD, _candidate_partial_day),
    (_RE_PMDD, _candidate_partial_day_range),
    (_RE_MONTH, _candidate_month),
]
_JOINERS = frozenset("-–—/")


def _has_half(text: str) -> bool:
    return "half" in text or any(h in text for h in ("H1", "H2", "1H", "2H"))


# Rare families scanned over the whole text, each behind a cheap substring test.
_GATED: list[tuple[re.Pattern, Handler, Callable[[str], bool]]] = [
    (_RE_QUARTER, _candidate_quarter, lambda t: "Q" in t or "quarter" in t),
    (_RE_HALF, _candidate_half, _has_half),
    (_RE_SEASON, _candidate_season, lambda t: True),
    (_RE_FY, _candidate_fiscal, lambda t: "FY" in t or "iscal" in t),
    (_RE_DECADE_SHORT, _candidate_decade_short, lambda t: "0s" in t),
]
_CENTURY_RULES: list[tuple[re.Pattern, Handler]] = [
    (_RE_CENTURY, _candidate_century),
    (_RE_CENTURY_RANGE, _candidate_century_range),
]
_UNIT_STEMS = ("year", "month", "day", "week", "decade", "entur")


def _masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans whose numbers are never dates: DOIs, URLs, reference numbers, journal references
    ("2010;84(2):523-538") and author-year citations ("(Smith, 2020; Lee 2021)", "Smith et al. (2019)", "(ibid., 2018)")."""
    spans: list[tuple[int, int]] = []
    if "/" in text:
        spans.extend(m.span() for m in _LINKS.finditer(text))
    if "[" in text:
        spans.extend(m.span() for m in _BRACKET_REF.finditer(text))
    if ";" in text:
        spans.extend(m.span() for m in _VANCOUVER.finditer(text))
    if "(" not in text:
        return spans
    spans.extend(m.span() for m in _JOURNAL_YEAR.finditer(text))
    spans.extend(m.span() for m in _AUTHOR_YEAR_ENTRY.finditer(text))
    for m in _PAREN.finditer(text):
        content, offset = m[1], m.start(1)
        if _CITE_YEARS_ONLY.fullmatch(content):
            if _is_narrative_citation(text, m.start()):
                spans.append(m.span())
            continue
        pos = 0
        for seg in content.split(";"):
            sm = _CITE_SEG.fullmatch(seg)
            if sm and _is_author(sm["auth"]):
                spans.append((offset + pos, offset + pos + len(seg)))
            pos += len(seg) + 1
    return spans


def _is_author(auth: str) -> bool:
    words = _WORD_CHARS.findall(auth)
    return bool(words) and not any(w in _CITE_STOP for w in words)


def _is_narrative_citation(text: str, paren_start: int) -> bool:
    """Whether "(2019)" at ``paren_start`` follows an author ("Smith (2019)", "Lee and Wu
    (2020: 14)", "Smith et al. (2019)") rather than a document ("the Outer Space Treaty (1967)")."""
    before = text[max(0, paren_start - 80) : paren_start]
    m = _NARRATIVE_TAIL.search(before)
    if not m:
        return False
    if m["etal"] or m["pair"]:
        return True
    name = m["name"]
    if name in _CITE_STOP or name.lower() in _DOC_NOUNS or _ROMAN.fullmatch(name):
        return False
    prev = before[: m.start()].rstrip()
    if not prev or prev[-1] in '.!?:;("“':
        return True
    pm = _PREV_WORD.search(prev + " ")
    if not pm:
        return True
    word = pm[1]
    if word.lower() in _DETERMINERS:
        return False
    # A capitalised word before the name makes a multi-word title ("Outer Space Treaty"),
    # unless that word starts the sentence ("As Smith (2019) shows").
    if word[0].isupper():
        head = prev[: pm.start(1)].rstrip()
        return not head or head[-1] in '.!?:;("“'
    return True


def _candidates(text: str, cfg: DateSettings) -> list[Candidate]:
    out: list[Candidate] = []
    months = list(_RE_MONTH_WORD.finditer(text))
    four = False
    for num in _DIGITS.finditer(text):
        pos, end = num.span()
        if end - pos == 4:
            four = True
            after = text[end : end + 2]
            if after[:1] in ("s", "'", "’"):
                m = _RE_DECADE.match(text, pos)
                if m:
                    _candidate_decade(m, text, cfg, out)
                    continue
            # A range or an ISO date needs a dash or a slash right after the year.
            rules = _AT_YEAR if after[:1] in _JOINERS or after[1:] in _JOINERS else _AT_YEAR[:1]
            for pattern, handler in rules:
                m = pattern.match(text, pos)
                if m:
                    handler(m, text, cfg, out)
        elif end - pos <= 2 and months:
            for pattern, handler in _AT_DAY:
                m = pattern.match(text, pos)
                if m:
                    handler(m, text, cfg, out)
    for mon in months:
        pos = mon.start()
        # Only "March 2021", "March of 2021" and a bare "March" can go without a digit next.
        nxt = text[mon.end() : mon.end() + 8].lstrip(".").lstrip()[:1]
        rules = _AT_MONTH[:-1] if nxt.isdigit() else _AT_MONTH[::5]
        for pattern, handler in rules:
            m = pattern.match(text, pos)
            if m:
                handler(m, text, cfg, out)
    if four:
        for pattern, handler, gate in _GATED:
            if gate(text):
                for m in pattern.finditer(text):
                    handler(m, text, cfg, out)
    elif "FY" in text or "0s" in text:  # "FY25", "the '90s"
        for pattern, handler, _ in _GATED[-2:]:
            for m in pattern.finditer(text):
                handler(m, text, cfg, out)
    if "entur" in text or "ENTUR" in text:
        for pattern, handler in _CENTURY_RULES:
            for m in pattern.finditer(text):
                handler(m, text, cfg, out)
    if any(u in text for u in _UNIT_STEMS):
        for m in _RE_UNIT.finditer(text):
            _candidate_relative(m, text, cfg, out)
    if _has_deictic_day(text):
        for m in _RE_DEICTIC_DAY.finditer(text):
            _candidate_deictic_day(m, text, cfg, out)
    _anchored_candidates(text, cfg, out)
    if not out:
        return out
    masks = _masked_spans(text) if four else []
    if masks:
        out = [c for c in out if not any(ms < c.end and c.start < me for ms, me in masks)]
    if len(out) > 1 or (out and out[0].rel is not None and out[0].rel[0] == "part"):
        out.extend(_ranges(text, out, cfg))
    return out


_DASHES = ("-", "–", "—")


def _anchored_candidates(text: str, cfg: DateSettings, out: list[Candidate]) -> None:
    """Years in words, weekdays and "the next N years" (``anchored``), behind cheap gates."""
    if "thousand" in text.lower():
        for start, end, iv in word_years(text):
            _add_abs(out, start, end, iv, cfg)
    if "day of" in text or "Day of" in text:
        for start, end, iv in day_of_years(text):
            _add_abs(out, start, end, iv, cfg)
    if "day" in text:
        for start, end, weekday, shift in weekdays(text):
            out.append(Candidate(start, end, rel=("weekday", weekday, shift), deictic=True))
    if "iscal year" in text:  # "this fiscal year": the cfg's convention, so not in deictic_phrases
        for start, end, shift in fiscal_deictics(text):
            rel = ("fiscal_of", shift, cfg.fy_start, cfg.japan_fy)
            out.append(Candidate(start, end, rel=rel, deictic=True))
    if "ext " in text or "oming " in text:
        for start, end, n, unit in next_years(text):
            out.append(Candidate(start, end, rel=("next_years", n, unit), deictic=True))
    if "ast " in text:  # "the past 170 years", "the last two decades"
        for start, end, n in past_years(text):
            out.append(Candidate(start, end, rel=("past_years", n), deictic=True))
    if "ago" in text:
        for start, end, rel in ago(text):
            out.append(Candidate(start, end, rel=rel, deictic=True))
    for start, end, rel in deictic_phrases(text):
        out.append(Candidate(start, end, rel=rel, deictic=True))


def _ranges(text: str, cands: list[Candidate], cfg: DateSettings) -> list[Candidate]:
    """Join two dates into one range: "from 2020 to 2035", "between 2025 and 2030",
    "1980s-2010s", "from March to June 2022" (the left side takes the right side's year)."""
    rights = sorted(((c, c.iv) for c in cands if c.iv is not None), key=lambda r: r[0].start)
    right_starts = [b.start for b, _ in rights]
    out: list[Candidate] = []
    for a in cands:
        if a.iv is None and (a.rel is None or a.rel[0] != "part"):
            continue
        if a.rel is not None:
            span = _yearless_span(text, a)
            if span is not None:
                out.append(span)
        for k in range(bisect_left(right_starts, a.end), len(rights)):
            b, biv = rights[k]
            if b.start - a.end > 90:
                break
            if _until_event(text, a, b, out, cfg) or b.start - a.end > 26:
                continue
            gap = _RANGE_GAP.fullmatch(text, a.end, b.start)
            after_day = a.iv is not None and a.iv.start[2] is not None
            if gap is None and after_day and text[a.end : a.end + 1] == ",":
                gap = _RANGE_GAP.fullmatch(text, a.end + 1, b.start)  # "Oct 1, 2022, to ..."
            if gap is None:
                continue
            words = gap[0].strip()
            if a.bare and b.bare and words in _DASHES:
                continue  # the year-range pattern decides these ("pp. 1998-2005")
            pre = _ext_words(text, a.start, ("from", "From", "between", "Between"))
            if words == "and" and text[pre : pre + 7].lower() != "between":
                continue
            left = a.iv if a.iv is not None else _complete_left(a.rel or (), biv)
            if left is None or not (
                _first_day(left.start) <= _first_day(biv.start)
                and _last_day(left.end) < _last_day(biv.end)
            ):
                continue
            start = a.start if words in _DASHES else pre
            _add_abs(out, start, b.end, Interval(left.start, biv.end), cfg)
    return out


#: "from 1951 until the breakup of the union in 1991", "from 1998 until its end in 2003": the
#: end named by an event (a few words after "the", "its" or "their") and its year.
_UNTIL_EVENT = re.compile(
    r"\s+(?:until|till)\s+(?:the|its|their)\s+(?P<words>(?:[^\W\d_][\w'’-]*\s+){1,8}?)in\s+"
)
#: Words that make the phrase after "until" a clause ("until the agency said in 1991").
_CLAUSE_WORD = re.compile(
    r"\b(?:\w+ed|said|says|is|was|were|are|had|has|have|began|became|made|took|did|will|"
    r"would|could)\b",
    re.IGNORECASE,
)


def _until_event(text: str, a: Candidate, b: Candidate, out: list, cfg: DateSettings) -> bool:
    """ "from X until the <event> in Y" (a few words, no figure, verb or punctuation between):
    one range X/Y, when X ends before Y. Whether it was added."""
    if a.iv is None or b.iv is None or _ext_words(text, a.start, ("from", "From")) == a.start:
        return False
    m = _UNTIL_EVENT.fullmatch(text, a.end, b.start)
    if m is None or _CLAUSE_WORD.search(m["words"]):
        return False
    if not (
        _first_day(a.iv.start) <= _first_day(b.iv.start)
        and _last_day(a.iv.end) < _last_day(b.iv.end)
    ):
        return False
    pre = _ext_words(text, a.start, ("from", "From"))
    _add_abs(out, pre, b.end, Interval(a.iv.start, b.iv.end), cfg)
    return True


def _yearless_span(text: str, a: Candidate) -> Candidate | None:
    """ "from January to March", "between 3 May and 9 June" without a year: one relative span
    (resolved like "in March"); with "and", only after "between"."""
    gap = _RANGE_GAP.match(text, a.end)
    if gap is None or a.rel is None:
        return None
    day_left = a.rel[2] is not None
    rules = (_RE_PMD, _RE_PDM) if day_left else (_RE_MONTH,)
    m = next((m for r in rules if (m := r.match(text, gap.end()))), None)
    if m is None:
        return None
    pre = _ext_words(text, a.start, ("from", "From", "between", "Between"))
    words = gap[0].strip().lower()
    if pre == a.start or (words == "and") != (text[pre : pre + 7].lower() == "between"):
        return None
    mon2 = _MONTHS[m["mon"].rstrip(".").lower()]
    day2 = int(m["d"]) if day_left else None
    end = m.end() - (text[m.end() - 1] == ".")
    return Candidate(pre, end, rel=("part_span", a.rel[1], a.rel[2], mon2, day2))


def _complete_left(rel: tuple, right: Interval) -> Interval | None:
    """A yearless left side ("March" in "from March to June 2022") takes the right's year;
    a later month than the right's start means the year before ("December to March 2022")."""
    _, mon, day = rel
    ry, rm, rd = right.start
    if rm is None:
        return None
    y = ry - 1 if (mon, day or 1) > (rm, rd or 31) else ry
    if day is not None and not _valid_day(y, mon, day):
        return None
    return _point(y, mon, day)


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first (then leftmost), returned in text order."""
    taken: list[Candidate] = []  # sorted by start; being disjoint, also by end
    starts: list[int] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if not c.standalone:
            continue
        i = bisect_right(starts, c.start)
        if (i > 0 and taken[i - 1].end > c.start) or (i < len(taken) and taken[i].start < c.end):
            continue
        starts.insert(i, c.start)
        taken.insert(i, c)
    return taken


#: Relative kinds that only the document date resolves (``anchored.resolve_deictic``).
_DOCUMENT_ONLY = frozenset(
    (
        "weekday",
        "next_years",
        "past_years",
        "ago",
        "end_decade",
        "rest_decade",
        "century",
        "part_year",
        "week",
        "month_of",
        "of_year",
        "season_of",
        "season_ahead",
        "season_done",
        "fiscal_of",
    )
)


def _resolve(rel: tuple, anchor: Point | None, cfg: DateSettings) -> Interval | None:
    """The interval a relative expression denotes, given the anchor point."""
    if anchor is None or rel[0] in _DOCUMENT_ONLY:
        return None  # no anchor; or only the document date resolves these (resolve_deictic)
    ay, am, ad = anchor
    kind = rel[0]
    try:
        if kind == "shift":
            _, n, unit = rel
            if unit in ("year", "decade", "century"):
                iv = _point(ay + n * {"year": 1, "decade": 10, "century": 100}[unit])
            elif unit == "month":
                if am is None:
                    return None
                months = ay * 12 + am - 1 + n
                iv = _point(months // 12, months % 12 + 1)
            else:
                if am is None or ad is None:
                    return None
                d = date(ay, am, ad) + timedelta(days=n * (7 if unit == "week" else 1))
                iv = _point(d.year, d.month, d.day)
        elif kind == "decade":
            iv = _decade_iv(ay // 10 * 10 + 10 * rel[1], None)
        elif kind == "same":
            unit = rel[1]
            if unit == "decade":
                iv = _decade_iv(ay // 10 * 10, None)
            elif unit == "year":
                iv = _point(ay)
            elif unit == "month":
                if am is None:
                    return None
                iv = _point(ay, am)
            else:
                if am is None or ad is None:
                    return None
                iv = _point(ay, am, ad)
        elif kind == "part_span":  # "from January to March": the end in the next year if earlier
            _, mon1, d1, mon2, d2 = rel
            ey = ay + 1 if (mon2, d2 or 31) < (mon1, d1 or 1) else ay
            if (d1 and not _valid_day(ay, mon1, d1)) or (d2 and not _valid_day(ey, mon2, d2)):
                return None
            iv = Interval((ay, mon1, d1), (ey, mon2, d2))
        elif kind == "part_range":  # "May 30-31"
            _, mon, d1, d2 = rel
            if not _valid_day(ay, mon, d2):
                return None
            iv = Interval((ay, mon, d1), (ay, mon, d2))
        else:  # "part": a month or a day without a year
            _, mon, day = rel
            if day is not None and not _valid_day(ay, mon, day):
                return None
            iv = _point(ay, mon, day)
        return iv if _in_bounds(iv, cfg) else None
    except (ValueError, OverflowError):
        return None


# --------------------------------------------------------------------------------------------
