"""The document's own date from its text alone (``document_date_evidence``): the sources added
for files that come without a manifest, and the last resort that must not pick a cited date.
All texts are made up."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.nlp.extract.dates import find_dates
from pipeline.nlp.extract.dates.document import (
    SOURCES,
    document_date,
    document_date_evidence,
)
from pipeline.nlp.extract.dates.narrated import narrated_anchor

TODAY = date(2026, 12, 6)
BODY = "\n\n" + "The two agencies will share data from the orbiter. " * 8


def evidence(text: str, year: int | None = None) -> tuple[str | None, str]:
    return document_date_evidence(text, year=year, find=find_dates, today=TODAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an order's own heading dates the order ...
        ("Executive Order 14100 of March 3, 2024\n\nBy the authority vested in me" + BODY,
         ("2024-03-03", "order heading")),
        ("**Executive Order 14,100 of March 3, 2024**\n\nSection 1. Purpose." + BODY,
         ("2024-03-03", "order heading")),
        # ... an order the text cites does not
        ("Memorandum for the Heads of Agencies\n\nThis policy is consistent with Executive "
         "Order 14000 of August 2, 2023 (Streamlining Reviews)." + BODY, (None, "")),
        # a Federal Register page header, with or without the weekday
        ("Federal Register / Vol. 89, No. 45 / Wednesday, March 6, 2024 / Rules and "
         "Regulations\n\nSUMMARY: The office amends its rules." + BODY,
         ("2024-03-06", "Federal Register")),
        ("Federal Register/Vol. 88, No. 12/January 19, 2023/Notices\n\nThe office gives notice."
         + BODY, ("2023-01-19", "Federal Register")),
        # a Federal Register citation is no header
        ("Rules\n\nThe office withdraws the earlier rule on crew reports (88 FR 4100, January 19, "
         "2023) and asks for comments." + BODY, (None, "")),
        # a release number's year, when nothing better is found
        ("RELEASE 24-101\n\nAgency Picks Two Crews" + BODY, ("2024", "release number")),
        ("Release No. 23-045\n\nAgency Picks Two Crews" + BODY, ("2023", "release number")),
        # not a number that would be in the future, nor a figure reference
        ("RELEASE 29-101\n\nAgency Picks Two Crews" + BODY, (None, "")),
        ("Agency Picks Two Crews\n\nThe crews trained for 24-101 days." + BODY, (None, "")),
    ],
)  # fmt: skip
def test_document_date_new_sources(text, expected):
    assert evidence(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the latest full date at the head gives the year (the text was written on or after it)
        ("Crews Return\n\nThe crew undocked in February 2024 after six months aboard. The "
         "capsule had launched in August 2023." + BODY, ("2024", "latest date")),
        # a cited 1967 date in a 2024 release is not the document's: a later year is named
        ("Agency Welcomes a New Signatory\n\nThe accords build on the Outer Space Treaty, "
         "which opened for signature on January 27, 1967. The country joined in 2024." + BODY,
         (None, "")),
        # nor a date after a citing word, even when no later year is named
        ("Agency Welcomes a New Signatory\n\nThe accords build on the treaty of 27 January "
         "1967, and on the rescue agreement signed on 22 April 1968." + BODY, (None, "")),
        # a planned date is not the document's, and targets do not count as later years
        ("Mission Update\n\nThe probe is scheduled to launch in December 2026. Engineers "
         "tested it in May 2025 and aim for a landing by 2030." + BODY, ("2025", "latest date")),
        # a later year that is no target makes the latest date a historical one
        ("Station History\n\nThe first module flew in November 1998. In 2011 the station "
         "was completed." + BODY, (None, "")),
        # a date after today is no document date
        ("Plans\n\nThe panel met in March 2027." + BODY, (None, "")),
        ("Plans\n\nThe panel meets on 3 March 2027 to review the mission." + BODY, (None, "")),
    ],
)  # fmt: skip
def test_the_latest_date_is_a_last_resort(text, expected):
    assert evidence(text) == expected


def test_stronger_evidence_wins_over_the_last_resort():
    # a date line beats a later date of the running text; a release number beats nothing only
    text = "Posted: March 5, 2024\n\nRELEASE 24-101\n\nThe crew landed on 2 April 2024." + BODY
    assert evidence(text) == ("2024-03-05", "date line")
    text = "RELEASE 24-101\n\nThe crew undocked in February 2024." + BODY
    assert evidence(text) == ("2024", "release number")


def test_the_metadata_year_decides_between_disagreeing_sources():
    # a found date of another year loses to the metadata's year
    text = "Crews Return\n\nThe crew undocked in February 2024." + BODY
    assert evidence(text, year=2025) == ("2025", "metadata year")
    assert evidence(text, year=2024) == ("2024", "latest date")


def test_every_reported_source_is_listed_and_the_value_agrees():
    texts = [
        "Executive Order 14100 of March 3, 2024\n\nText." + BODY,
        "RELEASE 24-101\n\nText." + BODY,
        "Crews Return\n\nThe crew undocked in February 2024." + BODY,
        "Text." + BODY,
    ]
    for text in texts:
        value, source = evidence(text)
        assert (source in SOURCES) if value else source == ""
        assert document_date(text, find=find_dates, today=TODAY) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from X until the <event> in Y": one range
        ("The bureau was active from 1951 until the merger of the two offices in 1991.",
         [("from 1951 until the merger of the two offices in 1991", "1951/1991")]),
        ("The base ran from 1962 until its closure in 1975.",
         [("from 1962 until its closure in 1975", "1962/1975")]),
        ("From March 2020 until the end of the program in June 2022, crews flew.",
         [("From March 2020 until the end of the program in June 2022", "2020-03/2022-06")]),
        # not a clause after "until", not without "from", not an end before the start
        ("The bureau was active from 1951 until the ministry said in 1991 that it closed.",
         [("1951", "1951"), ("1991", "1991")]),
        ("The bureau was active from 1951 until the offices merged in 1991.",
         [("1951", "1951"), ("1991", "1991")]),
        ("In 1951 the bureau grew until the merger of the offices in 1991.",
         [("1951", "1951"), ("1991", "1991")]),
        ("The pad was used from 1962 until the first crews in 1961 arrived.",
         [("1962", "1962"), ("1961", "1961")]),
    ],
)  # fmt: skip
def test_a_range_that_ends_with_an_event_and_its_year(text, expected):
    assert [(m.mention, m.value) for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        # a wire dateline without a year takes the metadata's year ...
        ("ROME, May 3 (Agency) -- The two ministers met." + BODY, 2023,
         ("2023-05-03", "wire dateline")),
        # ... else the first such day on or after the latest date the text names
        ("ROME, May 3 (Agency) -- The ministers signed a plan. Talks began in March 2025." + BODY,
         None, ("2025-05-03", "wire dateline")),
        ("ROME, Jan. 3 (Agency) -- The ministers said a probe flew in December 2024." + BODY,
         None, ("2025-01-03", "wire dateline")),
        # nothing to date it by: no date
        ("ROME, May 3 (Agency) -- The two ministers met." + BODY, None, (None, "")),
    ],
)  # fmt: skip
def test_a_wire_dateline_without_a_year(text, year, expected):
    assert evidence(text, year=year) == expected


ARTICLE = (
    "{opening} It was built by several agencies and first flew on 20 November 1998. "
    "The last module was added on 12 May 2011.\n\nHistory\n\nThe project began in 1984." + BODY
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an encyclopedia article (its opening defines its subject) has no date of its own:
        # the dates of its running text are its subject's
        (ARTICLE.format(opening="The Orbital Relay Station (ORS) is a space station in low "
                        "orbit run by three partner agencies."), (None, "")),
        (ARTICLE.format(opening="**Kestrel-2** (also called K2) was a lunar orbiter "
                        "launched by a national agency of a small state."), (None, "")),
        (ARTICLE.format(opening="The Kestrel program is a robotic exploration program led by "
                        "a space agency and its partners."), (None, "")),
        ("Kestrel\n\nThe probe flew to the Moon on 3 May 2019 and returned data.\n\nSee also\n\n"
         "Lunar probes" + BODY, (None, "")),
        # a labelled date line or a dateline still dates it
        ("Last updated: 4 June 2024\n\n" + ARTICLE.format(
            opening="The Orbital Relay Station (ORS) is a space station in low orbit run by "
                    "three partner agencies."), ("2024-06-04", "date line")),
        # a release that does not open with a definition keeps its running text's date
        ("Relay Station Adds a Module\n\nThe agency said on 12 May 2011 that the last module "
         "had been added to the station after a long series of flights." + BODY,
         ("2011-05-12", "lead date")),
        ("Relay Station Adds a Module\n\nThe agency and its partners announced that the last "
         "module of the station was added in May 2011 after a long series of flights." + BODY,
         ("2011", "latest date")),
    ],
)  # fmt: skip
def test_an_encyclopedia_article_has_no_document_date(text, expected):
    assert evidence(text) == expected


@pytest.mark.parametrize(
    ("title", "year", "expected"),
    [
        # a title's year dates the document, when it agrees with the metadata: a report on a
        # year speaks from that year even when it came out early in the next
        ("Space White Paper 2023", None, ("2023", "title year")),
        ("Space White Paper 2023", 2023, ("2023", "title year")),
        ("Annual Highlights of Results 2023", 2024, ("2023", "title year")),
        ("Space White Paper 2020", 2024, ("2024", "metadata year")),
        # a target year is no title year
        ("Vision 2040", None, (None, "")),
    ],
)
def test_a_title_year(title, year, expected):
    text = title + "\n\nThe agency set out its goals for the coming years." + BODY
    assert document_date_evidence(text, year=year, find=find_dates, title=title) == expected
    assert document_date_evidence(text, year=year, title=title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a release line and a resolution's adoption line at the head
        ("Agency Picks Two Crews\nFor Immediate Release: March 5, 2024\n" + BODY,
         ("2024-03-05", "date line")),
        ("Agency Picks Two Crews\nFOR IMMEDIATE RELEASE - 5 March 2024\n" + BODY,
         ("2024-03-05", "date line")),
        ("Resolution adopted by the General Assembly on 5 March 2024\n" + BODY,
         ("2024-03-05", "adoption line")),
        # not a release date the story names, nor a resolution the text recalls
        ("Agency Picks Two Crews\n\nThe agency set the release of the crew names for March 5, "
         "2027, it said." + BODY, (None, "")),
    ],
)  # fmt: skip
def test_release_and_adoption_lines(text, expected):
    assert evidence(text) == expected


def test_a_recalled_adoption_is_no_adoption_line():
    text = ("Principles\n\nRecalling its resolution adopted by the General Assembly on 5 March "
            "1972 on the same matter," + BODY)  # fmt: skip
    assert evidence(text)[1] != "adoption line"


# --- an anchor for relative dates when the text states no date (issue 14) -------------------


def anchor(sentences: list[tuple[str, bool]]) -> str | None:
    text = " ".join(s for s, _ in sentences)
    return narrated_anchor(sentences, text=text, find=find_dates, today=TODAY)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the latest date told as past: its year
        ([("The council met in Oslo in May 2024.", True),
          ("Its first meeting was held on 3 March 2022.", True)], "2024"),
        # a date in a sentence that does not narrate the past does not count ...
        ([("The probe will launch in May 2025.", False), ("The agency signed it in May 2023.", True)],
         "2023"),
        # ... nor a planned one told in the past tense, nor a day after today
        ([("The crew was scheduled to fly in March 2025.", True),
          ("The rover landed in June 2021.", True)], "2021"),
        ([("The launch happened on 5 March 2027.", True)], None),
        # a cited instrument's date is not a told event of the document's time
        ([("The parties recalled the treaty of 27 January 1967.", True)], None),
        # a year alone does not anchor (a history's summary: "in 2019 the agency grew")
        ([("In 2019 the agency grew.", True)], None),
        # a text that names a later year than its latest told date speaks from after it
        ([("On 20 July 1969 the crew landed.", True), ("The station opened in 1998.", True)],
         None),
        # a text whose nearest target lies decades after its latest told date: a recalled
        # landing in a speech that aims at a return "by 2028" is not the speech's time
        ([("On 20 July 1969 the crew landed on the Moon.", True),
          ("We aim to go back by 2028.", False)], None),
        # a near target does not disturb a recent told date
        ([("The two agencies met in April 2024.", True),
          ("They plan a joint mission by 2027.", False)], "2024"),
        # nothing told
        ([("The agencies cooperate on navigation.", False)], None),
    ],
)  # fmt: skip
def test_an_anchor_from_the_past_the_text_tells(sentences, expected):
    assert anchor(sentences) == expected


#: An undated opening longer than the head the document date is read from.
OPENING = ["The two agencies share data from their orbiters. " * 70]


def test_the_anchor_in_the_pipeline(make_doc):
    # no date of its own: "last year" counts from the latest date the text tells as past, and
    # documents.csv's date stays empty while the anchor and its basis are recorded
    doc = make_doc(
        OPENING
        + ["The ministers met in Rome in May 2024.", "Last year, the agencies signed a pact."]
    )
    assert doc._.sc_document_date == ""
    assert (doc._.sc_date_anchor, doc._.sc_date_basis) == ("2024", "narrated past date")
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2024-05", "2023"]
    # a stated date is its own anchor
    doc = make_doc(["WASHINGTON, March 8, 2024 — NASA spoke.", "Last year, it flew."])
    assert (doc._.sc_date_anchor, doc._.sc_date_basis) == ("2024-03-08", "dateline")
    # a future target year never becomes the anchor: nothing told, "last year" unresolved
    doc = make_doc(
        OPENING + ["The agencies will land a crew in May 2028.", "Last year, they signed a pact."]
    )
    assert (doc._.sc_date_anchor, doc._.sc_date_basis) == ("", "")
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2028-05"]
    # an encyclopedia article is not anchored by its subject's dates
    doc = make_doc(
        ["Mir was a space station that operated in low Earth orbit for many years."] + OPENING
        + ["It was deorbited in March 2001.", "Last year, a film told its story."]
    )  # fmt: skip
    assert doc._.sc_date_anchor == ""


def test_the_anchor_can_be_switched_off(make_doc):
    from pipeline.nlp.components.dates import DateFinder

    doc = make_doc(
        OPENING
        + ["The ministers met in Rome in May 2024.", "Last year, the agencies signed a pact."]
    )
    doc = DateFinder(undated_anchor_from_narration=False)(doc)
    assert (doc._.sc_date_anchor, doc._.sc_date_basis) == ("", "")
    assert [d.kb_id_ for d in doc.spans["dates"]] == ["2024-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labels in other cases and words
        ("Agency Picks Two Crews\nLast Updated: March 5, 2024" + BODY, ("2024-03-05", "date line")),
        ("Agency Picks Two Crews\nPublished On: March 5, 2024" + BODY, ("2024-03-05", "date line")),
        ("Agency Picks Two Crews\nRelease Date: March 5, 2024" + BODY, ("2024-03-05", "date line")),
        ("Council Decision\nDate of adoption: 5 March 2024" + BODY, ("2024-03-05", "date line")),
        # a date line in figures: the day when its order is certain, else the year
        ("Agency Picks Two Crews\nDate: 25/03/2024" + BODY, ("2024-03-25", "date line in figures")),
        ("Agency Picks Two Crews\nPosted: 03/25/2024" + BODY, ("2024-03-25", "date line in figures")),
        ("Paris, 05/03/2024 – The two agencies met." + BODY, ("2024", "date line in figures")),
        ("Agency Picks Two Crews\nDate: 05/03/2031" + BODY, (None, "")),  # after today
        # figures in a sentence are no date line
        ("Agency Picks Two Crews\n\nThe crews trained from 05/03/2024 on." + BODY, (None, "")),
        # a resolution's own symbol at the head: the year its session opened
        ("A/RES/76/3\n\nThe Space2030 Agenda\n" + BODY, ("2021", "resolution symbol")),
        # a resolution the text recalls is not its symbol
        ("Principles\n\nRecalling its resolution A/RES/62/101 on registration practice," + BODY,
         (None, "")),
        # a copyright line at the head or the foot: its last year
        ("Agency Picks Two Crews\n\nCopyright © 2021 Example Institute." + BODY,
         ("2021", "copyright line")),
        ("Agency Picks Two Crews" + BODY + "\n\n© 2019–2022 Example Institute",
         ("2022", "copyright line")),
        # a journal article's history line: the day it came out, not the day it was received
        ("Two Coalitions\nReceived 3 May 2025; Accepted 9 June 2025; Available online 1 July 2025"
         + BODY, ("2025-07-01", "date line")),
        ("Two Coalitions\nReceived: 3 May 2025 / Accepted: 9 June 2025 / Published online: "
         "1 July 2025" + BODY, ("2025-07-01", "date line")),
        ("Two Coalitions\nFirst published: 1 July 2025" + BODY, ("2025-07-01", "date line")),
        # ... not a label inside a sentence (only the last resort reads that date)
        ("Two Coalitions\n\nOur data set, which was first published 3 May 2019, lists every "
         "signatory." + BODY, ("2019", "latest date")),
        # a copyright law the text names is no copyright line
        ("Agency Picks Two Crews\n\nThe Copyright Act of 1976 covers the images." + BODY,
         (None, "")),
    ],
)  # fmt: skip
def test_more_date_line_shapes(text, expected):
    assert evidence(text) == expected


FOOT = "\n\n" + "The two agencies share data from the orbiter. " * 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a labelled date line at a web page's foot, and a signature block after its place
        ("Agency Picks Two Crews" + FOOT + "\n\nPage Last Updated: Mar 05, 2024\nEditor: A. Roe",
         ("2024-03-05", "foot date line")),
        ("Letter of Intent" + FOOT + "\n\nMinister of Research\nLisbon, 5 March 2024",
         ("2024-03-05", "signature block")),
        ("Letter of Intent" + FOOT + "\n\nSigned in Rome, on 5 March 2024",
         ("2024-03-05", "signing formula")),
        # a weekday is no place of signing; a dated sentence at the foot is no date line
        ("Crews\nMonday, June 3, 2025\n\nThe agency picked two crews.", ("2025", "latest date")),
        ("Agency Picks Two Crews" + FOOT + "\n\nThe probe was last updated in orbit on May 2, 2024, "
         "when the crew uploaded new software to it.", ("2024", "latest date")),
        # a document's own date line wins over a weekday and date its running text tells
        ("Joint Statement\n\nOn Monday, March 4, 2024, the two ministers met in Lisbon." + FOOT
         + "\n\nLisbon, March 6, 2024", ("2024-03-06", "signature block")),
        # the lead's date or a weekday's in a clause of a plan is the plan's, not the document's
        ("The orbiter will launch on March 5, 2026, from the coast." + BODY, (None, "")),
        ("The ministers are set to meet on Tuesday, March 5, 2024, in Lisbon." + BODY, (None, "")),
        ("The ministers met on Tuesday, March 5, 2024, in Lisbon." + BODY,
         ("2024-03-05", "weekday date")),
        # a lead that opens on a day long before the years the text tells is a history's
        ("On July 20, 1969, two crew members walked on the Moon." + BODY + " The crew flew in 2023.",
         (None, "")),
        ("The president welcomes the prime minister on October 25, 2023." + BODY
         + " The partners back a bid to host the games in 2026.", ("2023-10-25", "lead date")),
        # lines of "name, date – event" are a timeline, not a dateline nor a date line
        ("Milestones\n\nProbe A, October 4, 1997 – it reaches orbit.\nProbe B, April 12, 2001 – it"
         " lands.\nProbe C, July 20, 2009 – it returns." + BODY + " In 2023 a fourth flew.",
         (None, "")),
        ("LISBON, March 5, 2024 – The two agencies met." + BODY, ("2024-03-05", "dateline")),
        # a wire agency's tag between the dateline's date and its dash
        ("ABU DHABI, 14th October, 2026 (WAM) -- The centre will ship the module." + BODY,
         ("2026-10-14", "dateline")),
        ("LIMA, March 3, 2025 (Andina) - The agency said it would join." + BODY,
         ("2025-03-03", "dateline")),
        # ... but tagged lines of "name, date – event" are still a timeline
        ("Milestones\n\nProbe A, October 4, 1997 (NASA) – it reaches orbit.\nProbe B, April 12, "
         "2001 (ESA) – it lands.\nProbe C, July 20, 2009 (JAXA) – it returns." + BODY
         + " In 2023 a fourth flew.", (None, "")),
    ],
)  # fmt: skip
def test_the_documents_own_date_lines_win_over_narrated_dates(text, expected):
    assert evidence(text) == expected


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("30 Years Ago: A Probe Maps the Moon", "In 1994, a small probe mapped the Moon." + BODY,
         ("2024", "anniversary")),
        ("", "Fifty Years Ago: The First Station\n\nIn 1971 the first station reached orbit."
         + BODY, ("2021", "anniversary")),
        # no year in the first sentence, a title that counts no years ago, a sum after today
        ("30 Years Ago: A Probe Maps the Moon", "A small probe mapped the Moon. It flew in 1994."
         + BODY, (None, "")),
        ("A Probe Maps the Moon", "In 1994, a small probe mapped the Moon." + BODY, (None, "")),
        ("40 Years Ago: A Plan", "In 1999, the agency drew up a plan." + BODY, (None, "")),
    ],
)  # fmt: skip
def test_an_anniversary_feature(title, text, expected):
    assert document_date_evidence(text, find=find_dates, title=title, today=TODAY) == expected
