"""Public API: ``find_dates``, ``normalize_date`` and ``last_absolute``."""

from __future__ import annotations

import re

from pipeline.nlp.extract.dates.anchored import (
    in_quote,
    is_bound,
    next_span,
    past_span,
    plans_span,
    resolve_deictic,
    since_start,
    weekday_fit,
)
from pipeline.nlp.extract.dates.context import _tok_before
from pipeline.nlp.extract.dates.intervals import (
    DateMention,
    DateSettings,
    Interval,
    _first_day,
    _granularity,
    _in_bounds,
    _last_day,
    _parse_anchor,
    _value,
)
from pipeline.nlp.extract.dates.scan import _DOCUMENT_ONLY, _candidates, _resolve, _select
from pipeline.nlp.extract.dates.since_then import since_then

# Public API


def find_dates(
    text: str,
    *,
    anchor: str | None = None,
    document_date: str | None = None,
    fiscal_year_start_month: int = 10,
    japan_fiscal_year: bool = False,
    min_year: int = 1000,
    max_year: int = 2200,
    recent_anchor: bool = True,
    since_until: int | None = None,
    past_tense: bool = False,
    deictic_from_anchor: bool = True,
    since_then_span: bool = True,
) -> list[DateMention]:
    """All date expressions in text, in order, non-overlapping (longest match wins).

    ``anchor`` is the ISO value (any granularity; for an interval, its end counts) of the
    nearest earlier absolute date in the document, e.g. the previous sentence's
    ``last_absolute``. Within the text, each absolute date becomes the anchor for the relative
    expressions after it. A relative expression with nothing to resolve against is not
    reported. Years outside ``min_year..max_year`` are not dates.

    ``japan_fiscal_year`` says that the text is a Japanese government's (its minutes, its plans:
    :func:`pipeline.nlp.extract.dates.fiscal.japanese_government`): every fiscal year in it is
    Japan's, April to March and named by its first year ("fiscal 2028" is 2028-04/2029-03),
    also in a sentence that names another country.

    ``document_date`` is the ISO date (or year) the document speaks from
    (:func:`pipeline.nlp.extract.dates.anchored.document_date`). Deictic expressions ("today",
    "last year", "on Thursday", "the next five years") resolve against it; other relative ones
    ("in March", "the following year") against it when no absolute date comes before them.
    "today" and "this month" written in a document known only by its year are that year.
    A quotation in the text speaks from the narrative's time when that lies years before the
    document date ("In 1962 ... 'in this decade'") and was set in this text or, with
    ``recent_anchor`` (False when the previous sentence held no absolute date), by ``anchor``.
    Bounds ("since 1975", "until 2030", "by 2050") and centuries do not become anchors.
    "since 2018" runs to the document date's year; with no document date, to ``since_until``
    (the year the document is read, for a text that names no date of its own), else it is
    the year alone. ``past_tense`` says that the text narrates the past ("Over the next two
    years, the station grew"; the pipeline sets it from the tagger): "the next N years" then
    count from the narrative's anchor, not from the document date. Without a document date,
    deictic expressions ("today", "last year") fall back on the narrative's anchor, as
    HeidelTime does for narratives; ``deictic_from_anchor=False`` keeps that fallback to
    quotations told just after a date (the pipeline's choice: in an undated release or
    speech, "today" is the day of writing, not the last date the text named). A date followed
    by "–present", "to date", "until today" or "onward(s)" runs to the document's year, like
    "since" ("onward" not in a sentence that narrates the past: "flew from 1984 onward").
    A sentence that opens "Since then" right after a sentence that set an absolute date is
    the span from that date to the document date's year (``since_then``), unless
    ``since_then_span`` is False (the pipeline's choice for a text whose date is not its own).
    A yearless day or month told in the past tense (``past_tense``) that would fall after the
    document's day is the one before it: "said on Oct. 30" in a text of March 2024 is
    2023-10-30. A yearless month or day in a plan told in the present ("will", "is
    scheduled") of a dated text, when neither its sentence nor the one before set the story's
    time, counts from the document date (the next such month: "in September" in a story of
    April 2026 is 2026-09, "in March" is 2027-03), not from a date told sentences before.
    """
    if not 1 <= fiscal_year_start_month <= 12:
        raise ValueError("fiscal_year_start_month must be 1..12")
    if not 1 <= min_year <= max_year <= 9999:
        raise ValueError("need 1 <= min_year <= max_year <= 9999")
    current = _parse_anchor(anchor) if anchor else None
    written = _parse_anchor(document_date) if document_date else None
    if not text:
        return []
    cfg = DateSettings(fiscal_year_start_month, min_year, max_year, japan_fiscal_year)
    out: list[DateMention] = []
    chosen = _select(_candidates(text, cfg))
    _tok_before.cache_clear()  # its keys hold the text: do not keep it alive
    # "The Accords were signed in 2020. Since then, ...": the span from the sentence before's
    # date to the year of writing (``since_then``)
    then = since_then(
        text, current if recent_anchor else None, written if since_then_span else None
    )
    if then is not None:
        out.append(then)
    quote_time = current if recent_anchor else None
    taken_to = 0  # the end of a span that took the candidates after it ("2018–present")
    fresh = recent_anchor  # the story's time was set in this sentence or the one before
    for c in chosen:
        start, end, anchors = c.start, c.end, False
        if c.start < taken_to:
            continue
        if c.iv is not None:
            iv, relative = c.iv, False
            # Bounds and centuries ("the 21st century") are not the narrative's time.
            if not is_bound(text, c.start) and iv.gran != "century":
                current = quote_time = iv.end
                anchors = fresh = True
            until = written[0] if written is not None else since_until
            since = since_start(text, c.start) if until is not None else None
            if (
                since is not None
                and until is not None
                and (iv.end[0] < until or (iv.end[0] == until and iv.end[1] is not None))
            ):
                # "since 2018" in a text of 2023: 2018/2023; "since March 2026" in a text of
                # 2026: 2026-03/2026 (a span still: from a month to the year of writing)
                iv, start = Interval(iv.start, (until, None, None)), since
            now = _FROM_NOW.search(text, max(0, c.start - 40), c.start)
            if now is not None and written is not None and written[0] <= iv.start[0]:
                # "from now until 2030" in a text of 2024: 2024/2030
                iv, start = Interval((written[0], None, None), iv.end), now.start()
            present = _TO_PRESENT.match(text, c.end)
            if (
                present
                and past_tense
                and present[0].strip().lower().endswith(("onward", "onwards"))
            ):
                present = None  # "carried payloads from 1984 onward": a span of the past
            if present and until is not None and iv.end[0] < until:
                # "2018–present" in a text of 2023: 2018/2023, like "since 2018"
                iv, end = Interval(iv.start, (until, None, None)), present.end()
                taken_to = end
        elif c.rel is not None:
            if c.rel[0] == "part" and _recurring(text, c.start, c.end):
                continue  # "by 31 January of each year": a day that recurs, not a date
            if c.rel[0] == "shift" and _DEFINES.search(text, 0, c.start):
                continue  # "X is the share of imports ... in the year before": a definition's
                # window, tied to no event (the guide)
            if c.rel[0] == "season_done" and (fresh or written is None):
                continue  # a season told as done in a story that set its own time: unknown
            if (
                c.rel[0] in ("next_years", "past_years")
                and past_tense
                and (fresh or written is None or not _REPORTED_SPEECH.search(text, 0, c.start))
            ):
                # "Over the next two years, the station grew": from the narrative's time
                if current is None:
                    resolved = None
                elif c.rel[0] == "past_years":
                    resolved = past_span(current, c.rel[1])
                else:
                    resolved = next_span(current, *c.rel[1:])
                if resolved is not None and not _in_bounds(resolved, cfg):
                    resolved = None
            elif (
                c.deictic
                and written is None
                and not deictic_from_anchor
                and (quote_time is None or not in_quote(text, c.start))
            ):
                continue  # "today" in an undated text: not the last date the text named
            elif (
                c.rel[0] == "part"
                and written is not None
                and not fresh
                and (
                    (not past_tense and _PLAN.search(text))
                    or _REPORTED_PLAN.search(text, 0, c.start)
                )
                and not _done_in_clause(text, c.start)
            ):
                # "A conference is scheduled for September" in a news story of April 2026, two
                # sentences after "October 2025": a plan counts from the day of writing (the
                # next such month), not from a date the story told before
                mon, day = c.rel[1], c.rel[2]
                ahead = written[1] is not None and (mon, day or 31) < (written[1], written[2] or 1)
                resolved = _resolve(c.rel, (written[0] + ahead, None, None), cfg)
            elif c.rel[0] == "part_of_the_year":
                # "in the third quarter of the year": of the document's year in a sentence that
                # does not narrate the past, else of the narrative's (as "the end of the year")
                point = written if written is not None and not past_tense else current
                point = point if point is not None else written
                resolved = (
                    resolve_deictic(("part_year", 0, *c.rel[1:]), point, None) if point else None
                )
            elif c.rel[0] == "part_of_year" or (
                c.rel == ("decade", 1) and _NEXT.match(text, c.start)
            ):
                resolved = _year_or_decade_ahead(c.rel, current, written, past_tense and fresh, cfg)
                if resolved is not None and c.rel[1:] == ("during",):
                    # "chaired the group during the year and hosted its meeting on 9 and 10
                    # November": the year the clause told of holds the yearless day after it
                    current = resolved.end
            else:
                resolved = _resolve_relative(text, c, current, written, cfg, quote_time)
                if (
                    resolved is not None
                    and past_tense
                    and c.rel[0] == "part"
                    and written is not None
                    and written[1] is not None
                    and (current is None or current == written or current[0] > written[0])
                    and resolved.start > written
                ):
                    # "The agency said on Oct. 30 that ..." in a text of 8 March 2024: told
                    # as past from the day of writing, so the Oct. 30 before it (2023-10-30).
                    # An anchor after the year of writing is a target's or a fiscal year's
                    # ("the bill for fiscal year 2027 ... We awarded the agreements in
                    # March"), no time a past event was told in: the March of the year of
                    # writing, when it is over, else the one before.
                    if current is not None and current[0] > written[0]:
                        resolved = _resolve(c.rel, written, cfg)
                    if resolved is None or resolved.start > written:
                        resolved = _resolve(c.rel, (written[0] - 1, written[1], written[2]), cfg)
                elif (
                    resolved is not None
                    and past_tense
                    and c.rel[0] in ("part", "part_range")
                    and written is not None
                    and written[1] is None
                    and current is not None
                    and current[0] > written[0]
                ):
                    # the same in a text known by its year only (a report on a year): "was
                    # signed on 14 May" after "landing in 2034" is the May of that year
                    resolved = _resolve(c.rel, written, cfg)
                if (
                    resolved is not None
                    and c.rel[0] in ("part", "part_range")
                    and written is not None
                    and written[1] is not None
                    and (
                        (_done_in_clause(text, c.start) and (resolved.start > written or not fresh))
                        or (past_tense and not fresh and _REPORTS.search(text))
                        or (past_tense and not fresh and _SPEAKER.search(text, 0, c.end + 40))
                    )
                ):
                    # a yearless month told as done from the day of writing: an act a
                    # participle dates ("Under a memorandum signed in Beijing in November,
                    # the engineers will ..." in a text of January 2027: 2026-11), a past the
                    # report tells in a sentence that sets no time of its own ("The agencies
                    # met in October to plan a cubesat, she added.": the October before the
                    # report, not one of a year the story named sentences before)
                    resolved = _latest_before(c.rel, written, cfg)
            if resolved is not None and c.rel[0] == "part" and c.rel[2] is not None:
                # "on Thursday, June 18": the year in which June 18 is a Thursday
                resolved = weekday_fit(text, c.start, resolved, written)
            if resolved is None:
                continue
            since = since_start(text, c.start) if c.deictic and written is not None else None
            if (
                since is not None
                and written is not None
                and (
                    resolved.end[0] < written[0]
                    or (resolved.end[0] == written[0] and resolved.end[1] is not None)
                )
            ):
                # "since last year", "since January of last year" counted from the time of
                # writing run to its year, as "since 2018" does: 2025/2026, 2025-01/2026
                resolved, start = Interval(resolved.start, (written[0], None, None)), since
            iv, relative = resolved, True
            if c.rel[0] == "part" and c.rel[2] is not None and not is_bound(text, c.start):
                # "on 10 June ... the next day", "On Feb. 19, it fired its engine. A second
                # burn two days later": a yearless day, once resolved, is the time the rest of
                # the text counts from
                current = iv.end
                anchors = True
        else:
            continue  # void: an invalid date
        out.append(
            DateMention(
                start=start,
                end=end,
                mention=text[start:end],
                value=_value(iv),
                start_date=_first_day(iv.start).isoformat(),
                end_date=_last_day(iv.end).isoformat(),
                granularity=_granularity(iv),
                relative=relative,
                anchor=anchors,
            )
        )
    return out


#: "–present", "to the present", "to date", "until now", "until today", "onward(s)" after a
#: date: a span to the document's year ("2018–present" in a biography or a table of office
#: holders, "from 2010 onward").
#: "from now until", "between now and", "from now through" before a date: a span from the
#: document's year to that date.
#: A plan or schedule told in the present: a yearless month in its sentence is still to come
#: ("will", "is scheduled", "plans to", "should be working by March"; not a plan told of the
#: past, "was planned for August",
#: "would have reduced").
_PLAN = re.compile(
    r"\b(?:will|shall|should\s+(?!have\b)|(?:is|are)\s+(?:scheduled|due|expected|set|planned)|"
    r"plans?\s+to|intends?\s+to)\b",
    re.I,
)
#: A reporting verb: in a sentence that tells no time of its own (none set in it or the one
#: before), what it reports speaks from the day of the report, the document's ("Al Hosani
#: said the team had grown and expected it to double over the next two years": the two
#: years after the document's), not from a date the story told sentences before. So does a
#: view reported as held, as a meeting's report gives its participants' ("a shared catalogue
#: was seen as desirable but unlikely within the next decade", "was judged / considered /
#: regarded as ..."), or a prospect ("thought likely / unlikely within the next decade").
_REPORTED_SPEECH = re.compile(
    r"\b(?:said|says|told|noted|added|stated|announced|confirmed|expected|expects|"
    r"seen\s+as|regarded\s+as|viewed\s+as|considered|judged|deemed|(?:un)?likely)\b"
)
#: A plan reported in the past, the news's "future in the past": a reporting verb, then
#: "would" before the yearless month ("said a team would travel to Bengaluru in May": the
#: next May after the day of writing); not "would have" (a past that did not happen).
_REPORTED_PLAN = re.compile(
    r"\b(?:said|says|told|noted|added|announced|confirmed|stated|expected)\b[^.;]{0,120}?"
    r"\bwould\s+(?!have\b)"
)
#: A verb that reports in the past, anywhere in a sentence ("she added", "answered that"): a
#: report or a record of proceedings tells its speakers' past from the day of writing.
_REPORTS = re.compile(
    r"\b(?:said|told|noted|added|stated|announced|confirmed|answered|replied|recalled|"
    r"explained|reported|informed|stressed|indicated)\b"
)


#: A sentence that defines a measure ("Exposure is the share of ...", "... is defined as",
#: "... means the number of"): a relative date in it is a window of the definition, no date.
_DEFINES = re.compile(
    r"^\W*[A-Z][\w'’ -]{0,60}?\s+(?:is|are)\s+(?:defined\s+as\s+)?the\s+(?:share|number|"
    r"proportion|percentage|fraction|ratio|sum|average|mean|count|value)\s+of\b"
    r"|\bis\s+defined\s+as\b|^\W*[A-Z][\w'’ -]{0,60}?\s+means\s+"
)


#: The speaker in the first person: a witness or a speaker telling the past of their own
#: body ("In March we signed a memorandum") speaks from the day of the hearing or the speech,
#: as a report does.
_SPEAKER = re.compile(r"\b(?:we|We|I)\b")


def _latest_before(rel: tuple, written, cfg: DateSettings):
    """The yearless month or day ``rel`` last before the day ``written`` (or on it)."""
    resolved = _resolve(rel, written, cfg)
    if resolved is None or resolved.start > written:
        resolved = _resolve(rel, (written[0] - 1, written[1], written[2]), cfg)
    return resolved


#: A past participle of an act done, opening a clause that dates it: "the second, signed
#: with JAXA in August, will let ...", "the accord concluded in March will ...": the month
#: is the act's, in the past, whatever the sentence's plan.
_DONE = re.compile(
    r"\b(?:signed|concluded|agreed|adopted|approved|launched|held|opened|announced|"
    r"published|released|completed|ratified|established|founded|renewed|awarded|selected)\b"
    r"[^,;:.!?–—]{0,80}$",
)
#: A plan's word that makes the clause a plan's even after such a participle ("signed
#: agreements will be reviewed in May").
_PLAN_IN_CLAUSE = re.compile(r"\b(?:will|shall|to\s+be|due|scheduled|planned|expected)\b")


#: An appositive that picks one of the acts the clause before it told ("held three reviews,
#: the last of them in February"; "signed four accords, the most recent in May"): the month
#: dates that act, so the clause before the comma tells whether it is done.
_ONE_OF_THEM = re.compile(
    r",\s+the\s+(?:last|latest|first|most\s+recent|second|third)"
    r"(?:\s+(?:one|of\s+(?:them|these|those|which)))?[^,;:.!?–—]{0,40}$"
)


def _done_in_clause(text: str, start: int) -> bool:
    """Whether the yearless month at ``start`` dates an act its clause tells as done
    (``_DONE``), with no plan's word between (``_PLAN_IN_CLAUSE``); in an appositive that picks
    one of the acts (``_ONE_OF_THEM``), the clause before it tells."""
    one = _ONE_OF_THEM.search(text, max(0, start - 60), start)
    if one is not None:
        start = one.start()
    m = _DONE.search(text, max(0, start - 100), start)
    if m is None:
        return False
    opens = max(text.rfind(mark, 0, m.start()) for mark in ",;:")  # the clause's start
    return not _PLAN_IN_CLAUSE.search(text, opens + 1, start)


#: A present perfect ("have built", "has grown", "have been"), not "have to": a time that
#: runs up to the time of writing.
_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:not|never|also|only|already)\s+)?(?!to\b)[a-z]+(?:ed|en|lt|wn|ne|un|ught|een)\b"
)
#: "each year" / "every year" / "annually" after a yearless day or month ("by 31 January of
#: each year", "in March every year", "on 1 July annually"), or before it ("every year on 1
#: March"): a day or month that recurs (TimeML's SET), not one date.
_EACH_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:of\s+)?(?:(?:each|every)\s+(?:calendar\s+)?year\b|annually\b|yearly\b)"
)
_EACH_YEAR_BEFORE = re.compile(
    r"\b(?:(?:each|every)\s+year|annually|yearly),?\s+(?:on|in|by|before|until)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _recurring(text: str, start: int, end: int) -> bool:
    """Whether the yearless day or month at ``start``..``end`` recurs each year."""
    return bool(
        _EACH_YEAR_AFTER.match(text, end)
        or _EACH_YEAR_BEFORE.search(text, max(0, start - 40), start)
    )


_FROM_NOW = re.compile(
    r"\b(?:[Ff]rom\s+now\s+(?:until|till|to|through)|[Bb]etween\s+now\s+and)\s+"
    r"(?:the\s+(?:end|close)\s+of\s+)?$"
)
_TO_PRESENT = re.compile(
    r"\s*(?:[-–—]\s*(?:the\s+)?(?:present(?:\s+day)?|date|now)"
    r"|\s(?:to|until|till|through)\s+(?:the\s+)?(?:present(?:\s+day)?|date|now|today)"
    r"|\s+(?:and\s+)?onwards?)\b"
    r"(?![-\w’']|\s+to\b)",
    re.IGNORECASE,
)

#: Deictic kinds that, like "this year", fall back on the narrative anchor when the document
#: date is unknown (weeks and weekdays need the document date).
_ANCHOR_TOO = frozenset(("end_decade", "century", "part_year", "month_of", "of_year"))


#: "the next decade" (not "the following decade", which counts from the narrative's time).
_NEXT = re.compile(r"the\s+next\b", re.IGNORECASE)


def _year_or_decade_ahead(rel: tuple, current, written, past_tense: bool, cfg: DateSettings):
    """ "the end of the year" (``part_of_year``: the year) and "the next decade": in a sentence
    that does not narrate the past, the document's year and the decade after the document's
    ("expects to sign more agreements before the end of the year" in April 2026: 2026;
    "the landings of the next decade" in 2026: 2030/2039); in one that does
    (``past_tense``: the caller's, only while the story's time was set in this sentence or
    the one before), or with no document date, the narrative's ("In 1998 ... by the end of
    the year": 1998)."""
    if rel[0] == "part_of_year":
        rel = ("same", "year")
    if written is not None and not past_tense:
        return _resolve(rel, written, cfg)
    return _resolve(rel, current if current is not None else written, cfg)


def _resolve_relative(text: str, c, current, written, cfg: DateSettings, quote_time=None):
    """A relative candidate's interval: deictic ones against the document date, others
    against the narrative anchor, else the document date."""
    if c.rel[0] == "ago":  # counted back from the time of writing only
        if written is None:
            return None
        _, n, unit = c.rel
        if unit == "month" and n % 12 == 0 and written[1] is None:
            # "a year ago this month" in a text known by its year: that year, a year back
            return _resolve(("shift", n // 12, "year"), written, cfg)
        return _resolve(("shift", n, unit), written, cfg)
    if (
        c.deictic
        and written is not None
        and quote_time is not None
        and quote_time[0] < written[0] - 1
        and in_quote(text, c.start)
    ):
        # A quotation told at an earlier time of the narrative ("In 1962 ... 'in this
        # decade'") speaks from that time, not from the document's.
        if c.rel[0] in ("weekday", "next_years", "past_years", "ago"):
            return None
        if c.rel[0] in _DOCUMENT_ONLY:
            return resolve_deictic(c.rel, quote_time, None)
        return _resolve(c.rel, quote_time, cfg)
    if written is None and current is not None and c.rel[0] in _ANCHOR_TOO:
        return resolve_deictic(c.rel, current, None)
    if not c.deictic or written is None:
        return _resolve(c.rel, current if current is not None else written, cfg)
    if c.rel[0] == "next_years" and (_PLAN.search(text) or plans_span(text, c.start)):
        # a plan told in the present ("will", "shall", "plans to") speaks of the years after
        # the document's, also right after a past date the text told ("In 2019 the sector
        # earned a billion. We will double it over the next five years.")
        return resolve_deictic(c.rel, written, None)
    if c.rel[0] == "past_years" and _PERFECT.search(text):
        # "Over the past fifty years Irish firms have built parts ...", right after "in 1975":
        # the present perfect counts up to the time of writing, not to the story's year
        return resolve_deictic(c.rel, written, None)
    if c.rel[0] in ("next_years", "past_years"):  # told from the past only when just set
        return resolve_deictic(c.rel, written, quote_time)
    if c.rel[0] == "weekday":
        # a story told in an earlier year keeps its weekdays only while it is told: a year
        # named sentences before ("signed in 2025", then "briefed the Cabinet on Monday") is
        # no longer the time of the story; a plan's weekday ("On Friday I will travel") is
        # always the writer's coming one
        return resolve_deictic(c.rel, written, quote_time if c.rel[2] <= 0 else None)
    if c.rel[0] in _DOCUMENT_ONLY and c.rel[0] != "ago":
        return resolve_deictic(c.rel, written, current)
    resolved = _resolve(c.rel, written, cfg)
    if resolved is None and (
        c.rel[0] == "same" or (c.rel[0] == "shift" and c.rel[2] == "day" and abs(c.rel[1]) == 1)
    ):
        # "today", "yesterday", "tomorrow" in a 2023 speech: 2023
        resolved = _resolve(("same", "year"), written, cfg)
    return resolved


_LEAD = re.compile(
    r"(?:(?:in|on|by|since|as\s+of|until|till|before|after|during|circa|c\.|ca\.|around|"
    r"through|from|at|for)\s+)?",
    re.IGNORECASE,
)


def normalize_date(expression: str, *, anchor: str | None = None) -> str | None:
    """The ISO value of one date expression, or None if it is not a date.

    The whole expression must be one date, optionally after a preposition ("by 2030",
    "as of June 2022") and before closing punctuation: "Vol. 2019" and "2019 signatories"
    are None.
    """
    text = expression.strip()
    mentions = find_dates(text, anchor=anchor)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    lead = _LEAD.match(text)  # always matches: the preposition is optional
    if m.start not in (0, lead.end() if lead else 0) or text[m.end :].strip(" .,;:!?)"):
        return None
    return m.value


def last_absolute(mentions: list[DateMention], default: str | None = None) -> str | None:
    """The value to use as the next anchor: the last mention's value (for a range, its end)
    that sets the narrative's time (``anchor``: an absolute date that is not a bound, such as
    "since 1975" or "until 2030", or a yearless day resolved, "On Feb. 19"), or ``default``."""
    for m in reversed(mentions):
        if m.anchor:
            return m.value.rsplit("/", 1)[-1]
    return default
