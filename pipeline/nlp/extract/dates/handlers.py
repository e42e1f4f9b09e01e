"""Candidates: one handler per expression type turns a pattern match into an interval."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.nlp.extract.dates.context import (
    _bare_year_ok,
    _ext_adverb,
    _ext_mod,
    _ext_words,
    _is_count,
    _is_number_label,
    _prev_word,
    _tok_before,
    _word_start,
)
from pipeline.nlp.extract.dates.intervals import (
    DateSettings,
    Interval,
    _in_bounds,
    _point,
    _valid_day,
)
from pipeline.nlp.extract.dates.patterns import (
    _BEFORE_AFTER,
    _CITE_PAGE_AFTER,
    _CLAUSE_END,
    _DEICTIC,
    _DEICTIC_DAY,
    _DIR_AFTER,
    _NOT_DEICTIC_AFTER,
    _OF_AFTER,
    _ORD,
    _RANGE_GAP,
)
from pipeline.nlp.extract.dates.vocabulary import (
    _DETERMINERS,
    _DURATION_PREPS,
    _FULL_MONTHS,
    _HALF_WORDS,
    _MONTHS,
    _NUMBERS,
    _ORDINALS,
    _QUARTER_WORDS,
    _SEASONS,
    _words,
)

# Candidates


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    iv: Interval | None = None  # absolute
    rel: tuple | None = None  # relative: resolved against the anchor
    standalone: bool = True  # False: only usable as the left side of a range
    bare: bool = False  # a bare numeric year
    deictic: bool = (
        False  # relative to the time of writing ("today", "last year"), not the narrative
    )
    # A candidate with neither ``iv`` nor ``rel`` is void: an invalid date ("29 February 2021")
    # that must still win over its parts ("February 2021"), and then yields nothing.


Candidates = list[Candidate]


def _month(word: str) -> int | None:
    return _MONTHS.get(word.rstrip(".").lower())


def _add_abs(
    out: Candidates, start: int, end: int, iv: Interval, cfg: DateSettings, *, bare: bool = False
) -> None:
    if _in_bounds(iv, cfg):
        out.append(Candidate(start, end, iv=iv, bare=bare))


def _add_day(
    out: Candidates, start: int, end: int, y: int, m: int, d: int, cfg: DateSettings
) -> None:
    if _valid_day(y, m, d):
        _add_abs(out, start, end, _point(y, m, d), cfg)
    elif 1 <= m <= 12 and 1 <= d <= 31:
        out.append(Candidate(start, end))  # void


def _candidate_iso(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    if not _is_number_label(text, m.start()):
        _add_day(out, m.start(), m.end(), int(m["y"]), int(m["m"]), int(m["d"]), cfg)


def _candidate_dmy(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    _add_day(out, m.start(), m.end(), int(m["y"]), _month(m["mon"]), int(m["d"]), cfg)


def _candidate_mdy(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    if _word_start(text, m.start()):
        _candidate_dmy(m, text, cfg, out)


def _candidate_month_year(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    if _word_start(text, m.start()):
        start = _ext_mod(text, m.start())[1]  # "mid-March 2021" is still March
        _add_abs(out, start, m.end(), _point(int(m["y"]), _month(m["mon"])), cfg)


def _candidate_day_range(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    s = m.start()
    if not _word_start(text, s):
        return
    pre = _ext_words(text, s, ("from", "From", "between", "Between"))
    mon, y, d1, d2 = _month(m["mon"]), int(m["y"]), int(m["d1"]), int(m["d2"])
    if _two_days(m, text, pre, d1, d2):
        # "9 and 12 March 2024" are two days: the first is its own date (the second is
        # found as a day of its own)
        if _valid_day(y, mon, d1):
            _add_day(out, s, m.start("conn"), y, mon, d1, cfg)
        if m.start("mon") < m.start("d1") and _valid_day(y, mon, d2):
            # "March 9 and 12, 2026": the second day has no month of its own to be found by
            _add_day(out, m.start("d2"), m.end(), y, mon, d2, cfg)
        return
    if d1 < d2 and _valid_day(y, mon, d1) and _valid_day(y, mon, d2):
        _add_abs(out, pre, m.end(), Interval((y, mon, d1), (y, mon, d2)), cfg)


def _candidate_partial_day_range(
    m: re.Match, text: str, cfg: DateSettings, out: Candidates
) -> None:
    """ "May 30-31", "30-31 May": a yearless day range, resolved like a yearless day."""
    s = m.start()
    if not _word_start(text, s):
        return
    pre = _ext_words(text, s, ("from", "From", "between", "Between"))
    mon, d1, d2 = _month(m["mon"]), int(m["d1"]), int(m["d2"])
    if (
        "and" in m["conn"]
        and text[pre : pre + 7].lower() != "between"
        and not (d2 == d1 + 1 and _ON_BEFORE.search(text, max(0, pre - 4), pre))
    ):
        # without a year, "June 3 and 4" may be two things numbered (chapters, items); "met
        # on 9 and 10 November", two days that follow each other after "on", is a meeting's
        return
    if d1 < d2 and _valid_day(2000, mon, d2):
        out.append(Candidate(pre, m.end(), rel=("part_range", mon, d1, d2)))


_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")


def _two_days(m: re.Match, text: str, pre: int, d1: int, d2: int) -> bool:
    """Whether "D1 and D2 Month" names two separate days: "and" joins them, no "between"
    opens the pair, and the days do not follow each other ("on 26 and 27 November", a meeting
    over two days, is one span like "26-27 November"; "on 9 and 12 March" are two days)."""
    return "and" in m["conn"] and text[pre : pre + 7].lower() != "between" and d2 != d1 + 1


def _candidate_partial_day(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    mon, d = _month(m["mon"]), int(m["d"])
    # 2000 is a leap year, so 29 February passes here and is checked against the anchor.
    if _LONG_MARCH.search(text, max(0, m.start() - 6), m.start()):
        return  # "the Long March 5 rocket": a launcher's name
    if _word_start(text, m.start()) and _valid_day(2000, mon, d):
        out.append(Candidate(m.start(), m.end(), rel=("part", mon, d)))


_LONG_MARCH = re.compile(r"\bLong\s+$")


_MONTH_PREPS = _words("in on by since until till from before after during through between for")
#: A preposition before "that" makes it a determiner: "in that last year" (a final year), but
#: "the craft that last year landed" is deictic.
_PREPS_BEFORE_THAT = _MONTH_PREPS | _words("for of at to over throughout within across")


#: A clause's end after "that <Month>" (a determiner, not the conjunction "that").
_THAT_MONTH_END = re.compile(r"\s*(?:[,.;:!?)\]—–]|$)")


def _candidate_month(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    """A month name without a year: relative after a preposition ("in March"), and the left
    side of a range ("from March to June 2022", "Jan–Mar 2023")."""
    s = m.start()
    if not _word_start(text, s):
        return
    mon = _month(m["mon"])
    start = _ext_mod(text, s)[1]  # "in early March"
    standalone = m["mon"].lower() in _FULL_MONTHS and (
        _prev_word(text, start).rstrip(",") in _MONTH_PREPS
        or (start != s and _prev_word(text, s) in _MONTH_PREPS)  # "early in October"
    )
    end = m.end()
    if text[end - 1] == "." and m["mon"].lower() in _FULL_MONTHS:
        end -= 1  # "in August." ends the sentence; "in Aug." keeps its abbreviation dot
    if (
        not standalone
        and start == s
        and m["mon"].lower() in _FULL_MONTHS
        and _prev_word(text, s) == "that"
        and _THAT_MONTH_END.match(text, end)
    ):
        # "voted against it that December", "That March, the crew ...": the month of the
        # story's year, as "that year" is; "that" opens the mention. Only before a clause's
        # end: "the idea that December suits" makes "that" a conjunction.
        that = text.rfind("hat", 0, s) - 1
        out.append(Candidate(that, end, rel=("part", mon, None), standalone=True))
        return
    if standalone or _RANGE_GAP.match(text, end):
        out.append(
            Candidate(
                start if standalone else s, end, rel=("part", mon, None), standalone=standalone
            )
        )


def _decade_iv(base: int, mod: str | None) -> Interval:
    """The decade from ``base``; "early" / "mid" / "late" (``mod``) narrow the mention, not
    its value (TimeML's ``mod`` attribute: "the early 1990s" is the 1990s)."""
    return Interval((base, None, None), (base + 9, None, None), "decade")


#: "the end of" right before "the 2020s" (the decade's last year); not "the end of the
#: 2020s' boom".
_END_OF_THE = re.compile(r"\b(?:[Tt]he\s+)?(?:[Ee]nd|[Cc]lose)\s+of\s+$")


def _decade_start(text: str, s: int) -> tuple[str | None, int]:
    mod, start = _ext_mod(text, s)
    return mod, _ext_words(text, start, ("the", "The"))


def _candidate_decade(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    s = m.start()
    if _is_number_label(text, s):
        return
    mod, start = _decade_start(text, s)
    iv = _decade_iv(int(m["y"]), mod)
    end_of = None if m["yy"] else _END_OF_THE.search(text, max(0, start - 30), start)
    if end_of is not None:  # "the end of the 2020s": the decade's last year, as "the end of
        # the decade" is
        _add_abs(out, end_of.start(), m.end(), _point(int(m["y"]) + 9), cfg)
        return
    if m["yy"]:
        end = int(m["y"]) // 100 * 100 + int(m["yy"])
        if end <= iv.start[0]:
            end += 100  # "the 1990s-00s"
        iv = Interval(iv.start, (end + 9, None, None))
    _add_abs(out, start, m.end(), iv, cfg)


def _candidate_decade_short(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    s = m.start()
    mod, start = _decade_start(text, s)
    yy = int(m["yy"] or m["yy2"])
    base = 1900 + yy if yy >= 30 else 2000 + yy
    if not m["ap"] and start == s:
        # "in his 90s" is an age; "the 90s" and "the '90s" are decades, and so is "60s" after
        # a decade in full ("the 1950s and 60s": in that decade's century)
        full = _FULL_DECADE_BEFORE.search(text, max(0, s - 20), s)
        if full is None:
            return
        base = int(full["cc"]) * 100 + yy
    _add_abs(out, start, m.end(), _decade_iv(base, mod), cfg)


_FULL_DECADE_BEFORE = re.compile(r"\b(?P<cc>1\d|20)\d0['’]?s,?\s+(?:and|or|to|through|into)\s+$")


def _ordinal(word: str) -> int:
    w = re.sub(r"[-\s]+", " ", word.lower())
    return int(w[:-2]) if w[0].isdigit() else _ORDINALS[w]


def _candidate_century(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    n = _ordinal(m["ord"])
    base = (n - 1) * 100
    # "the early 21st century" is the century: the modifier narrows the mention only.
    iv = Interval((base + 1, None, None), (base + 100, None, None), "century")
    # In "the 21st-century race" the article belongs to "race".
    start = m.start("ord") if m["the"] and not m["mod"] and m["sep"] == "-" else m.start()
    if n >= 1:
        _add_abs(out, start, m.end(), iv, cfg)
        # "defined the 20th century ... must guide the 21st.": a later ordinal with no noun
        # of its own names a century too
        later = _ELLIPTIC_CENTURY.search(text, m.end())
        k = _ordinal(later["ord"]) if later else 0
        if later and abs(k - n) == 1:  # the century before or after
            b = (k - 1) * 100
            iv2 = Interval((b + 1, None, None), (b + 100, None, None), "century")
            _add_abs(out, later.start(), later.end(), iv2, cfg)


#: "the 21st" closing a clause, after a century named earlier in the sentence.
_ELLIPTIC_CENTURY = re.compile(
    rf"\b(?:[Tt]he|and)\s+(?P<ord>{_ORD})(?=\s*(?:[.;:!?)]|,\s|$))", re.IGNORECASE
)


def _candidate_century_range(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    n1, n2 = _ordinal(m["o1"]), _ordinal(m["o2"])
    if 1 <= n1 < n2:
        iv = Interval(((n1 - 1) * 100 + 1, None, None), (n2 * 100, None, None))
        _add_abs(out, m.start(), m.end(), iv, cfg)


def _candidate_quarter(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    if m["q"]:
        q, y = int(m["q"]), int(m["y"])
    elif m["q2"]:
        q, y = int(m["q2"]), int(m["y2"])
    else:
        q, y = _QUARTER_WORDS[m["qw"]], int(m["y3"])
    _add_abs(out, m.start(), m.end(), Interval((y, 3 * q - 2, None), (y, 3 * q, None)), cfg)


def _candidate_half(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    if m["h"]:
        h, y = int(m["h"]), int(m["y"])
    elif m["h2"]:
        h, y = int(m["h2"]), int(m["y2"])
    else:
        h, y = _HALF_WORDS[m["hw"]], int(m["y3"])
    _add_abs(out, m.start(), m.end(), Interval((y, 6 * h - 5, None), (y, 6 * h, None)), cfg)


def _candidate_fiscal(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    raw = m["y"]
    if len(raw) == 2:
        if not m["kw"].endswith(("FY", "FY)")):  # "fiscal 25" is not a usage
            return
        y = 2000 + int(raw) if int(raw) < 70 else 1900 + int(raw)
    else:
        y = int(raw)
    last, start, end = y, m.start(), m.end()
    raw2 = m["y2"]
    pre = _ext_words(text, start, ("between", "Between"))
    later = _FY_AND.match(text, end) if not raw2 and pre != start else None
    if later:  # "between fiscal years 2020 and 2022"
        raw2, start, end = later["y2"], pre, later.end()
    if raw2:
        last = y // 100 * 100 + int(raw2) if len(raw2) == 2 else int(raw2)
        if last <= y:
            return
    s = cfg.fy_start
    label = (
        m["y2"] is not None
        and len(m["y2"]) == 2
        and last == y + 1
        and re.search(r"\d\s*[-–—/]\s*$", text[m.start() : m.start("y2")]) is not None
    )
    if label and not cfg.japan_fy and "JFY" not in m["kw"]:
        # "FY2025-26", "fiscal year 2025/26": one fiscal year named by the two calendar years
        # it spans, as Australia, Canada, India and the UK name theirs (never US usage, which
        # names a year by its end); its months depend on the government (July or April), so
        # it is its two years, as the bare "2025-26" is
        _add_abs(out, start, end, Interval((y, None, None), (last, None, None)), cfg)
        return
    if label:
        last = y  # Japan's "FY2025-26" is its fiscal year 2025
    if (
        cfg.japan_fy
        or "JFY" in m["kw"]
        or _JAPAN_FY_BEFORE.search(text, max(0, m.start() - 16), m.start())
        or (_JAPAN.search(text) and not _NOT_ONLY_JAPAN.search(text))
    ):
        # Japan's fiscal year runs April to March and is named by its first year: "Japanese
        # fiscal year 2027", "JFY 2027", "In FY 2006, JAXA funded ..." are 2006-04/2007-03.
        iv = Interval((y, 4, None), (last + 1, 3, None))
    elif s == 1:
        iv = Interval((y, 1, None), (last, 12, None))
    else:
        iv = Interval((y - 1, s, None), (last, s - 1, None))
    _add_abs(out, start, end, iv, cfg)


#: "Japanese" or "Japan's" before a fiscal year: Japan's, which starts in April.
_JAPAN_FY_BEFORE = re.compile(r"\b(?:Japanese|Japan['’]s)\s+$")
#: A text about Japan alone (Japan, JAXA, a Japanese ministry) and no other government.
#: Also a sum in yen ("budgeted 2.1 billion yen ... in fiscal 2027"): Japan's money.
_JAPAN = re.compile(r"\b(?:Japan|Japanese|JAXA|MEXT|Tokyo|yen)\b")
_NOT_ONLY_JAPAN = re.compile(
    r"\b(?:United\s+States|U\.\s?S\.|US|USA|America|American|NASA|Congress|federal|Federal|"
    r"India|Indian|ISRO|United\s+Kingdom|UK|British|Canada|Canadian|Australia|Australian|ESA|"
    r"European|Europe|China|Chinese|Korea|Korean|Russia|Russian)\b"
)


def names_another_government(text: str) -> bool:
    """Whether ``text`` names a government other than Japan's (``_NOT_ONLY_JAPAN``): its
    fiscal years are not read as Japan's merely because the story was filed from Japan."""
    return bool(_NOT_ONLY_JAPAN.search(text))


_FY_AND = re.compile(r"\s+and\s+(?:FY\s?(?=\d{2})|(?=\d{4}))(?P<y2>\d{4}|\d{2})(?!\w)(?![.,]\d)")


def _candidate_season(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    if not _word_start(text, m.start()):
        return
    season = m["s"].lower()
    y = int(m["y"])
    # "the summer of 2021" includes the article; in "the spring 2022 session" it is the noun's.
    start = _ext_words(text, m.start(), ("the", "The")) if m["of"] else m.start()
    # A season is the year it falls in, as "early 2023" is 2023 (the guide: its months depend
    # on the hemisphere and on whose definition); "winter 2021/22" names both years.
    if season == "winter" and m["y2"]:
        raw2 = m["y2"]
        y2 = y // 100 * 100 + int(raw2) if len(raw2) == 2 else int(raw2)
        if y2 == y + 1:
            _add_abs(out, start, m.end(), Interval((y, None, None), (y2, None, None)), cfg)
    elif not m["y2"] and (season == "winter" or season in _SEASONS):
        _add_abs(out, start, m.end(), _point(y), cfg)


_MIDDLE_OF = re.compile(r"(?:\b[Tt]he\s+)?\bmiddle\s+of\s+$")


def _candidate_year(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    s, e, y = m.start(), m.end(), int(m["y"])
    # Part of a year: "early 2023", "mid-2025", "late in 2024", "the middle of 2025".
    mod, start = _ext_mod(text, s)
    if mod is None and text[max(0, s - 3) : s] == "of ":
        mid = _MIDDLE_OF.search(text, max(0, s - 18), s)
        if mid:
            mod, start = "middle", mid.start()
    if mod and not _is_number_label(text, start):
        _add_abs(out, start, e, _point(y), cfg)  # "early 2023" is 2023 (TimeML mod="START")
    if _bare_year_ok(text, s, e, y, cfg):
        _add_abs(out, s, e, _point(y), cfg, bare=True)


def _candidate_year_range(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    """ "2020-2035", "2019-20", "2021/22"; "2021-03" (no later year fits) is an ISO month."""
    y, raw2 = int(m["y"]), m["y2"]
    s, e = m.start(), m.end()
    if not cfg.lo <= y <= cfg.hi or _is_number_label(text, s) or _is_count(text, s, e):
        return
    if _CITE_PAGE_AFTER.match(text, e) or (
        text[e : e + 1] in (".", ",") and text[e + 1 : e + 2].isdigit()
    ):
        return
    if len(raw2) == 4:
        y2 = int(raw2)
    else:
        y2 = y // 100 * 100 + int(raw2)
        if y2 <= y and y % 100 >= 90:  # "1999-00", "1998-02"
            y2 += 100
        if (y2 <= y or y2 - y > 20) and m["sep"] == "-" and 1 <= int(raw2) <= 12:
            _add_abs(out, s, e, _point(y, int(raw2)), cfg)
            return
    if y < y2:
        _add_abs(out, s, e, Interval((y, None, None), (y2, None, None)), cfg)


_REL_ADJ = {"following": 1, "next": 1, "subsequent": 1, "previous": -1, "preceding": -1,
            "prior": -1}  # fmt: skip
_LEAD_PUNCT = "([{“\"'‘"


def _word_before(text: str, s: int) -> tuple[str, int]:
    """The lower-cased word before ``s`` (after whitespace, leading brackets stripped) and its
    offset; ("", s) when there is none."""
    tok, j, gap = _tok_before(text, s)
    if not gap:
        return "", s
    word = tok.lstrip(_LEAD_PUNCT)
    return word.lower(), j + len(tok) - len(word)


def _candidate_relative(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    """Relative expressions, parsed leftwards from their unit word: "three months later", "two
    years earlier", "ten years on", "the following year", "the previous month", "that year",
    "later that month", "the same year", "the year before", and the deictic "this year",
    "last month", "next year", "earlier this year", "this decade"."""
    us, ue = m.start(), m.end()
    if not _word_start(text, us):  # "today", "Monday"
        return
    unit = m[0].lower()
    unit = "century" if unit.startswith("centur") else unit.rstrip("s")
    w1, j1 = _word_before(text, us)
    if not w1:
        return
    n = int(w1) if w1.isdigit() and len(w1) <= 3 else _NUMBERS.get(w1)
    if n is not None:
        d = _DIR_AFTER.match(text, ue)
        if d is None:
            return
        direction = d["dir"].lower()
        if direction in ("before", "after", "on", "prior") and not _CLAUSE_END.match(text, d.end()):
            return  # "two years after the launch" counts from another event
        if direction not in ("later", "earlier") and _word_before(text, j1)[0] in _DURATION_PREPS:
            # "for two years after": a duration; a word such as "over" before "a month later"
            # is a verb's particle ("the lander tipped over a month later"), as no duration
            # ends in "later"
            return
        w0, j0 = _word_before(text, j1)
        if w0 == "than" and _word_before(text, j0)[0] in ("less", "fewer"):
            # "less than a year later": the time that passed is bounded, not given; the year
            # may be the anchor's or the next, so no point
            return
        sign = -1 if direction in ("earlier", "before", "previously", "prior") else 1
        out.append(Candidate(j1, d.end(), rel=("shift", sign * n, unit)))
        return
    if m[0] != unit or unit in ("week", "century"):  # plural or unsupported: not a point
        return
    w2, j2 = _word_before(text, j1)
    if w1 in _REL_ADJ and w2 == "the":
        if _word_before(text, j2)[0] in _DURATION_PREPS:
            return  # "over the next decade": a duration
        sign = _REL_ADJ[w1]
        rel = ("decade", sign) if unit == "decade" else ("shift", sign, unit)
        out.append(Candidate(j2, ue, rel=rel))
    elif w1 == "that" or (w1 == "same" and w2 in ("the", "that")):
        start = j1 if w1 == "that" else j2
        out.append(Candidate(_ext_adverb(text, start), ue, rel=("same", unit)))
    elif (
        w1 == "the"
        and unit == "decade"
        and (
            w2 in ("during", "throughout")
            or (w2 == "of" and _word_before(text, j2)[0] not in _PART_OF_DECADE)
        )
        and not _DECADE_NOT_SAME.match(text, ue)
    ):  # "launched in 2004 and flew on during the decade", "the mission of the decade": the
        # anchor's decade
        out.append(Candidate(j1, ue, rel=("same", "decade")))
    elif (
        w1 == "the"
        and w2 == "in"
        and _word_before(text, j2)[0] in ("later", "earlier")
        and not _OF_AFTER.match(text, ue)
    ):  # "Later in the year", "earlier in the decade": the anchor's year, month or decade
        out.append(Candidate(_word_before(text, j2)[1], ue, rel=("same", unit)))
    elif (
        w1 == "the"
        and unit == "year"
        and w2 == "of"
        and _word_before(text, j2)[0] in _PART_OF_YEAR
        and not _YEAR_NAMED_AFTER.match(text, ue)
    ):  # "before the end of the year", "since the start of the year": a part of the year,
        # the year itself (the document's in a sentence that does not tell the past)
        out.append(Candidate(_word_before(text, j2)[1], ue, rel=("part_of_year",)))
    elif (
        w1 == "the"
        and unit == "year"
        and w2 in ("during", "throughout")
        and not _YEAR_NAMED_AFTER.match(text, ue)
        and not _DECADE_NOT_SAME.match(text, ue)
    ):  # "During the year the Agency renewed its memorandum": the year told of, as "the end
        # of the year" is (a report's year; a narrative's, told in the past just after it)
        out.append(Candidate(j1, ue, rel=("part_of_year", "during")))
    elif w1 == "the" and unit != "decade":
        d = _BEFORE_AFTER.match(text, ue)
        if d and _CLAUSE_END.match(text, d.end()):
            sign = 1 if d["dir"] == "after" else -1
            out.append(Candidate(j1, d.end(), rel=("shift", sign, unit)))
    elif (
        w1 == "new"
        and w2 == "the"
        and unit == "year"
        and _word_before(text, j2)[0] in ("in", "into")
        and not _YEAR_NAMED_AFTER.match(text, ue)
    ):  # "early in the new year": the year after the time of writing, as "next year" is
        out.append(Candidate(j2, ue, rel=("shift", 1, "year"), deictic=True))
    elif w1 == "current" and unit in ("year", "month", "decade"):
        if not _NOT_DEICTIC_AFTER.match(text, ue):  # "the current decade", "current year"
            start = j2 if w2 == "the" else j1
            out.append(Candidate(start, ue, rel=("same", unit), deictic=True))
    elif (
        w2 == "this"
        and w1 in _WEIGHTY
        and unit in ("year", "decade")
        and _deictic_context(text, *_word_before(text, j2), ue)
    ):  # "this critical decade", "this decisive year": this decade, this year
        out.append(Candidate(j2, ue, rel=("same", unit), deictic=True))
    elif w1 in _DEICTIC and unit in _DEICTIC[w1][1] and _deictic_context(text, w2, j2, ue):
        shift = _DEICTIC[w1][0]
        if shift and _OF_AFTER.match(text, ue):
            return  # "last year of the programme", "next month of talks"
        rel = ("same", unit) if shift == 0 else ("shift", shift, unit)
        out.append(
            Candidate(_ext_adverb(text, j1), ue, rel=rel, deictic=True)
        )  # "earlier this year"


#: Words after "during the decade" that make it another decade ("during the decade that
#: followed", "the decade ahead", "the decade of the 1990s") or a span of ten years.
_DECADE_NOT_SAME = re.compile(
    r"\s*(?:[-–—,(]\s*)?(?:of|that|which|when|since|before|after|following|ahead|to\s+come|"
    r"long|or\s+so)\b",
    re.IGNORECASE,
)
#: Words before "of the decade" that make it a part of a decade or a span ("the end of the
#: decade" is its last year; "the rest of the decade" runs from the time of writing).
_PART_OF_DECADE = _words(
    "end close start beginning middle turn half rest remainder course part years months dawn"
)
#: Words before "of the year" that make it a part of a year ("the end of the year"; not "the
#: year's" own events, "the launch of the year").
_PART_OF_YEAR = _words("end close start beginning middle turn rest remainder")
#: A year or a noun written after "the year" that names another year ("the end of the year
#: 2020", "the end of the year of the launch", "the end of the year's budget").
_YEAR_NAMED_AFTER = re.compile(r"\s*(?:\d|of\b|['’]s\b)|['’]s\b")
#: Adjectives between "this" and "decade" / "year" that keep it deictic ("this critical decade").
_WEIGHTY = _words("critical crucial decisive pivotal defining important historic momentous")


def _deictic_context(text: str, w2: str, j2: int, ue: int) -> bool:
    """Whether "this / last / next" + unit (ending at ``ue``, with ``w2`` at ``j2`` before the
    adjective) points from the anchor: not after a determiner or a possessive ("the last year",
    "its last year", "NASA's next year"), nor inside "year-on-year" or "year after year"."""
    if w2.endswith(("'s", "’s", "s'", "s’")) or w2 == "very":
        return False
    if w2 == "that":  # a determiner after a preposition, else a complementiser or relative
        return _word_before(text, j2)[0] not in _PREPS_BEFORE_THAT
    return w2 not in _DETERMINERS and not _NOT_DEICTIC_AFTER.match(text, ue)


def _candidate_deictic_day(m: re.Match, text: str, cfg: DateSettings, out: Candidates) -> None:
    """ "today", "yesterday", "tomorrow": the anchor day, the day before, the day after."""
    word = m["w"]
    if not word.islower():
        # A capitalised "Today" right after a capitalised word is a name ("USA Today",
        # "Russia Today"); at a sentence start the word before ends in punctuation.
        tok, _, gap = _tok_before(text, m.start())
        if gap and tok[:1].isupper() and tok[-1:].isalpha():
            return
    if _GENERIC_DAY_AFTER.match(text, m.end()) or _GENERIC_DAY_BEFORE.search(
        text, max(0, m.start() - 14), m.start()
    ):
        return  # "today's world", "the challenges of today and tomorrow": nowadays
    part = " ".join(word.lower().split())
    shift = _DEICTIC_DAY[part]
    rel = ("same", "day") if shift == 0 else ("shift", shift, "day")
    if part not in ("today", "yesterday", "tomorrow"):
        # a part of today ("this morning", "tonight") names a day: no date in a text known
        # only by its year (the guide lets only "today" and its neighbours be the year then)
        rel = ("shift", 0, "day")
    out.append(Candidate(m.start(), m.end(), rel=rel, deictic=True))


#: After "today": the present in general, not a day ("today's world", "today and tomorrow").
_GENERIC_DAY_AFTER = re.compile(
    r"(?:['’]s\s+(?:world|society|societies|generation|generations|economy|era|age|standards)\b"
    r"|\s+and\s+(?:tomorrow|in\s+the\s+future)\b)",
    re.IGNORECASE,
)
_GENERIC_DAY_BEFORE = re.compile(r"\btoday\s+and\s+$", re.IGNORECASE)


def _has_deictic_day(text: str) -> bool:
    # Narrower than "day", which "Monday" and "every day" also contain.
    return any(
        w in text
        for w in ("oday", "ODAY", "erday", "ERDAY", "orrow", "ORROW", "orning", "ORNING",
                  "fternoon", "FTERNOON", "vening", "VENING", "onight", "ONIGHT")
    )  # fmt: skip
