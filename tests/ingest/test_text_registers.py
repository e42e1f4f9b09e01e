"""Text documents in registers users bring (issue 13): a hearing's printed record, a wire story,
press releases, a policy brief in Markdown, a translated white paper, Windows and cp1252 files,
a text hard-wrapped with indented paragraphs. The fixtures (``tests/fixtures/registers``) are the
team's own words; each is checked for what is kept, what is excluded and with which kind, and
that nothing is lost unseen. The rules behind them are tested one by one with negative cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pipeline.ingest import ingest
from pipeline.ingest.paragraphs import split_paragraphs, wrap_width
from pipeline.ingest.publisher import (
    is_caption,
    is_end_mark,
    is_interface_line,
    split_image_credit,
)
from pipeline.ingest.publisher.blocks import _SPEAKER
from pipeline.ingest.publisher.closing import is_credit_line
from pipeline.ingest.publisher.headings import opens_record_part
from pipeline.ingest.text import ingest_md, ingest_txt, parse_plain
from pipeline.ingest.textpages import running_lines

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_conservation import lost_words  # noqa: E402

REGISTERS = Path(__file__).resolve().parents[1] / "fixtures" / "registers"


def _blocks(path: Path) -> list[str]:
    return [b.text for b in ingest(path).blocks]


def _excluded(path: Path) -> list[tuple[str, str]]:
    return [(e.kind, e.text) for e in ingest(path).parsed.excluded]


# ------------------------------------------------------------------ the fixtures


@pytest.mark.parametrize("path", sorted(REGISTERS.iterdir()), ids=lambda p: p.name)
def test_registers_lose_nothing_unseen(path: Path) -> None:
    lost = lost_words(path)
    assert not lost, f"{path.name}: words in no block, section or excluded row: {dict(lost)}"


@pytest.mark.parametrize(
    ("name", "kept", "excluded"),
    [
        (
            "hearing.txt",
            [
                "The Subcommittee will come to order. Without objection, the Chair is "
                "authorized to declare recesses of the Subcommittee at any time.",
                "Thank you, Mr. Chairman. Our partnership with Europe, Japan and Canada on the "
                "Gateway is a model of how nations can work together in space. I yield back.",
                "Dr. Varga, is Russia still a partner on the station?",
                "NASA has added a second lander provider to reduce the risk of delay.",
            ],
            [
                ("speaker", "Chairman Ortega."),
                ("speaker", "Ms. Lindqvist."),
                ("speaker", "[Applause.]"),
                ("speaker", "[The prepared statement of Dr. Varga follows:]"),
                ("caption", "[GRAPHIC] [TIFF OMITTED] T1234.001"),
                ("speaker", "Question 1."),
                ("speaker", "Answer."),
                ("speaker", "Q2."),
                ("contents", "C O N T E N T S"),
                ("interface", "Serial No. 118-7"),
                ("heading", "COMMITTEE ON SCIENCE, SPACE, AND TECHNOLOGY HOUSE OF REPRESENTATIVES"),
                ("interface", "<all>"),
            ],
        ),
        (
            "senate.txt",
            [
                "Good morning. Today we examine how the United States can keep its lead in "
                "commercial launch.",
                "Yes. We asked Congress for forty new positions.",
                "The witness said: The FAA cannot keep pace without more staff.",
            ],
            [
                ("speaker", "Senator Marsh:"),
                ("speaker", "MS. KOWAL:"),
                ("speaker", "A:"),
                ("speaker", "[Laughter.]"),
                ("page_number", "Page 4"),
            ],
        ),
        (
            "wire.txt",
            [
                "Russia and China signed an agreement in 2021 to build a joint lunar research "
                "station.",
            ],
            [
                ("interface", "4 MIN READ"),
                ("interface", "Related: NASA chief warns of China's ambitions on the Moon"),
                ("back_matter", "Reporting by Chen Yu in Beijing and Mark Riley in Washington; "
                 "Editing by Paula Brandt"),
                ("interface", "Our Standards: The Example News Trust Principles."),
            ],
        ),
        (
            "wire2.txt",
            ["The deal was announced by the agency head in Tokyo."],
            [("back_matter", "Example Wire writer Kenji Sato contributed to this report.")],
        ),
        (
            "release.txt",
            ["The statement covers the exchange of scientific data and joint studies of a "
             "lunar sample return."],
            [("interface", "-30-"), ("back_matter", "About ESA")],
        ),
        (
            "whitepaper.txt",
            [
                "The sky above us belongs to no single people, and our program has grown with "
                "that idea in mind.",
                "Agreements with neighbours. The program has signed data-sharing accords with "
                "three neighbouring states.",
            ],
            [("heading", "(1) Launch vehicles"), ("other", "—")],
        ),
        (
            "wire.html",
            ["Japan will provide a pressurised rover, the two governments said in a joint "
             "statement."],
            [("back_matter", "Reporting by Ana Silva; Editing by Tom Reed")],
        ),
    ],
)  # fmt: skip
def test_register_kept_and_excluded(name: str, kept: list[str], excluded: list) -> None:
    path = REGISTERS / name
    blocks = _blocks(path)
    for text in kept:
        assert text in blocks
    rows = _excluded(path)
    for row in excluded:
        assert tuple(row) in rows
    # what is excluded never comes back as running text
    for _, text in excluded:
        assert all(text not in b for b in blocks if len(text) > 6)


def test_hearing_sections_and_no_label_in_text() -> None:
    document = ingest(REGISTERS / "hearing.txt")
    assert not any(_SPEAKER.match(b.text) for b in document.blocks)
    # the preamble under the contents is running text, in no section named after the contents
    assert document.blocks[0].text.startswith("The Subcommittee met")
    assert document.blocks[0].section == ""
    # the answers for the record after the appendix are running text
    assert document.blocks[-1].text.startswith("ESA provides the service module")


def test_whitepaper_contents_do_not_make_the_journal() -> None:
    document = ingest(REGISTERS / "whitepaper.txt")
    assert document.parsed.metadata.journal == ""
    assert document.blocks[0].section == "Foreword"
    assert document.blocks[-1].section == "Conclusion"


@pytest.mark.parametrize("name", ["windows.txt", "cp1252.txt", "wrapped.txt"])
def test_encodings_and_wrapping_give_whole_paragraphs(name: str) -> None:
    blocks = _blocks(REGISTERS / name)
    assert all("\u00ad" not in b and "\u00a0" not in b and "\r" not in b for b in blocks)
    assert all(b[:1].isupper() and b.rstrip()[-1] in ".!?" for b in blocks)
    assert len(blocks) == 3


def test_markdown_brief() -> None:
    parsed = ingest_md((REGISTERS / "brief.md").read_bytes())
    blocks = [b.text for b in parsed.blocks]
    assert "See the Accords text for the full principles." in blocks
    # "###" inside a code fence ends nothing: the footnote after it is still read
    assert [n.text for n in parsed.notes] == ["See Ellis, Lunar Politics (2022), p. 14."]
    assert ("other", "### not a heading: inside code") in [
        (e.kind, e.text) for e in parsed.excluded
    ]


# ------------------------------------------------------------------ the rules


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Chairman Ortega. The Subcommittee will come to order.", "Chairman Ortega. "),
        ("Senator Marsh: We need more launch ranges.", "Senator Marsh: "),
        ("Mr. Okafor. Thank you for the chance to testify.", "Mr. Okafor. "),
        ("The CHAIRMAN. Without objection, so ordered.", "The CHAIRMAN. "),
        ("Ranking Member Lindqvist. I thank the witnesses.", "Ranking Member Lindqvist. "),
        ("A: Yes, we asked for forty positions.", "A: "),
        ("Question 3. Will the lander be ready in time?", "Question 3. "),
        ("Answer. The agency plans a second test flight.", "Answer. "),
        ("Q4. How will the data be shared?", "Q4. "),
        ("MS. KOWAL: The FAA licensed more launches.", "MS. KOWAL: "),
        # negative: a sentence that opens like a label
        ("Senator Marsh said the bill would pass the chamber.", None),
        ("Dr. Varga, is the station still safe to fly?", None),
        ("The witness said: The FAA cannot keep pace.", None),
        ("Senator Marsh: the bill, she said, would pass.", None),
        ("Mr. Okafor's report found that the cost estimate was not reliable.", None),
        ("General Assembly. The resolution passed without a vote.", None),
        ("A. The parties shall notify each other of launches.", None),
    ],
)
def test_speaker_labels(paragraph: str, label: str | None) -> None:
    m = _SPEAKER.match(paragraph)
    assert (m.group(0) if m else None) == label


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("[Laughter.]", "speaker"),
        ("[Recess.]", "speaker"),
        ("[The information referred to follows:]", "speaker"),
        ("[Whereupon, at 4:10 p.m., the hearing was adjourned.]", "speaker"),
        ("[GRAPHIC] [TIFF OMITTED] T5678.010", "caption"),
        # negative: a draft's bracketed text under negotiation, a reference, a wiki tag
        ("[States shall not place weapons of any kind in orbit around the Earth.]", None),
        ("[12] Roe, J. Lunar relays. Space Policy, 2020.", None),
    ],
)
def test_record_notes(paragraph: str, kind: str | None) -> None:
    text = f"Hearing\n\n{paragraph}\n\nThe committee heard from two witnesses on the relay plan.\n"
    parsed = ingest_txt(text.encode())
    rows = [(e.kind, e.text) for e in parsed.excluded]
    if kind is None:
        assert all(e.text != paragraph for e in parsed.excluded)
    else:
        assert (kind, paragraph) in rows
        assert all(paragraph not in b.text for b in parsed.blocks)


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("Page 4", True),
        ("[[Page 12]]", True),
        ("- 7 -", True),
        # negative: prose about a page
        ("Page 4 of the report shows the cost.", False),
    ],
)
def test_page_markers(tmp_path: Path, line: str, page: bool) -> None:
    text = (
        "Relay Plan\n\nThe agencies agreed in 2021, after long talks, to share tracking data, "
        "orbit data and launch plans, and to coordinate\n\n"
        f"{line}\n\nthe landers near the south pole of the Moon.\n"
    )
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    parsed = ingest(path).parsed
    rows = [(e.kind, e.text) for e in parsed.excluded]
    assert (("page_number", line) in rows) is page
    if page:  # the sentence the marker cut is one again
        assert parsed.blocks[0].text.endswith(
            "and to coordinate the landers near the south pole of the Moon."
        )


def test_first_line_indent_starts_a_paragraph() -> None:
    turns = [
        "    Mr. Okafor. We have asked the agency to update its estimate of the",
        "cost of the program twice since the last review.",
        "    Ms. Lindqvist. Does the agency agree with your findings on the lander?",
        "    Mr. Okafor. It agrees with two of them and is studying the third one",
        "now.",
        "    Ms. Lindqvist. Thank you. I yield back the balance of my time to the",
        "Chair.",
    ]
    paragraphs = [p.text for p in split_paragraphs("\n".join(turns))]
    assert paragraphs == [
        "Mr. Okafor. We have asked the agency to update its estimate of the cost of the "
        "program twice since the last review.",
        "Ms. Lindqvist. Does the agency agree with your findings on the lander?",
        "Mr. Okafor. It agrees with two of them and is studying the third one now.",
        "Ms. Lindqvist. Thank you. I yield back the balance of my time to the Chair.",
    ]


def test_uniform_or_hanging_indent_is_no_first_line_indent() -> None:
    # negative: every line indented alike (a quotation) stays one paragraph
    quote = [
        "    The parties agree to share the data of their lunar landers and to",
        "    coordinate their landing sites near the south pole of the Moon, and",
        "    to notify each other of their launches in good time before they fly.",
    ]
    assert len(split_paragraphs("\n".join(quote))) == 1


def test_centred_lines_and_dot_leaders_do_not_set_the_width() -> None:
    body = ["The parties agree to share the data of their lunar landers and to"] * 6
    centred = ["                     COMMITTEE ON SCIENCE, SPACE, AND TECHNOLOGY"] * 2
    leaders = ["Statement of the Director.................................... 12"] * 2
    assert wrap_width(body + ["last"]) == wrap_width(centred + leaders + body + ["last"])


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("STATEMENT OF JANE ROE, DIRECTOR,\n    EXAMPLE SPACE OFFICE", True),
        ("HOUSE OF REPRESENTATIVES", True),
        # negative: a time stamp, a signature, a lead-in, a sentence in capitals
        ("2:09 P.M. EST", False),
        ("THE WHITE HOUSE,", False),
        ("THE PARTIES AGREE AS FOLLOWS:", False),
        ("THE LAUNCH WAS DELAYED.", False),
        # negative: a memorandum's addressees, one per line: no title block
        ("MEMORANDUM FOR THE FIRST OFFICE\nTHE SECOND OFFICE\nTHE THIRD OFFICE\nTHE FOURTH", False),
    ],
)
def test_capitals_titles(text: str, heading: bool) -> None:
    source = (
        "Notes on the Relay\n\nThe relay will fly in 2030 on a small rocket.\n\n"
        f"{text}\n\nIt carries two antennas and a laser terminal for the landers.\n"
    )
    parsed = ingest_txt(source.encode())
    first = text.split("\n")[0].strip()
    as_heading = any(
        e.kind == "heading" and e.text.startswith(first) for e in parsed.excluded
    ) or any(b.section.startswith(first) for b in parsed.blocks)
    assert as_heading is heading


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Reporting by Jane Roe in Paris; Editing by John Doe", True),
        ("Additional reporting by Kenji Sato", True),
        ("Jane Roe in Tokyo contributed to this report.", True),
        # negative: prose that starts or ends alike; a dateline-like phrase mid-paragraph
        ("Reporting by the agency suggests that the launch slipped by a month.", False),
        ("Japan contributed to this report on lunar dust, which the agency published.", False),
        ("Officials met in PARIS, June 5 (Example News) - and agreed to share the data.", False),
    ],
)
def test_credit_lines(line: str, credit: bool) -> None:
    assert is_credit_line(line) is credit


@pytest.mark.parametrize(
    ("line", "interface"),
    [
        ("Related: Inside the race for the lunar south pole", True),
        ("Read more: How the relay works", True),
        ("4 MIN READ", True),
        ("Serial No. 118-7", True),
        # negative: a sentence after a label-like opening
        ("Related: the two agencies signed the plan. It covers relays.", False),
        ("Related work on lunar relays began in 2019.", False),
    ],
)
def test_news_interface_lines(line: str, interface: bool) -> None:
    assert is_interface_line(line) is interface


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("PHOTO: A rocket lifts off from the launch site, June 5.", True),
        ("File photo: The station seen from a departing capsule.", True),
        # negative: prose about a photo
        ("Photos taken by the orbiter show the landing site.", False),
    ],
)
def test_photo_captions(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


@pytest.mark.parametrize(
    ("mark", "end"),
    [("<all>", True), ("###", True), ("-30-", True), ("<all> of them", False), ("# Title", False)],
)
def test_end_marks(mark: str, end: bool) -> None:
    assert is_end_mark(mark) is end


@pytest.mark.parametrize(
    ("heading", "record"),
    [
        ("Answers to Post-Hearing Questions", True),
        ("Questions for the Record", True),
        ("Material Submitted for the Record", True),
        # negative: an ordinary appendix
        ("Appendix B: Launch Data", False),
        ("Questions and Answers", False),
    ],
)
def test_record_parts(heading: str, record: bool) -> None:
    assert opens_record_part(heading) is record


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("—Bilateral ties. The program has signed two accords.", "Bilateral ties. The program has signed two accords."),
        # negative: a dash inside a sentence stays
        ("The program—with two partners—signed the accords.", "The program—with two partners—signed the accords."),
    ],
)  # fmt: skip
def test_dash_items(paragraph: str, kept: str) -> None:
    text = f"Partners\n\nThe program works with many countries on its missions.\n\n{paragraph}\n"
    parsed = ingest_txt(text.encode())
    assert parsed.blocks[-1].text == kept


# ------------------------------------------------------------------ pages of a text


def test_running_heads_and_feet_of_pages_are_set_aside() -> None:
    path = REGISTERS / "pdftotext.txt"
    document = ingest(path)
    rows = [(e.kind, e.text) for e in document.parsed.excluded]
    assert ("header", "Lunar Governance and the Artemis Accords") in rows
    assert ("footer", "Congressional Research Service 2") in rows
    # the title on the first page is the document's
    assert document.parsed.metadata.title == "Lunar Governance and the Artemis Accords"
    # the sentence cut by the page break is whole again, under its own section
    cut = [b for b in document.blocks if "a step toward common rules" in b.text]
    assert len(cut) == 1 and cut[0].section == "Background"


@pytest.mark.parametrize(
    ("pages", "removed"),
    [
        # three pages with the same head and a numbered foot: all furniture (but the title)
        (
            ["Relay Plan\n\nThe plan is set.\n\nExample Office 1", "Relay Plan\n\nIt flies soon."
             "\n\nExample Office 2", "Relay Plan\n\nIt is cheap.\n\nExample Office 3"],
            [("footer", "Example Office 1"), ("header", "Relay Plan"), ("footer", "Example Office 2"),
             ("header", "Relay Plan"), ("footer", "Example Office 3")],
        ),
        # a page number alone at a page's foot
        (
            ["Relay Plan\n\nThe plan is set.\n\n- 1 -", "It flies soon.\n\n- 2 -",
             "It is cheap.\n\n- 3 -"],
            [("page_number", "- 1 -"), ("page_number", "- 2 -"), ("page_number", "- 3 -")],
        ),
        # negative: a heading on one page only, and a text of two pages
        (["Relay Plan\n\nThe plan is set.", "Costs\n\nIt flies soon.", "Risks\n\nIt is cheap."], []),
        (["Relay Plan\n\nThe plan is set.", "Relay Plan\n\nIt flies soon."], []),
    ],
)  # fmt: skip
def test_running_lines(pages: list[str], removed: list[tuple[str, str]]) -> None:
    text = "\f".join(pages)
    blanked, rows = running_lines(text)
    assert rows == removed
    assert len(blanked) == len(text) + text.count("\f")  # offsets hold
    assert "\f" not in blanked


# ------------------------------------------------------------------ interviews and releases


def test_interview_turns_and_end_of_transcript() -> None:
    path = REGISTERS / "interview.txt"
    blocks = _blocks(path)
    rows = _excluded(path)
    assert blocks[0] == "Welcome back to the show. Today we talk about the race to the Moon."
    # a question in a turn is speech, not a heading
    assert "Will India join the lunar station that China is building?" in blocks
    assert ("speaker", "[00:00:05] Host:") in rows
    assert ("speaker", "Audience member:") in rows
    assert ("interface", "(END OF TRANSCRIPT)") in rows
    # what follows the end of the transcript is no speech
    assert ("back_matter", "This transcript has been edited for length and clarity.") in rows
    assert all(not b.startswith(("Host", "Moderator", "Dr. Patel", "[")) for b in blocks)


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("[00:01:05] Host: Welcome back to the show.", "[00:01:05] Host: "),
        ("(12:30) Welcome back to the show.", "(12:30) "),
        ("Moderator: Let us take the next question.", "Moderator: "),
        ("Operator: The next question comes from the line of Jane Roe.", "Operator: "),
        # negative: a time of day in an agenda or in prose, a role word in a sentence
        ("10:30 Opening remarks by the Director", None),
        ("The host said the show would return next week.", None),
        ("Moderator of the panel was the agency's chief scientist.", None),
    ],
)
def test_interview_labels(paragraph: str, label: str | None) -> None:
    m = _SPEAKER.match(paragraph)
    assert (m.group(0) if m else None) == label


def test_markdown_release_furniture() -> None:
    parsed = ingest_md((REGISTERS / "release3.md").read_bytes())
    blocks = [b.text for b in parsed.blocks]
    rows = [(e.kind, e.text) for e in parsed.excluded]
    assert blocks[-1] == "The agreement runs for five years and may be extended."
    assert ("interface", "Press Release N° 12-2030") in rows
    assert ("back_matter", "Notes to editors") in rows
    assert ("back_matter", "For further information: ESA Newsroom Email: media@esa.int") in rows


@pytest.mark.parametrize(
    ("line", "contact"),
    [
        ("Media contact: Jane Roe, press office, +1 202 555 0143", True),
        ("For more information: Example Office, press@example.org", True),
        # negative: prose that opens like a lead-in
        ("For more information on the relay, the agency will hold a briefing in May.", False),
        ("Contacts between the two agencies grew after 2019, said 202 staff members.", False),
    ],
)
def test_contact_blocks(line: str, contact: bool) -> None:
    from pipeline.ingest.publisher.closing import is_contact_line

    assert is_contact_line(line) is contact


def test_markdown_paper_quotes_lists_tables() -> None:
    parsed = ingest_md((REGISTERS / "paper.md").read_bytes())
    blocks = [b.text for b in parsed.blocks]
    rows = [(e.kind, e.text) for e in parsed.excluded]
    # an empty quoted line parts the quotation from its attribution, which is no sentence
    assert "Key point: Coordination does not require a treaty. It requires data." in blocks
    assert ("other", "— Former ESA Director, 2029") in rows
    # list items that are sentences or fragments are kept, each on its own
    assert "The catalogue should be open to commercial operators." in blocks
    assert "Fragments from anti-satellite tests" in blocks
    assert ("table", "US yes yes") in rows
    assert (
        blocks[-1] == "Japan and India joined the talks in 2029, and Canada followed a year later."
    )


@pytest.mark.parametrize(
    ("paragraph", "attribution"),
    [
        ("— Former Director of the agency, 2029", True),
        ("-- Jane Roe, Example Institute", True),
        # negative: a dash's item that is a sentence, and prose after a dash
        ("—Agreements with neighbours. The program has signed two accords.", False),
        ("— The agencies will share their data, the director said.", False),
    ],
)
def test_quotation_attributions(paragraph: str, attribution: bool) -> None:
    text = f"Quotes\n\nThe agencies met in May to discuss their relay plans.\n\n{paragraph}\n"
    parsed = ingest_txt(text.encode())
    assert (("other", paragraph) in [(e.kind, e.text) for e in parsed.excluded]) is attribution


@pytest.mark.parametrize(
    ("caption", "kept", "credit"),
    [
        ("Crews train in Houston. (NASA via Example Wire)", "Crews train in Houston.",
         "(NASA via Example Wire)"),
        ("A rocket lifts off in Florida. (AP Photo/Jane Roe)", "A rocket lifts off in Florida.",
         "(AP Photo/Jane Roe)"),
        ("The lander on display. (Photo by Jane Roe/Example Images)", "The lander on display.",
         "(Photo by Jane Roe/Example Images)"),
        # negative: a news agency's name, parties or agencies in parentheses in a sentence
        ("The agency confirmed the launch. (Reuters)", "The agency confirmed the launch. (Reuters)",
         ""),
        ("The mission flew in 2020 (NASA/ESA).", "The mission flew in 2020 (NASA/ESA).", ""),
        ("The probe was built by two agencies (ESA and JAXA).",
         "The probe was built by two agencies (ESA and JAXA).", ""),
    ],
)  # fmt: skip
def test_parenthesised_photo_credits(caption: str, kept: str, credit: str) -> None:
    assert split_image_credit(caption) == (kept, credit)


@pytest.mark.parametrize(
    ("lead_in", "is_text"),
    [
        # an instrument's lead-in in capitals names the body that acts and ends in a comma:
        # the subject of the paragraphs under it, running text
        ("THE COUNCIL OF THE EUROPEAN UNION,", True),
        ("THE HIGH CONTRACTING PARTIES,", True),
        ("THE ASSEMBLY OF THE AFRICAN UNION,", True),
        # a heading in capitals is still a heading
        ("SPACE AS A STRATEGIC DOMAIN", False),
        ("CONCLUSIONS OF THE COUNCIL", False),
    ],
)
def test_a_lead_in_in_capitals_ending_in_a_comma_is_no_heading(lead_in: str, is_text: bool) -> None:
    text = (
        "Conclusions on the security of space assets\n\n"
        "The ministers met in Brussels on 3 March 2026 and adopted the text below.\n\n"
        f"{lead_in}\n\n"
        "1. RECALLS that the space programme of the Union was set up in 2021;\n\n"
        "2. STRESSES that access to space must remain autonomous and reliable;\n"
    )
    parsed = parse_plain(text)
    texts = [b.text for b in parsed.blocks]
    assert (lead_in in texts) is is_text
    sections = {b.section for b in parsed.blocks}
    assert (lead_in in sections) is not is_text
