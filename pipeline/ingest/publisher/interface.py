"""Interface text: lines a publisher's web page adds around the article (menus, buttons, cookie notices)."""

from __future__ import annotations

import re

from pipeline.ingest.publisher.bibliographic import _DOI_LINE
from pipeline.ingest.publisher.matching import match_key

#: Lines that are publisher interface text when they stand alone (compared with :func:`match_key`).
INTERFACE_LINES = frozenset(
    line.strip()
    for line in """
    access through your organization
    access through your institution
    check access to the full text by signing in through your organization
    check access
    get rights and content
    rights and content
    view full text
    view pdf
    download pdf
    download full issue
    download full-text pdf
    purchase pdf
    download this article
    save pdf
    share
    share this article
    share article
    share options
    share on
    share full text access
    share a link
    copy url
    copy link
    copy to clipboard
    get shareable link
    cite
    cite this article
    cite article
    citation
    download citation
    export citation
    export citations
    track citation
    add to favorites
    add to mendeley
    open in new tab
    open in viewer
    recommended articles
    show more
    show less
    show abstract
    view abstract
    view all citing articles on scopus
    view all google scholar citations for this article
    article metrics
    metrics
    metrics and citations
    citations
    views
    altmetric
    tools
    more
    close
    close modal
    sign in
    log in
    log in via an institution
    register
    subscribe
    institutional login
    institutional subscriptions
    get access
    access options
    buy article pdf
    buy this article
    purchase
    rental
    rent this article via deepdyve
    reprints & permissions
    reprints and permissions
    request permissions
    request permission
    permissions
    rights and permissions
    read this article
    read the full text
    full article
    full text
    full text access
    article preview
    figures & data
    figures and data
    figures and tables
    figures
    tables
    references
    related research
    related content
    related articles
    people also read
    similar articles
    similar content being viewed by others
    explore related subjects
    about this article
    article information
    article info
    information, rights and permissions
    view options
    pdf/epub
    pdf
    epub
    html
    abstract only
    previous article
    next article
    previous article in issue
    next article in issue
    view issue table of contents
    back to top
    back to toptop
    go to
    skip to main content
    skip to main navigation
    skip to content
    advertisement
    feedback
    section snippets
    article preview
    open access
    free access
    research article
    research paper
    full length article
    short communication
    original paper
    original research
    review article
    original article
    journal article
    open accessarticle
    under a creative commons license
    check for updates
    submit an article
    submit your article
    search
    submit manuscript
    journal homepage
    aims and scope
    search in: this journal anywhere
    search for other works by this author on
    google scholar
    pubmed
    crossref
    scopus
    oxford academic
    save article to kindle
    save to dropbox
    save to google drive
    accept all cookies
    accept cookies
    accept all
    reject all
    reject optional cookies
    manage cookies
    cookie settings
    cookie preferences
    manage preferences
    your privacy choices
    facebook
    twitter
    x
    linkedin
    reddit
    wechat
    weibo
    email
    print
    """.strip().splitlines()
)

# Lines that are interface text by their beginning or by what they contain.
_INTERFACE_PATTERNS = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^published online( by [\w\s]+)?:? .*\d{4}",
            r"^first published( online)?:? .*\d{4}",
            r"^(available online|version of record|issue date|online publication date)\b.*\d{4}",
            r"^(received|accepted|revised)( \w+)?:? \d.*\d{4}",
            r"^received \d{1,2} \w+ \d{4}[;,]",
            r"^submission received: ",
            r"^(download|view)( high-res| full-size)? (image|figure|table)\b",
            r"^download: download ",
            r"^display full size",
            r"^(cited by|citations?)( \(\d+\))?:? ?\d*$",
            r"^crossref citations to date\b",
            r"^citations: \d+$",
            r"^views: \d+$",
            r"^total (number of )?(html|pdf) views",
            r"^view all citing articles",
            r"^(this article is also available|you do not currently have access)",
            r"^get access to the full version",
            r"^instant access to the full article",
            r"^price includes vat",
            r"^(anyone you share the following link|sorry, a shareable link|provided by the springer)",
            r"^(please review our terms|i have read and accept the wiley)",
            r"^use the link below to share",
            r"^(hostname|page-component)",
            r"^author links open overlay panel\s*$",
            r"^(https?://)?(www\.)?[\w.-]+\.(com|org|net|gov|edu|int)(/\S*)?$",
            r"^contents lists available at\b",
            r"^journal homepage: ",
            r"^(©|copyright ©?|\(c\)) ?\d{4}\b",
            r"^© (the )?author",
            r"^all rights reserved\b",
            r"^peer review under responsibility of",
            r"^this is an open access article under",
            r"^open access\b.{0,20}\b(this article is licensed|distributed under)",
            r"^issn[: ]",
            r"^(e-?mail( address(es)?)?|corresponding author)[:.\s]",
            r"^\* ?corresponding author",
            r"^to cite this article[: ]",
            r"^(media )?contacts?: ",
            r"^for immediate release\b",
            r"^((news|press) )?release (no\.? ?|n° ?|nr\.? ?|number )?\d{1,4}[-/]\d{2,4}$",
            r"^serial no\.? ?[a-z]?\d[\d-]*$",
            r"^s\. ?hrg\. \d{2,3}-\d{1,4}$",
            # the embargo lines of testimony read at a hearing ("For Release on Delivery" /
            # "Expected at 10:00 a.m. ET")
            r"^for release on delivery\b",
            r"^expected at \d{1,2}(?::\d{2})? ?[ap]\.?m\.?(?: [a-z]{2,4})?$",
            r"^(keywords?|key words|jel classification|jel codes?)[:.]? ",
            r"^article history\b",
            r"^(fig(ure)?|table)s? \(\d+\)$",
            r"^(references|bibliography|notes) \(\d+\)$",
            r"^page \d+ of \d+$",
            r"^\d{1,2} min(ute)?s? read$",
            r"^our standards: ",
            r"^(related( (content|stories|coverage|articles?|news))?|read (more|also|next)|"
            r"also read|more on this( story)?|watch|listen)\s?: \S(?!.*[.!?] \w)",
            r"^(opens in (a )?new (tab|window))$",
            r"^(citation indexes|captures|readers|mentions|social media|policy citations|"
            r"news mentions|usage|abstract views|full text views|downloads)(: [\d,]+)?$",
        )
    )
)

# Cookie and consent notices: a line about cookies and what the site does with them.
_COOKIE = re.compile(r"\bcookies?\b")
_COOKIE_CONTEXT = re.compile(
    r"\b(we use|this (web)?site uses|uses cookies|accept|consent|privacy|settings|preferences|"
    r"personali[sz]e|analytics|continuing|by using)\b"
)


def is_interface_line(text: str) -> bool:
    """True when ``text`` (one line or paragraph) is publisher interface text, not prose.

    Exact interface labels ("View PDF", "Add to Mendeley", "Share"), also in a row joined by
    bars ("Search | Log in | Submit your article"), labels with a date or
    count ("Published online: 12 May 2023", "Cited by (24)"), cookie notices, copyright and
    contact lines, keyword lines and bare web addresses.
    """
    key = match_key(text)
    if not key:
        return True
    if key in INTERFACE_LINES:
        return True
    if _INTERFACE_PATTERNS.match(key):  # every pattern is anchored at the start
        return True
    parts = [part.strip() for part in key.split("|")]
    if len(parts) > 1 and all(part in INTERFACE_LINES for part in parts):
        return True  # a menu or a label row copied as one line: "Search | Log in", "Open access | Research article"
    if _COOKIE.search(key) and _COOKIE_CONTEXT.search(key) and len(key.split()) <= 60:
        return True
    return bool(_DOI_LINE.match(key))
