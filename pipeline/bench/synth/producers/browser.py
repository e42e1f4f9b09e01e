"""A wire-news page printed to PDF from a browser.

The text layer: every glyph placed alone by its own text matrix and no space characters (the
space between words is only a gap), as a browser's PDF back end writes it. The browser adds a
header (the date and time of printing, the page's title) and a footer (the address and "1/3")
to every page; the page itself brings a site menu, a byline and a time line, a photo caption,
an advertisement slot, a sharing bar, a credit line and a list of related stories around
one-sentence wire paragraphs, the first opening with a dateline."""

from __future__ import annotations

from pathlib import Path

from pipeline.bench.synth.genres import Genre
from pipeline.bench.synth.producers.layer import Flow, Pages, Style, sentences

HEADLINE = "Three more agencies sign on to shared lunar relay plan"
PRINTED = "4/14/26, 3:07 PM"
PAGE_TITLE = "Three more agencies sign on to shared lunar relay plan | Meridian Wire"
URL = "https://www.meridianwire.example/science/space/2026/04/14/lunar-relay-plan-expands"

BODY = Style("Helvetica", 10.5, mode="glyphs")
SMALL = Style("Helvetica", 8.0, mode="glyphs", gray=0.35)

DATELINE = "VIENNA, April 14 (Meridian) -"
PARAGRAPHS = [
    "Space agencies from Canada, India and the United Arab Emirates agreed on Tuesday to "
    "join a plan for relay satellites around the Moon to carry each other's signals, widening "
    "a pact that the United States, Europe and Japan struck last year.",
    "The six agencies said in a joint statement that landers and rovers built by any of them "
    "would be able to send data through any relay in the network without separate contracts.",
    "The deal was announced on the sidelines of a United Nations space committee meeting in "
    "Vienna, where delegates have spent the week discussing how to keep crowded parts of the "
    "lunar surface free of interference.",
    "\u201cNobody wants a Moon where each flag comes with its own phone company,\u201d said "
    "Anjali Mehra, who leads the Indian Space Research Organisation's deep space network.",
    "Officials from China's space agency, which runs its own relay for missions on the Moon's "
    "far side, attended the session but did not sign the statement.",
    "A Chinese delegate told the committee that Beijing was open to exchanging orbit data "
    "with other relay operators to avoid radio clashes, but that it had no plans to merge "
    "its network with the Western-led one.",
    "Analysts said the split reflects a wider contest between the U.S.-backed Artemis Accords "
    "and the International Lunar Research Station that China and Russia are building with "
    "their own partners.",
    "\u201cThe relays are where the two camps will either learn to cooperate or dig in,\u201d "
    "said Tomasz Wierzbicki, a space policy researcher at the University of Warsaw.",
    "Under last year's pact, NASA and the European Space Agency split the cost of relay time "
    "according to how much data each agency's missions send.",
    "The new members will pay into the same pool from 2027, according to a copy of the "
    "statement seen by Meridian.",
    "Canada's agency said it would contribute a ground station in the Arctic to the network.",
    "The Emirati agency, which plans to send a rover to the Moon's south pole, said sharing "
    "relays would let it avoid the cost of launching its own satellite.",
    "Several commercial firms that sell relay services, including Selene Relay Services in "
    "Luxembourg, welcomed the expansion and said they would bid for contracts to carry the "
    "agencies' traffic.",
    "Some delegates raised concerns that the network's rules were written before most of its "
    "new members joined.",
    "A diplomat from a South American country, who asked not to be named because the talks "
    "were private, said smaller space nations wanted a seat on the board that sets the "
    "network's technical standards.",
    "The agencies said the board would meet for the first time in September and would review "
    "its own membership rules within two years.",
    "Russia's space corporation did not send a delegation to the session.",
    "The relay pact is separate from the Artemis Accords, and signing one does not commit a "
    "country to the other, officials said.",
    "India, which signed the Accords in 2023, has also kept up talks with Russia on "
    "cooperation in human spaceflight.",
    "\u201cWe will work with anyone whose radios can speak to ours,\u201d Mehra said when asked "
    "whether India would link its landers to China's relay.",
    "The first relay satellites built under the pact are due to launch in late 2027, with a "
    "European spacecraft scheduled to go first.",
    "Japan's space agency said on Monday that its own relay, planned for 2029, would follow "
    "the same technical standards.",
    "Delegates at the Vienna meeting also discussed a proposal from several African states "
    "for a shared registry of lunar landing sites.",
    "The committee is due to report to the United Nations General Assembly in the autumn.",
]
#: a web page's image caption: its description is running text, its credit is not
#: (docs/contract.md, excluded kind ``caption``)
CAPTION = (
    "A model of a lunar relay satellite is displayed at a space industry fair in Bremen, "
    "Germany, March 3, 2026."
)
PHOTO_CREDIT = "Meridian/Jana Osterholt/File Photo"
MENU = "World   Business   Markets   Science   Space   Climate   Opinion   More"
CREDIT = (
    "Reporting by Lena Hofbauer in Vienna and Arjun Pillai in Bengaluru; Editing by Mark Delaney"
)
STANDARDS = "Our Standards: The Meridian Trust Principles."
RELATED = [
    "Related stories",
    "Europe's first lunar relay satellite passes its final tests",
    "India sets 2028 date for its first crewed lunar flyby",
    "China's far-side relay marks five years in orbit",
]


TOTAL = 3


def _furniture(pages: Pages, number: int) -> None:
    c = pages.canvas
    c.setFillGray(0)
    head = Style("Helvetica", 7.5, mode="glyphs")
    pages.line(PRINTED, 28, 774, head)
    pages.line(PAGE_TITLE, 200, 774, head)
    pages.line(URL, 28, 14, head)
    pages.line(f"{number}/{TOTAL}", 568, 14, head)


def make(path: Path) -> Genre:
    pages = Pages(
        path,
        seed=5,
        made=(2026, 4, 14),
        info={
            "title": PAGE_TITLE,
            "creator": "Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36",
            "producer": "Skia/PDF m131",
        },
    )
    pages.furniture = _furniture
    flow = Flow(pages, 64, 470, 752, 40)
    flow.paragraph("MERIDIAN", Style("Helvetica-Bold", 16, mode="glyphs"), justify=False, gap=2)
    flow.paragraph(MENU, Style("Helvetica", 8.5, mode="glyphs"), justify=False, gap=18)
    flow.paragraph(HEADLINE, Style("Helvetica-Bold", 21, mode="glyphs"), justify=False,
                   leading=1.15, gap=10)  # fmt: skip
    byline = "By Lena Hofbauer and Arjun Pillai"
    flow.paragraph(byline, Style("Helvetica-Bold", 9, mode="glyphs"), justify=False, gap=2)
    when = "April 14, 2026 2:41 PM UTC  Updated 38 min ago"
    flow.paragraph(when, SMALL, justify=False, gap=12)
    # the photo and its caption
    flow.need(180)
    pages.canvas.setFillGray(0.8)
    pages.canvas.rect(64, flow.y - 160, 406, 160, stroke=0, fill=1)
    flow.skip(166)
    flow.paragraph(f"{CAPTION} {PHOTO_CREDIT}", SMALL, justify=False, gap=14)
    truth: list[str] = [CAPTION]
    for i, para in enumerate(PARAGRAPHS):
        text = f"{DATELINE} {para}" if i == 0 else para
        flow.paragraph(text, BODY, justify=False, leading=1.45, gap=9)
        truth += sentences(text)  # a wire story's dateline opens its first sentence
        if i == 5:  # an advertisement slot between paragraphs
            flow.paragraph("Advertisement \u00b7 Scroll to continue", SMALL, justify=False,
                           align="centre", gap=60)  # fmt: skip
    flow.paragraph(CREDIT, SMALL, justify=False, gap=6)
    flow.paragraph(STANDARDS, SMALL, justify=False, gap=18)
    for k, item in enumerate(RELATED):
        style = Style("Helvetica-Bold", 11, mode="glyphs") if k == 0 else BODY.at(9.5)
        flow.paragraph(item, style, justify=False, gap=6)
    data = pages.save()
    assert pages.number - 1 == TOTAL, pages.number  # the footer names the page count
    return Genre(
        "browser_news",
        data,
        truth,
        excluded=[
            ("header", PRINTED),
            ("header", PAGE_TITLE),
            ("footer", URL),
            ("caption", PHOTO_CREDIT),
        ],  # fmt: skip
        absent=[
            PRINTED,
            URL,
            f"{TOTAL}/{TOTAL}",
            "Advertisement",
            "Scroll to continue",
            CREDIT,
            STANDARDS,
            MENU.split()[0] + " " + MENU.split()[1],
            *RELATED[1:],
            PHOTO_CREDIT,
        ],  # fmt: skip
        title=HEADLINE,
        date_line="April 14, 2026",
    )
