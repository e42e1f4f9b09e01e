"""Find date expressions in text and normalise them to ISO 8601 values and day intervals.

A rule-based tagger and normaliser in the manner of HeidelTime (Strötgen & Gertz, 2010,
"HeidelTime: High quality rule-based extraction and normalization of temporal expressions"):
one regular expression per expression type proposes candidates, a normalisation function per
type turns each into an interval, overlapping candidates are resolved longest-match-first, and
relative expressions ("the following year") are resolved against the previously mentioned
absolute date, which is HeidelTime's strategy for narrative documents (no document creation
time). The public API follows textacy's extractors: pure functions, keyword-only options.

Values are ISO 8601 as in docs/annotation-guide.md: ``2019``, ``2021-03``, ``2021-03-09`` or an
interval ``START/END`` of those. Every mention also carries the first and last day it covers.

What is deliberately *not* a date, because the inputs are policy papers and journal articles:
volume, issue, article, page, section and resolution numbers, DOIs and URLs, counts ("2000
satellites", "two thousand engineers"), times of day ("2030 hours", "2030 UTC"), the years
inside author-year citations ("(Smith, 2020)", "Smith et al. (2019)", "Smith 2020: 14") and
reference list entries ("Space Policy 45 (2018) 12-20", "Doe, J. (2017)."), and a plan named by
its year ("the 2030 Agenda", as "Agenda 2030"). Numeric day-month forms
("09.03.2021", "03/2021") are skipped as ambiguous between day-first and month-first.

Conventions where English is vague (documented so that reviewers can check them):
- early / mid / late narrow the mention, not its value (TimeML's ``mod`` attribute, and how
  the real gold set reads them): "early 2023" is 2023, "the mid-2020s" 2020/2029, "the early
  21st century" 2001/2100, "mid-March 2021" 2021-03.
- a season is its year, as "early 2023" is 2023 (its months depend on the hemisphere and on
  whose definition): "spring 2009" is 2009, "winter 2022" (named by the year of its January,
  as NOAA does) 2022, "winter 2021/22" 2021/2022; "last spring" is found as a northern
  meteorological season before the document date and given as its year. Quarters and halves
  are calendar units and keep their months ("Q3 2024" is 2024-07/2024-09).
- a fiscal year is named by the calendar year in which it ends (US federal usage): with
  ``fiscal_year_start_month=10``, FY2025 is 2024-10/2025-09. Japan's runs April to March and
  is named by the year it begins in (``fiscal``: a sentence about Japan alone, or any sentence
  of a Japanese government's text: "fiscal 2028" is 2028-04/2029-03). A fiscal year labelled
  by its two calendar years ("FY2024-25", "fiscal year 2025/26", as Australia, Canada, India
  and the UK write theirs, never US usage) is those two years, as the bare "2024-25" is:
  2024/2025. "this / next / last fiscal year" is the fiscal year that holds the document's
  month, or the one after or before it.
- prepositions ("by 2030", "since 2016", "as of June 2022") are not part of the mention and do
  not change the value; "from" and "between" are part of a range mention ("from 2020 to 2035";
  also "from 1951 until the merger of the offices in 1991", an end named by an event and its
  year, with no verb between).
  One exception: with a document date, "since X" is the span from X to the document's year
  ("since 2018" in a text of 2023 is 2018/2023), unless X already reaches that year or a past
  perfect ends the span in the past ("had been numbered since 1927" stays 1927). "Since then"
  opening a sentence after one that set an absolute date is the same span from that date
  ("signed in 2020. Since then, ..." in a text of 2024: 2020/2024; ``since_then``); inside
  the sentence that names the date, or after a deictic date ("Last year ... Since then"), it
  is not a date.
- bounds are not anchors: a date after "since", "until", "through" or "by" ("a record kept
  until 23 October 2010", "through 2030") does not move the narrative's time for the yearless
  and relative dates after it; nor does a century.
- a month or day without a year ("in March", "on 9 March") takes the anchor's year and is
  reported as relative, like the other anchored expressions. Told in the past tense against the
  document's own day, it is the latest such day before it ("said on Oct. 30" in a text of
  March 2024: 2023-10-30). Anchors are points: an interval anchors by its end ("the
  1950s ... the following year" is 1960).
- a relative expression needs an anchor as fine as itself: "3 months later" after "2019" is
  not resolved (the month is unknown) and so not reported.
- deictic words ("today", "yesterday", "tomorrow", "this / last / next year", "this / last /
  next month", "earlier this year", "this decade", "the current decade", "the end of the
  decade", "last June", "October 7 of last year") resolve against the document date
  (``document_date``), else against the anchor like the anaphoric forms. "the end of the
  decade" is the decade's last year; "last June" the latest June before the document's month
  (the year before, when only the year is known). Weekdays ("on Thursday") and weeks ("this
  week": Monday to Sunday; the year when the document is known by its year only) resolve
  against the document date only. A quotation told at an earlier time of the narrative ("In
  1962 ... 'in this decade'") speaks from that time. Not deictic: "the last year" and "its
  last year" (a final or past year), "last year of ...", "the last week of May",
  "year-on-year", "this year-end", and "Today" capitalised after a capitalised word ("USA
  Today", "Russia Today": a name). The pipeline also drops a sentence-opening "Today," that
  speaks of the present in general ("Today, satellites serve farmers"; ``generic_today``).

Speed: find_dates runs on every sentence of large corpora, so each text is scanned once for
trigger tokens (numbers, month names, unit words such as "year") and the anchored patterns are
tried only where a trigger starts; optional words on the left ("the", "from", "early",
"mid-", "three ... later") are attached by looking at the preceding tokens, and the rare
families (quarters, halves, seasons, fiscal years, centuries, "today" / "yesterday" /
"tomorrow") run only when a cheap substring test shows they can match."""

from pipeline.nlp.extract.dates.api import find_dates, last_absolute, normalize_date
from pipeline.nlp.extract.dates.intervals import DateMention

__all__ = ["DateMention", "find_dates", "last_absolute", "normalize_date"]
