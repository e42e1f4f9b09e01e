"""HTML ingestion: metadata from meta tags, the article's prose without page chrome."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import IngestError
from pipeline.ingest import ingest
from pipeline.ingest.html import ingest_html

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "corpus" / "samples"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def hearing():
    return ingest(SAMPLES / "hearing.html")


def test_hearing_metadata(hearing) -> None:
    meta = hearing.metadata
    assert (
        meta.title
        == "Lunar Partnerships and Strategic Competition: Record of a Subcommittee Hearing"
    )
    assert meta.authors == ["Adaeze Okonkwo", "Erik Halvorsen"]
    assert meta.journal == "Space Governance Hearing Series"
    assert (meta.year, meta.doi) == (2024, "10.5555/sghs.2024.017")


def test_hearing_sections(hearing) -> None:
    assert [b.section for b in hearing.blocks] == [
        "Summary of the hearing",
        "Opening statement of the chair",
        "Opening statement of the chair",
        "Testimony of the first witness",
        "Testimony of the second witness",
        "Testimony of the third witness",
        "Questions from members",
    ]
    assert hearing.blocks[1].text.startswith("The chair opened by noting")
    assert "inhabited continent and described the Accords" in hearing.blocks[1].text
    assert hearing.blocks[2].text.endswith("in lunar orbit.")


@pytest.mark.parametrize(
    "absent",
    [
        "must never appear", "cookies", "Accept all", "Hearings", "Reports", "Home",
        "Share", "Twitter", "Download PDF", "Export citation", "Figure 1", "Signatories of the",
        "Framework", "China and Russia Lead", "State Department", "memoranda",
        "Committee print", "Recommended articles", "Commercial landers", "Privacy policy",
        "JavaScript", "Lunar Partnerships and Strategic Competition", "↩",
    ],
)  # fmt: skip
def test_hearing_drops_page_chrome(hearing, absent: str) -> None:
    assert all(absent not in b.text for b in hearing.blocks)


def test_hearing_footnotes_become_notes(hearing) -> None:
    assert [(n.label, n.text) for n in hearing.parsed.notes] == [
        ("1", "Signatory lists are maintained by the State Department."),
        ("2", "Contributions are set out in separate memoranda of understanding."),
    ]


def test_dublin_core_and_densest_container() -> None:
    parsed = ingest_html((FIXTURES / "html_minimal_dc.html").read_bytes())
    meta = parsed.metadata
    assert meta.title == "Space Diplomacy Notes on ISRO and JAXA"
    assert meta.authors == ["Ravi Iyer", "Keiko Mori"]
    assert (meta.year, meta.doi) == (2021, "10.5555/sdn.2021.2")
    assert [(b.section, b.text) for b in parsed.blocks] == [
        (
            "Background",
            "ISRO and JAXA agreed in 2019 to study a joint mission to the lunar polar region. "
            "Both agencies described the study as a model of Asian space cooperation.",
        ),
        (
            "Background",
            "The mission would combine an Indian lander with a Japanese rover, and the two "
            "sides planned to share all scientific data within 12 months.",
        ),
        ("Background", "Table 3 shows how the launch dates moved between 2021 and 2024."),
    ]


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("head", "field", "expected"),
    [
        ('<meta name="citation_title" content="A"><meta property="og:title" content="B">', "title", "A"),
        ('<meta property="og:title" content="B">', "title", "B"),
        ("<title>The Station | Journal | Publisher</title>", "title", "The Station"),
        ("<title>Lunar Rivalry - ScienceDirect</title>", "title", "Lunar Rivalry"),
        ('<meta name="citation_date" content="2020/01/02">', "year", 2020),
        ('<meta name="citation_year" content="2019">', "year", 2019),
        ('<meta name="dc.date" content="2018-05-05">', "year", 2018),
        ('<meta name="citation_doi" content="doi:10.1000/x.1">', "doi", "10.1000/x.1"),
        ('<meta name="dc.identifier" content="https://doi.org/10.1000/y.2">', "doi", "10.1000/y.2"),
        ('<meta name="dc.identifier" content="ISBN 978-3-16">', "doi", ""),
        ('<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Li Wei">',
         "authors", ["Jane Doe", "Li Wei"]),
        ('<meta name="author" content="Jane Doe and Li Wei">', "authors", ["Jane Doe", "Li Wei"]),
    ],
)  # fmt: skip
def test_metadata_sources(head: str, field: str, expected) -> None:
    parsed = ingest_html(_page("<p>ESA and NASA agreed to cooperate on lunar science.</p>", head))
    assert getattr(parsed.metadata, field) == expected


@pytest.mark.parametrize(
    ("body", "head", "expected"),
    [
        ('<article><header><time datetime="2021-03-04">4 March</time></header><p>x</p></article>',
         "", 2021),
        ('<p>x</p><time itemprop="datePublished" datetime="2017-01-02">2 Jan</time>', "", 2017),
        ("<p>x</p>", '<script type="application/ld+json">{"datePublished": "2016-08-09"}</script>',
         2016),
        # a meta tag wins over a <time>
        ('<article><time datetime="2021-03-04">4 March</time></article>',
         '<meta name="dc.date" content="2018-05-05">', 2018),
        # a <time> outside the article and header (a comment's date) is not the page's date
        ('<p>x</p><div class="comment"><time datetime="2022-02-02">2 Feb</time></div>', "", None),
    ],
)  # fmt: skip
def test_publication_date_marked_in_the_page(body: str, head: str, expected) -> None:
    text = "<p>ESA and NASA agreed to cooperate on lunar science.</p>"
    parsed = ingest_html(_page(text + body, head))
    assert parsed.metadata.year == expected


def test_layout_wrapper_with_noisy_class_is_kept() -> None:
    body = (
        '<div class="page-with-sidebar-layout"><div class="col">'
        "<p>India and Japan plan a joint lunar polar mission with a shared rover.</p>"
        "<p>The mission would be the deepest cooperation between the two agencies so far.</p>"
        '</div><div class="sidebar">Trending now: unrelated news</div></div>'
    )
    parsed = ingest_html(_page(body))
    assert [b.text[:10] for b in parsed.blocks] == ["India and ", "The missio"]


def test_references_heading_and_cited_by_end_the_text() -> None:
    body = (
        "<article><h2>Analysis</h2><p>Russia joined the station in 2021 as its first partner.</p>"
        "<h2>Acknowledgements</h2><p>We thank our colleagues.</p>"
        "<h2>Discussion</h2><p>The station still lacks a legal framework for its partners.</p>"
        "<h2>References</h2><p>Example, E. (2020). A book. Publisher.</p>"
        "<h2>Cited by (2)</h2><p>Another article quoting this one at length about rivalry.</p>"
        "</article>"
    )
    parsed = ingest_html(_page(body))
    assert [(b.section, b.text[:20]) for b in parsed.blocks] == [
        ("Analysis", "Russia joined the st"),
        ("Discussion", "The station still la"),
    ]


def test_preformatted_transcript_is_reflowed() -> None:
    transcript = (
        "OPENING STATEMENT\n\n"
        "The subcommittee will come to order. Today we examine how the United\n"
        "States can keep its partners engaged in lunar exploration while China\n"
        "and Russia recruit members for their own station on the Moon.\n"
    )
    parsed = ingest_html(_page(f"<main><pre>{transcript}</pre></main>"))
    assert [(b.section, b.text) for b in parsed.blocks] == [
        (
            "OPENING STATEMENT",
            "The subcommittee will come to order. Today we examine how the United States can "
            "keep its partners engaged in lunar exploration while China and Russia recruit "
            "members for their own station on the Moon.",
        )
    ]


def test_hidden_and_unit_superscripts() -> None:
    body = (
        '<p>The site covers 10 km<sup>2</sup> near the pole<sup><a href="#n1">3</a></sup>.'
        '<span hidden>hidden text</span><span style="display: none">also hidden</span></p>'
    )
    parsed = ingest_html(_page(body))
    assert [b.text for b in parsed.blocks] == ["The site covers 10 km2 near the pole."]


def test_plain_text_saved_as_html() -> None:
    parsed = ingest_html(b"Roscosmos and CNSA signed a memorandum in 2021.\n\nA second paragraph.")
    assert [b.text for b in parsed.blocks] == [
        "Roscosmos and CNSA signed a memorandum in 2021.",
        "A second paragraph.",
    ]


def test_binary_data_is_refused() -> None:
    with pytest.raises(IngestError, match=r"^not an HTML file: it looks like binary data"):
        ingest_html(b"\x00\x01\x02\x03" * 500)


@pytest.mark.parametrize("depth", [20_000])
def test_deeply_nested_page(depth: int) -> None:
    html = (
        "<html><head><title>Deep - Site</title></head><body><nav>Home</nav>"
        + "<div>" * depth
        + "<p>China and Russia invited partners to the station in 2021.</p>"
        + "</div>" * depth
        + "<p>ESA weighs its options.</p><footer>Footer text</footer></body></html>"
    )
    parsed = ingest_html(html.encode())
    assert [b.text for b in parsed.blocks] == [
        "China and Russia invited partners to the station in 2021.",
        "ESA weighs its options.",
    ]
