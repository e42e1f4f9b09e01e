"""The HTML report: self-contained, safe against document text, and working in a real
headless Chromium (filters, chart links, paging, review export read back by the trainer).

Browser tests need Playwright's Python package and Debian's Chromium at /usr/bin/chromium
(or $SPACECLAIMS_CHROMIUM); they never download a browser and are skipped without one.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.analysis.report import build_report, filter_link, script_json
from pipeline.classify.annotations import read_annotations
from pipeline.cli import cli
from pipeline.schema import SENTENCE_COLUMNS, neutralize_cell

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
RUN_A = FIXTURES / "run_a"
RUN_B = FIXTURES / "run_b"
CHROMIUM = os.environ.get("SPACECLAIMS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
HOSTILE = '</script><script>window.pwned=1</script><img src=x onerror="window.pwned=2"> & co'


def _dict_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _hostile_run(tmp_path: Path) -> Path:
    """run_a with markup in a sentence, a title and an actor name."""
    run = shutil.copytree(RUN_A, tmp_path / "hostile")
    for name, column, old in (
        ("sentences.csv", "text", "The lander weighs two tonnes."),
        ("documents.csv", "title", "Lunar partners"),
        ("actors.csv", "actor", "Russia"),
    ):
        rows = _dict_rows(run / name)
        for row in rows:
            if row[column] == old:
                row[column] = HOSTILE
        with open(run / name, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return run


def test_script_json_cannot_close_the_script_element():
    data = {"text": "</script><!-- <b>&\u2028"}
    text = script_json(data)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == data


@pytest.mark.parametrize(
    ("filters", "link"),
    [
        ({"actor": "China", "label": "cooperation"}, "#filter?actor=China&label=cooperation"),
        ({"actor": "United States"}, "#filter?actor=United%20States"),
        ({"a": "A&B", "b": "x=y"}, "#filter?a=A%26B&b=x%3Dy"),
        ({"year": "2020", "run": None}, "#filter?year=2020"),
    ],
)
def test_filter_links(filters, link):
    assert filter_link(**filters) == link


@pytest.fixture(scope="module")
def report_b(tmp_path_factory) -> Path:
    return build_report(RUN_B, tmp_path_factory.mktemp("b") / "report.html")


def test_report_is_self_contained(report_b):
    page = report_b.read_text(encoding="utf-8")
    assert page.count("<svg") >= 4  # actor, bloc, document shares, dyads, timeline
    assert not re.search(r"<(script|img|link|iframe)[^>]+(src|href)=", page)
    assert "@import" not in page
    # Only XML namespace names mention the web; nothing is fetched.
    for url in re.findall(r"https?://[^\s\"')]+", page):
        assert url.startswith("http://www.w3.org/")


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    return build_report(_hostile_run(folder), folder / "r.html")


def test_report_escapes_document_text(hostile_report):
    page = hostile_report.read_text(encoding="utf-8")
    assert "window.pwned" in page  # the text is there...
    assert "<script>window.pwned" not in page  # ...but never as markup
    assert '<img src=x onerror="window.pwned' not in page
    assert page.count("</script>") == 2  # the data element and the page script


def test_cli_report(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", str(RUN_A), "--out", str(out), "--title", "A&B"])
    assert result.exit_code == 0, result.output
    assert "<title>A&amp;B</title>" in out.read_text(encoding="utf-8")


# --- in a real browser ------------------------------------------------------------------------


# The page's Content-Security-Policy forbids eval: wait with locator assertions.
from playwright.sync_api import expect  # noqa: E402


@pytest.fixture(scope="module")
def browser():
    from playwright import sync_api  # a test dependency: a missing one is a broken install

    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM} (Debian: apt-get install chromium)"
        if os.environ.get("CI") == "true":  # CI must not pass without the browser tests
            pytest.fail(f"CI: {message}")
        pytest.skip(message)
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Page:
    """A report opened in a fresh browser context, recording errors and network requests."""

    def __init__(self, browser, path: Path, hash_: str = "") -> None:
        self.context = browser.new_context(accept_downloads=True)
        self.context.set_default_timeout(5000)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("request", self._request)
        self.page.goto(path.resolve().as_uri() + hash_)

    def _request(self, request) -> None:
        if not request.url.startswith(("file:", "data:", "blob:")):
            self.requests.append(request.url)

    def shown(self) -> list[str]:
        return self.page.locator("#list article .text").all_inner_texts()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def open_report(browser):
    pages = []

    def opener(path: Path, hash_: str = "") -> Page:
        pages.append(Page(browser, path, hash_))
        return pages[-1]

    yield opener
    for page in pages:
        assert page.errors == [], page.errors
        assert page.requests == [], page.requests
        page.close()


@pytest.fixture(scope="module")
def report_a(tmp_path_factory) -> Path:
    return build_report(RUN_A, tmp_path_factory.mktemp("a") / "report.html")


@pytest.mark.browser
def test_page_shows_everything(open_report, report_a):
    view = open_report(report_a)
    page = view.page
    assert len(view.shown()) == 7
    assert page.locator("#documents-table tbody tr").count() == 3
    assert "encrypted" in page.locator("#documents-table tr.error").inner_text()
    assert page.locator("#count").inner_text() == "Showing 1–7 of 7 sentences"
    # actors and dates highlighted from the offsets, on the restored text
    first = page.locator("#list article").nth(0)
    assert first.locator("mark.actor").all_inner_texts() == ["China", "Russia", "ILRS"]
    assert first.locator("mark.date").all_inner_texts() == ["2021"]
    assert page.locator("#list article").nth(4).locator(".text").inner_text() == (
        "- China rejects US export controls."
    )
    assert page.locator("#list article").nth(4).locator("mark.actor").all_inner_texts() == [
        "China",
        "US",
    ]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("control", "value", "expected"),
    [
        ("#f-label", "competition", 2),
        ("#f-label", "neutral", 2),
        ("#f-actor", "China", 5),
        ("#f-actor", "Pakistan", 1),
        ("#f-doc", "bbbbbbbbbbbb", 3),
    ],
)
def test_select_filters(open_report, report_a, control, value, expected):
    view = open_report(report_a)
    view.page.select_option(control, value)
    assert len(view.shown()) == expected


@pytest.mark.browser
def test_search_and_combined_filters(open_report, report_a):
    view = open_report(report_a)
    view.page.fill("#f-q", "ilrs")
    expect(view.page.locator("#list article")).to_have_count(3)
    view.page.select_option("#f-label", "cooperation")
    assert len(view.shown()) == 2
    view.page.click("#f-clear")
    assert len(view.shown()) == 7
    assert view.page.input_value("#f-q") == ""


def _click_chart_link(page, chart: str, href_part: str) -> None:
    """Click the SVG element of ``chart`` whose link contains ``href_part``."""
    index = page.evaluate(
        """([chart, part]) => {
            const links = [...document.querySelectorAll(`#chart-${chart} svg a`)];
            const href = a => a.getAttribute('href') ||
                a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
            return links.findIndex(a => href(a).includes(part));
        }""",
        [chart, href_part],
    )
    assert index >= 0, f"no link with {href_part} in {chart}"
    page.locator(f"#chart-{chart} svg a").nth(index).click()


@pytest.mark.browser
@pytest.mark.parametrize(
    ("chart", "href_part", "expected"),
    [
        # the bar of China's cooperation share: a0 and b1
        ("shares-actor", "actor=China&label=cooperation", 2),
        ("shares-actor", "actor=ILRS&label=competition", 1),
        ("shares-document", "document=texts%2Fnotes.txt&label=neutral", 1),
        ("shares-year", "year=2020&label=both", 1),
        ("index-actor", "actor=China&year=2021", 3),
        ("timeline", "sent=bbbbbbbbbbbb%3A1", 1),
    ],
)
def test_clicking_a_chart_filters_the_sentences(open_report, report_a, chart, href_part, expected):
    view = open_report(report_a)
    _click_chart_link(view.page, chart, href_part)
    expect(view.page.locator("#list article")).to_have_count(expected)
    assert len(view.shown()) == expected
    assert "#filter?" in view.page.url


@pytest.mark.browser
def test_chart_filter_sets_the_controls_and_clears(open_report, report_a):
    view = open_report(report_a)
    _click_chart_link(view.page, "shares-actor", "actor=China&label=cooperation")
    assert view.page.input_value("#f-actor") == "China"
    assert view.page.input_value("#f-label") == "cooperation"
    view.page.select_option("#f-label", "")
    assert len(view.shown()) == 5


@pytest.mark.browser
@pytest.mark.parametrize(
    ("link_text", "expected", "chip"),
    [("ILRS (3)", 3, None), ("2021 (3)", 3, "year = 2021"), ("both", 1, None)],
)
def test_links_under_charts_filter(open_report, report_a, link_text, expected, chip):
    view = open_report(report_a)
    view.page.locator(".chart-links a", has_text=link_text).first.click()
    assert len(view.shown()) == expected
    if chip:
        assert chip in view.page.locator("#chips").inner_text()
        view.page.locator("#chips button").click()
        assert len(view.shown()) == 7


@pytest.mark.browser
def test_dyad_edges_filter_by_pair_and_tie(open_report, report_b):
    view = open_report(report_b)
    _click_chart_link(view.page, "dyads", "a=Japan&b=United%20States&tie=cooperation")
    assert len(view.shown()) == 2  # sentences 1 and 5 (5 is labelled both)


@pytest.mark.browser
def test_filter_in_the_address(open_report, report_a):
    view = open_report(report_a, "#filter?label=both")
    assert view.shown() == ["NASA and ESA work together on Gateway while racing China."]


@pytest.mark.browser
def test_hostile_text_stays_text(open_report, hostile_report):
    view = open_report(hostile_report)
    assert view.page.evaluate("window.pwned") is None
    assert HOSTILE in view.shown()
    assert view.page.locator("#list img").count() == 0
    assert HOSTILE in view.page.locator("#documents-table").inner_text()
    assert view.page.locator("#f-actor option", has_text="window.pwned").count() == 1
    assert view.page.locator("#chart-shares-actor .chart-links a", has_text="<img").count() == 1
    assert view.page.locator("figure img, figure script").count() == 0


@pytest.mark.browser
def test_review_export_is_accepted_by_the_trainer(open_report, report_b, tmp_path):
    view = open_report(report_b)
    page = view.page
    cards = page.locator("#list article")
    cards.nth(3).locator("select.review").select_option("competition")
    cards.nth(0).locator("select.review").select_option("cooperation")
    assert page.locator("#review-count").inner_text().startswith("2 of 6")
    page.select_option("#f-review", "changed")
    assert len(view.shown()) == 2
    with page.expect_download() as info:
        page.click("#export")
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    assert path.name == "sentences.reviewed.csv"
    rows = _dict_rows(path)
    assert list(rows[0]) == [*SENTENCE_COLUMNS, "parties", "modality"]  # all columns kept
    original = _dict_rows(RUN_B / "sentences.csv")
    assert [{**r, "review": ""} for r in rows] == original  # every row, unchanged but review
    examples = read_annotations(path)
    assert [(e.text, e.label) for e in examples] == [
        ("The Artemis Accords bring partners together against the ILRS.", "cooperation"),
        ("The crater was mapped in 2019.", "competition"),
    ]


@pytest.mark.browser
def test_export_keeps_neutralised_cells_safe(open_report, report_a, tmp_path):
    view = open_report(report_a)
    view.page.select_option("#f-doc", "bbbbbbbbbbbb")
    view.page.locator("#list article").nth(0).locator("select.review").select_option("both")
    with view.page.expect_download() as info:
        view.page.click("#export")
    path = tmp_path / "reviewed.csv"
    info.value.save_as(path)
    raw = path.read_text(encoding="utf-8")
    assert "'- China rejects US export controls." in raw
    assert [(e.text, e.label) for e in read_annotations(path)] == [
        ("- China rejects US export controls.", "both")
    ]


@pytest.mark.browser
def test_reviews_survive_a_reload(open_report, report_a):
    view = open_report(report_a)
    view.page.locator("#list article").nth(1).locator("select.review").select_option("both")
    view.page.reload()
    assert view.page.locator("#list article").nth(1).locator("select.review").input_value() == (
        "both"
    )


def _big_run(folder: Path, n: int) -> Path:
    """A run of ``n`` sentences over 20 documents, written like `spaceclaims run` does."""
    folder.mkdir()
    labels = ["cooperation", "competition", "both", "neutral"]
    with open(folder / "documents.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["doc_id", "source", "title", "year", "n_sentences", "status", "error"])
        for d in range(20):
            w.writerow(
                [f"{d:012x}", f"doc{d}.txt", f"Document {d}", 2000 + d % 5, n // 20, "ok", ""]
            )
    with open(folder / "sentences.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(SENTENCE_COLUMNS)
        for i in range(n):
            text = f"Sentence {i}: China and Japan discuss item {i}."
            w.writerow(
                [f"{i % 20:012x}", i // 20, "Body", "", neutralize_cell(text), labels[i % 4],
                 "0.500", "0.500", "China; Japan", "", "t", ""]
            )  # fmt: skip
    with open(folder / "actors.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(
            ["doc_id", "sentence_id", "mention", "actor", "actor_type", "country", "start", "end"]
        )
        for i in range(n):
            start = len(f"Sentence {i}: ")
            w.writerow(
                [f"{i % 20:012x}", i // 20, "China", "China", "country", "", start, start + 5]
            )
    (folder / "dates.csv").write_text(
        "doc_id,sentence_id,mention,value,start_date,end_date,granularity,start,end\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.browser
def test_thousands_of_sentences_are_paged(open_report, tmp_path):
    report = build_report(_big_run(tmp_path / "big", 3000), tmp_path / "big.html")
    view = open_report(report)
    page = view.page
    assert page.locator("#list article").count() == 50
    assert page.locator("#count").inner_text() == "Showing 1–50 of 3000 sentences"
    page.click("#next")
    assert page.locator("#count").inner_text() == "Showing 51–100 of 3000 sentences"
    page.select_option("#f-label", "both")
    assert page.locator("#count").inner_text() == "Showing 1–50 of 750 sentences (3000 in the run)"
    page.select_option("#page-size", "200")
    assert page.locator("#list article").count() == 200
    page.fill("#f-q", "item 2998.")  # 2998 % 4 == 2: a "both" sentence
    expect(page.locator("#list article")).to_have_count(1)
