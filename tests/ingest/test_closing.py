"""What closes a release, an order or a report (contacts, link lead-ins, filing footers,
reference entries, signature lines), numbered HTML paragraphs, citation brackets in PDF blocks
and the PDF creation year: each recogniser with lines it must take and lines it must leave.
Every line here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.document import Block
from pipeline.ingest import ingest
from pipeline.ingest.html import ingest_html
from pipeline.ingest.pdf.citations import strip_block_citations
from pipeline.ingest.pdf.metadata import creation_year
from pipeline.ingest.publisher import Kind, is_end_mark, section_kind
from pipeline.ingest.publisher.closing import (
    is_byline,
    is_contact_line,
    is_federal_register_footer,
    is_follow_line,
    is_link_lead_in,
    is_reference_entry,
    is_signature_line,
    is_signature_mark,
    split_federal_register_footer,
    split_follow_line,
    split_signature_block,
)


@pytest.mark.parametrize(
    ("recogniser", "line", "expected"),
    [
        (is_contact_line, "555-201-3344", True),
        (is_contact_line, "555-201-3344 / 555-987-1200", True),
        (is_contact_line, "(555) 201-3344", True),
        (is_contact_line, "jane.roe@example.org / john.doe@example.org", True),
        (is_contact_line, "Phone: +44 20 7946 0001, Email: press@example.org", True),
        (is_contact_line, "The agency spent 555 million on 201 missions.", False),
        (is_contact_line, "Write to press@example.org for the full report.", False),
        (is_follow_line, "Follow @jane_roe on X.", True),
        (is_follow_line, "Follow us on Facebook and Instagram", True),
        (is_follow_line, "Follow the crew's progress on the station blog.", False),
        (is_follow_line, "The lander will follow the rover on its traverse.", False),
        (is_link_lead_in, "Learn more about the relay programme at:", True),
        (is_link_lead_in, "For more information about the launch centre, visit:", True),
        (is_link_lead_in, "To learn more about the mission, visit:", True),
        (is_link_lead_in, "The parties agreed on the following:", False),
        (is_link_lead_in, "Learn more about the relay programme at the museum.", False),
        (is_federal_register_footer, "[FR Doc. 2031-01234 Filed 3-4-31; 8:45 am]", True),
        (
            is_federal_register_footer,
            "[FR Doc. 2031-01234 Filed 3-4-31; 8:45 am] Billing code 3295-F1-P",
            True,
        ),
        (is_federal_register_footer, "Billing code 3510-22-P", True),
        (
            is_federal_register_footer,
            "Filed by the Office of the Federal Register on May 2, 2031",
            True,
        ),
        (
            is_federal_register_footer,
            "The order was filed with the Federal Register in May.",
            False,
        ),
        (
            is_reference_entry,
            "3. Roe J, Doe A. Lunar relays. Space Policy. 2019; 12(3):45-67.",
            True,
        ),
        (
            is_reference_entry,
            "Doe, J. and Roe, A. (2018). Relays. Acta Astronautica 9, pp. 3-9.",
            True,
        ),
        (
            is_reference_entry,
            "1Roe JQ, Doe A. Relay orbits. Sci. 2029. DOI: 10.1234/abcd.5678.",
            True,
        ),
        (is_reference_entry, "Roe et al. (2019) showed that relays fail in 12(3) cases.", False),
        (is_reference_entry, "Doe said the 2019 agreement was a turning point.", False),
        (is_signature_line, "JANE Q. PUBLIC", True),
        (is_signature_line, "JOHN A. DOE JR.", True),
        (is_signature_line, "THE WHITE HOUSE,", True),
        (is_signature_line, "John A. Doe, Jr.", True),
        (is_signature_line, "The parties shall consult.", False),
        (is_signature_line, "NASA will fly the relay in 2031.", False),
        (is_signature_mark, "Roe.EPS", True),
        (is_signature_mark, "B", True),
        (is_signature_mark, "Roe", False),
        (is_signature_mark, "Section 2.", False),
        (is_byline, "By Jane Roe", True),
        (is_byline, "By Jane Roe, Example University, Springfield, and John Doe, the Relay", True),
        (
            is_byline,
            "By Jane Q. Roe and John Doe, Office of Public Affairs, Springfield, Md.",
            True,
        ),
        (is_byline, "By June 2031, the agency will fly two relays.", False),
        (is_byline, "By Contrast, the Partners Kept Their Own Rules.", False),
        (is_byline, "By Jane Roe, who wrote the first draft of the plan.", False),
        (is_byline, "By Executive Order 13000 the President set up the council.", False),
    ],
)
def test_closing_recognisers(recogniser, line: str, expected: bool) -> None:
    assert recogniser(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("– end-", True), ("— END —", True), ("-end-", True), ("###", True), ("the end", False)],
)
def test_end_mark_with_dashes(line: str, expected: bool) -> None:
    assert is_end_mark(line) is expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Media Contact:", Kind.TERMINAL),
        ("News Media Contacts", Kind.TERMINAL),
        ("Press contacts", Kind.TERMINAL),
        ("Contact with the crew", Kind.BODY),
        ("First contacts between the agencies", Kind.BODY),
    ],
)
def test_contact_headings_end_the_text(heading: str, expected: Kind) -> None:
    assert section_kind(heading) is expected


RELEASE = (
    "Relay Agency Signs Accord\n\n"
    "The relay agency signed an accord with two partners to share tracking data.\n\n"
    "Learn more about the relay accord at:\n\n"
    "https://www.example.org/relay\n\n"
    "Follow @relay_agency on X.\n\n"
    "The accord enters into force next year.\n\n"
    "News Media Contacts\n\n"
    "Jane Roe / John Doe\n\n"
    "Relay Agency, Springfield\n\n"
    "555-201-3344 / 555-201-3355\n\n"
    "jane.roe@example.org / john.doe@example.org\n\n"
    "2031-044\n"
)

ORDER = (
    "Order on the Relay Council\n\n"
    "Section 1. Purpose. The council shall coordinate the relay programme of the agencies.\n\n"
    "Sec. 2. General Provisions. This order shall be implemented consistent with law.\n\n"
    "JOHN A. DOE JR.\n\n"
    "THE WHITE HOUSE,\n\n"
    "March 3, 2031.\n\n"
    "[FR Doc. 2031-01234 Filed 3-5-31; 8:45 am]\n\n"
    "Billing code 3295-F1-P\n\n"
    "Citations:\n\n"
    "1Roe JQ, Doe A. Relay orbits and their uses. Space Policy. 2029; 41(2):10-19. DOI: "
    "10.1234/abcd.5678.\n"
)


def _ingest(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ingest(path)


def test_release_contacts_and_links_are_excluded(tmp_path: Path) -> None:
    document = _ingest(tmp_path, "release.txt", RELEASE)
    assert [b.text for b in document.blocks] == [
        "The relay agency signed an accord with two partners to share tracking data.",
        "The accord enters into force next year.",
    ]
    kinds = {e.text: e.kind for e in document.parsed.excluded}
    assert kinds["Learn more about the relay accord at:"] == "interface"
    assert kinds["Follow @relay_agency on X."] == "interface"
    assert kinds["555-201-3344 / 555-201-3355"] == "back_matter"
    assert kinds["2031-044"] == "back_matter"


def test_lead_in_before_an_end_mark_stays_prose() -> None:
    html = (
        "<html><body><article><h1>Relay</h1><p>The accord was signed today.</p>"
        "<p>Learn more about the accord at:</p><p>###</p><p>Jane Roe</p></article></body></html>"
    )
    blocks = [b.text for b in ingest_html(html.encode()).blocks]
    assert blocks == ["The accord was signed today.", "Learn more about the accord at:"]


def test_lead_in_without_link_stays_prose(tmp_path: Path) -> None:
    text = (
        "A Plan\n\nThe partners listed three goals at:\n\nthe meeting in the spring of that year.\n"
    )
    document = _ingest(tmp_path, "plan.txt", text)
    assert any("three goals" in b.text for b in document.blocks)


def test_order_signature_footer_and_references(tmp_path: Path) -> None:
    document = _ingest(tmp_path, "order.txt", ORDER)
    texts = [b.text for b in document.blocks]
    assert texts[-1] == "March 3, 2031."  # the date the order speaks from stays readable
    assert not any("DOE JR" in t or "WHITE HOUSE" in t or "FR Doc" in t for t in texts)
    assert not any("Relay orbits" in t for t in texts)
    kinds = {e.text: e.kind for e in document.parsed.excluded}
    assert kinds["JOHN A. DOE JR."] == "back_matter"
    assert kinds["THE WHITE HOUSE,"] == "back_matter"
    assert kinds["[FR Doc. 2031-01234 Filed 3-5-31; 8:45 am]"] == "footer"
    assert kinds["Billing code 3295-F1-P"] == "footer"


@pytest.mark.parametrize(
    ("text", "rest", "footer"),
    [
        (
            "THE WHITE HOUSE, May 2, 2031. [FR Doc. 2031-01234 Filed 5-4-31; 8:45 am] "
            "Billing code 3295-F1-P",
            "THE WHITE HOUSE, May 2, 2031.",
            "[FR Doc. 2031-01234 Filed 5-4-31; 8:45 am] Billing code 3295-F1-P",
        ),
        ("[FR Doc. 31-123 Filed 1-2-31; 9:00 am]", "", "[FR Doc. 31-123 Filed 1-2-31; 9:00 am]"),
        (
            "See the notice [FR Doc. 31-123] for details.",
            "See the notice [FR Doc. 31-123] for details.",
            "",
        ),
    ],
)
def test_split_federal_register_footer(text: str, rest: str, footer: str) -> None:
    assert split_federal_register_footer(text) == (rest, footer)


@pytest.mark.parametrize(
    ("text", "rest", "follow"),
    [
        (
            "Jane Roe commands the flight. Follow @jane_roe on X.",
            "Jane Roe commands the flight.",
            "Follow @jane_roe on X.",
        ),
        (
            "The crew will follow us on X-band links.",
            "The crew will follow us on X-band links.",
            "",
        ),
        (
            "The rover drives on. Follow the rover on its map.",
            "The rover drives on. Follow the rover on its map.",
            "",
        ),
    ],
)
def test_split_follow_line(text: str, rest: str, follow: str) -> None:
    assert split_follow_line(text) == (rest, follow)


def test_footer_glued_to_a_markdown_paragraph(tmp_path: Path) -> None:
    text = (
        "# Order on Relays\n\nThe council shall meet each year.\n\n"
        "THE WHITE HOUSE,\nMay 2, 2031.\n[FR Doc. 2031-01234\nFiled 5-4-31; 8:45 am]\n"
        "Billing code 3295-F1-P\n"
    )
    document = _ingest(tmp_path, "order.md", text)
    assert not any("FR Doc" in b.text or "Billing" in b.text for b in document.blocks)
    footers = [e.text for e in document.parsed.excluded if e.kind == "footer"]
    assert footers == ["[FR Doc. 2031-01234 Filed 5-4-31; 8:45 am] Billing code 3295-F1-P"]


def test_capitals_in_the_middle_are_not_a_signature(tmp_path: Path) -> None:
    text = (
        "A Plan\n\nThe council met in the spring.\n\nSPACE POLICY\n\n"
        "The council adopted the relay plan and asked the agencies to report each year.\n"
    )
    document = _ingest(tmp_path, "plan.txt", text)
    assert document.blocks[-1].text.startswith("The council adopted")


def _html(body: str) -> list[str]:
    html = f"<html><body><article><h1>Relay Accord</h1>{body}</article></body></html>"
    return [b.text for b in ingest_html(html.encode()).blocks]


def test_html_numbered_paragraphs_are_a_list() -> None:
    blocks = _html(
        "<p>The parties agree as follows.</p>"
        "<p>1. Each party shall notify the other of its launches.</p>"
        "<p>2. Each party shall share tracking data.</p>"
    )
    assert blocks == [
        "The parties agree as follows.",
        "Each party shall notify the other of its launches.",
        "Each party shall share tracking data.",
    ]


def test_html_paragraph_opening_with_a_number_alone_is_kept() -> None:
    blocks = _html(
        "<p>The agency flew many missions.</p>"
        "<p>3 missions carried a relay payload to lunar orbit that year.</p>"
        "<p>The relay worked well.</p>"
    )
    assert "3 missions carried a relay payload to lunar orbit that year." in blocks


def test_html_br_lines_judged_over_the_page() -> None:
    # Lines broken with <br> that are not wrapped at a fixed width (a transcript's lines of any
    # length): a paragraph of a few lines of similar length on that page (names and offices)
    # is not wrapped prose either, though on its own it would look wrapped.
    transcript = "<br>".join(
        [
            "The chair opened the meeting.",
            "The delegates of the two agencies then presented the plan for the relay "
            "satellites and the ground stations that will receive their data.",
            "Questions followed.",
            "A delegate asked when the first relay would fly, and the chair said that the "
            "launch was planned for the spring.",
        ]
    )
    names = [
        "Jane Roe, Director of the Relay Office, Springfield",
        "John Doe, Deputy for Launch Operations, Shelbyville",
        "Anna Lee, Chief of the Tracking Network, Capital City",
        "Omar Diaz, Head of the Ground Stations, Ogdenville",
    ]
    blocks = _html(f"<p>{transcript}</p><p>{'<br>'.join(names)}</p>")
    assert all(name in blocks for name in names)
    assert "Questions followed." in blocks


def test_html_wrapped_br_paragraph_is_joined() -> None:
    wrapped = (
        "The agency signed the relay accord with its two partners in the spring and<br>"
        "began to plan a joint mission to the far side of the Moon with a small lander<br>"
        "and a relay satellite of its own design, launched from a site on the coast<br>"
        "before the end of the decade, with crews trained in both of the countries."
    )
    blocks = _html(f"<p>{wrapped}</p>")
    assert len(blocks) == 1 and "spring and began" in blocks[0]


@pytest.mark.parametrize(
    ("text", "breaks", "expected", "at"),
    [
        ("relays [12] work well [3, 4].", ((12, 2),), "relays work well.", ((7, 2),)),
        ("[7] showed it. More text.", ((15, 2),), "showed it. More text.", ((11, 2),)),
        ("growth. [? ] Then more.", (), "growth. Then more.", ()),
        (
            "for t ∈ [0, 1] and x = [1, 2] it holds",
            (),
            "for t ∈ [0, 1] and x = [1, 2] it holds",
            (),
        ),
        ("the list [a] here", (), "the list [a] here", ()),
        # a bracket named after a preposition stays; one alone in parentheses goes with them
        (
            "as shown in [12], relays work ([3]). Then",
            ((37, 2),),
            "as shown in [12], relays work. Then",
            ((31, 2),),
        ),
    ],
)
def test_pdf_block_citations(text, breaks, expected, at) -> None:
    block = strip_block_citations(Block(text=text, page=1, page_breaks=breaks))
    assert block.text == expected
    assert block.page_breaks == at
    for (old, _), (new, _) in zip(breaks, block.page_breaks, strict=True):
        assert text[old:].split()[0] == block.text[new:].split()[0]


@pytest.mark.parametrize(
    ("created", "texts", "expected"),
    [
        ("D:20210527001740Z", ["We thank the referee.", "Roe (2014) and Doe (2015)."], None),
        ("D:20210527001740Z", ["As in Roe (2020), the relay works."], 2021),
        ("D:20210527001740Z", ["No year is named here."], 2021),
        ("D:20210527001740Z", ["Dated: May 2, 2021"], 2021),
        ("", ["Roe (2014)."], None),
    ],
)
def test_pdf_creation_year(created, texts, expected) -> None:
    assert creation_year({"CreationDate": created} if created else {}, texts) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (["A Study of Relays", "(Dated: March 3, 2016)"], 2016),
        (["A Study of Relays", "14 June 2015"], 2015),
        (["A Study of Relays", "Jane Roe and John Doe"], None),
        (["May 2, 2029"], None),  # later than the file was made: not the text's date
    ],
)
def test_pdf_artefact_creation_year_gives_way_to_a_page_one_date(head, expected) -> None:
    info = {"CreationDate": "D:20210527001740Z"}
    assert creation_year(info, ["Roe (2014) and Doe (2015)."], head) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["(c) The council shall report.", "Roe.EPS", "THE WHITE HOUSE,", "May 2, 2031."],
            (
                ["(c) The council shall report."],
                ["Roe.EPS", "THE WHITE HOUSE,", "May 2, 2031."],
                "",
            ),
        ),
        (
            ["B", "THE WHITE HOUSE,", "May 2, 2031.", "[FR Doc. 31-0042", "Filed 5-4-31; 8:45 am]"],
            (
                [],
                ["B", "THE WHITE HOUSE,", "May 2, 2031."],
                "[FR Doc. 31-0042 Filed 5-4-31; 8:45 am]",
            ),
        ),
        (
            ["JANE Q. ROE", "THE WHITE HOUSE,"],
            ([], ["JANE Q. ROE", "THE WHITE HOUSE,"], ""),
        ),
        # negative: a date or a capital letter without a signature line, a single line
        (["The parties met in the spring of", "May 2, 2031."], None),
        (["The plan has two parts:", "B", "The relay."], None),
        (["The accord was signed by", "JANE ROE", "THE WHITE HOUSE,"], None),
        (["THE WHITE HOUSE,"], None),
    ],
)
def test_split_signature_block(lines, expected) -> None:
    assert split_signature_block(lines) == expected


def test_signature_block_glued_to_a_markdown_paragraph(tmp_path: Path) -> None:
    text = (
        "# Order on Relays\n\nThe council shall meet each year.\n\n"
        "(b) The council shall report to the President.\nRoe.EPS\nTHE WHITE HOUSE,\n"
        "May 2, 2031.\n[FR Doc. 2031-01234\nFiled 5-4-31; 8:45 am]\nBilling code 3295-F1-P\n"
    )
    document = _ingest(tmp_path, "order.md", text)
    texts = [b.text for b in document.blocks]
    assert texts[-2:] == ["(b) The council shall report to the President.", "May 2, 2031."]
    kinds = {e.text: e.kind for e in document.parsed.excluded}
    assert kinds["Roe.EPS"] == "back_matter"
    assert kinds["THE WHITE HOUSE,"] == "back_matter"
    assert kinds["[FR Doc. 2031-01234 Filed 5-4-31; 8:45 am] Billing code 3295-F1-P"] == "footer"


def test_lines_of_a_markdown_paragraph_without_signature_stay_one_block(tmp_path: Path) -> None:
    text = (
        "# Order on Relays\n\nThe council shall meet each year.\n\n"
        "The council shall report to the President\nby the end of\nMay 2, 2031.\n"
    )
    document = _ingest(tmp_path, "order.md", text)
    assert document.blocks[-1].text == (
        "The council shall report to the President by the end of May 2, 2031."
    )


def test_closing_byline_of_a_release_is_back_matter(tmp_path: Path) -> None:
    text = (
        "Relay Lands Safely\n\nThe relay landed on the far side of the Moon on Tuesday, and "
        "its first pictures reached the control centre an hour later.\n\n"
        "By June, the team expects the relay to carry the rover's data.\n\n"
        "By Jane Roe, Example University, Springfield, and John Doe, Relay Centre, Greenbelt\n"
    )
    document = _ingest(tmp_path, "release.txt", text)
    texts = [b.text for b in document.blocks]
    assert texts[-1] == "By June, the team expects the relay to carry the rover's data."
    kinds = {e.text: e.kind for e in document.parsed.excluded}
    assert kinds[
        "By Jane Roe, Example University, Springfield, and John Doe, Relay Centre, Greenbelt"
    ] == ("back_matter")
