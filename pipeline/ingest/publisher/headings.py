"""Headings and sections, and figure and table furniture."""

from __future__ import annotations

import re
from enum import Enum

from pipeline.ingest.publisher.bibliographic import is_date_line
from pipeline.ingest.publisher.matching import match_key
from pipeline.ingest.textclean import clean_block_text

# Headings and sections
# --------------------------------------------------------------------------------------------


class Kind(Enum):
    """What a heading opens."""

    BODY = "body"  #: running text
    ABSTRACT = "abstract"  #: the abstract (running text, section "Abstract")
    FRONT = "front"  #: highlights, keywords: skipped until the next body heading
    BACK = "back"  #: acknowledgements, funding, declarations: skipped until a body heading
    RECOMMENDED = "recommended"  #: recommended/related articles: skipped until a body heading
    NOTES = "notes"  #: notes/endnotes: their paragraphs become notes, never blocks again
    TERMINAL = "terminal"  #: references, cited by, appendices, biographies: the text is over
    INTERFACE = "interface"  #: "Section snippets", "Article preview": ignored


_SECTION_NAMES: list[tuple[Kind, re.Pattern[str]]] = [
    (Kind.ABSTRACT, re.compile(r"^(abstract|summary of the article|article abstract)$")),
    (
        Kind.FRONT,
        re.compile(
            r"^(highlights|research highlights|graphical abstract|keywords?|key words|"
            r"jel classification|jel codes?|article info(rmation)?|abbreviations|nomenclature|"
            r"table of contents|contents|article history)$"
        ),
    ),
    (
        Kind.BACK,
        re.compile(
            r"^(acknowledge?ments?|funding( sources?| information| statement)?|financial support|"
            r"author'?s? statement|credit authorship contribution statement|"
            r"author contributions?( statement)?|"
            r"declarations?( of (competing )?interests?)?|declaration of competing interests?|"
            r"(statement of )?competing interests?( statement)?|conflicts? of interests?"
            r"( statement)?|disclosure( statement)?|data availability( statement)?|"
            r"availability of data( and materials?)?|ethics( statement)?|ethical approval|"
            r"informed consent statement|institutional review board statement|"
            r"declaration of generative ai.*|additional information|"
            r"compliance with ethical standards|rights and permissions|ethics declarations)$"
        ),
    ),
    (
        Kind.RECOMMENDED,
        re.compile(
            r"^(recommended articles?|related articles?|related research|people also read|"
            r"similar articles|more from this journal|you might also like|read next|"
            r"related content|related (?:stories|coverage|news)|more stories|most read|"
            r"latest articles|trending)$"
        ),
    ),
    (Kind.NOTES, re.compile(r"^(notes|endnotes|end notes|footnotes)$")),
    (
        Kind.TERMINAL,
        re.compile(
            r"^(references?( and notes)?|reference list|bibliography|works cited|"
            r"literature cited|literature|sources|cited by|citing articles|further reading|"
            r"see also|external links|"
            r"appendix.*|appendices|supplementary (material|data|information|files?)s?|"
            r"supporting information|author biograph(y|ies)|biographical notes?|"
            r"notes on contributors?|about the authors?|about the contributors?|"
            r"about this article|notes? (?:to|for) editors|"
            r"(?:news |media |press |public affairs )+contacts?"
            r"(?: information)?|for (?:further|more) information,? (?:please )?contact)$"
        ),
    ),
    (
        Kind.INTERFACE,
        re.compile(
            r"^(section snippets|article preview|outline|show full outline|"
            r"figures?|tables?|recommended|full text|metrics)$"
        ),
    ),
]

#: Section names that reliably start the body: after skipped front or back matter the body
#: resumes at one of these (or at a numbered heading) when headings are only inferred.
STRONG_SECTIONS = frozenset(
    """abstract|introduction|background|overview|context|conclusion|conclusions|concluding remarks|
    discussion|results|analysis|methods|methodology|literature review|summary|executive summary|
    recommendations|findings|policy implications""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

#: Nouns that a bare number counts at the head of a headline ("30 Years Ago: ...", "10 Things
#: to Know", "5 Ways ..."): the number is part of the title, not a section number.
_COUNTED_NOUNS = (
    "years|months|weeks|days|hours|minutes|decades|centuries|times|ways|things|reasons|lessons|"
    "facts|questions|answers|steps|tips|ideas|myths|takeaways|moments|missions|people|nations|"
    "countries|astronauts|percent"
)
#: A headline opening with a capitalised count ("30 Years Ago", "10 Things to Know").
_COUNT_HEAD = re.compile(r"\d{1,2}\s+(?=(?-i:[A-Z]))(?:" + _COUNTED_NOUNS + r")\b", re.IGNORECASE)
_NUMBERING = re.compile(
    r"^(?!\d{1,2}\s+(?:" + _COUNTED_NOUNS + r")\b)"
    r"(?:(?:chapter|part|section)\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]{1,6}\.|[A-Z]\.|\(\d{1,2}\))"
    # a dash or colon may part the number from the title ("Chapter 4 - Launch Competition")
    r"(?:\s+[-\u2013\u2014]|:)?(?=\s+\S)\s+",
    re.IGNORECASE,
)
_HEADING_ABBREV = re.compile(r"\b([A-Z]|[A-Za-z]{1,3}|U\.S|U\.K|e\.g|i\.e|vs|etc|No|Art)\.\s")
_FUNCTION_WORDS = frozenset(
    re.findall(
        r"\w+",
        "the of and to a an in on for with by from as at or that which is are was were be its "
        "their this these than but nor into",
    )
)


def strip_numbering(text: str) -> str:
    """'2.1 The legal order' -> 'The legal order'; 'IV. CONCLUSIONS' -> 'CONCLUSIONS'."""
    stripped = _NUMBERING.sub("", text.strip(), count=1)
    return stripped or text.strip()


def is_numbered(text: str) -> bool:
    """'1. Introduction', '2.1 The legal order', 'IV. CONCLUSIONS', 'A. Background'."""
    return bool(_NUMBERING.match(text.strip()))


#: Chinese, Japanese and Korean script (and full-width forms).
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def english_part(heading: str) -> str:
    """The English of a translated text's bilingual heading, the original's words dropped ("参考文献
    (References)" -> "References", "4 结论 Conclusion" -> "4 Conclusion"), as journals of China,
    Japan and Korea print their headings in both languages; ``heading`` itself when it has no
    such script or no English."""
    if not _CJK.search(heading):
        return heading
    latin = re.sub(r"[^\x00-\x7f]+", " ", heading)
    latin = " ".join(re.sub(r"^\s*([\d.]*)\s*\((.*)\)\s*$", r"\1 \2", latin).split())
    return latin if re.search(r"[A-Za-z]{2}", latin) else heading


def section_kind(heading: str) -> Kind:
    """What a heading opens: the body, the abstract, or a part that is not running text."""
    key = match_key(strip_numbering(english_part(heading)))
    for kind, pattern in _SECTION_NAMES:
        if pattern.match(key):
            return kind
    return Kind.BODY


#: The part of a hearing's printed record that holds the questions put to witnesses after the
#: hearing and their answers, or statements submitted for the record: testimony, running text
#: again after an appendix heading ("Answers to Post-Hearing Questions", "Questions for the
#: Record", "Material Submitted for the Record").
_RECORD_PART = re.compile(
    r"^(?:(?:answers?|responses?) (?:to|for) (?:post-?hearing |additional |written )?questions"
    r"|(?:post-?hearing |written )?questions (?:submitted )?for the record"
    r"|(?:additional )?(?:material|statements?|submissions?) (?:submitted )?for the record)"
)


def opens_record_part(heading: str) -> bool:
    """Whether a heading opens a hearing record's questions and answers for the record."""
    return bool(_RECORD_PART.match(match_key(strip_numbering(heading))))


def is_strong_heading(heading: str) -> bool:
    """Numbered, or a conventional body section name ("Introduction", "Conclusions")."""
    return is_numbered(heading) or match_key(strip_numbering(heading)) in STRONG_SECTIONS


def heading_label(heading: str) -> str:
    """The section name a heading gives its blocks: numbering, colon and markers removed.

    Abstract headings in any case become "Abstract"; other all-capital conventional names are
    capitalised ("CONCLUSIONS" -> "Conclusions"); everything else is kept as written.
    """
    text = clean_block_text(heading).rstrip(" :.")
    text = strip_numbering(text)
    key = match_key(text)
    if section_kind(text) is Kind.ABSTRACT:
        return "Abstract"
    if text.isupper() and key in STRONG_SECTIONS:
        return text.capitalize()
    return text


#: An encyclopedia's maintenance tag in brackets, lower case: "[citation needed]", "[when?]",
#: "[by whom?]", "[dubious – discuss]", "[failed verification]": notes of the wiki's editors, not
#: the article's text.
MAINTENANCE_TAG = re.compile(
    r"\[(?:[a-z][a-z '’-]{1,40}(?: needed|\?)|dubious(?: [–-] discuss)?|failed verification"
    r"|(?:permanent )?dead link|vague|specify|discuss)\]"
)


def looks_like_heading(text: str, *, max_words: int = 18) -> bool:
    """Whether one short line of plain text reads as a heading rather than prose.

    A heading has no sentence-final punctuation, starts with a capital or a section number, has
    at most ``max_words`` words, no sentence boundary inside, at most one comma (three in Title
    Case), does not end with a function word (a cut-off sentence does) and is mostly letters.
    Title Case, Sentence case, ALL CAPS and numbered headings all qualify; the caller checks
    the layout (blank lines around it, or prose on both sides).
    """
    s = english_part(clean_block_text(text))  # a bilingual heading is judged by its English
    if "[" in s:
        s = MAINTENANCE_TAG.sub("", s)  # "... in 1958.[citation needed]" ends a sentence
    if not s or len(s) > 160:
        return False
    body = strip_numbering(s) if is_numbered(s) else s
    if not body or not (body[0].isupper() or body[0] in "'‘\"“" or _COUNT_HEAD.match(body)):
        return False
    words = body.split()
    # A short question can be a heading ("3. Competition without a race?"); other final
    # punctuation ends a sentence or a lead-in, also inside closing quotes: a paragraph that is
    # one quoted sentence ('"We want to work with every partner."', as news continues a
    # speaker's quote) is prose, while a quoted title ('"Space for All"') may head.
    last = body.rstrip("\"”’')") or body
    if last[-1] in ".,;!" or (last[-1] == "?" and len(words) > 12):
        return False
    if body[-1] == ":" and section_kind(body) is Kind.BODY:
        return False
    if len(words) > max_words:
        return False
    if re.search(r"[.!?;]\s+\S", _HEADING_ABBREV.sub("", body)):
        return False
    if words[-1].lower() in _FUNCTION_WORDS and len(words) > 2:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w.lower() in _FUNCTION_WORDS)
    title_case = capitalised == len(words)
    if body.count(",") > (3 if title_case else 1):
        return False
    letters = sum(c.isalpha() for c in body)
    if letters < 0.6 * len(body.replace(" ", "")):
        return False
    return not (re.search(r"https?://|www\.|@", body) or is_date_line(body))


# --------------------------------------------------------------------------------------------
# Figure and table furniture
# --------------------------------------------------------------------------------------------

_CAPTION = re.compile(
    r"^(fig\.?|figure|table|tab\.|chart|graph|exhibit|box|map|plate|scheme|image|photo)\s*"
    r"([A-Z]?\d+[a-z]?(\.\d+)?|[IVX]+)(\s*[.:|—–-]\s*|\s+(?=[A-Z(\"“‘'])|\s*$)",
    re.IGNORECASE,
)
#: A caption's label on a news page: "PHOTO: ...", "File photo: ...", "Image: ...".
_SOURCE_LINE = re.compile(
    r"^(sources?|notes?|credit|image credit|photo credit|(?:file )?photos?|image|picture|"
    r"caption)\s*:",
    re.IGNORECASE,
)


_CREDIT_TOKEN = re.compile(r"[A-Z][\w’'&.-]*")
_CREDIT_SPLIT = re.compile(r"\s+|\s*[/–—]\s*")


def _credit(tail: str) -> bool:
    """'NASA', 'NASA/Jane Roe', 'ESA–A. Person': an image credit (capitalised names, at least
    two capitals, no closing punctuation)."""
    tokens = [t for t in _CREDIT_SPLIT.split(tail) if t]
    return (
        1 <= len(tokens) <= 8
        and tokens[0].lower() not in _FUNCTION_WORDS  # "The European ...": a cut sentence
        and all(_CREDIT_TOKEN.fullmatch(t) for t in tokens)
        and sum(c.isupper() for c in tail) >= 2
        and tail[-1:].isalnum()
    )


def is_credit(text: str) -> bool:
    """Whether ``text`` reads as an image credit alone: 'NASA', 'NASA/Jane Roe' (:func:`_credit`)."""
    return _credit(text.strip())


#: An image credit with its label at the end of a caption: "Credit: Jane Roe/Agency",
#: "Photo Credit: (NASA/Jane Roe)", "Image credit: courtesy of the museum."
_LABELLED_CREDIT = re.compile(
    r"(?<=[.!?\"”’')])\s+((?i:(?:image |photo |video |picture )?credits?):\s*\S"
    r"(?:(?!(?<=[A-Za-z]{2})[.!?][\"”’')]*\s+[A-Z][a-z]).){0,150})$"
)
#: The last words after a caption's last sentence: a credit when they pass :func:`_credit`.
_SLASH_CREDIT = re.compile(r"(?<=[.!?\"”’')])\s+([^.!?]{1,150})$")


#: A news photo's credit in parentheses after its caption: "(AP Photo/Jane Roe)", "(NASA via
#: AP)", "(Photo by Jane Roe/Agency)"; a photo's word, "via" or a slash between names.
_PAREN_CREDIT = re.compile(
    r"(?:(?<=[.!?\"”’])\s+|^)(\((?:(?:[A-Z][\w.&'’-]* )?Photos?(?: by)?\b[^()]{0,80}"
    r"|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4} via [A-Z][\w.&'’ -]{1,40}"
    r"|[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}/[A-Z][\w.&'’ -]{1,40})\))$"
)


def split_image_credit(text: str) -> tuple[str, str]:
    """A web page's image caption, ``(description, credit)``: a short description whose last
    sentence is followed by the image credit ("Artist's concept of the lander. NASA" ->
    ("Artist's concept of the lander.", "NASA")); else ``(text, "")``. The description is the
    page's own prose about the picture (it may name actors and relations); the credit is
    furniture."""
    s = text.strip()
    m = _PAREN_CREDIT.search(s)
    if m:  # "... in Houston. (NASA via AP)"
        return s[: m.start()].rstrip(), m.group(1)
    m = _LABELLED_CREDIT.search(s)
    if m and len(s[: m.start()].split()) >= 3:
        # "... after the signing. Credit: Jane Roe/Agency", "Image credit: courtesy NASA."
        return s[: m.start()].rstrip(), m.group(1)
    m = _SLASH_CREDIT.search(s)
    if (
        m
        and "/" in m.group(1)
        and re.search(r"\b[A-Z]{2,}\b", m.group(1))
        and len(s.split()) <= 200
        and _credit(m.group(1))
    ):
        # A credit naming an agency by its initials and the photographer or partner
        # ("NASA/Jane Roe") after a caption of any length.
        return s[: m.start()].rstrip(), m.group(1)
    if len(s.split()) > 80 or not s[-1:].isalnum():
        return text, ""
    # A caption describes one picture in a sentence or two; a paragraph of prose with a
    # heading glued to its end ("... batteries. Lunar View") has more.
    for i, m in enumerate(re.finditer(r"[.!?][’”\"']?\s+", s)):
        if i >= 2:
            return text, ""
        if len(s[: m.start()].split()) >= 3 and _credit(s[m.end() :]):
            return s[: m.end()].rstrip(), s[m.end() :]
    return text, ""


def is_caption(text: str) -> bool:
    """'Fig. 1. Timeline ...', 'Table 2 Signatories ...', 'Source: CNSA'; not 'Table 2 shows'.
    (A web page's image description with its credit is prose with furniture at its end:
    :func:`split_image_credit`.)"""
    s = text.strip()
    m = _CAPTION.match(s)
    if m:
        rest = s[m.end() :]
        return not rest[:1].islower()
    if _SOURCE_LINE.match(s):
        return len(s.split()) <= 30
    return False


#: A press release's end mark; what follows is contacts and boilerplate.
_END_MARK = re.compile(
    r"^(#\s?#\s?#|[-–—]\s?30\s?[-–—]|[-–—]?\s?ends?\s?[-–—]?|\*\s?\*\s?\*\s?end|<all>"
    r"|\(?end of (?:transcript|remarks|statement|release|text|document)\)?)$",
    re.IGNORECASE,
)


def is_end_mark(text: str) -> bool:
    """'###', '-30-', '-end-', '- ENDS -', '– end –': the end of a press release's body; '<all>',
    the end of a printed hearing record as the Government Publishing Office's text gives it;
    '(END OF TRANSCRIPT)', '(End of remarks)'."""
    return bool(_END_MARK.match(text.strip()))


# --------------------------------------------------------------------------------------------
