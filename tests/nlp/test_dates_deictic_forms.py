"""Deictic date forms that several registers share (fifteenth round, on the blind dev
documents): "the end / start of the year", "the next decade", "the next N years" of a plan
after a past date, "last / next Tuesday", a web page's publication day from its markup, and an instrument's
year before a verb in "s" ("the Outer Space Treaty of 1967 remains"), and "today" that means
"nowadays" in its own clause or in the middle of a sentence.
Each row is the team's own sentence; the negative rows keep the forms that must not change.
"""

from __future__ import annotations

import pytest

from pipeline.ingest.html import ingest_html
from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import generic_today, generic_today_inside


@pytest.mark.parametrize(
    ("text", "written", "anchor", "expected"),
    [
        # a part of "the year" in a sentence about now or later: the document's year
        ("The agency expects to sign more agreements before the end of the year.",
         "2026-04-29", None, [("end of the year", "2026")]),
        ("Has the ministry held any talks since the start of the year?", "2026-05-28", "2024",
         [("start of the year", "2026")]),
        ("A design review is due by the close of the year.", "2025", "2019",
         [("close of the year", "2025")]),
        # no document date: the narrative's year, as "that year" would be
        ("The review is due by the end of the year.", None, "2019", [("end of the year", "2019")]),
        # negative: a year written after it, a possessive, another noun of the year
        ("The fund ran out by the end of the year 2020.", "2026", None, [("2020", "2020")]),
        ("The rest of the year's budget will go to tests.", "2026", None, []),
        ("The crew won the award for the launch of the year.", "2026", None, []),
    ],
)  # fmt: skip
def test_a_part_of_the_year(text, written, anchor, expected):
    found = find_dates(text, document_date=written, anchor=anchor)
    assert [(m.mention, m.value) for m in found] == expected


def test_a_part_of_the_year_in_a_past_narrative_is_the_narratives(make_doc):
    doc = make_doc(
        ["The first module docked in 1998.", "By the end of the year the station had two."],
        year=2026,
    )
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["1998", "1998"]
    doc = make_doc(["The agency expects to sign two more accords before the end of the year."],
                   year=2026)  # fmt: skip
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2026"]


@pytest.mark.parametrize(
    ("text", "anchor", "past", "expected"),
    [
        # "the next decade" of a sentence about now or later: the decade after the document's
        ("Both groups should agree on rules before the landings of the next decade.", "1979",
         False, [("the next decade", "2030/2039")]),
        # told in the past: the decade after the narrative's
        ("The next decade brought the first space stations.", "1965", True,
         [("The next decade", "1970/1979")]),
        # "the following decade" always counts from the narrative
        ("The following decade will be hard for the agency.", "1965", False,
         [("The following decade", "1970/1979")]),
    ],
)  # fmt: skip
def test_the_next_decade(text, anchor, past, expected):
    found = find_dates(text, document_date="2026", anchor=anchor, past_tense=past)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a plan's next years after a past date the text just told: the document's
        ("We will double the contracts open to small firms over the next five years.", "2023",
         [("the next five years", "2026/2030")]),
        ("The agency shall place satellites in orbit over the coming five years.", "2019-03",
         [("the coming five years", "2026/2030")]),
        # negative: no plan in the sentence: the past just set still holds them
        ("Costs rose sharply in the next two years.", "1998", []),
    ],
)  # fmt: skip
def test_a_plans_next_years_after_a_past_date(text, anchor, expected):
    found = find_dates(text, document_date="2025-09-18", anchor=anchor)
    assert [(m.mention, m.value) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written on Tuesday 27 October 2026
        ("Last Tuesday, a satellite drifted close to another.", "2026-10-20"),
        ("The probe fired its engine last Friday.", "2026-10-23"),
        ("The ministers will meet next Tuesday in Rome.", "2026-11-03"),
        ("The ministers will meet next Friday in Rome.", "2026-10-30"),
        # negative: a weekday alone is the latest such day on or before the day of writing
        ("The ministers met on Tuesday in Rome.", "2026-10-27"),
        ("The ministers met on Friday in Rome.", "2026-10-23"),
    ],
)
def test_last_and_next_weekday(text, expected):
    assert [m.value for m in find_dates(text, document_date="2026-10-27")] == [expected]


_PAGE = """<html><head><title>Orbit talks</title>{meta}</head><body><article>
<h1>Orbit talks</h1>{time}
<p>The two governments agreed on Tuesday to hold regular talks on satellites in orbit.</p>
<p>Officials said the first round would take place in Geneva before the end of the year.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("meta", "time", "expected"),
    [
        ('<meta property="article:published_time" content="2026-10-27T06:00:00-04:00">', "",
         "Published: 2026-10-27"),
        ("", '<time class="published" datetime="2026-10-27T06:00:00-04:00">Oct. 27</time>',
         "Published: 2026-10-27"),
        # negative: a year alone dates the year, not the day
        ('<meta name="citation_publication_date" content="2026">', "", ""),
        # negative: no date in the markup
        ("", "", ""),
    ],
)  # fmt: skip
def test_a_web_pages_day_from_its_markup_is_its_date_line(meta, time, expected):
    parsed = ingest_html(_PAGE.format(meta=meta, time=time).encode("utf-8"))
    assert parsed.metadata.date_line == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an instrument's year before a verb that ends in "s" is its year, not a count
        ("The Outer Space Treaty of 1967 remains the basis of space law.", ["1967"]),
        ("The Liability Convention of 1972 sets out who pays for damage.", ["1972"]),
        ("The Space Resources Act of 2015 gives firms rights to what they mine.", ["2015"]),
        # negative: "of" before a count of things
        ("A fleet of 2000 satellites circles the planet.", []),
        ("The plan calls for a constellation of 1200 satellites.", []),
    ],
)
def test_an_instruments_year_before_its_verb(text, expected):
    assert [m.value for m in find_dates(text, document_date="2026")] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "Today" opening a clause about the present in general; a clause joined after it
        # with a conjunction is another statement
        ([("Today", "NN"), ("the", "DT"), ("picture", "NN"), ("is", "VBZ"), ("other", "JJ"),
          (",", ","), ("and", "CC"), ("I", "PRP"), ("do", "VBP"), ("not", "RB"),
          ("deny", "VB"), ("it", "PRP"), (".", ".")], True),
        # negative: the first person in the clause "Today" opens still makes it the day's
        ([("Today", "NN"), (",", ","), ("I", "PRP"), ("am", "VBP"), ("glad", "JJ"), (",", ","),
          ("and", "CC"), ("the", "DT"), ("picture", "NN"), ("is", "VBZ"), ("clear", "JJ")],
         False),
        # negative: a comma alone does not end the clause
        ([("Today", "NN"), (",", ","), ("as", "IN"), ("the", "DT"), ("talks", "NNS"),
          ("open", "VBP"), (",", ","), ("we", "PRP"), ("welcome", "VBP"), ("them", "PRP")],
         False),
    ],
)  # fmt: skip
def test_generic_today_reads_its_own_clause(words, expected):
    assert generic_today(words) is expected


@pytest.mark.parametrize(
    ("words", "i", "expected"),
    [
        # a subject noun, "today", a present-tense verb of no event: nowadays
        ([("British", "JJ"), ("firms", "NNS"), ("today", "NN"), ("build", "VBP"),
          ("most", "JJS"), ("satellites", "NNS")], 2, True),
        ([("Satellites", "NNS"), ("today", "NN"), ("serve", "VBP"), ("farmers", "NNS")], 1,
         True),
        # negative: a past event, an event verb, the first person, "today" at the end
        ([("NASA", "NNP"), ("today", "NN"), ("announced", "VBD"), ("a", "DT"),
          ("partner", "NN")], 1, False),
        ([("NASA", "NNP"), ("today", "NN"), ("announces", "VBZ"), ("a", "DT"),
          ("partner", "NN")], 1, False),
        ([("We", "PRP"), ("today", "NN"), ("reaffirm", "VBP"), ("our", "PRP$"),
          ("ties", "NNS")], 1, False),
        ([("The", "DT"), ("talks", "NNS"), ("start", "VBP"), ("today", "NN")], 3, False),
        # a relative pronoun stands for its noun: nowadays
        ([("islands", "NNS"), ("that", "WDT"), ("today", "NN"), ("have", "VBP"), ("no", "DT"),
          ("antenna", "NN")], 2, True),
        ([("farmers", "NNS"), ("who", "WP"), ("today", "NN"), ("rely", "VBP"), ("on", "IN"),
          ("radio", "NN")], 2, True),
        # negative: the pronoun of an event verb, of a first person
        ([("agency", "NN"), ("which", "WDT"), ("today", "NN"), ("announces", "VBZ"),
          ("a", "DT"), ("partner", "NN")], 2, False),
        ([("we", "PRP"), ("who", "WP"), ("today", "NN"), ("sign", "VBP")], 2, False),
    ],
)  # fmt: skip
def test_a_mid_sentence_today_that_means_nowadays(words, i, expected):
    assert generic_today_inside(words, i) is expected


def test_a_mid_sentence_nowadays_in_the_pipeline(make_doc):
    doc = make_doc(["The country built its first satellite in 1962, and its firms today build "
                    "a large share of the small satellites in orbit."], year=2025)  # fmt: skip
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["1962"]
    doc = make_doc(["The agency today announced two new partners for the station."], year=2025)
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2025"]
