"""Helpers over spaCy words for actor names: the words of a name the statistical NER marks, its
head noun, the plain copies of sentences the NER reads, and phrase matches that run across the
line breaks of hard-wrapped text. Used by the actor component
(``pipeline.nlp.components.actors``)."""

from __future__ import annotations

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from pipeline.nlp.extract.names import COMPANY_HEADS, plain_quotes
from pipeline.nlp.extract.names import head_word as names_head_word
from pipeline.nlp.extract.official_names import official_name

_DET = frozenset({"the", "The"})
#: An indefinite article opens a kind of body, not a name; words that close what the NER marks
#: as a name without being part of it.
_INDEFINITE = frozenset({"a", "an"})
_TRAILING_WORDS = frozenset({"and", "or", "of", "for", "on", "the"})
#: A possessive ending that the NER keeps on a name ("the Department of Physics's").
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def unwrapped(doc: Doc) -> tuple[Doc, list[int] | None]:
    """``doc`` without the line breaks of hard-wrapped text ("the China Manned Space\\nAgency"),
    so that a name broken across two lines still matches, and the position in ``doc`` of each
    word kept (None when nothing was left out). A blank line still separates."""
    where = [t.i for t in doc if not (t.is_space and t.text.count("\n") == 1)]
    if len(where) == len(doc):
        return doc, None
    words = [doc[i] for i in where]
    spaces = [bool(t.whitespace_) or (t.i + 1 < len(doc) and doc[t.i + 1].is_space) for t in words]
    return Doc(doc.vocab, words=[t.text for t in words], spaces=spaces), where


def wrapped_matches(matcher: PhraseMatcher, doc: Doc, where: list[int] | None) -> list[tuple]:
    """The matcher's ``(key, start, end)`` on ``doc``, in the positions of the wrapped text."""
    found = matcher(doc)
    if where is None:
        return found
    return [(key, where[start], where[end - 1] + 1) for key, start, end in found]


def name_tokens(ent: Span) -> list[Token]:
    """The words of a name the NER marks, without what only borders it: "the", punctuation
    before it ("“Quantum Technologies"), numbers, punctuation, a possessive ending and a
    conjunction or preposition after it ("University of Leeds and", "the Institute's"). None when an indefinite article opens it ("a Public
    Research Organisation" is a kind of body, not a name)."""
    if ent[0].lower_ in _INDEFINITE:
        return []
    tokens = [t for t in ent if t.text not in _DET]
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    while tokens and (
        tokens[-1].is_space
        or tokens[-1].is_punct
        and tokens[-1].text not in COMPANY_HEADS
        or tokens[-1].like_num
        or tokens[-1].lower_ in _TRAILING_WORDS
        or tokens[-1].lower_ in _POSSESSIVES
    ):
        tokens.pop()
    return tokens


def plain_docs(spans: list[Span]) -> list[Doc]:
    """Each span as a new ``Doc`` of its words only (what the NER reads), quotes plain."""
    return [
        Doc(
            span.doc.vocab,
            words=[plain_quotes(t.text) for t in span],
            spaces=[bool(t.whitespace_) for t in span],
        )
        for span in spans
    ]


def head_word(span: Span) -> str:
    """The head noun of a name: the word before its first "of", "on" or "for" ("Ministry of
    Mines", "Commission on Implementation of ... Policy", "Centre for Space Science ..."), else
    the last word (``names.head_word``)."""
    return names_head_word([t.text for t in span])


#: Head words of a body that can stand as a name of its own after "and" inside what the NER
#: marks as one name ("the University of Leeds and Halden State University"); not heads that
#: also end a ministry's remit ("Ministry of Defence and Armed Forces", "... and Services").
JOINED_BODY_HEADS = frozenset(
    {
        "University", "Institute", "Laboratory", "Laboratories", "Academy", "Agency",
        "Administration", "Ministry", "Department", "Corporation", "Company", "Society",
        "Foundation", "Observatory",
    }
)  # fmt: skip
#: Words that head a named centre ("Centre for Remote Sensing").
_CENTRE_WORDS = frozenset({"Center", "Centre"})


def split_joined_bodies(tokens: list[Token], heads: frozenset[str]) -> list[list[Token]]:
    """The names of two bodies the NER marked as one, split at "and": each part two words or
    more with its own head (the left one in ``heads``, the right one in ``JOINED_BODY_HEADS``),
    the right one opening with a capital ("University of Westbrook and Halden State
    University"). A ministry's remit stays whole ("Ministry of Science and Technology",
    "Department of Health and Human Services"): its right part has no body's head."""
    for i, token in enumerate(tokens):
        if token.lower_ != "and" or i < 2 or i > len(tokens) - 3:
            continue
        left, right = tokens[:i], tokens[i + 1 :]
        if not (right[0].is_title or right[0].is_upper) or left[-1].is_punct:
            continue
        left_head = names_head_word([t.text for t in left])
        right_head = names_head_word([t.text for t in right])
        if left_head in heads | _CENTRE_WORDS and right_head in JOINED_BODY_HEADS:
            return [left, *split_joined_bodies(right, heads)]
    return [tokens]


#: Prepositions after the head noun of a long name ("Centre for Remote Sensing").
_HEAD_PREPS = frozenset({"of", "on", "for"})


def centre_with_remit(span: Span) -> bool:
    """Whether a name is a centre named for its remit: "Center" or "Centre" followed by "for",
    "of" or "on" and a capitalised word ("Centre for Remote Sensing", "Center for Space Policy
    and Strategy"); a centre named only by words before it is a place or a
    ``companies.shaped_centres`` name."""
    words = list(span)
    for i, token in enumerate(words[1:-1], start=1):
        if token.text in _HEAD_PREPS:
            nxt = words[i + 1]
            return words[i - 1].text in _CENTRE_WORDS and (nxt.is_title or nxt.is_upper)
    return False


#: Heads of a parliament's committees, whose names list their remits before the head.
_REMIT_LIST_HEADS = frozenset({"Committee", "Subcommittee"})


def _remit_word(token: Token) -> bool:
    return token.is_alpha and (token.is_title or token.is_upper) and token.lower_ != "the"


def with_listed_remits(tokens: list[Token]) -> list[Token]:
    """``tokens`` (a committee's name the NER marks) with the first parts of the list of
    remits that names it, which the NER leaves out at the commas before the last two: "the
    Science, ICT, Broadcasting and Communications Committee", "the Foreign Affairs, Defence and
    Trade Committee", as parliaments of the Westminster style, Korea's National Assembly and
    others name their committees. Taken only when the name is a committee's whose remits end
    in "and" and "the" opens the whole list (each part one to three capitalised words, an
    acronym among them; "of" and the parliament may follow the head), so that a list of other names before a committee's ("Japan, France
    and the Space Committee") stays out."""
    head = next((k for k, t in enumerate(tokens) if t.text in _REMIT_LIST_HEADS), 0)
    if not any(t.lower_ == "and" for t in tokens[1:head]):
        return tokens  # no head, or remits not listed ("the Space Committee")
    doc, start = tokens[0].doc, tokens[0].i
    while start >= 2 and doc[start - 1].text == ",":
        k = start - 2
        while k > 0 and start - 1 - k < 3 and _remit_word(doc[k - 1]):
            k -= 1
        if not _remit_word(doc[k]):
            break
        start = k
    if start == tokens[0].i or start == 0 or doc[start - 1].lower_ != "the":
        return tokens
    return [*doc[start : tokens[0].i], *tokens]


def official_name_tokens(ent: Span) -> list[Token]:
    """``name_tokens`` with the long official form restored and a country abbreviation that is
    not part of the name dropped (``official_names.official_name``), and a committee's listed
    remits the NER cut off restored (``with_listed_remits``)."""
    return official_name(with_listed_remits(name_tokens(ent)))
