"""HTML ingestion: a saved publisher, government or news page -> running text and metadata.

Metadata comes from the ``<meta>`` tags that publishers add for Google Scholar (``citation_*``,
the Highwire Press convention), Dublin Core (``dc.*``), PRISM and Open Graph, with ``<title>``
as the last resort. The running text comes from the article's container (``<article>``,
``<main>``, ``role=main``, else the element holding most of the page's paragraph text, the
text-density idea of boilerplate removal tools such as jusText and Readability), with page
chrome removed: navigation, headers and footers, asides, scripts, forms, cookie banners,
share and "recommended" widgets, figures and tables, reference lists, and footnote links.
Headings ``h1``-``h6`` give the sections; footnote lists become notes.

The tree is built by BeautifulSoup with the lxml parser (which, unlike ``lxml.html`` alone,
keeps arbitrarily deep trees) and walked iteratively, never by recursion, so a page with
tens of thousands of nested elements is handled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from pipeline.document import Metadata, ParsedText
from pipeline.errors import IngestError
from pipeline.ingest.decoding import binary_reason, prepare_text
from pipeline.ingest.publisher import (
    BlockBuilder,
    bare_doi,
    match_key,
    split_authors,
    year_of,
)
from pipeline.ingest.text import (
    add_paragraphs,
    fallback_year,
    is_numbered_item,
    parse_plain,
)
from pipeline.ingest.textclean import (
    JUDGE,
    collapse_whitespace,
    normalize_unicode,
    split_paragraphs,
    wrap_width,
)
from pipeline.ingest.turn_labels import turn_labels

# --------------------------------------------------------------------------------------------
# What to drop
# --------------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DROP_TAGS = _words(
    """nav header footer aside script style noscript iframe form button figure figcaption
    table svg canvas select input textarea label template dialog menu object embed video
    audio map picture img math head title link meta"""
)
BLOCK_TAGS = _words(
    """address article aside blockquote body dd details div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main nav ol p pre section summary
    table tbody td tfoot th thead tr ul center caption"""
)
HEADING_TAGS = _words("h1 h2 h3 h4 h5 h6")
#: Dropped elements whose text a reader never sees (so excluded.csv does not list it).
_INVISIBLE_TAGS = _words(
    "script style noscript template head title link meta svg canvas img picture object embed "
    "video audio map iframe input"
)
#: excluded.csv kind of the text of a dropped element (others are "interface").
_DROPPED_KIND = {"table": "table", "figure": "caption", "figcaption": "caption", "math": "maths"}
_DROP_ROLES = _words(
    """navigation banner contentinfo complementary dialog alertdialog search menu menubar
    toolbar tablist tooltip"""
)
# Class or id words of page chrome; matched as substrings of the class/id string.
_NOISE = re.compile(
    r"cookie|consent|gdpr|banner|modal|popup|promo|recommend|related|share|social|breadcrumb|"
    r"sidebar|toolbar|advert|newsletter|subscribe|paywall|masthead|skip-?link|"
    r"citedby|cited-by|altmetric|(site|page|global)-?(header|footer)|"
    r"(^|[\s_-])(nav|navbar|menu|ads?|ad-slot|metrics|comments?)([\s_-]|$)",
    re.IGNORECASE,
)
# Reference lists: only block containers ("cross-reference" links inside prose stay).
_REFERENCES_BOX = re.compile(r"reference|bibliograph|ref-list|citation-list", re.IGNORECASE)
_FOOTNOTES_BOX = re.compile(r"footnotes|endnotes|(^|[\s_-])(fn-?group|notes)([\s_-]|$)", re.I)
_FOOTNOTE_LINK = re.compile(
    r"footnote|fnref|noteref|fn-?ref|xref-fn|(^|[\s_-])fn\d*($|[\s_-])", re.I
)
_MARKER_TEXT = re.compile(r"^\s*[\[(]?(\d{1,3}(\s*[,–-]\s*\d{1,3})*|[*†‡§¶]+|[a-z])[\])]?\s*$")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_UNIT_BEFORE = re.compile(r"\b(km|m|cm|mm)$")
_BACKLINK = re.compile(
    r"\s*(↩︎?|↑|\^|back to (text|top|article)|return to (text|article))\s*$", re.I
)

#: Strings that are text; comments, doctypes and script/style contents are not.
_TEXT_TYPES = (NavigableString,)


def _is_text(node: object) -> bool:
    return type(node) in _TEXT_TYPES


def _attr_words(tag: Tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([*classes, str(tag.get("id") or "")]).strip()


def _text(tag: Tag) -> str:
    return collapse_whitespace(
        "".join(str(s) for s in tag.descendants if _is_text(s) and not _inside_dropped_inline(s))
    )


def _inside_dropped_inline(node: NavigableString) -> bool:
    parent = node.parent
    for _ in range(3):
        if parent is None:
            return False
        if parent.name in ("sup", "a") and _is_footnote_ref(parent):
            return True
        parent = parent.parent
    return False


def _is_footnote_ref(tag: Tag) -> bool:
    """A footnote reference: ``<sup><a href="#fn1">1</a></sup>``, ``<a role=doc-noteref>``,
    a superscript number, or a link to an in-page anchor whose text is a marker."""
    if tag.name == "a":
        href = str(tag.get("href") or "")
        words = _attr_words(tag) + " " + str(tag.get("role") or "")
        text = tag.get_text()
        if _FOOTNOTE_LINK.search(words) or "noteref" in words:
            return True
        return "#" in href and bool(_MARKER_TEXT.match(text))
    if tag.name == "sup":
        text = tag.get_text()
        if not _MARKER_TEXT.match(text):
            return False
        prev = tag.previous_sibling
        # km<sup>2</sup> is a unit, not a marker.
        return not (
            text.strip() in ("2", "3")
            and isinstance(prev, NavigableString)
            and _UNIT_BEFORE.search(str(prev).rstrip())
        )
    return False


# --------------------------------------------------------------------------------------------
# Measuring text, choosing the content container
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Sizes:
    text: dict[int, int]
    para: dict[int, int]


def _walk(root: Tag) -> Iterator[tuple[str, object]]:
    """('start', tag), ('text', string), ('end', tag) events in document order, iteratively."""
    stack: list[Tag] = [root]
    yield "start", root
    for node in root.descendants:
        while stack and node.parent is not stack[-1]:
            yield "end", stack.pop()
        if isinstance(node, Tag):
            stack.append(node)
            yield "start", node
        else:
            yield "text", node
    while stack:
        yield "end", stack.pop()


def _measure(root: Tag) -> _Sizes:
    """Text length and paragraph-text length of every element, in one pass (no recursion)."""
    text: dict[int, int] = {}
    para: dict[int, int] = {}
    totals: list[list[int]] = []
    for event, node in _walk(root):
        if event == "start":
            totals.append([0, 0])
        elif event == "text":
            if _is_text(node) and totals:
                totals[-1][0] += len(node.strip())
        else:
            t, p = totals.pop()
            assert isinstance(node, Tag)
            if node.name in ("p", "li", "blockquote", "pre"):
                p = t
            text[id(node)], para[id(node)] = t, p
            if totals:
                totals[-1][0] += t
                totals[-1][1] += p
    return _Sizes(text, para)


def _content_root(soup: BeautifulSoup, sizes: _Sizes) -> Tag:
    """The element holding the article: <article>/<main>/role=main if it holds at least half
    of the page's paragraph text, else the smallest element holding 85% of it."""
    body = soup.body or soup
    total_p = sizes.para.get(id(body), 0)
    total_t = sizes.text.get(id(body), 0)
    candidates = [
        *soup.find_all("article"),
        *soup.find_all("main"),
        *soup.find_all(attrs={"role": "main"}),
    ]
    best = max(candidates, key=lambda t: sizes.para.get(id(t), 0), default=None)
    if best is not None:
        p = sizes.para.get(id(best), 0)
        if (total_p and p >= 0.5 * total_p) or (
            not total_p and sizes.text[id(best)] >= 0.5 * total_t
        ):
            return best
    node = body
    while total_p:
        children = [c for c in node.children if isinstance(c, Tag)]
        inner = max(children, key=lambda c: sizes.para.get(id(c), 0), default=None)
        if inner is None or sizes.para.get(id(inner), 0) < 0.85 * total_p:
            break
        node = inner
    return node


# --------------------------------------------------------------------------------------------
# Metadata
# --------------------------------------------------------------------------------------------


def _meta_values(soup: BeautifulSoup) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        name = tag.get("name") or tag.get("property") or tag.get("itemprop") or ""
        content = tag.get("content")
        if name and content and str(content).strip():
            key = str(name).strip().lower()
            values.setdefault(key, []).append(collapse_whitespace(normalize_unicode(str(content))))
    return values


#: A publication date in ISO form, perhaps with its time ("2026-10-27", "2026-10-27T06:00:00Z").
_ISO_DAY = re.compile(r"(?P<d>(?:19|20)\d\d-[01]\d-[0-3]\d)(?:$|[T\s])")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"(?P<date>[^"]{4,40})"')


def _published_in_page(soup: BeautifulSoup) -> str:
    """The publication date a page marks outside its meta tags: a JSON-LD "datePublished",
    a ``<time>`` marked as the publication date (``itemprop="datePublished"``, ``pubdate``),
    else the first ``<time datetime>`` of an ``<article>`` or the page's header. A ``<time>``
    further down (a comment, a related story) is not the page's date."""
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        m = _JSON_LD_PUBLISHED.search(script.string or "")
        if m:
            return m["date"]
    times = [t for t in soup.find_all("time") if t.get("datetime")]
    for t in times:
        if t.get("itemprop") == "datePublished" or t.has_attr("pubdate"):
            return str(t["datetime"])
    for t in times:
        if t.find_parent(["article", "header"]) is not None:
            return str(t["datetime"])
    return ""


def _first(values: dict[str, list[str]], *names: str) -> str:
    for name in names:
        for value in values.get(name, []):
            if value:
                return value
    return ""


def _surname_first(name: str) -> str:
    """'Doe, Jane' -> 'Jane Doe' (the citation_author convention); other forms unchanged."""
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        if last and first and not re.search(r"\d", name):
            return f"{first} {last}"
    return name


def _clean_page_title(title: str) -> str:
    """'Article title | Journal | Site' -> 'Article title'; 'Title - ScienceDirect' -> 'Title'."""
    title = collapse_whitespace(title)
    parts = re.split(r"\s+[|–—]\s+", title)
    if len(parts) > 1:
        return parts[0]
    head, sep, tail = title.rpartition(" - ")
    if sep and head and len(tail.split()) <= 4:
        return head
    return title


def read_metadata(soup: BeautifulSoup) -> Metadata:
    """Title, authors, journal, year and DOI from meta tags (citation_*, dc.*, prism.*, og:)."""
    v = _meta_values(soup)
    meta = Metadata()
    meta.title = _first(v, "citation_title", "dc.title", "dcterms.title", "og:title")
    if not meta.title and soup.title and soup.title.string:
        meta.title = _clean_page_title(str(soup.title.string))
    authors = v.get("citation_author") or v.get("dc.creator") or v.get("dcterms.creator") or []
    if not authors and v.get("author"):
        authors = split_authors(v["author"][0])
    meta.authors = [_surname_first(a) for a in authors if a.strip()]
    meta.journal = _first(
        v, "citation_journal_title", "prism.publicationname", "dc.source", "citation_publisher"
    )
    date = _first(
        v,
        "citation_publication_date",
        "citation_date",
        "citation_cover_date",
        "citation_online_date",
        "citation_year",
        "prism.publicationdate",
        "prism.coverdate",
        "dc.date",
        "dcterms.issued",
        "dcterms.date",
        "article:published_time",
        "date",
    )
    published = date or _published_in_page(soup)
    meta.year = year_of(date) or year_of(published)
    day = _ISO_DAY.match(published.strip())
    if day:
        # the page's own day ("2026-10-27T06:00:00-04:00" in its meta tags, its JSON-LD or
        # its article's <time>): kept as its date line, which dates the text to the day (its
        # "last Tuesday", "yesterday"), as a visible date line would
        meta.date_line = f"Published: {day['d']}"
    for value in (
        v.get("citation_doi", [])
        + v.get("prism.doi", [])
        + v.get("dc.identifier", [])
        + v.get("dcterms.identifier", [])
    ):
        doi = bare_doi(value)
        if doi:
            meta.doi = doi
            break
    return meta


# --------------------------------------------------------------------------------------------
# The walk
# --------------------------------------------------------------------------------------------


#: What a <br> puts in the text being read: a line break, as a character that no page holds.
_BR = "\u2028"


class _Reader:
    """Walks the content container and feeds a :class:`BlockBuilder`."""

    def __init__(self, builder: BlockBuilder, sizes: _Sizes, root_size: int) -> None:
        self.builder = builder
        self.sizes = sizes
        self.root_size = max(root_size, 1)
        self.buffer: list[str] = []
        self.capture: list[str] | None = None  # text of the heading being read
        self.pre: list[str] | None = None  # text of the <pre> being read
        self.title_checked = False
        #: The page's <title> when the title was taken from it (no meta tag gave one).
        self.page_title = ""
        #: The page's paragraphs broken with <br>, collected (first pass) to judge once for
        #: the whole page whether its lines are wrapped at a fixed width (``br_width``:
        #: ``None`` when they are not, else each paragraph is judged alone).
        self.collect: list[str] | None = None
        self.br_width: int | None = JUDGE
        #: A numbered paragraph ("1. ...", "(a) ...") held until the next shows whether it is an
        #: item of a list (a numbered neighbour) or a paragraph that starts with a number.
        self.held: str | None = None
        self.after_item = False  # the paragraph before was a numbered one

    def drop(self, tag: Tag) -> bool:
        name = tag.name
        if name in DROP_TAGS:
            return True
        if tag.has_attr("hidden") or str(tag.get("aria-hidden") or "").lower() == "true":
            return True
        if _HIDDEN_STYLE.search(str(tag.get("style") or "")):
            return True
        if name in ("sup", "a") and _is_footnote_ref(tag):
            return True
        if name in ("html", "body", "main", "article"):
            return False
        role = str(tag.get("role") or "").lower()
        words = _attr_words(tag)
        noisy = bool(words) and (
            _NOISE.search(words) or (name in BLOCK_TAGS and _REFERENCES_BOX.search(words))
        )
        if role in _DROP_ROLES or noisy:
            # A layout wrapper whose class happens to say "sidebar-layout" holds the article:
            # never drop an element carrying most of the text.
            return self.sizes.text.get(id(tag), 0) <= 0.5 * self.root_size
        return False

    def is_footnotes(self, tag: Tag) -> bool:
        if tag.name not in ("section", "div", "ol", "ul", "aside", "footer", "dl"):
            return False
        role = str(tag.get("role") or "").lower()
        epub = str(tag.get("epub:type") or "").lower()
        return (
            role in ("doc-endnotes", "doc-footnotes", "doc-footnote")
            or "footnote" in epub
            or "endnote" in epub
            or bool(_FOOTNOTES_BOX.search(_attr_words(tag)))
        )

    def read_footnotes(self, box: Tag) -> None:
        items = box.find_all("li") or box.find_all(["p", "aside", "div"], recursive=False)
        for n, item in enumerate(items, 1):
            ident = str(item.get("id") or "")
            m = re.search(r"(\d+)$", ident)
            label = m.group(1) if m else str(n)
            text = _BACKLINK.sub("", _text(item))
            text = re.sub(r"^\[?\d{1,3}[\].)]?\s+", "", text)
            self.builder.add_note(label, text)

    def flush(self) -> None:
        if self.buffer:
            text = "".join(self.buffer)
            self.buffer = []
            if _BR in text:
                # Lines broken with <br> are laid out as lines of plain text: a heading line
                # above the text, a list, a quotation after "reads:" on its own line, as
                # the same text in a .txt file gives; a page whose broken lines are not
                # wrapped at a fixed width has none wrapped (judged over the whole page).
                lines = "\n".join(collapse_whitespace(line) for line in text.split(_BR))
                if self.collect is not None:
                    self.collect.append(lines)
                    return
                self.release()
                add_paragraphs(
                    self.builder, split_paragraphs(lines, width=self.br_width), offsets=False
                )
            elif text.strip():
                self.numbered_paragraph(text)

    def numbered_paragraph(self, text: str) -> None:
        """A paragraph; consecutive numbered ones ("1. ...", "2. ...") are items of a list."""
        numbered = is_numbered_item(text)
        if self.held is not None:
            held, self.held = self.held, None
            self.builder.paragraph(held, list_item=self.after_item or numbered)
        if numbered:
            self.held = text
        else:
            self.builder.paragraph(text)
        self.after_item = numbered

    def release(self) -> None:
        """The held numbered paragraph, before anything else is read (the list is over)."""
        if self.held is not None:
            held, self.held = self.held, None
            self.builder.paragraph(held, list_item=self.after_item)
        self.after_item = False

    def heading(self, text: str, level: str) -> None:
        self.release()
        text = collapse_whitespace(text)
        if not text:
            return
        meta = self.builder.metadata
        k = match_key(text)
        if (
            level == "h1"
            and not self.title_checked
            and len(k) > 20
            and k in match_key(self.page_title)
        ):
            # The <title> wraps the headline in the site's labels ("Opinion | Headline -
            # Site", "Hearing Transcript: Headline | Committee"), which its cleaning cannot
            # always tell from the headline: the h1 is the headline alone, a kicker above it
            # or not.
            self.title_checked = True
            meta.title = text
            self.builder.exclude("front_matter", text)
            return
        if level == "h1" and not self.title_checked and not self.builder.blocks:
            # The first h1 above the text is the article's title, not a section.
            self.title_checked = True
            k, t = match_key(text), match_key(meta.title)
            if not t or k == t or (len(k) > 20 and (t.startswith(k) or k.startswith(t))):
                meta.title = meta.title or text
                self.builder.exclude("front_matter", text)
                return
        self.builder.heading(text, explicit=True)

    def read_pre(self, raw: str) -> None:
        """Preformatted text (a transcript in <pre>): paragraphs and headings as in plain text."""
        self.release()
        add_paragraphs(self.builder, split_paragraphs(raw), offsets=False)

    def run(self, root: Tag) -> None:
        skipping: Tag | None = None
        heading_tag: Tag | None = None
        pre_tag: Tag | None = None
        for event, node in _walk(root):
            if skipping is not None:
                if event == "end" and node is skipping:
                    skipping = None
                continue
            if event == "text":
                if _is_text(node):
                    target = self.pre if pre_tag is not None else self.capture
                    (target if target is not None else self.buffer).append(str(node))
                continue
            assert isinstance(node, Tag)
            name = node.name
            if event == "end":
                if node is heading_tag:
                    text, self.capture, heading_tag = "".join(self.capture or []), None, None
                    self.heading(text, node.name)
                elif node is pre_tag:
                    raw, self.pre, pre_tag = "".join(self.pre or []), None, None
                    self.read_pre(raw)
                elif name in BLOCK_TAGS and heading_tag is None and pre_tag is None:
                    self.flush()
                continue
            if node is not root and self.is_footnotes(node):
                self.flush()
                self.release()
                self.read_footnotes(node)
                skipping = node
            elif node is not root and self.drop(node):
                if name in BLOCK_TAGS:
                    self.flush()
                if name not in _INVISIBLE_TAGS:
                    self.release()
                    self.builder.exclude(_DROPPED_KIND.get(name, "interface"), _visible(node))
                skipping = node
            elif heading_tag is not None or pre_tag is not None:
                if name == "br":
                    (self.pre if pre_tag is not None else self.capture or []).append(
                        "\n" if pre_tag is not None else " "
                    )
            elif name in HEADING_TAGS or str(node.get("role") or "") == "heading":
                self.flush()
                self.capture, heading_tag = [], node
            elif name == "pre":
                self.flush()
                self.pre, pre_tag = [], node
            elif name == "br":
                self.buffer.append(_BR)
            elif name in BLOCK_TAGS:
                self.flush()
        self.flush()
        self.release()


def _visible(tag: Tag) -> str:
    """The text of an element as a reader sees it, its pieces separated ("Hearings Reports")."""
    return collapse_whitespace(" ".join(s for s in tag.strings if _is_text(s)))


def _exclude_outside(builder: BlockBuilder, root: Tag) -> None:
    """Record the visible text of the page outside the content root (menus, banners, sidebars)
    as interface text."""
    node = root
    while node.parent is not None and node.name not in ("body", "[document]"):
        for sibling in node.parent.children:
            visible = isinstance(sibling, Tag) and sibling.name not in _INVISIBLE_TAGS
            if sibling is not node and visible:
                builder.exclude("interface", _visible(sibling))
        node = node.parent


def ingest_html(data: bytes) -> ParsedText:
    """Ingest a saved HTML page (publisher, government, news)."""
    reason = binary_reason(data[:65536])
    if reason and not data.lstrip().startswith((b"<", b"\xef\xbb\xbf<")):
        raise IngestError(
            f"not an HTML file: it looks like binary data ({reason}); "
            "check the file or give it the right extension"
        )
    if not re.search(rb"<\s*[A-Za-z!]", data[:8192]):
        # Plain text saved with an .html name.
        return parse_plain(prepare_text(data))
    try:
        soup = BeautifulSoup(data, "lxml")
    except Exception as exc:  # lxml raises several types on garbage
        raise IngestError(f"not an HTML file: the parser failed ({exc})") from None
    meta = read_metadata(soup)
    sizes = _measure(soup)
    root = _content_root(soup, sizes)
    # the speaker labels the page repeats ("<b>Zhou Lin:</b> ..."), read over its text's lines
    lines = [" ".join(line.split()) for line in root.get_text("\n").split("\n")]
    labels = turn_labels([line for line in lines if line])
    builder = BlockBuilder(metadata=meta, turn_labels=labels)
    _exclude_outside(builder, root)
    reader = _Reader(builder, sizes, sizes.text.get(id(root), 0))
    if soup.title and soup.title.string and meta.title == _clean_page_title(soup.title.string):
        reader.page_title = str(soup.title.string)
    if root.find("br") is not None:
        # A first pass over a throwaway builder collects the paragraphs broken with <br>.
        first = _Reader(BlockBuilder(metadata=Metadata()), sizes, reader.root_size)
        first.collect = []
        first.run(root)
        lines = "\n\n".join(first.collect).split("\n")
        inner = sum(1 for a, b in zip(lines, lines[1:], strict=False) if a.strip() and b.strip())
        # A page whose broken lines are not wrapped at a fixed width has none wrapped: a
        # paragraph of a few lines of similar length (names, an address) is not judged
        # wrapped on its own. On a wrapped page, or one with too few broken lines to tell,
        # each paragraph is judged alone (a page may wrap some paragraphs and not others).
        if inner >= 3 and wrap_width(lines) is None:
            reader.br_width = None
    reader.run(root)
    fallback_year(meta, [b.text for b in builder.blocks[:5]])
    return builder.result()
