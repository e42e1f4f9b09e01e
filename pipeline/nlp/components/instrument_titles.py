"""Instruments an instrument cites by full title and then by a defined short name.

An agreement or arrangement often names the instrument it rests on once in full and gives it a
short name for the rest of the text: 'the Framework Agreement between the Government of Canada
and the Government of the Italian Republic for Cooperation in ..., signed at Ottawa on 18
November 2021 (hereinafter the "Framework Agreement")'. The title is no gazetteer name and the
NER cuts it at "between" (its lower-case words), so the instrument came out as the generic
"Framework Agreement". :func:`defined_titles` finds the form (a title opening with an
instrument word and "between the ...", words in title case with the lower-case function words
of titles, an optional "signed / done / concluded at PLACE on DATE", then a parenthesis
"hereinafter [referred to as] [the] "Term"" in quotes) and returns the title and every later
place the quoted term is written, so the self-reference component names them all as the one
instrument. "hereinafter" is required, a bare "(the Agreement)" after a title may gloss it;
so are the quotes, as an unquoted term is too easily a common noun, unless the term is the
title's own instrument word ("... (hereinafter referred to as the Agreement)", as translated
treaties write it).

A pure function of the text (no spaCy), so its table test reads plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: Words a title is made of: capitalised ones and the lower-case words of titles.
_TITLE_WORD = r"(?:[A-Z][\w'’.-]*|of|the|and|for|on|in|at|between|concerning|regarding|to)"
_TITLE = re.compile(
    r"\b(?P<title>(?:(?:Framework|Implementing|Intergovernmental|Cooperation)\s+)?"
    r"(?:Agreement|Arrangement|Memorandum\s+of\s+Understanding|Treaty|Convention|Protocol)"
    r"\s+between\s+the\s+(?:" + _TITLE_WORD + r"\s+)*?[A-Z][\w'’-]*)"
    r"(?:,?\s+(?:signed|done|concluded)\s+(?:at|in)\s+[A-Z][\w-]*(?:\s+on\s+[^,()\n]{4,40}?)?)?"
    r",?\s*\(\s*hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?(?:the\s+)?"
    r"(?:[\"“](?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})[\"”]"
    r"|(?P<bare>Agreement|Arrangement|Memorandum|Treaty|Convention|Protocol))\s*\)"
)


@dataclass(frozen=True)
class DefinedTitle:
    """An instrument's full title, where it stands, and where its defined term is written."""

    title: str
    start: int
    end: int
    term: str
    uses: tuple[tuple[int, int], ...]


def defined_titles(text: str) -> list[DefinedTitle]:
    """Every full instrument title given a quoted short name with "hereinafter" in ``text``,
    with the places of that name from its definition on (capitalised, as written)."""
    out = []
    for m in _TITLE.finditer(text):
        title = re.sub(r"\s+", " ", m["title"])
        term = m["term"] or m["bare"]
        if m["bare"] and m["bare"] not in title.split()[:2]:
            continue  # an unquoted term must be the title's own instrument word
        uses = tuple(
            (u.start(), u.end())
            for u in re.finditer(r"\b" + re.escape(term).replace(r"\ ", r"\s+") + r"\b", text)
            if u.start() >= m.start("term" if m["term"] else "bare")
        )
        out.append(DefinedTitle(title, m.start("title"), m.end("title"), term, uses))
    return out


#: The kinds of policy document (``self_reference``): named by their main title, not by a kind
#: that ends its first words.
#: A defence ministry's doctrine ("Defence Space Doctrine") is one of them: "this doctrine".
DOCUMENT_KINDS = frozenset({"strategy", "guide", "framework", "roadmap", "plan", "doctrine"})
#: Words that link an instrument's kind to its subject or its parties in a title.
LINKS = frozenset({"for", "on", "between", "among", "concerning", "regarding", "relating"})


def kind_then_link(words: list[str], word: str) -> bool:
    """Whether a binding instrument's kind ends a title's first capitalised words and a
    linking word follows it ("DATA SHARING AGREEMENT for Synthetic Aperture Radar Data ..."):
    what a contract calls itself ("this Agreement")."""
    k = next((i for i, w in enumerate(words[:4]) if w.lower() == word), -1)
    return (
        k > 0
        and word not in DOCUMENT_KINDS
        and all(w[:1].isupper() for w in words[:k])
        and k + 1 < len(words)
        and words[k + 1] in LINKS
    )


#: Words a title writes in lower case inside it.
_SMALL_WORDS = frozenset(
    {
        "a", "an", "and", "among", "amongst", "at", "between", "by", "concerning", "for",
        "from", "in", "of", "on", "or", "the", "to", "with",
    }
)  # fmt: skip


def heading_case(title: str, gazetteer=None) -> str:
    """A title written in capitals as the instrument names itself: each word capitalised, small
    words in lower case inside it, an acronym the gazetteer lists kept ("MEMORANDUM OF
    UNDERSTANDING AMONG THE ... AGENCY" is "Memorandum of Understanding among the ...
    Agency"); any other title as it is."""
    if not title.isupper():
        return title
    acronyms = {w for w in gazetteer.surface_forms() if w.isupper()} if gazetteer else set()
    out = []
    for k, word in enumerate(title.split()):
        core = word.strip(",;:()\"'")
        if core in acronyms:
            out.append(word)
        elif k and core.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(out)


#: Banners that give only the kind of the document over its own title: a government site's
#: category line ("EXECUTIVE ORDERS" over the order's title), the kind of a body's founding
#: paper over the body it sets up ("TERMS OF REFERENCE" over "Joint Working Group on ...").
#: The kind -> the instrument word the text calls itself by.
KIND_BANNERS = {
    "executive order": "order",
    "executive orders": "order",
    "terms of reference": "terms of reference",
}


def masthead_instrument(
    title: str, headings: list[str], accept: Callable[[str], tuple | None]
) -> tuple[str, tuple | None]:
    """``(title, instrument)`` of a document whose title line is a banner, not its own name:
    a kind banner over the heading that names the document ("EXECUTIVE ORDERS" over
    "Strengthening American Leadership ...": that title, an order; "TERMS OF REFERENCE" over
    "Joint Working Group on ...": "Terms of Reference of the Joint Working Group on ..."), or a
    banner in capitals (an organisation's or a ministry's name) over a heading that
    ``accept`` reads as an instrument ("ASEAN SPACE COOPERATION POLICY 2026-2035"). A title
    in running case (a headline) is the document's own and is kept: a news page's section
    heading names what it reports, not the page. ``(title, None)`` when there is none."""
    banner = " ".join(title.split()).lower()
    if title and not title.isupper():
        return title, None
    below = [h for h in headings if " ".join(h.split()).lower() != banner]
    if banner in KIND_BANNERS:
        if not below:
            return title, None
        subject = " ".join(below[0].split())
        word = KIND_BANNERS[banner]
        if word == "order":
            return subject, (heading_case(subject), "agreement", "", word)
        subject = heading_case(subject)
        link = "" if subject.lower().startswith("the ") else "the "
        name = f"{heading_case(title.strip())} of {link}{subject}"
        return name, (name, "agreement", "", word)
    for heading in below:
        found = accept(heading)
        if found is not None:
            return heading, found
    return title, None
