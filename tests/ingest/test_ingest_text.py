"""Plain text and Markdown ingestion, and the publisher-page recognisers they share."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest.publisher import (
    Kind,
    bare_doi,
    heading_label,
    is_caption,
    is_interface_line,
    looks_like_heading,
    parse_author_line,
    publication_date_line,
    section_kind,
    split_image_credit,
)
from pipeline.ingest.text import decode_text, ingest_md, ingest_txt, md_inline

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus" / "samples"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

# ------------------------------------------------------------------ recognisers


@pytest.mark.parametrize(
    "line",
    [
        "Access through your organization",
        "Check access to the full text by signing in through your organization.",
        "View full text",
        "View PDF",
        "Download PDF",
        "Purchase PDF",
        "Share",
        "Cite",
        "Download citation",
        "Export citation",
        "Open in new tab",
        "Show more",
        "Add to Mendeley",
        "View all citing articles on Scopus",
        "Published online: 14 December 2023",
        "First published: 3 May 2022",
        "Available online 30 September 2022, Version of Record 17 August 2023.",
        "Article metrics",
        "Get rights and content",
        "https://doi.org/10.1016/j.spacepol.2022.101537Get rights and content",
        "We use cookies to help provide and enhance our service. By continuing you agree.",
        "Accept all cookies",
        "Download: Download high-res image (312KB)",
        "Copyright © 2023 Elsevier Ltd. All rights reserved.",
        "© 2022 The Author(s). Published by Informa UK Limited.",
        "Keywords: ILRS; Artemis Accords",
        "Reprints & Permissions",
        "Received 12 March 2022; Accepted 9 September 2022",
        "FOR IMMEDIATE RELEASE",
        "Media contact: Public Affairs Office",
        "Citation Indexes: 3",
        "Section snippets",
        "www.example.org/article/123",
        "Search | Log in | Submit your article",
        "Open access | Research article",
    ],
)
def test_interface_lines(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "China shared its data with partners.",
        "Beijing invited all countries to share in the benefits of the station.",
        "Access to the Moon is open to every state under the treaty.",
        "Introduction",
        "The cookie-cutter approach of the Accords was criticised.",
        "Show me a partnership that has lasted longer than the ISS.",
        "Cited works show a preference for bilateral agreements.",
        "Search | Rescue | Return",
        "Open access | The Artemis Accords and their critics",
    ],
)
def test_prose_is_not_interface(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Introduction",
        "1. Introduction",
        "2.1 The legal order",
        "IV. CONCLUSIONS",
        "A. Background",
        "The metamorphosis of China's approach to space cooperation",
        "The ILRS’ contribution to strengthening China's influence on the development of law",
        "Realising the multilateralism of the ILRS initiative",
        "3. Competition without a race?",
        "Cooperation, Competition, and the Law",
        "Article II: Non-appropriation",
        "30 Years Ago: A Joint Flight",
    ],
)
def test_looks_like_heading(line: str) -> None:
    assert looks_like_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "China signed the MoU in 2021.",
        "Over two long decades the agencies exchanged almost nothing, apart from a brief spell "
        "when Brazil borrowed tracking time from the Indian",
        "the lower-case start of a line",
        "A heading-like line that ends with the",
        "Volume 65, August 2023, 101537",
        "2024, Space Policy",
        "March 3, 2024",
        "Our main findings are these:",
        "It works. Then it stops",
        "https://doi.org/10.1016/j.spacepol.2022.101537",
        "30 years ago the station flew",
        "The office opened in 1958.[citation needed] It moved in 1993.[when?]",
        "The office opened in 1958.[citation needed]",
    ],
)
def test_not_heading(line: str) -> None:
    assert not looks_like_heading(line)


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Abstract", Kind.ABSTRACT),
        ("ABSTRACT", Kind.ABSTRACT),
        ("Highlights", Kind.FRONT),
        ("Keywords", Kind.FRONT),
        ("Acknowledgements", Kind.BACK),
        ("Acknowledgments", Kind.BACK),
        ("Funding", Kind.BACK),
        ("Author statement", Kind.BACK),
        ("CRediT authorship contribution statement", Kind.BACK),
        ("Declaration of competing interest", Kind.BACK),
        ("Data availability", Kind.BACK),
        ("Conflicts of Interest", Kind.BACK),
        ("Disclosure statement", Kind.BACK),
        ("Recommended articles", Kind.RECOMMENDED),
        ("Notes", Kind.NOTES),
        ("Endnotes", Kind.NOTES),
        ("References", Kind.TERMINAL),
        ("References (0)", Kind.TERMINAL),
        ("Cited by (24)", Kind.TERMINAL),
        ("Appendix A. Supplementary data", Kind.TERMINAL),
        ("Author biographies", Kind.TERMINAL),
        ("Section snippets", Kind.INTERFACE),
        ("Introduction", Kind.BODY),
        ("5. Conclusions", Kind.BODY),
        ("The funding gap in lunar science", Kind.BODY),
    ],
)
def test_section_kind(heading: str, kind: Kind) -> None:
    assert section_kind(heading) is kind


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("1. Introduction", "Introduction"),
        ("2.1 The legal order", "The legal order"),
        ("IV. CONCLUSIONS", "Conclusions"),
        ("ABSTRACT", "Abstract"),
        ("Introduction1", "Introduction"),
        ("Article IV and the Moon", "Article IV and the Moon"),
        # A count of something opening a headline is no section number.
        ("30 Years Ago: A Joint Flight", "30 Years Ago: A Joint Flight"),
        ("10 Things to Know About the Station", "10 Things to Know About the Station"),
        ("5 Ways Agencies Share Data", "5 Ways Agencies Share Data"),
        ("3 Results", "Results"),
        ("12. Years of Work", "Years of Work"),
    ],
)
def test_heading_label(heading: str, label: str) -> None:
    assert heading_label(heading) == label


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Author links open overlay panel Mei Lin a, Daniel R. Okafor b",
            ["Mei Lin", "Daniel R. Okafor"],
        ),
        ("Jane Doe 1,*, Li Wei 2", ["Jane Doe", "Li Wei"]),
        ("By Jane Doe and Li Wei", ["Jane Doe", "Li Wei"]),
        ("Jane Doe a b, Ana de la Cruz c", ["Jane Doe", "Ana de la Cruz"]),
        # letter marks run together with commas, as a publisher's page copies them
        ("Jane Doe a,*, Tomás Ruiz-Vega b, Li Wei a,c", ["Jane Doe", "Tomás Ruiz-Vega", "Li Wei"]),
        ("Mei Lin b,c and Ana Costa a", ["Mei Lin", "Ana Costa"]),
        ("Space Policy", []),
        ("By 2030, China and Russia plan a station", []),
        ("China, Russia and the United States", []),
        ("Jane Doe said the station is open. Li Wei agreed with her", []),
    ],
)
def test_parse_author_line(line: str, names: list[str]) -> None:
    assert parse_author_line(line) == names


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        # a journal's history line: the step that says when the article came out
        ("Received 3 May 2025; Accepted 9 June 2025; Available online 1 July 2025",
         "Available online 1 July 2025"),
        ("Received: 3 May 2025 / Accepted: 9 June 2025 / Published online: 1 July 2025",
         "Published online: 1 July 2025"),
        ("Published online: 14 December 2023", "Published online: 14 December 2023"),
        # a history without a publication step, and a sentence, date no article
        ("Received 12 March 2022; Accepted 9 September 2022", ""),
        ("Received wisdom holds that the Accords were published in 2020; few read them", ""),
    ],
)  # fmt: skip
def test_publication_date_line(line: str, dated: str) -> None:
    assert publication_date_line(line) == dated


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        (
            "https://doi.org/10.1016/j.spacepol.2022.101537Get rights and content",
            "10.1016/j.spacepol.2022.101537",
        ),
        ("doi:10.1080/14777622.2023.2171234.", "10.1080/14777622.2023.2171234"),
        ("DOI: 10.5555/abc.2024.1 (open access)", "10.5555/abc.2024.1"),
        ("no identifier here", ""),
    ],
)
def test_bare_doi(text: str, doi: str) -> None:
    assert bare_doi(text) == doi


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Fig. 1. Signatories of the Artemis Accords, 2020–2023.", True),
        ("Figure 3: Launches by country", True),
        ("Table 2 Selected bilateral agreements", True),
        ("Table 1. Positions of selected states.", True),
        ("Source: CNSA and NASA announcements.", True),
        ("Table 2 shows that most partners joined after 2021.", False),
        ("Figure 1 illustrates the timeline of the station.", False),
        ("Tables of signatories are published by the State Department.", False),
        # A web page's image description with its credit is prose with furniture at its end.
        ("Artist’s concept of a lander on the lunar surface. NASA", False),
    ],
)
def test_is_caption(text: str, caption: bool) -> None:
    assert is_caption(text) is caption


@pytest.mark.parametrize(
    ("text", "description", "credit"),
    [
        # A web page's image caption: a description, then the image credit with no full stop.
        ("Artist’s concept of a lander on the lunar surface. NASA",
         "Artist’s concept of a lander on the lunar surface.", "NASA"),
        ("A crew member exercises on a treadmill in the node. NASA/Jane Roe",
         "A crew member exercises on a treadmill in the node.", "NASA/Jane Roe"),
        ("The far side seen by the orbiter. NASA/KARI/Example State University",
         "The far side seen by the orbiter.", "NASA/KARI/Example State University"),
        ("Engineers test the arm in a clean room. ESA–A. Person",
         "Engineers test the arm in a clean room.", "ESA–A. Person"),
        # ... not prose that ends with its full stop, a cut sentence or a one-word reply.
        ("The station was launched in 1998. It is operated by NASA.", None, ""),
        ("The agencies signed the accord. Both agencies", None, ""),
        ("We will get there. Yes", None, ""),
        ("The module is led by ESA. It holds a crew of four. It has two ports. Lunar Hab", None, ""),
        ("The first module flew in 1998. The European Space Agency", None, ""),
        ("The mission ended. " + "It flew far and long. " * 30 + "NASA", None, ""),
        # A labelled credit, or one naming agency and photographer, ends captions of any size.
        ("Two ministers shake hands after the signing. Credit: Jane Roe/Example Ministry",
         "Two ministers shake hands after the signing.", "Credit: Jane Roe/Example Ministry"),
        ("The probe in orbit. Image credit: courtesy of the museum.",
         "The probe in orbit.", "Image credit: courtesy of the museum."),
        ("The mission ended. " + "It flew far and long. " * 30 + "NASA/Jane Roe",
         "The mission ended. " + "It flew far and long. " * 29 + "It flew far and long.",
         "NASA/Jane Roe"),
        ("The crew gave credit: to the team that built it.", None, ""),
        ("Left: the probe. Image credit: the museum. Right: its sensors.", None, ""),
        ("Left: the probe. Image credit: courtesy ESA. Right: its sensors.", None, ""),
        ("Two ministers sign. Credit: A. B. Person/Example Agency",
         "Two ministers sign.", "Credit: A. B. Person/Example Agency"),
        ("The module is led by ESA. It holds a crew. It has two ports. Input/Output", None, ""),
    ],
)  # fmt: skip
def test_split_image_credit(text: str, description: str | None, credit: str) -> None:
    assert split_image_credit(text) == (text if description is None else description, credit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see the [UN office](https://www.unoosa.org) site", "see the UN office site"),
        ("a **strong** and *weak* and _under_ claim", "a strong and weak and under claim"),
        ("snake_case_name stays", "snake_case_name stays"),
        ("a footnote[^1] here", "a footnote here"),
        ("an ![image](a.png) gone", "an  gone"),
        ("`code` and ~~old~~ text", "code and old text"),
        ("a <span>tag</span> and \\*escaped\\*", "a tag and *escaped*"),
    ],
)
def test_md_inline(text: str, expected: str) -> None:
    assert md_inline(text) == expected


# ------------------------------------------------------------------ decoding

TEXT = "Cooperation between ESA and JAXA – a “durable” partnership in 2024.\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf32", "cp1252"],
)
def test_decode_text_encodings(data: bytes) -> None:
    assert decode_text(data) == TEXT


def test_decode_text_utf16_without_bom_and_latin1() -> None:
    ascii_text = "ESA and JAXA signed an agreement on lunar science.\n"
    assert decode_text(ascii_text.encode("utf-16-le")) == ascii_text
    assert decode_text("Æ\x81 café".encode("latin-1")) == "Æ\x81 café"


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 20,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 100,
        b"text\x00\x00\x00\x00with\x00\x00\x00\x00nuls" * 50,
    ],
    ids=["bytes", "pdf", "zip", "nuls"],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(IngestError, match=r"^not a text file: it looks like binary data"):
        ingest_txt(data)


# ------------------------------------------------------------------ the publisher page sample


@pytest.fixture(scope="module")
def dump():
    return ingest(SAMPLES / "publisher_page_dump.txt")


def test_publisher_dump_metadata(dump) -> None:
    meta = dump.metadata
    assert meta.title == (
        "Partners and Rivals on the Lunar Frontier: Artemis, the ILRS and the Politics of "
        "Open Platforms"
    )
    assert meta.journal == "Space Governance Quarterly"
    assert meta.year == 2024  # the issue date, not the DOI's 2023
    assert meta.doi == "10.1016/j.sgq.2023.100873"
    assert meta.authors == ["Mei Lin", "Daniel R. Okafor"]


def test_publisher_dump_sections(dump) -> None:
    sections = [b.section for b in dump.blocks]
    assert sections == [
        "Abstract",
        "Introduction",
        "Introduction",
        "Two platforms, two theories of partnership",
        "Competition without a race?",
        "Competition without a race?",
        "The treaty baseline",
    ]
    assert dump.blocks[0].text.startswith("Two coalitions now claim")
    # Section snippets are cut mid-sentence: the snippet prose is kept as it is.
    assert dump.blocks[3].text.endswith("the debate over whether the agreement was")
    assert dump.blocks[-1].text.endswith("the only forum where both")


FORBIDDEN = [
    # interface text
    "Access through your organization", "Check access", "Get rights and content", "View PDF",
    "Download PDF", "Purchase PDF", "View full text", "Add to Mendeley", "Show more",
    "Open in new tab", "Export citation", "Download citation", "Recommended articles",
    "View all citing articles", "Published online", "Article Metrics", "cookies",
    "Section snippets", "high-res image", "Copyright", "Citation Indexes",
    # front matter and furniture
    "Volume 12", "Author links", "Eastlake University", "Keywords", "Space diplomacy",
    "Fig. 1", "Table 2", "Signatories of the Artemis Accords and partners",
    # headings
    "1. Introduction", "Two platforms, two theories", "Competition without a race",
    "The treaty baseline", "Abstract",
    # back matter
    "anonymous reviewers", "23AGJ017", "Conceptualization", "competing financial interests",
    "No data was used", "References (0)",
    # cited by and recommended articles
    "Cited by", "Citation Excerpt", "often overstated", "diplomatic playbook",
    "Rival coalitions may eventually", "Orbital debris norms", "Voluntary guidelines",
]  # fmt: skip


@pytest.mark.parametrize("text", FORBIDDEN)
def test_publisher_dump_keeps_artefacts_out_of_blocks(dump, text: str) -> None:
    assert all(text.lower() not in b.text.lower() for b in dump.blocks)


def test_publisher_dump_has_no_glued_markers(dump) -> None:
    glued = re.compile(r"[a-z][.,;:’)]?\d{1,3}(?=\s|$)|[.,;:’)]\d{1,3}(?=\s|$)")
    for block in dump.blocks:
        assert not glued.search(block.text), block.text
    text = " ".join(b.text for b in dump.blocks)
    for kept in ["in 2019", "G20", "Chang'e 4", "Article IV", "COVID-19", "3 months", "in 2023"]:
        assert kept in text
    for fixed in ["society in this decade", "data sharing. Beijing", "June 2022, in spite",
                  "endeavour. Such", "outer space, but", "‘responsible power’. The United",
                  "(CNSA) and Roscosmos", "in March 2021. The timing", "face value. Critics"]:  # fmt: skip
        assert fixed in text


def test_publisher_dump_offsets_point_at_the_source(dump) -> None:
    source = (SAMPLES / "publisher_page_dump.txt").read_text(encoding="utf-8")
    for block in dump.blocks:
        assert source[block.source_offset :].startswith(block.text[:25])


# ------------------------------------------------------------------ other plain texts


def test_press_release_reflow_and_dateline() -> None:
    doc = ingest(SAMPLES / "press_release.txt")
    assert (
        doc.metadata.title
        == "NASA, Japan Agree on Pressurized Rover and Lunar Landing Opportunities"
    )
    assert doc.metadata.year == 2024
    texts = [b.text for b in doc.blocks]
    assert len(texts) == 6
    assert texts[0].startswith("WASHINGTON, April 10, 2024 -- NASA and the Japan Aerospace")
    assert "crewed exploration of the Moon" in texts[0]
    assert "long-standing cooperation" in texts[1]
    assert all("\n" not in t and "  " not in t for t in texts)
    joined = " ".join(texts)
    for absent in ["FOR IMMEDIATE RELEASE", "RELEASE 24-052", "-end-", "Media contact"]:
        assert absent not in joined


def test_wrapped_text_with_numbered_headings_and_notes() -> None:
    parsed = ingest_txt((FIXTURES / "text_wrapped_notes.txt").read_bytes())
    assert parsed.metadata.title == "Cooperation and Rivalry in Cislunar Space"
    assert [(b.section, b.text[:30]) for b in parsed.blocks] == [
        ("Introduction", "The agencies of Europe and Jap"),
        ("Introduction", "Some observers see a new space"),
        ("A shared problem", "Debris and radio interference "),
    ]
    assert "international conferences. This dual track" in parsed.blocks[0].text
    assert "The international community" in parsed.blocks[1].text
    assert "A self-governing arrangement" in parsed.blocks[2].text
    assert [(n.label, n.text) for n in parsed.notes] == [
        ("1", "Several joint papers were published between 2019 and 2023."),
        ("2", "The Committee on the Peaceful Uses of Outer Space discussed lunar traffic in 2022."),
    ]


def test_key_value_metadata_block() -> None:
    parsed = ingest_txt((FIXTURES / "text_metadata_block.txt").read_bytes())
    meta = parsed.metadata
    assert (meta.title, meta.authors, meta.year) == (
        "Memo on the Lunar Station and Its Partners",
        ["Kwame Mensah", "Laila Haddad"],
        2022,
    )
    assert len(parsed.blocks) == 1
    assert parsed.blocks[0].section == "Summary"
    assert "International Lunar Research Station since Russia" in parsed.blocks[0].text


def test_abstract_prefix_and_heading_between_paragraphs() -> None:
    text = (
        "Abstract: The Accords and the station compete for partners across the world.\n\n"
        "Keywords: lunar policy; ILRS\n\n"
        "The first paragraph of the body ends with a full stop after a long sentence.\n"
        "Methods of comparison\n"
        "The second paragraph describes the method that this study applies to both programs.\n"
    )
    parsed = ingest_txt(text.encode())
    assert [(b.section, b.text[:20]) for b in parsed.blocks] == [
        ("Abstract", "The Accords and the "),
        ("", "The first paragraph "),
        ("Methods of comparison", "The second paragraph"),
    ]


def test_heading_is_never_glued_to_the_next_sentence() -> None:
    text = (
        "2. The legal order\nThe treaty of 1967 binds both coalitions equally in every respect.\n"
    )
    parsed = ingest_txt(text.encode())
    assert [(b.section, b.text) for b in parsed.blocks] == [
        ("The legal order", "The treaty of 1967 binds both coalitions equally in every respect.")
    ]


def test_numbered_list_is_not_a_run_of_headings() -> None:
    text = (
        "Recommendations\n\n"
        "1. Strengthen cooperation with ESA\n"
        "2. Keep channels to CNSA open\n"
        "3. Consult India and Japan\n"
    )
    parsed = ingest_txt(text.encode())
    assert [(b.section, b.text) for b in parsed.blocks] == [
        ("Recommendations", "Strengthen cooperation with ESA"),
        ("Recommendations", "Keep channels to CNSA open"),
        ("Recommendations", "Consult India and Japan"),
    ]


# ------------------------------------------------------------------ Markdown


def test_white_paper_markdown() -> None:
    doc = ingest(SAMPLES / "white_paper.md")
    meta = doc.metadata
    assert (
        meta.title
        == "Open Doors on the Moon: Options for Middle Powers between Artemis and the ILRS"
    )
    assert meta.authors == ["Priya Raman", "Tomás Ferreira"]
    assert meta.year == 2024
    sections = {b.section for b in doc.blocks}
    assert sections == {
        "Executive summary",
        "The Artemis Accords",
        "The International Lunar Research Station",
        "Options for middle powers",
        "Recommendations",
    }
    texts = [b.text for b in doc.blocks]
    assert "The two coalitions compete for the same pool of mid-sized space agencies." in texts
    assert "Sign the Accords and seek a concrete hardware role in an Artemis mission." in texts
    assert any(t.startswith("Partnership on the Moon does not have to be exclusive") for t in texts)
    joined = " ".join(texts)
    for absent in ["print(", "weights", "| Japan", "Map of signatories", "Lisbon", "Example, A.",
                   "Landing opportunities are allocated", "**", "](", "[^"]:  # fmt: skip
        assert absent not in joined
    assert "Committee on the Peaceful Uses of Outer Space." in joined
    source = (SAMPLES / "white_paper.md").read_text(encoding="utf-8")
    for block in doc.blocks:
        assert source[block.source_offset :].lstrip("-0123456789. >").startswith(block.text[:12])
    assert [n.label for n in doc.parsed.notes] == ["1", "2"]
    assert doc.parsed.notes[0].text.endswith("listed in the references.")


def test_markdown_yaml_front_matter_fixture() -> None:
    parsed = ingest_md((FIXTURES / "text_front_matter.md").read_bytes())
    meta = parsed.metadata
    assert meta.title == "Competing Coalitions on the Moon"
    assert meta.authors == ["Hana Sato", "Omar Farouk"]
    assert (meta.year, meta.doi) == (2023, "10.5555/ccm.2023.4")
    assert [b.section for b in parsed.blocks] == ["Setext heading here"] * 3
    assert parsed.blocks[0].text.endswith("and the code or struck words for strong claims.")
    assert parsed.blocks[1].text == "First item about ESA joining NASA on Gateway."
    joined = " ".join(b.text for b in parsed.blocks)
    for absent in ["indented code", "comment", "Term", "declare none", "Crew seats"]:
        assert absent not in joined
    assert [(n.label, n.text) for n in parsed.notes] == [
        ("a", "Crew seats are allocated mission by mission.")
    ]


def test_markdown_flavoured_text_is_reduced_to_text() -> None:
    text = (
        "FACT SHEET: Lunar Partnerships\n\n"
        "***Partnerships as a Source of Strength***\n\n"
        "Our allies remain a source of [strength](https://example.org/x) in space.\n\n"
        "-   **Relays: ** The agency will build a relay network with\n    its partners.\n"
        "-   **Rovers:** The partners will *design* a rover together.\n"
    )
    parsed = ingest_txt(text.encode())
    assert [(b.section, b.text) for b in parsed.blocks] == [
        ("Partnerships as a Source of Strength", "Our allies remain a source of strength in space."),
        ("Partnerships as a Source of Strength", "Relays: The agency will build a relay network with its partners."),
        ("Partnerships as a Source of Strength", "Rovers: The partners will design a rover together."),
    ]  # fmt: skip


def test_wiki_section_markers_are_sections() -> None:
    text = (
        "The station is a modular space station in low Earth orbit.\n\n"
        "== Nomenclature ==\n"
        "The name means heavenly palace. It was chosen in 2011 after a public vote that drew "
        "many entries from schools. The modules carry names of their own. Each one was named "
        "by the agency after a long review of proposals from the public and the press, and "
        "the names were announced at a ceremony in the capital in the spring of that year.\n\n"
        "=== Modules ===\n"
        "The core module was launched in 2021.\n"
    )
    parsed = ingest_txt(text.encode())
    assert [(b.section, b.text[:20]) for b in parsed.blocks] == [
        ("", "The station is a mod"),
        ("Nomenclature", "The name means heave"),
        ("Modules", "The core module was "),
    ]
    assert not any("==" in b.text for b in parsed.blocks)


def test_markdown_clauses_and_title_lines() -> None:
    text = (
        "### Section 1.\n\n"
        "Establishment\n"
        "There is hereby established a commission on lunar exploration policy.\n\n"
        "(b) The commission shall make recommendations regarding:\n"
        "    (i) A science agenda for the Moon;\n"
        "    (ii) Criteria for future destinations; and\n"
        "    (iii) Management of the policy within available resources.\n"
    )
    parsed = ingest_md(text.encode())
    assert [(b.section, b.text) for b in parsed.blocks] == [
        ("Establishment", "There is hereby established a commission on lunar exploration policy."),
        ("Establishment", "(b) The commission shall make recommendations regarding:"),
        ("Establishment", "A science agenda for the Moon;"),
        ("Establishment", "Criteria for future destinations; and"),
        ("Establishment", "Management of the policy within available resources."),
    ]  # fmt: skip
    labels = [e.text for e in parsed.excluded if e.kind == "other"]
    assert labels == ["(i)", "(ii)", "(iii)"]


def test_a_short_sources_list_does_not_end_the_text() -> None:
    text = (
        "# Executive Order 1\n\n## Sources\n- [Register](https://example.org/1)\n\n---\n\n"
        "## Section 1\n\nThe policy of the agency is to cooperate with its partners.\n\n"
        "## References\n\nSmith, J. (2020). Lunar relays.\n"
    )
    parsed = ingest_md(text.encode())
    assert [b.text for b in parsed.blocks] == [
        "The policy of the agency is to cooperate with its partners."
    ]
    kinds = {(e.kind, e.text) for e in parsed.excluded}
    assert ("reference", "Smith, J. (2020). Lunar relays.") in kinds
    assert ("reference", "Register") in kinds


def test_a_sentence_cut_by_a_blank_line_is_rejoined() -> None:
    text = (
        "Lunar Guidelines\n\n"
        "4. Drafting these lunar guidelines rests on one shared assumption, namely that the\n\n"
        "Moon should remain open to all, in the interest of all countries.\n\n"
        "5. States should share data on their landers and on the relays that serve them,\n\n"
        "and on any change in the status of their missions.\n\n"
        "(a) Each party shall notify the other of its launches; and\n\n"
        "(b) each party shall share orbit data.\n"
    )
    texts = [b.text for b in ingest_txt(text.encode()).blocks]
    assert texts[2] == (
        "States should share data on their landers and on the relays that serve them, and on "
        "any change in the status of their missions."
    )
    # a capitalised next paragraph, or a clause list ending in "and", is not a cut sentence
    assert texts[0].endswith("namely that the")
    assert texts[1].startswith("Moon should")
    assert texts[3:] == ["Each party shall notify the other of its launches; and",
                         "each party shall share orbit data."]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one name and role per line under a lead-in with a colon: items, not headings
        (
            "The ceremony took place at the agency on Monday.\n\n"
            "Among the guests were:\n\n"
            "Jane Roe, deputy director of the lunar office\n\n"
            "John Doe, ambassador of Freedonia to Ruritania\n\n"
            "Ann Poe, envoy of Ruritania to the U.S.\n\n"
            "Max Moe, head of the national space office\n\n"
            "The two sides then signed the arrangement in the main hall.\n",
            [
                ("", "The ceremony took place at the agency on Monday."),
                ("", "Among the guests were:"),
                ("", "Jane Roe, deputy director of the lunar office"),
                ("", "John Doe, ambassador of Freedonia to Ruritania"),
                ("", "Ann Poe, envoy of Ruritania to the U.S."),
                ("", "Max Moe, head of the national space office"),
                ("", "The two sides then signed the arrangement in the main hall."),
            ],
        ),
        # negative: the same lines after a sentence are headings of what follows
        (
            "The ceremony took place at the agency on Monday.\n\n"
            "Lunar cooperation\n\n"
            "The two sides then signed the arrangement in the main hall.\n",
            [
                ("", "The ceremony took place at the agency on Monday."),
                (
                    "Lunar cooperation",
                    "The two sides then signed the arrangement in the main hall.",
                ),
            ],
        ),
        # negative: a sentence-ending item ends the list; a heading may follow it
        (
            "The ceremony took place at the agency on Monday.\n\n"
            "Two points matter:\n\n"
            "Costs are shared equally.\n\n"
            "Next steps\n\n"
            "The partners will meet again in the spring to review the schedule.\n",
            [
                ("", "The ceremony took place at the agency on Monday."),
                ("", "Two points matter:"),
                ("", "Costs are shared equally."),
                (
                    "Next steps",
                    "The partners will meet again in the spring to review the schedule.",
                ),
            ],
        ),
    ],
)
def test_lines_under_a_colon_are_list_items(text: str, expected: list[tuple[str, str]]) -> None:
    parsed = ingest_txt(text.encode())
    assert [(b.section, b.text) for b in parsed.blocks] == expected


def test_a_headline_opening_with_a_count_is_the_title_not_a_numbered_section() -> None:
    prose = (
        "On May 4, 1990, the two agencies flew a joint crew to the station for the first "
        "time, and the crew stayed aboard for two weeks while it ran a long list of tests."
    )
    data = (
        f"30 Years Ago: The First Joint Flight of Two Agencies \n {prose}\n\n\n\n"
        "A second paragraph tells what came after the flight and how the two agencies kept "
        "working together in the years that followed.\n"
    ).encode()
    parsed = ingest_txt(data)
    assert parsed.metadata.title == "30 Years Ago: The First Joint Flight of Two Agencies"
    assert all(not b.section.startswith("Years Ago") for b in parsed.blocks)


def test_a_bold_line_closing_a_markdown_paragraph_is_the_next_heading() -> None:
    data = (
        b"# Station Modules\n\n"
        b"The first module gives the crew a place to live and work on long stays.\n"
        b"It was built by two companies and flew on a heavy rocket in the spring.\n"
        b"**Second Module**\n\n"
        b"The second module is built by a partner agency and carries four people at a time.\n"
    )
    parsed = ingest_md(data)
    texts = [(b.section, b.text) for b in parsed.blocks]
    assert texts[0][1].endswith("flew on a heavy rocket in the spring.")
    assert texts[-1][0] == "Second Module"
    assert texts[-1][1].startswith("The second module")
    # A bold phrase inside running text is no heading.
    inline = ingest_md(
        b"# Log\n\n## Crew Talks\n\nThe crew met the **flight director** before the launch of the mission.\n"
        b"They talked about the plan for the first week in orbit and the tests to run.\n"
    )
    assert [b.section for b in inline.blocks] == ["Crew Talks"]
    assert "flight director before the launch" in inline.blocks[0].text


@pytest.mark.parametrize(
    ("line", "kept", "direction"),
    [
        (
            "We will fly there together.  (Applause.)  Yes.",
            "We will fly there together. Yes.",
            "(Applause.)",
        ),
        (
            "It was a long day.  (Laughter.)  But we made it.",
            "It was a long day. But we made it.",
            "(Laughter.)",
        ),
        ("And then the crew said so.  (Laughs.)", "And then the crew said so.", "(Laughs.)"),
        # A parenthesis of the speech itself stays.
        (
            "The agency (and its partners) will fly in May.",
            "The agency (and its partners) will fly in May.",
            None,
        ),
        (
            "They met the applause team (Applause Ltd) in May.",
            "They met the applause team (Applause Ltd) in May.",
            None,
        ),
    ],
)
def test_a_transcripts_stage_directions_are_not_speech(line: str, kept: str, direction) -> None:
    data = (
        "Remarks at the Station Event\n\n"
        f"THE SPEAKER:  Good afternoon to all of you who came to the event today.  {line}\n"
    ).encode()
    parsed = ingest_txt(data)
    assert (
        parsed.blocks[-1].text
        == "Good afternoon to all of you who came to the event today. " + kept
    )
    speaker_rows = [e.text for e in parsed.excluded if e.kind == "speaker"]
    assert (direction in speaker_rows) if direction else speaker_rows == ["THE SPEAKER:"]


def test_an_orders_run_in_section_heading_opens_its_section() -> None:
    data = (
        b"Executive Order on Lunar Matters\n\n"
        b"By the authority vested in me, it is hereby ordered as follows:\n\n"
        b"Section 1.  Purpose.  The council advises the leader on space matters and meets often.\n\n"
        b"Sec. 2.  Membership of the Council.  The council shall be made up of ten members.\n\n"
        b"Sec. 3.  The council shall meet once a year in the capital city of the land.\n"
    )
    parsed = ingest_txt(data)
    blocks = [(b.section, b.text) for b in parsed.blocks]
    assert ("Purpose", "The council advises the leader on space matters and meets often.") in blocks
    assert ("Membership of the Council", "The council shall be made up of ten members.") in blocks
    # "Sec. 3." numbers a sentence, not a title: the paragraph stays whole.
    assert (
        blocks[-1][1]
        == "Sec. 3. The council shall meet once a year in the capital city of the land."
    )


def test_an_orders_section_number_on_its_own_line_heads_the_title_below_it() -> None:
    data = (
        b"Executive Order on Lunar Matters\n\n"
        b"By the authority vested in me, it is hereby ordered as follows:\n\n"
        b"Sec. 2.\n\n"
        b"Policy.  It is the policy of the land to fly to the Moon with its partners often.\n\n"
        b"Sec. 3.\n\n"
        b"The council shall meet once a year in the capital city of the land and report.\n"
    )
    blocks = [(b.section, b.text) for b in ingest_txt(data).blocks]
    assert (
        "Policy",
        "It is the policy of the land to fly to the Moon with its partners often.",
    ) in blocks
    # No title under the number: the paragraph stays whole and the number is no sentence.
    assert (
        blocks[-1][1]
        == "The council shall meet once a year in the capital city of the land and report."
    )
    assert all(not text.startswith("Sec.") for _, text in blocks)


_WRAPPED_FACT_SHEET = (
    "FACT SHEET: Lunar Partnerships\n\n"
    "The partners met in the spring to plan the relay network and the rovers that\n"
    "will use it, and they agreed to share the data of both with [everyone](https://x.org).\n\n"
    "{title}\n"
    "{first} the relay network will\n"
    "carry the data of both rovers to the ground stations of the partners for a\n"
    "decade.  The rovers will also share one landing site.\n\n"
    "-   **Rovers:** The partners will *design* a rover together.\n"
)


@pytest.mark.parametrize(
    ("title", "first", "expected"),
    [
        # a bold title line with the text right under it: a heading (a title too long to stand
        # alone by the wrapping rule)
        (
            "**Sharing the Relay Network and the Data of Both Rovers**",
            "The partners agree that",
            [
                (
                    "Sharing the Relay Network and the Data of Both Rovers",
                    "The partners agree that the relay network will",
                )
            ],
        ),
        # negative: a bold lead-in that goes on in lower case, a label ending with a colon,
        # and a bold line ending a sentence
        (
            "**Sharing the Relay Network and the Data of Both Rovers:**",
            "The partners agree that",
            [("", "Sharing the Relay Network and the Data of Both Rovers: The partners")],
        ),
        (
            "**The Relay Network and the Data of Both of the Rovers**",
            "agreed on by the partners:",
            [("", "The Relay Network and the Data of Both of the Rovers agreed on by")],
        ),
        (
            "**The partners agree on the relay network and the rovers.**",
            "They say that",
            [("", "The partners agree on the relay network and the rovers. They say")],
        ),
    ],
)
def test_a_bold_title_line_above_wrapped_text_is_a_heading(title, first, expected) -> None:
    text = _WRAPPED_FACT_SHEET.format(title=title, first=first)
    parsed = ingest_txt(text.encode())
    found = [(b.section, b.text[: len(expected[0][1])]) for b in parsed.blocks[1:2]]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "kept", "tags"),
    [
        (
            "The office was founded in 1958.[citation needed] It moved in 1993.[when?]",
            "The office was founded in 1958. It moved in 1993.",
            ["[citation needed]", "[when?]"],
        ),
        (
            "Experts[by whom?] call it the oldest [dubious – discuss] office of its kind.",
            "Experts call it the oldest office of its kind.",
            ["[by whom?]", "[dubious – discuss]"],
        ),
        # negative: an editor's insertion, a note letter, a quoted "[sic]" stay
        (
            "The report said the office [of the agency] was founded in 1958.[a]",
            "The report said the office [of the agency] was founded in 1958.[a]",
            [],
        ),
        ("It was spelt “Relai” [sic] in the first draft.", "It was spelt “Relai” [sic] in the first draft.", []),
    ],
)  # fmt: skip
def test_encyclopedia_maintenance_tags_are_excluded(sentence, kept, tags) -> None:
    lead = "The relay office stands in the old harbour district of the capital, by the museum. "
    text = f"The Office\n\n== History ==\n\n{lead}{sentence}\n\nIt has a staff of forty people.\n"
    parsed = ingest_txt(text.encode())
    assert parsed.blocks[0].text == lead + kept
    assert [e.text for e in parsed.excluded if e.kind == "other"] == tags


@pytest.mark.parametrize(
    ("above", "kept"),
    [
        # the venue and city over a transcript's time stamp: front matter
        ("*Main Hall\nSpringfield, Ill.*", []),
        ("Relay Centre\nNorth Auditorium\nSpringfield", []),
        # negative: a sentence of prose above the time stamp stays
        (
            "The director spoke to the staff of the relay centre.",
            ["The director spoke to the staff of the relay centre."],
        ),
    ],
)
def test_place_lines_above_a_transcript_time_stamp(above, kept) -> None:
    text = (
        f"Remarks by the Director at the Relay Centre\n\n{above}\n\n2:09 P.M. EST\n\n"
        "THE DIRECTOR:  Good afternoon, everyone.  Thank you for coming to the centre today.\n\n"
        "We will fly the relay next year.\n\nEND 2:19 P.M. EST\n"
    )
    parsed = ingest_txt(text.encode())
    assert [b.text for b in parsed.blocks] == [
        *kept,
        "Good afternoon, everyone. Thank you for coming to the centre today.",
        "We will fly the relay next year.",
    ]
    front = [e.text for e in parsed.excluded if e.kind == "front_matter"]
    assert ("Springfield" in " ".join(front)) is (not kept)
    assert ("2:09 P.M. EST" in front) is (not kept)
    back = [(e.kind, e.text) for e in parsed.excluded if "2:19" in e.text or e.text == "EST"]
    assert back == [("back_matter", "END 2:19 P.M. EST")]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a figure's panel caption standing alone: a caption, not a section heading
        ("Figure 3-B) 2010-2015: total launches = 42", "caption"),
        ("Fig. 2 Launch Sites of the Partners", "caption"),
        # negative: a heading that starts with a word like "Figure" is still a heading
        ("Figures of the Relay Programme", "heading"),
    ],
)
def test_a_caption_standing_alone_is_no_heading(line, kind) -> None:
    text = (
        "The Relay Report\n\nThe relay programme grew every year since its start, and more "
        f"partners joined it in each period.\n\n{line}\n\nThe partners flew the relay in "
        "all four periods, and they shared the data of each flight with the others.\n"
    )
    parsed = ingest_txt(text.encode())
    captions = [e.text for e in parsed.excluded if e.kind == "caption"]
    sections = {b.section for b in parsed.blocks}
    assert (line in captions, line in sections) == (kind == "caption", kind == "heading")


def test_a_publisher_page_copied_as_text() -> None:
    """A journal page as a reader copies it (the blind papers set's shape, fourteenth round):
    menu rows joined by bars, letter marks run together with commas, affiliations under the
    byline, and a history line whose last step dates the article."""
    page = (
        "Skip to main content\n\nJournal of Orbital Affairs\n\n"
        "Search | Log in | Submit your article\n\nOpen access | Research article\n\n"
        "Volume 9, Issue 1, 100212\n\n"
        "Who shares the Moon? Partners and rivals in lunar exploration\n\n"
        "Ana Costa a,*, Li Wei b, Jonas Berg a,c\n\n"
        "a School of Law, University of Northbridge, Canada\n"
        "b Institute of Space Studies, Harbin, China\n"
        "c Department of Politics, University of Eastmoor, Sweden\n\n"
        "Received 2 May 2024; Accepted 5 August 2024; Available online 1 October 2024\n\n"
        "Abstract\n\n"
        "Agencies that once flew together now court rival partners on the lunar surface. "
        "We trace how their offers changed and what it means for smaller states today.\n"
    )
    parsed = ingest_txt(page.encode())
    meta = parsed.metadata
    assert (meta.title, meta.journal, meta.authors, meta.year) == (
        "Who shares the Moon? Partners and rivals in lunar exploration",
        "Journal of Orbital Affairs",
        ["Ana Costa", "Li Wei", "Jonas Berg"],
        2024,
    )
    assert [b.text[:8] for b in parsed.blocks] == ["Agencies"]
